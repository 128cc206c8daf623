"""Backups and restore on real SQLite files (and PostgreSQL when its tools are here):
create, verify, list, retention, schedule, restore and undo; damaged backups are refused
with a reason and replace nothing; an older-schema backup restores and migrates."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.config import Settings, load_settings, save_settings
from merchant_app.database import Database
from merchant_app.errors import Conflict, NotFound, NotPermitted
from merchant_app.migrations import head_revision, upgrade
from merchant_app.models import AuditEntry, SalesOrder
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import auth, backup_restore, backups, orders, shop
from merchant_app.services.backup_checks import verify_file
from merchant_app.services.backup_files import (
    STATUS_DAMAGED,
    STATUS_OK,
    STATUS_UNVERIFIED,
    backup_name,
    list_backups,
    manifest_path,
    parse_name,
)
from merchant_app.services.backup_retention import (
    RetentionPolicy,
    apply_retention,
    select_for_deletion,
)
from merchant_app.services.backup_schedule import (
    BackupPolicy,
    backup_due,
    policy_from_settings,
    run_due_backup,
    settings_with_policy,
)
from merchant_app.services.context import AppContext
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def world(data_dir: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{(data_dir / 'shop.sqlite3').as_posix()}")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir)


def place_orders(world: ShopWorld, count: int) -> None:
    product = world.ctx.db.cache.get("test-product")
    if product is None:
        product = add_product(world, f"SKU-{os.urandom(3).hex()}")
        put_stock(world, product, main_location(world), 1000)
        world.ctx.db.cache["test-product"] = product
    draft = orders.OrderDraft(
        lines=(orders.LineInput(product, 2),), customer_name="Ann", customer_phone="13800138000"
    )
    for _ in range(count):
        orders.place_order(world.ctx, world.owner, draft)


def order_count(url_or_path: str | Path) -> int:
    url = url_or_path if isinstance(url_or_path, str) else f"sqlite:///{url_or_path.as_posix()}"
    db = Database(url)
    try:
        with db.transaction() as s:
            return int(s.scalar(select(func.count()).select_from(SalesOrder)) or 0)
    finally:
        db.dispose()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and its checksum (to show nothing was replaced)."""
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def make_backup(world: ShopWorld, folder: Path, kind: str = "manual") -> backups.BackupInfo:
    info = backups.create_backup(world.ctx, world.owner, folder, kind=kind)
    world.clock.advance(seconds=1)
    return info


# ------------------------------------------------------------------------------ create


def test_backup_is_written_verified_and_described_by_its_manifest(
    world: ShopWorld, tmp_path: Path
) -> None:
    place_orders(world, 3)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "usb"
    info = backups.create_backup(
        world.ctx, world.owner, out, progress=lambda d, t, _x="": seen.append((d, t))
    )
    assert info.status == STATUS_OK and info.kind == "manual"
    assert info.path.parent == out and info.path.suffix == ".sqlite3"
    parsed = parse_name(info.name)
    assert parsed is not None and parsed.created_at == world.clock() and parsed.kind == "manual"
    assert sorted(p.name for p in out.iterdir()) == [info.name, info.name + ".manifest.json"]
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    current = shop.get_shop(world.ctx)
    assert current is not None and manifest["shop_id"] == current.id == info.shop_id
    assert manifest["schema_revision"] == head_revision()
    assert manifest["sha256"] == sha(info.path)
    assert manifest["size"] == info.path.stat().st_size
    assert manifest["row_counts"]["sales_order"] == 3
    with closing(sqlite3.connect(info.path)) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert (
            copy.execute("SELECT count(*) FROM order_line").fetchone()[0]
            == (manifest["row_counts"]["order_line"])
        )
    assert seen[-1] == (100, 100)
    with world.ctx.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.create")).one()
        assert entry.target == info.name and entry.actor_login == "owner"


