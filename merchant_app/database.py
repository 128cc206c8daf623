"""Engine and unit of work.

One :meth:`Database.transaction` is one user action: it commits when the block ends and
rolls back on any exception, so a failure (or a crash) never leaves half an action.
SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on; its write
transactions start with ``BEGIN IMMEDIATE`` so two writers queue instead of failing
half-way.  PostgreSQL runs the same code.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from merchant_app.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, InvalidInput

BUSY_TIMEOUT_MS = 10_000
# execution option of the connections :meth:`Database.reading` uses
READ_ONLY_OPTION = "merchant_read_only"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY_OPTION):
            conn.exec_driver_sql("BEGIN")  # a reader: takes no write lock
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the app's connection settings."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        url = str(parsed.set(drivername="postgresql+psycopg"))
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _read_only_file(path: Path | None) -> bool:
    """Whether the SQLite file at ``path`` (or its folder, where SQLite keeps the WAL and
    shared-memory files) cannot be written by this process: a read-only disk, or
    permissions.  SQLite reports that only as "unable to open database file"."""
    if path is None or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _database_error(exc: OperationalError, path: Path | None = None) -> DatabaseUnavailable:
    text = str(exc.orig).lower()
    if "unable to open" in text and _read_only_file(path):
        text = "readonly"
    if "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The database is busy with another desk's work. Try again in a moment."
        )
    elif "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The database is read-only, so nothing can be saved. Check the disk."
        )
    elif "full" in text or "no space" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The disk is full, so nothing was saved. Free some space and try again."
        )
    else:
        template = QT_TRANSLATE_NOOP("Errors", "The database cannot be reached: {reason}")
    return DatabaseUnavailable(template, reason=str(exc.orig))


def _value_error(exc: DataError) -> InvalidInput:
    """A value the database refused to store (PostgreSQL: a number beyond its column, text
    too long for its column or holding NUL).  The services check what people type; this
    is the last line, so that what slips through is a message and not a crash."""
    text = str(exc.orig).lower()
    if "out of range" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "A number is too large to be stored, so nothing was saved."
        )
    elif "0x00" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "A text holds a NUL character (code 0), which cannot be stored, so nothing was saved.",
        )
    elif "too long" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "A text is too long to be stored, so nothing was saved."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors", "A value cannot be stored ({reason}), so nothing was saved."
        )
    reason = (str(exc.orig).strip().splitlines() or [""])[0]
    return InvalidInput(template, reason=reason, field="")


class Database:
    """The unit-of-work factory the services use."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        database = self.engine.url.database if self.dialect == "sqlite" else None
        self._sqlite_path = (
            Path(database.removeprefix("file:").partition("?")[0])
            if database and database != ":memory:"
            else None
        )
        # Facts that never change once written (e.g. the MAIN location's id), kept for
        # the life of this connection to the database.
        self.cache: dict[str, Any] = {}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit at the end of the block, roll back on any error.  A
        database that cannot be written (busy, read-only, full) raises
        :class:`DatabaseUnavailable`; a value it refuses to store, :class:`InvalidInput`."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _database_error(exc, self._sqlite_path) from exc
        except DataError as exc:
            session.rollback()
            raise _value_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that only reads (reports, lists): one consistent snapshot, and on
        SQLite a plain ``BEGIN`` instead of ``BEGIN IMMEDIATE``, so a long report neither
        waits for nor holds up the desks that are writing.  Nothing may be written in it
        (SQLite would refuse a write that raced another desk's)."""
        with self.transaction() as session:
            session.connection(execution_options={READ_ONLY_OPTION: True})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def insert_ignore(session: Session, table: Any, values: dict[str, Any]) -> None:
    """INSERT that does nothing when the row exists (safe when two desks race to create
    the same row; the same statement on SQLite and PostgreSQL).  Per-transaction caches
    of the session (e.g. the shop settings) are dropped: the row may be one of theirs."""
    session.info.clear()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())
