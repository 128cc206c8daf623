"""The recovery kit (SAFE-2, issue 7): what a shop needs, beside its backup, to open on a
new computer.

A backup holds the database, but two things live only in each desk's OS keyring: the
member *data key* (without it member records stay sealed, :class:`DataKeyMissing`) and
the staff *password verifiers* (without them nobody can sign in, AUTH-2).  On a new
computer the keyring is empty, so after a restore nobody could sign in to import
anything, and enrolment codes (AUTH-2) need an Owner signed in somewhere first.

What a kit carries (sealed with a passphrase, :mod:`merchant_app.security.recovery_kit`):
the shop's id and name, the data key, when and by whom it was made, and the password
verifiers (argon2id hashes, never passwords) of up to :data:`MAX_OWNERS_IN_KIT` active
Owners that this desk holds.  Verifiers are safe inside the encrypted kit: whoever can
open the kit already holds the data key, which is worth more than a slow hash.

Two ways in:

* :func:`import_kit` — someone signed in with ``backup.run`` (e.g. a second desk that
  enrolled with a code and now needs member data);
* :func:`import_kit_unsigned` — at the sign-in window, before anyone is signed in: the
  kit's passphrase is the only authority.  That is what makes a restore on a new
  computer possible at all.  It is audited with the kit maker's login as the actor.

Both apply the same rules, in one transaction, keyring writes last (a failed keyring
write rolls the audit entry back):

* the kit's shop id must be this database's shop id (:class:`KitForAnotherShop` names
  both shops); its data key must match the key check the database holds
  (:class:`KitKeyMismatch`); with no check yet, the kit's key becomes the shop's;
* a carried verifier is installed only for a login that is, in this database *now*, an
  active user with the Owner role, and only if this desk has no verifier for that login
  yet: a kit never overwrites a password set on this desk, and never revives an Owner
  who was deactivated or moved to another role after the kit was made;
* the Owner then signs in with the password they had when the kit was made (make a new
  kit after an Owner changes their password or a new Owner is added).

Other staff enrol on the new computer with codes the Owner issues there, as on any new
desk.  :func:`kit_reminder_due` lets first run remind the Owner until a kit is exported
(a shop setting written by :func:`export_kit`); the demo shop, whose key is public,
never needs one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from merchant_app.models import Role, Shop, ShopSetting, User
from merchant_app.security import recovery_kit as sealed_text
from merchant_app.security.keystore import verifier_name
from merchant_app.security.member_crypto import (
    DATA_KEY_NAME,
    KEY_CHECK_SETTING,
    decode_key,
    encode_key,
    key_check,
)
from merchant_app.security.recovery_kit import (
    RecoveryKitDamaged,
    check_passphrase,
    kit_lines,
    open_kit,
    seal_kit,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_keys import cipher_in, key_status
from merchant_app.services.permissions import OWNER, authorize
from merchant_app.services.shop import LOGIN_RE, get_setting, set_setting

KIT_MADE_SETTING = "recovery_kit_made"
"""Shop setting: JSON ``{"at": ISO time, "by": login}`` of the latest kit exported."""
MAX_OWNERS_IN_KIT = 4
"""Verifiers carried at most (the exporting Owner first): keeps the kit one QR code."""
_MAX_VERIFIER_CHARS = 512

Translate = Callable[[str], str]


class KitForAnotherShop(InvalidInput):
    """The kit is sound but belongs to a different shop than this database."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This recovery kit belongs to the shop “{kit_shop}” (id {kit_id}), but this "
        "computer's database is the shop “{this_shop}” (id {this_id}). Import the kit made "
        "for “{this_shop}”, or restore the backup of “{kit_shop}”.",
    )