def test_backup_needs_the_permission_and_leaves_nothing(world: ShopWorld, tmp_path: Path) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        backups.create_backup(world.ctx, clerk, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_failed_copy_leaves_no_file_that_looks_like_a_backup(
    world: ShopWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"

    def disk_full(_source: Path, target: Path, *_args: object, **_kw: object) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_sqlite", disk_full)
    with pytest.raises(backups.BackupFailed) as failed:
        backups.create_backup(world.ctx, world.owner, out)
    assert "No space left on device" in failed.value.message
    assert list(out.iterdir()) == []


def test_two_backups_in_the_same_second_get_different_names(
    world: ShopWorld, tmp_path: Path
) -> None:
    first = backups.create_backup(world.ctx, world.owner, tmp_path)
    second = backups.create_backup(world.ctx, world.owner, tmp_path)
    assert first.name != second.name
    assert [b.name for b in list_backups(tmp_path)] == [second.name, first.name]


def test_only_one_backup_at_a_time(world: ShopWorld, tmp_path: Path) -> None:
    assert backups._busy.acquire(blocking=False)
    try:
        with pytest.raises(Conflict):
            backups.create_backup(world.ctx, world.owner, tmp_path)
    finally:
        backups._busy.release()


# ------------------------------------------------------------------------------ verify


def test_a_sound_backup_verifies_and_the_check_is_audited(world: ShopWorld, tmp_path: Path) -> None:
    place_orders(world, 2)
    info = make_backup(world, tmp_path)
    report = backups.verify_backup(world.ctx, world.owner, info.path)
    assert report.ok and report.problems == () and report.row_counts["sales_order"] == 2
    assert not report.needs_migration
    with world.ctx.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.verify")).one()
        assert json.loads(entry.details)["ok"] is True


def flip_bytes(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        original = fh.read(16)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in original))


def damage_flipped(path: Path) -> None:
    flip_bytes(path, path.stat().st_size // 2)


def damage_truncated(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 3)


def damage_manifest_counts(path: Path) -> None:
    mf = manifest_path(path)
    data = json.loads(mf.read_text(encoding="utf-8"))
    data["row_counts"]["sales_order"] += 5
    mf.write_text(json.dumps(data), encoding="utf-8")


def damage_no_manifest(path: Path) -> None:
    manifest_path(path).unlink()


def damage_manifest_garbage(path: Path) -> None:
    manifest_path(path).write_text("{not json", encoding="utf-8")


def damage_header(path: Path) -> None:
    flip_bytes(path, 0)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (damage_flipped, "checksum does not match"),
        (damage_truncated, "bytes; when it was made it had"),
        (damage_manifest_counts, "Table sales_order has 4 rows; the manifest says 9."),
        (damage_no_manifest, "is missing"),
        (damage_manifest_garbage, "cannot be read"),
        (damage_header, "not a SQLite database"),
    ],
)
def test_a_damaged_backup_is_refused_with_a_reason_and_nothing_is_replaced(
    world: ShopWorld, tmp_path: Path, settings: Settings, damage: object, expected: str
) -> None:
    place_orders(world, 4)
    info = make_backup(world, tmp_path / "out")
    place_orders(world, 1)
    damage(info.path)  # type: ignore[operator]
    report = verify_file(info.path)
    assert not report.ok
    assert any(expected in p.text for p in report.problems), report.summary()
    world.ctx.db.dispose()
    before = folder_state(settings.data_dir)
    with pytest.raises(backup_restore.RestoreRefused) as refused:
        backup_restore.restore_backup(info.path, settings, actor=world.owner, current=world.ctx)
    assert expected in refused.value.message and "Nothing was changed" in refused.value.message
    world.ctx.db.dispose()
    assert folder_state(settings.data_dir) == before
    assert order_count(world.ctx.db.url) == 5


def test_integrity_check_finds_damage_the_manifest_cannot_see(
    world: ShopWorld, tmp_path: Path
) -> None:
    place_orders(world, 30)
    info = make_backup(world, tmp_path)
    page_size = 4096
    with closing(sqlite3.connect(info.path)) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sales_order'"
        ).fetchone()[0]
    flip_bytes(info.path, (root - 1) * page_size + 8)  # the table's root page header
    manifest_path(info.path).unlink()  # no checksum to lean on
    report = verify_file(info.path)
    assert not report.ok
    assert any(
        "integrity check failed" in p.text or "cannot be read as a database" in p.text
        for p in report.problems
    ), report.summary()


