"""Several desks (processes) on one PostgreSQL server at the same moment (GROW-1), beyond
stock (tests/integration/test_order_concurrency.py): the last points of a member go to
exactly one desk, points that fell due are expired once however many desks spend at
once, the last uses of a coupon go to exactly as many orders as the limit allows, and
order numbers from many desks are all distinct, each with its own desk's prefix."""

from __future__ import annotations

import itertools
import multiprocessing as mp
import threading
import time
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.errors import Conflict
from merchant_app.models import CouponUse, PointsEntry, Promotion, SalesOrder
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import member_points, members, orders, promotions
from merchant_app.services.context import AppContext
from merchant_app.services.member_points import InsufficientPoints, PointsRules
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import load_actor
from merchant_app.services.promotions import PromotionInput
from merchant_app.services.shop import open_shop
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres

DESKS = 4
_phones = itertools.count(1)


# ---------------------------------------------------------------- one desk (a process)


def _desk(shared: dict[str, Any], desk_id: str) -> AppContext:
    """A desk's own connection, keyring (holding the shop's data key) and clock."""
    keys = MemoryKeyStore()
    keys.set(shared["shop_id"], DATA_KEY_NAME, shared["data_key"])
    return AppContext(
        db=Database(shared["url"]),
        keys=keys,
        clock=ManualClock(datetime.fromisoformat(shared["now"])),
        shop_id=shared["shop_id"],
        desk_id=desk_id,
    )


def desk_places(
    shared: dict[str, Any], desk_id: str, drafts: list[tuple[OrderDraft, tuple[PaymentInput, ...]]]
) -> list[str]:
    """Place ``drafts`` one after the other from the shared start time; each result is
    the order's number, ``"refused"`` (a rule said no) or the unexpected error."""
    ctx = _desk(shared, desk_id)
    with ctx.db.transaction() as s:
        actor = load_actor(s, shared["user_id"])
    results: list[str] = []
    time.sleep(max(0.0, shared["start"] - time.time()))
    for draft, pays in drafts:
        try:
            results.append(orders.place_order(ctx, actor, draft, pays).number)
        except (InsufficientPoints, Conflict):
            results.append("refused")
        except Exception as exc:  # anything else is a bug: report it
            results.append(repr(exc))
    ctx.db.dispose()
    return results


def run_desks(world: ShopWorld, url: str, work: list[tuple[str, list[Any]]]) -> list[list[str]]:
    """Run one process per ``(desk id, drafts)`` against the server, all starting at once."""
    shared = {
        "url": url,
        "shop_id": world.ctx.shop_id,
        "data_key": world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME) or "",
        "user_id": world.owner.user_id,
        "now": world.clock().isoformat(),
        "start": time.time() + 2.0,  # after every process has imported the app
    }
    with mp.get_context("spawn").Pool(len(work)) as pool:
        return pool.starmap(
            desk_places, [(shared, desk, drafts) for desk, drafts in work], chunksize=1
        )


def new_desks(url: str, n: int) -> list[str]:
    """``n`` more desks registered on the server (each its own number series)."""
    ids = []
    for _ in range(n):
        ctx = AppContext(db=Database(url), keys=MemoryKeyStore())
        ids.append(open_shop(ctx, "")[1].id)
        ctx.db.dispose()
    return ids


def member_with_points(world: ShopWorld, pid: str, qty: int) -> str:
    """A member who bought ``qty`` units at 2000 paid in cash: 20 points per unit."""
    m = members.register_member(
        world.ctx,
        world.owner,
        MemberInput(name="Points Member", phone=f"1390000{next(_phones):04d}"),
    ).id
    orders.place_order(
        world.ctx,
        world.owner,
        OrderDraft(lines=(LineInput(pid, qty),), member_id=m),
        (PaymentInput("cash", 2000 * qty),),
    )
    return m


def assert_ledger_balances(world: ShopWorld, member_id: str) -> int:
    with world.ctx.db.transaction() as s:
        balance = member_points.balance_in(s, member_id)
        assert balance == member_points.ledger_sum(s, member_id) and balance >= 0
        seqs = list(
            s.scalars(
                select(PointsEntry.seq)
                .where(PointsEntry.member_id == member_id)
                .order_by(PointsEntry.seq)
            )
        )
    assert seqs == list(range(1, len(seqs) + 1))
    return balance


