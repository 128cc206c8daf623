"""Placing orders (ORD-1, ORD-5, ORD-7): reservations per line, refusals that write
nothing, the discount floor, payments and delivery fees — on SQLite and PostgreSQL.

The small helpers at the top are shared by the other order test modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select, update

from merchant_app.errors import InvalidInput, NotFound, NotPermitted
from merchant_app.models import AuditEntry, OrderLine, Payment, Product, SalesOrder, StockMove
from merchant_app.services import delivery, members, orders, stock
from merchant_app.services.context import Actor
from merchant_app.services.orders import (
    MAX_QTY,
    LineInput,
    OrderDraft,
    OrderInfo,
    PaymentInput,
    phone_key,
)
from merchant_app.services.permissions import MANAGER, SALES_CLERK
from merchant_app.services.stock import InsufficientStock
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

# ---------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Goods:
    """Two listed products with stock at the main location: A sells at 1000, B at 600."""

    main: str
    a: str
    b: str


def stocked(world: ShopWorld, qty_a: int = 10, qty_b: int = 10) -> Goods:
    main = main_location(world)
    a = add_product(world, "A1", cost_minor=500)
    b = add_product(world, "B1", cost_minor=300)
    put_stock(world, a, main, qty_a)
    put_stock(world, b, main, qty_b)
    return Goods(main, a, b)


def figures(world: ShopWorld, product_id: str, location_id: str) -> tuple[int, int, int]:
    """(on hand, reserved, sellable) of a product at a location, as the stock screen reads
    them."""
    rows = {r.location_id: r for r in stock.levels(world.ctx, world.owner, product_id)}
    r = rows.get(location_id)
    return (r.on_hand, r.reserved, r.sellable) if r else (0, 0, 0)


def totals(world: ShopWorld, product_id: str) -> tuple[int, int, int]:
    t = stock.totals(world.ctx, world.owner, [product_id])[product_id]
    return (t.on_hand, t.reserved, t.sellable)


def order_moves(world: ShopWorld, order_id: str) -> list[tuple[str, str, int, str]]:
    """The order's stock moves as (product, location, quantity, reason), in writing order."""
    with world.ctx.db.transaction() as s:
        rows = s.execute(
            select(
                StockMove.product_id, StockMove.location_id, StockMove.quantity, StockMove.reason
            )
            .where(StockMove.doc_type == "order", StockMove.doc_id == order_id)
            .order_by(StockMove.id)
        )
        return [(p, loc, q, r) for p, loc, q, r in rows]


def move_sum(world: ShopWorld, product_id: str, location_id: str) -> int:
    with world.ctx.db.transaction() as s:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
                    StockMove.product_id == product_id, StockMove.location_id == location_id
                )
            )
        )


def counts(world: ShopWorld) -> tuple[int, int, int]:
    """(orders, lines, payments) in the database."""
    with world.ctx.db.transaction() as s:
        return (
            int(s.scalar(select(func.count()).select_from(SalesOrder)) or 0),
            int(s.scalar(select(func.count()).select_from(OrderLine)) or 0),
            int(s.scalar(select(func.count()).select_from(Payment)) or 0),
        )


def set_product(world: ShopWorld, product_id: str, **values: object) -> None:
    with world.ctx.db.transaction() as s:
        s.execute(update(Product).where(Product.id == product_id).values(**values))


def place(
    world: ShopWorld,
    *lines: tuple[str, int],
    actor: Actor | None = None,
    payments: tuple[PaymentInput, ...] = (),
    **draft: Any,
) -> OrderInfo:
    """Place an order of (product, quantity) lines at the catalog price."""
    return orders.place_order(
        world.ctx,
        actor or world.owner,
        OrderDraft(lines=tuple(LineInput(p, q) for p, q in lines), **draft),
        payments,
    )


# ---------------------------------------------------------------------------- reservations


