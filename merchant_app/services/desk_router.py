"""A desk on a server that keeps working when the server is away (GROW-2).

:class:`RoutingDatabase` stands where :class:`~merchant_app.database.Database` stands
(``ctx.db``): ``transaction()``, ``dialect``, ``engine``, ``url``, ``cache``,
``dispose()``.  It holds the shop's server and this desk's local **cache** (a SQLite
file with the same schema, ``data_dir/desk-cache.sqlite3``, filled by
``services/desk_cache.py``) and sends each transaction to one of them:

* **online**: to the server.  Before the service gets its session a connection is
  checked out (``connect_timeout`` a few seconds, TCP timeouts so a dead link is noticed
  too); when that fails the desk goes **offline** and the same action runs in the cache
  instead, so the user's action still succeeds.  A failure in the middle of a server
  transaction rolls it back and is the usual :class:`DatabaseUnavailable` (nothing
  half-written); the user retries, and the retry goes to the cache if the server is
  still away.
* **offline** and **syncing**: to the cache.  The session carries
  ``session.info["offline"] = True``; the offline-capable services queue what they wrote
  (``services/sync_outbox.py``).  A transaction that changed anything the server would
  never hear of (a product, stock moves, a count, a setting …) is refused before it
  commits with :class:`~merchant_app.services.sync_outbox.NeedsServer`: offline, only
  what can be sent later is allowed (plus sign-in bookkeeping and audit entries, which
  are sent too).

``services/sync.py`` sends the queue when the server is back (state **syncing**) and
then routes to the server again.  :meth:`RoutingDatabase.probe` (called by a GUI timer,
or :class:`ReconnectLoop`'s thread) notices the server coming and going.

State changes (state, queue length, last error) are told to plain callables
(:meth:`add_listener`); the window adapts them to Qt signals.  Listeners are called on
the thread that made the change.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from merchant_app.clock import Clock, utc_now
from merchant_app.config import Settings
from merchant_app.database import Database
from merchant_app.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, KnownError
from merchant_app.migrations import upgrade
from merchant_app.models import Shop
from merchant_app.security.keystore import KeyStore
from merchant_app.services.context import AppContext
from merchant_app.services.sync_outbox import NeedsServer, mark_local_engine, pending_count

log = logging.getLogger(__name__)

ONLINE, OFFLINE, SYNCING = "online", "offline", "syncing"
CACHE_FILE = "desk-cache.sqlite3"
CONNECT_TIMEOUT = 3.0

# Tables an offline transaction may change without queueing anything: sign-in
# bookkeeping (attempt counters), the audit trail (sent with the queue) and the queue.
LOCAL_ONLY_WRITES = frozenset({"app_user", "audit_entry", "audit_head", "sync_outbox"})
_WRITE = re.compile(
    r'\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)',
    re.IGNORECASE,
)


class CacheNotReady(DatabaseUnavailable):
    """The server is away and this desk has never copied the shop."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The shop's server cannot be reached, and this desk has no copy of the shop to "
        "work offline yet (it makes one the first time it connects). {reason}",
    )


@dataclass(frozen=True)
class RouterStatus:
    """What the status bar shows: ``state`` (online, offline, syncing), how many offline
    actions wait to be sent, and the last connection error (empty once connected)."""

    state: str
    queue_length: int
    last_error: str
    changed_at: datetime

    @property
    def offline(self) -> bool:
        """Whether actions go to the local cache (offline or syncing)."""
        return self.state != ONLINE


Listener = Callable[[RouterStatus], None]


class _Unreachable(Exception):
    """The server connection could not be checked out (internal: routes to the cache)."""


def server_connect_args(timeout: float = CONNECT_TIMEOUT) -> dict[str, Any]:
    """libpq settings so that an absent server is noticed within ``timeout`` seconds: on
    connecting (``connect_timeout``, libpq's minimum is 2 s) and on a link that died
    under an open connection (unacknowledged data, keepalives)."""
    seconds = max(2, round(timeout))
    return {
        "connect_timeout": seconds,
        "tcp_user_timeout": seconds * 1000,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 2,
        "keepalives_count": 3,
    }


