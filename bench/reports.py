"""Dashboard and report benchmarks (RPT-1, RPT-2).

On a copy of a shop (``--data-dir``, e.g. the 1,000,000-order demo shop; the copy is
migrated to the newest schema first, which times migration 0008's indexes) or, without
one, on a demo shop this script builds (``merchant-app demo --orders N`` with the
in-memory keyring), in a fresh process (so the first call is "cold": nothing compiled,
SQLite's page cache empty, the OS file cache as it is):

1. dashboard refresh for the shop's busiest calendar month (against the month before,
   with today and yesterday), cold and the median of ``--rounds`` warm refreshes; the
   same for the current month;
2. the monthly sales report by product for that month (query only), cold and warm;
3. that report as PDF (query, charts, table), cold and warm;
4. every report of the month once, in all;
5. "computed off the GUI thread": the services are plain functions the window calls
   through its task runner; here a dashboard refresh runs on a worker thread while the
   main thread ticks every 5 ms, and the longest gap between ticks is reported
   (SQLite releases the GIL while it reads, so the interface thread keeps running).

Aims: dashboard under 500 ms, monthly report PDF under 5 s on a 1,000,000-order shop.
Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/reports.py [--data-dir /tmp/shop1m] [--orders 20000] [--rounds 7]
CI never runs benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, **extra}),
        flush=True,
    )


# ---------------------------------------------------------------------------- the shop


def prepare(data_dir: Path | None, orders: int, work: Path) -> Path:
    """A migrated shop folder of our own in ``work``: a copy of ``data_dir`` (never
    written to), or a new demo shop of ``orders`` orders."""
    target = work / "shop"
    if data_dir is not None:
        start = time.perf_counter()
        shutil.copytree(data_dir, target, ignore=shutil.ignore_patterns("backups"))
        emit("copy_shop", time.perf_counter() - start, "s")
    else:
        env = {**os.environ, "MERCHANT_APP_KEYRING": "memory"}
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "merchant_app",
                "demo",
                "--data-dir",
                str(target),
                "--orders",
                str(orders),
            ],
            check=True,
            env=env,
            cwd=HERE.parent,
            stdout=subprocess.DEVNULL,
        )
        emit("build_demo_shop", time.perf_counter() - start, "s", orders=orders)
    from merchant_app.database import Database
    from merchant_app.migrations import upgrade

    db = Database(f"sqlite:///{(target / 'shop.sqlite3').as_posix()}")
    start = time.perf_counter()
    upgrade(db)
    emit("migrate_to_head", time.perf_counter() - start, "s")
    db.dispose()
    return target


def busiest_month(path: Path) -> tuple[int, int, int]:
    """(year, month, orders) of the calendar month (UTC) with the most orders."""
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT substr(created_at, 1, 7) AS m, count(*) AS n FROM sales_order "
            "GROUP BY m ORDER BY n DESC, m DESC LIMIT 1"
        ).fetchone()
    year, month = (int(x) for x in row[0].split("-"))
    return year, month, int(row[1])


# ---------------------------------------------------------------------------- measuring


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def measure(folder: Path, rounds: int) -> None:
    """The metrics, in this (fresh) process."""
    from sqlalchemy import func, select

    from merchant_app.database import Database
    from merchant_app.models import SalesOrder, User
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.services import dashboard, reports
    from merchant_app.services.context import AppContext
    from merchant_app.services.permissions import load_actor
    from merchant_app.services.report_periods import month_period, period_containing
    from merchant_app.services.report_types import ReportKind
    from merchant_app.services.shop import open_shop

    path = folder / "shop.sqlite3"
    year, month, n_month = busiest_month(path)
    settings = json.loads((folder / "settings.json").read_text("utf-8"))
    ctx = AppContext(db=Database(f"sqlite:///{path.as_posix()}"), keys=MemoryKeyStore())
    open_shop(ctx, settings.get("desk_id", ""))
    with ctx.db.transaction() as s:
        owner = load_actor(s, s.scalars(select(User.id).where(User.login == "owner")).one())
        n_orders = s.scalar(select(func.count()).select_from(SalesOrder)) or 0
    emit("shop_orders", n_orders, "orders")
    emit("busiest_month_orders", n_month, "orders", month=f"{year:04d}-{month:02d}")
    busy = month_period(year, month)  # this computer's time zone
    this_month = period_containing(ctx.clock(), "month")

    def refresh(period: object) -> None:
        dashboard.dashboard(ctx, owner, period)  # type: ignore[arg-type]

    emit("dashboard_busy_month_cold", _timed(lambda: refresh(busy)), "ms")
    warm = [_timed(lambda: refresh(busy)) for _ in range(rounds)]
    emit("dashboard_busy_month_warm_median", statistics.median(warm), "ms", rounds=rounds)
    emit("dashboard_busy_month_warm_max", max(warm), "ms")
    emit("dashboard_this_month_cold", _timed(lambda: refresh(this_month)), "ms")
    warm = [_timed(lambda: refresh(this_month)) for _ in range(rounds)]
    emit("dashboard_this_month_warm_median", statistics.median(warm), "ms", rounds=rounds)

    def report() -> object:
        return reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, busy)

    emit("monthly_sales_report_query_cold", _timed(report), "ms")
    warm = [_timed(report) for _ in range(rounds)]
    emit("monthly_sales_report_query_warm_median", statistics.median(warm), "ms")

    def pdf() -> None:
        data = reports.export_report_pdf(ctx, owner, report())  # type: ignore[arg-type]
        assert data.startswith(b"%PDF")

    emit("monthly_report_pdf_cold", _timed(pdf), "ms")
    warm = [_timed(pdf) for _ in range(max(3, rounds // 2))]
    emit("monthly_report_pdf_warm_median", statistics.median(warm), "ms")

    def every_report() -> None:
        for kind in ReportKind:
            reports.run_report(ctx, owner, kind, busy)

    emit("all_11_reports_of_the_month", _timed(every_report), "ms")

    gaps: list[float] = []
    done = threading.Event()

    def in_worker() -> None:
        refresh(busy)
        done.set()

    worker = threading.Thread(target=in_worker)
    last = time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
    worker.join()
    emit("main_thread_longest_gap_while_dashboard_runs_in_worker", max(gaps), "ms")
    ctx.db.dispose()


def main() -> None:
    """Prepare the shop, then measure in a fresh process."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", type=Path, help="a shop folder to copy (never written)")
    p.add_argument("--orders", type=int, default=20_000, help="orders of a built demo shop")
    p.add_argument("--rounds", type=int, default=7, help="warm repetitions")
    p.add_argument("--keep", action="store_true", help="keep the working copy")
    p.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = p.parse_args()
    if args.measure:
        measure(args.measure, args.rounds)
        return
    work = Path(tempfile.mkdtemp(prefix="reports-bench-"))
    try:
        folder = prepare(args.data_dir, args.orders, work)
        subprocess.run(
            [sys.executable, __file__, "--measure", str(folder), "--rounds", str(args.rounds)],
            check=True,
        )
    finally:
        if args.keep:
            print(f"working copy kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
