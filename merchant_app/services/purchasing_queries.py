"""What the Receiving screen reads (INV-3): open purchase orders with their supplier and
location, and one order's lines with product names and the codes a scanner reads.

Read-only; each function is one short transaction.  Changes to purchase orders are in
:mod:`merchant_app.services.stock` (create, place, receive) and
:mod:`merchant_app.services.replenishment` (drafts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, NotPermitted
from merchant_app.models import (
    Location,
    Product,
    ProductBarcode,
    PurchaseOrder,
    PurchaseOrderLine,
    Supplier,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import load_actor

OPEN_STATUSES = ("draft", "ordered", "partly_received")
ALL_STATUSES = ("draft", "ordered", "partly_received", "received", "cancelled")
VIEW_PERMISSIONS = frozenset({"stock.receive", "report.view"})


@dataclass(frozen=True)
class PurchaseOrderRow:
    """A purchase order as the list shows it; ``ordered``/``received`` are unit totals
    over its lines.  ``cursor`` pages to older orders."""

    id: str
    number: str
    status: str
    supplier_id: str | None
    supplier_name: str
    location_id: str
    location_code: str
    location_name: str
    created_at: datetime
    line_count: int
    ordered: int
    received: int

    @property
    def cursor(self) -> tuple[datetime, str]:
        """Pass as ``before=`` to :func:`list_purchase_orders` for the next page."""
        return (self.created_at, self.id)


@dataclass(frozen=True)
class PurchaseLineRow:
    """A line of a purchase order with what a receiving clerk needs: the product's name,
    its SKU and barcodes (to match scans), ordered, received so far and still due."""

    id: str
    product_id: str
    sku: str
    name: str
    ordered: int
    received: int
    due: int
    unit_cost_minor: int
    barcodes: tuple[str, ...]


@dataclass(frozen=True)
class PurchaseOrderDetail:
    """One purchase order (as in the list) with its lines by SKU."""

    order: PurchaseOrderRow
    lines: tuple[PurchaseLineRow, ...]


def _check_view(session: Session, actor: Actor) -> None:
    current = load_actor(session, actor.user_id)
    if not VIEW_PERMISSIONS & current.permissions:
        raise NotPermitted(permission="stock.receive")


def _orders_select() -> Select[Any]:
    """Purchase orders with supplier, location and unit totals (one row per order)."""
    totals = (
        select(
            PurchaseOrderLine.purchase_order_id.label("po_id"),
            func.count().label("n"),
            func.sum(PurchaseOrderLine.quantity).label("ordered"),
            func.sum(PurchaseOrderLine.received).label("received"),
        )
        .group_by(PurchaseOrderLine.purchase_order_id)
        .subquery()
    )
    return (
        select(
            PurchaseOrder.id,
            PurchaseOrder.number,
            PurchaseOrder.status,
            PurchaseOrder.supplier_id,
            Supplier.name,
            PurchaseOrder.location_id,
            Location.code,
            Location.name,
            PurchaseOrder.created_at,
            func.coalesce(totals.c.n, 0),
            func.coalesce(totals.c.ordered, 0),
            func.coalesce(totals.c.received, 0),
        )
        .join(Location, Location.id == PurchaseOrder.location_id)
        .outerjoin(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .outerjoin(totals, totals.c.po_id == PurchaseOrder.id)
    )


def _row(values: Row[Any]) -> PurchaseOrderRow:
    pid, number, status, sup_id, sup_name, loc_id, code, loc_name, at, n, ordered, rec = values
    return PurchaseOrderRow(
        pid,
        number,
        status,
        sup_id,
        sup_name or "",
        loc_id,
        code,
        loc_name,
        at,
        int(n),
        int(ordered),
        int(rec),
    )


def list_purchase_orders(
    ctx: AppContext,
    actor: Actor,
    statuses: Sequence[str] = OPEN_STATUSES,
    limit: int = 200,
    before: tuple[datetime, str] | None = None,
) -> list[PurchaseOrderRow]:
    """Purchase orders in ``statuses`` (default: draft, ordered, partly received), newest
    first, ``limit`` at a time; pass the last row's ``cursor`` as ``before`` for the next
    page (keyset paging).  Needs ``stock.receive`` or ``report.view``."""
    unknown = [s for s in statuses if s not in ALL_STATUSES]
    if unknown or not statuses:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown purchase order status “{status}”."),
            status=unknown[0] if unknown else "",
            field="status",
        )
    limit = max(1, min(int(limit), 1000))
    with ctx.db.transaction() as s:
        _check_view(s, actor)
        q = (
            _orders_select()
            .where(PurchaseOrder.status.in_(tuple(statuses)))
            .order_by(PurchaseOrder.created_at.desc(), PurchaseOrder.id.desc())
            .limit(limit)
        )
        if before is not None:
            at, po_id = before
            q = q.where(
                or_(
                    PurchaseOrder.created_at < at,
                    and_(PurchaseOrder.created_at == at, PurchaseOrder.id < po_id),
                )
            )
        return [_row(r) for r in s.execute(q)]


def purchase_order_detail(
    ctx: AppContext, actor: Actor, purchase_order_id: str
) -> PurchaseOrderDetail:
    """One purchase order with its lines (by SKU), product names and barcodes.  Needs
    ``stock.receive`` or ``report.view``; :class:`NotFound` when it does not exist."""
    with ctx.db.transaction() as s:
        _check_view(s, actor)
        head = s.execute(_orders_select().where(PurchaseOrder.id == purchase_order_id)).first()
        if head is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That purchase order does not exist."))
        rows = s.execute(
            select(
                PurchaseOrderLine.id,
                PurchaseOrderLine.product_id,
                Product.sku,
                Product.name,
                PurchaseOrderLine.quantity,
                PurchaseOrderLine.received,
                PurchaseOrderLine.unit_cost_minor,
            )
            .join(Product, Product.id == PurchaseOrderLine.product_id)
            .where(PurchaseOrderLine.purchase_order_id == purchase_order_id)
            .order_by(Product.sku, PurchaseOrderLine.id)
        ).all()
        codes: dict[str, list[str]] = {}
        product_ids = sorted({r[1] for r in rows})
        if product_ids:
            for code, pid in s.execute(
                select(ProductBarcode.code, ProductBarcode.product_id)
                .where(ProductBarcode.product_id.in_(product_ids))
                .order_by(ProductBarcode.code)
            ):
                codes.setdefault(pid, []).append(code)
        lines = tuple(
            PurchaseLineRow(
                line_id,
                pid,
                sku,
                name,
                qty,
                received,
                qty - received,
                cost,
                tuple(codes.get(pid, ())),
            )
            for line_id, pid, sku, name, qty, received, cost in rows
        )
        return PurchaseOrderDetail(_row(head), lines)
