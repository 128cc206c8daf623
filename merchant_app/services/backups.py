"""Backups (SAFE-2): make one of the live shop into any folder, verify one, list them.

SQLite: SQLite's online backup API copies the database in one step from a read
transaction, so the desk keeps placing orders meanwhile (in WAL mode a reader never
blocks the writer; a step-by-step copy would start again after every write).  The copy
is written under a hidden temporary name in the target folder, switched out of WAL mode
(one self-contained file), fsynced, checked (integrity check, foreign keys, row counts),
hashed, and only then given its final name, after its manifest; a crash or a full disk
never leaves a file that looks like a good backup.  PostgreSQL: ``pg_dump -Fc`` of the
app's schema (see :mod:`backup_postgres`).

Every backup is audited (``backup.create``), as is every verification from the window
(``backup.verify``); :func:`backup_checks.verify_file` and :func:`list_backups` need no
login (the command line verifies and lists without one).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from merchant_app import __version__
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, KnownError, NotFound
from merchant_app.models import Shop
from merchant_app.services import audit
from merchant_app.services.backup_checks import (
    VerifyReport,
    inspect_sqlite,
    sha256_of,
    verify_file,
)
from merchant_app.services.backup_files import (
    BackupInfo,
    Manifest,
    backup_name,
    describe,
    fsync_dir,
    fsync_file,
    list_backups,
    manifest_path,
    partial_path,
    shop_tag,
    write_durably,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize

Progress = Callable[[int, int, str], None]
COPY_METHODS = ("backup_api", "vacuum_into")
# Measured by bench/backup.py on a 1,000,000-order shop: see there.
DEFAULT_COPY_METHOD = "backup_api"
BUSY_TIMEOUT_S = 30.0

# One backup at a time in this process (the window's button and the scheduler share it).
_busy = threading.Lock()


class BackupFailed(KnownError):
    """The backup could not be written or did not pass its checks; nothing was kept."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be written to {folder}: {reason} Nothing was kept."
    )


@dataclass(frozen=True)
class ShopIdentity:
    """The shop a backup is of."""

    id: str
    name: str


def _noop(_done: int, _total: int, _text: str = "") -> None:
    return None


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (``None`` for another database)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def copy_sqlite(
    source: Path,
    target: Path,
    method: str = DEFAULT_COPY_METHOD,
    progress: Progress | None = None,
    share: tuple[int, int] = (0, 0),
) -> None:
    """Copy the live SQLite database ``source`` into the new file ``target``, consistently
    and in one step (``method``: the online backup API or ``VACUUM INTO``), as a single
    self-contained file (not in WAL mode), fsynced.  Progress is the copy's size against
    the source's (``share``: where in the task's 0..100 it goes)."""
    if method not in COPY_METHODS:
        raise ValueError(method)
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        page_size = src.execute("PRAGMA page_size").fetchone()[0]
        pages = src.execute("PRAGMA page_count").fetchone()[0]
        expected = max(int(page_size) * int(pages), 1)
        failure: list[BaseException] = []

        def work() -> None:
            try:
                if method == "vacuum_into":
                    src.execute("VACUUM INTO ?", (str(target),))
                    return
                dst = sqlite3.connect(target, check_same_thread=False)
                try:
                    dst.execute("PRAGMA journal_mode = OFF")  # a fresh file: nothing to undo
                    src.backup(dst, pages=-1)  # one step: never restarted by writers
                finally:
                    dst.close()
            except BaseException as exc:
                failure.append(exc)

        worker = threading.Thread(target=work, name="sqlite-backup", daemon=True)
        worker.start()
        start, width = share
        while worker.is_alive():
            worker.join(0.25)
            if progress is not None and width:
                try:
                    written = target.stat().st_size
                except OSError:
                    written = 0
                progress(start + width * min(written, expected) // expected, 100, "copy")
        if failure:
            raise failure[0]
    finally:
        src.close()
    dst = sqlite3.connect(target)
    try:
        dst.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm beside the copy
    finally:
        dst.close()
    fsync_file(target)


def shop_identity(ctx: AppContext, actor: Actor | None) -> ShopIdentity:
    """The shop in this database; with an actor, checks ``backup.run`` first."""
    with ctx.db.transaction() as s:
        if actor is not None:
            authorize(s, actor, "backup.run")
        shop = s.scalars(select(Shop)).first()
        if shop is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This database has no shop yet."))
        return ShopIdentity(shop.id, shop.name)


def _final_path(folder: Path, shop: ShopIdentity, at: datetime, kind: str, engine: str) -> Path:
    """A name no backup in ``folder`` has yet (two backups in one second: the next one
    is stamped a second later)."""
    for extra in range(3600):
        path = folder / backup_name(shop.name, shop.id, at + timedelta(seconds=extra), kind, engine)
        if not path.exists() and not manifest_path(path).exists():
            return path
    raise Conflict(QT_TRANSLATE_NOOP("Errors", "Too many backups in one hour in {folder}."))


def _clear_stale_partials(folder: Path, tag: str, older_than_s: float = 86_400) -> None:
    """Remove half-written files a crash left behind (a day old: not another desk's
    backup still being written)."""
    now = time.time()
    for path in folder.glob(f".*_{tag}_*.partial"):
        try:
            if now - path.stat().st_mtime > older_than_s:
                path.unlink()
        except OSError:
            continue


def create_backup(
    ctx: AppContext,
    actor: Actor,
    folder: Path,
    *,
    kind: str = "manual",
    progress: Progress | None = None,
    method: str = DEFAULT_COPY_METHOD,
) -> BackupInfo:
    """Back the shop up into ``folder`` (needs ``backup.run``); returns the new backup,
    verified.  The file appears under its final name only once it is complete and has
    passed its checks; on any failure nothing is left behind and :class:`BackupFailed`
    says why."""
    shop = shop_identity(ctx, actor)
    return write_backup(ctx, shop, Path(folder), kind, progress, method, actor, "")


def write_backup(
    ctx: AppContext,
    shop: ShopIdentity,
    folder: Path,
    kind: str,
    progress: Progress | None,
    method: str,
    actor: Actor | None,
    actor_login: str,
) -> BackupInfo:
    """Write one backup of ``shop`` and audit it as ``actor`` (or, for the scheduler,
    ``actor_login``); callers have checked who may do it."""
    progress = progress or _noop
    if not _busy.acquire(blocking=False):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "A backup is already being made."))
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupFailed(folder=str(folder), reason=f"{exc.strerror or exc}.") from exc
        engine = "postgresql" if ctx.db.dialect == "postgresql" else "sqlite"
        final = _final_path(folder, shop, ctx.clock(), kind, engine)
        tmp = partial_path(final)
        manifest_file = manifest_path(final)
        published = False
        try:
            _clear_stale_partials(folder, shop_tag(shop.id))
            manifest = _write_copy(ctx, shop, final, tmp, kind, engine, progress, method)
            write_durably(manifest_file, manifest.to_json().encode("utf-8"))
            os.replace(tmp, final)
            fsync_dir(folder)
            published = True
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise BackupFailed(folder=str(folder), reason=f"{reason}.") from exc
        finally:
            if not published:
                tmp.unlink(missing_ok=True)
                manifest_file.unlink(missing_ok=True)
                partial_path(manifest_file).unlink(missing_ok=True)
        with ctx.db.transaction() as s:
            audit.record(
                s,
                ctx,
                actor,
                "backup.create",
                final.name,
                {
                    "folder": str(folder),
                    "kind": kind,
                    "size": manifest.size,
                    "sha256": manifest.sha256,
                },
                actor_login=actor_login or None,
            )
        progress(100, 100, "")
        info = describe(final)
        assert info is not None
        return info
    finally:
        _busy.release()


