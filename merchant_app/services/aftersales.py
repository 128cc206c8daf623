"""After-sales cases (ORD-6) and delivery exceptions (ORD-7) on shipped orders.

A case is a return, exchange, repair, refund, compensation or delivery exception, linked
to its order, with a reason and a status (``open`` → ``in_progress`` → ``closed``; closing
needs a resolution).  Every user action is one transaction that either does all it says
or nothing:

* goods coming back (returns, exchanges) count against what the order line still has
  (``order_line.returned`` is raised with one conditional UPDATE, so two desks cannot
  take back the same unit twice); ``restock`` puts them back on the order's shelf with a
  ``return`` stock move, ``write_off`` records them on the case only (they left the
  ledger when the order shipped), ``repair`` moves nothing;
* money going out (``refund.issue``) is a negative payment row by method: a refund never
  exceeds what was paid by that method (``order_payments.refund_in_session``); a
  compensation is capped at the order's total, all compensations together;
* an exchange, or a lost parcel resolved by reshipping, places a replacement order
  (free of charge unless a price is given) that goes through the normal review flow.
  Free goods are worth at most what they replace, unless the actor may approve
  discounts.

Payment rows a case writes carry ``"<case number> refund"`` or ``"<case number>
compensation"`` as their reference, which is how a case finds its money again.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
)
from merchant_app.ids import new_id
from merchant_app.models import (
    AfterSalesCase,
    AfterSalesLine,
    OrderEvent,
    OrderLine,
    Payment,
    Product,
    SalesOrder,
    User,
)
from merchant_app.services import audit, stock
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import STATE_LABELS, OrderState
from merchant_app.services.order_payments import refund_in_session, settle_status
from merchant_app.services.order_privacy import recipient_of, require_recipient
from merchant_app.services.orders import (
    PAYMENT_METHODS,
    LineInput,
    OrderDraft,
    load_order,
    place_in_session,
    write_event,
)
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number

PERMISSION = "aftersales.handle"
MONEY_PERMISSION = "refund.issue"
DOC = "aftersales"
MAX_TEXT = 2000
MAX_AMOUNT = 2**31 - 1  # money columns are 32-bit integers on PostgreSQL

KINDS = ("return", "exchange", "repair", "refund", "compensation", "delivery_exception")
KIND_LABELS = {
    "return": QT_TRANSLATE_NOOP("AfterSales", "Return"),
    "exchange": QT_TRANSLATE_NOOP("AfterSales", "Exchange"),
    "repair": QT_TRANSLATE_NOOP("AfterSales", "Repair"),
    "refund": QT_TRANSLATE_NOOP("AfterSales", "Refund"),
    "compensation": QT_TRANSLATE_NOOP("AfterSales", "Compensation"),
    "delivery_exception": QT_TRANSLATE_NOOP("AfterSales", "Delivery exception"),
}
EXCEPTION_KINDS = ("lost", "damaged", "wrong_address", "late")
EXCEPTION_LABELS = {
    "lost": QT_TRANSLATE_NOOP("AfterSales", "Lost"),
    "damaged": QT_TRANSLATE_NOOP("AfterSales", "Damaged"),
    "wrong_address": QT_TRANSLATE_NOOP("AfterSales", "Wrong address"),
    "late": QT_TRANSLATE_NOOP("AfterSales", "Late"),
}
STATUSES = ("open", "in_progress", "closed")
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("AfterSales", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("AfterSales", "In progress"),
    "closed": QT_TRANSLATE_NOOP("AfterSales", "Closed"),
}
DISPOSITIONS = ("restock", "write_off", "repair")
DISPOSITION_LABELS = {
    "restock": QT_TRANSLATE_NOOP("AfterSales", "Back to stock"),
    "write_off": QT_TRANSLATE_NOOP("AfterSales", "Write off"),
    "repair": QT_TRANSLATE_NOOP("AfterSales", "Repair"),
}
# what closing a case may do besides recording the resolution
OUTCOMES = ("", "reshipped", "refunded", "compensated")
OUTCOME_LABELS = {
    "": QT_TRANSLATE_NOOP("AfterSales", "Nothing more"),
    "reshipped": QT_TRANSLATE_NOOP("AfterSales", "Reship (replacement order)"),
    "refunded": QT_TRANSLATE_NOOP("AfterSales", "Refund"),
    "compensated": QT_TRANSLATE_NOOP("AfterSales", "Compensate"),
}

LINE_KINDS: dict[str, tuple[str, ...]] = {
    "return": ("restock", "write_off"),
    "exchange": ("restock", "write_off"),
    "repair": ("repair",),
}
MONEY_KINDS = {"return": "refund", "refund": "refund", "compensation": "compensation"}
OPEN_STATES = (OrderState.SHIPPED, OrderState.COMPLETED)
NEXT_STATUS = {"open": ("in_progress", "closed"), "in_progress": ("open", "closed")}


# ---------------------------------------------------------------------------- inputs/DTOs


@dataclass(frozen=True)
class CaseLineInput:
    """Units of one order line coming back, and what happens to them."""

    order_line_id: str
    quantity: int
    disposition: str = "restock"


@dataclass(frozen=True)
class CaseLineInfo:
    """A line of a case as the screens show it."""

    id: str
    order_line_id: str
    sku: str
    name: str
    quantity: int
    disposition: str


@dataclass(frozen=True)
class PayoutInfo:
    """Money a case gave back: ``purpose`` is ``refund`` or ``compensation``."""

    method: str
    amount_minor: int
    purpose: str
    at: datetime


@dataclass(frozen=True)
class CaseNoteInfo:
    """One entry of a case's story (opened, status changes, notes, closing)."""

    at: datetime
    user_login: str
    action: str
    status: str
    text: str


