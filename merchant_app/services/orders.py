"""Placing orders (ORD-1, ORD-5, ORD-7) and reading them back with their history (ORD-4).

:func:`place_order` is one transaction: the order gets a desk-prefixed number, its lines
are priced from the catalog (or a given price), sellable stock is reserved at the order's
location (refused with :class:`InsufficientStock` unless the product allows backorders),
the delivery fee is worked out from the shop's rules, payments taken at the counter are
recorded, and the order starts in ``pending_review``.  Any refusal leaves the database as
it was.  The hot path uses Core statements: the ORM's unit of work costs more than the
disk (see DESIGN.md).

The review flow, cancelling and payments after placing live in ``order_steps.py`` and
``order_payments.py``; revisions in ``order_revisions.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, NotPermitted
from merchant_app.ids import new_id
from merchant_app.models import (
    Member,
    OrderEvent,
    OrderLine,
    Payment,
    Product,
    SalesOrder,
    StockLevel,
    User,
)
from merchant_app.services import audit, delivery, stock, sync_outbox
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import default_location, get_location, location_code
from merchant_app.services.order_flow import OrderState
from merchant_app.services.order_privacy import recipient_texts, seal_recipient
from merchant_app.services.order_rules import rules_in
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import next_number

_order: Table = SalesOrder.__table__  # type: ignore[assignment]
_line: Table = OrderLine.__table__  # type: ignore[assignment]
_event: Table = OrderEvent.__table__  # type: ignore[assignment]
_payment: Table = Payment.__table__  # type: ignore[assignment]
_INSERT_ORDER = insert(_order)
_INSERT_LINE = insert(_line)
_INSERT_EVENT = insert(_event)
_INSERT_PAYMENT = insert(_payment)

PAYMENT_METHODS = ("cash", "card", "bank_transfer", "wallet", "store_credit", "points")
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "wallet": QT_TRANSLATE_NOOP("PaymentMethod", "Wallet"),
    "store_credit": QT_TRANSLATE_NOOP("PaymentMethod", "Store credit"),
    "points": QT_TRANSLATE_NOOP("PaymentMethod", "Points"),
}
MEMBER_METHODS = ("store_credit", "points")
PAYMENT_TERMS = ("prepaid", "cod", "account")
TERMS_LABELS = {
    "prepaid": QT_TRANSLATE_NOOP("PaymentTerms", "Pay before shipping"),
    "cod": QT_TRANSLATE_NOOP("PaymentTerms", "Cash on delivery"),
    "account": QT_TRANSLATE_NOOP("PaymentTerms", "On account"),
}
MAX_LINES = 500
MAX_QTY = 100_000
MAX_AMOUNT = 2**31 - 1  # money columns are 32-bit integers on PostgreSQL


# ---------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class LineInput:
    """A product and quantity to sell; ``unit_price_minor`` None means the catalog price;
    ``discount_minor`` is taken off the whole line."""

    product_id: str
    quantity: int
    unit_price_minor: int | None = None
    discount_minor: int = 0


@dataclass(frozen=True)
class PaymentInput:
    """Money taken by one method.  For cash, ``tendered_minor`` is what the customer
    handed over (0: exactly the amount); the change is worked out."""

    method: str
    amount_minor: int
    tendered_minor: int = 0
    reference: str = ""


@dataclass(frozen=True)
class OrderDraft:
    """Everything the entry screen (or an import) knows about a new order."""

    lines: tuple[LineInput, ...]
    member_id: str | None = None
    customer_name: str = ""
    customer_phone: str = ""
    ship_name: str = ""
    ship_phone: str = ""
    ship_address: str = ""
    ship_zone: str = ""
    delivery_method: str = "pickup"
    shipping_fee_minor: int | None = None  # None: from the method's rules
    insured: bool = False
    order_discount_minor: int = 0
    payment_terms: str = "prepaid"
    warehouse_note: str = ""
    note: str = ""
    location_id: str | None = None
    source: str = "counter"
    external_ref: str = ""
    coupon_codes: tuple[str, ...] = ()  # used by this order (MEM-4), counted when placed


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class OrderLineInfo:
    """A line as the screens show it."""

    id: str
    line_no: int
    product_id: str
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    packed: int = 0
    returned: int = 0


@dataclass(frozen=True)
class PaymentInfo:
    """A payment (positive) or refund (negative)."""

    id: str
    method: str
    amount_minor: int
    tendered_minor: int
    change_minor: int
    reference: str
    at: datetime
    user_login: str = ""


@dataclass(frozen=True)
class OrderInfo:
    """An order with its lines and payments."""

    id: str
    number: str
    state: str
    held_from: str
    revision: int
    desk_id: str | None
    created_at: datetime
    created_by: str
    member_id: str | None
    customer_name: str
    customer_phone: str
    ship_name: str
    ship_phone: str
    ship_address: str
    ship_zone: str
    delivery_method: str
    location_id: str
    location_code: str
    payment_terms: str
    subtotal_minor: int
    discount_minor: int
    shipping_fee_minor: int
    extra_fees_minor: int
    total_minor: int
    paid_minor: int
    payment_status: str
    tracking_number: str
    warehouse_note: str
    note: str
    source: str
    external_ref: str
    lines: tuple[OrderLineInfo, ...] = ()
    payments: tuple[PaymentInfo, ...] = ()

    @property
    def balance_minor(self) -> int:
        """What is still to pay (negative: owed back to the customer)."""
        return self.total_minor - self.paid_minor

    @property
    def change_minor(self) -> int:
        """Change given back on cash payments."""
        return sum(p.change_minor for p in self.payments)


@dataclass(frozen=True)
class OrderEventInfo:
    """One entry of an order's history."""

    at: datetime
    user_login: str
    kind: str
    from_state: str
    to_state: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------- helpers


