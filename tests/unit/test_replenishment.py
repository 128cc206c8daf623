"""Low stock and reordering (INV-5): the list, the suggestion, drafted purchase orders."""

from __future__ import annotations

from datetime import timedelta

import pytest

from merchant_app.errors import NotPermitted
from merchant_app.services import replenishment, stock
from merchant_app.services.permissions import FINANCE, SALES_CLERK
from tests.factories import ShopWorld
from tests.stock_factories import add_location, add_product, add_supplier, main_location, put_stock


def sell(world: ShopWorld, pid: str, loc: str, qty: int, days_ago: int) -> None:
    """Put ``qty`` on the shelf and ship it ``days_ago`` days before the clock's now."""
    now = world.clock.now
    world.clock.now = now - timedelta(days=days_ago)
    try:
        put_stock(world, pid, loc, qty)
        with world.ctx.db.transaction() as s:
            stock.reserve(s, pid, loc, qty)
            stock.ship(s, world.ctx, world.owner.user_id, pid, loc, qty, "order", "o")
    finally:
        world.clock.now = now


def test_suggested_quantity_rounds_up_and_respects_floors() -> None:
    # 60 sold in 30 days = 2/day; (7 + 14) days cover = 42; minus 3 sellable
    assert replenishment.suggested_quantity(60, 7, 3, 5, 10) == 39
    # 3 sold: 0.1/day × 34 days = 3.4 → 4
    assert replenishment.suggested_quantity(3, 20, 0, 1, 0) == 4
    # no sales: the reorder quantity, or enough to get above the reorder point
    assert replenishment.suggested_quantity(0, 7, 5, 5, 10) == 10
    assert replenishment.suggested_quantity(0, 7, 2, 5, 0) == 4
    assert replenishment.suggested_quantity(0, 7, 9, 5, 0) == 0


def test_list_and_draft_purchase_orders_by_supplier(world: ShopWorld) -> None:
    main = main_location(world)
    acme = add_supplier(world, "Acme", lead_time_days=7)
    beta = add_supplier(world, "Beta", lead_time_days=20)
    fast = add_product(world, "FAST", reorder_point=5, reorder_qty=10, supplier_id=acme)
    slow = add_product(world, "SLOW", reorder_point=5, reorder_qty=10, supplier_id=acme)
    rare = add_product(world, "RARE", reorder_point=1, supplier_id=beta)
    fine = add_product(world, "FINE", reorder_point=5, reorder_qty=10, supplier_id=acme)
    add_product(world, "NOSETUP")  # no reorder point or quantity: never listed
    draft = add_product(world, "DRAFT", reorder_point=5, status="draft")
    loose = add_product(world, "LOOSE", reorder_point=2, reorder_qty=3)  # no supplier
    sell(world, fast, main, 40, days_ago=10)
    sell(world, fast, main, 20, days_ago=29)
    sell(world, fast, main, 100, days_ago=40)  # outside the 30-day window
    sell(world, rare, main, 3, days_ago=2)
    put_stock(world, fast, main, 3)
    with world.ctx.db.transaction() as s:  # a reservation counts against sellable
        stock.reserve(s, fast, main, 1)
    put_stock(world, fast, main, 1)
    put_stock(world, slow, main, 5)
    put_stock(world, fine, main, 6)

    rows = {r.sku: r for r in replenishment.replenishment_list(world.ctx, world.owner)}
    assert set(rows) == {"FAST", "SLOW", "RARE", "LOOSE"}
    assert draft not in {r.product_id for r in rows.values()}
    f = rows["FAST"]
    assert (f.sellable, f.shipped_30d, f.lead_time_days, f.suggested_qty) == (3, 60, 7, 39)
    assert (rows["SLOW"].suggested_qty, rows["RARE"].suggested_qty) == (10, 4)
    assert (rows["LOOSE"].supplier_id, rows["LOOSE"].lead_time_days) == (None, 7)
    assert rows["LOOSE"].suggested_qty == 3

    # one location: stock elsewhere does not count
    wh = add_location(world, "WH")
    at_wh = {r.sku for r in replenishment.replenishment_list(world.ctx, world.owner, wh)}
    assert at_wh == {"FAST", "SLOW", "FINE", "RARE", "LOOSE"}

    orders = replenishment.draft_purchase_orders(world.ctx, world.owner, [fast, slow, rare, loose])
    assert [(o.supplier_id, o.status) for o in orders] == [
        (acme, "draft"),
        (beta, "draft"),
        (None, "draft"),
    ]
    assert {(ln.sku, ln.quantity) for ln in orders[0].lines} == {("FAST", 39), ("SLOW", 10)}
    assert all(o.location_id == main for o in orders)
    again = {r.sku: r for r in replenishment.replenishment_list(world.ctx, world.owner)}
    assert again["FAST"].on_order == 39


def test_who_may_see_and_draft(world: ShopWorld) -> None:
    pid = add_product(world, "P", reorder_point=5, reorder_qty=1)
    finance = world.add_user("fay", FINANCE)
    assert [r.sku for r in replenishment.replenishment_list(world.ctx, finance)] == ["P"]
    with pytest.raises(NotPermitted):
        replenishment.draft_purchase_orders(world.ctx, finance, [pid])
    with pytest.raises(NotPermitted):
        replenishment.replenishment_list(world.ctx, world.add_user("clara", SALES_CLERK))
