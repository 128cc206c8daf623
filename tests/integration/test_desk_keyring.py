"""The shop server's password in the real OS keyring (GROW-1), with a private
gnome-keyring (``os_keyring``): a desk joins with a bundle, the password is in the
Secret Service under ``merchant-app/desk``, no file in the data folder holds it, and the
next start (with or without a key store handed in) opens the shop on the server."""

from __future__ import annotations

from pathlib import Path

import pytest

from merchant_app.bootstrap import KEYRING_ENV, open_app, open_database
from merchant_app.config import Settings, load_settings
from merchant_app.security.keystore import SERVICE_PREFIX, OsKeyStore
from merchant_app.security.server_secret import DESK_SCOPE, ServerAddress, split_password
from merchant_app.services import desk_connection as dc
from tests.factories import make_shop

SERVER_PW = "os-keyring-server-pw-5"
PASSPHRASE = "granite meadow paper crane"

pytestmark = [pytest.mark.secret_service, pytest.mark.postgres]


def test_the_server_password_is_kept_in_the_os_keyring_only(
    os_keyring: object, tmp_path: Path, pg_schema_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    monkeypatch.delenv(KEYRING_ENV, raising=False)
    address = ServerAddress.from_url(pg_schema_url)
    world = make_shop(address.url_with_password(SERVER_PW), keys=OsKeyStore())
    bundle = dc.export_bundle(world.ctx, world.owner, PASSPHRASE)
    desk_dir = tmp_path / "desk"
    dc.join_with_bundle(Settings(data_dir=desk_dir), OsKeyStore(), bundle.text, PASSPHRASE)
    service = f"{SERVICE_PREFIX}/{DESK_SCOPE}"
    try:
        assert keyring.get_password(service, address.keyring_name) == SERVER_PW
        for path in desk_dir.rglob("*"):
            if path.is_file():
                assert SERVER_PW.encode() not in path.read_bytes(), path

        settings = load_settings(desk_dir)
        opened = open_app(settings, OsKeyStore())  # a new start, a new key store
        assert opened.shop is not None and opened.shop.id == world.ctx.shop_id
        assert split_password(opened.ctx.db.url)[1] == SERVER_PW
        opened.ctx.db.dispose()
        db = open_database(settings)  # the command line: finds the OS keyring itself
        assert split_password(db.url)[1] == SERVER_PW
        db.dispose()
    finally:
        keyring.delete_password(service, address.keyring_name)
        world.ctx.db.dispose()
    assert OsKeyStore().get(DESK_SCOPE, address.keyring_name) is None