def phone_key(phone: str) -> str:
    """Digits of a phone number without a leading country prefix or trunk zero, so
    ``+86 138-0013-8000`` and ``13800138000`` find the same orders."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.strip().startswith("+") and len(digits) > 10:
        digits = digits[-11:] if len(digits) >= 13 else digits[-10:]
    return digits.lstrip("0")[-15:]


def _amount(value: int, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AMOUNT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} must be an amount between 0 and {max}."),
            field=field_name,
            max=MAX_AMOUNT,
        )
    return value


def write_event(
    session: Session,
    ctx: AppContext,
    actor_id: str | None,
    order_id: str,
    kind: str,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    details: Mapping[str, Any] | None = None,
) -> None:
    """Append one entry to the order's history (in the caller's transaction)."""
    session.connection().execute(
        _INSERT_EVENT,
        {
            "id": new_id(),
            "order_id": order_id,
            "at": ctx.clock(),
            "user_id": actor_id,
            "kind": kind,
            "from_state": from_state,
            "to_state": to_state,
            "reason": reason,
            "details": json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True)
            if details
            else "",
        },
    )


@dataclass(frozen=True)
class PricedLine:
    """A validated line: catalog facts and the price it sells at."""

    product_id: str
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    catalog_price_minor: int
    discount_minor: int
    weight_g: int
    size_mm: tuple[int, int, int]
    # (on hand, reserved, allows backorder) at the order's location, when read with it
    level: tuple[int | None, int | None, bool] | None = None

    @property
    def total_minor(self) -> int:
        """Quantity × price − line discount."""
        return self.quantity * self.unit_price_minor - self.discount_minor


_PRODUCT_FACTS = select(
    Product.id,
    Product.sku,
    Product.name,
    Product.price_minor,
    Product.is_parent,
    Product.status,
    Product.weight_g,
    Product.length_mm,
    Product.width_mm,
    Product.height_mm,
).where(Product.id.in_(bindparam("ids", expanding=True)))
_level: Table = StockLevel.__table__  # type: ignore[assignment]
# the same facts and the product's stock at one location (placing reads both at once)
_PRODUCT_FACTS_AT = _PRODUCT_FACTS.add_columns(
    Product.allow_backorder, _level.c.on_hand, _level.c.reserved
).outerjoin(
    _level,
    (_level.c.product_id == Product.id) & (_level.c.location_id == bindparam("loc")),
)


def price_lines(
    session: Session, lines: Sequence[LineInput], location_id: str | None = None
) -> list[PricedLine]:
    """Check each line (product exists, is on sale, not a parent, sane quantity, price and
    discount) and price it; the error names the line.  With ``location_id`` each line
    also carries its product's stock there (``level``), read in the same query."""
    if not lines:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An order needs at least one product."), field="lines"
        )
    if len(lines) > MAX_LINES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An order can have at most {max} lines."),
            max=MAX_LINES,
            field="lines",
        )
    ids = list({ln.product_id for ln in lines})
    if location_id is None:
        rows = session.connection().execute(_PRODUCT_FACTS, {"ids": ids})
    else:
        rows = session.connection().execute(_PRODUCT_FACTS_AT, {"ids": ids, "loc": location_id})
    facts = {row.id: row for row in rows}
    out = []
    for n, ln in enumerate(lines, start=1):
        row = facts.get(ln.product_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Line {line}: the product no longer exists."),
                line=n,
            )
        if row.is_parent:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: {sku} groups variants; choose one of its variants."
                ),
                line=n,
                sku=row.sku,
                field="product",
            )
        if row.status != "listed":
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Line {line}: {sku} is not on sale ({status})."),
                line=n,
                sku=row.sku,
                status=row.status,
                field="product",
            )
        qty = ln.quantity
        if isinstance(qty, bool) or not isinstance(qty, int) or not 0 < qty <= MAX_QTY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: the quantity must be a whole number from 1 to {max}."
                ),
                line=n,
                max=MAX_QTY,
                field="quantity",
            )
        price = row.price_minor if ln.unit_price_minor is None else ln.unit_price_minor
        _amount(price, "price")
        _amount(ln.discount_minor, "discount")
        if ln.discount_minor > qty * price:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: the discount is larger than the line's value."
                ),
                line=n,
                field="discount",
            )
        if qty * price - ln.discount_minor > MAX_AMOUNT:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line}: the line comes to more than {max}, too much to store."
                ),
                line=n,
                max=MAX_AMOUNT,
                field="price",
            )
        out.append(
            PricedLine(
                row.id,
                row.sku,
                row.name,
                qty,
                price,
                row.price_minor,
                ln.discount_minor,
                row.weight_g,
                (row.length_mm, row.width_mm, row.height_mm),
                (row.on_hand, row.reserved, bool(row.allow_backorder))
                if location_id is not None
                else None,
            )
        )
    return out


