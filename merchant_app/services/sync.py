"""Sending an offline desk's queue when the server is back (GROW-2).

:func:`sync_now` puts the desk in ``syncing`` (new actions still go to the cache), then
sends the pending outbox items in ``seq`` order.  Each item is applied in its own
server transaction together with its receipt (``sync_receipt``: desk, ``seq``) and the
conflicts the server's rules found (``services/sync_apply.py``): an item whose receipt
is there changes nothing, so sending a batch again — or a desk killed in the middle
of a sync and started again — never applies anything twice.  The cache notes what was
sent after each batch; items the server applied before the desk could note it are
found by their receipts next time.

When the queue is empty the cache is refreshed from the server
(``services/desk_cache.py``), whatever came in meanwhile is sent, and the desk goes
back online.  Should the server go away midway, the desk goes offline again and the
rest waits for the next try.

An item the server refuses (a record gone from the cache, a bug) is marked ``failed``
with the reason, never blocks the items after it, and is sent again after
:func:`retry_failed`.  :func:`list_outbox` feeds the sync panel.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, KnownError
from merchant_app.ids import new_id
from merchant_app.models import (
    AuditEntry,
    DeskSequence,
    Member,
    SalesOrder,
    SyncConflict,
    SyncOutbox,
    SyncReceipt,
)
from merchant_app.services import sync_apply
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.desk_cache import OFFLINE_SEQUENCE_PREFIX, RefreshReport, refresh_cache
from merchant_app.services.desk_router import RoutingDatabase
from merchant_app.services.permissions import load_actor
from merchant_app.services.sync_outbox import CONFLICT, FAILED, PENDING, SENT, pending_count
from merchant_app.services.sync_outbox import provisional_points as _provisional

log = logging.getLogger(__name__)

BATCH = 100
_outbox: Table = SyncOutbox.__table__  # type: ignore[assignment]
_receipt: Table = SyncReceipt.__table__  # type: ignore[assignment]
_MARK = (
    update(_outbox)
    .where(_outbox.c.seq == bindparam("b_seq"))
    .values(
        status=bindparam("b_status"),
        attempts=_outbox.c.attempts + 1,
        last_error=bindparam("b_error"),
        sent_at=bindparam("b_at"),
    )
)


class SeqClash(KnownError):
    """The server has a receipt for this ``seq`` but for another record."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server already holds item {seq} of this desk for another record; this desk's "
        "copy was made again without it. Ask for help before retrying.",
    )


@dataclass(frozen=True)
class SyncReport:
    """What a sync did: items applied now (``sent``, of which ``conflicts`` with a
    conflict listed), found applied before (``already``), refused (``failed``), still
    waiting (``remaining``), the refresh that followed, whether the desk is online at
    the end, the time taken and the error that stopped it (empty when none)."""

    sent: int = 0
    conflicts: int = 0
    already: int = 0
    failed: int = 0
    remaining: int = 0
    refreshed: RefreshReport | None = None
    online: bool = False
    seconds: float = 0.0
    error: str = ""


@dataclass(frozen=True)
class _Item:
    seq: int
    kind: str
    record_id: str
    base_version: datetime | None


@dataclass
class _Tally:
    sent: int = 0
    conflicts: int = 0
    already: int = 0
    failed: int = 0


# ---------------------------------------------------------------------- the desk's side


def _pending_items(router: RoutingDatabase, limit: int) -> list[_Item]:
    with router.read_local() as s:
        rows = s.execute(
            select(_outbox.c.seq, _outbox.c.kind, _outbox.c.record_id, _outbox.c.base_version)
            .where(_outbox.c.status == PENDING)
            .order_by(_outbox.c.seq)
            .limit(limit)
        )
        return [_Item(*r) for r in rows]


