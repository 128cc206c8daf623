"""Restoring a backup, and undoing a restore.

The order of a restore is what makes it safe:

1. the backup is verified first; a damaged one is refused and nothing is touched;
2. (SQLite) the backup is copied beside the shop's database under a temporary name, so
   a full disk fails here, still before anything is touched;
3. the current database is checkpointed and switched out of WAL mode, which only
   succeeds when no other program has it open, then set aside as
   ``shop.sqlite3.before-restore-<stamp>`` (one self-contained file);
4. the copy takes the database's name, is opened and migrated forward (an older backup
   reaches the newest schema); the restore is audited in the restored database;
5. if opening or migrating fails, the restored file is removed and the set-aside file
   is put back.

The set-aside file is never deleted: :func:`undo_restore` puts it back (and keeps the
undone database aside as ``…undone-restore-<stamp>``).  PostgreSQL: the current schema is
first saved with ``pg_dump`` into the data folder (``before-restore-<stamp>.pgdump``),
then the backup replaces the app's tables in one transaction; a failure afterwards
replays the saved dump.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select, text

from merchant_app.clock import Clock, utc_now
from merchant_app.config import Settings
from merchant_app.database import Database
from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError, NotFound
from merchant_app.migrations import current_revision, upgrade
from merchant_app.models import Shop
from merchant_app.security.keystore import KeyStore, MemoryKeyStore
from merchant_app.services import audit
from merchant_app.services.backup_checks import VerifyReport, sha256_of, verify_file
from merchant_app.services.backup_files import fsync_dir, fsync_file
from merchant_app.services.backups import sqlite_path
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize

Progress = Callable[[int, int, str], None]
SET_ASIDE = ".before-restore-"
UNDONE = ".undone-restore-"
PG_SET_ASIDE = "before-restore-"
_STAMP = "%Y%m%d-%H%M%S"


class RestoreRefused(KnownError):
    """The backup was not restored; the shop's database is as it was."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The backup {name} was not restored: {reason} Nothing was changed."
    )


class DatabaseInUse(KnownError):
    """Another program (or another window of the app) has the database open."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The shop's database {path} is open in another program (is the app still running "
        "on this computer?). Close it and try again; nothing was changed.",
    )


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the previous database was kept (``None`` when there
    was none), the backup's schema revision and the one it was migrated to."""

    restored_from: Path
    set_aside: Path | None
    backup_revision: str
    revision: str
    shop_id: str
    shop_name: str

    @property
    def migrated(self) -> bool:
        """Whether the backup was older than the app and was migrated forward."""
        return self.backup_revision != self.revision


@dataclass(frozen=True)
class UndoResult:
    """What undoing a restore did: the database put back, and where the undone one is."""

    reinstated: Path
    kept_aside: Path | None


def _noop(_done: int, _total: int, _text: str = "") -> None:
    return None


def _stamp(clock: Clock) -> str:
    return clock().astimezone(UTC).strftime(_STAMP) + "Z"


def _unused(path: Path, suffix: str = "") -> Path:
    """``path`` + ``suffix``, or with ``-2``, ``-3`` … before the suffix when such a file
    exists (two restores in one second must not overwrite what the first set aside)."""
    candidate, n = path.with_name(path.name + suffix), 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}{suffix}")
    return candidate


def _order(path: Path) -> tuple[str, int]:
    """Sort key of a set-aside file: its stamp, then its counter."""
    match = re.search(r"(\d{8}-\d{6}Z)(?:-(\d+))?", path.name)
    if match is None:
        return ("", 0)
    return (match.group(1), int(match.group(2) or 1))


def _check_permission(current: AppContext | None, actor: Actor | None) -> None:
    if current is not None and actor is not None:
        with current.db.transaction() as s:
            authorize(s, actor, "backup.run")


def set_aside_files(settings: Settings) -> list[Path]:
    """The databases earlier restores set aside (newest first); undo puts back the first."""
    db_file = sqlite_path(settings.effective_database_url)
    if db_file is None:
        found = list(settings.data_dir.glob(f"{PG_SET_ASIDE}*.pgdump"))
    else:
        found = list(db_file.parent.glob(f"{db_file.name}{SET_ASIDE}*"))
        found = [p for p in found if not p.name.endswith(("-wal", "-shm", "-journal"))]
    return sorted(found, key=_order, reverse=True)