def test_a_backup_from_a_newer_app_is_refused(world: ShopWorld, tmp_path: Path) -> None:
    info = make_backup(world, tmp_path)
    with closing(sqlite3.connect(info.path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    mf = manifest_path(info.path)
    data = json.loads(mf.read_text(encoding="utf-8"))
    data.update(sha256=sha(info.path), size=info.path.stat().st_size, schema_revision="9999")
    mf.write_text(json.dumps(data), encoding="utf-8")
    report = verify_file(info.path)
    assert [p.text for p in report.problems] == [
        "The backup was made by a newer version of the app (schema revision 9999); update "
        "the app before restoring it."
    ]


# -------------------------------------------------------------------------------- list


def test_list_shows_date_size_and_status_newest_first(world: ShopWorld, tmp_path: Path) -> None:
    out = tmp_path / "out"
    old = make_backup(world, out, "daily")
    world.clock.advance(days=1)
    damaged = make_backup(world, out)
    world.clock.advance(days=1)
    resized = make_backup(world, out)
    world.clock.advance(days=1)
    bare = make_backup(world, out, "daily")
    (out / "notes.txt").write_text("not a backup", encoding="utf-8")
    (out / f".{bare.name}.partial").write_bytes(b"half")
    damage_flipped(damaged.path)
    verify_file(damaged.path)
    with open(resized.path, "ab") as fh:
        fh.write(b"x")
    manifest_path(bare.path).unlink()

    listed = list_backups(out)
    assert [b.name for b in listed] == [bare.name, resized.name, damaged.name, old.name]
    assert [b.status for b in listed] == [
        STATUS_UNVERIFIED,
        STATUS_DAMAGED,
        STATUS_DAMAGED,
        STATUS_OK,
    ]
    assert listed[3].size == old.path.stat().st_size and listed[3].created_at == old.created_at
    assert listed[2].problems and "checksum" in listed[2].problems[0]
    # another shop's backups in the same folder are left out when asked for one shop
    stranger = out / backup_name("Other", "0" * 32, world.clock(), "manual", "sqlite")
    shutil.copyfile(old.path, stranger)
    assert stranger.name not in [b.name for b in list_backups(out, old.shop_id)]
    assert stranger.name in [b.name for b in list_backups(out)]
    assert list_backups(tmp_path / "missing") == []


# --------------------------------------------------------------------------- retention


def daily_names(start: datetime, days: int) -> list[tuple[str, datetime]]:
    return [
        (backup_name("Shop", "ab" * 16, start + timedelta(days=i), "daily", "sqlite"),
         start + timedelta(days=i))
        for i in range(days)
    ]  # fmt: skip


def test_retention_keeps_daily_weekly_and_monthly_backups() -> None:
    # one daily backup at 01:00 UTC from Thursday 1 January to Tuesday 31 March 2026
    backups_ = daily_names(datetime(2026, 1, 1, 1, tzinfo=UTC), 90)
    manual_at = datetime(2026, 1, 2, 12, tzinfo=UTC)
    manual = backup_name("Shop", "ab" * 16, manual_at, "manual", "sqlite")
    foreign = ("holiday-photos.sqlite3", manual_at)
    doomed = select_for_deletion(
        [*backups_, (manual, manual_at), foreign], RetentionPolicy(7, 4, 12), tz=UTC
    )
    kept_days = {25, 26, 27, 28, 29, 30, 31}  # March: 7 daily
    kept_days |= {22, 15}  # the newest of the ISO weeks before (29 March is kept already)
    kept = {
        name
        for name, at in backups_
        if (at.month == 3 and at.day in kept_days)
        or (at.month, at.day) in {(2, 28), (1, 31)}  # the newest of January and February
    }
    assert set(doomed) == {name for name, _ in backups_} - kept
    assert manual not in doomed and foreign[0] not in doomed
    assert doomed == sorted(doomed, key=lambda n: dict(backups_)[n])  # oldest first


def test_retention_protects_what_it_is_told_and_zero_keeps_nothing_else() -> None:
    backups_ = daily_names(datetime(2026, 1, 1, 1, tzinfo=UTC), 5)
    names = [n for n, _ in backups_]
    doomed = select_for_deletion(backups_, RetentionPolicy(0, 0, 0), protect={names[2]}, tz=UTC)
    assert doomed == [names[0], names[1], names[3], names[4]]


def test_pruning_never_deletes_the_newest_good_backup(world: ShopWorld, tmp_path: Path) -> None:
    made = []
    for _ in range(3):
        made.append(make_backup(world, tmp_path, "daily"))
        world.clock.advance(days=1)
    damage_flipped(made[2].path)
    verify_file(made[2].path)  # the newest is damaged: the one before is the newest good
    deleted = apply_retention(tmp_path, made[0].shop_id, RetentionPolicy(0, 0, 0), tz=UTC)
    assert deleted == [made[0].name, made[2].name]
    assert [b.name for b in list_backups(tmp_path)] == [made[1].name]
    assert not manifest_path(made[0].path).exists()


# ---------------------------------------------------------------------------- schedule


def test_backup_is_due_once_a_day_after_the_set_time() -> None:
    policy = BackupPolicy(Path("/x"), at=time(18, 0))
    day = datetime(2026, 3, 10, tzinfo=UTC)
    at = lambda h, m=0, d=0: day + timedelta(days=d, hours=h, minutes=m)  # noqa: E731
    assert backup_due(None, at(9), policy, UTC)
    assert not backup_due(at(19, d=-1), at(17, 59), policy, UTC)
    assert backup_due(at(19, d=-1), at(18, 0), policy, UTC)
    assert backup_due(at(17, d=-1), at(9), policy, UTC)  # yesterday's was missed
    assert not backup_due(at(18, 10), at(23), policy, UTC)
    assert not backup_due(None, at(9), BackupPolicy(Path("/x"), enabled=False), UTC)
    midnight = BackupPolicy(Path("/x"), at=time(0, 0))
    plus8 = timezone(timedelta(hours=8))  # days begin at 16:00 UTC there
    assert not backup_due(at(17, d=-1), at(15), midnight, plus8)
    assert backup_due(at(17, d=-1), at(16, 30), midnight, plus8)


def test_schedule_settings_round_trip_through_the_settings_file(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir)
    default = policy_from_settings(settings)
    assert default.folder == data_dir / "backups" and default.enabled
    assert default.keep == RetentionPolicy(7, 4, 12)
    chosen = BackupPolicy(
        data_dir / "usb", enabled=False, at=time(21, 30), keep=RetentionPolicy(3, 2, 1)
    )
    save_settings(settings_with_policy(settings, chosen))
    assert policy_from_settings(load_settings(data_dir)) == chosen
    broken = Settings(data_dir=data_dir, extra={"backup.time": "25:99", "backup.keep_daily": "x"})
    assert policy_from_settings(broken).at == time(0, 0)
    assert policy_from_settings(broken).keep.daily == 7


def test_scheduled_backup_runs_when_due_and_prunes(world: ShopWorld, tmp_path: Path) -> None:
    policy = BackupPolicy(tmp_path / "out", at=time(8, 0), keep=RetentionPolicy(1, 0, 0))
    first = run_due_backup(world.ctx, policy, tz=UTC)
    assert first is not None and first.backup.kind == "daily" and first.pruned == ()
    world.clock.advance(hours=2)
    assert run_due_backup(world.ctx, policy, tz=UTC) is None
    world.clock.advance(days=1)
    second = run_due_backup(world.ctx, policy, tz=UTC)
    assert second is not None and second.pruned == (first.backup.name,)
    assert [b.name for b in list_backups(policy.folder)] == [second.backup.name]
    with world.ctx.db.transaction() as s:
        actions = s.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.actor_login == "scheduler")
            .order_by(AuditEntry.seq)
        ).all()
    assert actions == ["backup.create", "backup.create", "backup.prune"]


