"""Verifying a backup file: is it whole, is it what its manifest says, can it be restored?

SQLite copies get SQLite's own ``PRAGMA integrity_check`` and ``foreign_key_check``,
their main tables' row counts compared with the manifest, the file's SHA-256 and size
compared with the manifest, the shop's id, and a schema revision this version of the
app knows (an older one is fine: it is migrated forward on restore; a newer one is not).
PostgreSQL archives get the checksum, a readable table of contents holding every table
the manifest counted, and the revision read from the archive.

Verification opens the file read-only (SQLite's ``immutable`` mode: no lock files, works
on read-only media) and changes nothing but the manifest's record of the last result.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.services.backup_files import (
    MAIN_TABLES,
    Manifest,
    manifest_path,
    read_manifest,
    write_durably,
)

Progress = Callable[[int, int, str], None]
SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 4 * 2**20


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a backup: an English template (translated in the window in
    the ``Errors`` context) and its fields."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English sentence with its fields filled in."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


@dataclass(frozen=True)
class VerifyReport:
    """The result of verifying one backup: ``ok`` only when no problem was found.

    ``schema_revision``, ``shop_id`` and ``row_counts`` are what the file itself holds
    (empty when it could not be read); ``manifest`` is the manifest as it was read.
    """

    path: Path
    ok: bool
    problems: tuple[Problem, ...]
    engine: str
    manifest: Manifest | None
    schema_revision: str = ""
    shop_id: str = ""
    row_counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def needs_migration(self) -> bool:
        """Whether restoring it migrates it forward to the newest schema."""
        from merchant_app.migrations import head_revision

        return bool(self.schema_revision) and self.schema_revision != head_revision()

    def summary(self) -> str:
        """The problems as one English line each (empty when the backup is sound)."""
        return "\n".join(p.text for p in self.problems)


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app can open or migrate from."""
    from alembic.script import ScriptDirectory

    from merchant_app.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(rev.revision for rev in script.walk_revisions())


def sha256_of(path: Path, progress: Progress | None = None, share: tuple[int, int] = (0, 0)) -> str:
    """The file's SHA-256 in hex (reported as ``share`` of the task's progress)."""
    digest = hashlib.sha256()
    size = path.stat().st_size or 1
    done = 0
    start, width = share
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and width:
                progress(start + width * done // size, 100, "")
    return digest.hexdigest()


def readonly_uri(path: Path) -> str:
    """A URI opening a SQLite file read-only without lock or journal files."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


@dataclass
class SqliteFacts:
    """What a SQLite file holds: its checks' findings and its identity."""

    problems: list[Problem] = field(default_factory=list)
    revision: str = ""
    shop_id: str = ""
    shop_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def inspect_sqlite(path: Path, progress: Progress | None = None, start: int = 0) -> SqliteFacts:
    """Run SQLite's checks on the file at ``path`` and read its identity and counts."""
    facts = SqliteFacts()
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        facts.problems.append(
            Problem(
                QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {reason}"),
                {"reason": str(exc)},
            )
        )
        return facts
    if header != SQLITE_HEADER:
        facts.problems.append(
            Problem(QT_TRANSLATE_NOOP("Errors", "The file is not a SQLite database."))
        )
        return facts

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress(start + (95 - start) * done // 100, 100, text)

    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        facts.problems.append(_unreadable(exc))
        return facts
    try:
        step(0, "integrity")
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            facts.problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "SQLite's integrity check failed: {details}"),
                    {"details": "; ".join(str(r) for r in rows[:3])},
                )
            )
        step(75, "foreign keys")
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(1000)
        if broken:
            facts.problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{count} rows point to rows that do not exist (first in {table})."
                    ),
                    {
                        "count": str(len(broken)) if len(broken) < 1000 else "1000+",
                        "table": str(broken[0][0]),
                    },
                )
            )
        step(90, "counts")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            facts.revision = str(
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            )
        if "shop" in tables:
            row = conn.execute("SELECT id, name FROM shop LIMIT 1").fetchone()
            if row is not None:
                facts.shop_id, facts.shop_name = str(row[0]), str(row[1])
        for table in MAIN_TABLES:
            if table in tables:
                facts.counts[table] = int(
                    conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                )
    except (sqlite3.Error, TypeError) as exc:
        facts.problems.append(_unreadable(exc))
    finally:
        conn.close()
    if not facts.revision and not facts.problems:
        facts.problems.append(
            Problem(QT_TRANSLATE_NOOP("Errors", "The file is not a database of this app."))
        )
    elif not facts.shop_id and not facts.problems:
        facts.problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "The database holds no shop.")))
    return facts