def test_placing_reserves_each_line_at_the_order_location(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), (g.b, 3))
    assert order.state == "pending_review" and order.revision == 0
    assert order.location_id == g.main and order.location_code == "MAIN"
    assert [(ln.sku, ln.quantity, ln.unit_price_minor) for ln in order.lines] == [
        ("A1", 2, 1000),
        ("B1", 3, 600),
    ]
    assert order.subtotal_minor == order.total_minor == 2 * 1000 + 3 * 600
    assert figures(world, g.a, g.main) == (10, 2, 8)
    assert figures(world, g.b, g.main) == (10, 3, 7)
    assert totals(world, g.a) == (10, 2, 8)
    assert order_moves(world, order.id) == []  # a reservation is not ledger stock
    again = orders.get_order(world.ctx, world.owner, order.id)
    assert again.lines == order.lines and again.total_minor == order.total_minor
    events = orders.history(world.ctx, world.owner, order.id)
    assert [(e.kind, e.to_state, e.user_login) for e in events] == [
        ("placed", "pending_review", "owner")
    ]


def test_same_product_on_two_lines_reserves_the_sum(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), (g.a, 5))
    assert [ln.quantity for ln in order.lines] == [2, 5]
    assert figures(world, g.a, g.main) == (10, 7, 3)
    with pytest.raises(InsufficientStock):
        place(world, (g.a, 2), (g.a, 2))  # 4 asked, 3 sellable
    assert figures(world, g.a, g.main) == (10, 7, 3)


def test_unknown_product_is_refused_naming_the_line(world: ShopWorld) -> None:
    g = stocked(world)
    with pytest.raises(NotFound) as err:
        place(world, (g.a, 1), ("no-such-product", 1))
    assert err.value.params["line"] == 2
    assert counts(world) == (0, 0, 0)
    assert figures(world, g.a, g.main) == (10, 0, 10)


def test_parent_product_is_refused(world: ShopWorld) -> None:
    g = stocked(world)
    parent = add_product(world, "SHIRT")
    set_product(world, parent, is_parent=True)
    with pytest.raises(InvalidInput) as err:
        place(world, (g.a, 1), (parent, 1))
    assert err.value.params["sku"] == "SHIRT" and err.value.params["field"] == "product"
    assert counts(world) == (0, 0, 0)


def test_delisted_and_draft_products_are_refused(world: ShopWorld) -> None:
    g = stocked(world)
    gone = add_product(world, "OLD", status="delisted")
    put_stock(world, gone, g.main, 5)
    draft = add_product(world, "NEW", status="draft")
    for pid, sku in ((gone, "OLD"), (draft, "NEW")):
        with pytest.raises(InvalidInput) as err:
            place(world, (pid, 1))
        assert err.value.params["sku"] == sku
    assert counts(world) == (0, 0, 0)
    assert figures(world, gone, g.main) == (5, 0, 5)


@pytest.mark.parametrize("qty", [0, -1, MAX_QTY + 1, 10**12])
def test_bad_quantities_are_refused(world: ShopWorld, qty: int) -> None:
    g = stocked(world)
    with pytest.raises(InvalidInput) as err:
        place(world, (g.a, 1), (g.b, qty))
    assert err.value.params["line"] == 2 and err.value.params["field"] == "quantity"
    assert counts(world) == (0, 0, 0)
    assert figures(world, g.a, g.main) == (10, 0, 10)


def test_an_order_needs_lines(world: ShopWorld) -> None:
    stocked(world)
    with pytest.raises(InvalidInput):
        place(world)
    assert counts(world) == (0, 0, 0)


def test_insufficient_stock_writes_nothing(world: ShopWorld) -> None:
    g = stocked(world, qty_a=10, qty_b=2)
    with pytest.raises(InsufficientStock) as err:
        place(world, (g.a, 4), (g.b, 3), payments=(PaymentInput("card", 100),))
    assert err.value.params == {"sku": "B1", "location": "MAIN", "available": 2, "asked": 3}
    assert counts(world) == (0, 0, 0)  # no order row, no line, no payment
    assert figures(world, g.a, g.main) == (10, 0, 10)  # A's reservation rolled back
    assert figures(world, g.b, g.main) == (2, 0, 2)
    # the number was not used up either: the next order takes it
    first = place(world, (g.a, 1))
    assert first.number.endswith("000001")


