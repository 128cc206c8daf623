"""Several desks (processes) race for the last units on one PostgreSQL server (GROW-1):
exactly N of many attempts get a product that has N units; stock never goes negative."""

from __future__ import annotations

import multiprocessing as mp
import time

import pytest
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.models import StockLevel, StockMove
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import stock
from merchant_app.services.context import AppContext
from tests.factories import make_shop
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres

UNITS = 7
WORKERS = 4
ATTEMPTS = 6  # per worker: 24 attempts for 7 units


def race(
    url: str, desk_id: str, user_id: str, pid: str, loc: str, mode: str, start: float
) -> tuple[int, int, str]:
    """One desk: ``ATTEMPTS`` transactions, each reserving (and, for ``sell``, shipping)
    one unit.  Returns (successes, refusals, first unexpected error)."""
    ctx = AppContext(db=Database(url), keys=MemoryKeyStore(), clock=ManualClock(), desk_id=desk_id)
    ok = refused = 0
    other = ""
    time.sleep(max(0.0, start - time.time()))  # all desks start together
    for _ in range(ATTEMPTS):
        try:
            with ctx.db.transaction() as s:
                stock.reserve(s, pid, loc, 1)
                if mode == "sell":
                    stock.ship(s, ctx, user_id, pid, loc, 1, "order", "race")
            ok += 1
        except stock.InsufficientStock:
            refused += 1
        except Exception as exc:  # anything else is a bug: report it
            other = other or repr(exc)
    ctx.db.dispose()
    return ok, refused, other


@pytest.mark.parametrize("mode", ["reserve", "sell"])
def test_last_units_go_to_exactly_as_many_desks(pg_schema_url: str, mode: str) -> None:
    world = make_shop(pg_schema_url)
    main = main_location(world)
    pid = add_product(world, "HOT-ITEM")
    put_stock(world, pid, main, UNITS)
    args = (pg_schema_url, world.ctx.desk_id, world.owner.user_id, pid, main, mode)
    start = time.time() + 1.5  # time for the spawned interpreters to import
    with mp.get_context("spawn").Pool(WORKERS) as pool:
        results = pool.starmap(race, [(*args, start) for _ in range(WORKERS)], chunksize=1)
    assert [r[2] for r in results] == [""] * WORKERS, results
    assert sum(r[0] for r in results) == UNITS
    assert sum(r[1] for r in results) == WORKERS * ATTEMPTS - UNITS
    with world.ctx.db.transaction() as s:
        on_hand, reserved = s.execute(
            select(StockLevel.on_hand, StockLevel.reserved).where(StockLevel.product_id == pid)
        ).one()
        moved = s.scalar(select(func.sum(StockMove.quantity)).where(StockMove.product_id == pid))
    if mode == "reserve":
        assert (on_hand, reserved) == (UNITS, UNITS)
    else:
        assert (on_hand, reserved) == (0, 0)
    assert on_hand == moved and on_hand >= 0
    world.ctx.db.dispose()
