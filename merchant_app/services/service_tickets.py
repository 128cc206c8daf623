"""Customer-service tickets (MEM-5): enquiries, complaints and after-sales matters,
linked to a member and/or an order, with a category, a status, a follow-up date and a
resolution.  ``open`` → ``in_progress`` ↔ ``waiting`` → ``resolved`` (a resolution is
required); a resolved ticket can be reopened.  Needs ``aftersales.handle`` to change,
``member.view`` to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, InvalidTransition, NotFound
from merchant_app.ids import new_id
from merchant_app.models import Member, SalesOrder, ServiceTicket
from merchant_app.services import audit
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number

KINDS = ("enquiry", "complaint", "after_sales")
KIND_LABELS = {
    "enquiry": QT_TRANSLATE_NOOP("Tickets", "Enquiry"),
    "complaint": QT_TRANSLATE_NOOP("Tickets", "Complaint"),
    "after_sales": QT_TRANSLATE_NOOP("Tickets", "After-sales"),
}
STATUSES = ("open", "in_progress", "waiting", "resolved")
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Tickets", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Tickets", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("Tickets", "Waiting for customer"),
    "resolved": QT_TRANSLATE_NOOP("Tickets", "Resolved"),
}
CATEGORIES = ("product", "delivery", "payment", "service", "account", "other")
CATEGORY_LABELS = {
    "product": QT_TRANSLATE_NOOP("Tickets", "Product"),
    "delivery": QT_TRANSLATE_NOOP("Tickets", "Delivery"),
    "payment": QT_TRANSLATE_NOOP("Tickets", "Payment"),
    "service": QT_TRANSLATE_NOOP("Tickets", "Service"),
    "account": QT_TRANSLATE_NOOP("Tickets", "Membership"),
    "other": QT_TRANSLATE_NOOP("Tickets", "Other"),
}
OPEN = ("open", "in_progress", "waiting")
PERMISSION = "aftersales.handle"


@dataclass(frozen=True)
class TicketInfo:
    """A ticket as lists and its editor show it."""

    id: str
    number: str
    kind: str
    category: str
    subject: str
    description: str
    member_id: str | None
    member_card: str
    order_id: str | None
    order_number: str
    status: str
    follow_up_at: datetime | None
    resolution: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class CategoryStats:
    """Tickets of one category: all, still open, resolved, and the average hours from
    opening to resolution (0 when none resolved)."""

    category: str
    total: int
    open: int
    resolved: int
    avg_hours_to_resolve: float


_FILL_IN = QT_TRANSLATE_NOOP("Errors", "Please fill in the {what}.")


def _info(s: Session, t: ServiceTicket) -> TicketInfo:
    card = (
        s.scalar(select(Member.card_number).where(Member.id == t.member_id)) if t.member_id else ""
    )
    number = (
        s.scalar(select(SalesOrder.number).where(SalesOrder.id == t.order_id)) if t.order_id else ""
    )
    return TicketInfo(
        t.id, t.number, t.kind, t.category, t.subject, t.description, t.member_id, card or "",
        t.order_id, number or "", t.status, t.follow_up_at, t.resolution, t.created_at,
        t.updated_at, t.closed_at,
    )  # fmt: skip


def _check_links(s: Session, member_id: str | None, order_id: str | None) -> str | None:
    if member_id and s.get(Member, member_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That member no longer exists."))
    if order_id:
        order = s.get(SalesOrder, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That order no longer exists."))
        if member_id and order.member_id and order.member_id != member_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Order {number} belongs to another member."),
                number=order.number,
                field="order",
            )
        return order.member_id or member_id
    return member_id


def open_ticket(
    ctx: AppContext,
    actor: Actor,
    *,
    kind: str,
    category: str,
    subject: str,
    description: str = "",
    member_id: str | None = None,
    order_id: str | None = None,
    follow_up_at: datetime | None = None,
) -> TicketInfo:
    """Open a ticket (``aftersales.handle``): a known kind and category, a subject, and
    a member and/or an order (an order's member is linked when none is given)."""
    if kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of ticket “{kind}”."), kind=kind, field="kind"
        )
    if category not in CATEGORIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown category “{category}”."),
            category=category,
            field="category",
        )
    title = bounded_text(subject, 200, "subject", required=_FILL_IN)
    body = bounded_text(description, 4000, "description")
    if not member_id and not order_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Link the ticket to a member or an order."), field="member"
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        member_id = _check_links(s, member_id, order_id)
        now = ctx.clock()
        ticket = ServiceTicket(
            id=new_id(),
            number=next_number(s, ctx.desk_id, "ticket"),
            kind=kind,
            category=category,
            subject=title,
            description=body,
            member_id=member_id,
            order_id=order_id,
            status="open",
            follow_up_at=follow_up_at,
            resolution="",
            created_by=current.user_id,
            created_at=now,
            updated_at=now,
        )
        s.add(ticket)
        s.flush()
        audit.record(
            s, ctx, current, "ticket.open", ticket.number, {"kind": kind, "category": category}
        )
        return _info(s, ticket)


def _load(s: Session, ticket_id: str) -> ServiceTicket:
    t = s.scalars(
        select(ServiceTicket).where(ServiceTicket.id == ticket_id).with_for_update()
    ).first()
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That ticket no longer exists."))
    return t


