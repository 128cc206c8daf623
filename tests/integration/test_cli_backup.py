"""``merchant-app backup create|list|verify|restore|undo-restore`` as subprocesses on a
demo shop: exit 0 when done, 1 for a damaged backup (printing what is wrong), 2 for a
refused action (one line), and a refused restore changes nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from merchant_app.config import DATABASE_FILE
from tests.integration.test_cli_products import run_cli


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    shop = tmp_path / "shop"
    made = run_cli("demo", "--products", "20", "--orders", "25", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    return shop


def orders_in(db_file: Path) -> int:
    with closing(sqlite3.connect(db_file)) as conn:
        return int(conn.execute("SELECT count(*) FROM sales_order").fetchone()[0])


def add_order_row(db_file: Path) -> None:
    """A change after the backup (a copy of an order under a new id and number)."""
    with closing(sqlite3.connect(db_file)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(sales_order)")]
        picked = ", ".join(
            "'copy-' || id" if c == "id" else "number || '-X'" if c == "number" else c
            for c in columns
        )
        conn.execute(
            f"INSERT INTO sales_order ({', '.join(columns)}) "
            f"SELECT {picked} FROM sales_order LIMIT 1"
        )
        conn.commit()


def test_create_list_verify_restore_and_undo(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb stick"
    db_file = shop / DATABASE_FILE
    made = run_cli("backup", "create", "--to", str(out), "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    files = sorted(out.glob("*.sqlite3"))
    assert len(files) == 1 and f"backup written: {files[0]}" in made.stdout
    backup = files[0]
    orders = orders_in(backup)

    listed = run_cli("backup", "list", "--to", str(out))
    assert listed.returncode == 0, listed.stderr
    assert backup.name in listed.stdout and " ok " in listed.stdout

    verified = run_cli("backup", "verify", str(backup))
    assert verified.returncode == 0, verified.stderr
    assert f"{backup.name}: ok" in verified.stdout and f"{orders} orders" in verified.stdout

    add_order_row(db_file)
    assert orders_in(db_file) == orders + 1
    restored = run_cli("backup", "restore", str(backup), "--data-dir", str(shop))
    assert restored.returncode == 0, restored.stderr
    assert "the previous database is kept as" in restored.stdout
    assert orders_in(db_file) == orders
    kept = sorted(shop.glob("shop.sqlite3.before-restore-*"))
    assert len(kept) == 1 and orders_in(kept[0]) == orders + 1

    undone = run_cli("backup", "undo-restore", "--data-dir", str(shop))
    assert undone.returncode == 0, undone.stderr
    assert orders_in(db_file) == orders + 1
    again = run_cli("backup", "undo-restore", "--data-dir", str(shop))
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        "merchant-app backup: There is no restore to undo."
    ]


def test_a_damaged_backup_fails_verify_and_is_not_restored(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("backup", "create", "--to", str(out), "--data-dir", str(shop)).returncode == 0
    backup = next(out.glob("*.sqlite3"))
    with open(backup, "r+b") as fh:  # truncate to half: a copy cut short
        fh.truncate(backup.stat().st_size // 2)
    verified = run_cli("backup", "verify", str(backup))
    assert verified.returncode == 1
    assert "checksum does not match" in verified.stderr
    assert f"{backup.name}: DAMAGED" in verified.stderr

    add_order_row(shop / DATABASE_FILE)  # the shop moved on since the backup
    orders = orders_in(shop / DATABASE_FILE)
    refused = run_cli("backup", "restore", str(backup), "--data-dir", str(shop))
    assert refused.returncode == 2
    assert "was not restored" in refused.stderr and "Nothing was changed." in refused.stderr
    assert orders_in(shop / DATABASE_FILE) == orders
    assert sorted(p.name for p in shop.iterdir() if "restor" in p.name) == []

    listed = run_cli("backup", "list", "--to", str(out))
    assert listed.returncode == 0 and " damaged " in listed.stdout
    missing = run_cli("backup", "verify", str(out / "nothing.sqlite3"))
    assert missing.returncode == 1 and "There is no file" in missing.stderr


def test_restore_onto_a_new_computer_needs_no_login(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("backup", "create", "--to", str(out), "--data-dir", str(shop)).returncode == 0
    backup = next(out.glob("*.sqlite3"))
    fresh = tmp_path / "new computer"
    restored = run_cli("backup", "restore", str(backup), "--data-dir", str(fresh))
    assert restored.returncode == 0, restored.stderr
    assert "previous database" not in restored.stdout
    assert orders_in(fresh / DATABASE_FILE) == orders_in(backup)
    usage = run_cli("backup", "create", "--data-dir", str(shop))
    assert usage.returncode == 2 and "--to" in usage.stderr
