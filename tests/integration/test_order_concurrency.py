"""Several desks (processes) place orders against one PostgreSQL server at once (GROW-1):
the last units go to exactly as many orders as there are units, every order number is
unique (two processes on the same desk share its number series), and of several desks
cancelling the same order at the same moment exactly one succeeds."""

from __future__ import annotations

import multiprocessing as mp
import time

import pytest
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.errors import Conflict, InvalidTransition
from merchant_app.models import SalesOrder, StockLevel
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import order_steps, orders, stock
from merchant_app.services.context import AppContext
from merchant_app.services.orders import LineInput, OrderDraft
from merchant_app.services.permissions import load_actor
from merchant_app.services.shop import open_shop
from tests.factories import make_shop
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres

UNITS = 9
WORKERS = 4
ATTEMPTS = 5  # per worker: 20 attempts for 9 units


def _ctx(url: str, desk_id: str) -> AppContext:
    return AppContext(db=Database(url), keys=MemoryKeyStore(), clock=ManualClock(), desk_id=desk_id)


def place_race(
    url: str, desk_id: str, user_id: str, pid: str, start: float
) -> tuple[list[str], int, str]:
    """One desk process: ``ATTEMPTS`` one-unit orders.  Returns (numbers placed,
    refusals, first unexpected error)."""
    ctx = _ctx(url, desk_id)
    with ctx.db.transaction() as s:
        actor = load_actor(s, user_id)
    numbers: list[str] = []
    refused, other = 0, ""
    time.sleep(max(0.0, start - time.time()))
    for _ in range(ATTEMPTS):
        try:
            draft = OrderDraft(lines=(LineInput(pid, 1),))
            numbers.append(orders.place_order(ctx, actor, draft).number)
        except stock.InsufficientStock:
            refused += 1
        except Exception as exc:  # anything else is a bug: report it
            other = other or repr(exc)
    ctx.db.dispose()
    return numbers, refused, other


def cancel_race(url: str, desk_id: str, user_id: str, order_id: str, start: float) -> str:
    """One desk cancels the order: "ok", "refused" or the unexpected error."""
    ctx = _ctx(url, desk_id)
    with ctx.db.transaction() as s:
        actor = load_actor(s, user_id)
    time.sleep(max(0.0, start - time.time()))
    try:
        order_steps.cancel(ctx, actor, order_id, "customer rang twice")
        result = "ok"
    except (InvalidTransition, Conflict):
        result = "refused"
    except Exception as exc:
        result = repr(exc)
    ctx.db.dispose()
    return result


def test_desks_placing_orders_at_once_never_oversell_or_share_a_number(
    pg_schema_url: str,
) -> None:
    world = make_shop(pg_schema_url)
    pid = add_product(world, "HOT-ITEM")
    put_stock(world, pid, main_location(world), UNITS)
    _, second = open_shop(_ctx(pg_schema_url, ""), "")  # a second desk, its own series
    desks = [world.ctx.desk_id, world.ctx.desk_id, second.id, second.id]
    start = time.time() + 1.5
    with mp.get_context("spawn").Pool(WORKERS) as pool:
        results = pool.starmap(
            place_race,
            [(pg_schema_url, desk, world.owner.user_id, pid, start) for desk in desks],
            chunksize=1,
        )
    assert [r[2] for r in results] == [""] * WORKERS, results
    numbers = [n for r in results for n in r[0]]
    assert len(numbers) == UNITS and len(set(numbers)) == UNITS
    assert sum(r[1] for r in results) == WORKERS * ATTEMPTS - UNITS
    assert {n.split("-")[0] for n in numbers} <= {"D01", second.code}
    with world.ctx.db.transaction() as s:
        on_hand, reserved = s.execute(
            select(StockLevel.on_hand, StockLevel.reserved).where(StockLevel.product_id == pid)
        ).one()
        placed = s.scalar(select(func.count()).select_from(SalesOrder))
    assert (on_hand, reserved, placed) == (UNITS, UNITS, UNITS)
    world.ctx.db.dispose()


def test_one_of_several_desks_cancelling_the_same_order_succeeds(pg_schema_url: str) -> None:
    world = make_shop(pg_schema_url)
    pid = add_product(world, "HOT-ITEM")
    put_stock(world, pid, main_location(world), 3)
    order = orders.place_order(world.ctx, world.owner, OrderDraft(lines=(LineInput(pid, 2),)))
    order_steps.review(world.ctx, world.owner, order.id)
    order_steps.approve(world.ctx, world.owner, order.id)  # picked: cancel moves stock back
    start = time.time() + 1.5
    args = (pg_schema_url, world.ctx.desk_id, world.owner.user_id, order.id, start)
    with mp.get_context("spawn").Pool(3) as pool:
        results = pool.starmap(cancel_race, [args] * 3, chunksize=1)
    assert sorted(results) == ["ok", "refused", "refused"], results
    totals = stock.totals(world.ctx, world.owner, [pid])[pid]
    assert (totals.on_hand, totals.reserved) == (3, 0)  # returned once, not three times
    world.ctx.db.dispose()
