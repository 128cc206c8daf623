"""Conflicts found when offline records reached the server (GROW-2), listed for a
manager and resolved by them (``order.approve_change``: the permission that already
lets a manager decide about orders after review).

A conflict never means lost work: the order, payment or member is on the server.  The
conflict says what a rule found (stock that ran out meanwhile, a coupon used up, a
member edited on two desks, points no longer there) so that someone acts on it —
orders stock or calls the customer, then marks the conflict ``done``.  A member edited
on two desks kept the server's version; ``use_offline`` puts the offline edit on the
member instead (``keep_server`` leaves it).  Every resolution is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.models import Desk, Member, SyncConflict, User
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.sync_apply import write_member_edit
from merchant_app.services.sync_outbox import require_online

PERMISSION = "order.approve_change"
DONE, KEEP_SERVER, USE_OFFLINE = "done", "keep_server", "use_offline"

REASONS: dict[str, str] = {
    "stock_short": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "Order {order}: {asked} × {sku} were sold offline, but only {sellable} were left "
        "when the order reached the server. The order is kept as a backorder.",
    ),
    "coupon_refused": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "Order {order}: coupon “{code}” was used offline, but the server refused it ({why}). "
        "The order keeps its discount.",
    ),
    "points_short": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "{record}: member {card} spent {needed} points offline, but has only {balance} on "
        "the server. The points were not taken.",
    ),
    "order_cancelled": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "Order {order} was cancelled while this desk was offline, and it took {paid} on it. "
        "The payment is kept: refund it or reopen the sale.",
    ),
    "member_edited": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "Member {card} was changed on another desk while this desk was offline. The other "
        "desk's version is kept; the offline edit can still be applied.",
    ),
    "member_duplicate": QT_TRANSLATE_NOOP(
        "SyncConflict",
        "Member {card} was registered offline with the phone or email of member {others}.",
    ),
}
RESOLUTIONS: dict[str, tuple[str, ...]] = {"member_edited": (KEEP_SERVER, USE_OFFLINE)}
RESOLUTION_LABELS = {
    DONE: QT_TRANSLATE_NOOP("SyncConflict", "Dealt with"),
    KEEP_SERVER: QT_TRANSLATE_NOOP("SyncConflict", "Keep the server's version"),
    USE_OFFLINE: QT_TRANSLATE_NOOP("SyncConflict", "Apply the offline edit"),
}


def resolutions_for(reason: str) -> tuple[str, ...]:
    """The choices a manager has for a conflict of ``reason``."""
    return RESOLUTIONS.get(reason, (DONE,))


@dataclass(frozen=True)
class ConflictInfo:
    """A conflict as the sync panel lists it: ``reason`` picks the message in
    :data:`REASONS`, ``params`` fill it (for ``others`` a list of cards)."""

    id: str
    desk_code: str
    kind: str
    record_id: str
    reason: str
    params: dict[str, Any]
    created_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str = ""
    resolution: str = ""
    note: str = ""
    choices: tuple[str, ...] = field(default=(DONE,))

    @property
    def message(self) -> str:
        """The English message with its fields filled in (the window translates the
        template in the ``SyncConflict`` context first)."""
        params = {
            k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in self.params.items()
        }
        try:
            return REASONS.get(self.reason, self.reason).format(**params)
        except (KeyError, IndexError, ValueError):
            return REASONS.get(self.reason, self.reason)


def _info(row: SyncConflict, desks: dict[str, str], logins: dict[str, str]) -> ConflictInfo:
    try:
        params = json.loads(row.params) if row.params else {}
    except ValueError:
        params = {}
    params.pop("edit", None)  # the sealed offline edit is not for display
    return ConflictInfo(
        id=row.id,
        desk_code=desks.get(row.desk_id, ""),
        kind=row.kind,
        record_id=row.record_id,
        reason=row.reason,
        params=params,
        created_at=row.created_at,
        resolved_at=row.resolved_at,
        resolved_by=logins.get(row.resolved_by or "", ""),
        resolution=row.resolution,
        note=row.note,
        choices=resolutions_for(row.reason),
    )


def list_conflicts(
    ctx: AppContext, actor: Actor, *, open_only: bool = True, limit: int = 500
) -> list[ConflictInfo]:
    """Conflicts on the server, newest first (``order.approve_change``; needs the
    server)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        require_online(s)
        q = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
        if open_only:
            q = q.where(SyncConflict.resolved_at.is_(None))
        rows = list(s.scalars(q.limit(max(1, min(limit, 5000)))))
        desks = dict(s.execute(select(Desk.id, Desk.code)).tuples().all())
        logins = dict(s.execute(select(User.id, User.login)).tuples().all())
        return [_info(r, desks, logins) for r in rows]


def count_open(ctx: AppContext, actor: Actor) -> int:
    """How many conflicts wait for a manager (``order.approve_change``)."""
    return len(list_conflicts(ctx, actor, open_only=True, limit=5000))


def resolve_conflict(
    ctx: AppContext, actor: Actor, conflict_id: str, resolution: str, note: str = ""
) -> ConflictInfo:
    """Close a conflict with one of its choices (``order.approve_change``; audited
    ``sync.conflict_resolve``).  ``use_offline`` on a member edited on two desks puts
    the offline edit on the member.  A conflict someone resolved first is a
    :class:`Conflict`."""
    text = note.strip()
    if len(text) > 1000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The note can have at most {max} characters."),
            max=1000,
            field="note",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        require_online(s)
        row = s.scalars(
            select(SyncConflict).where(SyncConflict.id == conflict_id).with_for_update()
        ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That conflict no longer exists."))
        if row.resolved_at is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This conflict has already been resolved."))
        if resolution not in resolutions_for(row.reason):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{resolution}” is not a way to resolve this conflict."
                ),
                resolution=resolution,
                field="resolution",
            )
        params = json.loads(row.params) if row.params else {}
        if resolution == USE_OFFLINE:
            status = s.scalar(select(Member.status).where(Member.id == row.record_id))
            if status != "active":
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Member {card} was erased; the offline edit cannot be applied."
                    ),
                    card=params.get("card", ""),
                )
            write_member_edit(s, row.record_id, params["edit"])
        row.resolution, row.note = resolution, text
        row.resolved_by, row.resolved_at = current.user_id, ctx.clock()
        s.flush()
        audit.record(
            s,
            ctx,
            current,
            "sync.conflict_resolve",
            row.record_id,
            {"reason": row.reason, "resolution": resolution, "note": text},
        )
        desks = dict(s.execute(select(Desk.id, Desk.code)).tuples().all())
        return _info(row, desks, {current.user_id: current.login})
