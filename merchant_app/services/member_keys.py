"""The shop's member data key: made on first use, kept in this desk's OS keyring, checked
against the database, exported into and installed from the recovery kit (MEM-1, SAFE-2).

A desk never makes a second key for a shop whose database already knows one: without
the key the member features raise :class:`DataKeyMissing` ("import the recovery kit"),
they do not crash and they do not seal records nobody else can open.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.models import ShopSetting
from merchant_app.security.member_crypto import (
    DATA_KEY_NAME,
    KEY_CHECK_SETTING,
    DataKeyMismatch,
    DataKeyMissing,
    MemberCipher,
    decode_key,
    encode_key,
    key_check,
    new_data_key,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import get_setting

# (key store object, shop id, key text) -> cipher; deriving is cheap, the keyring is not
_CIPHERS: dict[tuple[int, str, str], tuple[MemberCipher, str]] = {}


def cipher_in(session: Session, ctx: AppContext, *, create: bool = True) -> MemberCipher:
    """The cipher for this shop's member records, inside the caller's transaction.

    No key anywhere yet and ``create``: a new key goes to the keyring and its check to
    the database (two desks racing: the first check stored wins, the other desk gets
    :class:`DataKeyMissing`).  A key in the database but not in the keyring:
    :class:`DataKeyMissing`; a different key in the keyring: :class:`DataKeyMismatch`."""
    stored = get_setting(session, KEY_CHECK_SETTING)
    text = ctx.keys.get(ctx.shop_id, DATA_KEY_NAME)
    if text is None:
        if stored or not create:
            raise DataKeyMissing()
        key = new_data_key()
        check = key_check(key)
        insert_ignore(session, ShopSetting, {"key": KEY_CHECK_SETTING, "value": check})
        if get_setting(session, KEY_CHECK_SETTING) != check:
            raise DataKeyMissing()
        text = encode_key(key)
        ctx.keys.set(ctx.shop_id, DATA_KEY_NAME, text)
    cache_key = (id(ctx.keys), ctx.shop_id, text)
    cached = _CIPHERS.get(cache_key)
    if cached is not None and cached[1] == stored:
        return cached[0]
    try:
        key = decode_key(text)
    except ValueError:
        raise DataKeyMismatch() from None
    check = key_check(key)
    if stored and stored != check:
        raise DataKeyMismatch()
    if not stored:
        insert_ignore(session, ShopSetting, {"key": KEY_CHECK_SETTING, "value": check})
        if get_setting(session, KEY_CHECK_SETTING) != check:
            raise DataKeyMismatch()
    cipher = MemberCipher.from_data_key(key)
    _CIPHERS[cache_key] = (cipher, check)
    return cipher


def key_status(ctx: AppContext) -> str:
    """``"ready"``, ``"none"`` (no member data yet), ``"missing"`` (the recovery kit is
    needed on this desk) or ``"mismatch"``; reads only, never makes a key."""
    with ctx.db.transaction() as s:
        try:
            cipher_in(s, ctx, create=False)
        except DataKeyMissing:
            return "missing" if get_setting(s, KEY_CHECK_SETTING) else "none"
        except DataKeyMismatch:
            return "mismatch"
        return "ready"


def export_data_key(ctx: AppContext, actor: Actor) -> str:
    """The data key as text, for the recovery kit (``backup.run``; audited)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "backup.run")
        cipher_in(s, ctx)
        text = ctx.keys.get(ctx.shop_id, DATA_KEY_NAME)
        assert text is not None
        audit.record(s, ctx, current, "member.key_export", ctx.shop_id)
        return text


def install_data_key(ctx: AppContext, actor: Actor, text: str) -> None:
    """Put the recovery kit's data key into this desk's keyring (``backup.run``;
    audited).  Refused when it is not the key this shop's records were sealed with."""
    try:
        key = decode_key(text)
    except (ValueError, UnicodeEncodeError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This is not a data key from a recovery kit."),
            field="key",
        ) from None
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "backup.run")
        stored = get_setting(s, KEY_CHECK_SETTING)
        if stored and stored != key_check(key):
            raise DataKeyMismatch()
        if not stored:
            insert_ignore(s, ShopSetting, {"key": KEY_CHECK_SETTING, "value": key_check(key)})
        ctx.keys.set(ctx.shop_id, DATA_KEY_NAME, encode_key(key))
        audit.record(s, ctx, current, "member.key_install", ctx.shop_id)
