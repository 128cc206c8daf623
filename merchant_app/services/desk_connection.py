"""Connecting a desk to the shop's PostgreSQL server (GROW-1).

Three things live here:

* :func:`test_connection` — can this desk reach the server, sign in, and what does the
  database hold (empty, a shop at an older / the current / a newer schema)?  Each
  failure is one named :class:`~merchant_app.errors.KnownError` whose message says what
  is wrong and what to check (host not found, refused, timeout, wrong password, missing
  database, not a shop database, newer app needed).
* :func:`use_server` — the Settings screen's "Use this server": tested, audited in the
  shop the user is signed in to, the password into this desk's keyring
  (:mod:`merchant_app.security.server_secret` explains the scheme), the URL without a
  password into ``settings.json``.  The shop opens on the server at the next start.
* The *desk set-up bundle*: :func:`export_bundle` (``backup.run``, audited
  ``desk_bundle.export``) seals the server's address and password, the shop's id and
  name and the member data key with a passphrase; :func:`join_with_bundle` on a new desk,
  before anyone can sign in there (the passphrase is the authority), checks the bundle
  against the server, records ``desk_bundle.import`` in the shop's audit trail and writes
  this desk's settings and keyring.  Staff then enrol on the desk with their enrolment
  codes (``services.auth.enrol_with_code``), as on any new desk.

Why ``backup.run`` for the export: the bundle carries the member data key, and
``member_keys.export_data_key`` and the recovery kit already guard that key with
``backup.run``; a weaker permission would be a way around them.  (``user.manage`` lets
a Manager issue enrolment codes, which are useless without the bundle's secrets.)

The bundle is sealed like the recovery kit (same scrypt + AES-GCM format, one QR code
at most) but as its own kind, ``MERCHANT-DESK-1:`` with its own authenticated label, so
a bundle never opens as a recovery kit nor a kit as a bundle.

Passwords never appear in a message, a ``repr``, a log or a file: driver messages go
through :func:`~merchant_app.security.server_secret.scrub` first.
"""

from __future__ import annotations

import math
import socket
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from merchant_app.config import Settings, save_settings
from merchant_app.database import Database, insert_ignore
from merchant_app.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    Conflict,
    DatabaseUnavailable,
    InvalidInput,
    KnownError,
    NotFound,
)
from merchant_app.models import Shop, ShopSetting
from merchant_app.security import recovery_kit as sealing
from merchant_app.security.keystore import KeyStore
from merchant_app.security.member_crypto import (
    DATA_KEY_NAME,
    KEY_CHECK_SETTING,
    decode_key,
    encode_key,
    key_check,
)
from merchant_app.security.server_secret import (
    DESK_SCOPE,
    ServerAddress,
    is_server_url,
    scrub,
    split_password,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import get_setting

DEFAULT_TIMEOUT = 5.0
BUNDLE_KIND = "desk-bundle"
DESK_BUNDLE = sealing.SealedKind(prefix="MERCHANT-DESK-", label=b"merchant-app desk bundle")
"""The sealed text's kind: ``MERCHANT-DESK-1:`` and its own authenticated label."""

SCHEMA_UNKNOWN = "unknown"  # not connected
SCHEMA_EMPTY = "empty"  # no tables: a new shop can be created there
SCHEMA_OLDER = "older"  # a shop an older version of the app made: updated when opened
SCHEMA_CURRENT = "current"
SCHEMA_NEWER = "newer"  # made by a newer version of the app: update this desk first

# --------------------------------------------------------------------------- errors


class ServerNotFound(DatabaseUnavailable):
    """The server's name does not resolve to an address."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server “{host}” cannot be found. Check its name (or use its IP address) and "
        "this computer's network connection.",
    )


class ServerRefused(DatabaseUnavailable):
    """Nothing listens on the server's port."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {host} does not accept connections on port {port}. Check the port, "
        "and that PostgreSQL is running on the server and listens to the network.",
    )


