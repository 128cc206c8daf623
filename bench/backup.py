"""Backup benchmarks (SAFE-2): an online backup while orders are being placed.

A second process places 5-line orders through ``orders.place_order`` without a pause
and logs each one's start time and duration.  After a warm-up, the benchmark measures
the placement median for a while ("before"), then makes a backup with
``backups.create_backup`` (copy with the online backup API in one step, or
``VACUUM INTO``; then the integrity check, foreign-key check, row counts and checksum of
the copy), and compares the placement median during the copy and during the whole
backup with the one before (aim: < 2x, and the backup completes).  Then, with the
placer stopped, the time ``backup_checks.verify_file`` takes for that backup.

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.

Usage:
  python bench/backup.py --data-dir /tmp/shop1m-copy --in-place   # a big shop (it is written to!)
  python bench/backup.py --data-dir /tmp/shop1m                   # copies it first
  python bench/backup.py                                          # a small demo shop
  [--method backup_api|vacuum_into|both] [--orders 20000] [--before 10]
Without ``--in-place`` the shop is copied into a temporary folder first, so the shop
given is never written to.  CI never runs benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("MERCHANT_APP_KEYRING", "memory")

LINES = 5


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, **extra}),
        flush=True,
    )


def _open(data_dir: Path):  # type: ignore[no-untyped-def]
    """The shop and its Owner, as the command line's headless jobs get them."""
    import argparse as _argparse

    from merchant_app.cli import _as_owner

    return _as_owner(_argparse.Namespace(data_dir=data_dir, database_url=""))


# --------------------------------------------------------------------------- the placer


def placer(data_dir: Path, stop_file: Path) -> None:
    """Child process: place orders until ``stop_file`` exists; one JSON line each."""
    from sqlalchemy import select

    from merchant_app.imports.product_rows import ProductRow
    from merchant_app.models import Product
    from merchant_app.services import orders
    from merchant_app.services.product_import import import_products

    opened, owner = _open(data_dir)
    ctx = opened.ctx
    rows = [
        ProductRow(
            row=i + 2,
            sku=f"BACKUP-BENCH-{i}",
            name=f"Backup bench product {i}",
            price_minor=1000 + 100 * i,
            status="listed",
            stock=5_000_000,
        )
        for i in range(LINES)
    ]
    import_products(ctx, owner, rows, dry_run=False)
    with ctx.db.transaction() as s:
        products = list(
            s.execute(
                select(Product.id, Product.price_minor)
                .where(Product.sku.like("BACKUP-BENCH-%"))
                .order_by(Product.sku)
            )
        )
    draft = orders.OrderDraft(
        lines=tuple(orders.LineInput(pid, 1) for pid, _ in products),
        customer_name="Bench customer",
        customer_phone="13800138000",
    )
    pay = (orders.PaymentInput("card", sum(int(p) for _, p in products)),)
    print(json.dumps({"ready": True}), flush=True)
    while not stop_file.exists():
        start = time.time()
        t0 = time.perf_counter()
        orders.place_order(ctx, owner, draft, pay)
        print(json.dumps({"at": start, "ms": (time.perf_counter() - t0) * 1000}), flush=True)
    ctx.db.dispose()


class Placer:
    """The placer process and the timings it reports."""

    def __init__(self, data_dir: Path, work: Path) -> None:
        self.stop_file = work / "stop"
        self.stop_file.unlink(missing_ok=True)
        self.samples: list[tuple[float, float]] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--placer", str(data_dir), str(self.stop_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            data = json.loads(line)
            if data.get("ready"):
                self.ready.set()
            else:
                self.samples.append((data["at"], data["ms"]))

    def between(self, start: float, end: float) -> list[float]:
        return [ms for at, ms in list(self.samples) if start <= at < end]

    def stop(self) -> None:
        self.stop_file.touch()
        self.proc.wait(60)
        self.reader.join(10)