def _reader_engine(url: str) -> Engine:
    """An engine on the cache for the sync's reads: deferred transactions (a snapshot in
    WAL mode) that never take the write lock, so order entry is not held up."""
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA busy_timeout = 10000")
        dbapi_connection.execute("PRAGMA query_only = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class RoutingDatabase(Database):
    """The shop's server with this desk's local cache behind it (see the module text).

    ``engine``, ``url`` and ``dialect`` are the server's (the shop's database);
    ``engines`` names both so each reaches the desk's context.  ``cache`` holds facts
    about the database the current transaction works in (one dict per database)."""

    def __init__(
        self,
        url: str,
        cache_path: Path | str,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        clock: Clock = utc_now,
        **engine_kwargs: Any,
    ) -> None:
        connect_args = {
            **server_connect_args(connect_timeout),
            **engine_kwargs.pop("connect_args", {}),
        }
        self._tls = threading.local()
        self._server_cache: dict[str, Any] = {}
        super().__init__(url, connect_args=connect_args, **engine_kwargs)
        self.cache_path = Path(cache_path)
        cache_url = f"sqlite:///{self.cache_path.as_posix()}"
        self.local = Database(cache_url)
        upgrade(self.local)
        mark_local_engine(self.local.engine)
        event.listen(self.local.engine, "before_cursor_execute", self._on_local_statement)
        self.reader = _reader_engine(cache_url)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)
        self.clock = clock
        self._lock = threading.RLock()
        self._sync_lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._local_in_flight = 0
        with self.local.transaction() as s:
            queue = pending_count(s)
            self._cache_ready = s.scalar(select(Shop.id).limit(1)) is not None
        self._status = RouterStatus(ONLINE, queue, "", clock())

    # ------------------------------------------------------------------ Database API

    @property
    def cache(self) -> dict[str, Any]:
        """Facts about the database this thread's transaction works in (the server's, or
        the local cache's: e.g. the MAIN location's id is read once per database)."""
        target = getattr(self._tls, "target", None)
        if target is None:
            target = self.local if self._status.offline else self
        return self.local.cache if target is self.local else self._server_cache

    @cache.setter
    def cache(self, value: dict[str, Any]) -> None:
        self._server_cache = value

    @property
    def engines(self) -> tuple[Engine, Engine]:
        """The server's engine and the local cache's."""
        return (self.engine, self.local.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action on the server while online, else (or when the server cannot
        be reached now) in the local cache; see the module text for the guarantees."""
        with self._lock:  # the route and the in-flight count together (see finish_sync)
            local = self._status.offline
            if local:
                self._local_in_flight += 1
        if not local:
            try:
                with self._server_session() as s:
                    yield s
                return
            except _Unreachable as exc:
                self.go_offline(exc.__cause__ or exc)
            with self._lock:
                self._local_in_flight += 1
        with self._local_session() as s:
            yield s

    def dispose(self) -> None:
        """Close every connection (server, cache, the cache's reader)."""
        super().dispose()
        self.local.dispose()
        self.reader.dispose()

    # ------------------------------------------------------------------ explicit targets

    @contextmanager
    def server_transaction(self) -> Iterator[Session]:
        """A transaction on the server whatever the state (sync, refresh, conflicts);
        :class:`DatabaseUnavailable` when it cannot be reached."""
        try:
            with self._server_session() as s:
                yield s
        except _Unreachable as exc:
            cause = exc.__cause__ or exc
            self._note_error(cause)
            raise self._failure(cause) from None

    @contextmanager
    def read_local(self) -> Iterator[Session]:
        """A read-only snapshot of the local cache that never blocks order entry."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def _server_session(self) -> Iterator[Session]:
        previous = getattr(self._tls, "target", None)
        self._tls.target = self
        try:
            with Database.transaction(self) as s:
                try:
                    s.connection()  # checks the connection out (and pings it)
                except OperationalError as exc:
                    raise _Unreachable() from exc
                yield s
        finally:
            self._tls.target = previous

    @contextmanager
    def _local_session(self) -> Iterator[Session]:
        """A transaction in the cache; the caller has counted it in flight."""
        previous = (
            getattr(self._tls, "target", None),
            getattr(self._tls, "writes", None),
            getattr(self._tls, "queued", 0),
        )
        self._tls.target, self._tls.writes, self._tls.queued = self.local, set(), 0
        queued = 0
        try:
            if not self._cache_ready:
                raise CacheNotReady(reason=self._status.last_error)
            with self.local.transaction() as s:
                s.info["offline"] = True
                yield s
                s.flush()  # what the unit of work still holds is written (and seen) now
                _check_offline_writes(self._tls.writes)
                queued = self._tls.queued
        finally:
            self._tls.target, self._tls.writes, self._tls.queued = previous
            with self._lock:
                self._local_in_flight -= 1
        if queued:
            self._update(queue_delta=queued)

    def _on_local_statement(
        self,
        _conn: Any,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        _context: Any,
        executemany: bool,
    ) -> None:
        writes = getattr(self._tls, "writes", None)
        if writes is None or getattr(self._tls, "target", None) is not self.local:
            return
        found = _WRITE.match(statement)
        if found is None:
            return
        table = found.group(1).lower()
        writes.add(table)
        if table == "sync_outbox" and statement.lstrip()[:6].upper() == "INSERT":
            self._tls.queued += 1

    # ------------------------------------------------------------------ state

    def status(self) -> RouterStatus:
        """The current state, queue length and last error."""
        return self._status

    @property
    def state(self) -> str:
        """``online``, ``offline`` or ``syncing``."""
        return self._status.state

    @property
    def cache_ready(self) -> bool:
        """Whether the local cache holds a copy of the shop (refreshed at least once)."""
        return self._cache_ready

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(status)`` whenever the state, queue length or error change."""
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop telling ``listener``."""
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def _update(self, queue_delta: int = 0, **changes: Any) -> RouterStatus:
        with self._lock:
            old = self._status
            if queue_delta:
                changes["queue_length"] = old.queue_length + queue_delta
            new = replace(old, **changes)
            if (new.state, new.queue_length, new.last_error) == (
                old.state,
                old.queue_length,
                old.last_error,
            ):
                return old
            new = replace(new, changed_at=self.clock())
            self._status = new
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(new)
            except Exception:  # a screen's bug must not undo the user's action
                log.exception("desk router listener failed")
        return new

    def _failure(self, exc: BaseException) -> KnownError:
        if isinstance(exc, KnownError):
            return exc
        from merchant_app.services.desk_connection import connection_failure

        return connection_failure(self.url, exc)

    def _note_error(self, exc: BaseException) -> None:
        self._update(last_error=self._failure(exc).message)

    def go_offline(self, reason: BaseException | str = "") -> None:
        """Route to the local cache from now on (the server could not be reached)."""
        text = reason if isinstance(reason, str) else self._failure(reason).message
        self._update(state=OFFLINE, last_error=text or self._status.last_error)

    def set_queue_length(self, length: int) -> None:
        """Tell listeners the queue's new length (the sync does, as it sends)."""
        self._update(queue_length=length)

    def count_pending(self) -> int:
        """Count the queue in the cache (and tell listeners if it changed)."""
        with self.read_local() as s:
            length = pending_count(s)
        self._update(queue_length=length)
        return length

    def mark_cache_ready(self) -> None:
        """The cache now holds the shop (after a refresh)."""
        self._cache_ready = True

    def probe(self) -> bool:
        """Whether the server answers now.  A desk that was online and finds the server
        gone goes offline; coming back online is the sync's job (``services/sync.py``),
        so the queue is sent first."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            if self._status.state == ONLINE:
                self.go_offline(exc)
            else:
                self._note_error(exc)
            return False
        return True

    # ------------------------------------------------------------------ the sync's side

    def begin_sync(self) -> bool:
        """Enter ``syncing`` (actions go to the cache meanwhile); False when another
        sync is running."""
        if not self._sync_lock.acquire(blocking=False):
            return False
        self._update(state=SYNCING)
        return True

    def finish_sync(self, *, online: bool) -> bool:
        """Leave ``syncing``: back online only when the queue is empty and no offline
        transaction is in flight (returns False, still syncing, otherwise: the caller
        sends what came in and tries again); ``online=False`` goes offline."""
        with self._lock:
            if online:
                if self._local_in_flight:
                    return False
                with self.read_local() as s:
                    if pending_count(s):
                        return False
                self._update(state=ONLINE, queue_length=0, last_error="")
            else:
                self._update(state=OFFLINE)
        self._sync_lock.release()
        return True


def _check_offline_writes(writes: set[str] | None) -> None:
    """Refuse an offline transaction that changed data it did not queue for the server."""
    if writes and "sync_outbox" not in writes and not writes <= LOCAL_ONLY_WRITES:
        raise NeedsServer()


# ---------------------------------------------------------------------- opening a desk


def cache_path_for(settings: Settings) -> Path:
    """Where this desk keeps its local cache."""
    return settings.data_dir / CACHE_FILE


def open_desk_database(
    settings: Settings,
    keys: KeyStore | None = None,
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    refresh: bool = True,
) -> RoutingDatabase:
    """Open a server desk's database with its local cache: the server migrated and, when
    the cache has no copy of the shop yet, the copy made (``refresh``).  When the server
    cannot be reached the desk starts offline on its cache (:class:`CacheNotReady` if it
    has none); with offline actions still queued it also starts offline, so the queue is
    sent (``services/sync.py``) before anything else goes to the server."""
    from merchant_app.services.desk_connection import database_url_for

    url = database_url_for(settings, keys)
    router = RoutingDatabase(url, cache_path_for(settings), connect_timeout=connect_timeout)
    try:
        upgrade(router, backup_dir=None)
    except OperationalError as exc:
        if not router.cache_ready:
            router.dispose()
            raise CacheNotReady(reason=router._failure(exc).message) from None
        router.go_offline(exc)
        return router
    if router.count_pending():
        router.go_offline("")
    elif refresh and not router.cache_ready:
        from merchant_app.services.desk_cache import refresh_cache

        refresh_cache(router, settings.desk_id)
    return router


class ReconnectLoop:
    """A background thread that probes the server every ``interval`` seconds: when an
    offline desk's server answers it runs the sync (``services/sync.py``), and while
    online it refreshes the cache every ``refresh_every`` seconds so an outage finds a
    recent copy.  ``on_report`` receives each sync's report.  The GUI may instead call
    :func:`tick` from a timer through its task runner.  ``ctx.db`` is the router."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        interval: float = 5.0,
        refresh_every: float = 300.0,
        on_report: Callable[[Any], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.interval = interval
        self.refresh_every = refresh_every
        self.on_report = on_report
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_refresh = 0.0

    def start(self) -> None:
        """Start the thread (a daemon: it never keeps the app from quitting)."""
        self._thread = threading.Thread(target=self._run, name="desk-reconnect", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to stop and wait for it (a sync in progress stops between
        items)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import time

        while not self._stop.is_set():
            try:
                now = time.monotonic()
                due = now - self._last_refresh >= self.refresh_every
                report = tick(self.ctx, refresh=due, should_stop=self._stop.is_set)
                if due and report is not None:
                    self._last_refresh = now
                if report is not None and self.on_report is not None:
                    self.on_report(report)
            except KnownError as exc:  # shown through the router's status
                log.info("reconnect: %s", exc.message)
            except Exception:
                log.exception("reconnect loop failed")
            self._stop.wait(self.interval)


def tick(
    ctx: AppContext,
    *,
    refresh: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> Any:
    """One step of the reconnect loop: probe; an offline desk whose server answers
    syncs (returns the :class:`~merchant_app.services.sync.SyncReport`); an online desk
    refreshes its cache when ``refresh`` (returns the refresh report).  None when nothing
    was done."""
    router = ctx.db
    if not isinstance(router, RoutingDatabase) or not router.probe():
        return None
    if router.state == OFFLINE or router.status().queue_length:
        from merchant_app.services.sync import sync_now

        return sync_now(router, ctx, should_stop=should_stop)
    if refresh and router.state == ONLINE:
        from merchant_app.services.desk_cache import refresh_cache

        return refresh_cache(router, ctx.desk_id)
    return None
