"""After-sales cases and delivery exceptions (ORD-6, ORD-7) on SQLite and PostgreSQL:
returns restock or write off, over-returns and over-refunds change nothing, exchanges and
reshipments place a replacement order, closing needs a resolution."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import func, select

from merchant_app.errors import InvalidInput, InvalidTransition, NotPermitted
from merchant_app.models import AfterSalesCase, OrderLine, Payment, StockMove
from merchant_app.services import aftersales, order_steps, orders, stock
from merchant_app.services.aftersales import CaseLineInput
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput
from merchant_app.services.permissions import CUSTOMER_SERVICE
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

_skus = itertools.count(1)


def shipped_order(world: ShopWorld, *quantities: int, pay: bool = True) -> OrderInfo:
    """An order of ``quantities`` units of fresh products (price 200 each), paid in cash,
    taken through the whole flow to ``shipped``."""
    loc = main_location(world)
    lines = []
    for qty in quantities:
        pid = add_product(world, f"AS-{next(_skus)}")
        put_stock(world, pid, loc, 10)
        lines.append(LineInput(pid, qty))
    draft = OrderDraft(lines=tuple(lines))
    total = sum(200 * q for q in quantities)
    pays = (PaymentInput("cash", total),) if pay else ()
    info = orders.place_order(world.ctx, world.owner, draft, pays)
    order_steps.review(world.ctx, world.owner, info.id)
    order_steps.approve(world.ctx, world.owner, info.id)
    order_steps.pack(world.ctx, world.owner, info.id, unverified_reason="test")
    world.clock.advance(minutes=1)
    return order_steps.ship(world.ctx, world.owner, info.id)


def on_hand(world: ShopWorld, product_id: str) -> int:
    return sum(r.on_hand for r in stock.levels(world.ctx, world.owner, product_id))


def snapshot(world: ShopWorld) -> tuple[int, int, int, int, int]:
    with world.ctx.db.transaction() as s:
        return (
            s.scalar(select(func.count()).select_from(AfterSalesCase)) or 0,
            s.scalar(select(func.count()).select_from(StockMove)) or 0,
            s.scalar(select(func.count()).select_from(Payment)) or 0,
            s.scalar(select(func.coalesce(func.sum(OrderLine.returned), 0))) or 0,
            s.scalar(select(func.count()).select_from(orders.SalesOrder)) or 0,
        )


def test_a_return_with_restock_puts_stock_back_with_a_return_move(world: ShopWorld) -> None:
    order = shipped_order(world, 3)
    line = order.lines[0]
    before = on_hand(world, line.product_id)

    case = aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "return",
        "Too small",
        (CaseLineInput(line.id, 2, "restock"),),
    )

    assert case.status == "open" and case.number.startswith("D01-")
    assert on_hand(world, line.product_id) == before + 2
    with world.ctx.db.transaction() as s:
        move = s.scalars(select(StockMove).where(StockMove.doc_id == case.id)).one()
    assert (move.reason, move.quantity, move.doc_type) == ("return", 2, "aftersales")
    assert move.location_id == order.location_id
    again = orders.get_order(world.ctx, world.owner, order.id)
    assert again.lines[0].returned == 2
    assert [(ln.sku, ln.quantity, ln.disposition) for ln in case.lines] == [
        (line.sku, 2, "restock")
    ]
    events = orders.history(world.ctx, world.owner, order.id)
    assert events[-1].kind == "aftersales" and events[-1].details["case"] == case.number


def test_a_write_off_moves_no_stock(world: ShopWorld) -> None:
    order = shipped_order(world, 2)
    line = order.lines[0]
    before, moves = on_hand(world, line.product_id), snapshot(world)[1]

    case = aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "return",
        "Broken",
        (CaseLineInput(line.id, 1, "write_off"),),
    )

    assert on_hand(world, line.product_id) == before
    assert snapshot(world)[1] == moves
    assert case.lines[0].disposition == "write_off"
    assert orders.get_order(world.ctx, world.owner, order.id).lines[0].returned == 1


def test_an_over_return_is_refused_naming_the_line_and_nothing_changes(
    world: ShopWorld,
) -> None:
    order = shipped_order(world, 2, 1)
    first, second = order.lines
    aftersales.open_case(
        world.ctx, world.owner, order.id, "return", "x", (CaseLineInput(first.id, 1, "restock"),)
    )
    before = snapshot(world)

    with pytest.raises(InvalidInput) as err:
        aftersales.open_case(
            world.ctx,
            world.owner,
            order.id,
            "return",
            "y",
            (CaseLineInput(second.id, 1, "restock"), CaseLineInput(first.id, 2, "restock")),
        )

    assert err.value.params["line"] == 1 and err.value.params["left"] == 1
    assert first.sku in err.value.message
    assert snapshot(world) == before  # the good second line was not applied either


def test_refunds_are_capped_by_what_the_method_paid(world: ShopWorld) -> None:
    order = shipped_order(world, 2)  # 400 in cash
    before = snapshot(world)
    with pytest.raises(InvalidInput):
        aftersales.open_case(
            world.ctx, world.owner, order.id, "refund", "late", (), "", 500, method="cash"
        )
    with pytest.raises(InvalidInput):
        aftersales.open_case(
            world.ctx, world.owner, order.id, "refund", "late", (), "", 100, method="card"
        )
    assert snapshot(world) == before

    case = aftersales.open_case(
        world.ctx, world.owner, order.id, "refund", "late", (), "", 150, method="cash"
    )

    assert case.refunded_minor == 150 and case.amount_minor == 150
    again = orders.get_order(world.ctx, world.owner, order.id)
    assert again.paid_minor == 250
    assert again.payments[-1].amount_minor == -150
    with pytest.raises(InvalidInput):
        aftersales.open_case(
            world.ctx, world.owner, order.id, "refund", "more", (), "", 251, method="cash"
        )


def test_compensation_is_capped_at_the_order_total(world: ShopWorld) -> None:
    order = shipped_order(world, 1)  # total 200
    aftersales.open_case(
        world.ctx, world.owner, order.id, "compensation", "late", (), "", 150, method="wallet"
    )
    with pytest.raises(InvalidInput) as err:
        aftersales.open_case(
            world.ctx, world.owner, order.id, "compensation", "again", (), "", 60, method="cash"
        )
    assert err.value.params["given"] == 150
    case = aftersales.open_case(
        world.ctx, world.owner, order.id, "compensation", "again", (), "", 50, method="cash"
    )
    assert case.compensated_minor == 50


def test_money_out_needs_refund_permission(world: ShopWorld) -> None:
    order = shipped_order(world, 1)
    clerk = world.add_user("clerk", "Sales clerk")
    with pytest.raises(NotPermitted):
        aftersales.open_case(world.ctx, clerk, order.id, "return", "x")
    cs = world.add_user("cs", CUSTOMER_SERVICE)
    case = aftersales.open_case(world.ctx, cs, order.id, "refund", "x", (), "", 10, method="cash")
    assert case.refunded_minor == 10


def test_cases_only_on_shipped_orders_and_lines_only_for_goods(world: ShopWorld) -> None:
    loc = main_location(world)
    pid = add_product(world, "OPEN-1")
    put_stock(world, pid, loc, 5)
    open_order = orders.place_order(world.ctx, world.owner, OrderDraft(lines=(LineInput(pid, 1),)))
    with pytest.raises(InvalidTransition):
        aftersales.open_case(world.ctx, world.owner, open_order.id, "repair", "x")
    order = shipped_order(world, 1)
    with pytest.raises(InvalidInput):
        aftersales.open_case(world.ctx, world.owner, order.id, "return", "   ")
    with pytest.raises(InvalidInput):
        aftersales.open_case(
            world.ctx,
            world.owner,
            order.id,
            "refund",
            "x",
            (CaseLineInput(order.lines[0].id, 1, "restock"),),
        )
    with pytest.raises(InvalidInput):
        aftersales.open_case(world.ctx, world.owner, order.id, "delivery_exception", "x")
    order_steps.complete(world.ctx, world.owner, order.id)
    with pytest.raises(InvalidTransition):
        aftersales.open_case(
            world.ctx, world.owner, order.id, "delivery_exception", "x", (), "late"
        )
    # a completed order still takes a repair; nothing moves
    case = aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "repair",
        "Zip broken",
        (CaseLineInput(order.lines[0].id, 1, "repair"),),
    )
    assert case.lines[0].disposition == "repair"
    assert orders.get_order(world.ctx, world.owner, order.id).lines[0].returned == 0


def test_status_flow_and_close_needs_a_resolution(world: ShopWorld) -> None:
    order = shipped_order(world, 1)
    case = aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "repair",
        "Noise",
        (CaseLineInput(order.lines[0].id, 1, "repair"),),
    )
    case = aftersales.update_case(
        world.ctx, world.owner, case.id, "in_progress", "Sent to the workshop"
    )
    assert case.status == "in_progress"
    with pytest.raises(InvalidInput):
        aftersales.close_case(world.ctx, world.owner, case.id, "  ")
    assert aftersales.get_case(world.ctx, world.owner, case.id).status == "in_progress"

    world.clock.advance(minutes=5)
    case = aftersales.close_case(world.ctx, world.owner, case.id, "Repaired and returned")

    assert case.status == "closed" and case.resolution == "Repaired and returned"
    assert case.closed_at == world.clock() and case.closed_by == "owner"
    assert [n.action for n in case.notes] == ["opened", "updated", "closed"]
    assert case.notes[1].text == "Sent to the workshop"
    with pytest.raises(InvalidTransition):
        aftersales.update_case(world.ctx, world.owner, case.id, note="late note")
    with pytest.raises(InvalidTransition):
        aftersales.close_case(world.ctx, world.owner, case.id, "again")


def test_an_exchange_places_a_free_replacement_order(world: ShopWorld) -> None:
    order = shipped_order(world, 2)
    line = order.lines[0]
    before = on_hand(world, line.product_id)

    case = aftersales.open_case(
        world.ctx,
        world.owner,
        order.id,
        "exchange",
        "Wrong colour",
        (CaseLineInput(line.id, 1, "restock"),),
    )

    assert case.replacement_order_id is not None
    new = orders.get_order(world.ctx, world.owner, case.replacement_order_id)
    assert case.replacement_order_number == new.number
    assert new.state == "pending_review" and new.total_minor == 0
    assert [(ln.product_id, ln.quantity) for ln in new.lines] == [(line.product_id, 1)]
    assert new.source == "aftersales" and new.external_ref == case.number
    # one back on the shelf, one reserved for the replacement
    assert on_hand(world, line.product_id) == before + 1


def test_a_failed_exchange_changes_nothing(world: ShopWorld) -> None:
    order = shipped_order(world, 1)
    line = order.lines[0]
    pricey = add_product(world, "PRICEY", cost_minor=5000)
    put_stock(world, pricey, main_location(world), 3)
    before = snapshot(world)
    cs = world.add_user("cs2", CUSTOMER_SERVICE)
    with pytest.raises(InvalidInput):  # free goods worth more than what comes back
        aftersales.open_case(
            world.ctx,
            cs,
            order.id,
            "exchange",
            "Upgrade",
            (CaseLineInput(line.id, 1, "restock"),),
            replacement=(LineInput(pricey, 1),),
        )
    with pytest.raises(stock.InsufficientStock):
        aftersales.open_case(
            world.ctx,
            cs,
            order.id,
            "exchange",
            "More",
            (CaseLineInput(line.id, 1, "write_off"),),
            replacement=(LineInput(pricey, 4, 100),),
        )
    assert snapshot(world) == before


def test_a_lost_parcel_is_reshipped_or_refunded_on_closing(world: ShopWorld) -> None:
    order = shipped_order(world, 2)
    case = aftersales.open_case(
        world.ctx, world.owner, order.id, "delivery_exception", "Carrier lost it", (), "lost"
    )
    assert case.exception_kind == "lost"
    closed = aftersales.close_case(
        world.ctx,
        world.owner,
        case.id,
        "Sent again",
        outcome="reshipped",
        ship_address="2 Low St",
    )
    new = orders.get_order(world.ctx, world.owner, closed.replacement_order_id or "")
    assert [ln.quantity for ln in new.lines] == [2] and new.ship_address == "2 Low St"

    late = aftersales.open_case(
        world.ctx, world.owner, order.id, "delivery_exception", "Three days late", (), "late"
    )
    with pytest.raises(InvalidInput):
        aftersales.close_case(world.ctx, world.owner, late.id, "Sorry", outcome="reshipped_x")
    closed = aftersales.close_case(
        world.ctx,
        world.owner,
        late.id,
        "Voucher",
        outcome="compensated",
        method="cash",
        amount_minor=30,
    )
    assert closed.compensated_minor == 30 and closed.amount_minor == 30
    assert closed.status == "closed"


def test_lists_filter_and_page(world: ShopWorld) -> None:
    order = shipped_order(world, 5)
    line = order.lines[0]
    ids = []
    for n in range(4):
        world.clock.advance(seconds=1)
        kind = "return" if n % 2 else "repair"
        disp = "restock" if n % 2 else "repair"
        ids.append(
            aftersales.open_case(
                world.ctx, world.owner, order.id, kind, f"r{n}", (CaseLineInput(line.id, 1, disp),)
            ).id
        )
    aftersales.update_case(world.ctx, world.owner, ids[0], "in_progress")

    every = aftersales.list_cases(world.ctx, world.owner)
    assert [r.id for r in every] == ids[::-1]
    assert every[0].order_number == order.number
    assert [r.id for r in aftersales.list_cases(world.ctx, world.owner, kind="return")] == [
        ids[3],
        ids[1],
    ]
    assert [r.id for r in aftersales.list_cases(world.ctx, world.owner, status="in_progress")] == [
        ids[0]
    ]
    aftersales.close_case(world.ctx, world.owner, ids[2], "Fixed")
    active = aftersales.list_cases(world.ctx, world.owner, status="active")
    assert [r.id for r in active] == [ids[3], ids[1], ids[0]]
    page1 = aftersales.list_cases(world.ctx, world.owner, limit=3)
    page2 = aftersales.list_cases(world.ctx, world.owner, after=page1[-1].cursor, limit=3)
    assert [r.id for r in page1 + page2] == ids[::-1]
    assert len(aftersales.cases_for_order(world.ctx, world.owner, order.id)) == 4
    with pytest.raises(InvalidInput):
        aftersales.list_cases(world.ctx, world.owner, status="bogus")
