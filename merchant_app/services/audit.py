"""The audit trail (SAFE-4): append in the action's own transaction, verify, list, export.

Appends are serialised through the single ``audit_head`` row (an UPDATE takes its row
lock on PostgreSQL; SQLite has one writer), so desks writing at the same moment extend
one chain and never fork it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.ids import new_id
from merchant_app.models import AuditEntry, AuditHead
from merchant_app.security.audit_chain import GENESIS_HASH, entry_hash
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize

_TARGET_MAX = 200  # AuditEntry.target
_LOGIN_MAX = 40  # AuditEntry.actor_login


@dataclass(frozen=True)
class AuditRow:
    """One entry as the Owner's screen shows it."""

    seq: int
    at: datetime
    actor_login: str
    desk_id: str | None
    action: str
    target: str
    details: str


@dataclass(frozen=True)
class ChainReport:
    """The result of verifying the chain: ``ok``, or the first bad position and why."""

    ok: bool
    entries: int
    bad_seq: int | None = None
    problem: str = ""


def ensure_head(session: Session) -> None:
    """Create the chain head row if the database has none yet."""
    insert_ignore(session, AuditHead, {"id": 1, "last_seq": 0, "last_hash": GENESIS_HASH})


def record(
    session: Session,
    ctx: AppContext,
    actor: Actor | None,
    action: str,
    target: str = "",
    details: Mapping[str, object] | None = None,
    *,
    actor_login: str | None = None,
) -> int:
    """Append an entry in the caller's transaction; returns its sequence number."""
    row = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(last_seq=AuditHead.last_seq + 1)
        .returning(AuditHead.last_seq, AuditHead.last_hash)
    ).one_or_none()
    if row is None:
        ensure_head(session)
        return record(session, ctx, actor, action, target, details, actor_login=actor_login)
    seq, prev = row
    at = ctx.clock()
    text = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str)
    entry_id = new_id()
    login = actor.login if actor else (actor_login or "")
    # What was typed may not fit the columns (a long category path, a login with a NUL):
    # cut to their lengths, NUL shown as U+FFFD, as every database can store them.
    target = target.replace("\x00", "\ufffd")[:_TARGET_MAX]
    login = login.replace("\x00", "\ufffd")[:_LOGIN_MAX]
    actor_id = actor.user_id if actor else None
    desk_id = ctx.desk_id or None
    digest = entry_hash(
        seq=seq,
        entry_id=entry_id,
        at=at,
        actor_id=actor_id,
        actor_login=login,
        desk_id=desk_id,
        action=action,
        target=target,
        details=text,
        prev_hash=prev,
    )
    session.add(
        AuditEntry(
            seq=seq,
            id=entry_id,
            at=at,
            actor_id=actor_id,
            actor_login=login,
            desk_id=desk_id,
            action=action,
            target=target,
            details=text,
            prev_hash=prev,
            entry_hash=digest,
        )
    )
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=digest))
    return int(seq)


def verify_session(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the whole chain in order and report the first entry that does not fit."""
    head = session.get(AuditHead, 1)
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last_seq = 0
    while True:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.seq >= expected_seq)
            .order_by(AuditEntry.seq)
            .limit(batch)
        ).all()
        if not rows:
            break
        for e in rows:
            if e.seq != expected_seq:
                return ChainReport(
                    False,
                    last_seq,
                    expected_seq,
                    QT_TRANSLATE_NOOP("Errors", "Entry {seq} is missing (deleted)."),
                )
            if e.prev_hash != expected_prev:
                return ChainReport(
                    False,
                    last_seq,
                    e.seq,
                    QT_TRANSLATE_NOOP("Errors", "Entry {seq} does not follow the entry before it."),
                )
            digest = entry_hash(
                seq=e.seq,
                entry_id=e.id,
                at=e.at,
                actor_id=e.actor_id,
                actor_login=e.actor_login,
                desk_id=e.desk_id,
                action=e.action,
                target=e.target,
                details=e.details,
                prev_hash=e.prev_hash,
            )
            if digest != e.entry_hash:
                return ChainReport(
                    False,
                    last_seq,
                    e.seq,
                    QT_TRANSLATE_NOOP("Errors", "Entry {seq} was changed after it was written."),
                )
            expected_prev = e.entry_hash
            last_seq = e.seq
            expected_seq += 1
        session.expunge_all()
    head_seq = head.last_seq if head else 0
    head_hash = head.last_hash if head else GENESIS_HASH
    if head_seq != last_seq or head_hash != expected_prev:
        return ChainReport(
            False,
            last_seq,
            last_seq + 1,
            QT_TRANSLATE_NOOP("Errors", "Entries from {seq} on are missing (deleted)."),
        )
    return ChainReport(True, last_seq)


def verify_chain(ctx: AppContext, actor: Actor | None = None) -> ChainReport:
    """Verify the trail; with an actor, needs ``audit.view`` and is itself audited."""
    with ctx.db.transaction() as s:
        if actor is not None:
            authorize(s, actor, "audit.view")
        report = verify_session(s)
        if actor is not None:
            record(
                s, ctx, actor, "audit.verify", details={"ok": report.ok, "bad_seq": report.bad_seq}
            )
        return report


def list_entries(
    ctx: AppContext,
    actor: Actor,
    *,
    text: str = "",
    login: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    before_seq: int | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """Newest first, filtered; page with ``before_seq`` (keyset paging)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "audit.view")
        q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if text:
            like = f"%{text.lower()}%"
            q = q.where(
                func.lower(AuditEntry.action).like(like)
                | func.lower(AuditEntry.target).like(like)
                | func.lower(AuditEntry.details).like(like)
            )
        if login:
            q = q.where(AuditEntry.actor_login == login.strip().lower())
        if since:
            q = q.where(AuditEntry.at >= since)
        if until:
            q = q.where(AuditEntry.at < until)
        if before_seq is not None:
            q = q.where(AuditEntry.seq < before_seq)
        return [
            AuditRow(e.seq, e.at, e.actor_login, e.desk_id, e.action, e.target, e.details)
            for e in s.scalars(q)
        ]


def export_csv(ctx: AppContext, actor: Actor) -> str:
    """The whole trail as CSV text (oldest first, with hashes); the export is audited."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "audit.view")
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(
            ["seq", "at_utc", "user", "desk", "action", "target", "details", "prev_hash", "hash"]
        )
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            w.writerow(
                [
                    e.seq,
                    e.at.isoformat(),
                    e.actor_login,
                    e.desk_id or "",
                    e.action,
                    e.target,
                    e.details,
                    e.prev_hash,
                    e.entry_hash,
                ]
            )
        record(s, ctx, actor, "audit.export")
        return out.getvalue()