def check_order_total(subtotal: int, total: int) -> None:
    """Refuse an order whose goods or total come to more than :data:`MAX_AMOUNT` (the
    most a money column holds) with :class:`InvalidInput` naming the total."""
    if max(subtotal, total) > MAX_AMOUNT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The order comes to {total}, more than the {max} an order can hold."
            ),
            total=max(subtotal, total),
            max=MAX_AMOUNT,
            field="total",
        )


def check_discount(
    session: Session,
    actor: Actor,
    lines: Sequence[PricedLine],
    order_discount: int,
    floor: int | None = None,
) -> int:
    """The discount off catalog value (line discounts, lowered prices and the order
    discount together); above the shop's floor it needs ``discount.approve``.  Returns
    the discount in basis points."""
    catalog = sum(ln.quantity * ln.catalog_price_minor for ln in lines)
    charged = sum(ln.total_minor for ln in lines) - order_discount
    if charged < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The order discount is larger than the goods' value."),
            field="order_discount",
        )
    given = max(0, catalog - charged)
    bp = given * 10000 // catalog if catalog else 0
    if floor is None:
        floor = rules_in(session).max_discount_bp
    if bp > floor and "discount.approve" not in actor.permissions:
        raise NotPermitted(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A discount of {given} % is below the floor of {floor} %: a manager must "
                "approve it.",
            ),
            given=f"{bp / 100:.1f}",
            floor=f"{floor / 100:.1f}",
            permission="discount.approve",
        )
    return bp


def fees_for(
    session: Session,
    draft: OrderDraft,
    lines: Sequence[PricedLine],
    goods: int,
    method: delivery.DeliveryMethod | None = None,
) -> delivery.FeeQuote:
    """The delivery fees: the method's rules, or the shipping fee given (a manual fee)."""
    if method is None:
        method = delivery.method_in(session, draft.delivery_method)
    parcels = [delivery.Parcel(ln.weight_g, *ln.size_mm, ln.quantity) for ln in lines]
    fees = delivery.quote(method, parcels, goods, draft.ship_zone, draft.insured)
    if draft.shipping_fee_minor is not None:
        fee = _amount(draft.shipping_fee_minor, "shipping fee")
        fees = delivery.FeeQuote(
            fee, fees.packaging, fees.insurance, fees.chargeable_weight_g, False
        )
    return fees