@dataclass(frozen=True)
class CaseRow:
    """A case in a list."""

    id: str
    number: str
    order_id: str
    order_number: str
    customer_name: str
    kind: str
    exception_kind: str
    status: str
    reason: str
    amount_minor: int
    created_at: datetime
    created_by: str
    closed_at: datetime | None

    @property
    def cursor(self) -> tuple[datetime, str]:
        """The keyset key for the next page."""
        return (self.created_at, self.id)


@dataclass(frozen=True)
class CaseInfo:
    """A case with its lines, money, replacement order and story."""

    id: str
    number: str
    order_id: str
    order_number: str
    kind: str
    exception_kind: str
    status: str
    reason: str
    resolution: str
    amount_minor: int
    replacement_order_id: str | None
    replacement_order_number: str
    created_at: datetime
    created_by: str
    closed_at: datetime | None
    closed_by: str
    lines: tuple[CaseLineInfo, ...] = ()
    payouts: tuple[PayoutInfo, ...] = ()
    notes: tuple[CaseNoteInfo, ...] = ()

    @property
    def refunded_minor(self) -> int:
        """What the case refunded."""
        return sum(p.amount_minor for p in self.payouts if p.purpose == "refund")

    @property
    def compensated_minor(self) -> int:
        """What the case paid as compensation."""
        return sum(p.amount_minor for p in self.payouts if p.purpose == "compensation")


# ---------------------------------------------------------------------------- checks


_GIVE = QT_TRANSLATE_NOOP("Errors", "Give the {what} of the case.")


def _money(method: str, amount: int) -> tuple[str, int]:
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The amount must be above zero."), field="amount"
        )
    if method not in PAYMENT_METHODS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose how the money is paid back (“{method}”?)."),
            method=method,
            field="method",
        )
    return method, amount


def _check_kind(kind: str, exception_kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of after-sales case “{kind}”."),
            kind=kind,
            field="kind",
        )
    if kind == "delivery_exception":
        if exception_kind not in EXCEPTION_KINDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say what went wrong with the delivery (lost, damaged, …)."
                ),
                field="exception_kind",
            )
    elif exception_kind:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only a delivery exception has an exception kind."),
            field="exception_kind",
        )


def _check_order(order: SalesOrder, kind: str) -> None:
    allowed = (OrderState.SHIPPED,) if kind == "delivery_exception" else OPEN_STATES
    if order.state not in allowed:
        template = (
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} is {state}: a delivery exception needs a shipped order.",
            )
            if kind == "delivery_exception"
            else QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} is {state}: after-sales cases are for shipped or completed "
                "orders (cancel an order that has not shipped).",
            )
        )
        raise InvalidTransition(
            template, number=order.number, state=STATE_LABELS.get(order.state, order.state)
        )


