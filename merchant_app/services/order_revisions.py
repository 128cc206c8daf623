"""Modifying an order (ORD-4): orders are never silently edited.

* ``pending_review``: the modification is applied at once as a recorded revision: the
  new lines are priced and checked like a new order's, the reservation at the order's
  location changes by the difference per product, the totals (and delivery fees) are
  worked out again, the revision number goes up by one and the history gets a
  ``revised`` entry with who, when, the lines before and after, and why.
* ``awaiting_warehouse`` (after customer-service review): the modification becomes an
  approval request (AUTH-4, kind ``order.modify``) that someone holding
  ``order.approve_change`` applies; it applies only while the order is still awaiting
  the warehouse at the revision it was asked for.  A requester who holds that
  permission gets it applied at once.
* after warehouse approval: refused; cancel the order and enter a new one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, InvalidTransition
from merchant_app.ids import new_id
from merchant_app.models import OrderLine, Product, SalesOrder, User
from merchant_app.services import approvals, audit, delivery, stock
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import (
    MODIFIABLE,
    MODIFY_NEEDS_APPROVAL,
    STATE_LABELS,
    OrderState,
)
from merchant_app.services.order_payments import settle_status
from merchant_app.services.order_rules import rules_in
from merchant_app.services.orders import (
    MAX_AMOUNT,
    LineInput,
    OrderDraft,
    OrderInfo,
    PricedLine,
    check_discount,
    check_order_total,
    fees_for,
    load_order,
    order_info,
    price_lines,
    write_event,
)
from merchant_app.services.permissions import authorize

KIND = "order.modify"
_line: Table = OrderLine.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class RevisionResult:
    """The outcome of :func:`modify_order`: ``applied`` with the revised order, or a
    pending approval request ``approval_id`` (the order as it still is)."""

    order: OrderInfo
    applied: bool
    approval_id: str | None


# ---------------------------------------------------------------------------- checks


def _reason(reason: str) -> str:
    return bounded_text(
        reason,
        1000,
        "reason",
        required=QT_TRANSLATE_NOOP(
            "Errors", "Give a reason for the change (1 to 1000 characters)."
        ),
    )


def _discount(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AMOUNT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {field} must be an amount between 0 and {max}."),
            field="order discount",
            max=MAX_AMOUNT,
        )
    return value


def _refuse(order: SalesOrder) -> InvalidTransition:
    """Why ``order`` cannot be modified in its state."""
    state = order.state
    held = order.held_from if state == OrderState.ON_HOLD else ""
    if state in (OrderState.WAREHOUSE_APPROVED, OrderState.PACKED) or held in (
        OrderState.WAREHOUSE_APPROVED,
        OrderState.PACKED,
    ):
        return InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} has been approved by the warehouse: it can no longer be "
                "modified; cancel it and enter a new order.",
            ),
            number=order.number,
        )
    if state in (OrderState.SHIPPED, OrderState.COMPLETED):
        return InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} has been shipped: it can no longer be modified; open an "
                "after-sales case instead.",
            ),
            number=order.number,
        )
    if state == OrderState.ON_HOLD:
        return InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors", "Order {number} is on hold: release the hold before modifying it."
            ),
            number=order.number,
        )
    return InvalidTransition(
        QT_TRANSLATE_NOOP("Errors", "Order {number} is {state}: it cannot be modified."),
        number=order.number,
        state=STATE_LABELS.get(state, state),
    )


# ---------------------------------------------------------------------------- revise


def _snapshot(rows: Sequence[OrderLine] | Sequence[PricedLine]) -> list[dict[str, Any]]:
    return [
        {
            "sku": ln.sku,
            "qty": ln.quantity,
            "price": ln.unit_price_minor,
            "discount": ln.discount_minor,
        }
        for ln in rows
    ]


def _units(rows: Sequence[OrderLine] | Sequence[PricedLine]) -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in rows:
        out[ln.product_id] = out.get(ln.product_id, 0) + ln.quantity
    return out


def _fee_draft(
    s: Session, order: SalesOrder, old: Sequence[OrderLine], lines: tuple[LineInput, ...]
) -> OrderDraft:
    """The delivery terms the order was placed with.  The order keeps only the fees, so
    they are read back from them: a shipping fee other than what the method's rules give
    for the current lines was set by hand and is kept; extra fees above the packaging fee
    mean the order is insured."""
    method = delivery.method_in(s, order.delivery_method)
    ids = list({ln.product_id for ln in old})
    sizes = {
        row.id: row
        for row in s.execute(
            select(
                Product.id, Product.weight_g, Product.length_mm, Product.width_mm, Product.height_mm
            ).where(Product.id.in_(ids))
        )
    }
    parcels = [
        delivery.Parcel(
            sizes[ln.product_id].weight_g,
            sizes[ln.product_id].length_mm,
            sizes[ln.product_id].width_mm,
            sizes[ln.product_id].height_mm,
            ln.quantity,
        )
        for ln in old
        if ln.product_id in sizes
    ]
    goods = order.subtotal_minor - order.discount_minor
    by_rules = delivery.quote(method, parcels, goods, order.ship_zone, False)
    manual = order.shipping_fee_minor != by_rules.shipping
    return OrderDraft(
        lines=lines,
        delivery_method=order.delivery_method,
        ship_zone=order.ship_zone,
        insured=order.extra_fees_minor > by_rules.packaging,
        shipping_fee_minor=order.shipping_fee_minor if manual else None,
    )


def _revise(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    lines: tuple[LineInput, ...],
    order_discount: int | None,
    reason: str,
    extra: Mapping[str, Any] | None = None,
) -> int:
    """Apply a modification to the loaded (locked) ``order`` in the caller's transaction;
    returns the new revision number.  Any refusal raises before the order is changed
    (the caller's transaction rolls back whatever stock was touched)."""
    priced = price_lines(s, lines)
    discount = order.discount_minor if order_discount is None else order_discount
    bp = check_discount(s, current, priced, discount)
    old = list(
        s.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
        )
    )
    before, after = _snapshot(old), _snapshot(priced)
    if before == after and discount == order.discount_minor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Order {number}: the modification changes nothing."),
            number=order.number,
            field="lines",
        )
    subtotal = sum(ln.total_minor for ln in priced)
    goods = subtotal - discount
    fees = fees_for(s, _fee_draft(s, order, old, lines), priced, goods)
    total = goods + fees.shipping + fees.extras
    check_order_total(subtotal, total)

    # Reservations: give back what is no longer wanted first, then hold what is added.
    was, now = _units(old), _units(priced)
    products = sorted(set(was) | set(now))
    for pid in products:
        if was.get(pid, 0) > now.get(pid, 0):
            stock.release(s, pid, order.location_id, was[pid] - now.get(pid, 0))
    for pid in products:
        if now.get(pid, 0) > was.get(pid, 0):
            stock.reserve(s, pid, order.location_id, now[pid] - was.get(pid, 0))

    state, revision, old_total = order.state, order.revision, order.total_minor
    conn = s.connection()
    conn.execute(delete(_line).where(_line.c.order_id == order.id))
    conn.execute(
        insert(_line),
        [
            {
                "id": new_id(),
                "order_id": order.id,
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
            for n, ln in enumerate(priced, start=1)
        ],
    )
    done = s.execute(
        update(SalesOrder)
        .where(
            SalesOrder.id == order.id,
            SalesOrder.state == state,
            SalesOrder.revision == revision,
        )
        .values(
            subtotal_minor=subtotal,
            discount_minor=discount,
            shipping_fee_minor=fees.shipping,
            extra_fees_minor=fees.extras,
            total_minor=total,
            revision=revision + 1,
            updated_at=ctx.clock(),
        )
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if done != 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Order {number} was changed on another desk; reload it."),
            number=order.number,
        )
    s.expire(order)
    settle_status(s, order.id)
    details: dict[str, Any] = {
        "revision": revision + 1,
        "before": before,
        "after": after,
        "total_before": old_total,
        "total_after": total,
        **(extra or {}),
    }
    if discount != order.discount_minor:
        details["discount_after"] = discount
    write_event(s, ctx, current.user_id, order.id, "revised", state, state, reason, details)
    audit.record(
        s,
        ctx,
        current,
        "order.modify",
        order.number,
        {"revision": revision + 1, "reason": reason, "total": total, **(extra or {})},
    )
    if bp > rules_in(s).max_discount_bp:
        audit.record(s, ctx, current, "order.discount_override", order.number, {"discount_bp": bp})
    return revision + 1


# ---------------------------------------------------------------------------- services


def _payload_lines(lines: tuple[LineInput, ...]) -> list[list[Any]]:
    return [[ln.product_id, ln.quantity, ln.unit_price_minor, ln.discount_minor] for ln in lines]


def _summary(number: str, before: Sequence[OrderLine], lines: Sequence[PricedLine]) -> str:
    def text(rows: Sequence[OrderLine] | Sequence[PricedLine]) -> str:
        return ", ".join(f"{ln.quantity} × {ln.sku}" for ln in rows)

    return f"Modify order {number}: {text(before)} → {text(lines)}"[:500]


def modify_order(
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    lines: tuple[LineInput, ...],
    reason: str,
    *,
    order_discount_minor: int | None = None,
) -> RevisionResult:
    """Replace an order's lines (and, when given, its order discount) with a recorded
    revision (``order.modify``; reason required), ORD-4.

    In ``pending_review`` it is applied at once: lines priced and checked as when
    placing (discount floor included), the reservation changed by the difference per
    product (:class:`~merchant_app.services.stock.InsufficientStock` refuses it with
    nothing changed), totals and delivery fees worked out again, ``revision`` + 1, the
    payment status recomputed (more paid than the new total: refund due), and a
    ``revised`` history entry with the lines before and after and the reason.

    In ``awaiting_warehouse`` it is checked the same way, then becomes an approval
    request of kind ``order.modify`` (``order.approve_change`` approves; a requester
    holding it has it applied at once) and the history gets ``revision requested``.
    Later states are refused with :class:`InvalidTransition` (cancel and re-enter)."""
    text = _reason(reason)
    discount = _discount(order_discount_minor)
    lines = tuple(lines)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "order.modify")
        order = load_order(s, order_id, lock=True)
        if order.state not in MODIFIABLE:
            raise _refuse(order)
        if order.state not in MODIFY_NEEDS_APPROVAL:
            _revise(s, ctx, current, order, lines, discount, text)
            return RevisionResult(order_info(s, order), True, None)
        # Check everything now (stock included) so the requester hears of a problem
        # before a manager is asked; the approver's apply checks it all again.
        old = list(
            s.scalars(
                select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
            )
        )
        priced = price_lines(s, lines)
        summary = _summary(order.number, old, priced)
        before, after = _snapshot(old), _snapshot(priced)
        revision = order.revision
        may_discount = dataclasses.replace(
            current, permissions=current.permissions | {"discount.approve"}
        )
        savepoint = s.begin_nested()
        try:
            _revise(s, ctx, may_discount, order, lines, discount, text)
        finally:
            savepoint.rollback()
    payload = {
        "order_id": order_id,
        "revision": revision,
        "lines": _payload_lines(lines),
        "order_discount": discount,
        "reason": text,
        "requested_by": current.user_id,
    }
    info = approvals.submit(ctx, actor, KIND, payload, summary, reason=text)
    with ctx.db.transaction() as s:
        order = load_order(s, order_id)
        if info.status != approvals.APPROVED:
            write_event(
                s,
                ctx,
                current.user_id,
                order.id,
                "revision requested",
                order.state,
                order.state,
                text,
                {
                    "approval": info.id,
                    "revision": revision,
                    "before": before,
                    "after": after,
                },
            )
        result = order_info(s, order)
    return RevisionResult(result, info.status == approvals.APPROVED, info.id)


def _apply_approved(s: Session, ctx: AppContext, approver: Actor, payload: dict[str, Any]) -> None:
    """Apply an approved ``order.modify`` request: only while the order is still awaiting
    the warehouse at the revision it was requested at, else :class:`Conflict`."""
    order = load_order(s, payload["order_id"], lock=True)
    if order.state != OrderState.AWAITING_WAREHOUSE or order.revision != payload["revision"]:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} has changed since this modification was asked for (it is "
                "now {state}, revision {revision}): refuse the request and ask again.",
            ),
            number=order.number,
            state=STATE_LABELS.get(order.state, order.state),
            revision=order.revision,
        )
    lines = tuple(
        LineInput(str(pid), int(qty), None if price is None else int(price), int(disc))
        for pid, qty, price, disc in payload["lines"]
    )
    requester = s.scalar(select(User.login).where(User.id == payload["requested_by"])) or ""
    _revise(
        s,
        ctx,
        approver,
        order,
        lines,
        payload["order_discount"],
        str(payload["reason"]),
        {"requested_by": requester, "approved_by": approver.login},
    )


approvals.register(
    approvals.ApprovalKind(KIND, "order.modify", "order.approve_change", _apply_approved)
)