def payment_status(state: str, total: int, paid: int, any_payment: bool, refunded: int = 0) -> str:
    """unpaid / partial / paid / refund_due / refunded, from the figures (``paid`` is
    net of refunds; ``refunded`` the sum of refunds).  Money given back on an order that
    is then short of its total (a return, a cancellation) shows as refunded, not as
    part paid."""
    if state == OrderState.CANCELLED:
        if paid > 0:
            return "refund_due"
        return "refunded" if any_payment else "unpaid"
    if paid > total:
        return "refund_due"
    if refunded > 0 and paid < total:
        return "refunded"
    if paid <= 0:
        return "unpaid"
    return "paid" if paid == total else "partial"


def record_payments(
    session: Session,
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    member_id: str | None,
    balance: int,
    payments: Sequence[PaymentInput],
) -> list[PaymentInfo]:
    """Validate and write payments against an order owing ``balance`` (see
    :func:`payment_rows`)."""
    rows, infos = payment_rows(ctx, actor, order_id, member_id, balance, payments)
    if rows:
        session.connection().execute(_INSERT_PAYMENT, rows)
    if rows and member_id:  # points payments spend points (MEM-2)
        from merchant_app.services import member_points

        member_points.on_payments(session, ctx, actor, order_id, member_id, rows)
    return infos


def payment_rows(
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    member_id: str | None,
    balance: int,
    payments: Sequence[PaymentInput],
) -> tuple[list[dict[str, Any]], list[PaymentInfo]]:
    """Validate payments against an order owing ``balance``: known methods,
    amounts above zero, no more than is owed (cash may be tendered above it: the excess
    is change).  Store credit and points need a member.  Returns the rows to insert and
    their DTOs."""
    out = []
    rows: list[dict[str, Any]] = []
    now = ctx.clock()
    for n, pay in enumerate(payments, start=1):
        if pay.method not in PAYMENT_METHODS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Payment {n}: unknown payment method “{method}”."),
                n=n,
                method=pay.method,
                field="method",
            )
        if pay.method in MEMBER_METHODS and not member_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Payment {n}: {method} needs a member on the order."),
                n=n,
                method=pay.method,
                field="method",
            )
        amount = _amount(pay.amount_minor, "payment")
        tendered = _amount(pay.tendered_minor, "amount tendered")
        if amount == 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Payment {n}: the amount must be above zero."),
                n=n,
                field="amount",
            )
        if amount > balance:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Payment {n}: {amount} is more than the {balance} still owed."
                ),
                n=n,
                amount=amount,
                balance=balance,
                field="amount",
            )
        change = 0
        if tendered:
            if pay.method != "cash":
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Payment {n}: only cash can be tendered."),
                    n=n,
                    field="tendered",
                )
            if tendered < amount:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Payment {n}: {tendered} tendered is less than {amount}."
                    ),
                    n=n,
                    tendered=tendered,
                    amount=amount,
                    field="tendered",
                )
            change = tendered - amount
        pay_id = new_id()
        rows.append(
            {
                "id": pay_id,
                "order_id": order_id,
                "method": pay.method,
                "amount_minor": amount,
                "tendered_minor": tendered or amount,
                "change_minor": change,
                "reference": bounded_text(pay.reference, 64, "payment reference"),
                "desk_id": ctx.desk_id or None,
                "user_id": actor.user_id,
                "at": now,
                "settlement_id": None,
            }
        )
        balance -= amount
        out.append(
            PaymentInfo(
                pay_id,
                pay.method,
                amount,
                tendered or amount,
                change,
                pay.reference,
                now,
                actor.login,
            )
        )
    return rows, out


# ---------------------------------------------------------------------------- place


def _check_draft(draft: OrderDraft) -> tuple[dict[str, str], int]:
    if draft.payment_terms not in PAYMENT_TERMS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown payment terms “{terms}”."),
            terms=draft.payment_terms,
            field="payment_terms",
        )
    texts = {
        "customer_name": bounded_text(draft.customer_name, 120, "customer name"),
        "customer_phone": bounded_text(draft.customer_phone, 40, "phone number"),
        "ship_name": bounded_text(draft.ship_name, 120, "recipient name"),
        "ship_phone": bounded_text(draft.ship_phone, 40, "recipient phone number"),
        "ship_address": bounded_text(draft.ship_address, 1000, "shipping address"),
        "ship_zone": bounded_text(draft.ship_zone, 32, "zone"),
        "warehouse_note": bounded_text(draft.warehouse_note, 2000, "warehouse note"),
        "note": bounded_text(draft.note, 2000, "note"),
        "external_ref": bounded_text(draft.external_ref, 64, "external reference"),
    }
    return texts, _amount(draft.order_discount_minor, "order discount")


