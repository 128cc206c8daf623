"""Orders as printing data (ORD-8, LBL-3): the packing slip, the shipping label and the
pick list DTOs of :mod:`merchant_app.printing.data`, built from the database in the
caller's session.

Shared by the packing desk (``services/packing.py``) and the labels command line.  The
functions only read; they raise :class:`NotFound` for an unknown order and
:class:`InvalidInput` (from the DTOs) when a label lacks a tracking number or address.
The sender is the shop (name and address from the ``Shop`` row); a line's location is
the code of the location the order's goods were picked from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound
from merchant_app.models import OrderLine, Product, SalesOrder, Shop
from merchant_app.printing.data import (
    PackingSlipData,
    Party,
    PickItem,
    PickListData,
    ShippingLabelData,
    SlipLine,
)
from merchant_app.services import delivery
from merchant_app.services.locations import location_code
from merchant_app.services.order_privacy import recipient_of, require_recipient
from merchant_app.services.orders import load_order

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def date_text(value: datetime) -> str:
    """A date for a document: ``2026-01-05`` in this computer's time zone."""
    return value.astimezone().strftime("%Y-%m-%d")


def datetime_text(value: datetime) -> str:
    """A date and time for a document: ``2026-01-05 17:30`` in this computer's time zone."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def shop_party(session: Session) -> Party:
    """The shop as the sender of documents and labels."""
    shop = session.scalars(select(Shop)).first()
    if shop is None:
        return Party("", "")
    return Party(shop.name, shop.address)


def method_name(session: Session, code: str) -> str:
    """The delivery method's name as the shop set it (its code if it no longer exists)."""
    for method in delivery.methods_in(session):
        if method.code == code:
            return method.name
    return code


def method_kind(session: Session, code: str) -> str:
    """``pickup``, ``own`` or ``carrier`` for the method ``code`` (``carrier`` if unknown)."""
    for method in delivery.methods_in(session):
        if method.code == code:
            return method.kind
    return "carrier"


def needs_label(session: Session, order: SalesOrder) -> bool:
    """Whether the order travels as a parcel: not a pickup without an address."""
    return bool(order.ship_address.strip()) or method_kind(session, order.delivery_method) != (
        "pickup"
    )


def _lines(session: Session, order_id: str) -> list[OrderLine]:
    return list(
        session.scalars(
            select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)
        )
    )


def _recipient(session: Session, order: SalesOrder, *, strict: bool = False) -> Party:
    """Opened through order_privacy (a member's sealed recipient); ``strict``: a desk
    without the data key is refused (:class:`DataKeyMissing`) rather than given masks."""
    r = (require_recipient if strict else recipient_of)(session, order)
    return Party(r.name or order.customer_name, r.address, r.phone or order.customer_phone)


def order_weight_g(session: Session, order_id: str) -> int:
    """The goods' weight in grams (each product's weight × units on the order)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Product.weight_g * OrderLine.quantity), 0))
        .select_from(OrderLine)
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id == order_id)
    )
    return int(total or 0)


def packing_slip_data(session: Session, order_id: str) -> PackingSlipData:
    """The packing slip of one order: shop, recipient, the lines with their location,
    the delivery method and the warehouse note."""
    order = load_order(session, order_id)
    location = location_code(session, order.location_id)
    return PackingSlipData(
        shop=shop_party(session),
        recipient=_recipient(session, order),
        order_number=order.number,
        order_date=date_text(order.created_at),
        lines=tuple(
            SlipLine(ln.sku, ln.name, ln.quantity, location) for ln in _lines(session, order.id)
        ),
        delivery_method=method_name(session, order.delivery_method),
        note=order.warehouse_note,
    )


def shipping_label_data(session: Session, order_id: str) -> ShippingLabelData:
    """The shipping label of one order; its barcode and QR code carry the order's
    tracking (waybill) number.  :class:`InvalidInput` when the order has no tracking
    number yet or no address."""
    order = load_order(session, order_id)
    shop = shop_party(session)
    sender = "\n".join(part for part in (shop.name, shop.address) if part)
    recipient = _recipient(session, order, strict=True)
    return ShippingLabelData(
        sender=sender,
        recipient_name=recipient.name,
        recipient_phone=recipient.phone,
        recipient_address=recipient.address,
        order_number=order.number,
        weight_g=order_weight_g(session, order.id),
        tracking_number=order.tracking_number,
        qr_payload=order.tracking_number,
        delivery_method=method_name(session, order.delivery_method),
    )


def pick_list_data(
    session: Session,
    order_ids: Sequence[str],
    *,
    title: str = "",
    created: str = "",
    tr: Translate = _same,
) -> PickListData:
    """A pick list for the orders ``order_ids``: one item per product and order, at the
    location the order's goods come from (the renderer groups by location, then SKU).
    ``title`` defaults to "Pick list" (through ``tr``)."""
    items: list[PickItem] = []
    seen: set[str] = set()
    for order_id in order_ids:
        if order_id in seen:
            continue
        seen.add(order_id)
        order = load_order(session, order_id)
        location = location_code(session, order.location_id)
        merged: dict[str, tuple[str, str, int]] = {}
        for ln in _lines(session, order.id):
            sku, name, qty = merged.get(ln.product_id, (ln.sku, ln.name, 0))
            merged[ln.product_id] = (sku, name, qty + ln.quantity)
        for sku, name, qty in merged.values():
            items.append(PickItem(location, sku, name, qty, order.number))
    if not items and order_ids:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The chosen orders have no lines to pick."))
    return PickListData(
        title=title or tr(QT_TRANSLATE_NOOP("Documents", "Pick list")),
        created=created,
        items=tuple(items),
    )