@pytest.fixture
def world(pg_schema_url: str) -> Any:
    w = make_shop(pg_schema_url)
    yield w
    w.ctx.db.dispose()


# ---------------------------------------------------------------------------- tests


def test_the_last_points_of_a_member_go_to_exactly_one_desk(
    world: ShopWorld, pg_schema_url: str
) -> None:
    earner = add_product(world, "EARN", cost_minor=1000)  # sells at 2000
    cheap = add_product(world, "CHEAP", cost_minor=50)  # sells at 100 = 100 points
    put_stock(world, earner, main_location(world), 100)
    put_stock(world, cheap, main_location(world), 100)
    member = member_with_points(world, earner, 5)  # 100 points
    assert assert_ledger_balances(world, member) == 100
    desks = [world.ctx.desk_id, *new_desks(pg_schema_url, DESKS - 1)]
    spend_all = (
        OrderDraft(lines=(LineInput(cheap, 1),), member_id=member),
        (PaymentInput("points", 100),),
    )
    results = run_desks(world, pg_schema_url, [(d, [spend_all]) for d in desks])
    flat = [r for rs in results for r in rs]
    assert sorted(r == "refused" for r in flat) == [False] + [True] * (DESKS - 1), flat
    assert assert_ledger_balances(world, member) == 0


def test_due_points_expire_once_when_desks_spend_at_the_same_moment(
    world: ShopWorld, pg_schema_url: str
) -> None:
    member_points.set_rules(world.ctx, world.owner, PointsRules(value_minor=1, expiry_days=30))
    earner = add_product(world, "EARN", cost_minor=1000)
    cheap = add_product(world, "CHEAP", cost_minor=50)
    put_stock(world, earner, main_location(world), 1000)
    put_stock(world, cheap, main_location(world), 1000)
    people = [member_with_points(world, earner, 5) for _ in range(6)]  # 100 points, due later
    world.clock.advance(days=31)
    for m in people:  # 500 points more, not due; the first 100 are due now
        orders.place_order(
            world.ctx,
            world.owner,
            OrderDraft(lines=(LineInput(earner, 25),), member_id=m),
            (PaymentInput("cash", 50_000),),
        )
    desks = [world.ctx.desk_id, *new_desks(pg_schema_url, DESKS - 1)]
    drafts = [  # every desk spends 30 points of each member, in the same order
        (
            OrderDraft(lines=(LineInput(cheap, 1),), member_id=m),
            (PaymentInput("points", 30), PaymentInput("cash", 70)),
        )
        for m in people
    ]
    results = run_desks(world, pg_schema_url, [(d, drafts) for d in desks])
    flat = [r for rs in results for r in rs]
    assert all(r.split("-")[0].startswith("D") for r in flat), flat
    for m in people:
        with world.ctx.db.transaction() as s:
            expired = s.scalars(
                select(PointsEntry.points).where(
                    PointsEntry.member_id == m, PointsEntry.kind == "expire"
                )
            ).all()
        assert expired == [-100], (m, expired)
        assert assert_ledger_balances(world, m) == 600 - 100 - 30 * DESKS


def test_the_last_uses_of_a_coupon_go_to_exactly_that_many_orders(
    world: ShopWorld, pg_schema_url: str
) -> None:
    pid = add_product(world, "ITEM", cost_minor=500)
    put_stock(world, pid, main_location(world), 1000)
    limit = 3
    promotions.create_promotion(
        world.ctx,
        world.owner,
        PromotionInput(
            name="Last three", kind="fixed", code="LAST3", amount_minor=100, usage_limit=limit
        ),
    )
    desks = [world.ctx.desk_id, *new_desks(pg_schema_url, DESKS - 1)]
    with_coupon = (OrderDraft(lines=(LineInput(pid, 1),), coupon_codes=("LAST3",)), ())
    results = run_desks(world, pg_schema_url, [(d, [with_coupon] * 2) for d in desks])
    flat = [r for rs in results for r in rs]
    placed = [r for r in flat if r != "refused"]
    assert len(placed) == limit and all(r.startswith("D") for r in placed), flat
    with world.ctx.db.transaction() as s:
        used = s.scalar(select(Promotion.used_count).where(Promotion.code == "LAST3"))
        uses = s.scalar(select(func.count()).select_from(CouponUse))
        orders_placed = s.scalar(select(func.count()).select_from(SalesOrder))
    assert (used, uses, orders_placed) == (limit, limit, limit)


