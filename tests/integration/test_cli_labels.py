"""``merchant-app labels products`` and ``labels shipping`` on a demo shop, as subprocesses:
the PDFs' barcodes read back (zbarimg) exactly as the products' codes and the orders'
tracking numbers; ZPL by the file's extension; bad input exits 2 with one line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from merchant_app.config import DATABASE_FILE
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