def _queue_audit(router: RoutingDatabase, ctx: AppContext) -> None:
    """Queue the cache's audit entries written since the last audit item (offline
    sign-ins, reveals, overrides …) as one item, so they reach the server's chain."""
    with router.local.transaction() as s:
        last_entry = int(s.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0))) or 0)
        last_item = s.scalar(
            select(_outbox.c.record_id)
            .where(_outbox.c.kind == "audit")
            .order_by(_outbox.c.seq.desc())
            .limit(1)
        )
        done = int(last_item.partition("-")[2]) if last_item else 0
        if last_entry > done:
            s.execute(
                insert(_outbox),
                {
                    "kind": "audit",
                    "record_id": f"{done + 1}-{last_entry}",
                    "base_version": None,
                    "created_at": ctx.clock(),
                    "status": PENDING,
                    "attempts": 0,
                    "last_error": "",
                    "sent_at": None,
                },
            )


def _mark(router: RoutingDatabase, marks: list[dict[str, Any]]) -> None:
    if marks:
        with router.local.transaction() as s:
            s.connection().execute(_MARK, marks)
        marks.clear()


def _push_sequences(router: RoutingDatabase, desk_id: str) -> None:
    """The server's record of this desk's offline numbers reaches what the desk used,
    so a cache made again never hands one out twice."""
    seq = DeskSequence.__table__
    with router.read_local() as s:
        rows = s.execute(select(seq.c.kind, seq.c.last_value).where(seq.c.desk_id == desk_id)).all()
    if not rows:
        return
    with router.server_transaction() as s:
        for kind, value in rows:
            name = OFFLINE_SEQUENCE_PREFIX + kind
            insert_ignore(s, DeskSequence, {"desk_id": desk_id, "kind": name, "last_value": 0})
            s.execute(
                update(seq)  # type: ignore[arg-type]
                .where(seq.c.desk_id == desk_id, seq.c.kind == name, seq.c.last_value < value)
                .values(last_value=value)
            )


# ---------------------------------------------------------------------- the server's side


def _apply(
    s: Any, ctx: AppContext, item: _Item, payloads: sync_apply.Payloads, touched: set[str]
) -> list[sync_apply.Found]:
    if item.kind in ("order", "payment"):
        bundle = payloads.orders.get(item.record_id, sync_apply.OrderBundle(None))
        return sync_apply.apply_order(s, ctx, bundle, item.record_id, touched)
    if item.kind == "member":
        member = payloads.members.get(item.record_id, sync_apply.MemberBundle(None))
        return sync_apply.apply_member(s, member, item.record_id, item.base_version)
    if item.kind == "points":
        entries = payloads.points.get(item.record_id, [])
        return sync_apply.apply_points_item(s, ctx, entries, item.record_id, touched)
    if item.kind == "audit":
        return sync_apply.apply_audit(s, ctx, payloads.audit.get(item.record_id, []))
    raise ValueError(f"unknown outbox kind {item.kind!r}")


_RECEIPT = select(_receipt.c.kind, _receipt.c.record_id, _receipt.c.outcome).where(
    _receipt.c.desk_id == bindparam("b_desk"), _receipt.c.outbox_seq == bindparam("b_seq")
)


def _send(
    router: RoutingDatabase,
    ctx: AppContext,
    item: _Item,
    payloads: sync_apply.Payloads,
    touched: set[str],
) -> tuple[str, str, bool]:
    """Apply one item with its receipt; returns (status, error, already)."""
    with router.server_transaction() as s:
        receipt = (
            s.connection().execute(_RECEIPT, {"b_desk": ctx.desk_id, "b_seq": item.seq}).first()
        )
        if receipt is not None:
            if (receipt.kind, receipt.record_id) != (item.kind, item.record_id):
                raise SeqClash(seq=item.seq)
            return (CONFLICT if receipt.outcome == CONFLICT else SENT), "", True
        moved: set[str] = set()
        found = _apply(s, ctx, item, payloads, moved)
        now = ctx.clock()
        if found:
            s.execute(
                insert(SyncConflict),
                [
                    {
                        "id": new_id(),
                        "desk_id": ctx.desk_id,
                        "outbox_seq": item.seq,
                        "kind": item.kind,
                        "record_id": item.record_id,
                        "reason": f.reason,
                        "params": _json(f.params),
                        "created_at": now,
                        "resolved_by": None,
                        "resolved_at": None,
                        "resolution": "",
                        "note": "",
                    }
                    for f in found
                ],
            )
        s.execute(
            insert(SyncReceipt),
            {
                "desk_id": ctx.desk_id,
                "outbox_seq": item.seq,
                "kind": item.kind,
                "record_id": item.record_id,
                "applied_at": now,
                "outcome": CONFLICT if found else "applied",
            },
        )
    touched |= moved  # only once the item is in
    return (CONFLICT if found else SENT), "", False