class KitKeyMismatch(InvalidInput):
    """The kit is for this shop, but its data key is not the one the records use."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This recovery kit is for this shop, but its data key does not open this shop's "
        "member records. Use a kit made from this shop's database (the newest kit you "
        "have).",
    )


@dataclass(frozen=True)
class RecoveryKit:
    """A kit just exported: the sealed ``text`` and what the printed sheet shows.  The
    passphrase is not kept anywhere."""

    text: str
    shop_id: str
    shop_name: str
    created_at: datetime
    made_by: str
    owner_logins: tuple[str, ...]


@dataclass(frozen=True)
class KitImport:
    """What importing a kit did on this desk: whether the data key was written (it may
    have been there already), which Owner logins can now sign in here, and which carried
    logins were left alone (already have a password here, or no longer active Owners)."""

    shop_id: str
    shop_name: str
    created_at: datetime
    made_by: str
    key_installed: bool
    restored_logins: tuple[str, ...]
    kept_logins: tuple[str, ...]
    refused_logins: tuple[str, ...]


@dataclass(frozen=True)
class KitStatus:
    """For the Owner's screen: the data key on this desk (``member_keys.key_status``),
    when and by whom the latest kit was made, and whether to remind the Owner."""

    data_key: str
    made_at: datetime | None
    made_by: str
    reminder_due: bool


@dataclass(frozen=True)
class _Contents:
    shop_id: str
    shop_name: str
    data_key: bytes
    created_at: datetime
    made_by: str
    verifiers: dict[str, str]


# --------------------------------------------------------------------------- exporting


def check_kit_passphrase(passphrase: str) -> None:
    """Raise :class:`~merchant_app.security.recovery_kit.KitPassphraseTooShort` unless
    ``passphrase`` may seal a kit (a screen checks before asking where to save)."""
    check_passphrase(passphrase)


def looks_like_kit(text: str) -> bool:
    """Whether ``text`` (e.g. a scan) starts like a kit; says nothing of its soundness."""
    return sealed_text.looks_like_kit(text)


def kit_display_text(text: str) -> str:
    """A kit's text laid out as on the printed sheet (groups of five, ten per line), to
    compare by eye; other text comes back only stripped.  Reading ignores the layout."""
    compact = "".join(text.split())
    if not sealed_text.looks_like_kit(compact) or ":" not in compact:
        return text.strip()
    return "\n".join(kit_lines(compact))


def _owner_logins(s: Session) -> list[str]:
    rows = s.scalars(
        select(User.login)
        .join(Role, User.role_id == Role.id)
        .where(Role.name == OWNER, User.active.is_(True))
        .order_by(User.login)
    )
    return list(rows)


def export_kit(ctx: AppContext, actor: Actor, passphrase: str) -> RecoveryKit:
    """Seal this shop's recovery kit with ``passphrase`` (``backup.run``; audited
    ``recovery_kit.export``; marks the kit as made, see :func:`kit_reminder_due`).

    The passphrase is checked first (:class:`KitPassphraseTooShort`), so nothing is
    recorded for a refused one.  A shop without a data key yet gets one now (the kit
    must hold the key future member records will use).  The slow key derivation runs
    after the transaction has committed."""
    check_passphrase(passphrase)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "backup.run")
        shop = s.scalars(select(Shop)).one()
        cipher_in(s, ctx)
        key_text = ctx.keys.get(shop.id, DATA_KEY_NAME)
        if key_text is None:  # cipher_in has just made or checked it
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The data key could not be read."))
        logins = sorted(_owner_logins(s), key=lambda login: (login != current.login, login))
        verifiers: dict[str, str] = {}
        for login in logins:
            found = ctx.keys.get(shop.id, verifier_name(login))
            if found is not None:
                verifiers[login] = found
            if len(verifiers) == MAX_OWNERS_IN_KIT:
                break
        now = ctx.clock()
        set_setting(s, KIT_MADE_SETTING, json.dumps({"at": now.isoformat(), "by": current.login}))
        audit.record(
            s,
            ctx,
            current,
            "recovery_kit.export",
            shop.id,
            {"owners": sorted(verifiers), "key_check": key_check(decode_key(key_text))},
        )
        payload = {
            "shop_id": shop.id,
            "shop_name": shop.name,
            "data_key": key_text,
            "created_at": now.isoformat(),
            "made_by": current.login,
            "verifiers": verifiers,
        }
        shop_name = shop.name
    text = seal_kit(payload, passphrase)
    return RecoveryKit(
        text=text,
        shop_id=str(payload["shop_id"]),
        shop_name=shop_name,
        created_at=now,
        made_by=current.login,
        owner_logins=tuple(verifiers),
    )


def _same(text: str) -> str:
    return text


def kit_pdf(kit: RecoveryKit, tr: Translate = _same) -> bytes:
    """The printable A4 sheet of ``kit`` (QR code, grouped text, instructions; never
    the passphrase).  ``tr`` translates the sheet's captions (``Documents`` context)."""
    from merchant_app.printing.recovery_kit_pdf import RecoveryKitSheet, render_recovery_kit

    sheet = RecoveryKitSheet(
        shop_name=kit.shop_name,
        shop_id=kit.shop_id,
        created=f"{kit.created_at:%Y-%m-%d %H:%M} UTC",
        made_by=kit.made_by,
        owner_logins=kit.owner_logins,
        text=kit.text,
        lines=tuple(kit_lines(kit.text)),
    )
    return render_recovery_kit(sheet, tr=tr)


