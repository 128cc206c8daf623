"""The shop, first run and this desk's registration; desk-prefixed human numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import format_number
from merchant_app.models import Desk, DeskSequence, Role, Shop, ShopSetting, User
from merchant_app.security.keystore import verifier_name
from merchant_app.security.passwords import check_password_rules, hash_password
from merchant_app.services import audit
from merchant_app.services.context import AppContext
from merchant_app.services.permissions import DEFAULT_ROLES, OWNER, sync_permissions
from merchant_app.services.sync_outbox import offline_value, require_online

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "TWD", "JPY", "SGD", "AUD", "CAD", "CHF")
LOCALES = ("en_US", "en_GB", "zh_CN", "zh_TW", "zh_HK", "de_DE", "fr_FR", "ja_JP")
LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


@dataclass(frozen=True)
class ShopInfo:
    """The shop as the window shows it."""

    id: str
    name: str
    address: str
    currency: str
    locale: str
    is_demo: bool


@dataclass(frozen=True)
class DeskInfo:
    """This desk's id and code (the prefix of its human numbers)."""

    id: str
    code: str
    name: str


def _shop_info(shop: Shop) -> ShopInfo:
    return ShopInfo(shop.id, shop.name, shop.address, shop.currency, shop.locale, shop.is_demo)


def normalise_login(login: str) -> str:
    """Logins are compared lower-case and without surrounding spaces."""
    value = login.strip().lower()
    if not LOGIN_RE.match(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The login “{login}” is not valid: use 2 to 40 letters, digits, dots, "
                "dashes or underscores, starting with a letter or digit.",
            ),
            login=login,
        )
    return value


def validate_shop_fields(name: str, currency: str, locale: str) -> None:
    """Raise :class:`InvalidInput` naming the first bad field of a shop."""
    if not name.strip() or len(name.strip()) > 120:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The shop name must have 1 to 120 characters.")
        )
    if currency not in CURRENCIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown currency “{value}”."), value=currency
        )
    if locale not in LOCALES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Unknown locale “{value}”."), value=locale)


def create_shop(
    ctx: AppContext,
    *,
    name: str,
    address: str,
    currency: str,
    locale: str,
    owner_login: str,
    owner_name: str,
    owner_password: str,
    desk_name: str = "Desk 1",
    is_demo: bool = False,
) -> tuple[ShopInfo, DeskInfo]:
    """First run: create the shop, the default roles, this desk and the Owner, in one
    transaction.  The Owner's verifier goes to this desk's keyring, never the database."""
    validate_shop_fields(name, currency, locale)
    login = normalise_login(owner_login)
    if not owner_name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please enter the Owner's name."))
    check_password_rules(owner_password, login)
    verifier = hash_password(owner_password)
    with ctx.db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Shop)):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This database already has a shop."))
        now = ctx.clock()
        shop = Shop(
            name=name.strip(),
            address=address.strip(),
            currency=currency,
            locale=locale,
            is_demo=is_demo,
            created_at=now,
        )
        s.add(shop)
        sync_permissions(s)
        roles = install_default_roles(s)
        desk = Desk(code="D01", name=desk_name, created_at=now)
        s.add(desk)
        owner = User(
            login=login,
            display_name=owner_name.strip(),
            role_id=roles[OWNER].id,
            created_at=now,
            password_changed_at=now,
        )
        s.add(owner)
        s.flush()
        ctx.shop_id, ctx.desk_id = shop.id, desk.id
        audit.ensure_head(s)
        audit.record(
            s,
            ctx,
            None,
            "shop.create",
            shop.name,
            {"currency": currency, "locale": locale, "demo": is_demo},
            actor_login=login,
        )
        audit.record(s, ctx, None, "user.create", login, {"role": OWNER}, actor_login=login)
        # The keyring write is last: if it fails, the transaction rolls back with it.
        ctx.keys.set(shop.id, verifier_name(login), verifier)
        return _shop_info(shop), DeskInfo(desk.id, desk.code, desk.name)


def install_default_roles(session: Session) -> dict[str, Role]:
    """Create the six default roles with their permissions (permissions must exist)."""
    from merchant_app.models import Permission

    perms = {p.name: p for p in session.scalars(select(Permission))}
    roles: dict[str, Role] = {}
    for role_name, names in DEFAULT_ROLES.items():
        role = Role(name=role_name, builtin=True, description="")
        role.permissions = {perms[n] for n in names}
        session.add(role)
        roles[role_name] = role
    session.flush()
    return roles