def test_backorder_product_may_be_sold_beyond_stock(world: ShopWorld) -> None:
    g = stocked(world)
    pre = add_product(world, "PRE", cost_minor=1000, allow_backorder=True)
    put_stock(world, pre, g.main, 2)
    order = place(world, (pre, 5))
    assert figures(world, pre, g.main) == (2, 5, -3)
    nothing = add_product(world, "PRE2", allow_backorder=True)
    place(world, (nothing, 1))  # no stock row at all yet
    assert figures(world, nothing, g.main) == (0, 1, -1)
    assert order.total_minor == 5 * 2000


# ---------------------------------------------------------------------------- discounts


def _audit(world: ShopWorld, action: str) -> list[AuditEntry]:
    with world.ctx.db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        s.expunge_all()
        return rows


def test_discount_above_the_floor_needs_a_manager(world: ShopWorld) -> None:
    g = stocked(world)
    clerk = world.add_user("clerk", SALES_CLERK)
    boss = world.add_user("boss", MANAGER)
    # 20 % is the default floor: 2 × 1000 with 300 off is 15 %, allowed
    ok = place(world, (g.a, 2), actor=clerk, order_discount_minor=300)
    assert ok.discount_minor == 300 and ok.total_minor == 1700
    with pytest.raises(NotPermitted) as err:
        place(world, (g.a, 2), actor=clerk, order_discount_minor=500)  # 25 %
    assert err.value.params["permission"] == "discount.approve"
    # a lowered price counts as discount too
    lowered = (LineInput(g.a, 1, unit_price_minor=700),)
    with pytest.raises(NotPermitted):
        orders.place_order(world.ctx, clerk, OrderDraft(lines=lowered))
    assert counts(world)[0] == 1
    assert figures(world, g.a, g.main) == (10, 2, 8)
    assert _audit(world, "order.discount_override") == []

    approved = orders.place_order(
        world.ctx,
        clerk,
        OrderDraft(lines=(LineInput(g.a, 2),), order_discount_minor=500),
        discount_approver=boss,
    )
    assert approved.total_minor == 1500 and approved.created_by == "clerk"
    entries = _audit(world, "order.discount_override")
    assert len(entries) == 1
    assert entries[0].actor_login == "boss" and entries[0].target == approved.number
    # a clerk cannot vouch for another clerk
    other = world.add_user("clerk2", SALES_CLERK)
    with pytest.raises(NotPermitted):
        orders.place_order(
            world.ctx,
            clerk,
            OrderDraft(lines=(LineInput(g.a, 1),), order_discount_minor=500),
            discount_approver=other,
        )


def test_order_discount_larger_than_goods_is_refused(world: ShopWorld) -> None:
    g = stocked(world)
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), order_discount_minor=1001)
    with pytest.raises(InvalidInput):
        orders.place_order(
            world.ctx,
            world.owner,
            OrderDraft(lines=(LineInput(g.a, 1, discount_minor=1001),)),
        )
    assert counts(world) == (0, 0, 0)


# ---------------------------------------------------------------------------- payments


def test_split_payments_and_partial_payment(world: ShopWorld) -> None:
    g = stocked(world)
    pays = (PaymentInput("cash", 1000), PaymentInput("card", 1200, reference="AUTH-1"))
    order = place(world, (g.a, 1), (g.b, 2), payments=pays)
    assert order.total_minor == 2200 and order.paid_minor == 2200
    assert order.payment_status == "paid" and order.balance_minor == 0
    assert [(p.method, p.amount_minor) for p in order.payments] == [("cash", 1000), ("card", 1200)]
    part = place(world, (g.a, 1), payments=(PaymentInput("wallet", 400),))
    assert part.payment_status == "partial" and part.balance_minor == 600
    stored = orders.get_order(world.ctx, world.owner, part.id)
    assert stored.paid_minor == 400 and stored.payment_status == "partial"


