"""The points ledger (MEM-2).

Every change is an append-only ``points_entry``: ``earn`` (by amount paid, at the
member's tier rate), ``redeem`` (as a payment with the ``points`` method, or for a
coupon), ``expire`` (first in, first out, after the shop's period), ``adjust`` (by hand,
with approval) and ``reverse`` (earned points taken back on a cancellation or a return;
redeemed points given back when a points payment is refunded).

The balance row (``member_points``) is changed in the entry's own transaction by one
conditional UPDATE: ``balance = balance + :delta WHERE balance + :delta >= 0``, which
also hands out the entry's sequence number.  Two desks redeeming the last points at once
cannot both succeed (PostgreSQL row lock; SQLite single writer), the balance never goes
negative, and it always equals the ledger sum.

Expiry: positive entries are lots with an ``expires_at``; negative entries spend the
oldest lots first.  Before any spending the member's due lots are expired, so the
simulation over the ledger (:func:`_lots`) is exact.
"""

from __future__ import annotations

import math
import secrets
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import new_id
from merchant_app.models import Member, MemberPoints, Payment, PointsEntry, SalesOrder
from merchant_app.services import approvals, audit, member_tiers, sync_outbox
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import get_settings, set_setting

KINDS = ("earn", "redeem", "expire", "adjust", "reverse")
KIND_LABELS = {
    "earn": QT_TRANSLATE_NOOP("Points", "Earned"),
    "redeem": QT_TRANSLATE_NOOP("Points", "Redeemed"),
    "expire": QT_TRANSLATE_NOOP("Points", "Expired"),
    "adjust": QT_TRANSLATE_NOOP("Points", "Adjusted"),
    "reverse": QT_TRANSLATE_NOOP("Points", "Reversed"),
}
VALUE_SETTING = "points_value_minor"
EXPIRY_SETTING = "points_expiry_days"
ADJUST_KIND = "member.points_adjust"
MAX_POINTS = 10**9


class InsufficientPoints(Conflict):
    """Fewer points than asked for."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Member {card} has {balance} points; {needed} are needed."
    )


@dataclass(frozen=True)
class PointsRules:
    """``value_minor``: what one point is worth when redeemed (minor units);
    ``expiry_days``: how long earned points last (0: for ever)."""

    value_minor: int = 1
    expiry_days: int = 365


@dataclass(frozen=True)
class PointsEntryInfo:
    """One ledger entry as the member detail shows it."""

    seq: int
    at: datetime
    kind: str
    points: int
    balance_after: int
    expires_at: datetime | None
    order_number: str
    reference: str


# ---------------------------------------------------------------------------- rules


def rules_in(session: Session) -> PointsRules:
    """The shop's points rules (defaults where unset)."""
    values = get_settings(session, (VALUE_SETTING, EXPIRY_SETTING))
    d = PointsRules()
    try:
        value = max(1, int(values.get(VALUE_SETTING, d.value_minor)))
        days = max(0, int(values.get(EXPIRY_SETTING, d.expiry_days)))
    except ValueError:
        return d
    return PointsRules(value, days)