def quiesce_sqlite(db_file: Path) -> bool:
    """Fold the WAL into the file and leave WAL mode, so the file is complete on its own.
    Leaving WAL mode needs the only connection: otherwise :class:`DatabaseInUse`.
    Returns ``False`` when the database is too damaged for that (then it is set aside
    as it is, with its WAL beside it)."""
    try:
        conn = sqlite3.connect(db_file, timeout=2, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseInUse(path=str(db_file)) from exc
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseInUse(path=str(db_file)) from exc
        return False
    except sqlite3.DatabaseError:  # "malformed", "not a database": the reason to restore
        return False
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise DatabaseInUse(path=str(db_file))
    Path(f"{db_file}-shm").unlink(missing_ok=True)
    return True


_COMPANIONS = ("-wal", "-shm", "-journal")


def _remove_sqlite(db_file: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)


def _move_sqlite(source: Path, target: Path) -> None:
    """Rename a database file with the WAL and journal files that belong to it."""
    for suffix in _COMPANIONS:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(source, target)
    for suffix in _COMPANIONS:
        companion = Path(f"{source}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))


def _open_and_audit(
    url: str,
    settings: Settings,
    clock: Clock,
    keys: KeyStore | None,
    actor: Actor | None,
    actor_login: str,
    action: str,
    target: str,
    details: dict[str, object],
) -> tuple[str, str, str, str]:
    """Open the database now in place, migrate it, audit ``action`` in it; returns
    (revision before, revision after, shop id, shop name)."""
    db = Database(url)
    try:
        before = current_revision(db) or ""
        if not before:
            raise KnownError(QT_TRANSLATE_NOOP("Errors", "The file is not a database of this app."))
        upgrade(db)
        after = current_revision(db) or ""
        ctx = AppContext(db=db, keys=keys or MemoryKeyStore(), clock=clock)
        ctx.desk_id = settings.desk_id
        with db.transaction() as s:
            shop = s.scalars(select(Shop)).first()
            if shop is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The database holds no shop."))
            shop_id, shop_name = shop.id, shop.name
            audit.record(
                s,
                ctx,
                actor,
                action,
                target,
                {**details, "revision_before": before, "revision": after},
                actor_login=actor_login or None,
            )
        return before, after, shop_id, shop_name
    finally:
        db.dispose()


def _reason(exc: BaseException) -> str:
    return exc.message if isinstance(exc, KnownError) else f"{type(exc).__name__}: {exc}"


def restore_backup(
    backup: Path,
    settings: Settings,
    *,
    actor: Actor | None = None,
    actor_login: str = "",
    current: AppContext | None = None,
    keys: KeyStore | None = None,
    clock: Clock | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the shop's database (the one ``settings`` name) with ``backup``.

    With ``current`` (the open shop) and ``actor``, needs ``backup.run`` there, and the
    open connections are closed first: the caller must reopen the shop afterwards.  The
    backup is verified before anything is replaced (:class:`RestoreRefused` otherwise);
    the previous database is kept so :func:`undo_restore` can put it back.  The restore
    is audited (``backup.restore``) in the restored database once it has opened.
    """
    backup = Path(backup)
    progress = progress or _noop
    clock = clock or (current.clock if current is not None else utc_now)
    keys = keys or (current.keys if current is not None else None)
    _check_permission(current, actor)
    progress(0, 100, "verify")
    report_progress = progress

    def verifying(done: int, _total: int, text: str = "") -> None:
        report_progress(done * 6 // 10, 100, text)

    report = verify_file(backup, progress=verifying)
    if not report.ok:
        raise RestoreRefused(name=backup.name, reason=report.summary())
    db_file = sqlite_path(settings.effective_database_url)
    wanted = "sqlite" if db_file is not None else "postgresql"
    if report.engine != wanted:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {name} was not restored: it is of another kind of database "
                "than this shop uses. Nothing was changed.",
            ),
            name=backup.name,
        )
    if db_file is None:
        return _restore_postgres(
            backup, report, settings, actor, actor_login, current, keys, clock, progress
        )
    return _restore_sqlite(
        backup, report, db_file, settings, actor, actor_login, current, keys, clock, progress
    )


def _restore_sqlite(
    backup: Path,
    report: VerifyReport,
    db_file: Path,
    settings: Settings,
    actor: Actor | None,
    actor_login: str,
    current: AppContext | None,
    keys: KeyStore | None,
    clock: Clock,
    progress: Progress,
) -> RestoreResult:
    assert report.manifest is not None
    stamp = _stamp(clock)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    incoming = db_file.with_name(f".{db_file.name}.restoring-{stamp}")
    progress(60, 100, "copy")
    try:
        shutil.copyfile(backup, incoming)
        fsync_file(incoming)
        if sha256_of(incoming) != report.manifest.sha256:
            raise OSError("the copy differs from the backup (disk error?)")
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise RestoreRefused(name=backup.name, reason=f"{exc.strerror or exc}.") from exc
    if current is not None:
        current.db.dispose()
    set_aside: Path | None = None
    try:
        if db_file.exists():
            quiesce_sqlite(db_file)
            set_aside = _unused(db_file.with_name(f"{db_file.name}{SET_ASIDE}{stamp}"))
            _move_sqlite(db_file, set_aside)
        else:
            _remove_sqlite(db_file)  # a stray -wal must not be applied to the backup
        os.replace(incoming, db_file)
        fsync_dir(db_file.parent)
    except BaseException:
        incoming.unlink(missing_ok=True)
        if set_aside is not None and not db_file.exists():
            _move_sqlite(set_aside, db_file)
        raise
    progress(90, 100, "migrate")
    try:
        before, after, shop_id, shop_name = _open_and_audit(
            settings.effective_database_url,
            settings,
            clock,
            keys,
            actor,
            actor_login,
            "backup.restore",
            backup.name,
            {"set_aside": set_aside.name if set_aside else None, "sha256": report.manifest.sha256},
        )
    except Exception as exc:
        _remove_sqlite(db_file)
        if set_aside is not None:
            _move_sqlite(set_aside, db_file)
            fsync_dir(db_file.parent)
        raise RestoreRefused(
            name=backup.name,
            reason=f"it could not be opened or migrated ({_reason(exc)}); the previous "
            "database was put back.",
        ) from exc
    progress(100, 100, "")
    return RestoreResult(backup, set_aside, before, after, shop_id, shop_name)


def _restore_postgres(
    backup: Path,
    report: VerifyReport,
    settings: Settings,
    actor: Actor | None,
    actor_login: str,
    current: AppContext | None,
    keys: KeyStore | None,
    clock: Clock,
    progress: Progress,
) -> RestoreResult:
    from merchant_app.services import backup_postgres as pg

    assert report.manifest is not None
    for name in ("pg_dump", "pg_restore", "psql"):
        pg.program(name)
    url = settings.effective_database_url
    db = current.db if current is not None else Database(url)
    try:
        with db.engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        if report.manifest.pg_schema and report.manifest.pg_schema != schema:
            raise RestoreRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup {name} was not restored: it is of the database schema "
                    "{found}, and this shop uses {expected}. Nothing was changed.",
                ),
                name=backup.name,
                found=report.manifest.pg_schema,
                expected=schema,
            )
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        stamp = _stamp(clock)
        set_aside = _unused(settings.data_dir / f"{PG_SET_ASIDE}{stamp}", ".pgdump")
        progress(60, 100, "set aside")
        has_tables = _has_app_tables(db)
        if has_tables:
            tmp = set_aside.with_name(f".{set_aside.name}.partial")
            try:
                pg.dump(db, tmp)
                fsync_file(tmp)
                os.replace(tmp, set_aside)
            finally:
                tmp.unlink(missing_ok=True)
    finally:
        db.dispose()
    progress(75, 100, "restore")
    pg.restore(url, backup, schema, settings.data_dir)
    progress(90, 100, "migrate")
    try:
        _check_counts(url, report.manifest.row_counts)
        before, after, shop_id, shop_name = _open_and_audit(
            url,
            settings,
            clock,
            keys,
            actor,
            actor_login,
            "backup.restore",
            backup.name,
            {"set_aside": set_aside.name if has_tables else None},
        )
    except Exception as exc:
        if has_tables:
            pg.restore(url, set_aside, schema, settings.data_dir)
        raise RestoreRefused(
            name=backup.name,
            reason=f"it could not be opened or migrated ({_reason(exc)}); the previous "
            "database was put back.",
        ) from exc
    progress(100, 100, "")
    return RestoreResult(
        backup, set_aside if has_tables else None, before, after, shop_id, shop_name
    )


def _has_app_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_name = 'alembic_version'"
                )
            ).scalar_one()
        )


def _check_counts(url: str, expected: Mapping[str, int]) -> None:
    """The restored tables hold the rows the manifest counted."""
    from sqlalchemy import table

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            for name, want in expected.items():
                have = conn.execute(select(func.count()).select_from(table(name))).scalar_one()
                if have != want:
                    raise KnownError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Table {table} has {found} rows; the manifest says {expected}.",
                        ),
                        table=name,
                        found=have,
                        expected=want,
                    )
    finally:
        db.dispose()


def undo_restore(
    settings: Settings,
    *,
    actor: Actor | None = None,
    actor_login: str = "",
    current: AppContext | None = None,
    keys: KeyStore | None = None,
    clock: Clock | None = None,
) -> UndoResult:
    """Put back the database the latest restore set aside; the database it replaces is
    kept aside in turn (nothing is deleted).  Audited as ``backup.undo_restore`` in the
    database put back.  :class:`NotFound` when there is no restore to undo."""
    clock = clock or (current.clock if current is not None else utc_now)
    keys = keys or (current.keys if current is not None else None)
    _check_permission(current, actor)
    candidates = set_aside_files(settings)
    if not candidates:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no restore to undo."))
    previous = candidates[0]
    stamp = _stamp(clock)
    db_file = sqlite_path(settings.effective_database_url)
    if db_file is None:
        return _undo_postgres(previous, settings, actor, actor_login, current, keys, clock)
    if current is not None:
        current.db.dispose()
    kept: Path | None = None
    if db_file.exists():
        quiesce_sqlite(db_file)
        kept = _unused(db_file.with_name(f"{db_file.name}{UNDONE}{stamp}"))
        _move_sqlite(db_file, kept)
    else:
        _remove_sqlite(db_file)
    _move_sqlite(previous, db_file)
    fsync_dir(db_file.parent)
    try:
        _open_and_audit(
            settings.effective_database_url,
            settings,
            clock,
            keys,
            actor,
            actor_login,
            "backup.undo_restore",
            previous.name,
            {"kept_aside": kept.name if kept else None},
        )
    except Exception:
        _move_sqlite(db_file, previous)  # back where it was found; nothing is lost
        if kept is not None:
            _move_sqlite(kept, db_file)
        raise
    return UndoResult(db_file, kept)


def _undo_postgres(
    previous: Path,
    settings: Settings,
    actor: Actor | None,
    actor_login: str,
    current: AppContext | None,
    keys: KeyStore | None,
    clock: Clock,
) -> UndoResult:
    from merchant_app.services import backup_postgres as pg

    url = settings.effective_database_url
    db = current.db if current is not None else Database(url)
    try:
        with db.engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        kept = _unused(settings.data_dir / f"undone-restore-{_stamp(clock)}", ".pgdump")
        tmp = kept.with_name(f".{kept.name}.partial")
        try:
            pg.dump(db, tmp)
            os.replace(tmp, kept)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        db.dispose()
    pg.restore(url, previous, schema, settings.data_dir)
    reinstated = previous.with_name(previous.name.replace(PG_SET_ASIDE, "reinstated-", 1))
    os.replace(previous, reinstated)
    _open_and_audit(
        url,
        settings,
        clock,
        keys,
        actor,
        actor_login,
        "backup.undo_restore",
        previous.name,
        {"kept_aside": kept.name},
    )
    return UndoResult(reinstated, kept)