class ServerTimeout(DatabaseUnavailable):
    """The server did not answer in time."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {host} did not answer within {seconds} seconds. Check the network, "
        "the server's name and port, and any firewall between this computer and the "
        "server.",
    )


class ServerUnreachable(DatabaseUnavailable):
    """The network says no (no route, network down) or the server broke off."""

    template = QT_TRANSLATE_NOOP("Errors", "The server {host} cannot be reached: {reason}")


class WrongServerPassword(AuthenticationFailed):
    """The server refused the user name or the password."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {host} refused the user “{user}” with this password. Check the user "
        "name and the password (capital letters, input language).",
    )


class ServerRefusesThisComputer(AuthenticationFailed):
    """The server's access rules (pg_hba.conf) have no entry for this computer."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {host} does not let this computer connect to “{database}” as "
        "“{user}”. Ask whoever runs the server to allow this computer (pg_hba.conf).",
    )


class ServerRejected(DatabaseUnavailable):
    """The server answered but refused the connection for another reason."""

    template = QT_TRANSLATE_NOOP("Errors", "The server {host} refused the connection: {reason}")


class DatabaseMissing(NotFound):
    """The server has no database of that name."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {host} has no database “{database}”. Check the database's name, or "
        "ask whoever runs the server to create it.",
    )


class NotAShopDatabase(InvalidInput):
    """The database holds tables, but not a shop of this app."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database “{database}” on {host} holds other data, not a shop of this app. "
        "Choose the shop's database, or an empty database for a new shop.",
    )


class ServerSchemaNewer(Conflict):
    """A newer version of the app has already updated the shop's database."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The shop's database on {host} was updated by a newer version of this app. "
        "Update the app on this computer, then connect again.",
    )


class ServerUnreadable(DatabaseUnavailable):
    """Connected, but the database could not be read (rights, a statement timeout)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Connected to {host}, but the database “{database}” could not be read: {reason}",
    )


class NotAServerShop(InvalidInput):
    """A shop in a file on this computer: no other desk can join it."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This shop's database is a file on this computer, so other desks cannot join it. "
        "Desks can only share a shop kept on a PostgreSQL server.",
    )


class BundleError(InvalidInput):
    """Something about a desk set-up bundle or its passphrase the user can fix."""


class NotADeskBundle(BundleError):
    """The text is something else (a recovery kit, a random file)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a desk set-up bundle: a bundle's text starts with “MERCHANT-DESK-1:”. "
        "Open the .txt file the Owner exported in Settings → Server on a desk of the shop.",
    )


class NewerBundleFormat(BundleError):
    """The bundle was made by a newer version of the app."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This desk set-up bundle was made by a newer version of the app (format "
        "{version}). Install the same version on this computer, then import it again.",
    )


class DeskBundleDamaged(BundleError):
    """The text does not check out: cut off, edited, or mistyped."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The desk set-up bundle is damaged or incomplete: it does not match its own check. "
        "Copy the whole file again.",
    )


class DeskBundleBadCharacter(DeskBundleDamaged):
    """A character that never appears in a bundle's text."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The desk set-up bundle is mistyped: “{char}” in line {line}, group {group} never "
        "appears in a bundle. A bundle uses only the letters A to Z and the digits 2 to 7.",
    )


class WrongBundlePassphrase(BundleError):
    """The text is intact but the passphrase does not open it."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase does not open this desk set-up bundle. Check it (capital letters, "
        "spaces, input language) and try again.",
    )


class BundlePassphraseTooShort(BundleError):
    """A new bundle's passphrase is too short to resist guessing."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle's passphrase must have at least {n} characters; a few unrelated words "
        "are easy to say to the person setting up the desk and hard to guess.",
    )


class BundleServerHasNoShop(BundleError):
    """The server named in the bundle holds no shop (any more)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is for the shop “{shop}”, but the database “{database}” on {host} "
        "holds no shop. Ask the Owner for a new bundle.",
    )


class BundleForAnotherShop(BundleError):
    """The server holds a different shop than the one the bundle was made for."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is for the shop “{bundle_shop}”, but the server now holds the shop "
        "“{server_shop}”. Ask the Owner for a new bundle.",
    )


