"""The stock ledger: locations, moves, reservations, receiving, transfers, adjustments,
history paging and automatic delisting — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from merchant_app.errors import Conflict, InvalidInput, InvalidTransition, NotPermitted
from merchant_app.models import StockMove
from merchant_app.services import approvals, audit, locations, shop, stock
from merchant_app.services.permissions import FINANCE, MANAGER, SALES_CLERK, WAREHOUSE
from merchant_app.services.stock import InsufficientStock, NotReserved
from tests.factories import ShopWorld
from tests.stock_factories import (
    add_location,
    add_product,
    add_supplier,
    main_location,
    product_status,
    put_stock,
)


def level(world: ShopWorld, product_id: str, location_id: str) -> tuple[int, int, int]:
    rows = {r.location_id: r for r in stock.levels(world.ctx, world.owner, product_id)}
    r = rows.get(location_id)
    return (r.on_hand, r.reserved, r.sellable) if r else (0, 0, 0)


def move_sum(world: ShopWorld, product_id: str, location_id: str) -> int:
    with world.ctx.db.transaction() as s:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
                    StockMove.product_id == product_id, StockMove.location_id == location_id
                )
            )
        )


def setting(world: ShopWorld, key: str, value: str) -> None:
    with world.ctx.db.transaction() as s:
        shop.set_setting(s, key, value)


# ----------------------------------------------------------------------- locations


def test_default_location_is_main_and_created_once(world: ShopWorld) -> None:
    first = main_location(world)
    assert main_location(world) == first
    listed = locations.list_locations(world.ctx, world.owner)
    assert [loc.code for loc in listed] == ["MAIN"]


def test_locations_bins_live_inside_shops_or_warehouses(world: ShopWorld) -> None:
    wh = add_location(world, "wh1")
    bin_ = locations.create_location(world.ctx, world.owner, "WH1-A01", "Aisle 1", "bin", wh)
    assert (bin_.code, bin_.parent_id, bin_.kind) == ("WH1-A01", wh, "bin")
    with pytest.raises(InvalidInput, match="inside a shop or a warehouse"):
        locations.create_location(world.ctx, world.owner, "B2", "Loose bin", "bin")
    with pytest.raises(InvalidInput, match="cannot be inside another bin"):
        locations.create_location(world.ctx, world.owner, "B3", "Nested", "bin", bin_.id)
    with pytest.raises(Conflict, match="WH1"):
        locations.create_location(world.ctx, world.owner, "wh1", "Again", "warehouse")
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        locations.create_location(world.ctx, clerk, "X1", "X", "shop")


# -------------------------------------------------------------------- primitives


def test_moves_change_ledger_stock_and_refusal_names_what_is_missing(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "TEE-RED-M")
    put_stock(world, pid, main, 5)
    with world.ctx.db.transaction() as s:
        stock.apply_move(s, world.ctx, world.owner.user_id, pid, main, -2, "damage")
    assert level(world, pid, main) == (3, 0, 3)
    with pytest.raises(InsufficientStock) as err, world.ctx.db.transaction() as s:
        stock.apply_move(s, world.ctx, world.owner.user_id, pid, main, -4, "loss")
    assert err.value.params == {"sku": "TEE-RED-M", "location": "MAIN", "available": 3, "asked": 4}
    assert "TEE-RED-M" in err.value.message and "MAIN" in err.value.message
    assert level(world, pid, main) == (3, 0, 3)
    assert move_sum(world, pid, main) == 3
    with pytest.raises(InvalidInput), world.ctx.db.transaction() as s:
        stock.apply_move(s, world.ctx, None, pid, main, 0, "found")


def test_reservation_primitives_follow_their_documented_effects(world: ShopWorld) -> None:
    main = main_location(world)
    shop2 = add_location(world, "SHOP2", "shop")
    pid = add_product(world, "MUG")
    put_stock(world, pid, main, 5)
    ctx, uid = world.ctx, world.owner.user_id
    with ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 3)
    assert level(world, pid, main) == (5, 3, 2)
    with pytest.raises(InsufficientStock) as err, ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 3)
    assert (err.value.params["available"], err.value.params["asked"]) == (2, 3)
    # reserved units cannot be taken out by another move
    with pytest.raises(InsufficientStock), ctx.db.transaction() as s:
        stock.apply_move(s, ctx, uid, pid, main, -3, "loss")
    with pytest.raises(NotReserved, match="Only 3 of MUG"), ctx.db.transaction() as s:
        stock.release(s, pid, main, 4)
    with ctx.db.transaction() as s:
        stock.ship(s, ctx, uid, pid, main, 2, "order", "o-1")
    assert level(world, pid, main) == (3, 1, 2)
    with pytest.raises(NotReserved), ctx.db.transaction() as s:
        stock.ship(s, ctx, uid, pid, main, 2)
    with ctx.db.transaction() as s:
        stock.release(s, pid, main, 1)
        stock.return_to_stock(s, ctx, uid, pid, main, 2, "order", "o-1")
    assert level(world, pid, main) == (5, 0, 5)
    # allocation at another location moves the reservation, and needs stock there
    with ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 1)
    with pytest.raises(InsufficientStock), ctx.db.transaction() as s:
        stock.move_reservation(s, pid, main, shop2, 1)
    assert level(world, pid, main) == (5, 1, 4)  # rolled back as a whole
    put_stock(world, pid, shop2, 1)
    with ctx.db.transaction() as s:
        stock.move_reservation(s, pid, main, shop2, 1)
    assert level(world, pid, main) == (5, 0, 5) and level(world, pid, shop2) == (1, 1, 0)
    assert [m.reason for m in stock.moves(ctx, world.owner, pid, main)][:2] == ["return", "ship"]
    assert move_sum(world, pid, main) == 5


def test_backorder_products_may_go_below_zero(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "PREORDER", allow_backorder=True)
    ctx, uid = world.ctx, world.owner.user_id
    with ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 4)
        stock.ship(s, ctx, uid, pid, main, 3)
    assert level(world, pid, main) == (-3, 1, -4)
    assert move_sum(world, pid, main) == -3


# ------------------------------------------------------------------------ receiving


def test_receive_against_a_purchase_order_partly_then_fully(world: ShopWorld) -> None:
    main = main_location(world)
    a, b = add_product(world, "A1"), add_product(world, "B1")
    sup = add_supplier(world, "Acme")
    po = stock.create_purchase_order(world.ctx, world.owner, sup, [(a, 10), (b, 4), (a, 2)])
    assert po.status == "ordered" and po.number.startswith("D01-")
    line_a = next(ln for ln in po.lines if ln.product_id == a)
    line_b = next(ln for ln in po.lines if ln.product_id == b)
    assert line_a.quantity == 12
    keeper = world.add_user("wes", WAREHOUSE)
    po = stock.receive(world.ctx, keeper, po.id, [(line_a.id, 5)])
    assert po.status == "partly_received"
    assert level(world, a, main) == (5, 0, 5)
    with pytest.raises(InvalidInput, match=r"exceed the 12 ordered .* \(5 already received\)"):
        stock.receive(world.ctx, keeper, po.id, [(line_b.id, 4), (line_a.id, 8)])
    assert level(world, b, main) == (0, 0, 0)  # the whole receipt was refused
    po = stock.receive(world.ctx, keeper, po.id, [(line_b.id, 4), (line_a.id, 7)])
    assert po.status == "received"
    assert [(ln.received, ln.quantity) for ln in po.lines] == [(12, 12), (4, 4)]
    assert level(world, a, main) == (12, 0, 12)
    hist = stock.moves(world.ctx, world.owner, a)
    assert {(m.reason, m.doc_type, m.doc_id) for m in hist} == {
        ("receive", "purchase_order", po.id)
    }
    with pytest.raises(InvalidTransition, match="received"):
        stock.receive(world.ctx, keeper, po.id, [(line_a.id, 1)])
    assert audit.list_entries(world.ctx, world.owner, text="stock.receive")
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        stock.create_purchase_order(world.ctx, clerk, sup, [(a, 1)])


def test_a_draft_purchase_order_is_placed_before_receiving(world: ShopWorld) -> None:
    a = add_product(world, "A1")
    po = stock.create_purchase_order(world.ctx, world.owner, None, [(a, 3)], draft=True)
    with pytest.raises(InvalidTransition, match="draft"):
        stock.receive(world.ctx, world.owner, po.id, [(po.lines[0].id, 3)])
    assert stock.place_purchase_order(world.ctx, world.owner, po.id).status == "ordered"
    with pytest.raises(InvalidTransition):
        stock.place_purchase_order(world.ctx, world.owner, po.id)
    assert stock.receive(world.ctx, world.owner, po.id, [(po.lines[0].id, 3)]).status == (
        "received"
    )


# ------------------------------------------------------------------------ transfers


def test_transfer_is_two_moves_in_one_transaction(world: ShopWorld) -> None:
    main = main_location(world)
    wh = add_location(world, "WH")
    pid = add_product(world, "CUP")
    put_stock(world, pid, main, 4)
    with world.ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 1)
    with pytest.raises(InsufficientStock, match="3 available, 4 asked"):
        stock.transfer(world.ctx, world.owner, pid, main, wh, 4)
    assert level(world, pid, wh) == (0, 0, 0) and move_sum(world, pid, wh) == 0
    tid = stock.transfer(world.ctx, world.owner, pid, main, wh, 3)
    assert level(world, pid, main) == (1, 1, 0) and level(world, pid, wh) == (3, 0, 3)
    moved = stock.moves(world.ctx, world.owner, pid)
    assert {(m.reason, m.quantity, m.doc_id) for m in moved[:2]} == {
        ("transfer_out", -3, tid),
        ("transfer_in", 3, tid),
    }
    with pytest.raises(InvalidInput):
        stock.transfer(world.ctx, world.owner, pid, wh, wh, 1)
    assert stock.totals(world.ctx, world.owner, [pid])[pid] == stock.StockTotals(4, 1, 3)


# ---------------------------------------------------------------------- adjustments


def test_small_adjustment_applies_and_reasons_are_checked(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "SOAP")
    keeper = world.add_user("wes", WAREHOUSE)
    res = stock.adjust(world.ctx, keeper, pid, main, 6, "found", "behind the shelf")
    assert res.applied and res.move_id and res.approval is None
    res = stock.adjust(world.ctx, keeper, pid, main, -2, "damage")
    assert level(world, pid, main) == (4, 0, 4)
    with pytest.raises(InvalidInput, match="damage and loss take stock out"):
        stock.adjust(world.ctx, keeper, pid, main, 2, "damage")
    with pytest.raises(InvalidInput, match="Unknown adjustment reason"):
        stock.adjust(world.ctx, keeper, pid, main, 2, "gift")
    with pytest.raises(InsufficientStock):
        stock.adjust(world.ctx, keeper, pid, main, -5, "loss")
    with pytest.raises(NotPermitted, match=r"stock\.adjust"):
        stock.adjust(world.ctx, world.add_user("fay", FINANCE), pid, main, 1, "found")
    entries = audit.list_entries(world.ctx, world.owner, text="stock.adjust")
    assert len(entries) == 2 and entries[0].actor_login == "wes"


def test_large_adjustment_waits_for_approval_and_applies_once(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "SOAP")
    put_stock(world, pid, main, 30)
    setting(world, "adjust_approval_threshold", "5")
    keeper = world.add_user("wes", WAREHOUSE)
    manager = world.add_user("max", MANAGER)
    res = stock.adjust(world.ctx, keeper, pid, main, -6, "loss", "stolen")
    assert not res.applied and res.approval is not None
    assert res.approval.status == approvals.PENDING
    assert level(world, pid, main) == (30, 0, 30)
    with pytest.raises(NotPermitted):
        approvals.decide(world.ctx, keeper, res.approval.id, approve=True)
    info = approvals.decide(world.ctx, manager, res.approval.id, approve=True)
    assert info.status == approvals.APPROVED
    assert level(world, pid, main) == (24, 0, 24)
    with pytest.raises(Conflict):
        approvals.decide(world.ctx, world.owner, res.approval.id, approve=True)
    assert level(world, pid, main) == (24, 0, 24)
    loss = [m for m in stock.moves(world.ctx, world.owner, pid) if m.reason == "loss"]
    assert len(loss) == 1 and loss[0].user_login == "wes" and loss[0].quantity == -6
    # within the threshold, or by someone who may approve: applied at once
    assert stock.adjust(world.ctx, keeper, pid, main, -5, "loss").applied
    assert stock.adjust(world.ctx, manager, pid, main, 11, "found").applied
    assert level(world, pid, main) == (30, 0, 30)


def test_refused_adjustment_changes_nothing(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "SOAP")
    keeper = world.add_user("wes", WAREHOUSE)
    res = stock.adjust(world.ctx, keeper, pid, main, 50, "found")
    assert res.approval is not None
    approvals.decide(world.ctx, world.owner, res.approval.id, approve=False, note="recount")
    assert level(world, pid, main) == (0, 0, 0)


# ----------------------------------------------------------------- history, delisting


def test_history_is_newest_first_in_keyset_pages(world: ShopWorld) -> None:
    main = main_location(world)
    pid = add_product(world, "PEN")
    for i in range(7):
        world.clock.advance(minutes=1 if i % 3 else 0)  # some moves share a timestamp
        put_stock(world, pid, main, i + 1)
    pages, before = [], None
    while True:
        page = stock.moves(world.ctx, world.owner, pid, main, limit=3, before=before)
        if not page:
            break
        pages.append([m.quantity for m in page])
        before = page[-1].cursor
    flat = [q for p in pages for q in p]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sorted(flat) == [1, 2, 3, 4, 5, 6, 7]
    all_rows = stock.moves(world.ctx, world.owner, pid, limit=100)
    assert [m.quantity for m in all_rows] == flat
    assert [m.at for m in all_rows] == sorted((m.at for m in all_rows), reverse=True)


def test_auto_delist_when_the_shop_wants_it(world: ShopWorld) -> None:
    main = main_location(world)
    ctx, uid = world.ctx, world.owner.user_id
    pid = add_product(world, "LAST-ONE")
    keep = add_product(world, "NO-SETTING")
    back = add_product(world, "BACKORDER", allow_backorder=True)
    for p in (pid, keep, back):
        put_stock(world, p, main, 1)
    with ctx.db.transaction() as s:
        stock.apply_move(s, ctx, uid, keep, main, -1, "loss")
    assert product_status(world, keep) == "listed"
    setting(world, "auto_delist_at_zero", "1")
    with ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 1)
    assert product_status(world, pid) == "listed"  # a reservation is not a move
    with ctx.db.transaction() as s:
        stock.ship(s, ctx, uid, pid, main, 1, "order", "o-9")
        stock.apply_move(s, ctx, uid, back, main, -1, "loss")
    assert product_status(world, pid) == "delisted"
    assert product_status(world, back) == "listed"
    entries = audit.list_entries(world.ctx, world.owner, text="product.delist.auto")
    assert [(e.target, e.actor_login) for e in entries] == [("LAST-ONE", "system")]