# ----------------------------------------------------------------------------- restore


def test_restore_replaces_the_data_keeps_the_old_file_and_can_be_undone(
    world: ShopWorld, tmp_path: Path, settings: Settings
) -> None:
    place_orders(world, 3)
    info = make_backup(world, tmp_path / "out")
    place_orders(world, 4)
    db_file = settings.data_dir / "shop.sqlite3"
    result = backup_restore.restore_backup(
        info.path, settings, actor=world.owner, current=world.ctx
    )
    assert order_count(db_file) == 3
    assert result.set_aside is not None and result.set_aside.name.startswith(
        "shop.sqlite3.before-restore-"
    )
    assert order_count(result.set_aside) == 7
    assert not result.migrated and result.revision == head_revision()
    with world.ctx.db.transaction() as s:  # the engine reconnects: to the restored file
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (entry.action, entry.target, entry.actor_login) == (
            "backup.restore",
            info.name,
            "owner",
        )
    world.ctx.db.dispose()

    undone = backup_restore.undo_restore(settings, actor=world.owner, current=world.ctx)
    assert order_count(db_file) == 7
    assert undone.kept_aside is not None and order_count(undone.kept_aside) == 3
    assert not result.set_aside.exists()
    with pytest.raises(NotFound):
        backup_restore.undo_restore(settings)
    assert auth.authenticate(world.ctx, "owner", OWNER_PASSWORD).login == "owner"


