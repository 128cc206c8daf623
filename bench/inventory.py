"""Catalog and inventory benchmarks.

* Import of N generated products (barcode, category, price, cost, stock) through
  ``product_import.import_products`` (not the CSV parser), against the floor: a bare
  SQLAlchemy Core bulk insert of the same product rows into a fresh database, measured
  in the same run.  Aim: 100,000 products in under 10 s and within 3x the floor.
* Search as you type on those N products: ``catalog.search_products`` service-call time
  for each prefix of typed words, SKUs and a scanned barcode (median and p95).
* One stock reservation transaction versus a bare sqlite3 transaction (see
  :func:`reservation_metrics`).

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/inventory.py [--products 100000] [--database-url URL]
(default: SQLite files in a temporary folder; a PostgreSQL URL must name an empty schema).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import insert  # noqa: E402

from merchant_app.barcodes import gs1_check_digit  # noqa: E402
from merchant_app.clock import utc_now  # noqa: E402
from merchant_app.database import Database  # noqa: E402
from merchant_app.ids import new_id  # noqa: E402
from merchant_app.imports.product_rows import ProductRow  # noqa: E402
from merchant_app.migrations import upgrade  # noqa: E402
from merchant_app.models import Product  # noqa: E402
from merchant_app.security.keystore import MemoryKeyStore  # noqa: E402
from merchant_app.services import auth, catalog, shop  # noqa: E402
from merchant_app.services.context import Actor, AppContext  # noqa: E402
from merchant_app.services.product_import import import_products  # noqa: E402

WORDS = (  # noqa: SIM905
    "blue cotton hoodie green tea jasmine silk scarf leather wallet ceramic mug bamboo "
    "brush wool sock linen shirt denim jacket paper notebook copper kettle oolong cup "
    "walnut board steel bottle canvas bag cashmere glove 龙井 茶叶 丝绸 围巾"
).split()
CATEGORIES = [("Clothing", "Hoodies"), ("Clothing", "Shirts"), ("Tea",), ("Home", "Kitchen")]


def emit(metric: str, value: float, unit: str) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 4), "unit": unit}), flush=True)


def ean13(n: int) -> str:
    body = f"690{n:09d}"
    return body + str(gs1_check_digit(body))


def generated_rows(n: int) -> list[ProductRow]:
    """N products with a name of three words, a barcode, a category, money and stock."""
    rows = []
    w = len(WORDS)
    for i in range(n):
        name = f"{WORDS[i % w]} {WORDS[(i // w) % w]} {WORDS[(i // (w * w)) % w]} {i}"
        rows.append(
            ProductRow(
                row=i + 2,
                sku=f"SKU-{i:06d}",
                name=name,
                category_path=CATEGORIES[i % len(CATEGORIES)],
                barcodes=(ean13(i),),
                price_minor=100 + i % 9000,
                cost_minor=50 + i % 4000,
                tax_rate_bp=1300,
                weight_g=i % 2000,
                status="listed",
                reorder_point=i % 5,
                stock=i % 50,
            )
        )
    return rows


def fresh(url: str) -> tuple[AppContext, Actor]:
    db = Database(url)
    upgrade(db)
    ctx = AppContext(db=db, keys=MemoryKeyStore())
    shop.create_shop(
        ctx,
        name="Bench",
        address="",
        currency="CNY",
        locale="en_US",
        owner_login="owner",
        owner_name="Owner",
        owner_password="bench-pass-1",
    )
    return ctx, auth.authenticate(ctx, "owner", "bench-pass-1")


def product_dicts(rows: list[ProductRow]) -> list[dict[str, Any]]:
    """The product table rows the import ends up writing for ``rows`` (the floor's data)."""
    now = utc_now()
    return [
        {
            "id": new_id(),
            "sku": r.sku,
            "sku_key": r.sku.lower(),
            "name": r.name,
            "name_key": r.name.lower(),
            "description": "",
            "category_id": None,
            "parent_id": None,
            "is_parent": False,
            "options": "",
            "unit": r.unit,
            "price_minor": r.price_minor,
            "cost_minor": r.cost_minor,
            "tax_rate_bp": r.tax_rate_bp,
            "weight_g": r.weight_g,
            "length_mm": 0,
            "width_mm": 0,
            "height_mm": 0,
            "image_path": "",
            "supplier_id": None,
            "status": r.status,
            "reorder_point": r.reorder_point,
            "reorder_qty": 0,
            "allow_backorder": False,
            "created_at": now,
            "updated_at": now,
        }
        for r in rows
    ]


def floor_insert(url: str, rows: list[ProductRow]) -> float:
    """Seconds for a bare Core executemany of the product rows in one transaction."""
    ctx, _ = fresh(url)
    data = product_dicts(rows)
    start = time.perf_counter()
    with ctx.db.transaction() as s:
        s.execute(insert(Product.__table__), data)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    ctx.db.dispose()
    return elapsed


def typed_queries(n: int) -> list[str]:
    """What a user types, one keystroke at a time: words, SKUs and a scanned barcode."""
    queries: list[str] = []
    for word in ("hoodie", "jasmine", "wal", "茶叶", "cotton hoodie"):
        queries += [word[:k] for k in range(1, len(word) + 1)]
    for sku in (f"SKU-{n // 2:06d}", f"sku-{n - 1:06d}"):
        queries += [sku[:k] for k in range(3, len(sku) + 1)]
    queries.append(ean13(n // 3))
    return queries


def search_latency(ctx: AppContext, actor: Actor, n: int) -> list[float]:
    times = []
    for q in typed_queries(n):
        start = time.perf_counter()
        catalog.search_products(ctx, actor, q, limit=200)
        times.append(time.perf_counter() - start)
    return times


def painted_latency(ctx: AppContext, actor: Actor, n: int) -> list[float]:
    """Seconds from a keystroke in the product list's search box to the list painted
    with the new results: the real panel, offscreen, one keystroke at a time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from merchant_app.gui.screens.inventory.products import ProductsPanel

    app = QApplication.instance() or QApplication([])
    panel = ProductsPanel(ctx, actor, "CNY")
    panel.resize(1100, 700)
    panel.show()
    panel.load_categories()
    app.processEvents()
    seen: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append(True)
            return False

    spy = PaintSpy()
    panel.table.viewport().installEventFilter(spy)
    times: list[float] = []
    for word in ("hoodie", "jasmine", "茶叶", f"SKU-{n // 2:06d}", ean13(n // 3)):
        panel.search.clear()
        app.processEvents()
        for ch in word:
            seen.clear()
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(panel.search, key)
            while not seen and time.perf_counter() - start < 5:
                app.processEvents()
            times.append(time.perf_counter() - start)
    panel.close()
    return times


def reservation_metrics(url: str) -> None:
    """One stock reservation through the service versus a bare sqlite3 transaction doing
    the same writes (median µs each and the ratio), from ``bench/stock_bench.py``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from stock_bench import bench_reservation

    for line in bench_reservation():
        print(json.dumps(line), flush=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--products", type=int, default=100_000)
    p.add_argument("--database-url", default="", help="default: SQLite in a temp folder")
    args = p.parse_args()
    n = args.products
    rows = generated_rows(n)
    with tempfile.TemporaryDirectory() as tmp:

        def url(name: str) -> str:
            return args.database_url or f"sqlite:///{Path(tmp, name).as_posix()}"

        floor = floor_insert(url("floor.sqlite3"), rows)
        if args.database_url:  # the same schema is reused: start the import afresh
            raise SystemExit("--database-url: run floor and import in separate schemas")
        ctx, owner = fresh(url("import.sqlite3"))
        start = time.perf_counter()
        report = import_products(ctx, owner, rows, dry_run=False)
        elapsed = time.perf_counter() - start
        assert report.created == n, report
        emit("product_import_seconds", elapsed, "s")
        emit("product_core_insert_floor_seconds", floor, "s")
        emit("product_import_over_core_insert_floor", elapsed / floor, "x")
        emit("product_import_rows_per_second", n / elapsed, "rows/s")
        times = search_latency(ctx, owner, n)
        emit("product_search_median_ms", statistics.median(times) * 1000, "ms")
        emit(
            "product_search_p95_ms",
            statistics.quantiles(times, n=20)[18] * 1000,
            "ms",
        )
        emit("product_search_max_ms", max(times) * 1000, "ms")
        painted = painted_latency(ctx, owner, n)
        emit("search_keystroke_to_painted_median_ms", statistics.median(painted) * 1000, "ms")
        emit("search_keystroke_to_painted_max_ms", max(painted) * 1000, "ms")
        ctx.db.dispose()
        reservation_metrics(url("reserve.sqlite3"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