@dataclass(frozen=True)
class OrderQuote:
    """What an order being entered comes to, before it is placed."""

    subtotal_minor: int
    discount_minor: int
    shipping_fee_minor: int
    extra_fees_minor: int
    total_minor: int
    discount_bp: int
    needs_approval: bool
    chargeable_weight_g: int
    free_shipping: bool


def quote_order(ctx: AppContext, actor: Actor, draft: OrderDraft) -> OrderQuote:
    """The totals the entry screen shows while an order is typed (nothing is written):
    lines priced as :func:`place_order` would, delivery fees from the shop's rules, and
    whether the discount needs a manager's approval."""
    _, order_discount = _check_draft(draft)
    with ctx.db.transaction() as s:
        current = load_actor(s, actor.user_id)
        lines = price_lines(s, draft.lines)
        catalog = sum(ln.quantity * ln.catalog_price_minor for ln in lines)
        subtotal = sum(ln.total_minor for ln in lines)
        goods = subtotal - order_discount
        bp = max(0, catalog - goods) * 10000 // catalog if catalog else 0
        floor = rules_in(s).max_discount_bp
        fees = fees_for(s, draft, lines, max(0, goods))
        return OrderQuote(
            subtotal,
            order_discount,
            fees.shipping,
            fees.extras,
            goods + fees.shipping + fees.extras,
            bp,
            bp > floor and "discount.approve" not in current.permissions,
            fees.chargeable_weight_g,
            fees.free_shipping,
        )