def test_restore_twice_in_one_second_keeps_both_set_aside_files(
    world: ShopWorld, tmp_path: Path, settings: Settings
) -> None:
    info = make_backup(world, tmp_path / "out")
    world.ctx.db.dispose()
    first = backup_restore.restore_backup(info.path, settings, clock=world.clock)
    second = backup_restore.restore_backup(info.path, settings, clock=world.clock)
    assert first.set_aside and second.set_aside and first.set_aside != second.set_aside
    assert first.set_aside.exists() and second.set_aside.exists()
    assert backup_restore.set_aside_files(settings)[0] == second.set_aside


def test_restore_is_refused_while_another_program_has_the_database_open(
    world: ShopWorld, tmp_path: Path, settings: Settings
) -> None:
    info = make_backup(world, tmp_path / "out")
    place_orders(world, 2)
    world.ctx.db.dispose()
    other = sqlite3.connect(settings.data_dir / "shop.sqlite3")
    other.execute("SELECT count(*) FROM sales_order").fetchone()
    try:
        with pytest.raises(backup_restore.DatabaseInUse):
            backup_restore.restore_backup(info.path, settings)
    finally:
        other.close()
    assert order_count(world.ctx.db.url) == 2
    assert [p.name for p in settings.data_dir.iterdir() if "restor" in p.name] == []


def test_a_damaged_current_database_is_set_aside_as_it_is(
    world: ShopWorld, tmp_path: Path, settings: Settings
) -> None:
    place_orders(world, 2)
    info = make_backup(world, tmp_path / "out")
    world.ctx.db.dispose()
    db_file = settings.data_dir / "shop.sqlite3"
    with open(db_file, "r+b") as fh:  # the header is gone: SQLite cannot open it
        fh.write(b"\x00" * 100)
    damaged = sha(db_file)
    result = backup_restore.restore_backup(info.path, settings, actor_login="command-line")
    assert order_count(db_file) == 2
    assert result.set_aside is not None and sha(result.set_aside) == damaged


