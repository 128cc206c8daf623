"""Connecting a desk to the shop's server (GROW-1): the address without its password,
the password only in the keyring and in memory, the connection test against the real
local PostgreSQL server (and a tiny fake server for what the real one, with trust
authentication, cannot show: a wrong password, a hanging server, a message quoting the
password), "Use this server", and the desk set-up bundle from export on one desk to a
new desk that opens the shop, reads member records and lets a clerk enrol."""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from merchant_app.bootstrap import open_app, open_database
from merchant_app.config import SETTINGS_FILE, Settings, load_settings, save_settings
from merchant_app.errors import KnownError, NotPermitted
from merchant_app.migrations import upgrade
from merchant_app.models import AuditEntry
from merchant_app.security import recovery_kit as sealing
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME, encode_key, new_data_key
from merchant_app.security.server_secret import (
    DESK_SCOPE,
    MASK,
    ServerAddress,
    scrub,
    split_password,
    strip_password,
)
from merchant_app.services import audit, auth, members
from merchant_app.services import desk_connection as dc
from merchant_app.services.members import MemberInput
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import ShopWorld, make_shop

SERVER_PW = "Srv-pässwörd/42@x"  # characters that need URL encoding
PASSPHRASE = "harbour violet seven lamps"


def free_port() -> int:
    """A TCP port nothing listens on (just released by the kernel)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def with_password(url: str, password: str = SERVER_PW) -> str:
    return ServerAddress.from_url(url).url_with_password(password)


def assert_no_secret(*texts: object, secret: str = SERVER_PW) -> None:
    for text in texts:
        assert secret not in str(text), text


@pytest.fixture
def server_world(pg_schema_url: str) -> Iterator[ShopWorld]:
    """A shop on the real server, opened with a password in its (in-memory) URL (the
    server trusts local connections, so any password is accepted)."""
    world = make_shop(with_password(pg_schema_url))
    yield world
    world.ctx.db.dispose()


# --------------------------------------------------------------------------- addresses


def test_address_keeps_no_password_and_round_trips() -> None:
    url = "postgresql+psycopg://anna:p%40ss@[fd00::7]:6543/shop?sslmode=require&password=q"
    address = ServerAddress.from_url(url)
    assert address == ServerAddress(
        host="fd00::7", database="shop", user="anna", port=6543, options=(("sslmode", "require"),)
    )
    assert address.url() == "postgresql://anna@[fd00::7]:6543/shop?sslmode=require"
    assert ServerAddress.from_url(address.url()) == address
    for shown in (address.url(), str(address), repr(address), address.display()):
        assert "p@ss" not in shown and "p%40ss" not in shown and "password" not in shown
    assert address.keyring_name == "server-password:anna@fd00::7:6543/shop"
    in_memory = address.url_with_password(SERVER_PW)
    assert split_password(in_memory) == (address.url(), SERVER_PW)
    assert strip_password(in_memory) == address.url()
    schema_url = "postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dt_1"
    assert ServerAddress.from_url(schema_url).url() == schema_url


@pytest.mark.parametrize(
    ("address", "field"),
    [
        (ServerAddress("", "shop", "anna"), "host"),
        (ServerAddress("a b", "shop", "anna"), "host"),
        (ServerAddress("srv", "shop", "anna", port=70000), "port"),
        (ServerAddress("srv", "", "anna"), "database"),
        (ServerAddress("srv", "my/shop", "anna"), "database"),
        (ServerAddress("srv", "shop", " "), "user"),
        (ServerAddress("srv", "shop", "anna", options=(("password", "x"),)), "options"),
    ],
)
def test_incomplete_address_names_the_field(address: ServerAddress, field: str) -> None:
    with pytest.raises(KnownError) as caught:
        address.validated()
    assert caught.value.params["field"] == field


def test_scrub_removes_passwords_in_every_form() -> None:
    text = (
        f"failed for postgresql://anna:{SERVER_PW}@srv/db, "
        "dsn host=srv password='x y' user=anna, and typed 'Srv-p%C3%A4ssw%C3%B6rd%2F42%40x'"
    )
    cleaned = scrub(text, SERVER_PW)
    assert_no_secret(cleaned)
    assert "x y" not in cleaned and "%C3%A4" not in cleaned and MASK in cleaned
    assert "anna" in cleaned  # the rest of the message is kept


def test_settings_file_never_holds_the_password(tmp_path: Path) -> None:
    url = with_password("postgresql://anna@srv:5432/shop")
    settings = Settings(data_dir=tmp_path, database_url=url)
    assert_no_secret(repr(settings))
    save_settings(settings)
    raw = (tmp_path / SETTINGS_FILE).read_text(encoding="utf-8")
    assert_no_secret(raw)
    assert json.loads(raw)["database_url"] == "postgresql://anna@srv:5432/shop"


def test_a_password_on_the_command_line_moves_to_the_keyring(pg_schema_url: str) -> None:
    keys = MemoryKeyStore()
    address = ServerAddress.from_url(pg_schema_url)
    settings = Settings(data_dir=Path("unused"), database_url=with_password(pg_schema_url))
    assert dc.database_url_for(settings, keys) == settings.database_url
    assert keys.get(DESK_SCOPE, address.keyring_name) == SERVER_PW
    plain = Settings(data_dir=Path("unused"), database_url=pg_schema_url)
    assert dc.database_url_for(plain, keys) == with_password(pg_schema_url)
    assert dc.database_url_for(plain, MemoryKeyStore()) == pg_schema_url  # none kept
    sqlite = Settings(data_dir=Path("/tmp/x"))
    assert dc.database_url_for(sqlite, keys) == sqlite.effective_database_url


# ------------------------------------------------------------------ the connection test


@pytest.mark.postgres
def test_connection_to_a_shop_reports_its_schema_and_shop(server_world: ShopWorld) -> None:
    address = dc.server_address(server_world.ctx)
    assert address is not None
    report = dc.test_connection(address, SERVER_PW)
    assert report.ok and report.reachable and report.authenticated
    assert (report.schema, report.shop_name) == (dc.SCHEMA_CURRENT, "Test Shop")
    assert report.shop_id == server_world.ctx.shop_id
    assert_no_secret(repr(report))


@pytest.mark.postgres
def test_connection_to_an_empty_schema_and_to_other_data(pg_schema_url: str) -> None:
    address = ServerAddress.from_url(pg_schema_url)
    report = dc.test_connection(address, None)
    assert report.ok and (report.schema, report.shop_id) == (dc.SCHEMA_EMPTY, "")
    with psycopg.connect(pg_schema_url, autocommit=True) as c:
        c.execute("CREATE TABLE invoices (id int)")
    report = dc.test_connection(address, None)
    assert isinstance(report.problem, dc.NotAShopDatabase)
    assert report.authenticated and not report.ok


@pytest.mark.postgres
def test_older_schema_is_usable_and_newer_is_refused(pg_schema_url: str) -> None:
    from merchant_app.database import Database

    db = Database(pg_schema_url)
    upgrade(db, revision="0002")
    address = ServerAddress.from_url(pg_schema_url)
    older = dc.test_connection(address, None)
    assert older.ok and (older.schema, older.revision) == (dc.SCHEMA_OLDER, "0002")
    upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO shop (id, name, address, currency, locale, is_demo,"
            " created_at) VALUES ('s1', 'Later', '', 'CNY', 'zh_CN', false,"
            " now())"
        )
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    newer = dc.test_connection(address, None)
    db.dispose()
    assert isinstance(newer.problem, dc.ServerSchemaNewer)
    assert (newer.schema, newer.shop_name) == (dc.SCHEMA_NEWER, "Later")
    assert "newer version" in newer.problem.message


@pytest.mark.postgres
def test_wrong_database_closed_port_and_unknown_host_say_what_is_wrong(
    pg_schema_url: str,
) -> None:
    base = ServerAddress.from_url(pg_schema_url)
    cases = {
        "database": (
            ServerAddress(base.host, "no_such_shop_db", base.user, base.port),
            dc.DatabaseMissing,
            "has no database “no_such_shop_db”",
        ),
        "port": (
            ServerAddress(base.host, base.database, base.user, free_port()),
            dc.ServerRefused,
            "does not accept connections on port",
        ),
        "host": (
            ServerAddress("no-such-host.invalid", base.database, base.user),
            dc.ServerNotFound,
            "“no-such-host.invalid” cannot be found",
        ),
    }
    for address, error, words in cases.values():
        report = dc.test_connection(address, SERVER_PW, timeout=3)
        assert isinstance(report.problem, error), report
        assert words in report.problem.message
        assert_no_secret(report.problem.message, report.problem, repr(report))
    assert (
        cases["database"][0].database
        in dc.test_connection(cases["database"][0], SERVER_PW).problem.message
    )  # type: ignore[union-attr]


class FakeServer:
    """Just enough of PostgreSQL's protocol: answer SSL requests with "no", ask for a
    clear-text password, then send ``fatal`` (or stay silent with ``fatal=None``)."""

    def __init__(self, fatal: tuple[str, str] | None) -> None:
        self.fatal = fatal
        self.passwords: list[str] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = int(self.sock.getsockname()[1])
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    @staticmethod
    def _read(conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError
            data += chunk
        return data

    def _talk(self, conn: socket.socket) -> None:
        try:
            while True:  # startup packets: SSL / GSS requests first
                (length,) = struct.unpack("!I", self._read(conn, 4))
                body = self._read(conn, length - 4)
                if struct.unpack("!I", body[:4])[0] in (80877103, 80877104):
                    conn.sendall(b"N")
                    continue
                break
            if self.fatal is None:
                self._read(conn, 1)  # say nothing; the client gives up
                return
            conn.sendall(b"R" + struct.pack("!II", 8, 3))  # clear-text password, please
            assert self._read(conn, 1) == b"p"
            (length,) = struct.unpack("!I", self._read(conn, 4))
            self.passwords.append(self._read(conn, length - 4).rstrip(b"\0").decode())
            code, message = self.fatal
            fields = b"".join(
                key + value.encode() + b"\0"
                for key, value in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", code), (b"M", message))
            )
            conn.sendall(b"E" + struct.pack("!I", len(fields) + 5) + fields + b"\0")
        except (ConnectionError, OSError, AssertionError):
            pass

    def close(self) -> None:
        self.sock.close()
        for conn in self._conns:
            conn.close()


@pytest.mark.parametrize(
    ("fatal", "error", "words"),
    [
        (
            ("28P01", 'password authentication failed for user "anna"'),
            dc.WrongServerPassword,
            "refused the user “anna” with this password",
        ),
        (
            ("28000", f"access refused: the password {SERVER_PW} is on a blocklist"),
            dc.ServerRejected,
            "refused the connection: access refused: the password *** is on a blocklist",
        ),
        (None, dc.ServerTimeout, "did not answer within 2 seconds"),
    ],
)
def test_wrong_password_or_a_hanging_server_never_show_the_password(
    fatal: tuple[str, str] | None, error: type[KnownError], words: str
) -> None:
    server = FakeServer(fatal)
    try:
        address = ServerAddress("127.0.0.1", "shop", "anna", server.port, (("sslmode", "disable"),))
        report = dc.test_connection(address, SERVER_PW, timeout=2)
    finally:
        server.close()
    assert report.reachable and not report.authenticated
    assert isinstance(report.problem, error), report
    assert words in report.problem.message
    assert_no_secret(report.problem.message, report.problem.params, repr(report))
    if fatal is not None:
        assert server.passwords == [SERVER_PW]  # the desk did send it, to the server only


# ------------------------------------------------------------------ use this server


@pytest.mark.postgres
def test_use_server_saves_the_url_keeps_the_password_in_the_keyring_and_audits(
    tmp_path: Path, pg_schema_url: str
) -> None:
    world = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    settings = Settings(
        data_dir=tmp_path / "desk", desk_id=world.ctx.desk_id, shop_name="Test Shop"
    )
    address = ServerAddress.from_url(pg_schema_url)
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        dc.use_server(world.ctx, clerk, settings, address, SERVER_PW)
    closed = ServerAddress(address.host, address.database, address.user, free_port())
    with pytest.raises(dc.ServerRefused):
        dc.use_server(world.ctx, world.owner, settings, closed, SERVER_PW)
    assert not (settings.data_dir / SETTINGS_FILE).exists()

    choice = dc.use_server(world.ctx, world.owner, settings, address, SERVER_PW)
    assert not choice.same_shop and choice.report.schema == dc.SCHEMA_EMPTY
    saved = load_settings(settings.data_dir)
    assert saved.database_url == pg_schema_url and saved.desk_id == ""  # a new desk there
    assert_no_secret((settings.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert world.ctx.keys.get(DESK_SCOPE, address.keyring_name) == SERVER_PW
    entry = audit.list_entries(world.ctx, world.owner, text="desk.server_change")[0]
    assert entry.target == address.display()
    assert_no_secret(entry.details)
    # the next start opens the (empty) server with the keyring's password
    opened = open_app(saved, world.ctx.keys)
    assert opened.shop is None and opened.ctx.db.dialect == "postgresql"
    assert split_password(opened.ctx.db.url)[1] == SERVER_PW
    opened.ctx.db.dispose()
    world.ctx.db.dispose()


@pytest.mark.postgres
def test_opening_a_server_that_is_gone_is_a_clear_message(pg_schema_url: str) -> None:
    base = ServerAddress.from_url(pg_schema_url)
    gone = ServerAddress(base.host, base.database, base.user, free_port())
    settings = Settings(data_dir=Path("unused"), database_url=gone.url_with_password(SERVER_PW))
    with pytest.raises(dc.ServerRefused) as caught:
        open_database(settings, MemoryKeyStore())
    assert_no_secret(caught.value.message, caught.value.params)


# ------------------------------------------------------------------ the set-up bundle


@pytest.mark.postgres
def test_bundle_round_trip_joins_a_new_desk_that_reads_members_and_enrols_staff(
    tmp_path: Path, server_world: ShopWorld
) -> None:
    world = server_world
    member = members.register_member(
        world.ctx, world.owner, MemberInput(name="Wang Fang", phone="13800001111")
    )
    clerk = world.add_user("clara", SALES_CLERK)
    bundle = dc.export_bundle(world.ctx, world.owner, PASSPHRASE)
    assert bundle.text.startswith("MERCHANT-DESK-1:") and bundle.shop_name == "Test Shop"
    assert_no_secret(bundle, bundle.text, dc.bundle_text_file(bundle))
    opened = dc.open_bundle(dc.bundle_text_file(bundle), PASSPHRASE)
    assert (opened.shop_id, opened.password, opened.made_by) == (
        world.ctx.shop_id,
        SERVER_PW,
        "owner",
    )
    assert_no_secret(repr(opened))
    assert encode_key(opened.data_key) not in repr(opened)

    new_keys = MemoryKeyStore()  # the new computer's keyring: empty
    joined = dc.join_with_bundle(
        Settings(data_dir=tmp_path / "new"), new_keys, bundle.text, PASSPHRASE
    )
    assert (joined.shop_id, joined.shop_name, joined.made_by) == (
        world.ctx.shop_id,
        "Test Shop",
        "owner",
    )
    raw = (tmp_path / "new" / SETTINGS_FILE).read_text(encoding="utf-8")
    assert_no_secret(raw)
    assert encode_key(opened.data_key) not in raw
    assert new_keys.get(DESK_SCOPE, opened.address.keyring_name) == SERVER_PW
    assert new_keys.get(world.ctx.shop_id, DATA_KEY_NAME) == encode_key(opened.data_key)

    # the new desk starts: it opens the shop on the server as a desk of its own
    desk = open_app(load_settings(tmp_path / "new"), new_keys)
    assert desk.shop is not None and desk.shop.id == world.ctx.shop_id
    assert desk.desk is not None and desk.desk.code != "D01"
    desk.ctx.clock = world.clock  # the enrolment code's validity is in the test's time
    code = auth.issue_enrolment_code(world.ctx, world.owner, clerk.user_id)
    on_new_desk = auth.enrol_with_code(desk.ctx, "clara", code, "clara-new-pass-1")
    seen = members.get_member(desk.ctx, on_new_desk, member.id)
    assert seen.card_number == member.card_number and seen.name.startswith("W")
    with world.ctx.db.transaction() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.actor_login, AuditEntry.details).where(
                AuditEntry.action.in_(("desk_bundle.export", "desk_bundle.import"))
            )
        ).all()
    assert sorted((a, login) for a, login, _ in rows) == [
        ("desk_bundle.export", "owner"),
        ("desk_bundle.import", "owner"),
    ]
    assert_no_secret(*(details for _, _, details in rows))
    desk.ctx.db.dispose()


@pytest.mark.postgres
def test_bundle_refusals_are_clear_and_leak_nothing(server_world: ShopWorld) -> None:
    world = server_world
    bundle = dc.export_bundle(world.ctx, world.owner, PASSPHRASE)
    with pytest.raises(dc.WrongBundlePassphrase) as wrong:
        dc.open_bundle(bundle.text, "harbour violet seven lamp")
    with pytest.raises(dc.DeskBundleDamaged):
        dc.open_bundle(bundle.text[:-12], PASSPHRASE)
    with pytest.raises(dc.NotADeskBundle):
        dc.open_bundle("hello", PASSPHRASE)
    # a bundle is never a recovery kit, nor a kit a bundle, whatever the prefix says
    with pytest.raises(sealing.NotARecoveryKit):
        sealing.open_kit(bundle.text, PASSPHRASE)
    relabelled = bundle.text.replace("MERCHANT-DESK-1:", "MERCHANT-KIT-1:")
    with pytest.raises(sealing.WrongKitPassphrase):
        sealing.open_kit(relabelled, PASSPHRASE)
    kit = sealing.seal_kit({"shop_id": "x"}, PASSPHRASE)
    with pytest.raises(dc.NotADeskBundle):
        dc.open_bundle(kit, PASSPHRASE)
    with pytest.raises(dc.WrongBundlePassphrase):
        dc.open_bundle(kit.replace("MERCHANT-KIT-1:", "MERCHANT-DESK-1:"), PASSPHRASE)
    with pytest.raises(dc.BundlePassphraseTooShort):
        dc.export_bundle(world.ctx, world.owner, "short")
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        dc.export_bundle(world.ctx, clerk, PASSPHRASE)
    assert len(audit.list_entries(world.ctx, world.owner, text="desk_bundle.export")) == 1
    assert_no_secret(wrong.value.message)


def _crafted(address: ServerAddress, shop_id: str, data_key: bytes) -> str:
    """A bundle as export would make it, pointing wherever the test needs."""
    payload = {
        "kind": dc.BUNDLE_KIND,
        "shop_id": shop_id,
        "shop_name": "Elsewhere",
        "server": address.url(),
        "server_password": SERVER_PW,
        "data_key": encode_key(data_key),
        "created_at": "2026-01-05T09:00:00+00:00",
        "made_by": "owner",
    }
    return sealing.seal_kit(payload, PASSPHRASE, kind=dc.DESK_BUNDLE)


@pytest.mark.postgres
def test_join_refuses_a_bundle_the_server_does_not_match(
    tmp_path: Path, server_world: ShopWorld, pg_schema_url: str
) -> None:
    world = server_world
    address = dc.server_address(world.ctx)
    assert address is not None
    right_key = dc.open_bundle(
        dc.export_bundle(world.ctx, world.owner, PASSPHRASE).text, PASSPHRASE
    ).data_key
    settings = Settings(data_dir=tmp_path / "new")
    keys = MemoryKeyStore()
    cases = [
        (_crafted(address, "another-shop-id", right_key), dc.BundleForAnotherShop),
        (_crafted(address, world.ctx.shop_id, new_data_key()), dc.BundleKeyMismatch),
        (
            _crafted(ServerAddress("127.0.0.1", "no_such_db", "postgres"), "s", right_key),
            dc.DatabaseMissing,
        ),
    ]
    for text, error in cases:
        with pytest.raises(error) as caught:
            dc.join_with_bundle(settings, keys, text, PASSPHRASE)
        assert_no_secret(caught.value.message, caught.value.params)
    assert not (settings.data_dir / SETTINGS_FILE).exists()
    assert keys.get(DESK_SCOPE, address.keyring_name) is None
    assert keys.get(world.ctx.shop_id, DATA_KEY_NAME) is None


def test_a_shop_in_a_file_cannot_export_a_bundle(tmp_path: Path) -> None:
    world = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    with pytest.raises(dc.NotAServerShop):
        dc.export_bundle(world.ctx, world.owner, PASSPHRASE)
    world.ctx.db.dispose()
