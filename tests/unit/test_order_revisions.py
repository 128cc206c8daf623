"""Order revisions (ORD-4): applied at once before review, an approval request after it,
refused after warehouse approval; every revision recorded with who, when, what and why
— on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from merchant_app.errors import Conflict, InvalidInput, InvalidTransition, NotPermitted
from merchant_app.models import ApprovalRequest, AuditEntry
from merchant_app.services import approvals, order_steps, orders
from merchant_app.services.order_revisions import KIND, RevisionResult, modify_order
from merchant_app.services.orders import LineInput, OrderInfo, PaymentInput
from merchant_app.services.permissions import CUSTOMER_SERVICE, MANAGER, SALES_CLERK, WAREHOUSE
from merchant_app.services.stock import InsufficientStock
from tests.factories import ShopWorld
from tests.stock_factories import add_product, put_stock
from tests.unit.test_orders import Goods, figures, place, set_product, stocked


def snapshot(world: ShopWorld, order_id: str) -> tuple[OrderInfo, int]:
    """The order as stored and the number of its history entries."""
    info = orders.get_order(world.ctx, world.owner, order_id)
    return info, len(orders.history(world.ctx, world.owner, order_id))


def requests(world: ShopWorld) -> int:
    with world.ctx.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(ApprovalRequest)) or 0)


def lines_of(info: OrderInfo) -> list[tuple[str, int, int, int]]:
    return [(ln.sku, ln.quantity, ln.unit_price_minor, ln.discount_minor) for ln in info.lines]


def reviewed(world: ShopWorld, g: Goods, *lines: tuple[str, int], **draft: Any) -> OrderInfo:
    order = place(world, *lines, **draft)
    return order_steps.review(world.ctx, world.owner, order.id)


# ---------------------------------------------------------------------------- before review


def test_pending_order_is_revised_at_once_and_recorded(world: ShopWorld) -> None:
    g = stocked(world)
    c = add_product(world, "C1", cost_minor=50)
    put_stock(world, c, g.main, 10)
    clerk = world.add_user("clerk", SALES_CLERK)
    order = place(world, (g.a, 2), (g.b, 3), actor=clerk)
    world.clock.advance(minutes=3)
    result = modify_order(
        world.ctx,
        clerk,
        order.id,
        (LineInput(g.a, 5), LineInput(c, 2, discount_minor=20)),
        "  customer wants more A, no B  ",
    )
    assert isinstance(result, RevisionResult)
    assert result.applied and result.approval_id is None
    revised = result.order
    assert revised.revision == 1 and revised.state == "pending_review"
    assert lines_of(revised) == [("A1", 5, 1000, 0), ("C1", 2, 100, 20)]
    assert revised.subtotal_minor == revised.total_minor == 5000 + 180
    assert orders.get_order(world.ctx, world.owner, order.id) == revised
    # reservations follow the difference per product
    assert figures(world, g.a, g.main) == (10, 5, 5)
    assert figures(world, g.b, g.main) == (10, 0, 10)
    assert figures(world, c, g.main) == (10, 2, 8)
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.user_login, last.reason, last.at) == (
        "revised",
        "clerk",
        "customer wants more A, no B",
        world.clock(),
    )
    assert last.details["revision"] == 1
    assert last.details["before"] == [
        {"sku": "A1", "qty": 2, "price": 1000, "discount": 0},
        {"sku": "B1", "qty": 3, "price": 600, "discount": 0},
    ]
    assert last.details["after"] == [
        {"sku": "A1", "qty": 5, "price": 1000, "discount": 0},
        {"sku": "C1", "qty": 2, "price": 100, "discount": 20},
    ]
    assert (last.details["total_before"], last.details["total_after"]) == (3800, 5180)
    with world.ctx.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "order.modify")).one()
        assert entry.target == order.number and entry.actor_login == "clerk"
    # a second revision counts on
    again = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 1),), "less after all")
    assert again.order.revision == 2 and figures(world, g.a, g.main) == (10, 1, 9)
    assert figures(world, c, g.main) == (10, 0, 10)


def test_revision_short_of_stock_changes_nothing(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), (g.b, 3))
    before = snapshot(world, order.id)
    with pytest.raises(InsufficientStock) as err:
        # B goes down (released first), A goes up beyond what is sellable
        modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 11), LineInput(g.b, 1)), "x")
    assert err.value.params["sku"] == "A1"
    assert snapshot(world, order.id) == before
    assert figures(world, g.a, g.main) == (10, 2, 8)
    assert figures(world, g.b, g.main) == (10, 3, 7)


def test_revision_input_is_checked(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2))
    before = snapshot(world, order.id)
    one = (LineInput(g.a, 1),)
    with pytest.raises(InvalidInput) as err:
        modify_order(world.ctx, world.owner, order.id, one, "   ")
    assert err.value.params["field"] == "reason"
    with pytest.raises(InvalidInput):
        modify_order(world.ctx, world.owner, order.id, (), "empty")
    with pytest.raises(InvalidInput):
        modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 0),), "zero")
    with pytest.raises(InvalidInput):  # the same lines: nothing to record
        modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 2),), "same")
    with pytest.raises(InvalidInput):
        modify_order(world.ctx, world.owner, order.id, one, "x", order_discount_minor=-5)
    with pytest.raises(InvalidInput):  # discount larger than the goods
        modify_order(world.ctx, world.owner, order.id, one, "x", order_discount_minor=1001)
    gone = add_product(world, "OLD", status="delisted")
    with pytest.raises(InvalidInput):
        modify_order(world.ctx, world.owner, order.id, (LineInput(gone, 1),), "x")
    warehouse = world.add_user("wh", WAREHOUSE)
    with pytest.raises(NotPermitted):
        modify_order(world.ctx, warehouse, order.id, one, "x")
    assert snapshot(world, order.id) == before
    assert figures(world, g.a, g.main) == (10, 2, 8)


def test_revision_respects_the_discount_floor(world: ShopWorld) -> None:
    g = stocked(world)
    clerk = world.add_user("clerk", SALES_CLERK)
    order = place(world, (g.a, 2), actor=clerk)
    two = (LineInput(g.a, 2),)
    with pytest.raises(NotPermitted):
        modify_order(world.ctx, clerk, order.id, two, "deal", order_discount_minor=600)
    ok = modify_order(world.ctx, clerk, order.id, two, "small deal", order_discount_minor=200)
    assert ok.order.discount_minor == 200 and ok.order.total_minor == 1800
    # without a new discount the order keeps its own
    kept = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 3),), "one more")
    assert kept.order.discount_minor == 200 and kept.order.total_minor == 2800
    boss = world.add_user("boss", MANAGER)
    big = modify_order(world.ctx, boss, order.id, two, "manager deal", order_discount_minor=600)
    assert big.order.total_minor == 1400
    with world.ctx.db.transaction() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.actor_login == "boss")))
    assert "order.discount_override" in actions


def test_revision_recomputes_delivery_fees(world: ShopWorld) -> None:
    g = stocked(world, qty_a=100)
    set_product(world, g.a, weight_g=1500)
    to: dict[str, Any] = {
        "ship_address": "2 Low Rd",
        "delivery_method": "carrier",
        "ship_zone": "remote",
    }
    order = place(world, (g.a, 2), insured=True, **to)
    assert (order.shipping_fee_minor, order.extra_fees_minor) == (2900, 110)
    # 4 × 1.5 kg = 6 kg: 800 + 5 × 300 + remote 1500; insurance 0.5 % of 4000
    more = modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 4),), "more").order
    assert (more.shipping_fee_minor, more.extra_fees_minor) == (3800, 120)
    assert more.total_minor == 4000 + 3800 + 120
    # above 300.00 of goods shipping is free; packaging and insurance stay
    free = modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 30),), "bulk").order
    assert (free.shipping_fee_minor, free.extra_fees_minor) == (0, 100 + 150)
    # a fee set by hand at placing is kept
    manual = place(world, (g.a, 1), shipping_fee_minor=0, **to)
    kept = modify_order(world.ctx, world.owner, manual.id, (LineInput(g.a, 2),), "two").order
    assert kept.shipping_fee_minor == 0 and kept.extra_fees_minor == 100


def test_revision_recomputes_the_payment_status(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), payments=(PaymentInput("card", 2000),))
    assert order.payment_status == "paid"
    less = modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 1),), "one less")
    assert less.order.total_minor == 1000 and less.order.paid_minor == 2000
    assert less.order.payment_status == "refund_due" and less.order.balance_minor == -1000
    more = modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 3),), "three")
    assert more.order.payment_status == "partial" and more.order.balance_minor == 1000


# ---------------------------------------------------------------------------- after review


def test_after_review_a_modification_waits_for_approval(world: ShopWorld) -> None:
    g = stocked(world)
    cs = world.add_user("cs", CUSTOMER_SERVICE)
    boss = world.add_user("boss", MANAGER)
    order = reviewed(world, g, (g.a, 2), (g.b, 1))
    before = orders.get_order(world.ctx, world.owner, order.id)
    result = modify_order(world.ctx, cs, order.id, (LineInput(g.a, 4),), "customer called")
    assert not result.applied and result.approval_id
    assert result.order == before  # nothing changed yet
    assert figures(world, g.a, g.main) == (10, 2, 8)
    assert figures(world, g.b, g.main) == (10, 1, 9)
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.user_login, last.reason) == (
        "revision requested",
        "cs",
        "customer called",
    )
    assert last.details["approval"] == result.approval_id
    assert last.details["after"] == [{"sku": "A1", "qty": 4, "price": 1000, "discount": 0}]
    pending = approvals.list_requests(world.ctx, boss)
    assert [(r.id, r.kind, r.requested_by) for r in pending] == [(result.approval_id, KIND, "cs")]
    assert order.number in pending[0].summary
    # customer service may ask but not approve
    with pytest.raises(NotPermitted):
        approvals.decide(world.ctx, cs, result.approval_id, approve=True)

    world.clock.advance(minutes=10)
    decided = approvals.decide(world.ctx, boss, result.approval_id, approve=True, note="fine")
    assert decided.status == approvals.APPROVED
    after = orders.get_order(world.ctx, world.owner, order.id)
    assert after.revision == 1 and after.state == "awaiting_warehouse"
    assert lines_of(after) == [("A1", 4, 1000, 0)] and after.total_minor == 4000
    assert figures(world, g.a, g.main) == (10, 4, 6)
    assert figures(world, g.b, g.main) == (10, 0, 10)
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert (last.kind, last.user_login, last.reason, last.at) == (
        "revised",
        "boss",
        "customer called",
        world.clock(),
    )
    assert last.details["requested_by"] == "cs" and last.details["approved_by"] == "boss"
    # applied exactly once
    with pytest.raises(Conflict):
        approvals.decide(world.ctx, boss, result.approval_id, approve=True)
    # the approved order goes on to the warehouse with its new lines
    order_steps.approve(world.ctx, world.owner, order.id)
    assert figures(world, g.a, g.main) == (6, 0, 6)


def test_requester_who_may_approve_gets_it_applied_at_once(world: ShopWorld) -> None:
    g = stocked(world)
    boss = world.add_user("boss", MANAGER)
    order = reviewed(world, g, (g.a, 2))
    result = modify_order(world.ctx, boss, order.id, (LineInput(g.b, 1),), "swap")
    assert result.applied and result.approval_id
    assert result.order.revision == 1 and lines_of(result.order) == [("B1", 1, 600, 0)]
    assert figures(world, g.a, g.main) == (10, 0, 10)
    assert figures(world, g.b, g.main) == (10, 1, 9)
    done = approvals.list_requests(world.ctx, boss, status=approvals.APPROVED)
    assert [r.id for r in done] == [result.approval_id]
    last = orders.history(world.ctx, world.owner, order.id)[-1]
    assert last.kind == "revised" and last.details["approved_by"] == "boss"


def test_refused_approval_changes_nothing(world: ShopWorld) -> None:
    g = stocked(world)
    clerk = world.add_user("clerk", SALES_CLERK)
    boss = world.add_user("boss", MANAGER)
    order = reviewed(world, g, (g.a, 2))
    result = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 3),), "more")
    before = snapshot(world, order.id)
    refused = approvals.decide(world.ctx, boss, result.approval_id or "", approve=False, note="no")
    assert refused.status == approvals.REFUSED
    assert snapshot(world, order.id) == before
    assert figures(world, g.a, g.main) == (10, 2, 8)


def test_request_short_of_stock_is_refused_before_asking(world: ShopWorld) -> None:
    g = stocked(world)
    clerk = world.add_user("clerk", SALES_CLERK)
    order = reviewed(world, g, (g.a, 2))
    before = snapshot(world, order.id)
    with pytest.raises(InsufficientStock):
        modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 11),), "too many")
    with pytest.raises(InvalidInput):
        modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 2),), "the same")
    assert snapshot(world, order.id) == before and requests(world) == 0
    # a discount beyond the floor may be asked for: the approver vouches for it
    asked = modify_order(
        world.ctx, clerk, order.id, (LineInput(g.a, 2),), "deal", order_discount_minor=800
    )
    assert not asked.applied and requests(world) == 1


def test_stale_approval_is_refused(world: ShopWorld) -> None:
    g = stocked(world)
    clerk = world.add_user("clerk", SALES_CLERK)
    boss = world.add_user("boss", MANAGER)
    order = reviewed(world, g, (g.a, 2), payment_terms="cod")
    first = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 3),), "three")
    second = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 1),), "one")
    approvals.decide(world.ctx, boss, first.approval_id or "", approve=True)
    assert figures(world, g.a, g.main) == (10, 3, 7)
    # the second was asked at revision 0; the order is at revision 1 now
    before = snapshot(world, order.id)
    with pytest.raises(Conflict) as err:
        approvals.decide(world.ctx, boss, second.approval_id or "", approve=True)
    assert err.value.params["revision"] == 1
    assert snapshot(world, order.id) == before
    # an order the warehouse approved meanwhile is not modified either
    third = modify_order(world.ctx, clerk, order.id, (LineInput(g.a, 2),), "two")
    order_steps.approve(world.ctx, world.owner, order.id)
    moved_on = snapshot(world, order.id)
    with pytest.raises(Conflict):
        approvals.decide(world.ctx, boss, third.approval_id or "", approve=True)
    assert snapshot(world, order.id) == moved_on
    assert figures(world, g.a, g.main) == (7, 0, 7)
    # the stale requests stay pending until someone refuses them
    pending = {r.id for r in approvals.list_requests(world.ctx, boss)}
    assert pending == {second.approval_id, third.approval_id}


# ---------------------------------------------------------------------------- later


@pytest.mark.parametrize(
    ("state", "words"),
    [
        ("warehouse_approved", "cancel it and enter a new order"),
        ("packed", "cancel it and enter a new order"),
        ("shipped", "after-sales"),
        ("completed", "after-sales"),
        ("cancelled", "cannot be modified"),
        ("on_hold", "release the hold"),
    ],
)
def test_later_states_cannot_be_modified(world: ShopWorld, state: str, words: str) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), payment_terms="cod")
    ctx, owner = world.ctx, world.owner
    steps = {
        "warehouse_approved": ["review", "approve"],
        "packed": ["review", "approve", "pack"],
        "shipped": ["review", "approve", "pack", "ship"],
        "completed": ["review", "approve", "pack", "ship", "complete"],
        "cancelled": ["cancel"],
        "on_hold": ["hold"],
    }[state]
    for step in steps:
        if step == "pack":
            order_steps.pack(ctx, owner, order.id, unverified_reason="x")
        elif step in ("cancel", "hold"):
            getattr(order_steps, step)(ctx, owner, order.id, "x")
        else:
            getattr(order_steps, step)(ctx, owner, order.id)
    before = snapshot(world, order.id)
    with pytest.raises(InvalidTransition) as err:
        modify_order(ctx, owner, order.id, (LineInput(g.a, 1),), "too late")
    assert words in err.value.message and order.number in err.value.message
    assert snapshot(world, order.id) == before
    assert requests(world) == 0


def test_held_after_picking_says_cancel_and_re_enter(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2))
    order_steps.review(world.ctx, world.owner, order.id)
    order_steps.approve(world.ctx, world.owner, order.id)
    order_steps.hold(world.ctx, world.owner, order.id, "x")
    with pytest.raises(InvalidTransition) as err:
        modify_order(world.ctx, world.owner, order.id, (LineInput(g.a, 1),), "late")
    assert "cancel it" in err.value.message