class BundleKeyMismatch(BundleError):
    """The bundle's data key is not the key the shop's member records use."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The data key in this bundle does not open the shop's member records (the key "
        "was changed after the bundle was made). Ask the Owner for a new bundle.",
    )


_KIT_ERRORS: tuple[tuple[type[KnownError], type[BundleError]], ...] = (
    (sealing.NotARecoveryKit, NotADeskBundle),
    (sealing.NewerKitFormat, NewerBundleFormat),
    (sealing.RecoveryKitBadCharacter, DeskBundleBadCharacter),
    (sealing.RecoveryKitDamaged, DeskBundleDamaged),
    (sealing.WrongKitPassphrase, WrongBundlePassphrase),
    (sealing.KitPassphraseTooShort, BundlePassphraseTooShort),
)


def _as_bundle_error(exc: KnownError) -> KnownError:
    """The sealing layer speaks of kits; say "bundle" to the user."""
    for kit_error, bundle_error in _KIT_ERRORS:
        if isinstance(exc, kit_error):
            return bundle_error(**exc.params)
    return exc


# --------------------------------------------------------------------------- testing


@dataclass(frozen=True)
class ConnectionReport:
    """What :func:`test_connection` found.  ``ok`` when the desk can use the server:
    reachable, signed in, and the database empty or a shop at a schema this app can open
    (``older`` ones are updated when the shop opens).  Otherwise ``problem`` says why;
    ``reachable`` and ``authenticated`` say how far the test got.  No password inside."""

    address: ServerAddress
    reachable: bool = False
    authenticated: bool = False
    schema: str = SCHEMA_UNKNOWN
    revision: str = ""
    shop_id: str = ""
    shop_name: str = ""
    server_version: str = ""
    problem: KnownError | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def has_shop(self) -> bool:
        return bool(self.shop_id)


def _where(address: ServerAddress) -> dict[str, Any]:
    return {
        "host": address.host,
        "port": address.port,
        "database": address.database,
        "user": address.user,
    }


def _probe(address: ServerAddress, timeout: float) -> KnownError | None:
    """Resolve the host and open a TCP connection (no PostgreSQL yet), so "not found",
    "refused" and "timeout" are told apart on every platform and in every language."""
    if address.host.startswith("/"):  # a Unix socket folder: libpq says what is wrong
        return None
    where = _where(address)
    try:
        infos = socket.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return ServerNotFound(**where)
    problem: KnownError | None = None
    for family, kind, proto, _name, sockaddr in infos:
        try:
            with socket.socket(family, kind, proto) as sock:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
            return None
        except ConnectionRefusedError:
            problem = problem or ServerRefused(**where)
        except TimeoutError:
            problem = ServerTimeout(seconds=_seconds(timeout), **where)
        except OSError as exc:
            problem = problem or ServerUnreachable(reason=exc.strerror or str(exc), **where)
    return problem or ServerNotFound(**where)


def _seconds(timeout: float) -> int:
    return max(1, math.ceil(timeout))


def _first_line(text: str) -> str:
    """The driver's message without its ``connection failed: ... failed:`` preamble."""
    line = text.strip().splitlines()[0] if text.strip() else text
    for marker in ("FATAL:", "ERROR:"):
        if marker in line:
            line = line.split(marker, 1)[1]
    if " failed: " in line:
        line = line.rsplit(" failed: ", 1)[1]
    return line.strip()


