"""The OS keyring for real (AUTH-2, AUTH-5).

With a private gnome-keyring (``os_keyring``): ``OsKeyStore`` round trips, keeps shops
apart, and a shop created on it leaves no password verifier in the SQLite file.  With
keyring's ``fail`` backend: a real shop refuses to open with a message that says what to
install, the demo shop runs from memory, and nothing is ever written to a plain file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_app.bootstrap import KEYRING_ENV, choose_keystore
from merchant_app.config import DATABASE_FILE, Settings, save_settings
from merchant_app.database import Database
from merchant_app.errors import AuthenticationFailed, KeyringUnavailable
from merchant_app.migrations import upgrade
from merchant_app.security.keystore import DemoKeyStore, MemoryKeyStore, OsKeyStore, verifier_name
from merchant_app.services import auth
from merchant_app.services.context import AppContext
from merchant_app.services.permissions import SALES_CLERK
from merchant_app.services.shop import create_shop
from tests.factories import OWNER_PASSWORD, make_shop
from tests.integration.secret_service import keyring_backend

REPO_ROOT = Path(__file__).resolve().parents[2]
FAIL_BACKEND = "keyring.backends.fail.Keyring"
# What argon2 verifiers start with: it must never appear in the database's bytes.
VERIFIER_MARK = b"$argon2"


def _new_shop_id() -> str:
    return f"test-{uuid.uuid4()}"


# --- (a) OsKeyStore against the real Secret Service --------------------------------------


@pytest.mark.secret_service
def test_os_keystore_round_trip(os_keyring: object) -> None:
    keys = OsKeyStore()
    assert keys.kind == "os"
    assert keys.backend_name == "keyring.backends.SecretService.Keyring"
    shop = _new_shop_id()
    assert keys.get(shop, "verifier:alice") is None

    keys.set(shop, "verifier:alice", "first")
    assert keys.get(shop, "verifier:alice") == "first"
    keys.set(shop, "verifier:alice", "second 第二")  # overwrite, non-ASCII
    assert OsKeyStore().get(shop, "verifier:alice") == "second 第二"  # a new instance sees it

    keys.delete(shop, "verifier:alice")
    assert keys.get(shop, "verifier:alice") is None
    keys.delete(shop, "verifier:alice")  # deleting what is gone is not an error


@pytest.mark.secret_service
def test_os_keystore_keeps_shops_apart(os_keyring: object) -> None:
    keys = OsKeyStore()
    shop_a, shop_b = _new_shop_id(), _new_shop_id()
    keys.set(shop_a, "verifier:owner", "secret of A")
    keys.set(shop_b, "verifier:owner", "secret of B")
    keys.set(shop_a, "verifier:clerk", "only in A")

    assert keys.get(shop_a, "verifier:owner") == "secret of A"
    assert keys.get(shop_b, "verifier:owner") == "secret of B"
    assert keys.get(shop_b, "verifier:clerk") is None

    keys.delete(shop_a, "verifier:owner")
    assert keys.get(shop_a, "verifier:owner") is None
    assert keys.get(shop_b, "verifier:owner") == "secret of B"


# --- (b) a shop on the real keyring keeps its verifiers out of the database --------------


def _raw_database_bytes(db_file: Path) -> bytes:
    """The SQLite file and its WAL/shared-memory companions, byte for byte."""
    parts = [db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")]
    return b"".join(part.read_bytes() for part in parts if part.exists())


@pytest.mark.secret_service
def test_shop_on_os_keyring_keeps_verifiers_out_of_the_database(
    os_keyring: object, tmp_path: Path
) -> None:
    db_file = tmp_path / "shop.sqlite3"
    world = make_shop(f"sqlite:///{db_file.as_posix()}", keys=OsKeyStore())
    try:
        actor = auth.authenticate(world.ctx, "owner", OWNER_PASSWORD)
        assert actor.login == "owner"
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(world.ctx, "owner", "not-the-password-1")
        clerk = world.add_user("clara", SALES_CLERK, password="clara-pass-1")
        assert clerk.login == "clara"

        # The verifiers are in the Secret Service ...
        keys = OsKeyStore()
        for login in ("owner", "clara"):
            stored = keys.get(world.ctx.shop_id, verifier_name(login))
            assert stored is not None and stored.startswith(VERIFIER_MARK.decode())

        # ... and nowhere in the database, neither in the main file nor in the WAL.
        raw = _raw_database_bytes(db_file)
        assert b"Test Shop" in raw  # we really are reading the shop's data
        assert VERIFIER_MARK not in raw
    finally:
        world.ctx.db.dispose()
    raw = _raw_database_bytes(db_file)  # after the checkpoint on close
    assert b"Test Shop" in raw
    assert VERIFIER_MARK not in raw


# --- (c) AUTH-5: no OS keyring ------------------------------------------------------------


@pytest.fixture
def fail_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """keyring's ``fail`` backend, as on a machine with no OS keyring at all."""
    monkeypatch.delenv(KEYRING_ENV, raising=False)
    from keyring.backends import fail

    with keyring_backend(fail.Keyring()) as backend:
        yield backend


