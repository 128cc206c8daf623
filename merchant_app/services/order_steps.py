"""The review flow (ORD-2) and cancelling (ORD-3): each step is one transaction that
checks the permission and the state (``order_flow.STEPS``), applies exactly the stock
effect of the requirements through the stock primitives, and writes the order's history.
A refused step changes nothing.

The order row is read with ``FOR UPDATE`` (PostgreSQL) and its state changed with a
conditional UPDATE, so two desks acting on the same order at once cannot both succeed.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, InvalidTransition
from merchant_app.models import OrderLine, SalesOrder, StockLevel, Waybill
from merchant_app.services import audit, order_flow, stock
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import PACKING_SUFFIX, get_location, packing_area
from merchant_app.services.order_flow import PICKED, STATE_LABELS, OrderState
from merchant_app.services.order_payments import refund_all, settle_status
from merchant_app.services.orders import (
    OrderInfo,
    load_order,
    order_info,
    write_event,
)
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number

DOC = "order"


class PaymentRequired(InvalidTransition):
    """Shipping an order that is not paid and is neither cash on delivery nor on account."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Order {number} is not paid ({balance} still owed): it ships only when paid, unless "
        "it is cash on delivery or on account.",
    )


def _refuse(order: SalesOrder, step: str) -> InvalidTransition:
    if step == "cancel" and order.state in (OrderState.SHIPPED, OrderState.COMPLETED):
        return InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} has been shipped: it cannot be cancelled; open an after-sales "
                "case instead.",
            ),
            number=order.number,
        )
    return InvalidTransition(
        QT_TRANSLATE_NOOP("Errors", "Order {number} is {state}: “{step}” is not possible now."),
        number=order.number,
        state=STATE_LABELS.get(order.state, order.state),
        step=order_flow.STEP_LABELS.get(step, step),
    )


def _begin(s: Session, actor: Actor, order_id: str, step: str) -> tuple[Actor, SalesOrder]:
    current = authorize(s, actor, order_flow.STEPS[step].permission)
    order = load_order(s, order_id, lock=True)
    if not order_flow.can(step, order.state):
        raise _refuse(order, step)
    return current, order


def _move_state(
    s: Session,
    ctx: AppContext,
    current: Actor,
    order: SalesOrder,
    target: str,
    kind: str,
    reason: str = "",
    details: Mapping[str, object] | None = None,
    **values: object,
) -> None:
    source = order.state
    done = s.execute(
        update(SalesOrder)
        .where(SalesOrder.id == order.id, SalesOrder.state == source)
        .values(state=target, updated_at=ctx.clock(), **values)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if done != 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Order {number} was changed on another desk; reload it."),
            number=order.number,
        )
    write_event(s, ctx, current.user_id, order.id, kind, source, target, reason, details)
    s.expire(order)


def _lines(s: Session, order_id: str) -> dict[str, int]:
    rows = s.execute(
        select(OrderLine.product_id, OrderLine.quantity).where(OrderLine.order_id == order_id)
    )
    out: dict[str, int] = {}
    for product_id, qty in rows:
        out[product_id] = out.get(product_id, 0) + qty
    return out


_GIVE_REASON = QT_TRANSLATE_NOOP("Errors", "Give a reason (1 to 1000 characters).")


def _reason(reason: str, required: bool) -> str:
    return bounded_text(reason, 1000, "reason", required=_GIVE_REASON if required else "")


# ---------------------------------------------------------------------------- steps


