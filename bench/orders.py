"""Order benchmarks (ORD-1, ORD-9).

1. Placing a 5-line order (with one payment) through ``orders.place_order`` on SQLite:
   median and p95 ms over 300 orders, against a bare sqlite3 transaction doing the same
   writes (number sequence UPDATE, the order, 5 lines, 5 conditional reservation
   UPDATEs, 1 event, 1 payment) with the app's pragmas (WAL, ``synchronous=FULL``);
   rounds alternate so disk noise hits both alike.  Aim: median < 5 ms, ratio < 3.
2. The order list on a shop of N orders (default 1,000,000, written by
   ``demo_orders.bulk_orders`` on the demo catalog): in a fresh process, the real
   ``OrderListPanel`` offscreen: first page painted, then a state filter change, a
   payment filter change and a phone search applied and painted; and that process's
   peak memory (``ru_maxrss``).  Aims: each < 150 ms, memory < 300 MB.

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/orders.py [--orders 1000000] [--rounds 300] [--shop DIR]
(``--shop DIR`` keeps the big shop in DIR and reuses it when it is already there).
CI never runs benchmarks.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from merchant_app.database import Database  # noqa: E402
from merchant_app.ids import new_id  # noqa: E402
from merchant_app.imports.product_rows import ProductRow  # noqa: E402
from merchant_app.migrations import upgrade  # noqa: E402
from merchant_app.security.keystore import MemoryKeyStore  # noqa: E402
from merchant_app.services import auth, orders, shop  # noqa: E402
from merchant_app.services.context import Actor, AppContext  # noqa: E402
from merchant_app.services.product_import import import_products  # noqa: E402

WARMUP = 30
LINES = 5
PASSWORD = "owner-pass-1"


def emit(metric: str, value: float, unit: str) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit}), flush=True)


def _shop(path: Path) -> tuple[AppContext, Actor]:
    ctx = AppContext(db=Database(f"sqlite:///{path.as_posix()}"), keys=MemoryKeyStore())
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
    return ctx, auth.authenticate(ctx, "owner", PASSWORD)


# ---------------------------------------------------------------------------- 1. placing

_RAW_ORDER_COLUMNS = (
    "id, number, desk_id, created_by, created_at, updated_at, state, held_from, revision, "
    "member_id, customer_name, customer_phone, phone_key, ship_name, ship_phone, "
    "ship_address, ship_zone, delivery_method, location_id, payment_terms, subtotal_minor, "
    "discount_minor, shipping_fee_minor, extra_fees_minor, total_minor, paid_minor, "
    "payment_status, tracking_number, warehouse_note, note, source, external_ref"
)
_RAW_LINE = (
    "INSERT INTO order_line (id, order_id, line_no, product_id, sku, name, quantity, "
    "unit_price_minor, discount_minor, total_minor, packed, returned) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
)
_RAW_RESERVE = (
    "UPDATE stock_level SET reserved = reserved + ? WHERE product_id = ? AND location_id = ? "
    "AND (on_hand - reserved >= ? OR (SELECT allow_backorder FROM product WHERE id = ?))"
)
_RAW_EVENT = (
    "INSERT INTO order_event (id, order_id, at, user_id, kind, from_state, to_state, reason, "
    "details) VALUES (?, ?, ?, ?, 'placed', '', 'pending_review', '', ?)"
)
_RAW_PAYMENT = (
    "INSERT INTO payment (id, order_id, method, amount_minor, tendered_minor, change_minor, "
    "reference, desk_id, user_id, at, settlement_id) VALUES (?, ?, 'card', ?, ?, 0, '', ?, ?, ?, "
    "NULL)"
)
_RAW_SEQUENCE = (
    "UPDATE desk_sequence SET last_value = last_value + 1 WHERE desk_id = ? AND kind = 'order' "
    "RETURNING last_value"
)


def _raw_place(
    conn: sqlite3.Connection,
    desk: str,
    user: str,
    location: str,
    products: list[tuple[str, str, str, int]],
) -> None:
    """The writes of placing one order, in one bare sqlite3 transaction."""
    now = time.strftime("%Y-%m-%d %H:%M:%S.000000", time.gmtime())
    order_id = new_id()
    total = sum(price for _, _, _, price in products)
    conn.execute("BEGIN IMMEDIATE")
    (value,) = conn.execute(_RAW_SEQUENCE, (desk,)).fetchone()
    marks = ", ".join(["?"] * 32)
    conn.execute(
        f"INSERT INTO sales_order ({_RAW_ORDER_COLUMNS}) VALUES ({marks})",
        (
            order_id,
            f"D01-{value:06d}",
            desk,
            user,
            now,
            now,
            "pending_review",
            "",
            0,
            None,
            "Bench customer",
            "13800138000",
            "13800138000",
            "",
            "",
            "",
            "",
            "pickup",
            location,
            "prepaid",
            total,
            0,
            0,
            0,
            total,
            total,
            "paid",
            "",
            "",
            "",
            "counter",
            "",
        ),
    )
    conn.executemany(
        _RAW_LINE,
        [
            (new_id(), order_id, n, pid, sku, name, 1, price, 0, price)
            for n, (pid, sku, name, price) in enumerate(products, start=1)
        ],
    )
    for pid, _, _, _ in products:
        if conn.execute(_RAW_RESERVE, (1, pid, location, 1, pid)).rowcount != 1:
            raise RuntimeError("the raw reservation was refused")
    conn.execute(_RAW_EVENT, (new_id(), order_id, now, user, json.dumps({"total": total})))
    conn.execute(_RAW_PAYMENT, (new_id(), order_id, total, total, desk, user, now))
    conn.execute("COMMIT")


def bench_place(rounds: int, profile: bool = True) -> None:
    """Metrics of test 1; profiles ``place_order`` when its median misses 5 ms."""
    folder = Path(tempfile.mkdtemp(prefix="orders-bench-"))
    try:
        ctx, owner = _shop(folder / "shop.sqlite3")
        units = rounds + WARMUP + 10
        rows = [
            ProductRow(
                row=i + 2,
                sku=f"BENCH-{i}",
                name=f"Bench product {i}",
                price_minor=1000 + i * 100,
                status="listed",
                stock=2 * units,
            )
            for i in range(LINES)
        ]
        import_products(ctx, owner, rows, dry_run=False)
        with ctx.db.transaction() as s:
            from sqlalchemy import select

            from merchant_app.models import Product
            from merchant_app.services.locations import default_location

            location = default_location(s).id
            products = [
                (pid, sku, name, int(price))
                for pid, sku, name, price in s.execute(
                    select(Product.id, Product.sku, Product.name, Product.price_minor)
                    .where(Product.sku.like("BENCH-%"))
                    .order_by(Product.sku)
                )
            ]
        total = sum(p[3] for p in products)
        draft = orders.OrderDraft(
            lines=tuple(orders.LineInput(pid, 1) for pid, _, _, _ in products),
            customer_name="Bench customer",
            customer_phone="13800138000",
        )
        pay = (orders.PaymentInput("card", total),)
        orders.place_order(ctx, owner, draft, pay)  # creates the desk's order sequence
        ctx.db.dispose()  # checkpoints the WAL, so the copy is complete
        shutil.copyfile(folder / "shop.sqlite3", folder / "raw.sqlite3")
        conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
        for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("PRAGMA foreign_keys = ON")
        service: list[float] = []
        raw: list[float] = []
        for i in range(rounds + WARMUP):
            t0 = time.perf_counter()
            orders.place_order(ctx, owner, draft, pay)
            t1 = time.perf_counter()
            _raw_place(conn, ctx.desk_id, owner.user_id, location, products)
            t2 = time.perf_counter()
            if i >= WARMUP:
                service.append((t1 - t0) * 1000)
                raw.append((t2 - t1) * 1000)
        conn.close()
        median = statistics.median(service)
        raw_median = statistics.median(raw)
        emit("place_order_5_lines_median", median, "ms")
        emit("place_order_5_lines_p95", statistics.quantiles(service, n=20)[-1], "ms")
        emit("place_order_raw_sqlite_median", raw_median, "ms")
        emit("place_order_raw_sqlite_p95", statistics.quantiles(raw, n=20)[-1], "ms")
        emit("place_order_over_raw_sqlite", median / raw_median, "x")
        if profile and median >= 5:
            _profile(ctx, owner, draft, pay)
        ctx.db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _profile(
    ctx: AppContext,
    owner: Actor,
    draft: orders.OrderDraft,
    pay: tuple[orders.PaymentInput, ...],
) -> None:
    """The top costs of ``place_order`` (to stderr): where the time goes when the aim
    is missed."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(100):
        orders.place_order(ctx, owner, draft, pay)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(30)
    print(out.getvalue(), file=sys.stderr)