def get_shop(ctx: AppContext) -> ShopInfo | None:
    """The shop in this database, or ``None`` before the first run."""
    with ctx.db.transaction() as s:
        shop = s.scalars(select(Shop)).first()
        return _shop_info(shop) if shop else None


def open_shop(ctx: AppContext, desk_id: str = "") -> tuple[ShopInfo, DeskInfo]:
    """At start: bring permissions up to date, find the shop and register this desk if
    it is new (``desk_id`` empty or unknown to this database)."""
    with ctx.db.transaction() as s:
        shop = s.scalars(select(Shop)).first()
        if shop is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This database has no shop yet."))
        sync_permissions(s)
        audit.ensure_head(s)
        desk = s.get(Desk, desk_id) if desk_id else None
        if desk is None:
            desk = _register_desk(s, ctx)
            ctx.desk_id = desk.id
            audit.record(s, ctx, None, "desk.register", desk.code, actor_login="system")
        ctx.shop_id, ctx.desk_id = shop.id, desk.id
        return _shop_info(shop), DeskInfo(desk.id, desk.code, desk.name)


def _register_desk(s: Session, ctx: AppContext) -> Desk:
    """A new desk with the next free code; another desk registering at the same moment
    takes its own code (the unique constraint decides, we move on to the next one)."""
    count = s.scalar(select(func.count()).select_from(Desk)) or 0
    for n in range(count + 1, count + 100):
        try:
            with s.begin_nested():
                desk = Desk(code=f"D{n:02d}", name=f"Desk {n}", created_at=ctx.clock())
                s.add(desk)
                s.flush()
            return desk
        except IntegrityError:
            continue
    raise Conflict(QT_TRANSLATE_NOOP("Errors", "No free desk code could be found."))


_seq = DeskSequence.__table__
_INCREMENT = (
    update(_seq)  # type: ignore[arg-type]
    .where(_seq.c.desk_id == bindparam("b_desk"), _seq.c.kind == bindparam("b_kind"))
    .values(last_value=_seq.c.last_value + 1)
    .returning(_seq.c.last_value)
)


def next_number(session: Session, desk_id: str, kind: str) -> str:
    """The next human number (``D01-000042``) this desk gives to a record of ``kind``.

    An atomic increment in the caller's transaction: two actions on one desk never get
    the same number, and numbers of different desks never collide (desk prefix)."""
    conn = session.connection()
    params = {"b_desk": desk_id, "b_kind": kind}
    row = conn.execute(_INCREMENT, params).one_or_none()
    if row is None:
        insert_ignore(session, DeskSequence, {"desk_id": desk_id, "kind": kind, "last_value": 0})
        row = conn.execute(_INCREMENT, params).one()
    value = int(row[0])
    code = _DESK_CODES.get(desk_id) or session.scalar(select(Desk.code).where(Desk.id == desk_id))
    if code is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This desk is not registered."))
    _DESK_CODES[desk_id] = code
    return format_number(code, offline_value(session, value))  # offline: the desk's own range


# A desk's code never changes once registered; numbering reads it on every order.
_DESK_CODES: dict[str, str] = {}


_SETTINGS_CACHE = "merchant_app.shop_settings"
_ALL_SETTINGS = select(ShopSetting.key, ShopSetting.value)


def _all_settings(session: Session) -> dict[str, str]:
    """Every shop setting, read once per transaction (``Session.info`` lives as long as
    the unit of work) and kept in step by :func:`set_setting`."""
    cached = session.info.get(_SETTINGS_CACHE)
    if cached is None:
        rows = session.connection().execute(_ALL_SETTINGS)
        cached = session.info[_SETTINGS_CACHE] = {k: v for k, v in rows}
    return cached


def get_setting(session: Session, key: str, default: str = "") -> str:
    """A shop-wide setting's text value."""
    return _all_settings(session).get(key, default)


def get_settings(session: Session, keys: tuple[str, ...]) -> dict[str, str]:
    """Several shop-wide settings (the keys that are set)."""
    values = _all_settings(session)
    return {k: values[k] for k in keys if k in values}


def set_setting(session: Session, key: str, value: str) -> None:
    """Store a shop-wide setting (in the caller's transaction)."""
    require_online(session)  # every desk reads the same settings (GROW-2)
    row = session.get(ShopSetting, key)
    if row is None:
        session.add(ShopSetting(key=key, value=value))
    else:
        row.value = value
    cached = session.info.get(_SETTINGS_CACHE)
    if cached is not None:
        cached[key] = value
