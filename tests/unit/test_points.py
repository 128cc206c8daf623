"""The points ledger (MEM-2) on SQLite and PostgreSQL: earning on payment at the tier's
rate, points as a payment, refunds, reversal on cancel and return, FIFO expiry,
adjustments through approval; the balance is always the ledger sum and never negative."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from merchant_app.models import Member, PointsEntry
from merchant_app.services import (
    aftersales,
    approvals,
    member_points,
    member_tiers,
    members,
    order_payments,
    order_steps,
    orders,
)
from merchant_app.services.aftersales import CaseLineInput
from merchant_app.services.member_points import InsufficientPoints, PointsRules
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

_n = itertools.count(1)


def new_member(world: ShopWorld) -> str:
    n = next(_n)
    return members.register_member(
        world.ctx, world.owner, MemberInput(name=f"Member {n}", phone=f"1380000{n:04d}")
    ).id


def member_order(
    world: ShopWorld, member_id: str, qty: int = 5, pays: tuple[PaymentInput, ...] | None = None
) -> OrderInfo:
    """``qty`` units at 2000 (cost 1000 × 2), by default paid in cash in full."""
    pid = add_product(world, f"PT-{next(_n)}", cost_minor=1000)
    put_stock(world, pid, main_location(world), 500)
    total = 2000 * qty
    draft = OrderDraft(lines=(LineInput(pid, qty),), member_id=member_id)
    return orders.place_order(
        world.ctx, world.owner, draft, (PaymentInput("cash", total),) if pays is None else pays
    )


def balance(world: ShopWorld, member_id: str) -> int:
    return member_points.balance(world.ctx, world.owner, member_id)


def assert_ledger_ok(world: ShopWorld, member_id: str) -> None:
    with world.ctx.db.transaction() as s:
        b = member_points.balance_in(s, member_id)
        assert b == member_points.ledger_sum(s, member_id) and b >= 0
        seqs = list(
            s.scalars(
                select(PointsEntry.seq)
                .where(PointsEntry.member_id == member_id)
                .order_by(PointsEntry.seq)
            )
        )
        assert seqs == list(range(1, len(seqs) + 1))


def test_paid_order_earns_at_the_tier_rate_once(world: ShopWorld) -> None:
    m = new_member(world)
    order = member_order(world, m)  # 10,000 minor = 100.00 → 100 points at the regular rate
    assert balance(world, m) == 100
    order_payments.take_payment  # noqa: B018 (paying more is refused; nothing earns twice)
    hist = member_points.history(world.ctx, world.owner, m)
    assert [(h.kind, h.points, h.order_number) for h in hist] == [("earn", 100, order.number)]
    assert hist[0].expires_at is not None
    assert_ledger_ok(world, m)


def test_unpaid_order_earns_when_paid_in_full(world: ShopWorld) -> None:
    m = new_member(world)
    order = member_order(world, m, pays=())
    assert balance(world, m) == 0
    order_payments.take_payment(world.ctx, world.owner, order.id, (PaymentInput("card", 4000),))
    assert balance(world, m) == 0
    order_payments.take_payment(world.ctx, world.owner, order.id, (PaymentInput("card", 6000),))
    assert balance(world, m) == 100


def test_points_as_payment_and_refund_gives_them_back(world: ShopWorld) -> None:
    m = new_member(world)
    member_order(world, m, qty=10)  # 200 points
    assert balance(world, m) == 200
    with pytest.raises(InsufficientPoints):
        member_order(world, m, qty=1, pays=(PaymentInput("points", 201),))
    assert balance(world, m) == 200
    order = member_order(
        world, m, qty=1, pays=(PaymentInput("points", 150), PaymentInput("cash", 1850))
    )
    # 150 points spent; earns on the 1850 paid otherwise: 18 points
    assert balance(world, m) == 200 - 150 + 18
    order_steps.cancel(world.ctx, world.owner, order.id, "changed mind")
    assert balance(world, m) == 200  # points payment refunded, earned points reversed
    assert_ledger_ok(world, m)


def test_cancel_reverses_and_never_goes_negative(world: ShopWorld) -> None:
    m = new_member(world)
    order = member_order(world, m, qty=5)  # 100 points
    member_order(world, m, qty=1, pays=(PaymentInput("points", 80), PaymentInput("cash", 1920)))
    assert balance(world, m) == 100 - 80 + 19
    order_steps.cancel(world.ctx, world.owner, order.id, "fraud")
    assert balance(world, m) == 0  # 100 due back, only 39 left
    hist = member_points.history(world.ctx, world.owner, m)
    assert hist[0].kind == "reverse" and "already spent" in hist[0].reference
    assert_ledger_ok(world, m)


def test_full_return_takes_the_points_back(world: ShopWorld) -> None:
    m = new_member(world)
    order = member_order(world, m, qty=4)  # 80 points
    order_steps.review(world.ctx, world.owner, order.id)
    order_steps.approve(world.ctx, world.owner, order.id)
    order_steps.pack(world.ctx, world.owner, order.id, unverified_reason="test")
    order_steps.ship(world.ctx, world.owner, order.id)
    assert balance(world, m) == 80
    line = order.lines[0]
    aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "return",
        "too big",
        (CaseLineInput(line.id, 1, "restock"),),
    )
    assert balance(world, m) == 60
    aftersales.open_case(
        world.ctx, world.owner, order.id, "return", "all", (CaseLineInput(line.id, 3, "write_off"),)
    )
    assert balance(world, m) == 0
    assert_ledger_ok(world, m)


def test_expiry_is_first_in_first_out(world: ShopWorld) -> None:
    member_points.set_rules(world.ctx, world.owner, PointsRules(value_minor=1, expiry_days=30))
    m = new_member(world)
    member_order(world, m, qty=5)  # 100, expires day 30
    world.clock.advance(days=20)
    member_order(world, m, qty=5)  # 100, expires day 50
    world.clock.advance(days=5)
    member_order(world, m, qty=1, pays=(PaymentInput("points", 120), PaymentInput("cash", 1880)))
    # spent 120: all of lot 1 and 20 of lot 2; earned 18 (expires day 55)
    assert balance(world, m) == 98
    world.clock.advance(days=10)  # day 35: lot 1 is due but already spent
    assert member_points.expire_due(world.ctx, world.owner) == 0
    world.clock.advance(days=16)  # day 51: lot 2's 80 left expire
    assert member_points.expire_due(world.ctx, world.owner) == 80
    assert balance(world, m) == 18
    world.clock.advance(days=10)
    assert member_points.expire_due(world.ctx, world.owner) == 18
    assert balance(world, m) == 0
    assert_ledger_ok(world, m)


def test_adjustment_needs_approval(world: ShopWorld) -> None:
    m = new_member(world)
    clerk = world.add_user("clerk", "Sales clerk")
    manager = world.add_user("boss", "Manager")
    result = member_points.adjust(world.ctx, clerk, m, 50, "goodwill")
    assert not result.applied and balance(world, m) == 0
    assert result.approval is not None
    approvals.decide(world.ctx, manager, result.approval.id, approve=True)
    assert balance(world, m) == 50
    assert member_points.adjust(world.ctx, world.owner, m, -20, "correction").applied
    assert balance(world, m) == 30
    with pytest.raises(InsufficientPoints):
        member_points.adjust(world.ctx, world.owner, m, -31, "too much")
    assert balance(world, m) == 30
    assert_ledger_ok(world, m)


def test_points_for_a_coupon(world: ShopWorld) -> None:
    m = new_member(world)
    member_points.adjust(world.ctx, world.owner, m, 500, "welcome")
    code, spent = member_points.redeem_for_coupon(world.ctx, world.owner, m, 300)
    assert spent == 300 and balance(world, m) == 200 and code.startswith("P")
    with pytest.raises(InsufficientPoints):
        member_points.redeem_for_coupon(world.ctx, world.owner, m, 300)


def test_tier_upgrade_raises_the_rate(world: ShopWorld) -> None:
    member_tiers.set_tiers(
        world.ctx,
        world.owner,
        (
            member_tiers.Tier("regular", "Regular", 0, 100),
            member_tiers.Tier("gold", "Gold", 15_000, 200),
        ),
    )
    m = new_member(world)
    member_order(world, m, qty=10)  # 20,000 spent: 200 points, then gold
    with world.ctx.db.transaction() as s:
        assert s.scalar(select(Member.tier).where(Member.id == m)) == "gold"
    member_order(world, m, qty=1)  # 2000 at 2 per unit → 40
    assert balance(world, m) == 240