def _unreadable(exc: BaseException) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP("Errors", "The file cannot be read as a database: {reason}"),
        {"reason": str(exc)},
    )


def verify_file(
    path: Path,
    *,
    progress: Progress | None = None,
    record: bool = True,
    now: datetime | None = None,
) -> VerifyReport:
    """Verify the backup at ``path`` and return what is wrong with it (nothing: ``ok``).

    Needs no login and no open shop.  With ``record`` the result is written into the
    manifest (best effort: a read-only folder is not an error), so the folder's list can
    show it without verifying again.
    """
    path = Path(path)
    problems: list[Problem] = []
    manifest: Manifest | None = None
    engine = "postgresql" if path.suffix == ".pgdump" else "sqlite"
    if not path.is_file():
        return VerifyReport(
            path,
            False,
            (
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), {"path": str(path)}
                ),
            ),
            engine,
            None,
        )
    try:
        manifest = read_manifest(path)
    except ValueError as exc:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("Errors", "The manifest {name} cannot be read: {reason}"),
                {"name": manifest_path(path).name, "reason": str(exc)},
            )
        )
    if manifest is None and not problems:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The manifest {name} is missing, so the checksum and row counts cannot "
                    "be compared.",
                ),
                {"name": manifest_path(path).name},
            )
        )
    if manifest is not None:
        engine = manifest.engine
        size = path.stat().st_size
        if size != manifest.size:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The file has {size} bytes; when it was made it had {expected}."
                    ),
                    {"size": str(size), "expected": str(manifest.size)},
                )
            )
    if progress is not None:
        progress(0, 100, "checksum")
    digest = sha256_of(path, progress, (0, 20))
    if manifest is not None and digest != manifest.sha256:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file's checksum does not match its manifest: it was changed or "
                    "damaged after it was written.",
                )
            )
        )
    if engine == "postgresql":
        from merchant_app.services.backup_postgres import inspect_archive

        revision, shop_id, archive_problems = inspect_archive(path, manifest)
        problems.extend(archive_problems)
        counts: dict[str, int] = {}
    else:
        facts = inspect_sqlite(path, progress, 20)
        problems.extend(facts.problems)
        revision, shop_id, counts = facts.revision, facts.shop_id, facts.counts
        if manifest is not None and not facts.problems:
            problems.extend(_compare_counts(manifest.row_counts, counts))
    if manifest is not None and shop_id and shop_id != manifest.shop_id:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file holds shop {found}, but its manifest names shop {expected}."
                ),
                {"found": shop_id, "expected": manifest.shop_id},
            )
        )
    if manifest is not None and revision and revision != manifest.schema_revision:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file is at schema revision {found}, but its manifest says {expected}.",
                ),
                {"found": revision, "expected": manifest.schema_revision},
            )
        )
    if revision and revision not in known_revisions():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup was made by a newer version of the app (schema revision "
                    "{revision}); update the app before restoring it.",
                ),
                {"revision": revision},
            )
        )
    report = VerifyReport(
        path, not problems, tuple(problems), engine, manifest, revision, shop_id, counts
    )
    if record and manifest is not None:
        _record(path, manifest, report, now or datetime.now(UTC))
    if progress is not None:
        progress(100, 100, "")
    return report


def _compare_counts(expected: Mapping[str, int], found: Mapping[str, int]) -> list[Problem]:
    problems = []
    for table in sorted(set(expected) | set(found)):
        want, have = expected.get(table), found.get(table)
        if want != have:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Table {table} has {found} rows; the manifest says {expected}."
                    ),
                    {
                        "table": table,
                        "found": "—" if have is None else str(have),
                        "expected": "—" if want is None else str(want),
                    },
                )
            )
    return problems


def _record(path: Path, manifest: Manifest, report: VerifyReport, now: datetime) -> None:
    """Keep the result in the manifest so the list shows it (best effort)."""
    updated = manifest.with_verification(now, report.ok, tuple(p.text for p in report.problems))
    try:
        write_durably(manifest_path(path), updated.to_json().encode("utf-8"))
    except OSError:
        return