def kit_text_file(kit: RecoveryKit) -> str:
    """The kit's text as saved in a ``.txt`` file: the printed lines, nothing else (so
    the whole file can be pasted or opened for import)."""
    return "\n".join(kit_lines(kit.text)) + "\n"


# --------------------------------------------------------------------------- importing


def _contents(text: str, passphrase: str) -> _Contents:
    """Open and check a kit; a sound seal with an unusable payload counts as damaged."""
    payload = open_kit(text, passphrase)
    try:
        shop_id = payload["shop_id"]
        shop_name = payload["shop_name"]
        made_by = payload["made_by"]
        verifiers = payload.get("verifiers", {})
        if not all(isinstance(v, str) for v in (shop_id, shop_name, made_by)):
            raise ValueError("text fields")
        if not isinstance(verifiers, dict):
            raise ValueError("verifiers")
        for login, verifier in verifiers.items():
            if not (
                isinstance(verifier, str)
                and LOGIN_RE.match(login)
                and verifier.startswith("$argon2id$")
                and len(verifier) <= _MAX_VERIFIER_CHARS
            ):
                raise ValueError("verifier")
        created_at = datetime.fromisoformat(str(payload["created_at"]))
        data_key = decode_key(str(payload["data_key"]))
    except (KeyError, TypeError, ValueError, UnicodeEncodeError):
        raise RecoveryKitDamaged(field="kit") from None
    return _Contents(shop_id, shop_name, data_key, created_at, made_by, dict(verifiers))


