"""The recovery kit into the real OS keyring (SAFE-2, AUTH-2): a shop's database copied
to a "new computer" whose Secret Service (gnome-keyring, ``os_keyring``) has nothing of
the shop; importing the kit at the sign-in window writes the data key and the Owner's
verifier there, a fresh ``OsKeyStore`` reads them, the Owner signs in and the members
read back; the database copy still holds no verifier and no data key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from merchant_app.database import Database
from merchant_app.security.keystore import OsKeyStore, verifier_name
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import auth, members, shop
from merchant_app.services import recovery_kit as kits
from merchant_app.services.context import AppContext
from merchant_app.services.members import MemberInput
from tests.factories import OWNER_PASSWORD, make_shop

PASSPHRASE = "harbour kite seventeen"
VERIFIER_MARK = b"$argon2"


def _database_bytes(db_file: Path) -> bytes:
    parts = [db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


@pytest.mark.secret_service
def test_kit_import_fills_the_os_keyring_of_a_new_computer(
    os_keyring: object, tmp_path: Path
) -> None:
    old = make_shop(f"sqlite:///{(tmp_path / 'shop.sqlite3').as_posix()}")  # memory keyring
    try:
        member = members.register_member(
            old.ctx, old.owner, MemberInput(name="李华", phone="13800138000")
        )
        before = members.get_member(old.ctx, old.owner, member.id, reveal=True)
        kit = kits.export_kit(old.ctx, old.owner, PASSPHRASE)
        data_key = old.ctx.keys.get(old.ctx.shop_id, DATA_KEY_NAME)
        restored = tmp_path / "restored.sqlite3"
        with sqlite3.connect(str(tmp_path / "shop.sqlite3")) as src:
            dst = sqlite3.connect(str(restored))
            src.backup(dst)
            dst.close()
    finally:
        old.ctx.db.dispose()

    keys = OsKeyStore()
    db = Database(f"sqlite:///{restored.as_posix()}")
    ctx = AppContext(db=db, keys=keys, clock=old.clock)
    try:
        shop.open_shop(ctx)
        assert keys.get(ctx.shop_id, DATA_KEY_NAME) is None
        assert keys.get(ctx.shop_id, verifier_name("owner")) is None
        assert kits.kit_prompt_due(ctx)

        result = kits.import_kit_unsigned(ctx, kit.text, PASSPHRASE)
        assert result.key_installed and result.restored_logins == ("owner",)

        fresh = OsKeyStore()  # what the app sees after a restart
        assert fresh.get(ctx.shop_id, DATA_KEY_NAME) == data_key
        verifier = fresh.get(ctx.shop_id, verifier_name("owner"))
        assert verifier is not None and verifier.startswith("$argon2id$")
        ctx.keys = fresh
        owner = auth.authenticate(ctx, "owner", OWNER_PASSWORD)
        assert members.get_member(ctx, owner, member.id, reveal=True) == before
        assert not kits.kit_prompt_due(ctx)
    finally:
        db.dispose()
        for name in (DATA_KEY_NAME, verifier_name("owner")):
            keys.delete(ctx.shop_id, name)
    raw = _database_bytes(restored)
    assert VERIFIER_MARK not in raw
    assert data_key is not None and data_key.encode() not in raw
