"""Engine and unit of work.

One :meth:`Database.transaction` is one user action: it commits when the block ends and
rolls back on any exception, so a failure (or a crash) never leaves half an action.
SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on; its write
transactions start with ``BEGIN IMMEDIATE`` so two writers queue instead of failing
half-way.  PostgreSQL runs the same code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from merchant_app.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable

BUSY_TIMEOUT_MS = 10_000


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


def _database_error(exc: OperationalError) -> DatabaseUnavailable:
    text = str(exc.orig).lower()
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


class Database:
    """The unit-of-work factory the services use."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Facts that never change once written (e.g. the MAIN location's id), kept for
        # the life of this connection to the database.
        self.cache: dict[str, Any] = {}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit at the end of the block, roll back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _database_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

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