def _json(params: dict[str, Any]) -> str:
    import json

    return json.dumps(params, ensure_ascii=False, sort_keys=True, default=str)


def _send_batch(
    router: RoutingDatabase,
    ctx: AppContext,
    items: Sequence[_Item],
    tally: _Tally,
    marks: list[dict[str, Any]],
    should_stop: Callable[[], bool],
) -> None:
    with router.read_local() as s:
        payloads = sync_apply.read_payloads(s, items)
    touched: set[str] = set()
    for item in items:
        if should_stop():
            break
        try:
            status, error, already = _send(router, ctx, item, payloads, touched)
        except DatabaseUnavailable:
            raise
        except KnownError as exc:
            status, error, already = FAILED, exc.message, False
        except Exception as exc:  # a bug: the item waits, the others go on
            log.exception("sync: item %s (%s %s) failed", item.seq, item.kind, item.record_id)
            status, error, already = FAILED, f"{type(exc).__name__}: {exc}"[:1000], False
        if already:
            tally.already += 1
        elif status == FAILED:
            tally.failed += 1
        else:
            tally.sent += 1
            tally.conflicts += status == CONFLICT
        marks.append(
            {
                "b_seq": item.seq,
                "b_status": status,
                "b_error": error,
                "b_at": None if status == FAILED else ctx.clock(),
            }
        )
    if touched:
        with router.server_transaction() as s:
            sync_apply.refresh_members(s, ctx, touched)


def sync_now(
    router: RoutingDatabase,
    ctx: AppContext,
    *,
    batch: int = BATCH,
    refresh: bool = True,
    should_stop: Callable[[], bool] | None = None,
    after_batch: Callable[[], None] | None = None,
) -> SyncReport:
    """Send the desk's queue, refresh its cache and go back online (see the module
    text).  ``ctx`` is the desk's context (its ``desk_id``, clock).  ``should_stop`` is
    asked between items (the desk then stays offline); ``after_batch`` is called after
    each batch is noted in the cache (tests use it to stop a desk midway).  Never raises
    for an absent server: the report says so."""
    started = time.perf_counter()
    stop = should_stop or (lambda: False)
    if not router.begin_sync():
        return SyncReport(
            remaining=router.status().queue_length,
            online=router.state == "online",
            error="a sync is already running",
        )
    tally, marks = _Tally(), list[dict[str, Any]]()
    refreshed: RefreshReport | None = None
    online, error = False, ""
    try:
        if not router.probe():
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The database cannot be reached: {reason}"),
                reason=router.status().last_error,
            )
        _queue_audit(router, ctx)
        _push_sequences(router, ctx.desk_id)
        while not stop():
            items = _pending_items(router, batch)
            if items:
                _send_batch(router, ctx, items, tally, marks, stop)
                _mark(router, marks)
                router.count_pending()
                if after_batch is not None:
                    after_batch()
                continue
            if refresh and refreshed is None:
                refreshed = refresh_cache(router, ctx.desk_id)
                continue
            if router.finish_sync(online=True):
                online = True
                break
            time.sleep(0.005)  # an offline action is still committing: send it next
    except DatabaseUnavailable as exc:
        error = exc.message
        _mark(router, marks)
    finally:
        if not online:
            router.finish_sync(online=False)
    remaining = router.count_pending()
    return SyncReport(
        sent=tally.sent,
        conflicts=tally.conflicts,
        already=tally.already,
        failed=tally.failed,
        remaining=remaining,
        refreshed=refreshed,
        online=online,
        seconds=time.perf_counter() - started,
        error=error,
    )