def update_ticket(
    ctx: AppContext,
    actor: Actor,
    ticket_id: str,
    *,
    status: str | None = None,
    follow_up_at: datetime | None = None,
    clear_follow_up: bool = False,
    note: str = "",
    category: str | None = None,
) -> TicketInfo:
    """Move an open ticket between open, in progress and waiting, set or clear its
    follow-up date, change its category and/or add a note (``aftersales.handle``).
    Resolving goes through :func:`resolve_ticket`."""
    text = bounded_text(note, 2000, "note")
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        t = _load(s, ticket_id)
        if t.status == "resolved":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Ticket {number} is resolved; reopen it first."),
                number=t.number,
            )
        if status is not None:
            if status not in OPEN:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Unknown ticket status “{status}”."),
                    status=status,
                    field="status",
                )
            t.status = status
        if category is not None:
            if category not in CATEGORIES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Unknown category “{category}”."),
                    category=category,
                    field="category",
                )
            t.category = category
        if clear_follow_up:
            t.follow_up_at = None
        elif follow_up_at is not None:
            t.follow_up_at = follow_up_at
        now = ctx.clock()
        if text:
            stamp = now.strftime("%Y-%m-%d %H:%M")
            t.description = (t.description + f"\n[{stamp} {current.login}] {text}").strip()[:8000]
        t.updated_at = now
        s.flush()
        audit.record(s, ctx, current, "ticket.update", t.number, {"status": t.status})
        return _info(s, t)


def resolve_ticket(ctx: AppContext, actor: Actor, ticket_id: str, resolution: str) -> TicketInfo:
    """Resolve a ticket with its resolution (required; ``aftersales.handle``)."""
    text = bounded_text(resolution, 4000, "resolution", required=_FILL_IN)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        t = _load(s, ticket_id)
        if t.status == "resolved":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Ticket {number} is already resolved."), number=t.number
            )
        now = ctx.clock()
        t.status, t.resolution, t.closed_at, t.updated_at = "resolved", text, now, now
        t.follow_up_at = None
        s.flush()
        audit.record(s, ctx, current, "ticket.resolve", t.number)
        return _info(s, t)


def reopen_ticket(ctx: AppContext, actor: Actor, ticket_id: str, reason: str) -> TicketInfo:
    """Reopen a resolved ticket (reason required; ``aftersales.handle``)."""
    text = bounded_text(reason, 2000, "reason", required=_FILL_IN)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        t = _load(s, ticket_id)
        if t.status != "resolved":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Ticket {number} is not resolved."), number=t.number
            )
        now = ctx.clock()
        t.status, t.closed_at, t.updated_at = "open", None, now
        t.description = (t.description + f"\n[reopened by {current.login}] {text}").strip()[:8000]
        s.flush()
        audit.record(s, ctx, current, "ticket.reopen", t.number, {"reason": text})
        return _info(s, t)


def get_ticket(ctx: AppContext, actor: Actor, ticket_id: str) -> TicketInfo:
    """One ticket (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        t = s.get(ServiceTicket, ticket_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That ticket no longer exists."))
        return _info(s, t)


def list_tickets(
    ctx: AppContext,
    actor: Actor,
    *,
    status: str = "",
    open_only: bool = False,
    member_id: str | None = None,
    order_id: str | None = None,
    category: str = "",
    limit: int = 500,
) -> list[TicketInfo]:
    """Tickets newest first, filtered (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        q = select(ServiceTicket)
        if status:
            q = q.where(ServiceTicket.status == status)
        if open_only:
            q = q.where(ServiceTicket.status.in_(OPEN))
        if member_id:
            q = q.where(ServiceTicket.member_id == member_id)
        if order_id:
            q = q.where(ServiceTicket.order_id == order_id)
        if category:
            q = q.where(ServiceTicket.category == category)
        q = q.order_by(ServiceTicket.created_at.desc(), ServiceTicket.id.desc())
        return [_info(s, t) for t in s.scalars(q.limit(max(1, min(limit, 5000))))]


def due_follow_ups(
    ctx: AppContext, actor: Actor, until: datetime | None = None
) -> list[TicketInfo]:
    """Open tickets whose follow-up date is due by ``until`` (default: now), the most
    overdue first (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        when = until or ctx.clock()
        q = (
            select(ServiceTicket)
            .where(
                ServiceTicket.status.in_(OPEN),
                ServiceTicket.follow_up_at.is_not(None),
                ServiceTicket.follow_up_at <= when,
            )
            .order_by(ServiceTicket.follow_up_at)
            .limit(1000)
        )
        return [_info(s, t) for t in s.scalars(q)]


def stats_by_category(
    ctx: AppContext, actor: Actor, since: datetime | None = None
) -> list[CategoryStats]:
    """Per category: how many tickets, open, resolved and the average time to resolve
    (``member.view``); every category listed."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        q = select(
            ServiceTicket.category,
            ServiceTicket.status,
            ServiceTicket.created_at,
            ServiceTicket.closed_at,
        )
        if since is not None:
            q = q.where(ServiceTicket.created_at >= since)
        acc = {c: [0, 0, 0, 0.0] for c in CATEGORIES}
        for cat, status, created, closed in s.execute(q):
            row = acc.setdefault(cat, [0, 0, 0, 0.0])
            row[0] += 1
            if status == "resolved":
                row[2] += 1
                if closed is not None:
                    row[3] += (closed - created).total_seconds() / 3600
            else:
                row[1] += 1
        return [
            CategoryStats(
                c, int(v[0]), int(v[1]), int(v[2]), round(v[3] / v[2], 1) if v[2] else 0.0
            )
            for c, v in acc.items()
        ]


def count_due(ctx: AppContext, actor: Actor) -> int:
    """How many follow-ups are due now (for the screen's badge)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        return int(
            s.scalar(
                select(func.count())
                .select_from(ServiceTicket)
                .where(
                    ServiceTicket.status.in_(OPEN),
                    ServiceTicket.follow_up_at <= ctx.clock(),
                    or_(ServiceTicket.follow_up_at.is_not(None)),
                )
            )
            or 0
        )
