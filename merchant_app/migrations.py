"""Schema migrations with Alembic, run automatically at start.

An existing SQLite file is copied (with SQLite's online backup API) into the data
folder's ``backups/`` before any migration touches it.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from merchant_app.database import Database


def migrations_dir() -> Path:
    """Where ``db/`` (the Alembic environment) is: beside the package, or in the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "db"
    return Path(__file__).resolve().parent.parent / "db"


def alembic_config(url: str) -> Config:
    """An Alembic configuration for ``url`` that needs no alembic.ini."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


def head_revision() -> str:
    """The newest revision the code knows."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite_file(db_path: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite database consistently (online backup API); returns the copy."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(db: Database, backup_dir: Path | None = None, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the pre-migration backup, if one was made."""
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup: Path | None = None
    url = make_url(db.url)
    if current is not None and url.drivername.startswith("sqlite") and backup_dir is not None:
        assert url.database
        backup = backup_sqlite_file(Path(url.database), backup_dir, f"before-{target}")
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return backup