def test_cash_tendered_gives_change(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 2), (g.b, 1), payments=(PaymentInput("cash", 2600, 5000),))
    assert order.payments[0].tendered_minor == 5000
    assert order.payments[0].change_minor == 2400 and order.change_minor == 2400
    assert order.paid_minor == 2600 and order.payment_status == "paid"
    with pytest.raises(InvalidInput):  # tendered less than the amount
        place(world, (g.a, 1), payments=(PaymentInput("cash", 1000, 500),))
    with pytest.raises(InvalidInput):  # only cash is tendered
        place(world, (g.a, 1), payments=(PaymentInput("card", 1000, 2000),))
    assert counts(world) == (1, 2, 1)


def test_overpayment_is_refused_with_nothing_written(world: ShopWorld) -> None:
    g = stocked(world)
    with pytest.raises(InvalidInput) as err:
        place(world, (g.a, 1), payments=(PaymentInput("card", 1001),))
    assert err.value.params["field"] == "amount"
    with pytest.raises(InvalidInput):  # split payments adding up to more than owed
        place(world, (g.a, 1), payments=(PaymentInput("card", 600), PaymentInput("cash", 600)))
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), payments=(PaymentInput("card", 0),))
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), payments=(PaymentInput("cheque", 100),))
    assert counts(world) == (0, 0, 0)
    assert figures(world, g.a, g.main) == (10, 0, 10)


def test_store_credit_and_points_need_a_member(world: ShopWorld) -> None:
    g = stocked(world)
    for method in ("store_credit", "points"):
        with pytest.raises(InvalidInput):
            place(world, (g.a, 1), payments=(PaymentInput(method, 500),))
    assert counts(world) == (0, 0, 0)
    member = members.register_member(
        world.ctx, world.owner, members.MemberInput(name="Mei", phone="13800138000")
    )
    order = place(
        world, (g.a, 1), payments=(PaymentInput("store_credit", 500),), member_id=member.id
    )
    assert order.paid_minor == 500 and order.member_id == member.id
    with pytest.raises(NotFound):  # an order never names a member who is not there
        place(world, (g.a, 1), member_id="member-1")


def test_payments_need_the_payment_permission(world: ShopWorld) -> None:
    g = stocked(world)
    service = world.add_user("cs", "Customer service")  # no order.create at all
    with pytest.raises(NotPermitted):
        place(world, (g.a, 1), actor=service)
    assert counts(world) == (0, 0, 0)


def test_unknown_payment_terms_are_refused(world: ShopWorld) -> None:
    g = stocked(world)
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), payment_terms="later")
    assert counts(world) == (0, 0, 0)


# ---------------------------------------------------------------------------- delivery


def test_carrier_fee_by_weight_zone_packaging_and_insurance(world: ShopWorld) -> None:
    g = stocked(world)
    set_product(world, g.a, weight_g=1500)
    to: dict[str, Any] = {"ship_address": "2 Low Rd", "delivery_method": "carrier"}
    # 2 × 1.5 kg = 3 kg: base 800 (first kg) + 2 × 300; packaging 100
    plain = place(world, (g.a, 2), **to)
    assert (plain.shipping_fee_minor, plain.extra_fees_minor) == (1400, 100)
    assert plain.total_minor == 2000 + 1400 + 100
    remote = place(world, (g.a, 2), ship_zone="remote", insured=True, **to)
    # zone surcharge 1500; insurance 0.5 % of the goods (2000) = 10
    assert (remote.shipping_fee_minor, remote.extra_fees_minor) == (2900, 110)
    assert remote.total_minor == 2000 + 2900 + 110
    # a started kilogram counts: 3.001 kg pays for 4
    set_product(world, g.b, weight_g=1)
    heavier = place(world, (g.a, 2), (g.b, 1), **to)
    assert heavier.shipping_fee_minor == 800 + 3 * 300


