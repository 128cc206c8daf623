"""Order entry benchmark: scan to line painted.

Builds a shop of about N demo products (``demo_catalog`` rows through the ordinary
product import), opens the real order entry panel offscreen at 1280x800 and times each
of 200 scans from ``handle_scan(code)`` until the lines table's viewport has painted
(an event filter on its Paint events; the panel's own re-quote runs in that time too).
Scans mix new lines (the first scan of a code) and increments of a line; the order is
cleared every 25 lines, as at a counter.

Prints one JSON object per line:
{"metric": "order_entry.scan_to_line_ms", "median": ..., "p95": ..., "max": ..., "unit": "ms"}
and the same figures for new lines and increments alone.  Aim: under 30 ms.
Usage: python bench/order_entry_scan.py [--products 2000] [--scans 200] [--profile]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from merchant_app.database import Database  # noqa: E402
from merchant_app.migrations import upgrade  # noqa: E402
from merchant_app.security.keystore import MemoryKeyStore  # noqa: E402
from merchant_app.services import auth, shop  # noqa: E402
from merchant_app.services.context import Actor, AppContext  # noqa: E402
from merchant_app.services.demo_catalog import demo_product_rows  # noqa: E402
from merchant_app.services.product_import import import_products  # noqa: E402


def emit(metric: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) >= 2 else ms[0]
    print(
        json.dumps(
            {
                "metric": metric,
                "median": round(statistics.median(ms), 3),
                "p95": round(p95, 3),
                "max": round(ms[-1], 3),
                "count": len(ms),
                "unit": "ms",
            }
        ),
        flush=True,
    )


def fresh(url: str, products: int) -> tuple[AppContext, Actor, list[str]]:
    """A shop with about ``products`` demo products; returns the codes worth scanning
    (listed products with plenty of stock)."""
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
    actor = auth.authenticate(ctx, "owner", "bench-pass-1")
    rows = demo_product_rows(products)
    report = import_products(ctx, actor, rows, dry_run=False)
    assert report.created >= products * 0.9, report
    codes = [
        r.barcodes[0]
        for r in rows
        if r.barcodes and r.status == "listed" and not r.is_parent and (r.stock or 0) >= 40
    ]
    return ctx, actor, codes


def scan_times(ctx: AppContext, actor: Actor, codes: list[str], scans: int) -> dict[str, list]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from merchant_app.gui.screens.orders.entry import OrderEntryPanel

    app = QApplication.instance() or QApplication([])
    panel = OrderEntryPanel(ctx, actor)
    panel.resize(1280, 800)
    panel.show()
    app.processEvents()
    seen: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append(True)
            return False

    spy = PaintSpy()
    panel.table.viewport().installEventFilter(spy)
    out: dict[str, list] = {"all": [], "new": [], "more": []}
    # each code scanned 4 times in a row: a new line, then three increments
    plan = [codes[(i // 4) % len(codes)] for i in range(scans)]
    for i, code in enumerate(plan):
        if panel.model.rowCount() >= 25 and i % 4 == 0:
            panel.clear_form()
            app.processEvents()
        before = panel.model.rowCount()
        app.processEvents()
        seen.clear()
        start = time.perf_counter()
        panel.handle_scan(code)
        while not seen and time.perf_counter() - start < 5:
            app.processEvents()
        elapsed = time.perf_counter() - start
        assert "No product" not in panel.notice.text(), panel.notice.text()
        out["all"].append(elapsed)
        out["new" if panel.model.rowCount() > before else "more"].append(elapsed)
    panel.close()
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--products", type=int, default=2000)
    p.add_argument("--scans", type=int, default=200)
    p.add_argument("--profile", action="store_true", help="print a cProfile of the scans")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp, 'shop.sqlite3').as_posix()}"
        ctx, actor, codes = fresh(url, args.products)
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        times = scan_times(ctx, actor, codes, args.scans)
        if args.profile:
            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
        emit("order_entry.scan_to_line_ms", times["all"])
        emit("order_entry.scan_new_line_ms", times["new"])
        emit("order_entry.scan_increment_ms", times["more"])
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