def classify_failure(
    address: ServerAddress, text: str, password: str | None, timeout: float = DEFAULT_TIMEOUT
) -> KnownError:
    """The named error for a connection failure the driver described as ``text``
    (libpq's messages, in English on servers as installed); ``password`` is scrubbed
    from whatever is quoted back."""
    lowered = text.lower()
    where = _where(address)
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseMissing(**where)
    if (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or "authentication failed" in lowered
        or ("role" in lowered and "does not exist" in lowered)
    ):
        return WrongServerPassword(**where)
    if "pg_hba.conf" in lowered:
        return ServerRefusesThisComputer(**where)
    if "timeout expired" in lowered or "timed out" in lowered:
        return ServerTimeout(seconds=_seconds(timeout), **where)
    if "connection refused" in lowered or "actively refused" in lowered:
        return ServerRefused(**where)
    if "translate host name" in lowered or "resolve host" in lowered:
        return ServerNotFound(**where)
    return ServerRejected(reason=scrub(_first_line(text), password), **where)


def connection_failure(url: str, exc: BaseException) -> KnownError:
    """The named error for a failure to open the server at ``url`` (the engine's URL,
    password included): what ``bootstrap`` shows when the shop cannot be opened.  The
    password never appears in it."""
    plain, password = split_password(url)
    orig = getattr(exc, "orig", None) or exc
    return classify_failure(ServerAddress.from_url(plain), str(orig), password)


def _known_revisions() -> tuple[str, set[str]]:
    """The newest revision this app knows and every revision it knows."""
    from alembic.script import ScriptDirectory

    from merchant_app.migrations import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = scripts.get_current_head()
    assert head is not None
    return head, {r.revision for r in scripts.walk_revisions()}


def _connect_kwargs(address: ServerAddress, password: str | None, timeout: float) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(address.options)
    kwargs.update(
        host=address.host,
        port=str(address.port),
        dbname=address.database,
        user=address.user,
        connect_timeout=str(max(2, _seconds(timeout))),  # libpq's minimum is 2 s
    )
    if password:
        kwargs["password"] = password
    return kwargs


def _read_database(conn: Any, address: ServerAddress) -> dict[str, Any]:
    """Schema revision and shop of an open connection (the URL's search_path applies)."""
    found: dict[str, Any] = {"revision": "", "shop_id": "", "shop_name": ""}
    regclass = "SELECT to_regclass(%s) IS NOT NULL"
    has_versions = conn.execute(regclass, ("alembic_version",)).fetchone()[0]
    has_shop = conn.execute(regclass, ("shop",)).fetchone()[0]
    tables = conn.execute(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    ).fetchone()[0]
    if has_versions:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        found["revision"] = ",".join(sorted(str(r[0]) for r in rows))
    if has_shop:
        row = conn.execute("SELECT id, name FROM shop ORDER BY created_at LIMIT 1").fetchone()
        if row is not None:
            found["shop_id"], found["shop_name"] = str(row[0]), str(row[1])
    head, known = _known_revisions()
    revisions = set(found["revision"].split(",")) - {""}
    if not has_versions and not has_shop and tables == 0:
        found["schema"] = SCHEMA_EMPTY
    elif not revisions:
        found["schema"] = None  # tables, but none of ours
    elif revisions == {head}:
        found["schema"] = SCHEMA_CURRENT
    elif revisions <= known:
        found["schema"] = SCHEMA_OLDER
    else:
        found["schema"] = SCHEMA_NEWER if has_shop else None
    return found