def _load_case(s: Session, case_id: str, *, lock: bool = False) -> AfterSalesCase:
    q = select(AfterSalesCase).where(AfterSalesCase.id == case_id)
    if lock:
        q = q.with_for_update()
    case = s.scalars(q).first()
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The after-sales case “{case}” does not exist."),
            case=case_id,
        )
    return case


# ---------------------------------------------------------------------------- effects


def _take_back(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    case_id: str,
    case_number: str,
    kind: str,
    lines: Sequence[CaseLineInput],
) -> list[tuple[OrderLine, int, str]]:
    """Check and apply the lines of a case; returns (order line, quantity, disposition)."""
    allowed = LINE_KINDS.get(kind)
    if allowed is None:
        if lines:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Only returns, exchanges and repairs take goods back."),
                field="lines",
            )
        return []
    if not lines:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one line and its quantity."),
            field="lines",
        )
    order_lines = {
        ln.id: ln for ln in s.scalars(select(OrderLine).where(OrderLine.order_id == order.id))
    }
    done: list[tuple[OrderLine, int, str]] = []
    seen: set[str] = set()
    for item in lines:
        line = order_lines.get(item.order_line_id)
        if line is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "That line is not on order {number}."),
                number=order.number,
            )
        if item.order_line_id in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Line {line} ({sku}) is given twice."),
                line=line.line_no,
                sku=line.sku,
                field="lines",
            )
        seen.add(item.order_line_id)
        if item.disposition not in allowed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line} ({sku}): “{disposition}” does not fit this case."
                ),
                line=line.line_no,
                sku=line.sku,
                disposition=item.disposition,
                field="disposition",
            )
        qty = item.quantity
        left = line.quantity - line.returned
        if isinstance(qty, bool) or not isinstance(qty, int) or qty <= 0 or qty > left:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line} ({sku}): {asked} asked, but only {left} of {sold} can still "
                    "come back.",
                ),
                line=line.line_no,
                sku=line.sku,
                asked=qty,
                left=max(0, left),
                sold=line.quantity,
                field="quantity",
            )
        if item.disposition != "repair":
            taken = s.execute(
                update(OrderLine)
                .where(OrderLine.id == line.id, OrderLine.returned + qty <= OrderLine.quantity)
                .values(returned=OrderLine.returned + qty)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if taken != 1:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line} ({sku}) was taken back on another desk meanwhile; "
                        "reload the order.",
                    ),
                    line=line.line_no,
                    sku=line.sku,
                )
        if item.disposition == "restock":
            stock.return_to_stock(
                s,
                ctx,
                current.user_id,
                line.product_id,
                order.location_id,
                qty,
                DOC,
                case_id,
                case_number,
            )
        s.add(
            AfterSalesLine(
                id=new_id(),
                case_id=case_id,
                order_line_id=line.id,
                quantity=qty,
                disposition=item.disposition,
            )
        )
        done.append((line, qty, item.disposition))
    s.flush()
    return done


def _pay_out(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    case_number: str,
    purpose: str,
    method: str,
    amount: int,
    reason: str,
) -> None:
    """A refund (capped by what that method paid) or a compensation (all compensations
    on the order capped at its total), as a negative payment row."""
    reference = f"{case_number} {purpose}"
    if purpose == "refund":
        refund_in_session(
            s, ctx, current, order, method, amount, reason or case_number, reference=reference
        )
        return
    given = -sum(
        p.amount_minor
        for p in s.scalars(select(Payment).where(Payment.order_id == order.id))
        if p.reference.endswith(" compensation")
    )
    if given + amount > order.total_minor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number}: compensation is capped at the order total {total}; "
                "{given} was already given, {amount} asked.",
            ),
            number=order.number,
            total=order.total_minor,
            given=given,
            amount=amount,
            field="amount",
        )
    s.add(
        Payment(
            id=new_id(),
            order_id=order.id,
            method=method,
            amount_minor=-amount,
            tendered_minor=0,
            change_minor=0,
            reference=reference[:64],
            desk_id=ctx.desk_id or None,
            user_id=current.user_id,
            at=ctx.clock(),
        )
    )
    s.flush()
    settle_status(s, order.id)
    audit.record(
        s,
        ctx,
        current,
        "order.compensation",
        order.number,
        {"method": method, "amount": amount, "case": case_number},
    )


