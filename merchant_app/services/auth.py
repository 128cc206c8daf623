"""Signing in (AUTH-2, AUTH-3): passwords checked against this desk's keyring, backoff and
soft lock kept in the database, password changes, and desk enrolment with codes.

The argon2 check runs outside any transaction, so a slow hash never holds the database.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from merchant_app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, InvalidInput, NotFound
from merchant_app.models import EnrolmentCode, User
from merchant_app.security.keystore import verifier_name
from merchant_app.security.passwords import (
    check_password_rules,
    hash_password,
    verify_password,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor

FREE_ATTEMPTS = 2  # failures before any delay
MAX_DELAY_SECONDS = 30
LOCK_AFTER = 8  # failures in a row before the soft lock (Owner unlocks)
ENROLMENT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
ENROLMENT_HOURS = 24

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("Errors", "Wrong login or password.")


def retry_delay(failures: int) -> timedelta:
    """How long to wait after ``failures`` failed attempts in a row (growing, capped)."""
    if failures <= FREE_ATTEMPTS:
        return timedelta(0)
    return timedelta(seconds=min(2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_SECONDS))


@dataclass(frozen=True)
class _LoginState:
    user_id: str
    login: str
    active: bool
    locked: bool
    retry_after: datetime | None
    verifier: str | None


def _load_state(ctx: AppContext, login: str) -> _LoginState | None:
    key = login.strip().lower()
    if "\x00" in key:  # no login has one (and PostgreSQL cannot even compare it)
        return None
    with ctx.db.transaction() as s:
        user = s.scalars(select(User).where(User.login == key)).first()
        if user is None:
            return None
        state = _LoginState(user.id, user.login, user.active, user.locked, user.retry_after, None)
    verifier = ctx.keys.get(ctx.shop_id, verifier_name(state.login))
    return _LoginState(
        state.user_id, state.login, state.active, state.locked, state.retry_after, verifier
    )


def authenticate(ctx: AppContext, login: str, password: str, purpose: str = "login") -> Actor:
    """Check a login and password on this desk and return the actor.

    Refuses unknown logins and wrong passwords with the same message, applies the growing
    delay and the soft lock, refuses deactivated users and users not enrolled on this
    desk.  Every attempt, good or bad, is audited (``purpose`` names why it was made)."""
    state = _load_state(ctx, login)
    now = ctx.clock()
    if state is None:
        with ctx.db.transaction() as s:
            audit.record(
                s,
                ctx,
                None,
                f"{purpose}.failed",
                login.strip()[:40],
                {"reason": "unknown login"},
                actor_login=login.strip()[:40].lower(),
            )
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    if not state.active:
        _audit_refusal(ctx, state, purpose, "deactivated")
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("Errors", "This account has been deactivated.")
        )
    if state.locked:
        _audit_refusal(ctx, state, purpose, "locked")
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This account is locked after too many failed attempts. "
                "Ask the Owner to unlock it.",
            )
        )
    if state.retry_after is not None and state.retry_after > now:
        wait = int((state.retry_after - now).total_seconds() + 0.999)
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "Too many failed attempts. Wait {seconds} seconds and try again."
            ),
            seconds=wait,
        )
    if state.verifier is None:
        _audit_refusal(ctx, state, purpose, "not enrolled on this desk")
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{login} has no password on this desk yet. Ask the Owner for an "
                "enrolment code and choose “Enrol on this desk”.",
            ),
            login=state.login,
        )
    if not verify_password(state.verifier, password):
        failures = _record_failure(ctx, state, purpose)
        if failures >= LOCK_AFTER:
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Wrong password. The account is now locked; ask the Owner to unlock it.",
                )
            )
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    with ctx.db.transaction() as s:
        s.execute(
            update(User).where(User.id == state.user_id).values(failed_attempts=0, retry_after=None)
        )
        actor = load_actor(s, state.user_id)
        audit.record(s, ctx, actor, f"{purpose}.ok", actor.login)
    return actor


def _audit_refusal(ctx: AppContext, state: _LoginState, purpose: str, reason: str) -> None:
    with ctx.db.transaction() as s:
        audit.record(
            s,
            ctx,
            None,
            f"{purpose}.refused",
            state.login,
            {"reason": reason},
            actor_login=state.login,
        )


def _record_failure(ctx: AppContext, state: _LoginState, purpose: str) -> int:
    now = ctx.clock()
    with ctx.db.transaction() as s:
        failures = s.execute(
            update(User)
            .where(User.id == state.user_id)
            .values(failed_attempts=User.failed_attempts + 1)
            .returning(User.failed_attempts)
        ).scalar_one()
        locked = failures >= LOCK_AFTER
        s.execute(
            update(User)
            .where(User.id == state.user_id)
            .values(retry_after=now + retry_delay(failures), locked=User.locked | locked)
        )
        audit.record(
            s,
            ctx,
            None,
            f"{purpose}.failed",
            state.login,
            {"reason": "wrong password", "failures": failures, "locked": locked},
            actor_login=state.login,
        )
        return int(failures)


def change_password(ctx: AppContext, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password on this desk (the old one must be right)."""
    authenticate(ctx, actor.login, old_password, purpose="password.confirm")
    check_password_rules(new_password, actor.login)
    if new_password == old_password:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")
        )
    verifier = hash_password(new_password)
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        s.execute(
            update(User).where(User.id == actor.user_id).values(password_changed_at=ctx.clock())
        )
        audit.record(s, ctx, actor, "password.change", actor.login)
        ctx.keys.set(ctx.shop_id, verifier_name(actor.login), verifier)


