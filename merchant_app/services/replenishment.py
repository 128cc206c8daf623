"""Low stock and reordering (INV-5).

A product appears in the replenishment list when its sellable stock (over all locations,
or at one) has fallen to its reorder point.  The suggested quantity covers the supplier's
lead time plus two weeks at the recent rate of sale (``ship`` moves over the last 30
days), less what is sellable now, and is never below the product's reorder quantity nor
below what brings sellable stock back above the reorder point.  All arithmetic is in
integers (rounded up).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound, NotPermitted
from merchant_app.models import (
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    StockLevel,
    StockMove,
    Supplier,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import default_location, get_location
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.stock import PurchaseOrderInfo, new_purchase_order

SALES_WINDOW_DAYS = 30
COVER_DAYS = 14
DEFAULT_LEAD_DAYS = 7  # products without a supplier
OPEN_PO = ("draft", "ordered", "partly_received")

_level: Table = StockLevel.__table__  # type: ignore[assignment]
_move: Table = StockMove.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class ReplenishmentRow:
    """A product to reorder: its stock, recent sales, what is already on order (open
    purchase orders, for information) and the suggested quantity."""

    product_id: str
    sku: str
    name: str
    supplier_id: str | None
    supplier_name: str
    sellable: int
    reorder_point: int
    reorder_qty: int
    on_order: int
    shipped_30d: int
    lead_time_days: int
    suggested_qty: int


def suggested_quantity(
    shipped_30d: int, lead_time_days: int, sellable: int, reorder_point: int, reorder_qty: int
) -> int:
    """``ceil(shipped_30d / 30 × (lead_time_days + 14) − sellable)``, at least
    ``reorder_qty`` and at least ``reorder_point + 1 − sellable``; 0 when none is needed."""
    cover = lead_time_days + COVER_DAYS
    need = -((SALES_WINDOW_DAYS * sellable - shipped_30d * cover) // SALES_WINDOW_DAYS)
    return max(reorder_qty, need, reorder_point + 1 - sellable, 0)


def _rows(
    s: Session,
    now: datetime,
    location_id: str | None,
    product_ids: Sequence[str] | None,
) -> list[ReplenishmentRow]:
    level_q = select(
        _level.c.product_id, func.sum(_level.c.on_hand - _level.c.reserved).label("sellable")
    ).group_by(_level.c.product_id)
    shipped_q = (
        select(_move.c.product_id, func.sum(-_move.c.quantity).label("shipped"))
        .where(_move.c.reason == "ship", _move.c.at >= now - timedelta(days=SALES_WINDOW_DAYS))
        .group_by(_move.c.product_id)
    )
    order_q = (
        select(
            PurchaseOrderLine.product_id,
            func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received).label("open"),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
        .where(PurchaseOrder.status.in_(OPEN_PO))
        .group_by(PurchaseOrderLine.product_id)
    )
    if location_id is not None:
        level_q = level_q.where(_level.c.location_id == location_id)
        shipped_q = shipped_q.where(_move.c.location_id == location_id)
        order_q = order_q.where(PurchaseOrder.location_id == location_id)
    lv, sh, oo = level_q.subquery(), shipped_q.subquery(), order_q.subquery()
    sellable = func.coalesce(lv.c.sellable, 0)
    q = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            Product.supplier_id,
            Supplier.name,
            Supplier.lead_time_days,
            sellable,
            Product.reorder_point,
            Product.reorder_qty,
            func.coalesce(oo.c.open, 0),
            func.coalesce(sh.c.shipped, 0),
        )
        .outerjoin(Supplier, Supplier.id == Product.supplier_id)
        .outerjoin(lv, lv.c.product_id == Product.id)
        .outerjoin(sh, sh.c.product_id == Product.id)
        .outerjoin(oo, oo.c.product_id == Product.id)
        .where(Product.is_parent.is_(False))
        .order_by(Product.sku)
    )
    if product_ids is None:
        q = q.where(
            Product.status.in_(("listed", "delisted")),
            or_(Product.reorder_point > 0, Product.reorder_qty > 0),
            sellable <= Product.reorder_point,
        )
    else:
        q = q.where(Product.id.in_(product_ids))
    out = []
    for pid, sku, name, sup_id, sup_name, lead, sell, point, rqty, on_order, shipped in s.execute(
        q
    ):
        lead_days = DEFAULT_LEAD_DAYS if lead is None else int(lead)
        out.append(
            ReplenishmentRow(
                pid,
                sku,
                name,
                sup_id,
                sup_name or "",
                int(sell),
                point,
                rqty,
                int(on_order),
                int(shipped),
                lead_days,
                suggested_quantity(int(shipped), lead_days, int(sell), point, rqty),
            )
        )
    return out


def replenishment_list(
    ctx: AppContext, actor: Actor, location_id: str | None = None
) -> list[ReplenishmentRow]:
    """Listed (or automatically delisted) products with a reorder point or quantity whose
    sellable stock is at or below the reorder point, by SKU, with suggested quantities.
    Over all locations, or one.  Needs ``stock.receive`` or ``report.view``."""
    with ctx.db.transaction() as s:
        current = load_actor(s, actor.user_id)
        if not {"stock.receive", "report.view"} & current.permissions:
            raise NotPermitted(permission="stock.receive")
        if location_id is not None:
            get_location(s, location_id)
        return _rows(s, ctx.clock(), location_id, None)


def draft_purchase_orders(
    ctx: AppContext,
    actor: Actor,
    product_ids: Iterable[str],
    location_id: str | None = None,
) -> list[PurchaseOrderInfo]:
    """Draft purchase orders for the given products at their suggested quantities, one
    per supplier (products without a supplier share one with no supplier), to be received
    at ``location_id`` (default ``MAIN``).  Products needing nothing are left out.  Needs
    ``stock.receive``; one transaction; each order is audited."""
    ids = list(dict.fromkeys(product_ids))
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.receive")
        loc = get_location(s, location_id).id if location_id else default_location(s).id
        rows = _rows(s, ctx.clock(), location_id, ids) if ids else []
        missing = set(ids) - {r.product_id for r in rows}
        if missing:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The product “{product}” does not exist."),
                product=sorted(missing)[0],
            )
        groups: dict[str | None, list[ReplenishmentRow]] = {}
        for r in rows:
            if r.suggested_qty > 0:
                groups.setdefault(r.supplier_id, []).append(r)
        order = sorted(groups, key=lambda k: (k is None, groups[k][0].supplier_name))
        return [
            new_purchase_order(
                s,
                ctx,
                current,
                sup,
                loc,
                [(r.product_id, r.suggested_qty) for r in groups[sup]],
                note="Drafted from the replenishment list",
                status="draft",
            )
            for sup in order
        ]