def _replace(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    case_number: str,
    replacing: Sequence[tuple[OrderLine, int]],
    replacement: Sequence[LineInput] | None,
    ship_address: str,
) -> tuple[str, str]:
    """Place the replacement order for ``replacing`` (order line, units); returns its id
    and number.  Lines default to the same products and units, free of charge."""
    if replacement is None:
        wanted = [LineInput(ln.product_id, qty, 0) for ln, qty in replacing if qty > 0]
    else:
        wanted = [
            LineInput(
                ln.product_id,
                ln.quantity,
                0 if ln.unit_price_minor is None else ln.unit_price_minor,
                ln.discount_minor,
            )
            for ln in replacement
        ]
    if not wanted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The replacement order needs at least one product."),
            field="replacement",
        )
    worth = sum((ln.total_minor * qty) // ln.quantity for ln, qty in replacing if ln.quantity > 0)
    free = [ln for ln in wanted if ln.unit_price_minor == 0]
    prices = dict(
        s.execute(
            select(Product.id, Product.price_minor).where(
                Product.id.in_({ln.product_id for ln in free})
            )
        )
        .tuples()
        .all()
    )
    free_value = sum(prices.get(ln.product_id, 0) * ln.quantity for ln in free)
    if free_value > worth and "discount.approve" not in current.permissions:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The free replacement is worth {value}, more than the {worth} it replaces: "
                "charge the difference or ask a manager.",
            ),
            value=free_value,
            worth=worth,
            field="replacement",
        )
    to = require_recipient(s, order)  # a member's sealed recipient: opened, sealed again
    address = ship_address.strip() or to.address
    draft = OrderDraft(
        lines=tuple(wanted),
        member_id=order.member_id,
        customer_name=order.customer_name,
        customer_phone=order.customer_phone,
        ship_name=to.name,
        ship_phone=to.phone,
        ship_address=address,
        ship_zone=order.ship_zone,
        delivery_method=order.delivery_method,
        shipping_fee_minor=0,
        payment_terms="prepaid",
        warehouse_note=order.warehouse_note,
        location_id=order.location_id,
        source="aftersales",
        external_ref=case_number,
    )
    # The case stands in for a discount approval: the goods were paid on the original
    # order (the replacement's value was checked against them above).
    approver = dataclasses.replace(current, permissions=current.permissions | {"discount.approve"})
    info = place_in_session(s, ctx, current, draft, (), approver)
    write_event(
        s,
        ctx,
        current.user_id,
        info.id,
        "aftersales",
        details={"case": case_number, "replaces": order.number, "action": "replacement"},
    )
    return info.id, info.number


# ---------------------------------------------------------------------------- reading


def _logins(s: Session) -> dict[str, str]:
    return dict(s.execute(select(User.id, User.login)).tuples().all())