# ---------------------------------------------------------------------------- 2. the list


def build_big_shop(folder: Path, n: int) -> Path:
    """A demo-catalog shop with ``n`` historic orders in ``folder`` (reused when it is
    already there with that many)."""
    from sqlalchemy import func, select

    from merchant_app.models import SalesOrder
    from merchant_app.services.demo import create_demo_shop
    from merchant_app.services.demo_orders import bulk_orders

    path = folder / "shop.sqlite3"
    marker = folder / "orders.count"
    if path.exists() and marker.exists() and marker.read_text() == str(n):
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(db=Database(f"sqlite:///{path.as_posix()}"), keys=MemoryKeyStore())
    upgrade(ctx.db)
    create_demo_shop(ctx, orders=0)
    start = time.perf_counter()
    bulk_orders(ctx, n)
    emit("bulk_orders_write", time.perf_counter() - start, "s")
    emit("bulk_orders_per_second", n / (time.perf_counter() - start), "orders/s")
    with ctx.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == n
    ctx.db.dispose()
    emit("shop_file_size", path.stat().st_size / 2**20, "MB")
    marker.write_text(str(n))
    return path


def list_metrics(path: Path) -> None:
    """Test 2, run in its own process: the real order list panel, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from merchant_app.gui.screens.orders.order_list import OrderListPanel
    from merchant_app.models import SalesOrder
    from merchant_app.services.permissions import load_actor
    from merchant_app.services.shop import open_shop

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db=Database(f"sqlite:///{path.as_posix()}"), keys=MemoryKeyStore())
    open_shop(ctx)
    with ctx.db.transaction() as s:
        from merchant_app.models import User

        owner = load_actor(s, s.scalars(select(User.id).where(User.login == "owner")).one())
        phone = s.scalar(
            select(SalesOrder.customer_phone).order_by(SalesOrder.created_at.desc()).limit(1)
        )
    painted: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    def until_painted(start: float) -> float:
        while not painted and time.perf_counter() - start < 10:
            app.processEvents()
        return (time.perf_counter() - start) * 1000

    spy = PaintSpy()
    start = time.perf_counter()
    panel = OrderListPanel(ctx, owner)
    panel.table.viewport().installEventFilter(spy)
    panel.resize(1280, 800)
    panel.show()
    panel.refresh()
    emit("order_list_first_page_painted", until_painted(start), "ms")
    emit("order_list_first_page_rows", panel.model.rowCount(), "rows")

    def measure(metric: str, change: object) -> None:
        app.processEvents()
        painted.clear()
        start = time.perf_counter()
        change()  # type: ignore[operator]
        emit(metric, until_painted(start), "ms")

    state = panel.state_combo.findData("cancelled")
    measure("order_list_state_filter_painted", lambda: panel.state_combo.setCurrentIndex(state))
    pay = panel.payment_combo.findData("refunded")
    measure("order_list_payment_filter_painted", lambda: panel.payment_combo.setCurrentIndex(pay))
    panel.state_combo.setCurrentIndex(0)
    panel.payment_combo.setCurrentIndex(0)

    def search_phone() -> None:
        panel.search.blockSignals(True)
        panel.search.setText(phone or "138")
        panel.search.blockSignals(False)
        panel.refresh()

    measure("order_list_phone_search_painted", search_phone)
    emit("order_list_rows_after_search", panel.model.rowCount(), "rows")

    def scroll_deep() -> None:
        panel.search.clear()
        panel.refresh()
        for _ in range(20):  # 20 more pages through canFetchMore/fetchMore
            panel.model.fetchMore()

    measure("order_list_21_pages_painted", scroll_deep)
    panel.close()
    ctx.db.dispose()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    emit("order_list_process_peak_memory", peak_kb / 1024, "MB")


def main() -> None:
    """Run the benchmarks and print their JSON lines."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--orders", type=int, default=1_000_000, help="orders in the big shop")
    p.add_argument("--rounds", type=int, default=300, help="orders placed in test 1")
    p.add_argument("--shop", type=Path, help="keep (and reuse) the big shop in this folder")
    p.add_argument("--skip-place", action="store_true", help="only the order list")
    p.add_argument("--list-only", type=Path, help=argparse.SUPPRESS)  # the child process
    args = p.parse_args()
    if args.list_only:
        list_metrics(args.list_only)
        return
    if not args.skip_place:
        bench_place(args.rounds)
    folder = args.shop or Path(tempfile.mkdtemp(prefix="orders-list-bench-"))
    try:
        path = build_big_shop(folder, args.orders)
        child = subprocess.run(
            [sys.executable, __file__, "--list-only", str(path)],
            check=False,
            capture_output=True,
            text=True,
        )
        sys.stdout.write(child.stdout)
        if child.returncode:
            sys.stderr.write(child.stderr)
            raise SystemExit(child.returncode)
    finally:
        if args.shop is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
