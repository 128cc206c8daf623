"""Stock reservation cost: one reservation transaction through the service layer
(``ctx.db.transaction()`` + ``stock.reserve``) against a bare sqlite3 transaction doing
the same write (the floor), both on SQLite files in WAL mode with ``synchronous=FULL``.

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/stock_bench.py [--rounds 2000]
Other benchmarks call :func:`bench_reservation` and print its rows.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.migrations import upgrade
from merchant_app.models import Product
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import locations, shop, stock
from merchant_app.services.context import AppContext

RAW_RESERVE = (
    "UPDATE stock_level SET reserved = reserved + 1 "
    "WHERE product_id = ? AND location_id = ? "
    "AND (on_hand - reserved >= 1 OR (SELECT allow_backorder FROM product WHERE id = ?))"
)
WARMUP = 50


def _setup(folder: Path, units: int) -> tuple[AppContext, str, str]:
    ctx = AppContext(
        db=Database(f"sqlite:///{(folder / 'shop.sqlite3').as_posix()}"),
        keys=MemoryKeyStore(),
        clock=ManualClock(),
    )
    upgrade(ctx.db)
    shop.create_shop(
        ctx,
        name="Bench Shop",
        address="",
        currency="CNY",
        locale="zh_CN",
        owner_login="owner",
        owner_name="Owner",
        owner_password="owner-pass-1",
    )
    now = ctx.clock()
    with ctx.db.transaction() as s:
        values = {"sku": "BENCH-1", "name": "Bench product", "created_at": now, "updated_at": now}
        for attr, value in (("name_key", "bench product"), ("sku_key", "bench-1")):
            if hasattr(Product, attr):  # the catalog's search keys, when the model has them
                values[attr] = value
        product = Product(**values)
        s.add(product)
        s.flush()
        loc = locations.default_location(s).id
        stock.apply_move(s, ctx, None, product.id, loc, units, "found")
        return ctx, product.id, loc


def _median_us(samples: list[int]) -> float:
    return statistics.median(samples) / 1000.0


def bench_reservation(rounds: int = 2000) -> list[dict[str, object]]:
    """Median µs of one reservation transaction through the service and through bare
    sqlite3 (same pragmas, same UPDATE), and their ratio (unit ``x``)."""
    folder = Path(tempfile.mkdtemp(prefix="stock-bench-"))
    try:
        ctx, pid, loc = _setup(folder, units=2 * (rounds + WARMUP) + 10)
        ctx.db.dispose()  # checkpoints the WAL, so the copy is complete
        shutil.copyfile(folder / "shop.sqlite3", folder / "raw.sqlite3")

        conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # rounds alternate between the two, so disk noise hits both alike
        service: list[int] = []
        raw: list[int] = []
        for i in range(rounds + WARMUP):
            t0 = time.perf_counter_ns()
            with ctx.db.transaction() as s:
                stock.reserve(s, pid, loc, 1)
            t1 = time.perf_counter_ns()
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute(RAW_RESERVE, (pid, loc, pid)).rowcount != 1:
                raise RuntimeError("the raw reservation was refused")
            conn.execute("COMMIT")
            t2 = time.perf_counter_ns()
            if i >= WARMUP:
                service.append(t1 - t0)
                raw.append(t2 - t1)
        ctx.db.dispose()
        conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    service_us, raw_us = _median_us(service), _median_us(raw)
    return [
        {"metric": "stock_reserve_service_median", "value": round(service_us, 1), "unit": "us"},
        {"metric": "stock_reserve_raw_sqlite_median", "value": round(raw_us, 1), "unit": "us"},
        {
            "metric": "stock_reserve_service_over_raw_sqlite",
            "value": round(service_us / raw_us, 2),
            "unit": "x",
        },
    ]


def main() -> None:
    """Run the benchmark and print its JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    for row in bench_reservation(args.rounds):
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
