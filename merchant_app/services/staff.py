"""Staff administration (AUTH-1): users and roles, for holders of ``user.manage`` and
``role.manage``.  Changing a user's role goes through an approval (AUTH-4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound, NotPermitted
from merchant_app.models import Permission, Role, User
from merchant_app.security.keystore import verifier_name
from merchant_app.security.passwords import check_password_rules, hash_password
from merchant_app.services import approvals, audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import OWNER, PERMISSIONS, authorize
from merchant_app.services.shop import normalise_login
from merchant_app.services.sync_outbox import require_online

# The Owner role always keeps these, so the shop can never lock itself out.
OWNER_ESSENTIALS = frozenset({"user.manage", "role.manage"})


@dataclass(frozen=True)
class UserRow:
    """A user as the user list shows them."""

    id: str
    login: str
    display_name: str
    role_id: str
    role_name: str
    active: bool
    locked: bool
    failed_attempts: int
    created_at: datetime


@dataclass(frozen=True)
class RoleRow:
    """A role with its permissions."""

    id: str
    name: str
    description: str
    builtin: bool
    permissions: frozenset[str]
    user_count: int


def list_users(ctx: AppContext, actor: Actor) -> list[UserRow]:
    """Every user, by login."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "user.manage")
        return [
            UserRow(
                u.id,
                u.login,
                u.display_name,
                u.role_id,
                u.role.name,
                u.active,
                u.locked,
                u.failed_attempts,
                u.created_at,
            )
            for u in s.scalars(select(User).order_by(User.login))
        ]


def list_roles(ctx: AppContext, actor: Actor) -> list[RoleRow]:
    """Every role with its permissions and how many users hold it."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "user.manage")
        del current
        counts = dict(
            s.execute(select(User.role_id, func.count()).group_by(User.role_id)).tuples().all()
        )
        return [
            RoleRow(
                r.id,
                r.name,
                r.description,
                r.builtin,
                frozenset(p.name for p in r.permissions),
                counts.get(r.id, 0),
            )
            for r in s.scalars(select(Role).order_by(Role.name))
        ]


def _role_or_fail(s: Session, role_id: str) -> Role:
    role = s.get(Role, role_id)
    if role is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That role no longer exists."))
    return role


def _check_grantable(actor: Actor, role: Role) -> None:
    missing = {p.name for p in role.permissions} - actor.permissions
    if missing:
        raise NotPermitted(
            QT_TRANSLATE_NOOP(
                "Errors",
                "You cannot give the role “{role}”: it has permissions you do not hold.",
            ),
            role=role.name,
            permission=sorted(missing)[0],
        )


def create_user(
    ctx: AppContext,
    actor: Actor,
    *,
    login: str,
    display_name: str,
    role_id: str,
    password: str,
) -> UserRow:
    """Create a user and enrol them on this desk (their verifier goes to its keyring)."""
    key = normalise_login(login)
    if not display_name.strip() or len(display_name.strip()) > 80:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The name must have 1 to 80 characters."))
    check_password_rules(password, key)
    verifier = hash_password(password)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "user.manage")
        require_online(s)  # staff are the same on every desk (GROW-2)
        role = _role_or_fail(s, role_id)
        _check_grantable(current, role)
        if s.scalar(select(func.count()).select_from(User).where(User.login == key)):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The login “{login}” is already taken."), login=key
            )
        now = ctx.clock()
        user = User(
            login=key,
            display_name=display_name.strip(),
            role_id=role.id,
            created_at=now,
            password_changed_at=now,
        )
        s.add(user)
        s.flush()
        audit.record(s, ctx, current, "user.create", key, {"role": role.name})
        ctx.keys.set(ctx.shop_id, verifier_name(key), verifier)
        return UserRow(user.id, key, user.display_name, role.id, role.name, True, False, 0, now)


def _user_or_fail(s: Session, user_id: str) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That user no longer exists."))
    return user


def _active_owners(s: Session) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(User)
            .join(Role)
            .where(Role.name == OWNER, User.active.is_(True))
        )
        or 0
    )


def set_user_active(ctx: AppContext, actor: Actor, user_id: str, active: bool) -> None:
    """Deactivate (blocks the user on every desk at once) or reactivate a user."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "user.manage")
        require_online(s)
        user = _user_or_fail(s, user_id)
        if not active and user.id == current.user_id:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate yourself."))
        if not active and user.role.name == OWNER and _active_owners(s) <= 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The last active Owner cannot be deactivated.")
            )
        user.active = active
        audit.record(s, ctx, current, "user.activate" if active else "user.deactivate", user.login)


