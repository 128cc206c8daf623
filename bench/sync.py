"""Offline desk benchmarks (GROW-2), on the local PostgreSQL server.

The demo shop (200 products, 120 members, promotions) is made on a fresh schema of the
server; a desk reaches it through a TCP proxy (tests/integration/tcp_proxy.py) with its
local cache in a SQLite file.

1. Refreshing the desk's cache from the demo shop (the copy a desk keeps for working
   offline).
2. The proxy is dropped; the desk takes 1,000 orders offline (1-3 lines, paid in cash;
   a fifth for members, who earn points): the median time to place one offline.
3. The proxy is restored: the time to send the 1,000 orders, refresh the cache and be
   back online (aim < 10 s).  Then another 1,000 offline, and this time the sync runs
   on a background thread while the desk keeps taking orders (one every ~20 ms, as a
   busy counter would): the delay of each order placed during the sync, median and
   max (aim < 50 ms), against orders placed offline with no sync running.

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/sync.py [--orders 1000] [--pg postgresql://postgres@127.0.0.1:5432/test]
CI never runs benchmarks.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import psycopg  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from merchant_app.clock import ManualClock  # noqa: E402
from merchant_app.database import Database  # noqa: E402
from merchant_app.migrations import upgrade  # noqa: E402
from merchant_app.models import Member, Product, SalesOrder  # noqa: E402
from merchant_app.security.keystore import MemoryKeyStore  # noqa: E402
from merchant_app.services import auth, locations, orders, stock, sync  # noqa: E402
from merchant_app.services.context import Actor, AppContext  # noqa: E402
from merchant_app.services.demo import create_demo_shop  # noqa: E402
from merchant_app.services.desk_cache import refresh_cache  # noqa: E402
from merchant_app.services.desk_router import RoutingDatabase  # noqa: E402
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput  # noqa: E402
from tests.integration.tcp_proxy import TcpProxy  # noqa: E402

DURING_SYNC_EVERY = 0.02


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, **extra}),
        flush=True,
    )


def _through(url: str, port: int) -> str:
    parts = urlsplit(url)
    user = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=f"{user[0]}@{host}" if len(user) > 1 else host))


def _server(url: str) -> tuple[AppContext, Actor]:
    """The demo shop on the server, with plenty of stock for a thousand orders."""
    clock = ManualClock()
    ctx = AppContext(db=Database(url), keys=MemoryKeyStore(), clock=clock)
    upgrade(ctx.db)
    create_demo_shop(ctx, products=200, orders=0)
    owner = auth.authenticate(ctx, "owner", "owner-demo")
    with ctx.db.transaction() as s:
        ids = list(s.scalars(select(Product.id).where(Product.is_parent.is_(False))))
        main = locations.default_location(s).id
    for pid in ids:
        stock.adjust(ctx, owner, pid, main, 5000, "found")
    return ctx, owner


def _drafts(
    ctx: AppContext, n: int, seed: int
) -> list[tuple[OrderDraft, tuple[PaymentInput, ...]]]:
    rng = random.Random(seed)
    with ctx.db.transaction() as s:
        products = list(
            s.execute(
                select(Product.id, Product.price_minor).where(
                    Product.is_parent.is_(False), Product.status == "listed"
                )
            ).tuples()
        )
        people = list(s.scalars(select(Member.id).where(Member.status == "active")))
    out = []
    for _ in range(n):
        picked = rng.sample(products, rng.randint(1, 3))
        total = sum(price for _, price in picked)
        member = rng.choice(people) if people and rng.random() < 0.2 else None
        draft = OrderDraft(lines=tuple(LineInput(pid, 1) for pid, _ in picked), member_id=member)
        out.append((draft, (PaymentInput("cash", total),)))
    return out


def _place_all(
    ctx: AppContext, owner: Actor, drafts: list[tuple[OrderDraft, tuple[PaymentInput, ...]]]
) -> list[float]:
    times = []
    for draft, pays in drafts:
        t = time.perf_counter()
        orders.place_order(ctx, owner, draft, pays)
        times.append((time.perf_counter() - t) * 1000)
    return times


def run(n: int, pg: str) -> None:
    schema = f"bench_sync_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg else "?"
    url = f"{pg}{sep}options=-csearch_path%3D{schema}"
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    proxy: TcpProxy | None = None
    router: RoutingDatabase | None = None
    server: AppContext | None = None
    try:
        t = time.perf_counter()
        server, owner = _server(url)
        emit("demo_shop_on_server", time.perf_counter() - t, "s")
        parts = urlsplit(pg)
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
        router = RoutingDatabase(_through(url, proxy.port), folder / "desk-cache.sqlite3")
        from merchant_app.services.shop import open_shop

        desk_id = open_shop(AppContext(db=Database(url), keys=MemoryKeyStore()), "")[1].id
        ctx = AppContext(
            db=router, keys=server.keys, clock=server.clock, shop_id=server.shop_id, desk_id=desk_id
        )
        report = refresh_cache(router, desk_id)
        emit(
            "refresh_demo_shop",
            report.seconds * 1000,
            "ms",
            rows=sum(report.rows.values()),
            read_ms=round(report.read_seconds * 1000, 1),
            write_ms=round(report.write_seconds * 1000, 1),
        )
        refreshes = []
        for _ in range(5):
            refreshes.append(refresh_cache(router, desk_id).seconds * 1000)
        emit("refresh_demo_shop_median_of_5", statistics.median(refreshes), "ms")

        # 2 and 3a: a thousand orders offline, then the sync alone
        proxy.drop()
        offline = _place_all(ctx, owner, _drafts(ctx, n, 1))
        assert router.state == "offline", router.status()
        emit("place_offline_median", statistics.median(offline), "ms", orders=n)
        proxy.restore()
        t = time.perf_counter()
        alone = sync.sync_now(router, ctx)
        emit(
            "sync_offline_orders",
            time.perf_counter() - t,
            "s",
            sent=alone.sent,
            failed=alone.failed,
            online=alone.online,
            per_item_ms=round((time.perf_counter() - t) * 1000 / max(1, alone.sent), 2),
        )

        # 3b: another thousand, and the desk keeps taking orders while they are sent
        proxy.drop()
        baseline = _place_all(ctx, owner, _drafts(ctx, 200, 2))
        emit("order_entry_no_sync_median", statistics.median(baseline), "ms", orders=200)
        emit("order_entry_no_sync_max", max(baseline), "ms", orders=200)
        _place_all(ctx, owner, _drafts(ctx, n - 200, 3))
        queued = router.count_pending()
        proxy.restore()
        result: dict[str, sync.SyncReport] = {}

        def send() -> None:
            result["report"] = sync.sync_now(router, ctx)

        during: list[float] = []
        more = _drafts(ctx, 5000, 4)
        worker = threading.Thread(target=send)
        started = time.perf_counter()
        worker.start()
        while worker.is_alive() and more:
            draft, pays = more.pop()
            t = time.perf_counter()
            orders.place_order(ctx, owner, draft, pays)
            if worker.is_alive():  # placed while the sync ran (not after it went online)
                during.append((time.perf_counter() - t) * 1000)
            time.sleep(DURING_SYNC_EVERY)
        worker.join()
        took = time.perf_counter() - started
        busy = result["report"]
        emit(
            "sync_offline_orders_with_order_entry",
            took,
            "s",
            queued=queued,
            sent=busy.sent,
            placed_meanwhile=len(during),
            failed=busy.failed,
            online=busy.online,
        )
        emit("order_entry_during_sync_median", statistics.median(during), "ms", orders=len(during))
        emit("order_entry_during_sync_max", max(during), "ms", orders=len(during))
        expected = n + 200 + (n - 200) + len(during)
        with server.db.transaction() as s:
            on_server = s.scalar(select(func.count()).select_from(SalesOrder))
        emit("orders_on_server", float(on_server or 0), "orders", expected=expected)
    finally:
        if router is not None:
            router.dispose()
        if proxy is not None:
            proxy.close()
        if server is not None:
            server.db.dispose()
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    run(args.orders, args.pg)


if __name__ == "__main__":
    main()