def test_order_numbers_from_many_desks_are_distinct_with_each_desks_prefix(
    world: ShopWorld, pg_schema_url: str
) -> None:
    pid = add_product(world, "ITEM", cost_minor=500)
    put_stock(world, pid, main_location(world), 10_000)
    others = new_desks(pg_schema_url, DESKS - 1)
    desks = [world.ctx.desk_id, world.ctx.desk_id, *others]  # two processes share desk 1
    per_desk = 15
    plain = (OrderDraft(lines=(LineInput(pid, 1),)), ())
    results = run_desks(world, pg_schema_url, [(d, [plain] * per_desk) for d in desks])
    numbers = [r for rs in results for r in rs]
    assert len(numbers) == per_desk * len(desks) and len(set(numbers)) == len(numbers), numbers
    with world.ctx.db.transaction() as s:
        from merchant_app.models import Desk

        codes = dict(s.execute(select(Desk.id, Desk.code)).all())
    for desk, got in zip(desks, results, strict=True):
        assert {n.split("-")[0] for n in got} == {codes[desk]}, got
    shared = sorted(results[0] + results[1])  # desk 1's two processes: one series, no gap
    assert [int(n.split("-")[1]) for n in shared] == list(range(1, 2 * per_desk + 1))


def test_a_desk_spending_while_another_expires_the_same_points_expires_them_once(
    world: ShopWorld, pg_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interleaving the process race above only hits by chance, forced: desk B has
    read the member's due lots, then desk A expires them, spends and commits, then desk
    B writes.  B must not expire the same lots a second time."""
    member_points.set_rules(world.ctx, world.owner, PointsRules(value_minor=1, expiry_days=30))
    earner = add_product(world, "EARN", cost_minor=1000)
    cheap = add_product(world, "CHEAP", cost_minor=50)
    put_stock(world, earner, main_location(world), 100)
    put_stock(world, cheap, main_location(world), 100)
    member = member_with_points(world, earner, 5)  # 100 points
    world.clock.advance(days=31)
    orders.place_order(  # 500 more, not due
        world.ctx,
        world.owner,
        OrderDraft(lines=(LineInput(earner, 25),), member_id=member),
        (PaymentInput("cash", 50_000),),
    )
    key = world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME) or ""
    shared = {"url": pg_schema_url, "shop_id": world.ctx.shop_id, "data_key": key}
    shared["now"] = world.clock().isoformat()
    desk_a = _desk(shared, world.ctx.desk_id)
    desk_b = _desk(shared, new_desks(pg_schema_url, 1)[0])
    spend = (
        OrderDraft(lines=(LineInput(cheap, 1),), member_id=member),
        (PaymentInput("points", 30), PaymentInput("cash", 70)),
    )
    a_result: list[str] = []
    a_done = threading.Event()

    def desk_a_spends() -> None:
        try:
            a_result.append(orders.place_order(desk_a, world.owner, *spend).number)
        except Exception as exc:
            a_result.append(repr(exc))
        a_done.set()

    real_lots = member_points._lots
    other = threading.Thread(target=desk_a_spends)

    def lots_then_desk_a(s: Any, member_id: str) -> Any:
        lots = real_lots(s, member_id)
        if threading.current_thread() is not other and not other.is_alive() and not a_done.is_set():
            other.start()
            a_done.wait(3)  # unlocked: A finishes now; locked: A waits for B's commit
        return lots

    monkeypatch.setattr(member_points, "_lots", lots_then_desk_a)
    b_number = orders.place_order(desk_b, world.owner, *spend).number
    other.join(30)
    monkeypatch.undo()
    assert len(a_result) == 1 and a_result[0].startswith("D"), a_result
    assert b_number.startswith("D")
    with world.ctx.db.transaction() as s:
        expired = s.scalars(
            select(PointsEntry.points).where(
                PointsEntry.member_id == member, PointsEntry.kind == "expire"
            )
        ).all()
    assert expired == [-100]
    assert assert_ledger_balances(world, member) == 600 - 100 - 2 * 30
    desk_a.db.dispose()
    desk_b.db.dispose()