def review(
    ctx: AppContext, actor: Actor, order_id: str, location_id: str | None = None, note: str = ""
) -> OrderInfo:
    """Customer-service review (``order.review``): ``pending_review`` →
    ``awaiting_warehouse``.  The reservation is allocated at ``location_id`` (moved there
    from where it was held; :class:`InsufficientStock` if that location lacks it)."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "review")
        target = order.location_id
        if location_id and location_id != order.location_id:
            where = get_location(s, location_id)
            if where.code.endswith(PACKING_SUFFIX):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{location} is a packing area: choose the shelf or warehouse the order "
                        "ships from.",
                    ),
                    location=where.code,
                    field="location",
                )
            target = where.id
            for product_id, qty in _lines(s, order.id).items():
                stock.move_reservation(s, product_id, order.location_id, target, qty)
        _move_state(
            s,
            ctx,
            current,
            order,
            OrderState.AWAITING_WAREHOUSE,
            "reviewed",
            _reason(note, False),
            {"location": target} if target != order.location_id else None,
            location_id=target,
        )
        return order_info(s, order)


def _pick(s: Session, ctx: AppContext, current: Actor, order: SalesOrder) -> None:
    """Move each product from the shelf to the packing area, still reserved for the order."""
    shelf = order.location_id
    pack_area = packing_area(s, shelf)
    for product_id, qty in _lines(s, order.id).items():
        on_hand = s.scalar(
            select(StockLevel.on_hand).where(
                StockLevel.product_id == product_id, StockLevel.location_id == shelf
            )
        )
        if (on_hand or 0) < qty:
            raise stock._insufficient(s, product_id, shelf, qty)
        stock.release(s, product_id, shelf, qty)
        stock.apply_move(s, ctx, current.user_id, product_id, shelf, -qty, "pick", DOC, order.id)
        stock.apply_move(s, ctx, current.user_id, product_id, pack_area, qty, "pick", DOC, order.id)
        stock.reserve(s, product_id, pack_area, qty)


def approve(ctx: AppContext, actor: Actor, order_id: str, carrier: str = "") -> OrderInfo:
    """Warehouse approval (``warehouse.review``): ``awaiting_warehouse`` →
    ``warehouse_approved``.  Issues the waybill number (never reused) and picks the goods
    into the packing area; refused when the shelf does not hold them."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "approve")
        _pick(s, ctx, current, order)
        number = "WB" + next_number(s, ctx.desk_id, "waybill").replace("-", "")
        s.add(
            Waybill(
                number=number,
                order_id=order.id,
                carrier=carrier.strip()[:40],
                status="active",
                created_at=ctx.clock(),
            )
        )
        _move_state(
            s,
            ctx,
            current,
            order,
            OrderState.WAREHOUSE_APPROVED,
            "warehouse_approved",
            details={"waybill": number},
            tracking_number=number,
        )
        return order_info(s, order)


def pack(ctx: AppContext, actor: Actor, order_id: str, *, unverified_reason: str = "") -> OrderInfo:
    """Mark packed (``warehouse.pack``): ``warehouse_approved`` → ``packed``.  Every unit
    must have been verified by scan at the packing desk (``packing.scan_item``) unless a
    reason for packing without scanning is given (kept in the history)."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "pack")
        missing = s.execute(
            select(OrderLine.sku, OrderLine.quantity - OrderLine.packed).where(
                OrderLine.order_id == order.id, OrderLine.packed < OrderLine.quantity
            )
        ).all()
        reason = unverified_reason.strip()
        if missing and not reason:
            sku, left = missing[0]
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors", "Order {number}: {left} × {sku} not yet scanned at packing."
                ),
                number=order.number,
                left=left,
                sku=sku,
            )
        _move_state(
            s,
            ctx,
            current,
            order,
            OrderState.PACKED,
            "packed",
            reason,
            {"unverified": [sku for sku, _ in missing]} if missing else None,
        )
        return order_info(s, order)


def ship(ctx: AppContext, actor: Actor, order_id: str) -> OrderInfo:
    """Ship (``warehouse.pack``): ``packed`` → ``shipped``.  The goods leave ledger stock
    (a ``ship`` move from the packing area).  Refused with :class:`PaymentRequired`
    unless paid in full, cash on delivery or on account."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "ship")
        balance = order.total_minor - order.paid_minor
        if balance > 0 and order.payment_terms == "prepaid":
            raise PaymentRequired(number=order.number, balance=balance)
        pack_area = packing_area(s, order.location_id)
        for product_id, qty in _lines(s, order.id).items():
            stock.ship(s, ctx, current.user_id, product_id, pack_area, qty, DOC, order.id)
        s.execute(
            update(Waybill)
            .where(Waybill.order_id == order.id, Waybill.status == "active")
            .values(status="shipped")
        )
        _move_state(
            s,
            ctx,
            current,
            order,
            OrderState.SHIPPED,
            "shipped",
            details={"waybill": order.tracking_number},
        )
        return order_info(s, order)