def test_connection(
    address: ServerAddress, password: str | None, timeout: float = DEFAULT_TIMEOUT
) -> ConnectionReport:
    """Try the server at ``address`` with ``password`` and report what is there (see
    :class:`ConnectionReport`).  Reads only; never raises a :class:`KnownError` (the
    report's ``problem`` carries it) except :class:`InvalidInput` for an incomplete
    address.  Takes about ``timeout`` seconds at most per step when the server is slow."""
    import psycopg

    address = address.validated()
    report = ConnectionReport(address=address)
    problem = _probe(address, timeout)
    if problem is not None:
        return _with(report, problem=problem)
    report = _with(report, reachable=True)
    try:
        conn = psycopg.connect(autocommit=True, **_connect_kwargs(address, password, timeout))
    except psycopg.OperationalError as exc:
        return _with(report, problem=classify_failure(address, str(exc), password, timeout))
    except psycopg.ProgrammingError as exc:  # an option libpq does not know
        return _with(
            report,
            problem=InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The connection options are not valid: {reason}"),
                field="options",
                reason=scrub(_first_line(str(exc)), password),
            ),
        )
    where = _where(address)
    try:
        with conn:
            report = _with(report, authenticated=True, server_version=str(conn.info.server_version))
            conn.execute(f"SET statement_timeout = {int(max(timeout, 1) * 1000)}")
            found = _read_database(conn, address)
    except psycopg.Error as exc:
        reason = scrub(_first_line(str(exc)), password)
        return _with(report, problem=ServerUnreadable(reason=reason, **where))
    schema = found.pop("schema")
    if schema is None:
        return _with(report, problem=NotAShopDatabase(**where), **found)
    report = _with(report, schema=schema, **found)
    if schema == SCHEMA_NEWER:
        return _with(report, problem=ServerSchemaNewer(**where))
    return report


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _with(report: ConnectionReport, **changes: Any) -> ConnectionReport:
    from dataclasses import replace

    return replace(report, **changes)


# --------------------------------------------------------------------------- password


def stored_password(keys: KeyStore, address: ServerAddress) -> str | None:
    """The server's password in this desk's keyring (``None``: none kept)."""
    return keys.get(DESK_SCOPE, address.keyring_name)


def store_password(keys: KeyStore, address: ServerAddress, password: str | None) -> None:
    """Keep ``password`` in this desk's keyring for ``address`` (an empty one removes
    the entry: the server then needs none, or libpq finds it in ``.pgpass``)."""
    if password:
        keys.set(DESK_SCOPE, address.keyring_name, password)
    else:
        keys.delete(DESK_SCOPE, address.keyring_name)


def database_url_for(settings: Settings, keys: KeyStore | None) -> str:
    """The URL the engine opens, built in memory: the settings' URL with the server's
    password from the keyring.  A password already in the URL (typed on the command
    line) is used as it is and kept in the keyring for the next start (settings files
    never hold it).  SQLite URLs come back unchanged."""
    url = settings.effective_database_url
    if not is_server_url(url):
        return url
    plain, password = split_password(url)
    address = ServerAddress.from_url(plain)
    if password is not None:
        if keys is not None:
            keys.set(DESK_SCOPE, address.keyring_name, password)
        return url
    stored = stored_password(keys, address) if keys is not None else None
    return address.url_with_password(stored) if stored else url


def server_address(ctx: AppContext) -> ServerAddress | None:
    """The server this desk works on (``None`` for a shop in a SQLite file)."""
    if not is_server_url(ctx.db.url):
        return None
    return ServerAddress.from_url(split_password(ctx.db.url)[0])


@dataclass(frozen=True)
class ServerChoice:
    """What "Use this server" did: the settings now saved (the shop opens on the server
    at the next start), what the test found, and whether the server holds the shop the
    user is signed in to."""

    settings: Settings
    report: ConnectionReport
    same_shop: bool