def _case_info(s: Session, case: AfterSalesCase) -> CaseInfo:
    logins = _logins(s)
    order = s.get(SalesOrder, case.order_id)
    order_number = order.number if order else ""
    replacement_number = ""
    if case.replacement_order_id:
        replacement_number = (
            s.scalar(select(SalesOrder.number).where(SalesOrder.id == case.replacement_order_id))
            or ""
        )
    lines = s.execute(
        select(AfterSalesLine, OrderLine.sku, OrderLine.name, OrderLine.line_no)
        .join(OrderLine, OrderLine.id == AfterSalesLine.order_line_id)
        .where(AfterSalesLine.case_id == case.id)
        .order_by(OrderLine.line_no)
    ).all()
    payouts = [
        PayoutInfo(p.method, -p.amount_minor, p.reference.rsplit(" ", 1)[-1], p.at)
        for p in s.scalars(
            select(Payment)
            .where(Payment.order_id == case.order_id, Payment.reference.like(f"{case.number} %"))
            .order_by(Payment.at, Payment.id)
        )
    ]
    notes: list[CaseNoteInfo] = []
    for e in s.scalars(
        select(OrderEvent)
        .where(OrderEvent.order_id == case.order_id, OrderEvent.kind == "aftersales")
        .order_by(OrderEvent.at, OrderEvent.id)
    ):
        details: dict[str, Any] = json.loads(e.details) if e.details else {}
        if details.get("case") != case.number:
            continue
        notes.append(
            CaseNoteInfo(
                e.at,
                logins.get(e.user_id or "", ""),
                str(details.get("action", "")),
                str(details.get("status", "")),
                e.reason,
            )
        )
    return CaseInfo(
        id=case.id,
        number=case.number,
        order_id=case.order_id,
        order_number=order_number,
        kind=case.kind,
        exception_kind=case.exception_kind,
        status=case.status,
        reason=case.reason,
        resolution=case.resolution,
        amount_minor=case.amount_minor,
        replacement_order_id=case.replacement_order_id,
        replacement_order_number=replacement_number,
        created_at=case.created_at,
        created_by=logins.get(case.created_by or "", ""),
        closed_at=case.closed_at,
        closed_by=logins.get(case.closed_by or "", ""),
        lines=tuple(
            CaseLineInfo(ln.id, ln.order_line_id, sku, name, ln.quantity, ln.disposition)
            for ln, sku, name, _no in lines
        ),
        payouts=tuple(payouts),
        notes=tuple(notes),
    )


_ROWS = (
    select(
        AfterSalesCase,
        SalesOrder.number,
        SalesOrder.customer_name,
        SalesOrder.ship_name,
        SalesOrder.ship_phone,
        SalesOrder.ship_address,
    )
    .join(SalesOrder, SalesOrder.id == AfterSalesCase.order_id)
    .order_by(AfterSalesCase.created_at.desc(), AfterSalesCase.id.desc())
)


def _rows(s: Session, query: Any) -> list[CaseRow]:
    logins = _logins(s)
    return [
        CaseRow(
            id=c.id,
            number=c.number,
            order_id=c.order_id,
            order_number=number,
            customer_name=customer or recipient_of(s, _Shipped(c.order_id, *ship)).name,
            kind=c.kind,
            exception_kind=c.exception_kind,
            status=c.status,
            reason=c.reason,
            amount_minor=c.amount_minor,
            created_at=c.created_at,
            created_by=logins.get(c.created_by or "", ""),
            closed_at=c.closed_at,
        )
        for c, number, customer, *ship in s.execute(query)
    ]


class _Shipped(NamedTuple):
    id: str
    ship_name: str
    ship_phone: str
    ship_address: str


# ---------------------------------------------------------------------------- services