def complete(ctx: AppContext, actor: Actor, order_id: str) -> OrderInfo:
    """Close a delivered order: ``shipped`` → ``completed`` (no stock effect)."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "complete")
        _move_state(s, ctx, current, order, OrderState.COMPLETED, "completed")
        return order_info(s, order)


def hold(ctx: AppContext, actor: Actor, order_id: str, reason: str) -> OrderInfo:
    """Put an open, unshipped order on hold for a problem (reason required); its stock
    stays as it was and :func:`release_hold` returns it to where it was."""
    text = _reason(reason, True)
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "hold")
        _move_state(s, ctx, current, order, OrderState.ON_HOLD, "held", text, held_from=order.state)
        return order_info(s, order)


def release_hold(ctx: AppContext, actor: Actor, order_id: str, note: str = "") -> OrderInfo:
    """Take an order off hold, back to the state it was held in."""
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "release")
        _move_state(
            s,
            ctx,
            current,
            order,
            order.held_from or OrderState.PENDING_REVIEW,
            "released",
            _reason(note, False),
            held_from="",
        )
        return order_info(s, order)


def cancel(
    ctx: AppContext, actor: Actor, order_id: str, reason: str, *, refund: bool = True
) -> OrderInfo:
    """Cancel an open order (``order.cancel``; reason required), ORD-3:

    * ``pending_review`` / ``awaiting_warehouse``: the reservation is released;
    * ``warehouse_approved`` / ``packed``: the picked goods go back from the packing area
      to the shelf (``return`` moves) and the waybill is voided, never reused;
    * on hold: as the state it was held in;
    * shipped or completed: refused; after-sales handles those.

    Money taken is refunded by the same methods when ``refund`` and the actor holds
    ``refund.issue``; otherwise the order shows "refund due"."""
    text = _reason(reason, True)
    with ctx.db.transaction() as s:
        current, order = _begin(s, actor, order_id, "cancel")
        state = order_flow.effective_state(order.state, order.held_from)
        lines = _lines(s, order.id)
        details: dict[str, object] = {"from": state}
        if state in PICKED:
            pack_area = packing_area(s, order.location_id)
            for product_id, qty in lines.items():
                stock.release(s, product_id, pack_area, qty)
                stock.apply_move(
                    s,
                    ctx,
                    current.user_id,
                    product_id,
                    pack_area,
                    -qty,
                    "return",
                    DOC,
                    order.id,
                    "cancelled: back to the shelf",
                )
                stock.return_to_stock(
                    s,
                    ctx,
                    current.user_id,
                    product_id,
                    order.location_id,
                    qty,
                    DOC,
                    order.id,
                    "cancelled: back to the shelf",
                )
            voided = s.execute(
                update(Waybill)
                .where(Waybill.order_id == order.id, Waybill.status == "active")
                .values(status="voided", voided_at=ctx.clock())
            ).rowcount  # type: ignore[attr-defined]
            if voided:
                details["voided_waybill"] = order.tracking_number
        else:
            for product_id, qty in lines.items():
                stock.release(s, product_id, order.location_id, qty)
        _move_state(
            s, ctx, current, order, OrderState.CANCELLED, "cancelled", text, details, held_from=""
        )
        if order.member_id:  # points earned by the order are taken back (MEM-2)
            from merchant_app.services import member_points

            member_points.reverse_for_order(s, ctx, current, order.id, order.total_minor)
        if refund and order.paid_minor > 0 and "refund.issue" in current.permissions:
            refund_all(s, ctx, current, order, "cancelled")
        settle_status(s, order.id)
        audit.record(s, ctx, current, "order.cancel", order.number, {"reason": text, **details})
        return order_info(s, order)
