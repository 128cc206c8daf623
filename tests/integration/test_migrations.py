"""Migrations: from empty and from the first revision, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from merchant_app.database import Database
from merchant_app.migrations import current_revision, head_revision, upgrade
from merchant_app.models import Base
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import audit, auth, shop
from merchant_app.services.context import AppContext


def test_upgrade_from_empty_matches_the_models(db_url: str) -> None:
    db = Database(db_url)
    assert current_revision(db) is None
    assert upgrade(db) is None  # nothing to back up in an empty database
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "models and migrations disagree; write a migration"
    db.dispose()


def test_upgrade_from_the_first_revision_keeps_data(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    upgrade(db, revision="0001")
    now = datetime(2026, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO shop (id, name, address, currency, locale, is_demo, created_at) "
                "VALUES ('s1', 'Old Shop', '', 'CNY', 'zh_CN', false, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO desk (id, code, name, created_at) VALUES ('d1', 'D01', 'Desk 1', :t)"
            ),
            {"t": now},
        )
    backup = upgrade(db, backup_dir=tmp_path / "backups")
    assert current_revision(db) == head_revision()
    if db.dialect == "sqlite":
        assert backup is not None and backup.exists()
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT name FROM shop").fetchone() == ("Old Shop",)
    ctx = AppContext(db=db, keys=MemoryKeyStore())
    info, desk = shop.open_shop(ctx, "d1")
    assert (info.name, desk.code) == ("Old Shop", "D01")
    # the audit chain starts cleanly on a migrated database
    assert audit.verify_chain(ctx).ok
    db.dispose()


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.dispose()


def test_database_file_holds_no_password_verifier(tmp_path: Path) -> None:
    from tests.factories import make_shop

    world = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    world.add_user("clara", "Sales clerk")
    auth.change_password(world.ctx, world.owner, "owner-pass-1", "new-owner-pass")
    world.ctx.db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("shop.sqlite3*"))
    assert b"$argon2" not in raw and b"owner-pass-1" not in raw and b"new-owner-pass" not in raw
    assert b"clara" in raw  # the check does read the data


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "merchant_app", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_db_upgrade_and_current(tmp_path: Path) -> None:
    result = run_cli("db", "upgrade", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert head_revision() in result.stdout
    result = run_cli("db", "current", "--data-dir", str(tmp_path))
    assert result.stdout.startswith(head_revision())


def test_cli_fails_with_one_line_reason(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    result = run_cli("db", "upgrade", "--data-dir", str(tmp_path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "settings file" in lines[0], result.stderr


def test_cli_demo_then_audit_verify_detects_tampering(tmp_path: Path) -> None:
    env_demo = run_cli("demo", "--orders", "20", "--data-dir", str(tmp_path))
    assert env_demo.returncode == 0, env_demo.stderr
    ok = run_cli("audit", "verify", "--data-dir", str(tmp_path))
    assert ok.returncode == 0 and "intact" in ok.stdout
    with sqlite3.connect(tmp_path / "shop.sqlite3") as conn:
        conn.execute("UPDATE audit_entry SET details = '{\"x\": 1}' WHERE seq = 4")
    bad = run_cli("audit", "verify", "--data-dir", str(tmp_path))
    assert bad.returncode == 3 and "entry 4" in bad.stderr


@pytest.mark.parametrize("extra", [[], ["--force"]])
def test_cli_demo_is_repeatable(tmp_path: Path, extra: list[str]) -> None:
    assert run_cli("demo", "--orders", "20", "--data-dir", str(tmp_path)).returncode == 0
    again = run_cli("demo", "--orders", "20", "--data-dir", str(tmp_path), *extra)
    assert again.returncode == 0, again.stderr
