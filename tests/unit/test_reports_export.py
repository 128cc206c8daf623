"""Reports as CSV and PDF (RPT-2): UTF-8 CSV with a BOM that round-trips through the csv
module, PDFs whose text (Chinese included) extracts, paging of long tables, captions
translated, and exports checked and audited."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from merchant_app.errors import NotPermitted
from merchant_app.printing.report_pdf import PdfChart, ReportDocument, render_report
from merchant_app.services import audit, reports, staff
from merchant_app.services.permissions import SALES_CLERK
from merchant_app.services.report_types import Column, ReportKind, ReportTable
from tests.factories import ShopWorld
from tests.report_factories import PRICE, PRODUCTS, ReportWorld, build

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


@pytest.fixture
def shop(world: ShopWorld) -> ReportWorld:
    return build(world)


def pdf_text(data: bytes, tmp_path: Path, *pages: int) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_csv_has_a_bom_and_round_trips_through_the_csv_module(shop: ReportWorld) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    table = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, shop.period)
    data = reports.export_report_csv(ctx, owner, table)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:4] == ["SKU", "Product", "Category", "Orders"]
    assert "Sales (CNY)" in rows[0] and rows[0][-1] == "Margin %"
    body, totals = rows[1:-1], rows[-1]
    assert len(body) == len(table.rows) and totals[0] == "Total"
    names = {p.sku: p.name for p in PRODUCTS}
    by_sku = {r[0]: r for r in body}
    for sku, units, sales in zip(
        table.column_values("sku"),
        table.column_values("units"),
        table.column_values("sales"),
        strict=True,
    ):
        row = by_sku[str(sku)]
        assert row[1] == names[str(sku)]  # Chinese survives
        assert int(row[4]) == units
        assert row[6] == f"{int(sales) // 100}.{int(sales) % 100:02d}"  # type: ignore[call-overload]
        assert int(row[4]) * PRICE[str(sku)] == int(sales)  # type: ignore[call-overload]
    assert all(r[7].endswith("%") for r in body)
    entries = audit.list_entries(ctx, owner, text="report.export")
    assert len(entries) == 1 and entries[0].target == ReportKind.SALES_BY_PRODUCT


def test_csv_translates_captions_and_labels() -> None:
    table = ReportTable(
        kind="x",
        title="Sales by payment method",
        period=None,
        currency="JPY",
        columns=(
            Column("method", "Payment method", "label", "PaymentMethod"),
            Column("net", "Net", "money"),
            Column("age", "Waiting", "duration"),
        ),
        rows=(("Cash", 1200, 90_061),),
        totals=("Total", 1200, None),
    )
    words = {
        ("PaymentMethod", "Cash"): "现金",
        ("Reports", "Net"): "净额",
        ("Reports", "Total"): "合计",
    }
    text = reports.report_csv(table, lambda ctx, s: words.get((ctx, s), s)).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == [
        ["Payment method", "净额 (JPY)", "Waiting"],
        ["现金", "1200", "1d 01:01"],  # yen have no minor digits
        ["合计", "1200", ""],
    ]


@needs_pdftotext
def test_pdf_has_the_title_period_charts_and_chinese_names(
    shop: ReportWorld, tmp_path: Path
) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    table = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, shop.period)
    data = reports.export_report_pdf(ctx, owner, table)
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    assert "Sales by product" in text and shop.period.label in text
    assert "龙井茶 Longjing tea" in text and "Blue mug 蓝色马克杯" in text
    assert "Best-selling products" in text and "Olive Owner" in text  # a chart; who made it
    assert "Test Shop" in text  # the shop's name in the footer
    translated = reports.export_report_pdf(
        ctx,
        owner,
        table,
        translator=lambda ctx_, s: {"Sales by product": "按商品销售"}.get(s, s),
    )
    assert "按商品销售" in pdf_text(translated, tmp_path)
    assert len(audit.list_entries(ctx, owner, text="report.export")) == 2


@needs_pdftotext
def test_long_tables_run_over_pages_with_the_header_repeated(tmp_path: Path) -> None:
    rows = tuple((f"SKU-{i:04d}", f"商品 {i}", f"{i * 3:,}") for i in range(400))
    doc = ReportDocument(
        title="Long report",
        subtitle="2026-08",
        generated="now",
        headers=("SKU", "Product", "Sales"),
        numeric=(False, False, True),
        rows=rows,
        totals=("Total", "", "239,400"),
        charts=(
            PdfChart(
                "line",
                "Sales over time",
                tuple(f"08-{d:02d}" for d in range(1, 32)),
                (("Sales", tuple(float(d) for d in range(31))),),
                "CNY",
            ),
        ),
    )
    data = render_report(doc)
    pages = page_count(data)
    assert pages >= 5
    last = pdf_text(data, tmp_path, pages)
    assert "SKU-0399" in last and "239,400" in last and "Product" in last  # header again
    assert f"Page {pages}" in last
    assert "商品 200" in pdf_text(data, tmp_path)
    empty = render_report(replace(doc, rows=(), totals=None, charts=()))
    assert "Nothing to show" in pdf_text(empty, tmp_path)


def test_exports_are_checked_again(shop: ReportWorld) -> None:
    ctx, owner, world = shop.world.ctx, shop.world.owner, shop.world
    with_cost = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, shop.period)
    staff.save_role(
        ctx, owner, role_id=None, name="Analyst", description="", permissions={"report.view"}
    )
    ana = world.add_user("ana", "Analyst")
    with pytest.raises(NotPermitted):  # a table made by the owner shows cost
        reports.export_report_csv(ctx, ana, with_cost)
    own = reports.run_report(ctx, ana, ReportKind.SALES_BY_PRODUCT, shop.period)
    assert not own.shows_cost and "cost" not in {c.key for c in own.columns}
    assert reports.export_report_csv(ctx, ana, own).startswith(b"\xef\xbb\xbf")
    clerk = world.add_user("carl", SALES_CLERK)
    with pytest.raises(NotPermitted):
        reports.export_report_pdf(ctx, clerk, own)
    entries = audit.list_entries(ctx, owner, text="report.export")
    assert [e.actor_login for e in entries] == ["ana"]
    assert reports.duration_text(59) == "00:00" and reports.duration_text(-3600) == "-01:00"
