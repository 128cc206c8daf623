"""Payments after placing and refunds (ORD-5).

An order's ``paid_minor`` is always the sum of its payment rows (refunds are negative
rows); :func:`settle_status` recomputes it and the payment status in the same
transaction as every change, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, InvalidTransition
from merchant_app.ids import new_id
from merchant_app.models import Payment, SalesOrder
from merchant_app.services import audit, sync_outbox
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import OrderState
from merchant_app.services.orders import (
    PAYMENT_METHODS,
    OrderInfo,
    PaymentInput,
    load_order,
    order_info,
    payment_status,
    record_payments,
    write_event,
)
from merchant_app.services.permissions import authorize


def settle_status(session: Session, order_id: str) -> None:
    """Recompute ``paid_minor`` (sum of payment rows) and ``payment_status``."""
    refunds = case((Payment.amount_minor < 0, -Payment.amount_minor), else_=0)
    paid, count, refunded = session.execute(
        select(
            func.coalesce(func.sum(Payment.amount_minor), 0),
            func.count(),
            func.coalesce(func.sum(refunds), 0),
        ).where(Payment.order_id == order_id)
    ).one()
    order = session.get(SalesOrder, order_id)
    assert order is not None
    session.execute(
        update(SalesOrder)
        .where(SalesOrder.id == order_id)
        .values(
            paid_minor=int(paid),
            payment_status=payment_status(
                order.state, order.total_minor, int(paid), count > 0, int(refunded)
            ),
        )
        .execution_options(synchronize_session=False)
    )
    session.expire(order)


def take_payment(
    ctx: AppContext, actor: Actor, order_id: str, payments: Sequence[PaymentInput]
) -> OrderInfo:
    """Take one or more payments on an open or shipped order (``payment.take``): split
    and partial payments allowed, never more than is owed (cash tendered above it gives
    change)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "payment.take")
        order = load_order(s, order_id, lock=True)
        if order.state == OrderState.CANCELLED:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Order {number} is cancelled: it takes no payments."),
                number=order.number,
            )
        balance = order.total_minor - order.paid_minor
        taken = record_payments(s, ctx, current, order.id, order.member_id, balance, payments)
        write_event(
            s,
            ctx,
            current.user_id,
            order.id,
            "payment",
            details={"payments": [[p.method, p.amount_minor] for p in taken]},
        )
        settle_status(s, order.id)
        if order.member_id:  # a member order paid in full earns its points (MEM-2)
            from merchant_app.services import member_points

            member_points.earn_for_order(s, ctx, current, order.id)
        sync_outbox.record(s, "payment", order.id)  # queued for the server when offline
        return order_info(s, order)


def _refund_row(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order_id: str,
    method: str,
    amount: int,
    reference: str,
) -> None:
    s.add(
        Payment(
            id=new_id(),
            order_id=order_id,
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
    if method == "points":  # the points go back to the member (MEM-2)
        from merchant_app.services import member_points

        member_points.refund_points_payment(s, ctx, current, order_id, amount)


def _net_by_method(s: Session, order_id: str) -> dict[str, int]:
    rows = s.execute(
        select(Payment.method, func.sum(Payment.amount_minor))
        .where(Payment.order_id == order_id)
        .group_by(Payment.method)
    )
    return {m: int(v) for m, v in rows if int(v) > 0}


def refund_all(s: Session, ctx: AppContext, current: Actor, order: SalesOrder, why: str) -> int:
    """Give back everything paid, by the methods it was paid with (in the caller's
    transaction); returns the amount."""
    total = 0
    for method, amount in _net_by_method(s, order.id).items():
        _refund_row(s, ctx, current, order.id, method, amount, why)
        total += amount
    if total:
        write_event(
            s, ctx, current.user_id, order.id, "refund", reason=why, details={"amount": total}
        )
    return total


def refund(
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    method: str,
    amount_minor: int,
    reason: str,
    *,
    reference: str = "",
) -> OrderInfo:
    """Refund ``amount_minor`` by ``method`` (``refund.issue``; reason required; audited).
    Never more than was paid by that method (net of earlier refunds)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "refund.issue")
        order = load_order(s, order_id, lock=True)
        refund_in_session(s, ctx, current, order, method, amount_minor, reason, reference=reference)
        return order_info(s, order)


def refund_in_session(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    method: str,
    amount_minor: int,
    reason: str,
    *,
    reference: str = "",
) -> None:
    """:func:`refund` inside the caller's transaction, for a caller that has checked
    ``refund.issue`` and locked the order (after-sales refunds): the same checks, the
    negative payment row, the history entry, the payment status and the audit entry."""
    if method not in PAYMENT_METHODS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown payment method “{method}”."),
            method=method,
            field="method",
        )
    text = reason.strip()
    if not text or len(text) > 1000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a reason for the refund."), field="reason"
        )
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The refund must be an amount above zero."),
            field="amount",
        )
    available = _net_by_method(s, order.id).get(method, 0)
    if amount_minor > available:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number}: only {available} was paid by this method; {amount} asked.",
            ),
            number=order.number,
            available=available,
            amount=amount_minor,
            field="amount",
        )
    _refund_row(s, ctx, current, order.id, method, amount_minor, reference or text)
    write_event(
        s,
        ctx,
        current.user_id,
        order.id,
        "refund",
        reason=text,
        details={"method": method, "amount": amount_minor},
    )
    settle_status(s, order.id)
    audit.record(
        s,
        ctx,
        current,
        "order.refund",
        order.number,
        {"method": method, "amount": amount_minor, "reason": text},
    )