def get_rules(ctx: AppContext, actor: Actor) -> PointsRules:
    """The shop's points rules (any signed-in user)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return rules_in(s)


def set_rules(ctx: AppContext, actor: Actor, rules: PointsRules) -> PointsRules:
    """Store the points rules (``settings.manage``; audited)."""
    if not 1 <= rules.value_minor <= 100_000 or not 0 <= rules.expiry_days <= 36_500:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A point is worth 1 to 100,000 minor units and lasts 0 to 36,500 days."
            ),
            field="points",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = rules_in(s)
        set_setting(s, VALUE_SETTING, str(rules.value_minor))
        set_setting(s, EXPIRY_SETTING, str(rules.expiry_days))
        audit.record(
            s,
            ctx,
            current,
            "settings.points",
            "",
            {
                "old": [old.value_minor, old.expiry_days],
                "new": [rules.value_minor, rules.expiry_days],
            },
        )
    return rules


def points_for_amount(rules: PointsRules, amount_minor: int) -> int:
    """Points needed to pay ``amount_minor`` (rounded up: never pays more than held)."""
    return math.ceil(amount_minor / rules.value_minor)


# ---------------------------------------------------------------------------- the ledger

_bal = MemberPoints.__table__
_STEP = (
    update(_bal)  # type: ignore[arg-type]
    .where(_bal.c.member_id == bindparam("b_member"), _bal.c.balance + bindparam("b_d") >= 0)
    .values(balance=_bal.c.balance + bindparam("b_d"), last_seq=_bal.c.last_seq + 1)
    .returning(_bal.c.balance, _bal.c.last_seq)
)


def _card(s: Session, member_id: str) -> str:
    card = s.scalar(select(Member.card_number).where(Member.id == member_id))
    if card is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That member no longer exists."))
    return card


def balance_in(s: Session, member_id: str) -> int:
    """A member's balance (0 without a balance row)."""
    value = s.scalar(select(MemberPoints.balance).where(MemberPoints.member_id == member_id))
    return int(value or 0)


def post(
    s: Session,
    ctx: AppContext,
    member_id: str,
    kind: str,
    points: int,
    *,
    user_id: str | None,
    expires_at: datetime | None = None,
    order_id: str | None = None,
    base_minor: int = 0,
    reference: str = "",
) -> int:
    """Append one entry and move the balance with it (caller's transaction); returns the
    new balance.  :class:`InsufficientPoints` when it would go below zero."""
    if kind not in KINDS or not isinstance(points, int) or points == 0:
        raise ValueError(f"bad ledger entry {kind} {points}")
    conn = s.connection()
    params = {"b_member": member_id, "b_d": points}
    row = conn.execute(_STEP, params).one_or_none()
    if (
        row is None
        and s.scalar(
            select(func.count())
            .select_from(MemberPoints)
            .where(MemberPoints.member_id == member_id)
        )
        == 0
    ):
        _card(s, member_id)
        insert_ignore(s, MemberPoints, {"member_id": member_id, "balance": 0, "last_seq": 0})
        row = conn.execute(_STEP, params).one_or_none()
    if row is None:
        raise InsufficientPoints(
            card=_card(s, member_id), balance=balance_in(s, member_id), needed=-points
        )
    balance, seq = int(row[0]), int(row[1])
    conn.execute(
        insert(PointsEntry),
        {
            "id": new_id(),
            "member_id": member_id,
            "seq": seq,
            "at": ctx.clock(),
            "kind": kind,
            "points": points,
            "balance_after": balance,
            "expires_at": expires_at,
            "order_id": order_id,
            "base_minor": base_minor,
            "reference": reference[:120],
            "user_id": user_id,
        },
    )
    if expires_at is not None:
        current = s.scalar(
            select(MemberPoints.next_expiry_at).where(MemberPoints.member_id == member_id)
        )
        if current is None or current > expires_at:
            conn.execute(
                update(_bal)  # type: ignore[arg-type]
                .where(_bal.c.member_id == member_id)
                .values(next_expiry_at=expires_at)
            )
    return balance


def _lots(s: Session, member_id: str) -> list[list[Any]]:
    """The member's unspent lots ``[points left, expires_at]``, oldest first."""
    lots: deque[list[Any]] = deque()
    rows = s.execute(
        select(PointsEntry.points, PointsEntry.expires_at)
        .where(PointsEntry.member_id == member_id)
        .order_by(PointsEntry.seq)
    )
    for points, expires in rows:
        if points > 0:
            lots.append([points, expires])
            continue
        spend = -points
        for lot in lots:
            if spend == 0:
                break
            used = min(lot[0], spend)
            lot[0] -= used
            spend -= used
        while lots and lots[0][0] == 0:
            lots.popleft()
    return [lot for lot in lots if lot[0] > 0]