def _assert_explains_keyring(message: str) -> None:
    assert "keyring" in message.lower()
    if sys.platform.startswith("linux"):
        assert "Secret Service" in message, message
        assert "gnome-keyring" in message, message
    else:
        assert "Credential Manager" in message or "Keychain" in message, message


def test_os_keystore_refuses_the_fail_backend(fail_keyring: object) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        OsKeyStore()
    _assert_explains_keyring(caught.value.message)


def test_choose_keystore_stops_a_real_shop(fail_keyring: object, tmp_path: Path) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        choose_keystore(Settings(data_dir=tmp_path))
    _assert_explains_keyring(caught.value.message)


def test_choose_keystore_runs_the_demo_shop_from_memory(
    fail_keyring: object, tmp_path: Path
) -> None:
    keys = choose_keystore(Settings(data_dir=tmp_path, is_demo=True))
    assert isinstance(keys, DemoKeyStore)
    assert keys.kind == "demo-memory"
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere


def _create_real_shop(data_dir: Path) -> None:
    """A non-demo shop in ``data_dir`` (its verifier only in memory, then gone)."""
    settings = Settings(data_dir=data_dir)
    db = Database(settings.effective_database_url)
    try:
        upgrade(db)
        ctx = AppContext(db=db, keys=MemoryKeyStore())
        shop, desk = create_shop(
            ctx,
            name="Real Shop",
            address="2 Low St",
            currency="CNY",
            locale="zh_CN",
            owner_login="owner",
            owner_name="Olive Owner",
            owner_password=OWNER_PASSWORD,
        )
    finally:
        db.dispose()
    save_settings(settings.with_changes(desk_id=desk.id, shop_name=shop.name))


def _files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("shop", ["empty data folder", "real shop"])
def test_selfcheck_without_keyring_exits_with_one_line(shop: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    home = tmp_path / "home"  # where a plain-text keyring file would appear
    home.mkdir()
    if shop == "real shop":
        _create_real_shop(data_dir)
    before = _files_under(data_dir) if data_dir.exists() else set()

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in (KEYRING_ENV, "MERCHANT_APP_DATA_DIR", "PYTHON_KEYRING_BACKEND")
    }
    env.update(
        PYTHON_KEYRING_BACKEND=FAIL_BACKEND,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")])),
    )
    result = subprocess.run(
        [sys.executable, "-m", "merchant_app", "selfcheck", "--data-dir", str(data_dir)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one line, no traceback
    assert lines[0].startswith("merchant-app selfcheck: ")
    _assert_explains_keyring(lines[0])
    assert "round trip" not in result.stdout

    # No fallback file anywhere: the data folder is as it was, the home stays empty.
    after = _files_under(data_dir) if data_dir.exists() else set()
    assert after == before, f"new files: {sorted(after - before)}"
    assert _files_under(home) == set()
    if shop == "real shop":
        assert DATABASE_FILE in after
        for name in after:
            assert VERIFIER_MARK not in (data_dir / name).read_bytes(), name
