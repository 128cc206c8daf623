"""The shop server's address and password (GROW-1): kept apart, never written together.

A desk that works on the shop's PostgreSQL server knows two things about it:

* the *address* (:class:`ServerAddress`): host, port, database, user and libpq options
  such as ``sslmode``.  It is not secret; ``settings.json`` holds it as a URL without a
  password (``postgresql://anna@shop-server:5432/shop?sslmode=require``);
* the *password*: only in this desk's OS keyring, and in memory while the database is
  open (``bootstrap`` puts it into the engine's URL, never into a file).

Keyring scheme.  A desk may learn a server's password before it knows which shop the
server holds (the Settings screen tests an address before connecting), so the password
is not filed under a shop id.  It lives in the desk-level scope :data:`DESK_SCOPE`
(keyring service ``merchant-app/desk``) under the name
``server-password:<user>@<host>:<port>/<database>`` (:meth:`ServerAddress.keyring_name`):
fixed for an address, so two data folders pointing at the same server share it, and a
desk moved to another server never sends the old server's password to the new one.

Pure functions (``urllib`` only, no SQLAlchemy, no Qt): ``config`` imports this module
while the first window is painting.  :func:`scrub` removes a password from any text
(an error message from the driver, a URL) before it is shown or logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlencode, urlsplit

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

DESK_SCOPE = "desk"
"""The ``KeyStore`` "shop id" of secrets that belong to this desk rather than to a shop."""
PASSWORD_NAME_PREFIX = "server-password:"
DEFAULT_PORT = 5432
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")
MASK = "***"

# libpq option names whose value is a secret: never kept in an address
_SECRET_OPTIONS = frozenset({"password", "passfile", "sslpassword"})
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_CONNINFO_PASSWORD = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def is_server_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL server (rather than a SQLite file)."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    return scheme in SERVER_SCHEMES


def _bad(template: str, field: str, **params: object) -> InvalidInput:
    return InvalidInput(template, field=field, **params)


@dataclass(frozen=True)
class ServerAddress:
    """Where the shop's PostgreSQL server is and who this desk connects as; never a
    password (so ``repr``, ``str`` and every URL it builds are safe to show and save).

    ``options`` are libpq connection parameters as ``(name, value)`` pairs, in the order
    given (``sslmode``, ``options=-csearch_path=...``, ``application_name``...)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    options: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """The address in a ``postgresql://`` URL; a password in it (or in its query) is
        dropped.  Raises :class:`InvalidInput` for anything that is not a server URL."""
        if not is_server_url(url):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{url}” is not a PostgreSQL server address; it must start with postgresql://",
                ),
                "url",
                url=scrub(url),
            )
        parts = urlsplit(url)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "The port must be a number from 1 to 65535."),
                "port",
            ) from None
        options = tuple(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in _SECRET_OPTIONS
        )
        return cls(
            host=parts.hostname or "",
            database=parts.path.lstrip("/"),
            user=unquote(parts.username or ""),
            port=port,
            options=options,
        )

    def validated(self) -> ServerAddress:
        """The address with surrounding spaces removed; :class:`InvalidInput` naming the
        first missing or bad field."""
        address = ServerAddress(
            host=self.host.strip(),
            database=self.database.strip(),
            user=self.user.strip(),
            port=self.port,
            options=tuple((k.strip(), v) for k, v in self.options if k.strip()),
        )
        if not address.host:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "Enter the server's name or IP address (for example shop-server)."
                ),
                "host",
            )
        if any(c.isspace() or c in "/@?#" for c in address.host):
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "“{host}” is not a server name or IP address."),
                "host",
                host=address.host,
            )
        if isinstance(address.port, bool) or not 1 <= int(address.port) <= 65535:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "The port must be a number from 1 to 65535."),
                "port",
            )
        if not address.database:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "Enter the name of the shop's database."), "database"
            )
        if any(c.isspace() or c in "/?#%@" for c in address.database):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{database}” is not a database name this app can use: no spaces or "
                    "/ ? # % @ characters.",
                ),
                "database",
                database=address.database,
            )
        if not address.user:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "Enter the user name this desk connects as."), "user"
            )
        for name, _value in address.options:
            if name.lower() in _SECRET_OPTIONS:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The password goes into the password field, not into the options.",
                    ),
                    "options",
                )
        return address

    def option(self, name: str, default: str = "") -> str:
        """The value of libpq option ``name`` (the last one given), or ``default``."""
        found = default
        for key, value in self.options:
            if key == name:
                found = value
        return found

    def with_option(self, name: str, value: str) -> ServerAddress:
        """A copy with option ``name`` set to ``value`` (removed when ``value`` is empty)."""
        kept = tuple((k, v) for k, v in self.options if k != name)
        added = ((name, value),) if value else ()
        return ServerAddress(self.host, self.database, self.user, self.port, kept + added)

    @property
    def netloc_host(self) -> str:
        """The host as it appears in a URL (an IPv6 address in brackets)."""
        return f"[{self.host}]" if ":" in self.host else self.host

    def url(self) -> str:
        """``postgresql://user@host:port/database?options``: what ``settings.json`` keeps."""
        return self._url(None)

    def url_with_password(self, password: str | None) -> str:
        """The URL carrying ``password``; for opening the engine in memory only, never to
        be saved, logged or shown."""
        return self._url(password or None)

    def _url(self, password: str | None) -> str:
        user = quote(self.user, safe="")
        if password is not None:
            user += ":" + quote(password, safe="")
        query = urlencode(self.options, quote_via=quote) if self.options else ""
        tail = f"?{query}" if query else ""
        return f"postgresql://{user}@{self.netloc_host}:{self.port}/{self.database}{tail}"

    @property
    def keyring_name(self) -> str:
        """The name of this server's password in the desk's keyring (see the module)."""
        return f"{PASSWORD_NAME_PREFIX}{self.user}@{self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        """``user@host:port/database`` for the screens."""
        return f"{self.user}@{self.netloc_host}:{self.port}/{self.database}"

    def __str__(self) -> str:
        return self.url()


def split_password(url: str) -> tuple[str, str | None]:
    """``(url without its password, the password or None)``.  A ``password=`` query
    option counts too.  Anything that is not a server URL comes back unchanged."""
    if not is_server_url(url):
        return url, None
    parts = urlsplit(url)
    password = unquote(parts.password) if parts.password is not None else None
    query = parse_qsl(parts.query, keep_blank_values=True)
    for key, value in query:
        if key.lower() == "password":
            password = value
    if password is None:
        return url, None
    netloc = parts.netloc
    if parts.password is not None:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = userinfo.split(":", 1)[0] + "@" + hostport
    kept = [(k, v) for k, v in query if k.lower() != "password"]
    query_text = urlencode(kept, quote_via=quote) if kept else ""
    rebuilt = parts._replace(netloc=netloc, query=query_text).geturl()
    return rebuilt, password


def strip_password(url: str) -> str:
    """``url`` without any password (what may be written to a file or shown)."""
    return split_password(url)[0]


def scrub(text: str, *secrets: str | None) -> str:
    """``text`` with every ``secret`` (as typed and URL-encoded) and every password in a
    URL or a libpq ``password=`` setting replaced by ``***``: for error messages and
    logs, which must never show a password."""
    cleaned = text
    for secret in secrets:
        if not secret:
            continue
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            cleaned = cleaned.replace(form, MASK)
    cleaned = _URL_PASSWORD.sub(lambda m: m.group(1) + MASK + "@", cleaned)
    return _CONNINFO_PASSWORD.sub(lambda m: m.group(1) + MASK, cleaned)