def open_case(
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    kind: str,
    reason: str,
    lines: Sequence[CaseLineInput] = (),
    exception_kind: str = "",
    amount_minor: int = 0,
    *,
    method: str = "",
    replacement: Sequence[LineInput] | None = None,
    ship_address: str = "",
) -> CaseInfo:
    """Open a case on a shipped or completed order (a delivery exception: shipped only)
    with ``aftersales.handle``; a reason is required.  All or nothing:

    * return / exchange / repair: ``lines`` say which units come back; each is at most
      what the line still has (sold − returned), refused naming the line otherwise;
      ``restock`` writes a ``return`` stock move at the order's location, ``write_off``
      moves no stock, ``repair`` nothing yet; returned units are counted on the line;
    * return / refund / compensation with ``amount_minor`` > 0: money goes back by
      ``method`` at once (needs ``refund.issue``; refunds ≤ what that method paid,
      compensation ≤ the order total);
    * exchange: a replacement order is placed (default: the same products and units,
      free of charge; ``replacement`` lines may differ, a price charges them);
    * delivery exception: ``exception_kind`` is lost, damaged, wrong_address or late.

    Writes an ``aftersales`` entry in the order's history and an audit entry."""
    _check_kind(kind, exception_kind)
    text = bounded_text(reason, MAX_TEXT, "reason", required=_GIVE)
    money = MONEY_KINDS.get(kind)
    if amount_minor:
        if money is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Money goes back with a return, a refund or a compensation; close a "
                    "delivery exception with a refund or compensation instead.",
                ),
                field="amount",
            )
        _money(method, amount_minor)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        if amount_minor:
            current = authorize(s, actor, MONEY_PERMISSION)
        order = load_order(s, order_id, lock=True)
        _check_order(order, kind)
        case_id = new_id()
        number = next_number(s, ctx.desk_id, "aftersales")
        now = ctx.clock()
        case = AfterSalesCase(
            id=case_id,
            number=number,
            order_id=order.id,
            kind=kind,
            exception_kind=exception_kind,
            reason=text,
            status="open",
            resolution="",
            amount_minor=amount_minor,
            replacement_order_id=None,
            created_by=current.user_id,
            created_at=now,
        )
        s.add(case)
        s.flush()
        taken = _take_back(s, ctx, current, order, case_id, number, kind, lines)
        if kind == "return" and taken and order.member_id:  # points go back (MEM-2)
            from merchant_app.services import member_points

            value = sum(ln.total_minor * qty // ln.quantity for ln, qty, _ in taken)
            member_points.reverse_for_order(s, ctx, current, order.id, value)
        if kind == "exchange":
            replacement_id, _ = _replace(
                s,
                ctx,
                current,
                order,
                number,
                [(ln, qty) for ln, qty, _ in taken],
                replacement,
                ship_address,
            )
            case.replacement_order_id = replacement_id
        if amount_minor and money is not None:
            _pay_out(s, ctx, current, order, number, money, method, amount_minor, text)
        details: dict[str, Any] = {"case": number, "kind": kind, "action": "opened"}
        if exception_kind:
            details["exception"] = exception_kind
        if taken:
            details["lines"] = [[ln.sku, qty, disp] for ln, qty, disp in taken]
        if amount_minor:
            details["amount"] = amount_minor
            details["method"] = method
        write_event(s, ctx, current.user_id, order.id, "aftersales", reason=text, details=details)
        audit.record(s, ctx, current, "aftersales.open", number, {"order": order.number, **details})
        s.flush()
        return _case_info(s, case)


def update_case(
    ctx: AppContext, actor: Actor, case_id: str, status: str = "", note: str = ""
) -> CaseInfo:
    """Move an open case to ``in_progress`` (or back to ``open``) and/or add a note to its
    story (``aftersales.handle``).  A closed case takes no changes; use
    :func:`close_case` to close."""
    note_text = bounded_text(note, MAX_TEXT, "note")
    if status and status not in ("open", "in_progress"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Close a case with its resolution."), field="status"
        )
    if not status and not note_text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a new status or a note."), field="note"
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        case = _load_case(s, case_id, lock=True)
        _refuse_closed(case)
        source = case.status
        if status and status != source:
            _set_status(s, case, source, status)
        write_event(
            s,
            ctx,
            current.user_id,
            case.order_id,
            "aftersales",
            reason=note_text,
            details={"case": case.number, "action": "updated", "status": status or source},
        )
        s.refresh(case)
        return _case_info(s, case)


def _refuse_closed(case: AfterSalesCase) -> None:
    if case.status == "closed":
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "Case {number} is closed."), number=case.number
        )


def _set_status(s: Session, case: AfterSalesCase, source: str, target: str, **values: Any) -> None:
    done = s.execute(
        update(AfterSalesCase)
        .where(AfterSalesCase.id == case.id, AfterSalesCase.status == source)
        .values(status=target, **values)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if done != 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Case {number} was changed on another desk; reload it."),
            number=case.number,
        )