def reset_password(ctx: AppContext, actor: Actor, user_id: str, new_password: str) -> None:
    """Someone with ``user.manage`` sets another user's password on this desk."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "user.manage")
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That user no longer exists."))
        check_password_rules(new_password, user.login)
        verifier = hash_password(new_password)
        user.password_changed_at = ctx.clock()
        user.failed_attempts = 0
        user.retry_after = None
        audit.record(s, ctx, actor, "password.reset", user.login)
        ctx.keys.set(ctx.shop_id, verifier_name(user.login), verifier)


def _code_hash(code: str) -> str:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode()).hexdigest()


def issue_enrolment_code(
    ctx: AppContext, actor: Actor, user_id: str, valid_hours: int = ENROLMENT_HOURS
) -> str:
    """A single-use code (``ABCD-EFGH-JKLM``) with which ``user_id`` sets a password at
    another desk before it expires.  Only its hash is stored."""
    if not 1 <= valid_hours <= 24 * 7:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An enrolment code is valid for 1 hour to 7 days.")
        )
    raw = "".join(secrets.choice(ENROLMENT_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    with ctx.db.transaction() as s:
        authorize(s, actor, "user.manage")
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That user is not active."))
        now = ctx.clock()
        s.add(
            EnrolmentCode(
                user_id=user.id,
                code_hash=_code_hash(code),
                issued_by=actor.user_id,
                issued_at=now,
                expires_at=now + timedelta(hours=valid_hours),
            )
        )
        audit.record(s, ctx, actor, "enrolment.issue", user.login, {"hours": valid_hours})
    return code


def enrol_with_code(ctx: AppContext, login: str, code: str, new_password: str) -> Actor:
    """Enrol a user on this desk: a valid, unused, unexpired code for that login lets
    them choose a password, whose verifier goes into this desk's keyring.  The code is
    consumed exactly once even if two desks try it at the same moment."""
    key = login.strip().lower()
    check_password_rules(new_password, key)
    verifier = hash_password(new_password)
    bad = AuthenticationFailed(
        QT_TRANSLATE_NOOP(
            "Errors", "The enrolment code is wrong, already used or expired for this login."
        )
    )
    with ctx.db.transaction() as s:
        user = s.scalars(select(User).where(User.login == key)).first()
        if user is None or not user.active:
            raise bad
        now = ctx.clock()
        used = s.execute(
            update(EnrolmentCode)
            .where(
                EnrolmentCode.code_hash == _code_hash(code),
                EnrolmentCode.user_id == user.id,
                EnrolmentCode.used_at.is_(None),
                EnrolmentCode.expires_at > now,
            )
            .values(used_at=now, used_on_desk=ctx.desk_id or None)
        ).rowcount  # type: ignore[attr-defined]
        if used != 1:
            raise bad
        user.password_changed_at = now
        actor = load_actor(s, user.id)
        audit.record(s, ctx, actor, "enrolment.use", user.login)
        ctx.keys.set(ctx.shop_id, verifier_name(user.login), verifier)
    return actor
