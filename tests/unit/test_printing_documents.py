"""Documents (LBL-3) on real files: text extracts (Chinese included), the packing slip
barcode decodes, A4 and Letter page sizes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from merchant_app.errors import InvalidInput
from merchant_app.printing.data import (
    CountRow,
    InvoiceData,
    InvoiceLine,
    PackingSlipData,
    Party,
    PickItem,
    PickListData,
    SettlementReportData,
    SettlementRow,
    SlipLine,
    StockCountSheetData,
)
from merchant_app.printing.documents import (
    render_invoice,
    render_packing_slip,
    render_pick_list,
    render_settlement_report,
    render_stock_count_sheet,
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg") and shutil.which("pdftotext")),
    reason="needs poppler-utils and zbar-tools",
)

SHOP = Party("小店 Little Shop", "上海市徐汇区漕溪北路 88 号\n200030", "021-5555 0100")
BUYER = Party("王小明", "广东省深圳市南山区科技园南区\n深南大道 9988 号", "+86 138 0013 8000")


def text_of(pdf: bytes, tmp_path: Path, name: str = "doc") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_size_pt(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]), float(parts[4])


def test_packing_slip_text_and_barcode(tmp_path: Path) -> None:
    data = PackingSlipData(
        shop=SHOP,
        recipient=BUYER,
        order_number="A-1001",
        order_date="2026-05-09",
        lines=(
            SlipLine("TEA-GRN-250", "有机绿茶 Organic Green Tea 250 g", 2, "A-01-3"),
            SlipLine("CUP-01", "青花瓷杯 Blue-and-white cup", 1, "B-02-1"),
        ),
        delivery_method="顺丰标快",
        note="请轻放 Fragile",
    )
    pdf = render_packing_slip(data)
    text = text_of(pdf, tmp_path)
    for expected in (
        "Packing slip",
        "A-1001",
        "王小明",
        "有机绿茶",
        "青花瓷杯",
        "A-01-3",
        "请轻放",
    ):
        assert expected in text
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "slip")], check=True)
    pngs = sorted(tmp_path.glob("slip*.png"))
    found = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Scode128.enable", str(pngs[0])],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert found == ["A-1001"]
    assert page_size_pt(pdf, tmp_path) == (595.276, 841.89)


def test_packing_slip_refuses_an_unprintable_order_number() -> None:
    data = PackingSlipData(SHOP, BUYER, "订单-1", "2026-05-09", ())
    with pytest.raises(InvalidInput, match="Code 128"):
        render_packing_slip(data)


def test_pick_list_groups_by_location(tmp_path: Path) -> None:
    items = tuple(
        PickItem(loc, sku, name, qty, order)
        for loc, sku, name, qty, order in [
            ("B-02", "CUP-01", "青花瓷杯", 1, "A-1002"),
            ("A-01", "TEA-GRN", "有机绿茶", 2, "A-1001"),
            ("A-01", "TEA-GRN", "有机绿茶", 3, "A-1003"),
            ("B-02", "CUP-01", "青花瓷杯", 4, "A-1003"),
        ]
    )
    pdf = render_pick_list(
        PickListData("Pick list 拣货单 #7", "2026-05-09 10:00", items), paper="Letter"
    )
    text = text_of(pdf, tmp_path)
    a, b = text.index("Location A-01 — 5 pcs"), text.index("Location B-02 — 5 pcs")
    assert a < b
    assert "A-1003" in text[a:b] and "A-1002" in text[b:]
    assert "拣货单" in text
    assert page_size_pt(pdf, tmp_path) == (612.0, 792.0)


def test_invoice(tmp_path: Path) -> None:
    data = InvoiceData(
        title="Receipt 收据",
        number="D1-000123",
        issued="2026-05-09",
        seller=SHOP,
        buyer=BUYER,
        lines=(
            InvoiceLine("有机绿茶 Organic Green Tea", 2, "¥68.00", "¥136.00", "TEA-GRN"),
            InvoiceLine("青花瓷杯", 1, "¥45.00", "¥45.00"),
        ),
        totals=(("Subtotal", "¥181.00"), ("VAT 13 %", "¥20.82"), ("Total", "¥181.00")),
        payment="WeChat Pay 微信支付",
        footer="Thank you 谢谢惠顾",
    )
    text = text_of(render_invoice(data), tmp_path)
    for expected in ("收据", "D1-000123", "¥136.00", "¥181.00", "微信支付", "谢谢惠顾", "王小明"):
        assert expected in text


def test_stock_count_sheet(tmp_path: Path) -> None:
    rows = tuple(
        CountRow(f"A-{i % 3:02d}", f"SKU-{i:03d}", f"商品 {i} product", f"20000000{i:04d}")
        for i in range(60)
    )
    pdf = render_stock_count_sheet(StockCountSheetData("Stock count 盘点表", "2026-05-09", rows))
    text = text_of(pdf, tmp_path)
    assert "盘点表" in text and "Counted" in text and "SKU-059" in text and "商品 59" in text
    assert text.index("SKU-000") < text.index("SKU-003") < text.index("SKU-001")  # by location


def test_settlement_report(tmp_path: Path) -> None:
    data = SettlementReportData(
        "End of day 日结", "2026-05-09",
        (
            SettlementRow("D1 前台", "Cash 现金", "¥1,200.00", "¥1,190.00", "−¥10.00"),
            SettlementRow("D1 前台", "WeChat Pay", "¥3,450.00", "¥3,450.00", "¥0.00"),
        ),
        prepared_by="李雷",
    )  # fmt: skip
    text = text_of(render_settlement_report(data), tmp_path)
    for expected in ("日结", "现金", "¥1,190.00", "−¥10.00", "李雷", "Expected", "Counted"):
        assert expected in text