def close_case(
    ctx: AppContext,
    actor: Actor,
    case_id: str,
    resolution: str,
    *,
    outcome: str = "",
    method: str = "",
    amount_minor: int = 0,
    replacement: Sequence[LineInput] | None = None,
    ship_address: str = "",
) -> CaseInfo:
    """Close a case with its resolution text (required; ``aftersales.handle``), all or
    nothing.  ``outcome`` may add: ``reshipped`` (delivery exceptions only: a
    replacement order for the order's goods not taken back, or ``replacement``, sent to
    ``ship_address`` when given), ``refunded`` or ``compensated`` (``method`` and
    ``amount_minor``, needs ``refund.issue``, capped as in :func:`open_case`)."""
    text = bounded_text(resolution, MAX_TEXT, "resolution", required=_GIVE)
    if outcome not in OUTCOMES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown outcome “{outcome}”."),
            outcome=outcome,
            field="outcome",
        )
    if outcome in ("refunded", "compensated"):
        _money(method, amount_minor)
    elif amount_minor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose refund or compensation to pay money back."),
            field="outcome",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        if amount_minor:
            current = authorize(s, actor, MONEY_PERMISSION)
        case = _load_case(s, case_id, lock=True)
        _refuse_closed(case)
        order = load_order(s, case.order_id, lock=True)
        details: dict[str, Any] = {"case": case.number, "action": "closed", "status": "closed"}
        values: dict[str, Any] = {
            "resolution": text,
            "closed_by": current.user_id,
            "closed_at": ctx.clock(),
        }
        if outcome:
            details["outcome"] = outcome
        if outcome == "reshipped":
            if case.kind != "delivery_exception" or case.replacement_order_id:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only a delivery exception is resolved by reshipping."
                    ),
                    field="outcome",
                )
            remaining = [
                (ln, ln.quantity - ln.returned)
                for ln in s.scalars(
                    select(OrderLine)
                    .where(OrderLine.order_id == order.id)
                    .order_by(OrderLine.line_no)
                )
            ]
            replacement_id, replacement_number = _replace(
                s, ctx, current, order, case.number, remaining, replacement, ship_address
            )
            values["replacement_order_id"] = replacement_id
            details["replacement"] = replacement_number
        elif outcome in ("refunded", "compensated"):
            purpose = "refund" if outcome == "refunded" else "compensation"
            _pay_out(s, ctx, current, order, case.number, purpose, method, amount_minor, text)
            values["amount_minor"] = case.amount_minor + amount_minor
            details["amount"] = amount_minor
            details["method"] = method
        _set_status(s, case, case.status, "closed", **values)
        write_event(s, ctx, current.user_id, order.id, "aftersales", reason=text, details=details)
        audit.record(s, ctx, current, "aftersales.close", case.number, details)
        s.refresh(case)
        return _case_info(s, case)


def get_case(ctx: AppContext, actor: Actor, case_id: str) -> CaseInfo:
    """One case with its lines, money, replacement order and story (``aftersales.handle``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        return _case_info(s, _load_case(s, case_id))


def list_cases(
    ctx: AppContext,
    actor: Actor,
    status: str = "",
    kind: str = "",
    after: tuple[datetime, str] | None = None,
    limit: int = 200,
) -> list[CaseRow]:
    """Cases newest first, optionally of one status and/or kind, a page of ``limit`` after
    the keyset ``after`` (a row's ``cursor``) (``aftersales.handle``).  ``status``
    ``"active"`` lists the cases not closed."""
    if status and status not in STATUSES and status != "active":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown case status “{status}”."),
            status=status,
            field="status",
        )
    if kind and kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of after-sales case “{kind}”."),
            kind=kind,
            field="kind",
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        query = _ROWS
        if status == "active":
            query = query.where(AfterSalesCase.status.in_(("open", "in_progress")))
        elif status:
            query = query.where(AfterSalesCase.status == status)
        if kind:
            query = query.where(AfterSalesCase.kind == kind)
        if after is not None:
            at, last_id = after
            query = query.where(
                or_(
                    AfterSalesCase.created_at < at,
                    and_(AfterSalesCase.created_at == at, AfterSalesCase.id < last_id),
                )
            )
        return _rows(s, query.limit(max(1, min(limit, 1000))))


def cases_for_order(ctx: AppContext, actor: Actor, order_id: str) -> list[CaseRow]:
    """Every case on one order, newest first (``aftersales.handle``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        load_order(s, order_id)
        return _rows(s, _ROWS.where(AfterSalesCase.order_id == order_id))