def place_order(
    ctx: AppContext,
    actor: Actor,
    draft: OrderDraft,
    payments: Sequence[PaymentInput] = (),
    *,
    discount_approver: Actor | None = None,
) -> OrderInfo:
    """Place an order in one transaction (needs ``order.create``; payments need
    ``payment.take``).

    Reserves each line's quantity at the order's location (:class:`InsufficientStock`
    names the product when sellable stock is short, unless it allows backorders); a
    discount beyond the shop's floor needs ``discount.approve`` held by the actor or by
    ``discount_approver`` (a manager who signed in at the desk; audited).  Payments may
    be split across methods and may be partial; cash tendered above the amount gives
    change.  The order starts in ``pending_review``."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "order.create")
        if payments and "payment.take" not in current.permissions:
            raise NotPermitted(permission="payment.take")
        approver = current
        if discount_approver is not None:
            approver = authorize(s, discount_approver, "discount.approve")
        return place_in_session(s, ctx, current, draft, payments, approver)


def place_in_session(
    s: Session,
    ctx: AppContext,
    current: Actor,
    draft: OrderDraft,
    payments: Sequence[PaymentInput],
    approver: Actor,
) -> OrderInfo:
    """:func:`place_order` inside the caller's transaction, for a caller that has checked
    the permissions (order imports place many orders all-or-nothing)."""
    texts, order_discount = _check_draft(draft)
    if draft.member_id:  # an order never points at a member who is not there
        status = s.scalar(select(Member.status).where(Member.id == draft.member_id))
        if status != "active":
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Errors", "The member on this order does not exist or has been erased."
                ),
                field="member",
            )
    if draft.location_id:
        where = get_location(s, draft.location_id)
        location, code = where.id, where.code
    else:
        main = ctx.db.cache.get("main_location")
        if main is None:  # a location's id and code never change once it exists
            main = ctx.db.cache["main_location"] = default_location(s)
        location, code = main.id, main.code
    lines = price_lines(s, draft.lines, location)
    floor = rules_in(s).max_discount_bp
    bp = check_discount(s, approver, lines, order_discount, floor)
    goods = sum(ln.total_minor for ln in lines) - order_discount
    method = delivery.method_in(s, draft.delivery_method)
    fees = fees_for(s, draft, lines, goods, method)
    if method.kind != "pickup" and not texts["ship_address"]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Delivery needs a shipping address."),
            field="ship_address",
        )
    subtotal = sum(ln.total_minor for ln in lines)
    total = subtotal - order_discount + fees.shipping + fees.extras
    check_order_total(subtotal, total)
    now = ctx.clock()
    order_id = new_id()
    number = next_number(s, ctx.desk_id, "order")
    row: dict[str, Any] = {
        "id": order_id,
        "number": number,
        "desk_id": ctx.desk_id or None,
        "created_by": current.user_id,
        "created_at": now,
        "updated_at": now,
        "state": OrderState.PENDING_REVIEW.value,
        "held_from": "",
        "revision": 0,
        "member_id": draft.member_id,
        "phone_key": ""
        if draft.member_id
        else phone_key(texts["customer_phone"] or texts["ship_phone"]),
        "delivery_method": draft.delivery_method,
        "location_id": location,
        "payment_terms": draft.payment_terms,
        "subtotal_minor": subtotal,
        "discount_minor": order_discount,
        "shipping_fee_minor": fees.shipping,
        "extra_fees_minor": fees.extras,
        "total_minor": total,
        "paid_minor": 0,
        "payment_status": "unpaid",
        "tracking_number": "",
        "source": draft.source,
        **texts,
    }
    line_rows: list[dict[str, Any]] = [
        {
            "id": new_id(),
            "order_id": order_id,
            "line_no": n,
            "product_id": ln.product_id,
            "sku": ln.sku,
            "name": ln.name,
            "quantity": ln.quantity,
            "unit_price_minor": ln.unit_price_minor,
            "discount_minor": ln.discount_minor,
            "total_minor": ln.total_minor,
            "packed": 0,
            "returned": 0,
        }
        for n, ln in enumerate(lines, start=1)
    ]
    pay_rows, paid = payment_rows(ctx, current, order_id, draft.member_id, total, payments)
    paid_total = sum(p.amount_minor for p in paid)
    row["paid_minor"] = paid_total
    row["payment_status"] = payment_status(row["state"], total, paid_total, bool(paid))
    if draft.member_id:  # no member's name, phone or address in clear (MEM-1)
        row["customer_name"] = row["customer_phone"] = ""
        row.update(
            seal_recipient(
                s, ctx, order_id, texts["ship_name"], texts["ship_phone"], texts["ship_address"]
            )
        )
    conn = s.connection()
    conn.execute(_INSERT_ORDER, row)
    conn.execute(_INSERT_LINE, line_rows)
    if draft.coupon_codes:  # counted in this transaction; a coupon used up refuses the order
        from merchant_app.services import promotions

        promotions.use_coupons(s, ctx, order_id, draft.member_id, draft.coupon_codes)
    if pay_rows:
        conn.execute(_INSERT_PAYMENT, pay_rows)
    if draft.member_id:  # points paid and earned (MEM-2)
        from merchant_app.services import member_points

        member_points.on_order_placed(s, ctx, current, order_id, draft.member_id, pay_rows)
    stock.reserve_many(
        s, location, quantities(lines), {ln.product_id: ln.level for ln in lines if ln.level}
    )
    write_event(
        s,
        ctx,
        current.user_id,
        order_id,
        "placed",
        "",
        OrderState.PENDING_REVIEW,
        details={"total": total, "paid": paid_total} if paid else {"total": total},
    )
    if bp > floor:
        audit.record(
            s,
            ctx,
            approver,
            "order.discount_override",
            number,
            {"discount_bp": bp, "clerk": current.login},
        )
    sync_outbox.record(s, "order", order_id)  # queued for the server when offline (GROW-2)
    return OrderInfo(
        id=order_id,
        number=number,
        state=row["state"],
        held_from="",
        revision=0,
        desk_id=row["desk_id"],
        created_at=now,
        created_by=current.login,
        member_id=draft.member_id,
        customer_name=row["customer_name"],
        customer_phone=row["customer_phone"],
        ship_name=texts["ship_name"],
        ship_phone=texts["ship_phone"],
        ship_address=texts["ship_address"],
        ship_zone=texts["ship_zone"],
        delivery_method=draft.delivery_method,
        location_id=location,
        location_code=code,
        payment_terms=draft.payment_terms,
        subtotal_minor=subtotal,
        discount_minor=order_discount,
        shipping_fee_minor=fees.shipping,
        extra_fees_minor=fees.extras,
        total_minor=total,
        paid_minor=paid_total,
        payment_status=row["payment_status"],
        tracking_number="",
        warehouse_note=texts["warehouse_note"],
        note=texts["note"],
        source=draft.source,
        external_ref=texts["external_ref"],
        lines=tuple(
            OrderLineInfo(
                r["id"],
                r["line_no"],
                r["product_id"],
                r["sku"],
                r["name"],
                r["quantity"],
                r["unit_price_minor"],
                r["discount_minor"],
                r["total_minor"],
            )
            for r in line_rows
        ),
        payments=tuple(paid),
    )


def quantities(lines: Sequence[PricedLine] | Sequence[OrderLineInfo]) -> dict[str, int]:
    """Units per product (a product may be on several lines)."""
    out: dict[str, int] = {}
    for ln in lines:
        out[ln.product_id] = out.get(ln.product_id, 0) + ln.quantity
    return out


# ---------------------------------------------------------------------------- read


def load_order(session: Session, order_id: str, *, lock: bool = False) -> SalesOrder:
    """The order row (locked FOR UPDATE on PostgreSQL when ``lock``), or NotFound."""
    q = select(SalesOrder).where(SalesOrder.id == order_id)
    if lock:
        q = q.with_for_update()
    order = session.scalars(q).first()
    if order is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The order “{order}” does not exist."), order=order_id
        )
    return order


def order_info(session: Session, order: SalesOrder) -> OrderInfo:
    """The DTO of a loaded order with its lines and payments."""
    logins = dict(session.execute(select(User.id, User.login)).tuples().all())
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
    )
    pays = session.scalars(select(Payment).where(Payment.order_id == order.id).order_by(Payment.at))
    code = location_code(session, order.location_id)
    return OrderInfo(
        id=order.id,
        number=order.number,
        state=order.state,
        held_from=order.held_from,
        revision=order.revision,
        desk_id=order.desk_id,
        created_at=order.created_at,
        created_by=logins.get(order.created_by or "", ""),
        member_id=order.member_id,
        customer_name=order.customer_name,
        customer_phone=order.customer_phone,
        **recipient_texts(session, order),
        ship_zone=order.ship_zone,
        delivery_method=order.delivery_method,
        location_id=order.location_id,
        location_code=code,
        payment_terms=order.payment_terms,
        subtotal_minor=order.subtotal_minor,
        discount_minor=order.discount_minor,
        shipping_fee_minor=order.shipping_fee_minor,
        extra_fees_minor=order.extra_fees_minor,
        total_minor=order.total_minor,
        paid_minor=order.paid_minor,
        payment_status=order.payment_status,
        tracking_number=order.tracking_number,
        warehouse_note=order.warehouse_note,
        note=order.note,
        source=order.source,
        external_ref=order.external_ref,
        lines=tuple(
            OrderLineInfo(
                ln.id,
                ln.line_no,
                ln.product_id,
                ln.sku,
                ln.name,
                ln.quantity,
                ln.unit_price_minor,
                ln.discount_minor,
                ln.total_minor,
                ln.packed,
                ln.returned,
            )
            for ln in lines
        ),
        payments=tuple(
            PaymentInfo(
                p.id,
                p.method,
                p.amount_minor,
                p.tendered_minor,
                p.change_minor,
                p.reference,
                p.at,
                logins.get(p.user_id or "", ""),
            )
            for p in pays
        ),
    )


def get_order(ctx: AppContext, actor: Actor, order_id: str) -> OrderInfo:
    """One order with its lines and payments (any signed-in user)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return order_info(s, load_order(s, order_id))


def find_order_by_number(ctx: AppContext, actor: Actor, number: str) -> OrderInfo:
    """The order whose number (or current tracking number) is ``number``, as the packing
    desk scans it; NotFound names what was scanned."""
    text = number.strip().upper()
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        order = s.scalars(
            select(SalesOrder).where(
                (SalesOrder.number == text) | (SalesOrder.tracking_number == text)
            )
        ).first()
        if order is None or not text:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No order has the number or waybill “{number}”."),
                number=number,
            )
        return order_info(s, order)


def history(ctx: AppContext, actor: Actor, order_id: str) -> list[OrderEventInfo]:
    """The order's whole history, oldest first (ORD-4)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        load_order(s, order_id)
        logins = dict(s.execute(select(User.id, User.login)).tuples().all())
        rows = s.scalars(
            select(OrderEvent)
            .where(OrderEvent.order_id == order_id)
            .order_by(OrderEvent.at, OrderEvent.id)
        )
        return [
            OrderEventInfo(
                e.at,
                logins.get(e.user_id or "", ""),
                e.kind,
                e.from_state,
                e.to_state,
                e.reason,
                json.loads(e.details) if e.details else {},
            )
            for e in rows
        ]