def use_server(
    ctx: AppContext,
    actor: Actor,
    settings: Settings,
    address: ServerAddress,
    password: str | None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> ServerChoice:
    """Point this desk at ``address`` (``settings.manage``; audited
    ``desk.server_change`` in the current shop).  The server is tested first and any
    problem raised, so a desk is never pointed at a server it cannot use.  The password
    goes to this desk's keyring, the URL without it to ``settings.json``.  A server
    holding another shop (or none yet) makes this desk a new desk there."""
    address = address.validated()
    report = test_connection(address, password, timeout)
    if report.problem is not None:
        raise report.problem
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        this_shop = s.scalar(select(Shop.id)) or ctx.shop_id
        audit.record(
            s,
            ctx,
            current,
            "desk.server_change",
            address.display(),
            {"shop_on_server": report.shop_id, "schema": report.schema},
        )
        store_password(ctx.keys, address, password)  # last: a failure rolls back the entry
    same = bool(report.shop_id) and report.shop_id == this_shop
    changed = settings.with_changes(
        database_url=address.url(),
        desk_id=settings.desk_id if same else "",
        shop_name=report.shop_name,
        is_demo=settings.is_demo if same else False,
    )
    save_settings(changed)
    return ServerChoice(changed, report, same)


# --------------------------------------------------------------------------- bundle


@dataclass(frozen=True)
class DeskBundle:
    """A bundle just exported: the sealed ``text`` (nothing else is secret here) and
    what the screen shows about it.  The passphrase is not kept anywhere."""

    text: str
    shop_id: str
    shop_name: str
    server: str
    created_at: datetime
    made_by: str


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle's contents once its passphrase opened it; the secrets never show in
    ``repr``."""

    address: ServerAddress
    shop_id: str
    shop_name: str
    created_at: datetime
    made_by: str
    password: str = field(repr=False)
    data_key: bytes = field(repr=False)


@dataclass(frozen=True)
class JoinedDesk:
    """What :func:`join_with_bundle` did: the settings now saved (the app opens the shop
    on the server with them) and the shop joined."""

    settings: Settings
    shop_id: str
    shop_name: str
    server: str
    made_by: str


def check_bundle_passphrase(passphrase: str) -> str:
    """Raise :class:`BundlePassphraseTooShort` unless ``passphrase`` is long enough."""
    try:
        return sealing.check_passphrase(passphrase)
    except KnownError as exc:
        raise _as_bundle_error(exc) from None


def export_bundle(ctx: AppContext, actor: Actor, passphrase: str) -> DeskBundle:
    """Seal this desk's server address and password, the shop's id and name and the
    member data key with ``passphrase`` (``backup.run``; audited ``desk_bundle.export``
    with the server and the key's check, never a secret).  Only for a shop on a
    PostgreSQL server (:class:`NotAServerShop`).  The passphrase is checked before
    anything is recorded; the slow key derivation runs after the transaction."""
    check_bundle_passphrase(passphrase)
    address = server_address(ctx)
    if address is None:
        raise NotAServerShop()
    password = split_password(ctx.db.url)[1] or ""
    from merchant_app.services.member_keys import cipher_in

    with ctx.db.transaction() as s:
        current = authorize(s, actor, "backup.run")
        shop = s.scalars(select(Shop)).one()
        cipher_in(s, ctx)  # a shop without a data key gets one now: the bundle carries it
        key_text = ctx.keys.get(shop.id, DATA_KEY_NAME)
        if key_text is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The data key could not be read."))
        now = ctx.clock()
        audit.record(
            s,
            ctx,
            current,
            "desk_bundle.export",
            shop.id,
            {"server": address.display(), "key_check": key_check(decode_key(key_text))},
        )
        payload = {
            "kind": BUNDLE_KIND,
            "shop_id": shop.id,
            "shop_name": shop.name,
            "server": address.url(),
            "server_password": password,
            "data_key": key_text,
            "created_at": now.isoformat(),
            "made_by": current.login,
        }
    try:
        text = sealing.seal_kit(payload, passphrase, kind=DESK_BUNDLE)
    except KnownError as exc:
        raise _as_bundle_error(exc) from None
    return DeskBundle(
        text=text,
        shop_id=str(payload["shop_id"]),
        shop_name=str(payload["shop_name"]),
        server=address.display(),
        created_at=now,
        made_by=current.login,
    )


def bundle_text_file(bundle: DeskBundle) -> str:
    """The bundle as saved in a ``.txt`` file: the sealed text in short groups (the
    whole file can be opened or pasted on the new desk)."""
    return "\n".join(sealing.kit_lines(bundle.text)) + "\n"


def looks_like_bundle(text: str) -> bool:
    """Whether ``text`` starts like a bundle (not whether it is sound)."""
    return sealing.looks_like_kit(text, kind=DESK_BUNDLE)


def open_bundle(text: str, passphrase: str) -> OpenedBundle:
    """The contents of a bundle.  Raises one of :class:`NotADeskBundle`,
    :class:`NewerBundleFormat`, :class:`DeskBundleDamaged` (or its
    :class:`DeskBundleBadCharacter`) and :class:`WrongBundlePassphrase`."""
    try:
        payload = sealing.open_kit(text, passphrase, kind=DESK_BUNDLE)
    except KnownError as exc:
        raise _as_bundle_error(exc) from None
    try:
        if payload.get("kind") != BUNDLE_KIND:
            raise ValueError("kind")
        texts = [payload[k] for k in ("shop_id", "shop_name", "server", "made_by")]
        password = payload.get("server_password", "")
        if not all(isinstance(v, str) and v for v in texts) or not isinstance(password, str):
            raise ValueError("text fields")
        address = ServerAddress.from_url(str(payload["server"])).validated()
        data_key = decode_key(str(payload["data_key"]))
        created_at = datetime.fromisoformat(str(payload["created_at"]))
    except (KeyError, TypeError, ValueError, UnicodeEncodeError, InvalidInput):
        raise DeskBundleDamaged(field="bundle") from None
    return OpenedBundle(
        address=address,
        shop_id=str(payload["shop_id"]),
        shop_name=str(payload["shop_name"]),
        created_at=created_at,
        made_by=str(payload["made_by"]),
        password=password,
        data_key=data_key,
    )


def join_with_bundle(
    settings: Settings,
    keys: KeyStore,
    text: str,
    passphrase: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> JoinedDesk:
    """Set this desk up from a bundle, before anyone can sign in here (the passphrase is
    the authority).  The server must be reachable and hold the bundle's shop with the
    bundle's data key (:class:`BundleForAnotherShop`, :class:`BundleServerHasNoShop`,
    :class:`BundleKeyMismatch`, or the connection's own problem).  Then, in one
    transaction on the server: the schema is brought up to date, ``desk_bundle.import``
    is recorded with the bundle maker's login, and the server password and data key go
    into this desk's keyring (a keyring failure rolls the entry back).  Last, the
    settings (URL without password, no desk yet: the desk registers when the shop
    opens) are saved and returned."""
    bundle = open_bundle(text, passphrase)
    address, password = bundle.address, bundle.password
    report = test_connection(address, password, timeout)
    where = _where(address)
    if report.problem is not None:
        raise report.problem
    if not report.has_shop:
        raise BundleServerHasNoShop(shop=bundle.shop_name, **where)
    if report.shop_id != bundle.shop_id:
        raise BundleForAnotherShop(bundle_shop=bundle.shop_name, server_shop=report.shop_name)
    from merchant_app.migrations import upgrade

    db = Database(address.url_with_password(password))
    try:
        upgrade(db)
        ctx = AppContext(db=db, keys=keys, shop_id=bundle.shop_id)
        check = key_check(bundle.data_key)
        with db.transaction() as s:
            stored = get_setting(s, KEY_CHECK_SETTING)
            if stored and stored != check:
                raise BundleKeyMismatch(field="bundle")
            if not stored:
                insert_ignore(s, ShopSetting, {"key": KEY_CHECK_SETTING, "value": check})
                if get_setting(s, KEY_CHECK_SETTING) != check:  # another desk set one first
                    raise BundleKeyMismatch(field="bundle")
            audit.record(
                s,
                ctx,
                None,
                "desk_bundle.import",
                bundle.shop_id,
                {
                    "server": address.display(),
                    "bundle_made_by": bundle.made_by,
                    "bundle_made_at": bundle.created_at.isoformat(),
                    "host": socket.gethostname()[:80],
                },
                actor_login=bundle.made_by,
            )
            store_password(keys, address, password)
            keys.set(bundle.shop_id, DATA_KEY_NAME, encode_key(bundle.data_key))
    finally:
        db.dispose()
    joined = settings.with_changes(
        database_url=address.url(), desk_id="", shop_name=report.shop_name, is_demo=False
    )
    save_settings(joined)
    return JoinedDesk(joined, bundle.shop_id, report.shop_name, address.display(), bundle.made_by)