def _install(
    ctx: AppContext, contents: _Contents, actor: Actor | None, *, signed_in: bool
) -> KitImport:
    """Apply an opened kit on this desk (see the module's rules), in one transaction."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "backup.run") if actor is not None else None
        shop = s.scalars(select(Shop)).first()
        if shop is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This database has no shop yet."))
        if shop.id != contents.shop_id:
            raise KitForAnotherShop(
                field="kit",
                kit_shop=contents.shop_name,
                kit_id=contents.shop_id,
                this_shop=shop.name,
                this_id=shop.id,
            )
        check = key_check(contents.data_key)
        stored = get_setting(s, KEY_CHECK_SETTING)
        if stored and stored != check:
            raise KitKeyMismatch(field="kit")
        if not stored:
            insert_ignore(s, ShopSetting, {"key": KEY_CHECK_SETTING, "value": check})
            if get_setting(s, KEY_CHECK_SETTING) != check:  # another desk set one first
                raise KitKeyMismatch(field="kit")
        key_text = encode_key(contents.data_key)
        key_installed = ctx.keys.get(shop.id, DATA_KEY_NAME) != key_text
        owners = set(_owner_logins(s))
        restore: dict[str, str] = {}
        kept: list[str] = []
        refused: list[str] = []
        for login in sorted(contents.verifiers):
            if login not in owners:
                refused.append(login)
            elif ctx.keys.get(shop.id, verifier_name(login)) is not None:
                kept.append(login)
            else:
                restore[login] = contents.verifiers[login]
        audit.record(
            s,
            ctx,
            current,
            "recovery_kit.import",
            shop.id,
            {
                "signed_in": signed_in,
                "kit_made_at": contents.created_at.isoformat(),
                "kit_made_by": contents.made_by,
                "key_installed": key_installed,
                "restored": sorted(restore),
                "kept": kept,
                "refused": refused,
            },
            actor_login=None if current is not None else contents.made_by,
        )
        # keyring writes last: if one fails, the transaction (and its audit entry) rolls back
        if key_installed:
            ctx.keys.set(shop.id, DATA_KEY_NAME, key_text)
        for login, verifier in restore.items():
            ctx.keys.set(shop.id, verifier_name(login), verifier)
        return KitImport(
            shop_id=shop.id,
            shop_name=shop.name,
            created_at=contents.created_at,
            made_by=contents.made_by,
            key_installed=key_installed,
            restored_logins=tuple(sorted(restore)),
            kept_logins=tuple(kept),
            refused_logins=tuple(refused),
        )


def import_kit(ctx: AppContext, actor: Actor, text: str, passphrase: str) -> KitImport:
    """Install a kit's data key (and missing Owner verifiers) on this desk for a
    signed-in user with ``backup.run``; audited ``recovery_kit.import``.  The kit is
    opened (slow) before the transaction starts."""
    contents = _contents(text, passphrase)
    return _install(ctx, contents, actor, signed_in=True)


def import_kit_unsigned(ctx: AppContext, text: str, passphrase: str) -> KitImport:
    """The sign-in window's import, before anyone is signed in: the passphrase is the
    authority.  Same rules as :func:`import_kit`; audited with the kit maker's login."""
    contents = _contents(text, passphrase)
    return _install(ctx, contents, None, signed_in=False)


# --------------------------------------------------------------------------- status


def _is_demo(ctx: AppContext) -> bool:
    with ctx.db.transaction() as s:
        return bool(s.scalar(select(Shop.is_demo)))


def needs_kit(ctx: AppContext) -> bool:
    """Whether this desk needs the kit to read member records: the database says a data
    key exists and this keyring lacks it (``"missing"``) or holds another (``"mismatch"``)."""
    return key_status(ctx) in ("missing", "mismatch")


def anyone_can_sign_in(ctx: AppContext) -> bool:
    """Whether at least one active user has a password verifier on this desk."""
    with ctx.db.transaction() as s:
        logins = list(s.scalars(select(User.login).where(User.active.is_(True))))
        shop_id = s.scalar(select(Shop.id)) or ctx.shop_id
    return any(ctx.keys.get(shop_id, verifier_name(login)) is not None for login in logins)


def kit_prompt_due(ctx: AppContext) -> bool:
    """Whether the sign-in window should offer the kit at once: this desk lacks the
    data key, or, on a shop kept in a file, nobody at all can sign in here (a restore on
    a new computer).  A desk joining a server enrols its staff with codes instead.
    Never for the demo shop."""
    if _is_demo(ctx):
        return False
    if needs_kit(ctx):
        return True
    return ctx.db.dialect == "sqlite" and not anyone_can_sign_in(ctx)


def kit_status(ctx: AppContext) -> KitStatus:
    """The data key's state on this desk and the latest kit made (no secrets)."""
    status = key_status(ctx)
    with ctx.db.transaction() as s:
        raw = get_setting(s, KIT_MADE_SETTING)
        demo = bool(s.scalar(select(Shop.is_demo)))
    made_at: datetime | None = None
    made_by = ""
    if raw:
        try:
            value: Any = json.loads(raw)
            made_at = datetime.fromisoformat(value["at"])
            made_by = str(value.get("by", ""))
        except (ValueError, KeyError, TypeError):
            made_at = None
    return KitStatus(status, made_at, made_by, reminder_due=not demo and made_at is None)


def kit_reminder_due(ctx: AppContext) -> bool:
    """Whether to remind the Owner to make a recovery kit: none was exported yet (and
    this is not the demo shop)."""
    return kit_status(ctx).reminder_due
