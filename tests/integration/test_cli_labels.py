"""``merchant-app labels products`` and ``labels shipping`` on a demo shop, as subprocesses:
the PDFs' barcodes read back (zbarimg) exactly as the products' codes and the orders'
tracking numbers; ZPL by the file's extension; a layout the shop made is taken by its name,
and shipping labels without ``--layout`` come out on the shop's default shipping layout;
bad input exits 2 with one line."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from merchant_app.bootstrap import KEYRING_ENV, OpenedShop, open_app
from merchant_app.config import DATABASE_FILE, load_settings
from merchant_app.models import Role, User
from merchant_app.printing.layouts import layout_to_dict
from merchant_app.services import label_layouts_store
from merchant_app.services.context import Actor
from merchant_app.services.permissions import OWNER, load_actor
from tests.integration.test_cli_products import run_cli
from tests.unit.test_label_jobs import decode_pdf

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shop = tmp_path_factory.mktemp("labels") / "shop"
    made = run_cli("demo", "--products", "30", "--orders", "40", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    return shop


def query(shop: Path, sql: str) -> list[tuple[str, ...]]:
    with sqlite3.connect(shop / DATABASE_FILE) as conn:
        return conn.execute(sql).fetchall()


def test_product_labels_pdf_and_zpl(shop: Path, tmp_path: Path) -> None:
    rows = query(
        shop,
        "SELECT p.sku, COALESCE(MIN(b.code), p.sku) FROM product p "
        "LEFT JOIN product_barcode b ON b.product_id = p.id WHERE p.is_parent = 0 "
        "GROUP BY p.sku ORDER BY p.sku LIMIT 2",
    )
    skus, codes = [r[0] for r in rows], [r[1] for r in rows]
    out = tmp_path / "products.pdf"
    done = run_cli(
        "labels", "products", "--sku", *skus, "--copies", "2", "--layout", "product-50x30mm",
        "--out", str(out), "--data-dir", str(shop),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"wrote 4 labels (PDF) to {out}" in done.stdout
    assert decode_pdf(out.read_bytes(), tmp_path) == [c for c in codes for _ in range(2)]
    zpl = tmp_path / "products.zpl"
    done = run_cli(
        "labels", "products", "--sku", skus[0], "--layout", "Product 57×32 mm",
        "--out", str(zpl), "--data-dir", str(shop),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = zpl.read_text(encoding="utf-8")
    assert text.count("^XA") == text.count("^XZ") == 1 and skus[0] in text


def test_shipping_labels_for_a_state(shop: Path, tmp_path: Path) -> None:
    expected = [
        r[0]
        for r in query(
            shop,
            "SELECT tracking_number FROM sales_order WHERE state = 'warehouse_approved' "
            "AND (ship_address <> '' OR delivery_method <> 'pickup') ORDER BY created_at, id",
        )
    ]
    assert expected
    out = tmp_path / "shipping.pdf"
    done = run_cli(
        "labels", "shipping", "--state", "warehouse_approved", "--layout", "shipping-4x6in",
        "--out", str(out), "--data-dir", str(shop),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"wrote {len(expected)} labels (PDF)" in done.stdout
    assert decode_pdf(out.read_bytes(), tmp_path) == expected


def test_bad_input_exits_2_with_one_line(shop: Path, tmp_path: Path) -> None:
    cases = [
        (("products", "--sku", "NO-SUCH", "--layout", "product-50x30mm"), "labels.pdf", "NO-SUCH"),
        (("products", "--sku", "X", "--layout", "product-50x30mm"), "labels.png", ".pdf or .zpl"),
        (("products", "--sku", "X", "--layout", "nope"), "labels.pdf", "nope"),
        (("shipping", "--state", "lost"), "labels.pdf", "lost"),
        (("shipping", "--state", "warehouse_approved", "--layout", "sheet-a4-3x8"), "l.zpl", ""),
    ]
    for args, name, words in cases:
        out = tmp_path / name
        result = run_cli("labels", *args, "--out", str(out), "--data-dir", str(shop))
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
        assert result.stderr.startswith("merchant-app labels: ")
        assert not out.exists()


@pytest.fixture
def opened(shop: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[OpenedShop, Actor]]:
    """The demo shop opened in this process (as the command line opens it) and its Owner."""
    monkeypatch.setenv(KEYRING_ENV, "memory")
    app = open_app(load_settings(shop))
    with app.ctx.db.transaction() as s:
        owner_id = s.scalar(
            select(User.id).join(Role, Role.id == User.role_id).where(Role.name == OWNER).limit(1)
        )
        owner = load_actor(s, str(owner_id))
    yield app, owner
    app.ctx.db.dispose()


def read_all(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """The codes (barcodes and QR codes) on each page, sorted within a page."""
    src = tmp_path / "read.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(src), str(tmp_path / "r")], check=True)
    pages = []
    for png in sorted(tmp_path.glob("r*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        pages.append(sorted(line for line in out.stdout.split("\n") if line))
    return pages


def test_a_layout_the_shop_made_is_taken_by_name_and_as_the_shipping_default(
    shop: Path, opened: tuple[OpenedShop, Actor], tmp_path: Path
) -> None:
    app, owner = opened
    skus = [r[0] for r in query(shop, "SELECT sku FROM product WHERE is_parent = 0 LIMIT 2")]
    copy = label_layouts_store.copy_layout(app.ctx, owner, "Product 50×30 mm", "Our SKU labels")
    data = layout_to_dict(copy)
    for field in data["fields"]:
        if field["kind"] == "barcode":
            field.update(source="sku", symbology="code128")
    label_layouts_store.save_layout(app.ctx, owner, "Our SKU labels", data)
    out = tmp_path / "skus.pdf"
    done = run_cli(
        "labels", "products", "--sku", *skus, "--layout", "Our SKU labels",
        "--out", str(out), "--data-dir", str(shop),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert decode_pdf(out.read_bytes(), tmp_path) == skus  # the SKUs: the shop's layout

    ship = label_layouts_store.copy_layout(app.ctx, owner, "Shipping 4×6 in", "Our parcels")
    data = layout_to_dict(ship)
    for field in data["fields"]:
        if field["kind"] == "qr":
            field["source"] = "order_number"
    label_layouts_store.save_layout(app.ctx, owner, "Our parcels", data)
    label_layouts_store.set_default_shipping_layout(app.ctx, owner, "Our parcels")
    orders = query(
        shop,
        "SELECT tracking_number, number FROM sales_order WHERE state = 'warehouse_approved' "
        "AND (ship_address <> '' OR delivery_method <> 'pickup') ORDER BY created_at, id",
    )
    out = tmp_path / "parcels.pdf"
    done = run_cli(
        "labels", "shipping", "--state", "warehouse_approved", "--out", str(out),
        "--data-dir", str(shop),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert read_all(out.read_bytes(), tmp_path) == [sorted(row) for row in orders]
    label_layouts_store.set_default_shipping_layout(app.ctx, owner, "")