def test_a_restore_that_cannot_migrate_puts_the_old_database_back(
    world: ShopWorld, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = make_backup(world, tmp_path / "out")
    place_orders(world, 2)
    world.ctx.db.dispose()

    def broken_upgrade(_db: Database, *_a: object, **_k: object) -> None:
        raise RuntimeError("migration exploded")

    monkeypatch.setattr(backup_restore, "upgrade", broken_upgrade)
    with pytest.raises(backup_restore.RestoreRefused) as refused:
        backup_restore.restore_backup(info.path, settings)
    assert "migration exploded" in refused.value.message
    assert "previous database was put back" in refused.value.message
    assert order_count(world.ctx.db.url) == 2
    assert sorted(p.name for p in settings.data_dir.iterdir()) == ["shop.sqlite3"]


def test_an_older_schema_backup_restores_and_migrates_forward(tmp_path: Path) -> None:
    old_db = Database(f"sqlite:///{(tmp_path / 'old' / 'shop.sqlite3').as_posix()}")
    upgrade(old_db, revision="0005")
    ctx = AppContext(db=old_db, keys=MemoryKeyStore(), clock=ManualClock())
    shop.create_shop(
        ctx,
        name="Old Shop",
        address="",
        currency="CNY",
        locale="zh_CN",
        owner_login="owner",
        owner_name="Olive",
        owner_password=OWNER_PASSWORD,
    )
    owner = auth.authenticate(ctx, "owner", OWNER_PASSWORD)
    info = backups.create_backup(ctx, owner, tmp_path / "out")
    old_db.dispose()
    report = verify_file(info.path)
    assert report.ok and report.schema_revision == "0005" and report.needs_migration
    new_computer = Settings(data_dir=tmp_path / "new")  # nothing there yet
    result = backup_restore.restore_backup(info.path, new_computer, actor_login="command-line")
    assert (result.backup_revision, result.revision) == ("0005", head_revision())
    assert result.migrated and result.set_aside is None and result.shop_name == "Old Shop"
    db = Database(new_computer.effective_database_url)
    try:
        with db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(SalesOrder)) == 0
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
            assert (entry.action, entry.actor_login) == ("backup.restore", "command-line")
            assert json.loads(entry.details)["revision_before"] == "0005"
    finally:
        db.dispose()


def test_restore_refuses_a_postgresql_archive_for_a_sqlite_shop(
    world: ShopWorld, tmp_path: Path, settings: Settings
) -> None:
    info = make_backup(world, tmp_path / "out")
    mf = manifest_path(info.path)
    data = json.loads(mf.read_text(encoding="utf-8"))
    data["engine"] = "postgresql"
    mf.write_text(json.dumps(data), encoding="utf-8")
    world.ctx.db.dispose()
    with pytest.raises(backup_restore.RestoreRefused):
        backup_restore.restore_backup(info.path, settings)


# -------------------------------------------------------------------------- PostgreSQL


def test_missing_postgresql_tools_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from merchant_app.services import backup_postgres

    monkeypatch.setattr(backup_postgres.shutil, "which", lambda _name: None)
    with pytest.raises(backup_postgres.ProgramMissing) as missing:
        backup_postgres.program("pg_dump")
    assert "“pg_dump” is not installed" in missing.value.message
    assert "postgresql-client" in missing.value.message


@pytest.fixture
def pg_tools() -> None:
    missing = [p for p in ("pg_dump", "pg_restore", "psql") if shutil.which(p) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI installs postgresql-client (dev.py), but {missing} are missing")
        pytest.skip(f"PostgreSQL client tools not installed: {missing}")


@pytest.mark.postgres
@pytest.mark.usefixtures("pg_tools")
def test_postgresql_backup_verify_restore_and_undo(pg_schema_url: str, tmp_path: Path) -> None:
    world = make_shop(pg_schema_url)
    try:
        place_orders(world, 3)
        info = make_backup(world, tmp_path / "out")
        assert info.path.suffix == ".pgdump" and info.status == STATUS_OK
        report = verify_file(info.path)
        assert report.ok and report.schema_revision == head_revision()
        assert report.shop_id == info.shop_id
        place_orders(world, 2)
        settings = Settings(data_dir=tmp_path / "data", database_url=pg_schema_url)
        result = backup_restore.restore_backup(
            info.path, settings, actor=world.owner, current=world.ctx
        )
        assert order_count(pg_schema_url) == 3
        assert result.set_aside is not None and result.set_aside.suffix == ".pgdump"
        with world.ctx.db.transaction() as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
            assert last.action == "backup.restore"
        undone = backup_restore.undo_restore(settings, actor=world.owner, current=world.ctx)
        assert order_count(pg_schema_url) == 5
        assert undone.kept_aside is not None and undone.kept_aside.exists()

        flip_bytes(info.path, info.path.stat().st_size // 2)
        with pytest.raises(backup_restore.RestoreRefused):
            backup_restore.restore_backup(info.path, settings, current=world.ctx)
        assert order_count(pg_schema_url) == 5
    finally:
        world.ctx.db.dispose()