# ----------------------------------------------------------------------------- the bench


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bench(data_dir: Path, work: Path, method: str, before_s: float) -> None:
    from merchant_app.services import backups
    from merchant_app.services.backup_checks import verify_file

    out = work / f"out-{method}"
    placer = Placer(data_dir, work)
    try:
        if not placer.ready.wait(600):
            raise SystemExit("the placer did not start")
        time.sleep(3)  # warm-up
        t_before = time.time()
        time.sleep(before_s)
        opened, owner = _open(data_dir)
        phases: dict[str, float] = {}

        def progress(_done: int, _total: int, text: str = "") -> None:
            if text and text not in phases:
                phases[text] = time.time()

        t_start = time.time()
        info = backups.create_backup(opened.ctx, owner, out, progress=progress, method=method)
        t_end = time.time()
        opened.ctx.db.dispose()
        time.sleep(2)
        t_copied = phases.get("integrity", t_end)
    finally:
        placer.stop()
    before = placer.between(t_before, t_start)
    during_copy = placer.between(t_start, t_copied)
    during = placer.between(t_start, t_end)
    base = _median(before)
    tag = {"method": method}
    emit("place_order_median_before", base, "ms", **tag, orders=len(before))
    emit(
        "place_order_median_during_copy", _median(during_copy), "ms", **tag, orders=len(during_copy)
    )
    emit("place_order_median_during_backup", _median(during), "ms", **tag, orders=len(during))
    emit("place_order_slowdown_during_copy", _median(during_copy) / base, "x", **tag)
    emit("place_order_slowdown_during_backup", _median(during) / base, "x", **tag)
    if during:
        emit("place_order_p95_during_backup", statistics.quantiles(during, n=20)[-1], "ms", **tag)
    emit("backup_copy_duration", t_copied - t_start, "s", **tag)
    emit("backup_duration", t_end - t_start, "s", **tag)
    emit("backup_size", info.size / 2**20, "MB", **tag)
    emit("backup_completed", 1.0 if info.status == "ok" else 0.0, "bool", **tag)
    t0 = time.perf_counter()
    report = verify_file(info.path, record=False)
    emit("backup_verify_duration", time.perf_counter() - t0, "s", **tag)
    emit("backup_verify_ok", 1.0 if report.ok else 0.0, "bool", **tag)
    orders = report.row_counts.get("sales_order", 0)
    emit("backup_orders", orders, "orders", **tag)
    shutil.rmtree(out, ignore_errors=True)


def demo_shop(folder: Path, orders: int) -> Path:
    """A demo shop made by the command line (``merchant-app demo``)."""
    subprocess.run(
        [sys.executable, "-m", "merchant_app", "demo", "--data-dir", str(folder),
         "--orders", str(orders)],
        check=True,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, MERCHANT_APP_KEYRING="memory"),
    )  # fmt: skip
    return folder


def main() -> None:
    """Run the benchmark and print its JSON lines."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", type=Path, help="the shop (default: a new small demo shop)")
    p.add_argument("--in-place", action="store_true", help="write to --data-dir's shop itself")
    p.add_argument("--orders", type=int, default=20_000, help="orders in a new demo shop")
    p.add_argument("--method", choices=("backup_api", "vacuum_into", "both"), default="both")
    p.add_argument("--before", type=float, default=10.0, help="seconds measured before")
    p.add_argument("--placer", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.placer:
        placer(*args.placer)
        return
    work = Path(tempfile.mkdtemp(prefix="backup-bench-"))
    try:
        if args.data_dir is None:
            data_dir = demo_shop(work / "shop", args.orders)
        elif args.in_place:
            data_dir = args.data_dir
        else:
            data_dir = work / "shop"
            data_dir.mkdir()
            for name in ("shop.sqlite3", "settings.json"):
                if (args.data_dir / name).exists():
                    shutil.copyfile(args.data_dir / name, data_dir / name)
        size = (data_dir / "shop.sqlite3").stat().st_size
        emit("shop_file_size", size / 2**20, "MB")
        methods = ("backup_api", "vacuum_into") if args.method == "both" else (args.method,)
        for method in methods:
            bench(data_dir, work, method, args.before)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