def expire_member(s: Session, ctx: AppContext, member_id: str) -> int:
    """Expire the member's lots that are due (caller's transaction); returns the points
    expired.  Sets the next time an expiry is due."""
    now = ctx.clock()
    # lock the balance row before reading the lots: two desks spending at once must not
    # both expire the same due lots (PostgreSQL; SQLite has a single writer)
    s.execute(
        select(MemberPoints.member_id).where(MemberPoints.member_id == member_id).with_for_update()
    )
    lots = _lots(s, member_id)
    due = sum(p for p, exp in lots if exp is not None and exp <= now)
    later = [exp for p, exp in lots if exp is not None and exp > now]
    if due:
        post(s, ctx, member_id, "expire", -due, user_id=None, reference="expired")
    s.execute(
        update(MemberPoints)
        .where(MemberPoints.member_id == member_id)
        .values(next_expiry_at=min(later) if later else None)
        .execution_options(synchronize_session=False)
    )
    return due


def expire_due(ctx: AppContext, actor: Actor, limit: int = 50_000) -> int:
    """Expire every member's due points (any signed-in user; run at start of day);
    returns the points expired."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        ids = list(
            s.scalars(
                select(MemberPoints.member_id)
                .where(MemberPoints.next_expiry_at <= ctx.clock())
                .limit(limit)
            )
        )
        return sum(expire_member(s, ctx, m) for m in ids)


def _expiry(s: Session, ctx: AppContext) -> datetime | None:
    days = rules_in(s).expiry_days
    return ctx.clock() + timedelta(days=days) if days else None


# ---------------------------------------------------------------------------- orders


def _order(s: Session, order_id: str) -> SalesOrder:
    order = s.get(SalesOrder, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That order no longer exists."))
    return order


def _paid_by_points(s: Session, order_id: str) -> int:
    value = s.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.order_id == order_id, Payment.method == "points"
        )
    )
    return int(value or 0)


def earn_for_order(s: Session, ctx: AppContext, actor: Actor, order_id: str) -> int:
    """Points for a paid member order, once (caller's transaction; nothing for an order
    without a member, not fully paid, cancelled or already credited).  The base is the
    goods' value (total less delivery fees) less what was paid with points; the rate is
    the member's tier's.  Returns the points earned."""
    order = _order(s, order_id)
    if not order.member_id or order.state == "cancelled" or order.payment_status != "paid":
        return 0
    done = s.scalar(
        select(func.count())
        .select_from(PointsEntry)
        .where(PointsEntry.order_id == order.id, PointsEntry.kind == "earn")
    )
    if done:
        return 0
    member = s.get(Member, order.member_id)
    if member is None or member.status != "active":
        return 0
    goods = order.total_minor - order.shipping_fee_minor - order.extra_fees_minor
    base = max(0, goods - _paid_by_points(s, order.id))
    points = base * member_tiers.earn_rate(s, member.tier) // 10_000
    if points <= 0:
        return 0
    post(
        s,
        ctx,
        member.id,
        "earn",
        points,
        user_id=actor.user_id,
        expires_at=_expiry(s, ctx),
        order_id=order.id,
        base_minor=base,
        reference=order.number,
    )
    member_tiers.refresh_member(s, ctx, member.id)
    return points


def reverse_for_order(
    s: Session, ctx: AppContext, actor: Actor, order_id: str, amount_minor: int
) -> int:
    """Take back the points an order earned for ``amount_minor`` of its goods (all of
    them for a cancellation, the returned goods' value for a return), in proportion,
    never more than earned and not yet reversed, and never below a zero balance (what
    was already spent is noted on the entry).  Returns the points taken back."""
    order = _order(s, order_id)
    if not order.member_id or amount_minor <= 0:
        return 0
    earned, base = s.execute(
        select(
            func.coalesce(func.sum(PointsEntry.points), 0),
            func.coalesce(func.sum(PointsEntry.base_minor), 0),
        ).where(PointsEntry.order_id == order.id, PointsEntry.kind == "earn")
    ).one()
    taken = s.scalar(
        select(func.coalesce(func.sum(PointsEntry.base_minor), 0)).where(
            PointsEntry.order_id == order.id, PointsEntry.kind == "reverse", PointsEntry.points < 0
        )
    )
    earned, base, taken = int(earned), int(base), int(taken or 0)
    if earned <= 0 or base <= 0:
        return 0
    already = -int(
        s.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.order_id == order.id,
                PointsEntry.kind == "reverse",
                PointsEntry.points < 0,
            )
        )
        or 0
    )
    amount = min(amount_minor, base - taken)
    if amount <= 0:
        return 0
    due = earned - already if amount >= base - taken else earned * amount // base
    due = min(due, earned - already)
    expire_member(s, ctx, order.member_id)
    points = min(due, balance_in(s, order.member_id))
    if points <= 0:
        return 0
    note = order.number if points == due else f"{order.number} ({due - points} already spent)"
    post(
        s,
        ctx,
        order.member_id,
        "reverse",
        -points,
        user_id=actor.user_id,
        order_id=order.id,
        base_minor=amount,
        reference=note,
    )
    member_tiers.refresh_member(s, ctx, order.member_id)
    return points


def redeem_for_payment(
    s: Session, ctx: AppContext, actor: Actor, member_id: str, order_id: str, amount_minor: int
) -> int:
    """Spend the points a ``points`` payment of ``amount_minor`` needs (caller's
    transaction): :class:`InsufficientPoints` when the member has too few."""
    expire_member(s, ctx, member_id)
    points = points_for_amount(rules_in(s), amount_minor)
    number = s.scalar(select(SalesOrder.number).where(SalesOrder.id == order_id)) or ""
    post(
        s,
        ctx,
        member_id,
        "redeem",
        -points,
        user_id=actor.user_id,
        order_id=order_id,
        base_minor=amount_minor,
        reference=number or "payment",
    )
    return points


def refund_points_payment(
    s: Session, ctx: AppContext, actor: Actor, order_id: str, amount_minor: int
) -> int:
    """Give back the points behind ``amount_minor`` of a refunded ``points`` payment
    (caller's transaction), at the value they were spent at."""
    order = _order(s, order_id)
    if not order.member_id or amount_minor <= 0:
        return 0
    spent, paid = s.execute(
        select(
            func.coalesce(func.sum(PointsEntry.points), 0),
            func.coalesce(func.sum(PointsEntry.base_minor), 0),
        ).where(PointsEntry.order_id == order.id, PointsEntry.kind == "redeem")
    ).one()
    spent, paid = -int(spent), int(paid)
    if spent <= 0 or paid <= 0:
        return 0
    back = s.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.order_id == order.id, PointsEntry.kind == "reverse", PointsEntry.points > 0
        )
    )
    left = spent - int(back or 0)
    points = min(left, math.ceil(spent * amount_minor / paid))
    if points <= 0:
        return 0
    post(
        s,
        ctx,
        order.member_id,
        "reverse",
        points,
        user_id=actor.user_id,
        expires_at=_expiry(s, ctx),
        order_id=order.id,
        base_minor=amount_minor,
        reference=f"{order.number} refund",
    )
    return points