def _write_copy(
    ctx: AppContext,
    shop: ShopIdentity,
    final: Path,
    tmp: Path,
    kind: str,
    engine: str,
    progress: Progress,
    method: str,
) -> Manifest:
    """Write the copy to ``tmp`` and check it; returns its manifest (verified)."""
    if engine == "postgresql":
        from merchant_app.services.backup_postgres import dump

        progress(0, 0, "dump")
        facts = dump(ctx.db, tmp)
        fsync_file(tmp)
        schema, revision, counts = facts.schema, facts.revision, facts.counts
        shop_id, shop_name = facts.shop_id, facts.shop_name
        digest = sha256_of(tmp)
    else:
        source = sqlite_path(ctx.db.url)
        assert source is not None
        copy_sqlite(source, tmp, method, progress, (0, 45))
        checked = inspect_sqlite(tmp, progress, 45)
        if checked.problems:
            raise BackupFailed(
                folder=str(final.parent),
                reason="; ".join(p.text for p in checked.problems),
            )
        schema, revision, counts = "", checked.revision, checked.counts
        shop_id, shop_name = checked.shop_id, checked.shop_name
        digest = sha256_of(tmp, progress, (95, 5))
    now = ctx.clock()
    return Manifest(
        engine=engine,
        file_name=final.name,
        kind=kind,
        shop_id=shop_id or shop.id,
        shop_name=shop_name or shop.name,
        schema_revision=revision,
        app_version=__version__,
        created_at=now,
        row_counts=counts,
        size=tmp.stat().st_size,
        sha256=digest,
        pg_schema=schema,
        verified_at=now,
        verified_ok=True,
    )


def verify_backup(
    ctx: AppContext, actor: Actor, path: Path, *, progress: Progress | None = None
) -> VerifyReport:
    """Verify a backup from the window (needs ``backup.run``); audited as
    ``backup.verify`` with its result.  The file is only read."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "backup.run")
    report = verify_file(Path(path), progress=progress, now=ctx.clock())
    with ctx.db.transaction() as s:
        audit.record(
            s,
            ctx,
            actor,
            "backup.verify",
            Path(path).name,
            {"ok": report.ok, "problems": [p.text for p in report.problems][:5]},
        )
    return report


__all__ = [
    "BackupFailed",
    "BackupInfo",
    "ShopIdentity",
    "VerifyReport",
    "copy_sqlite",
    "create_backup",
    "list_backups",
    "shop_identity",
    "verify_backup",
    "verify_file",
    "write_backup",
]
