"""The review flow (ORD-2) and cancelling (ORD-3), step by step: each transition's stock
effect at the shelf and at the packing area, the stock moves it writes, waybills,
payments before shipping, holds, permissions and the order's history — on SQLite and
PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property

import pytest
from sqlalchemy import select, update

from merchant_app.errors import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    KnownError,
    NotFound,
    NotPermitted,
)
from merchant_app.models import AuditEntry, OrderLine, Payment, Waybill
from merchant_app.services import locations, order_flow, order_payments, order_steps, orders
from merchant_app.services.context import Actor
from merchant_app.services.order_flow import OrderState
from merchant_app.services.order_steps import PaymentRequired
from merchant_app.services.orders import OrderInfo, PaymentInput
from merchant_app.services.permissions import (
    CUSTOMER_SERVICE,
    FINANCE,
    MANAGER,
    SALES_CLERK,
    WAREHOUSE,
)
from merchant_app.services.stock import InsufficientStock
from tests.factories import ShopWorld
from tests.stock_factories import add_location, add_product, put_stock
from tests.unit.test_orders import figures, move_sum, order_moves, place, stocked

S = OrderState


class Floor:
    """Goods at MAIN (10 A, 10 B), a warehouse WH (5 A, 5 B), their packing areas, and
    one user per role (created when first used: each costs a password hash)."""

    def __init__(self, world: ShopWorld) -> None:
        self.world = world
        self.g = stocked(world)
        self.wh = add_location(world, "WH")
        put_stock(world, self.g.a, self.wh, 5)
        put_stock(world, self.g.b, self.wh, 5)
        self.pack = pack_area(world, self.g.main)
        self.wh_pack = pack_area(world, self.wh)

    @cached_property
    def clerk(self) -> Actor:
        return self.world.add_user("clerk", SALES_CLERK)

    @cached_property
    def cs(self) -> Actor:
        return self.world.add_user("cs", CUSTOMER_SERVICE)

    @cached_property
    def warehouse(self) -> Actor:
        return self.world.add_user("wh", WAREHOUSE)

    @cached_property
    def manager(self) -> Actor:
        return self.world.add_user("boss", MANAGER)

    @cached_property
    def finance(self) -> Actor:
        return self.world.add_user("fin", FINANCE)


def pack_area(world: ShopWorld, location_id: str) -> str:
    with world.ctx.db.transaction() as s:
        return locations.packing_area(s, location_id)


def floor(world: ShopWorld) -> Floor:
    return Floor(world)


def scan_all(world: ShopWorld, order_id: str) -> None:
    """What the packing desk records when every unit has been scanned."""
    with world.ctx.db.transaction() as s:
        s.execute(
            update(OrderLine)
            .where(OrderLine.order_id == order_id)
            .values(packed=OrderLine.quantity)
        )


def bring(world: ShopWorld, order: OrderInfo, state: str, location_id: str | None = None) -> None:
    """Take a (cash on delivery or paid) order forward to ``state`` as the Owner."""
    ctx, owner = world.ctx, world.owner
    path: list[str] = [S.AWAITING_WAREHOUSE, S.WAREHOUSE_APPROVED, S.PACKED, S.SHIPPED, S.COMPLETED]
    steps: dict[str, Callable[[], object]] = {
        S.AWAITING_WAREHOUSE: lambda: order_steps.review(ctx, owner, order.id, location_id),
        S.WAREHOUSE_APPROVED: lambda: order_steps.approve(ctx, owner, order.id, "SF"),
        S.PACKED: lambda: order_steps.pack(ctx, owner, order.id, unverified_reason="test"),
        S.SHIPPED: lambda: order_steps.ship(ctx, owner, order.id),
        S.COMPLETED: lambda: order_steps.complete(ctx, owner, order.id),
    }
    if state in (S.ON_HOLD, S.CANCELLED):
        if state == S.ON_HOLD:
            order_steps.hold(ctx, owner, order.id, "problem")
        else:
            order_steps.cancel(ctx, owner, order.id, "problem")
        return
    for step in path[: path.index(state) + 1] if state != S.PENDING_REVIEW else []:
        steps[step]()


def state_of(world: ShopWorld, order_id: str) -> str:
    return orders.get_order(world.ctx, world.owner, order_id).state


def kinds(world: ShopWorld, order_id: str) -> list[str]:
    return [e.kind for e in orders.history(world.ctx, world.owner, order_id)]


# ---------------------------------------------------------------------------- review


def test_review_keeps_the_reservation_where_it_is(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), (f.g.b, 1), actor=f.clerk)
    reviewed = order_steps.review(world.ctx, f.cs, order.id, note="called the customer")
    assert reviewed.state == S.AWAITING_WAREHOUSE and reviewed.location_id == f.g.main
    assert figures(world, f.g.a, f.g.main) == (10, 2, 8)
    assert figures(world, f.g.b, f.g.main) == (10, 1, 9)
    assert order_moves(world, order.id) == []
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.from_state, last.to_state, last.user_login, last.reason) == (
        "reviewed",
        S.PENDING_REVIEW,
        S.AWAITING_WAREHOUSE,
        "cs",
        "called the customer",
    )


def test_review_moves_the_reservation_to_another_location(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), (f.g.b, 1))
    reviewed = order_steps.review(world.ctx, f.cs, order.id, f.wh)
    assert reviewed.location_id == f.wh and reviewed.location_code == "WH"
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.a, f.wh) == (5, 2, 3)
    assert figures(world, f.g.b, f.wh) == (5, 1, 4)
    assert order_moves(world, order.id) == []  # reservations are not ledger moves
    assert orders.history(world.ctx, world.owner, order.id)[-1].details == {"location": f.wh}


def test_review_to_a_location_short_of_stock_changes_nothing(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 6))  # WH holds only 5
    with pytest.raises(InsufficientStock):
        order_steps.review(world.ctx, f.cs, order.id, f.wh)
    assert state_of(world, order.id) == S.PENDING_REVIEW
    assert figures(world, f.g.a, f.g.main) == (10, 6, 4)
    assert figures(world, f.g.a, f.wh) == (5, 0, 5)
    assert kinds(world, order.id) == ["placed"]


# ---------------------------------------------------------------------------- approve


def test_approve_picks_into_the_packing_area_and_issues_a_waybill(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), (f.g.b, 1), (f.g.a, 1))
    order_steps.review(world.ctx, f.cs, order.id)
    approved = order_steps.approve(world.ctx, f.warehouse, order.id, carrier="SF Express")
    assert approved.state == S.WAREHOUSE_APPROVED
    assert approved.tracking_number.startswith("WB")
    # shelf: 3 A and 1 B left it; the packing area holds them, still reserved
    assert figures(world, f.g.a, f.g.main) == (7, 0, 7)
    assert figures(world, f.g.a, f.pack) == (3, 3, 0)
    assert figures(world, f.g.b, f.g.main) == (9, 0, 9)
    assert figures(world, f.g.b, f.pack) == (1, 1, 0)
    assert sorted(order_moves(world, order.id)) == sorted(
        [
            (f.g.a, f.g.main, -3, "pick"),
            (f.g.a, f.pack, 3, "pick"),
            (f.g.b, f.g.main, -1, "pick"),
            (f.g.b, f.pack, 1, "pick"),
        ]
    )
    for pid, loc in ((f.g.a, f.g.main), (f.g.a, f.pack), (f.g.b, f.pack)):
        assert move_sum(world, pid, loc) == figures(world, pid, loc)[0]
    with world.ctx.db.transaction() as s:
        bill = s.scalars(select(Waybill).where(Waybill.order_id == order.id)).one()
        assert (bill.number, bill.status, bill.carrier) == (
            approved.tracking_number,
            "active",
            "SF Express",
        )
    found = orders.find_order_by_number(world.ctx, f.warehouse, approved.tracking_number)
    assert found.id == order.id
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert last.kind == "warehouse_approved" and last.details == {
        "waybill": approved.tracking_number
    }


def test_approve_at_another_location_picks_there(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2))
    order_steps.review(world.ctx, f.cs, order.id, f.wh)
    order_steps.approve(world.ctx, f.manager, order.id)
    assert figures(world, f.g.a, f.wh) == (3, 0, 3)
    assert figures(world, f.g.a, f.wh_pack) == (2, 2, 0)
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert sorted(order_moves(world, order.id)) == sorted(
        [(f.g.a, f.wh, -2, "pick"), (f.g.a, f.wh_pack, 2, "pick")]
    )


def test_approve_is_refused_when_the_shelf_lacks_the_goods(world: ShopWorld) -> None:
    f = floor(world)
    pre = add_product(world, "PRE", allow_backorder=True)
    put_stock(world, pre, f.g.main, 1)
    order = place(world, (f.g.a, 1), (pre, 3))
    order_steps.review(world.ctx, f.cs, order.id)
    with pytest.raises(InsufficientStock) as err:
        order_steps.approve(world.ctx, f.warehouse, order.id)
    assert err.value.params["sku"] == "PRE"
    assert state_of(world, order.id) == S.AWAITING_WAREHOUSE
    assert order_moves(world, order.id) == []
    assert figures(world, f.g.a, f.g.main) == (10, 1, 9)
    assert figures(world, pre, f.g.main) == (1, 3, -2)
    with world.ctx.db.transaction() as s:
        assert s.scalars(select(Waybill)).first() is None


# ---------------------------------------------------------------------------- pack, ship


def test_pack_needs_every_unit_scanned_or_a_reason(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), payment_terms="cod")
    bring(world, order, S.WAREHOUSE_APPROVED)
    with pytest.raises(InvalidTransition) as err:
        order_steps.pack(world.ctx, f.warehouse, order.id)
    assert err.value.params["sku"] == "A1" and err.value.params["left"] == 2
    assert state_of(world, order.id) == S.WAREHOUSE_APPROVED
    packed = order_steps.pack(world.ctx, f.warehouse, order.id, unverified_reason="scanner down")
    assert packed.state == S.PACKED
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.reason, last.details) == (
        "packed",
        "scanner down",
        {"unverified": ["A1"]},
    )
    # packing moves nothing: the goods already wait in the packing area
    assert figures(world, f.g.a, f.pack) == (2, 2, 0)
    assert len(order_moves(world, order.id)) == 2

    scanned = place(world, (f.g.b, 1))
    bring(world, scanned, S.WAREHOUSE_APPROVED)
    scan_all(world, scanned.id)
    assert order_steps.pack(world.ctx, f.warehouse, scanned.id).state == S.PACKED
    assert orders.history(world.ctx, world.owner, scanned.id)[-1].details == {}


def test_ship_is_refused_until_paid(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2))
    bring(world, order, S.PACKED)
    with pytest.raises(PaymentRequired) as err:
        order_steps.ship(world.ctx, f.warehouse, order.id)
    assert err.value.params["balance"] == 2000
    order_payments.take_payment(world.ctx, f.clerk, order.id, [PaymentInput("card", 1500)])
    with pytest.raises(PaymentRequired):
        order_steps.ship(world.ctx, f.warehouse, order.id)
    assert state_of(world, order.id) == S.PACKED
    assert figures(world, f.g.a, f.pack) == (2, 2, 0)
    order_payments.take_payment(world.ctx, f.clerk, order.id, [PaymentInput("cash", 500)])
    shipped = order_steps.ship(world.ctx, f.warehouse, order.id)
    assert shipped.state == S.SHIPPED and shipped.payment_status == "paid"
    # the goods leave ledger stock from the packing area; the shelf is untouched
    assert figures(world, f.g.a, f.pack) == (0, 0, 0)
    assert figures(world, f.g.a, f.g.main) == (8, 0, 8)
    assert (f.g.a, f.pack, -2, "ship") in order_moves(world, order.id)
    assert move_sum(world, f.g.a, f.pack) == 0
    with world.ctx.db.transaction() as s:
        assert s.scalars(select(Waybill.status).where(Waybill.order_id == order.id)).one() == (
            "shipped"
        )


@pytest.mark.parametrize("terms", ["cod", "account"])
def test_cash_on_delivery_and_account_orders_ship_unpaid(world: ShopWorld, terms: str) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1), (f.g.b, 2), payment_terms=terms)
    bring(world, order, S.PACKED)
    shipped = order_steps.ship(world.ctx, f.warehouse, order.id)
    assert shipped.state == S.SHIPPED and shipped.payment_status == "unpaid"
    assert figures(world, f.g.b, f.pack) == (0, 0, 0)
    assert figures(world, f.g.b, f.g.main) == (8, 0, 8)
    assert sorted(m for m in order_moves(world, order.id) if m[3] == "ship") == sorted(
        [(f.g.a, f.pack, -1, "ship"), (f.g.b, f.pack, -2, "ship")]
    )


def test_complete_closes_a_shipped_order_without_stock_effect(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1), payment_terms="cod")
    bring(world, order, S.SHIPPED)
    before = order_moves(world, order.id)
    done = order_steps.complete(world.ctx, f.cs, order.id)
    assert done.state == S.COMPLETED
    assert order_moves(world, order.id) == before
    assert figures(world, f.g.a, f.g.main) == (9, 0, 9)
    assert kinds(world, order.id) == [
        "placed",
        "reviewed",
        "warehouse_approved",
        "packed",
        "shipped",
        "completed",
    ]
    users = [e.user_login for e in orders.history(world.ctx, world.owner, order.id)]
    assert users[-1] == "cs"


# ---------------------------------------------------------------------------- hold


@pytest.mark.parametrize(
    "state", [S.PENDING_REVIEW, S.AWAITING_WAREHOUSE, S.WAREHOUSE_APPROVED, S.PACKED]
)
def test_hold_keeps_stock_and_release_returns_to_the_held_state(
    world: ShopWorld, state: str
) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), payment_terms="cod")
    bring(world, order, state)
    shelf, packing = figures(world, f.g.a, f.g.main), figures(world, f.g.a, f.pack)
    moves = order_moves(world, order.id)
    with pytest.raises(InvalidInput):
        order_steps.hold(world.ctx, f.cs, order.id, "   ")
    held = order_steps.hold(world.ctx, f.cs, order.id, "address unclear")
    assert (held.state, held.held_from) == (S.ON_HOLD, state)
    assert order_flow.available_steps(held.state) == ["release", "cancel"]
    for step in (order_steps.review, order_steps.approve, order_steps.ship):
        with pytest.raises(InvalidTransition):
            step(world.ctx, world.owner, order.id)
    back = order_steps.release_hold(world.ctx, f.cs, order.id, "customer called back")
    assert (back.state, back.held_from) == (state, "")
    assert figures(world, f.g.a, f.g.main) == shelf
    assert figures(world, f.g.a, f.pack) == packing
    assert order_moves(world, order.id) == moves
    events = orders.history(world.ctx, world.owner, order.id)[-2:]
    assert [(e.kind, e.from_state, e.to_state, e.reason) for e in events] == [
        ("held", state, S.ON_HOLD, "address unclear"),
        ("released", S.ON_HOLD, state, "customer called back"),
    ]


# ---------------------------------------------------------------------------- cancel


def test_cancel_in_pending_review_releases_only(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), (f.g.b, 3))
    with pytest.raises(InvalidInput):
        order_steps.cancel(world.ctx, f.cs, order.id, "  ")
    cancelled = order_steps.cancel(world.ctx, f.cs, order.id, "customer changed mind")
    assert cancelled.state == S.CANCELLED and cancelled.payment_status == "unpaid"
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.b, f.g.main) == (10, 0, 10)
    assert order_moves(world, order.id) == []
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.from_state, last.reason) == (
        "cancelled",
        S.PENDING_REVIEW,
        "customer changed mind",
    )
    with world.ctx.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "order.cancel")).one()
        assert entry.target == order.number and entry.actor_login == "cs"


def test_cancel_in_awaiting_warehouse_releases_where_the_review_put_it(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2))
    order_steps.review(world.ctx, f.cs, order.id, f.wh)
    order_steps.cancel(world.ctx, f.manager, order.id, "duplicate")
    assert figures(world, f.g.a, f.wh) == (5, 0, 5)
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert order_moves(world, order.id) == []


@pytest.mark.parametrize("state", [S.WAREHOUSE_APPROVED, S.PACKED])
def test_cancel_after_picking_returns_goods_and_voids_the_waybill(
    world: ShopWorld, state: str
) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), (f.g.b, 1), payment_terms="cod")
    bring(world, order, state)
    waybill = orders.get_order(world.ctx, world.owner, order.id).tracking_number
    world.clock.advance(minutes=5)
    cancelled = order_steps.cancel(world.ctx, f.cs, order.id, "out of date")
    assert cancelled.state == S.CANCELLED
    # picked goods went back from the packing area to the shelf with return moves
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.a, f.pack) == (0, 0, 0)
    assert figures(world, f.g.b, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.b, f.pack) == (0, 0, 0)
    returns = sorted(m for m in order_moves(world, order.id) if m[3] == "return")
    assert returns == sorted(
        [
            (f.g.a, f.pack, -2, "return"),
            (f.g.a, f.g.main, 2, "return"),
            (f.g.b, f.pack, -1, "return"),
            (f.g.b, f.g.main, 1, "return"),
        ]
    )
    for pid in (f.g.a, f.g.b):
        for loc in (f.g.main, f.pack):
            assert move_sum(world, pid, loc) == figures(world, pid, loc)[0]
    with world.ctx.db.transaction() as s:
        bill = s.scalars(select(Waybill).where(Waybill.number == waybill)).one()
        assert bill.status == "voided" and bill.voided_at == world.clock()
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert last.details == {"from": state, "voided_waybill": waybill}
    # the voided number stays on record and is never issued again
    again = place(world, (f.g.a, 2), payment_terms="cod")
    bring(world, again, S.WAREHOUSE_APPROVED)
    new_bill = orders.get_order(world.ctx, world.owner, again.id).tracking_number
    assert new_bill and new_bill != waybill
    with world.ctx.db.transaction() as s:
        statuses = dict(s.execute(select(Waybill.number, Waybill.status)).tuples().all())
    assert statuses == {waybill: "voided", new_bill: "active"}


@pytest.mark.parametrize(
    ("held_from", "picked"),
    [
        (S.PENDING_REVIEW, False),
        (S.AWAITING_WAREHOUSE, False),
        (S.WAREHOUSE_APPROVED, True),
        (S.PACKED, True),
    ],
)
def test_cancel_while_on_hold_follows_the_held_state(
    world: ShopWorld, held_from: str, picked: bool
) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 3), payment_terms="cod")
    bring(world, order, held_from)
    order_steps.hold(world.ctx, f.cs, order.id, "problem")
    cancelled = order_steps.cancel(world.ctx, f.cs, order.id, "gave up")
    assert (cancelled.state, cancelled.held_from) == (S.CANCELLED, "")
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.a, f.pack) == (0, 0, 0)
    reasons = sorted({m[3] for m in order_moves(world, order.id)})
    assert reasons == (["pick", "return"] if picked else [])
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert last.from_state == S.ON_HOLD and last.details["from"] == held_from


@pytest.mark.parametrize("state", [S.SHIPPED, S.COMPLETED])
def test_cancel_after_shipping_is_refused_naming_after_sales(world: ShopWorld, state: str) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1), payment_terms="cod")
    bring(world, order, state)
    moves = order_moves(world, order.id)
    with pytest.raises(InvalidTransition) as err:
        order_steps.cancel(world.ctx, world.owner, order.id, "too late")
    assert "after-sales" in err.value.message and order.number in err.value.message
    assert state_of(world, order.id) == state
    assert order_moves(world, order.id) == moves
    assert not order_flow.can_cancel(state)


def test_cancel_refunds_what_was_paid_by_the_same_methods(world: ShopWorld) -> None:
    f = floor(world)
    pays = (PaymentInput("cash", 500), PaymentInput("card", 1500))
    order = place(world, (f.g.a, 2), payments=pays)
    cancelled = order_steps.cancel(world.ctx, f.cs, order.id, "out of stock elsewhere")
    assert cancelled.paid_minor == 0 and cancelled.payment_status == "refunded"
    refunds = sorted((p.method, p.amount_minor) for p in cancelled.payments if p.amount_minor < 0)
    assert refunds == [("card", -1500), ("cash", -500)]
    assert kinds(world, order.id)[-2:] in (["cancelled", "refund"], ["refund", "cancelled"])


def test_cancel_without_refund_leaves_refund_due(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1), payments=(PaymentInput("card", 1000),))
    cancelled = order_steps.cancel(world.ctx, f.cs, order.id, "later", refund=False)
    assert cancelled.paid_minor == 1000 and cancelled.payment_status == "refund_due"
    refunded = order_payments.refund(world.ctx, f.finance, order.id, "card", 1000, "cancelled")
    assert refunded.paid_minor == 0 and refunded.payment_status == "refunded"
    with world.ctx.db.transaction() as s:
        amounts = sorted(s.scalars(select(Payment.amount_minor)))
    assert amounts == [-1000, 1000]


def test_cancelled_order_takes_no_payment(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1))
    order_steps.cancel(world.ctx, f.cs, order.id, "x")
    with pytest.raises(InvalidTransition):
        order_payments.take_payment(world.ctx, f.clerk, order.id, [PaymentInput("card", 100)])


def test_second_cancel_is_refused(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2))
    order_steps.cancel(world.ctx, f.cs, order.id, "first")
    with pytest.raises(InvalidTransition):
        order_steps.cancel(world.ctx, f.manager, order.id, "second")
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert kinds(world, order.id).count("cancelled") == 1


def test_two_desks_cancelling_at_once_release_once(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 2), payment_terms="cod")
    bring(world, order, S.WAREHOUSE_APPROVED)
    gate = threading.Barrier(2)
    outcomes: list[str] = []

    def cancel(actor: Actor) -> None:
        gate.wait()
        try:
            order_steps.cancel(world.ctx, actor, order.id, "race")
            outcomes.append("ok")
        except (InvalidTransition, Conflict):
            outcomes.append("refused")
        except KnownError as exc:  # pragma: no cover - reported for diagnosis
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=cancel, args=(a,)) for a in (f.cs, f.manager)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "refused"]
    assert figures(world, f.g.a, f.g.main) == (10, 0, 10)
    assert figures(world, f.g.a, f.pack) == (0, 0, 0)
    assert sum(1 for m in order_moves(world, order.id) if m[3] == "return") == 2


# ---------------------------------------------------------------------------- permissions


def test_each_step_checks_its_permission(world: ShopWorld) -> None:
    f = floor(world)
    order = place(world, (f.g.a, 1), payment_terms="cod")
    ctx = world.ctx

    def refused(fn: Callable[..., object], actor: Actor, *args: object) -> None:
        with pytest.raises(NotPermitted):
            fn(ctx, actor, order.id, *args)

    refused(order_steps.review, f.warehouse)  # warehouse staff cannot review
    refused(order_steps.review, f.clerk)
    refused(order_steps.cancel, f.clerk, "no")  # a clerk cannot cancel
    refused(order_steps.cancel, f.warehouse, "no")
    refused(order_steps.hold, f.warehouse, "no")
    order_steps.review(ctx, f.cs, order.id)
    refused(order_steps.approve, f.cs)  # customer service cannot approve for the warehouse
    refused(order_steps.approve, f.clerk)
    order_steps.approve(ctx, f.warehouse, order.id)
    refused(order_steps.pack, f.manager)  # a manager does not pack
    refused(order_steps.pack, f.cs)
    order_steps.pack(ctx, f.warehouse, order.id, unverified_reason="x")
    refused(order_steps.ship, f.clerk)
    refused(order_steps.ship, f.finance)
    order_steps.ship(ctx, f.warehouse, order.id)
    refused(order_steps.complete, f.warehouse)
    refused(order_steps.complete, f.finance)
    order_steps.complete(ctx, f.cs, order.id)
    assert state_of(world, order.id) == S.COMPLETED
    other = place(world, (f.g.a, 1))
    order_steps.hold(ctx, f.cs, other.id, "x")
    with pytest.raises(NotPermitted):
        order_steps.release_hold(ctx, f.warehouse, other.id)
    assert state_of(world, other.id) == S.ON_HOLD


def test_every_step_from_every_state_follows_the_flow(world: ShopWorld) -> None:
    """Each step succeeds exactly from the states ``order_flow.STEPS`` lists, and a
    refused step leaves state and stock as they were."""
    f = floor(world)
    ctx, owner = world.ctx, world.owner
    calls: dict[str, Callable[[str], OrderInfo]] = {
        "review": lambda oid: order_steps.review(ctx, owner, oid),
        "approve": lambda oid: order_steps.approve(ctx, owner, oid),
        "pack": lambda oid: order_steps.pack(ctx, owner, oid, unverified_reason="x"),
        "ship": lambda oid: order_steps.ship(ctx, owner, oid),
        "complete": lambda oid: order_steps.complete(ctx, owner, oid),
        "hold": lambda oid: order_steps.hold(ctx, owner, oid, "x"),
        "release": lambda oid: order_steps.release_hold(ctx, owner, oid),
        "cancel": lambda oid: order_steps.cancel(ctx, owner, oid, "x"),
    }
    put_stock(world, f.g.a, f.g.main, 200)
    for state in S:
        for step, call in calls.items():
            order = place(world, (f.g.a, 1), payment_terms="cod")
            bring(world, order, state)
            shelf, packing = figures(world, f.g.a, f.g.main), figures(world, f.g.a, f.pack)
            if order_flow.can(step, state):
                after = call(order.id)
                target = order_flow.STEPS[step].target or S.PENDING_REVIEW
                assert after.state == target, (step, state)
            else:
                with pytest.raises(InvalidTransition):
                    call(order.id)
                assert state_of(world, order.id) == state, (step, state)
                assert figures(world, f.g.a, f.g.main) == shelf
                assert figures(world, f.g.a, f.pack) == packing


def test_steps_on_a_missing_order_are_refused(world: ShopWorld) -> None:
    floor(world)
    with pytest.raises(NotFound):
        order_steps.review(world.ctx, world.owner, "no-such-order")
    with pytest.raises(NotFound):
        order_steps.cancel(world.ctx, world.owner, "no-such-order", "x")
