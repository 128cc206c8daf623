"""Demo orders: lifelike ones in every state through the real services, and historic
ones in bulk; stock and history stay consistent either way."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from merchant_app.models import (
    OrderEvent,
    OrderLine,
    Payment,
    SalesOrder,
    StockLevel,
    StockMove,
)
from merchant_app.services import demo_orders, orders, product_import
from merchant_app.services.demo_catalog import demo_product_rows
from merchant_app.services.order_flow import OrderState
from tests.factories import ShopWorld

OPEN = ("pending_review", "awaiting_warehouse", "warehouse_approved", "packed", "on_hold")


@pytest.fixture
def shop(world: ShopWorld) -> ShopWorld:
    product_import.import_products(world.ctx, world.owner, demo_product_rows(60), dry_run=False)
    world.clock.advance(days=90)
    return world


def _levels(world: ShopWorld) -> dict[tuple[str, str], tuple[int, int]]:
    with world.ctx.db.transaction() as s:
        return {
            (p, loc): (on_hand, reserved)
            for p, loc, on_hand, reserved in s.execute(
                select(
                    StockLevel.product_id,
                    StockLevel.location_id,
                    StockLevel.on_hand,
                    StockLevel.reserved,
                )
            )
        }


def _check_stock(world: ShopWorld) -> None:
    """on_hand is the sum of the moves; reserved is what open orders hold."""
    levels = _levels(world)
    with world.ctx.db.transaction() as s:
        moved = dict(
            s.execute(
                select(
                    StockMove.product_id + "|" + StockMove.location_id,
                    func.sum(StockMove.quantity),
                ).group_by(StockMove.product_id, StockMove.location_id)
            )
            .tuples()
            .all()
        )
        held = dict(
            s.execute(
                select(OrderLine.product_id, func.sum(OrderLine.quantity))
                .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
                .where(SalesOrder.state.in_(OPEN))
                .group_by(OrderLine.product_id)
            )
            .tuples()
            .all()
        )
    reserved: dict[str, int] = {}
    for (pid, loc), (on_hand, res) in levels.items():
        assert on_hand == moved.get(f"{pid}|{loc}", 0), (pid, loc)
        assert 0 <= res <= on_hand or res == 0
        reserved[pid] = reserved.get(pid, 0) + res
    assert {p: n for p, n in reserved.items() if n} == {p: int(n) for p, n in held.items()}


def test_lifelike_orders_cover_every_state(shop: ShopWorld) -> None:
    now = shop.clock()
    report = demo_orders.add_demo_orders(shop.ctx, shop.owner, count=40, seed=3)
    assert set(report.by_state) == {s.value for s in OrderState}
    assert all(n >= 2 for n in report.by_state.values())
    assert sum(report.by_state.values()) + report.not_placed == 40
    _check_stock(shop)
    with shop.ctx.db.transaction() as s:
        first, last = s.execute(
            select(func.min(SalesOrder.created_at), func.max(SalesOrder.created_at))
        ).one()
        latest_event = s.scalar(select(func.max(OrderEvent.at)))
        completed = s.scalar(select(SalesOrder.id).where(SalesOrder.state == "completed"))
        numbers = list(s.scalars(select(SalesOrder.number).order_by(SalesOrder.created_at)))
        paid_right = s.execute(
            select(SalesOrder.paid_minor, func.coalesce(func.sum(Payment.amount_minor), 0))
            .outerjoin(Payment, Payment.order_id == SalesOrder.id)
            .group_by(SalesOrder.id, SalesOrder.paid_minor)
        ).all()
    assert now - timedelta(days=demo_orders.DAYS) <= first <= last <= now
    assert latest_event <= now
    assert numbers == sorted(numbers)  # placed in date order
    assert all(paid == total for paid, total in paid_right)
    assert completed is not None
    kinds = [e.kind for e in orders.history(shop.ctx, shop.owner, completed)]
    for kind in ("placed", "reviewed", "warehouse_approved", "packed", "shipped", "completed"):
        assert kind in kinds


def test_bulk_orders_are_historic_and_leave_stock_alone(shop: ShopWorld) -> None:
    before = _levels(shop)
    now = shop.clock()
    assert demo_orders.bulk_orders(shop.ctx, 500, seed=1) == 500
    assert _levels(shop) == before
    _check_stock(shop)
    with shop.ctx.db.transaction() as s:
        states = dict(
            s.execute(select(SalesOrder.state, func.count()).group_by(SalesOrder.state))
            .tuples()
            .all()
        )
        first, last = s.execute(
            select(func.min(SalesOrder.created_at), func.max(SalesOrder.created_at))
        ).one()
        unsettled = s.scalar(
            select(func.count()).select_from(Payment).where(Payment.settlement_id.is_(None))
        )
        mismatched = s.execute(
            select(SalesOrder.id)
            .outerjoin(Payment, Payment.order_id == SalesOrder.id)
            .group_by(SalesOrder.id, SalesOrder.paid_minor)
            .having(func.coalesce(func.sum(Payment.amount_minor), 0) != SalesOrder.paid_minor)
        ).all()
        lines_ok = s.execute(
            select(func.count())
            .select_from(SalesOrder)
            .where(
                SalesOrder.subtotal_minor
                != select(func.sum(OrderLine.total_minor))
                .where(OrderLine.order_id == SalesOrder.id)
                .scalar_subquery()
            )
        ).scalar()
        events = s.scalar(select(func.count()).select_from(OrderEvent))
        phones = s.scalar(select(func.count(func.distinct(SalesOrder.customer_phone))))
    assert set(states) <= {"completed", "cancelled", "shipped"} and states["completed"] > 300
    assert now - timedelta(days=demo_orders.DAYS + demo_orders.HISTORIC_DAYS) <= first
    assert last <= now - timedelta(days=demo_orders.DAYS)
    assert unsettled == 0 and mismatched == [] and lines_ok == 0
    assert events == 1000 and phones > 250  # varied, and some customers come back
    # later orders continue the desk's series after the reserved block
    report = demo_orders.add_demo_orders(shop.ctx, shop.owner, count=3)
    assert sum(report.by_state.values()) == 3
    with shop.ctx.db.transaction() as s:
        numbers = list(s.scalars(select(SalesOrder.number).order_by(SalesOrder.created_at)))
    assert numbers == sorted(numbers) and len(set(numbers)) == 503
    assert numbers[499].endswith("000500") and numbers[500].endswith("000501")


def test_populate_puts_historic_orders_first(
    shop: ShopWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_orders, "LIFELIKE", 16)
    seen: list[tuple[int, int]] = []
    report = demo_orders.populate(
        shop.ctx, shop.owner, 30, progress=lambda d, t: seen.append((d, t))
    )
    assert sum(report.by_state.values()) + report.not_placed == 16
    assert seen[-1] == (14, 14)
    with shop.ctx.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == 30 - report.not_placed
    _check_stock(shop)