def test_volumetric_weight_counts_when_larger(world: ShopWorld) -> None:
    g = stocked(world)
    # 400 × 300 × 200 mm = 24,000 cm³ → 4.8 kg volumetric against 0.2 kg actual
    set_product(world, g.a, weight_g=200, length_mm=400, width_mm=300, height_mm=200)
    order = place(world, (g.a, 1), ship_address="x", delivery_method="carrier")
    assert order.shipping_fee_minor == 800 + 4 * 300
    parcel = delivery.Parcel(200, 400, 300, 200, 1)
    assert delivery.chargeable_weight_g([parcel]) == 4800


def test_free_shipping_above_the_amount_keeps_packaging(world: ShopWorld) -> None:
    g = stocked(world, qty_a=100)
    set_product(world, g.a, weight_g=1000)
    carrier = place(world, (g.a, 30), ship_address="x", delivery_method="carrier")
    assert carrier.shipping_fee_minor == 0 and carrier.extra_fees_minor == 100
    own_free = place(world, (g.a, 20), ship_address="x", delivery_method="own")
    assert own_free.shipping_fee_minor == 0
    own = place(world, (g.a, 19), ship_address="x", delivery_method="own")
    assert own.shipping_fee_minor == 500 and own.total_minor == 19000 + 500


def test_manual_shipping_fee_replaces_the_rules(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(
        world, (g.a, 1), ship_address="x", delivery_method="carrier", shipping_fee_minor=0
    )
    assert order.shipping_fee_minor == 0 and order.extra_fees_minor == 100
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), ship_address="x", delivery_method="carrier", shipping_fee_minor=-1)


def test_pickup_needs_no_address_but_delivery_does(world: ShopWorld) -> None:
    g = stocked(world)
    pickup = place(world, (g.a, 1))
    assert pickup.delivery_method == "pickup" and pickup.shipping_fee_minor == 0
    assert pickup.total_minor == 1000
    for method in ("own", "carrier"):
        with pytest.raises(InvalidInput) as err:
            place(world, (g.a, 1), delivery_method=method, ship_address="   ")
        assert err.value.params["field"] == "ship_address"
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), delivery_method="drone", ship_address="x")
    assert counts(world) == (1, 1, 0)
    assert figures(world, g.a, g.main) == (10, 1, 9)


def test_texts_are_trimmed_and_bounded(world: ShopWorld) -> None:
    g = stocked(world)
    order = place(world, (g.a, 1), customer_name="  Ann  ", note=" fragile ")
    assert order.customer_name == "Ann" and order.note == "fragile"
    with pytest.raises(InvalidInput):
        place(world, (g.a, 1), customer_name="x" * 121)
    assert counts(world)[0] == 1


# ---------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("phone", "key"),
    [
        ("+86 138-0013-8000", "13800138000"),
        ("13800138000", "13800138000"),
        ("0138 0013 8000", "13800138000"),
        ("(010) 8888-1234", "1088881234"),
        ("+44 20 7946 0958", "2079460958"),
        ("", ""),
    ],
)
def test_phone_key_normalisation(phone: str, key: str) -> None:
    assert phone_key(phone) == key


def test_order_stores_the_phone_key(world: ShopWorld) -> None:
    g = stocked(world)
    a = place(world, (g.a, 1), customer_phone="+86 138-0013-8000")
    b = place(world, (g.a, 1), ship_phone="138 0013 8000")  # falls back to the recipient
    with world.ctx.db.transaction() as s:
        keys = dict(s.execute(select(SalesOrder.id, SalesOrder.phone_key)).tuples().all())
    assert keys[a.id] == keys[b.id] == "13800138000"
    assert a.customer_phone == "+86 138-0013-8000"
