"""Approvals (AUTH-4): a sensitive change is requested, then approved or refused by
someone holding the approving permission, and applied exactly once.

Features register an :class:`ApprovalKind` naming who may ask, who may approve and how
to apply the change.  A requester who already holds the approving permission gets the
change applied at once (still recorded and audited as self-approved).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, NotPermitted
from merchant_app.models import ApprovalRequest, User
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor

Applier = Callable[[Session, AppContext, Actor, dict[str, Any]], None]

# Modules whose import registers approval kinds (imported on first use).
HANDLER_MODULES = (
    "merchant_app.services.staff",
    "merchant_app.services.catalog",
    "merchant_app.services.catalog_prices",
    "merchant_app.services.stock",
    "merchant_app.services.order_revisions",
    "merchant_app.services.member_points",
)

PENDING, APPROVED, REFUSED = "pending", "approved", "refused"


@dataclass(frozen=True)
class ApprovalKind:
    """A kind of sensitive change and the permissions around it."""

    name: str
    request_permission: str
    approve_permission: str
    apply: Applier


@dataclass(frozen=True)
class ApprovalInfo:
    """A request as lists show it."""

    id: str
    kind: str
    summary: str
    reason: str
    status: str
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str


_KINDS: dict[str, ApprovalKind] = {}


def register(kind: ApprovalKind) -> None:
    """Make a kind of approval known (called at import by the feature's service)."""
    _KINDS[kind.name] = kind


def get_kind(name: str) -> ApprovalKind:
    """The registered kind ``name``."""
    if name not in _KINDS:
        for module in HANDLER_MODULES:
            importlib.import_module(module)
    try:
        return _KINDS[name]
    except KeyError:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of approval “{kind}”."), kind=name
        ) from None


def _info(s: Session, r: ApprovalRequest) -> ApprovalInfo:
    def login(user_id: str | None) -> str | None:
        if user_id is None:
            return None
        user = s.get(User, user_id)
        return user.login if user else user_id

    return ApprovalInfo(
        r.id,
        r.kind,
        r.summary,
        r.reason,
        r.status,
        login(r.requested_by) or "",
        r.requested_at,
        login(r.decided_by),
        r.decided_at,
        r.decision_note,
    )


def submit(
    ctx: AppContext,
    actor: Actor,
    kind_name: str,
    payload: dict[str, Any],
    summary: str,
    reason: str = "",
) -> ApprovalInfo:
    """Ask for a change; applied at once when the actor may approve it, else pending."""
    kind = get_kind(kind_name)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, kind.request_permission)
        now = ctx.clock()
        request = ApprovalRequest(
            kind=kind.name,
            payload=json.dumps(payload, sort_keys=True),
            summary=summary,
            reason=reason.strip(),
            status=PENDING,
            requested_by=actor.user_id,
            requested_at=now,
            requested_on_desk=ctx.desk_id or None,
        )
        s.add(request)
        s.flush()
        audit.record(
            s,
            ctx,
            current,
            "approval.request",
            request.id,
            {"kind": kind.name, "summary": summary, "reason": reason},
        )
        if kind.approve_permission in current.permissions:
            _decide(s, ctx, current, request, APPROVED, "self-approved", kind)
        return _info(s, request)


def _decide(
    s: Session,
    ctx: AppContext,
    approver: Actor,
    request: ApprovalRequest,
    status: str,
    note: str,
    kind: ApprovalKind,
) -> None:
    changed = s.execute(
        update(ApprovalRequest)
        .where(ApprovalRequest.id == request.id, ApprovalRequest.status == PENDING)
        .values(
            status=status, decided_by=approver.user_id, decided_at=ctx.clock(), decision_note=note
        )
        .execution_options(synchronize_session="fetch")
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "This request has already been decided by someone else.")
        )
    s.refresh(request)
    if status == APPROVED:
        kind.apply(s, ctx, approver, json.loads(request.payload))
    audit.record(
        s,
        ctx,
        approver,
        f"approval.{'approve' if status == APPROVED else 'refuse'}",
        request.id,
        {"kind": request.kind, "summary": request.summary, "note": note},
    )


def decide(
    ctx: AppContext, approver: Actor, request_id: str, approve: bool, note: str = ""
) -> ApprovalInfo:
    """Approve (and apply, once) or refuse a pending request.  The requester cannot decide
    their own request; a request already decided elsewhere gives :class:`Conflict`."""
    with ctx.db.transaction() as s:
        request = s.get(ApprovalRequest, request_id)
        if request is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That request no longer exists."))
        kind = get_kind(request.kind)
        current = authorize(s, approver, kind.approve_permission)
        if request.requested_by == current.user_id:
            raise NotPermitted(
                QT_TRANSLATE_NOOP("Errors", "You cannot approve or refuse your own request."),
                permission=kind.approve_permission,
            )
        if request.status != PENDING:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "This request has already been decided by someone else."
                )
            )
        _decide(s, ctx, current, request, APPROVED if approve else REFUSED, note.strip(), kind)
        return _info(s, request)


def approve_on_the_spot(
    ctx: AppContext, login: str, password: str, request_id: str, note: str = ""
) -> ApprovalInfo:
    """A manager at the requester's desk approves by typing their own credentials."""
    from merchant_app.services.auth import authenticate

    approver = authenticate(ctx, login, password, purpose="approval.credentials")
    return decide(ctx, approver, request_id, approve=True, note=note)


def list_requests(ctx: AppContext, actor: Actor, status: str = PENDING) -> list[ApprovalInfo]:
    """Requests the actor made or may decide, newest first."""
    with ctx.db.transaction() as s:
        current = load_actor(s, actor.user_id)
        q = select(ApprovalRequest).order_by(ApprovalRequest.requested_at.desc()).limit(500)
        if status:
            q = q.where(ApprovalRequest.status == status)
        decidable = [
            k
            for k in set(s.scalars(select(ApprovalRequest.kind).distinct()))
            if get_kind(k).approve_permission in current.permissions
        ]
        q = q.where(
            or_(
                ApprovalRequest.requested_by == current.user_id, ApprovalRequest.kind.in_(decidable)
            )
        )
        return [_info(s, r) for r in s.scalars(q)]