def on_payments(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    member_id: str | None,
    rows: Sequence[dict[str, Any]],
) -> None:
    """Hook for order payments just written (caller's transaction): each ``points``
    payment spends the member's points (:class:`InsufficientPoints` refuses the whole
    action)."""
    if not member_id:
        return
    for row in rows:
        if row["method"] == "points" and row["amount_minor"] > 0:
            redeem_for_payment(s, ctx, actor, member_id, order_id, row["amount_minor"])


def on_order_placed(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    member_id: str | None,
    rows: Sequence[dict[str, Any]],
) -> None:
    """Hook for a member order just placed: points payments spend points, and an order
    paid in full at the counter earns its points."""
    if not member_id:
        return
    on_payments(s, ctx, actor, order_id, member_id, rows)
    earn_for_order(s, ctx, actor, order_id)


# ---------------------------------------------------------------------------- coupons


def redeem_for_coupon(
    ctx: AppContext, actor: Actor, member_id: str, amount_minor: int
) -> tuple[str, int]:
    """Turn points into a single-use coupon worth ``amount_minor`` for this member
    (``member.edit``); returns ``(code, points spent)``."""
    from merchant_app.services.promotions import create_member_coupon

    if (
        isinstance(amount_minor, bool)
        or not isinstance(amount_minor, int)
        or not (0 < amount_minor <= 10**9)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The coupon must be worth more than zero."),
            field="amount",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.edit")
        card = _card(s, member_id)
        expire_member(s, ctx, member_id)
        points = points_for_amount(rules_in(s), amount_minor)
        code = "P" + secrets.token_hex(5).upper()
        post(
            s,
            ctx,
            member_id,
            "redeem",
            -points,
            user_id=current.user_id,
            base_minor=amount_minor,
            reference=f"coupon {code}",
        )
        create_member_coupon(s, ctx, code, amount_minor, card)
        audit.record(
            s, ctx, current, "member.points_coupon", card, {"points": points, "code": code}
        )
        return code, points


# ---------------------------------------------------------------------------- adjust


@dataclass(frozen=True)
class AdjustResult:
    """``applied`` at once (the actor may approve) or ``approval`` pending."""

    applied: bool
    approval: approvals.ApprovalInfo | None


def adjust(ctx: AppContext, actor: Actor, member_id: str, points: int, reason: str) -> AdjustResult:
    """Add or take points by hand (``member.edit`` to ask; applied once approved by a
    holder of ``discount.approve``, at once when the actor holds it).  A reason is
    required; taking more than the balance is refused when applied."""
    if (
        isinstance(points, bool)
        or not isinstance(points, int)
        or not (0 < abs(points) <= MAX_POINTS)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a number of points other than zero."),
            field="points",
        )
    text = reason.strip()
    if not text or len(text) > 500:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a reason for the adjustment."), field="reason"
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.edit")
        card = _card(s, member_id)
    payload = {"member_id": member_id, "points": points, "reason": text}
    info = approvals.submit(
        ctx, actor, ADJUST_KIND, payload, f"Points {points:+d} for member {card}", reason=text
    )
    return AdjustResult(info.status == approvals.APPROVED, info)


def _apply_adjustment(s: Session, ctx: AppContext, approver: Actor, p: dict[str, Any]) -> None:
    member_id, points = p["member_id"], int(p["points"])
    if points < 0:
        expire_member(s, ctx, member_id)
    post(
        s,
        ctx,
        member_id,
        "adjust",
        points,
        user_id=approver.user_id,
        expires_at=_expiry(s, ctx) if points > 0 else None,
        reference=str(p.get("reason", ""))[:120],
    )
    audit.record(s, ctx, approver, "member.points_adjust", _card(s, member_id), {"points": points})
    sync_outbox.record(s, "points", member_id)  # queued for the server when offline


approvals.register(
    approvals.ApprovalKind(ADJUST_KIND, "member.edit", "discount.approve", _apply_adjustment)
)


# ---------------------------------------------------------------------------- read


def balance(ctx: AppContext, actor: Actor, member_id: str) -> int:
    """A member's points balance (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        return balance_in(s, member_id)


def history(
    ctx: AppContext, actor: Actor, member_id: str, limit: int = 500
) -> list[PointsEntryInfo]:
    """A member's ledger, newest first (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        rows = s.execute(
            select(
                PointsEntry.seq,
                PointsEntry.at,
                PointsEntry.kind,
                PointsEntry.points,
                PointsEntry.balance_after,
                PointsEntry.expires_at,
                SalesOrder.number,
                PointsEntry.reference,
            )
            .outerjoin(SalesOrder, SalesOrder.id == PointsEntry.order_id)
            .where(PointsEntry.member_id == member_id)
            .order_by(PointsEntry.seq.desc())
            .limit(max(1, min(limit, 5000)))
        )
        return [PointsEntryInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7]) for r in rows]


def ledger_sum(s: Session, member_id: str) -> int:
    """The sum of a member's entries (what the balance must equal)."""
    return int(
        s.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.member_id == member_id
            )
        )
        or 0
    )
