"""The order list on a million orders (ORD-9): first page, filter changes and each kind
of search through ``order_queries.search_orders``, and the first page through the
screen's table model (offscreen).

The database is built quickly with Core ``executemany`` into ``sales_order`` and
``order_line`` (bare rows: states, desks and payment statuses spread, 1–3 lines each,
phones and members repeating, a few rare products).  ``--db`` keeps the file for later
runs (it is reused when it exists).

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/order_list_bench.py [--orders 1000000] [--db /tmp/orders.sqlite3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.ids import format_number, new_ids
from merchant_app.migrations import upgrade
from merchant_app.models import (
    Desk,
    OrderLine,
    Product,
    ProductBarcode,
    SalesOrder,
    User,
)
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import locations, order_queries, shop
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_queries import OrderFilter
from merchant_app.services.permissions import load_actor

PASSWORD = "owner-pass-1"
STATES = (
    ("completed", 55),
    ("shipped", 12),
    ("cancelled", 8),
    ("pending_review", 6),
    ("awaiting_warehouse", 6),
    ("warehouse_approved", 5),
    ("packed", 5),
    ("on_hold", 3),
)
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"]
GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Ming", "Xiu"]
PRODUCTS = 500
RARE_PRODUCTS = 5  # each on only a handful of orders
BATCH = 20_000


def _context(path: Path) -> AppContext:
    return AppContext(
        db=Database(f"sqlite:///{path.as_posix()}"), keys=MemoryKeyStore(), clock=ManualClock()
    )


def build(path: Path, orders: int, seed: int = 7) -> AppContext:
    """A shop with ``orders`` bare orders (and their lines) in the SQLite file ``path``."""
    rng = random.Random(seed)
    ctx = _context(path)
    upgrade(ctx.db)
    shop.create_shop(
        ctx,
        name="Bench Shop",
        address="",
        currency="CNY",
        locale="zh_CN",
        owner_login="owner",
        owner_name="Owner",
        owner_password=PASSWORD,
    )
    start = datetime(2023, 1, 1, tzinfo=UTC)
    with ctx.db.transaction() as s:
        location = locations.default_location(s).id
        owner_id = s.scalars(select(User.id)).one()
        desk_ids = [ctx.desk_id]
        for n in range(2, 5):
            desk_ids.append(new_ids(1)[0])
            s.execute(
                insert(Desk.__table__),
                [
                    {
                        "id": desk_ids[-1],
                        "code": f"D{n:02d}",
                        "name": f"Desk {n}",
                        "created_at": start,
                    }
                ],
            )
        product_ids = new_ids(PRODUCTS)
        s.execute(
            insert(Product.__table__),
            [
                {
                    "id": pid,
                    "sku": f"SKU-{i:04d}",
                    "sku_key": f"sku-{i:04d}",
                    "name": f"Product {i}",
                    "name_key": f"product {i}",
                    "price_minor": 1000 + i,
                    "status": "listed",
                    "created_at": start,
                    "updated_at": start,
                }
                for i, pid in enumerate(product_ids)
            ],
        )
        s.execute(
            insert(ProductBarcode.__table__),
            [
                {"code": f"69{i:011d}", "product_id": pid, "symbology": "ean13"}
                for i, pid in enumerate(product_ids)
            ],
        )
    _bulk_orders(ctx, rng, orders, start, desk_ids, product_ids, location, owner_id)
    return ctx


ORDER_COLUMNS = [c.name for c in SalesOrder.__table__.columns]
LINE_COLUMNS = [c.name for c in OrderLine.__table__.columns]


def _insert_sql(table: str, columns: list[str]) -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _bulk_orders(
    ctx: AppContext,
    rng: random.Random,
    orders: int,
    start: datetime,
    desk_ids: list[str],
    product_ids: list[str],
    location: str,
    owner_id: str,
) -> None:
    """Bare orders and lines, newest last, through Core ``executemany`` of plain tuples
    (times in the text form SQLAlchemy's SQLite ``DateTime`` stores)."""
    with ctx.db.transaction() as s:
        codes = dict(s.execute(select(Desk.id, Desk.code)).tuples().all())
    common = product_ids[RARE_PRODUCTS:]
    rare = product_ids[:RARE_PRODUCTS]
    states = [name for name, weight in STATES for _ in range(weight)]
    phones = [f"13{rng.randrange(10**9):09d}" for _ in range(max(1, orders // 5))]
    members = new_ids(max(1, orders // 20))
    names = [f"{a} {b}" for a in SURNAMES for b in GIVEN]
    seq = dict.fromkeys(desk_ids, 0)
    at = start
    step_ms = max(2, int(3 * 365 * 86400 * 1000 / max(orders, 1)))
    order_sql = _insert_sql("sales_order", ORDER_COLUMNS)
    line_sql = _insert_sql("order_line", LINE_COLUMNS)
    order_t, line_t = SalesOrder.__table__, OrderLine.__table__
    rand, choice = rng.random, rng.choice
    with ctx.db.engine.connect() as conn:
        # before the first statement (which begins a transaction): a bench file needs no fsync
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute("PRAGMA cache_size = -1000000")  # 1 GB
        # secondary indexes are built once at the end: far cheaper than row by row
        indexes = [*order_t.indexes, *line_t.indexes]  # type: ignore[attr-defined]
        for index in indexes:
            conn.exec_driver_sql(f"DROP INDEX {index.name}")
        done = 0
        while done < orders:
            n = min(BATCH, orders - done)
            order_rows: list[tuple[Any, ...]] = []
            line_rows: list[tuple[Any, ...]] = []
            line_ids = iter(new_ids(3 * n))
            for oid in new_ids(n):
                at += timedelta(milliseconds=int(rand() * 2 * step_ms) + 1)
                when = at.strftime("%Y-%m-%d %H:%M:%S.%f")
                desk = choice(desk_ids)
                seq[desk] += 1
                number = format_number(codes[desk], seq[desk])
                state = choice(states)
                phone = choice(phones)
                total = 0
                for line_no in range(1, int(rand() * 3) + 2):
                    pid = choice(rare) if rand() < 0.00002 else choice(common)
                    qty = int(rand() * 3) + 1
                    line_rows.append(
                        (next(line_ids), oid, line_no, pid, "", "", qty, 1500, 0, 1500 * qty, 0, 0)
                    )
                    total += 1500 * qty
                shipped = state in ("warehouse_approved", "packed", "shipped", "completed")
                paid = total if state in ("shipped", "completed") or rand() < 0.5 else 0
                order_rows.append(
                    (
                        oid, number, desk, owner_id, when, when, state,
                        "pending_review" if state == "on_hold" else "", 0,
                        choice(members) if rand() < 0.3 else None,
                        choice(names), phone, phone, "", "", "", "", "pickup", location,
                        "prepaid", total, 0, 0, 0, total, paid, "paid" if paid else "unpaid",
                        "WB" + number.replace("-", "") if shipped else "", "", "", "counter", "",
                    )
                )  # fmt: skip
            conn.exec_driver_sql(order_sql, order_rows)  # type: ignore[arg-type]
            conn.exec_driver_sql(line_sql, line_rows)  # type: ignore[arg-type]
            conn.commit()
            done += n
        inserted = time.perf_counter()
        for index in indexes:
            index.create(conn)
        conn.commit()
        _emit("build_indexes", round(time.perf_counter() - inserted, 1), "s")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _median_ms(fn: Any, rounds: int = 7) -> float:
    fn()  # warm the page cache and the statement cache
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(samples), 2)


def _emit(metric: str, value: float, unit: str = "ms") -> None:
    print(json.dumps({"metric": metric, "value": value, "unit": unit}), flush=True)


def measure(ctx: AppContext, actor: Actor) -> None:
    """Median timings of the list's queries."""
    with ctx.db.transaction() as s:
        sample = s.execute(
            select(SalesOrder.number, SalesOrder.customer_phone, SalesOrder.member_id)
            .where(SalesOrder.member_id.is_not(None))
            .order_by(SalesOrder.created_at)
            .limit(1)
            .offset(1000)
        ).one()
        tracking = s.scalar(
            select(SalesOrder.tracking_number).where(SalesOrder.tracking_number != "").limit(1)
        )
        desk = s.scalar(select(Desk.id).where(Desk.code == "D03"))
    number, phone, member = sample

    def run(flt: OrderFilter, pages: int = 1) -> int:
        after = None
        got = 0
        for _ in range(pages):
            rows = order_queries.search_orders(ctx, actor, flt, after, 100)
            got += len(rows)
            if len(rows) < 100:
                break
            after = rows[-1].key
        return got

    cases = {
        "first_page": OrderFilter(),
        "filter_state_packed": OrderFilter(state="packed"),
        "filter_state_on_hold": OrderFilter(state="on_hold"),
        "filter_desk": OrderFilter(desk_id=desk or ""),
        "filter_payment_unpaid": OrderFilter(payment_status="unpaid"),
        "filter_dates_2024": OrderFilter(
            date_from=datetime(2024, 3, 1).date(), date_to=datetime(2024, 3, 31).date()
        ),
        "filter_state_and_desk": OrderFilter(state="cancelled", desk_id=desk or ""),
        "search_number_exact": OrderFilter(text=number),
        "search_number_prefix": OrderFilter(text=number[:-2]),
        "search_number_prefix_wide": OrderFilter(text="D02-"),
        "search_tracking": OrderFilter(text=tracking or "x"),
        "search_phone": OrderFilter(text=phone),
        "search_member": OrderFilter(text=member),
        "search_sku_rare": OrderFilter(text="SKU-0001"),
        "search_sku_common": OrderFilter(text="SKU-0300"),
        "search_barcode_common": OrderFilter(text="6900000000300"),
        "search_name_common": OrderFilter(text="wang f"),
        "search_name_absent": OrderFilter(text="Nobody"),
        "search_phone_and_state": OrderFilter(text=phone, state="completed"),
    }
    for name, flt in cases.items():
        _emit(f"orders.{name}", _median_ms(lambda flt=flt: run(flt)))
    _emit("orders.page_50_deep", _median_ms(lambda: run(OrderFilter(), 50), rounds=3))


def measure_gui(ctx: AppContext, actor: Actor) -> None:
    """The screen's model: a filter change through ``set_query`` (first page shown)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from merchant_app.gui.screens.orders.order_list import OrderListPanel

    app = QApplication.instance() or QApplication([])
    panel = OrderListPanel(ctx, actor)
    panel.resize(1200, 700)
    panel.show()
    app.processEvents()

    def first_page() -> None:
        panel.refresh()
        app.processEvents()

    _emit("gui.first_page", _median_ms(first_page))

    def state_change() -> None:
        combo = panel.state_combo
        combo.setCurrentIndex(1 if combo.currentIndex() != 1 else 2)
        app.processEvents()

    _emit("gui.state_filter_change", _median_ms(state_change))
    _emit("gui.rows_loaded", float(panel.model.rowCount()), "rows")
    panel.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="keep (or reuse) this file")
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    folder = None
    if args.db is None:
        folder = Path(tempfile.mkdtemp(prefix="order-list-bench-"))
        path = folder / "orders.sqlite3"
    else:
        path = args.db
    try:
        if path.exists():
            ctx = _context(path)
            with ctx.db.transaction() as s:
                ctx.desk_id = s.scalar(select(Desk.id).where(Desk.code == "D01")) or ""
        else:
            t0 = time.perf_counter()
            ctx = build(path, args.orders)
            _emit("build_orders", round(time.perf_counter() - t0, 1), "s")
        with ctx.db.transaction() as s:
            count = s.scalar(text("SELECT max(rowid) FROM sales_order"))
        _emit("orders_in_database", float(count or 0), "rows")
        with ctx.db.transaction() as s:
            actor = load_actor(s, s.scalars(select(User.id)).first() or "")
        measure(ctx, actor)
        if not args.no_gui:
            measure_gui(ctx, actor)
        ctx.db.dispose()
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
