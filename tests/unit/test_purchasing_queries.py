"""The Receiving screen's queries: open purchase orders and one order's lines."""

from __future__ import annotations

from datetime import timedelta

import pytest

from merchant_app.errors import InvalidInput, NotFound, NotPermitted
from merchant_app.services import purchasing_queries as pq
from merchant_app.services import stock
from merchant_app.services.permissions import FINANCE, SALES_CLERK
from tests.factories import ShopWorld
from tests.stock_factories import add_location, add_product, add_supplier


def test_open_orders_newest_first_with_supplier_location_and_totals(world: ShopWorld) -> None:
    acme = add_supplier(world, "Acme")
    a = add_product(world, "A-1", barcode="6901234567892")
    b = add_product(world, "B-1")
    back = add_location(world, "BACK")
    first = stock.create_purchase_order(world.ctx, world.owner, acme, [(a, 10), (b, 4)])
    world.clock.now += timedelta(minutes=1)
    second = stock.create_purchase_order(
        world.ctx, world.owner, None, [(b, 3)], location_id=back, draft=True
    )
    world.clock.now += timedelta(minutes=1)
    done = stock.create_purchase_order(world.ctx, world.owner, acme, [(a, 1)])
    line = done.lines[0]
    stock.receive(world.ctx, world.owner, done.id, [(line.id, 1)])
    a_line = next(ln for ln in first.lines if ln.product_id == a)
    stock.receive(world.ctx, world.owner, first.id, [(a_line.id, 4)])

    rows = pq.list_purchase_orders(world.ctx, world.owner)
    assert [r.number for r in rows] == [second.number, first.number]  # received one left out
    assert (rows[0].status, rows[0].supplier_name, rows[0].location_code) == ("draft", "", "BACK")
    assert rows[0].supplier_id is None
    r = rows[1]
    assert (r.status, r.supplier_name, r.location_code) == ("partly_received", "Acme", "MAIN")
    assert (r.line_count, r.ordered, r.received) == (2, 14, 4)

    everything = pq.list_purchase_orders(world.ctx, world.owner, statuses=pq.ALL_STATUSES)
    assert [x.number for x in everything] == [done.number, second.number, first.number]
    page1 = pq.list_purchase_orders(world.ctx, world.owner, pq.ALL_STATUSES, limit=2)
    page2 = pq.list_purchase_orders(
        world.ctx, world.owner, pq.ALL_STATUSES, limit=2, before=page1[-1].cursor
    )
    assert [x.number for x in page1 + page2] == [x.number for x in everything]

    detail = pq.purchase_order_detail(world.ctx, world.owner, first.id)
    assert detail.order == r
    assert [(ln.sku, ln.name, ln.ordered, ln.received, ln.due) for ln in detail.lines] == [
        ("A-1", "Product A-1", 10, 4, 6),
        ("B-1", "Product B-1", 4, 0, 4),
    ]
    assert detail.lines[0].barcodes == ("6901234567892",)
    assert detail.lines[1].barcodes == ()


def test_permissions_unknown_status_and_missing_order(world: ShopWorld) -> None:
    a = add_product(world, "A-1")
    po = stock.create_purchase_order(world.ctx, world.owner, None, [(a, 2)])
    finance = world.add_user("fay", FINANCE)  # report.view may look
    assert [r.id for r in pq.list_purchase_orders(world.ctx, finance)] == [po.id]
    assert pq.purchase_order_detail(world.ctx, finance, po.id).lines[0].due == 2
    clerk = world.add_user("cal", SALES_CLERK)
    with pytest.raises(NotPermitted):
        pq.list_purchase_orders(world.ctx, clerk)
    with pytest.raises(NotPermitted):
        pq.purchase_order_detail(world.ctx, clerk, po.id)
    with pytest.raises(InvalidInput):
        pq.list_purchase_orders(world.ctx, world.owner, statuses=("lost",))
    with pytest.raises(NotFound):
        pq.purchase_order_detail(world.ctx, world.owner, "no-such-order")
