"""The outbox of an offline desk (GROW-2), as the services see it.

A desk whose server is away works in its local cache (``services/desk_router.py``); the
session it gets there says so (``session.info["offline"]``, and its engine is marked as
a local cache).  The offline-capable services end their transaction with one call,
:func:`record`, which queues the record they wrote for the server — and does nothing on
the server itself.  Services that must not run offline call :func:`require_online`.

Human numbers made offline come from the desk's own offline range
(:func:`offline_value`: ``D01-9000042``, member cards ``8019000042…``), so they never
repeat a number the desk gave out online after its cache was last refreshed.

Points earned offline are *provisional* until their order reaches the server:
:func:`provisional_points` says how many of a member's points are.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from merchant_app.clock import utc_now
from merchant_app.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable
from merchant_app.models import PointsEntry, SalesOrder, SyncOutbox

KINDS = ("order", "payment", "member", "points", "audit")
PENDING, SENT, FAILED, CONFLICT = "pending", "sent", "failed", "conflict"
STATUSES = (PENDING, SENT, FAILED, CONFLICT)
OFFLINE_NUMBER_BASE = 9_000_000
"""Offline numbers are the desk's offline sequence plus this: ``D01-9000001`` onwards.
A desk would need nine million online orders before its numbers reached the range."""

_outbox: Table = SyncOutbox.__table__  # type: ignore[assignment]
_INSERT = insert(_outbox)
_LOCAL_ENGINES: weakref.WeakSet[Any] = weakref.WeakSet()


class NeedsServer(DatabaseUnavailable):
    """The action changes what only the server may change, and this desk is offline."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This needs the shop's server, and this desk is offline (it is working from its "
        "own copy). Try again when the server is back.",
    )


def mark_local_engine(engine: Any) -> None:
    """Note ``engine`` as a desk's local cache (the desk router does this once)."""
    _LOCAL_ENGINES.add(engine)


def is_offline(session: Session) -> bool:
    """Whether ``session`` works in a desk's local cache rather than on the server.
    (``session.info`` may be cleared by a helper mid-transaction; the engine mark stays.)"""
    if session.info.get("offline"):
        return True
    bind = session.get_bind()
    return bind in _LOCAL_ENGINES


def require_online(session: Session) -> None:
    """Refuse with :class:`NeedsServer` when ``session`` is offline (catalog edits, stock
    moves and counts, users, settings, approvals: what other desks must see at once)."""
    if is_offline(session):
        raise NeedsServer()


def offline_value(session: Session, value: int) -> int:
    """The number to print for sequence value ``value``: as it is online, moved into the
    desk's offline range (:data:`OFFLINE_NUMBER_BASE`) offline."""
    return value + OFFLINE_NUMBER_BASE if is_offline(session) else value


def _now(session: Session) -> datetime:
    from merchant_app.services.context import context_of

    ctx = context_of(session.get_bind())
    return ctx.clock() if ctx is not None else utc_now()


def record(session: Session, kind: str, record_id: str, *, base: datetime | None = None) -> None:
    """Queue ``record_id`` of ``kind`` for the server, in the caller's transaction, when
    the session is offline (nothing happens online).  ``base`` is the version
    (``updated_at``) the desk had of the record before this edit: the server refuses to
    overwrite a newer one and lists a conflict instead."""
    if not is_offline(session):
        return
    if kind not in KINDS:
        raise ValueError(f"unknown outbox kind {kind!r}")
    session.connection().execute(
        _INSERT,
        {
            "kind": kind,
            "record_id": record_id,
            "base_version": base,
            "created_at": _now(session),
            "status": PENDING,
            "attempts": 0,
            "last_error": "",
            "sent_at": None,
        },
    )


def pending_count(session: Session) -> int:
    """How many outbox items wait to be sent (in a desk's local cache)."""
    return int(
        session.scalar(select(func.count()).select_from(_outbox).where(_outbox.c.status == PENDING))
        or 0
    )


def provisional_points(session: Session, member_id: str) -> int:
    """The member's points earned on this desk offline whose order has not reached the
    server yet (read in the desk's local cache; the server's outbox is empty, so 0
    there): shown as provisional until the sync sends the order."""
    waiting = select(_outbox.c.record_id).where(
        _outbox.c.status == PENDING, _outbox.c.kind.in_(("order", "payment"))
    )
    value = session.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0))
        .join(SalesOrder, SalesOrder.id == PointsEntry.order_id)
        .where(
            PointsEntry.member_id == member_id,
            PointsEntry.kind == "earn",
            SalesOrder.id.in_(waiting),
        )
    )
    return int(value or 0)