# ---------------------------------------------------------------------- the sync panel


@dataclass(frozen=True)
class OutboxItem:
    """A queued offline action as the sync panel lists it: ``label`` is the order
    number or member card it concerns."""

    seq: int
    kind: str
    record_id: str
    label: str
    created_at: datetime
    status: str
    attempts: int
    last_error: str
    sent_at: datetime | None


def _router(ctx: AppContext) -> RoutingDatabase:
    if not isinstance(ctx.db, RoutingDatabase):
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "This desk does not work offline: {reason}"),
            reason="no local copy",
        )
    return ctx.db


def list_outbox(
    ctx: AppContext, actor: Actor, *, statuses: Sequence[str] = (), limit: int = 500
) -> list[OutboxItem]:
    """The desk's queue, newest first, optionally only some statuses (pending, sent,
    failed, conflict); any signed-in user."""
    router = _router(ctx)
    with router.read_local() as s:
        load_actor(s, actor.user_id)
        q = select(SyncOutbox).order_by(SyncOutbox.seq.desc()).limit(max(1, min(limit, 5000)))
        if statuses:
            q = q.where(SyncOutbox.status.in_(list(statuses)))
        rows = list(s.scalars(q))
        ids = [r.record_id for r in rows]
        numbers = dict(
            s.execute(select(SalesOrder.id, SalesOrder.number).where(SalesOrder.id.in_(ids)))
            .tuples()
            .all()
        )
        cards = dict(
            s.execute(select(Member.id, Member.card_number).where(Member.id.in_(ids)))
            .tuples()
            .all()
        )
        return [
            OutboxItem(
                r.seq,
                r.kind,
                r.record_id,
                numbers.get(r.record_id) or cards.get(r.record_id) or r.record_id,
                r.created_at,
                r.status,
                r.attempts,
                r.last_error,
                r.sent_at,
            )
            for r in rows
        ]


def outbox_counts(ctx: AppContext) -> dict[str, int]:
    """How many queued items are in each status (for the status bar and the panel)."""
    router = _router(ctx)
    with router.read_local() as s:
        rows = s.execute(
            select(SyncOutbox.status, func.count()).group_by(SyncOutbox.status)
        ).tuples()
        return {status: int(n) for status, n in rows}


def retry_failed(ctx: AppContext, actor: Actor, seqs: Sequence[int] = ()) -> int:
    """Put failed items (all, or those in ``seqs``) back in the queue; the next sync
    sends them.  Returns how many; any signed-in user."""
    router = _router(ctx)
    with router.local.transaction() as s:
        load_actor(s, actor.user_id)
        stmt = update(SyncOutbox).where(SyncOutbox.status == FAILED)
        if seqs:
            stmt = stmt.where(SyncOutbox.seq.in_(list(seqs)))
        count = int(s.execute(stmt.values(status=PENDING, last_error="")).rowcount)  # type: ignore[attr-defined]
    router.count_pending()
    return count


def provisional_points(ctx: AppContext, actor: Actor, member_id: str) -> int:
    """How many of a member's points were earned on this desk offline and are not on
    the server yet (0 on a desk without a local copy)."""
    if not isinstance(ctx.db, RoutingDatabase):
        return 0
    with ctx.db.read_local() as s:
        load_actor(s, actor.user_id)
        return _provisional(s, member_id)


def queue_length(ctx: AppContext) -> int:
    """Pending items in this desk's queue (0 on a desk without a local copy)."""
    if not isinstance(ctx.db, RoutingDatabase):
        return 0
    with ctx.db.read_local() as s:
        return pending_count(s)