def unlock_user(ctx: AppContext, actor: Actor, user_id: str) -> None:
    """Lift a soft lock and clear the failed-attempt count."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "user.manage")
        require_online(s)
        user = _user_or_fail(s, user_id)
        user.locked = False
        user.failed_attempts = 0
        user.retry_after = None
        audit.record(s, ctx, current, "user.unlock", user.login)


def request_role_change(
    ctx: AppContext, actor: Actor, user_id: str, role_id: str, reason: str = ""
) -> approvals.ApprovalInfo:
    """Ask to give a user another role; applied at once for a ``role.manage`` holder,
    otherwise pending until one approves."""
    with ctx.db.transaction() as s:
        user = _user_or_fail(s, user_id)
        role = _role_or_fail(s, role_id)
        if user.id == actor.user_id:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "You cannot change your own role."))
        if user.role_id == role.id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{login} already has the role “{role}”."),
                login=user.login,
                role=role.name,
            )
        summary = f"{user.login}: {user.role.name} → {role.name}"
    return approvals.submit(
        ctx, actor, "user.role_change", {"user_id": user_id, "role_id": role_id}, summary, reason
    )


def _apply_role_change(s: Session, ctx: AppContext, approver: Actor, p: dict[str, Any]) -> None:
    user = _user_or_fail(s, p["user_id"])
    role = _role_or_fail(s, p["role_id"])
    if user.role.name == OWNER and role.name != OWNER and user.active and _active_owners(s) <= 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The last active Owner must keep the Owner role.")
        )
    old = user.role.name
    user.role_id = role.id
    s.flush()
    s.expire(user)
    audit.record(s, ctx, approver, "user.role_change", user.login, {"from": old, "to": role.name})


approvals.register(
    approvals.ApprovalKind("user.role_change", "user.manage", "role.manage", _apply_role_change)
)


def save_role(
    ctx: AppContext,
    actor: Actor,
    *,
    role_id: str | None,
    name: str,
    description: str,
    permissions: set[str],
) -> RoleRow:
    """Create a role (``role_id`` None) or change one.  Unknown permission names are
    refused; the Owner role keeps user and role management."""
    unknown = set(permissions) - set(PERMISSIONS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown permission “{name}”."), name=sorted(unknown)[0]
        )
    name = name.strip()
    if not name or len(name) > 60:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The role name must have 1 to 60 characters.")
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "role.manage")
        clash = s.scalars(select(Role).where(Role.name == name)).first()
        if clash is not None and clash.id != role_id:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "A role named “{name}” already exists."), name=name
            )
        if role_id is None:
            role = Role(name=name, description=description.strip(), builtin=False)
            s.add(role)
            before: set[str] = set()
        else:
            role = _role_or_fail(s, role_id)
            before = {p.name for p in role.permissions}
            if role.builtin and role.name != name:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "A built-in role cannot be renamed.")
                )
            if role.name == OWNER and not permissions >= OWNER_ESSENTIALS:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The Owner role must keep user and role management."
                    )
                )
            role.name, role.description = name, description.strip()
        perms = {p.name: p for p in s.scalars(select(Permission))}
        role.permissions = {perms[n] for n in permissions}
        s.flush()
        audit.record(
            s,
            ctx,
            current,
            "role.save",
            name,
            {"added": sorted(permissions - before), "removed": sorted(before - permissions)},
        )
        count = s.scalar(select(func.count()).select_from(User).where(User.role_id == role.id))
        return RoleRow(
            role.id, role.name, role.description, role.builtin, frozenset(permissions), count or 0
        )
