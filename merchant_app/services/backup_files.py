"""Backup files on disk: their names, their manifests, and the folder listing.

A backup is one file (``.sqlite3`` copy or ``.pgdump`` archive) plus a JSON manifest
beside it (``<file>.manifest.json``).  The file's name carries the shop's name, the
last 8 characters of its id, a UTC stamp and the kind of backup, so a folder that holds
several shops' backups (a USB stick, a synced folder) stays readable and retention never
mixes them up.  Files being written have a hidden ``.partial`` name and are never
listed: a file appears under its final name only once it is complete and verified.

Nothing here needs a database connection or a login; nothing imports Qt.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MANIFEST_SUFFIX = ".manifest.json"
PARTIAL_SUFFIX = ".partial"
MANIFEST_FORMAT = 1
KINDS = ("manual", "daily")
EXTENSIONS = {"sqlite": ".sqlite3", "postgresql": ".pgdump"}

# The tables whose row counts a manifest records (those that exist at the backup's
# schema revision; an older backup simply has fewer of them).
MAIN_TABLES = (
    "shop",
    "desk",
    "app_user",
    "product",
    "stock_level",
    "stock_move",
    "sales_order",
    "order_line",
    "payment",
    "member",
    "points_entry",
    "audit_entry",
)

_NAME_RE = re.compile(
    r"^(?P<slug>.+)_(?P<tag>[0-9a-f]{8})_(?P<stamp>\d{8}-\d{6})Z_(?P<kind>[a-z][a-z-]*)"
    r"(?P<ext>\.sqlite3|\.pgdump)$"
)
_STAMP_FORMAT = "%Y%m%d-%H%M%S"

# Statuses a listed backup can have.
STATUS_OK = "ok"
STATUS_DAMAGED = "damaged"
STATUS_UNVERIFIED = "unverified"


def shop_tag(shop_id: str) -> str:
    """The part of a shop id that names its backups (UUIDv7: the random tail)."""
    return shop_id.replace("-", "")[-8:].lower()


def slug(name: str) -> str:
    """A shop name made safe for a file name on any file system (letters kept)."""
    text = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_")
    return (text or "shop")[:40].strip("-_") or "shop"


def backup_name(shop_name: str, shop_id: str, at: datetime, kind: str, engine: str) -> str:
    """The file name of a backup: ``<shop>_<id tag>_<UTC stamp>Z_<kind>.<ext>``."""
    stamp = at.astimezone(UTC).strftime(_STAMP_FORMAT)
    return f"{slug(shop_name)}_{shop_tag(shop_id)}_{stamp}Z_{kind}{EXTENSIONS[engine]}"


@dataclass(frozen=True)
class ParsedName:
    """What a backup's file name says about it."""

    shop_tag: str
    created_at: datetime
    kind: str
    engine: str


def parse_name(name: str) -> ParsedName | None:
    """Read a backup file name; ``None`` when the name is not one of ours."""
    match = _NAME_RE.match(name)
    if match is None:
        return None
    try:
        at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    engine = "sqlite" if match["ext"] == ".sqlite3" else "postgresql"
    return ParsedName(match["tag"], at, match["kind"], engine)


def manifest_path(backup: Path) -> Path:
    """Where the manifest of ``backup`` lives (beside it)."""
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def partial_path(final: Path) -> Path:
    """The hidden name a file has while it is being written."""
    return final.with_name(f".{final.name}{PARTIAL_SUFFIX}")


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, written when it was made, and the last verification.

    ``sha256`` and ``size`` are those of the backup file; ``row_counts`` are the main
    tables' rows in the copy (for PostgreSQL: in the snapshot the dump was taken from).
    ``verified_ok`` is ``None`` until the backup has been verified.
    """

    engine: str
    file_name: str
    kind: str
    shop_id: str
    shop_name: str
    schema_revision: str
    app_version: str
    created_at: datetime
    row_counts: Mapping[str, int]
    size: int
    sha256: str
    pg_schema: str = ""
    verified_at: datetime | None = None
    verified_ok: bool | None = None
    problems: tuple[str, ...] = field(default=())

    def to_json(self) -> str:
        """The manifest as the JSON text stored beside the backup."""
        data: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "engine": self.engine,
            "file_name": self.file_name,
            "kind": self.kind,
            "shop_id": self.shop_id,
            "shop_name": self.shop_name,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "row_counts": dict(self.row_counts),
            "size": self.size,
            "sha256": self.sha256,
            "pg_schema": self.pg_schema,
            "verification": {
                "at": self.verified_at.astimezone(UTC).isoformat() if self.verified_at else None,
                "ok": self.verified_ok,
                "problems": list(self.problems),
            },
        }
        return json.dumps(data, indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest; raises ``ValueError`` (or ``KeyError``/``TypeError``) when it
        is not a well-formed manifest of a known format."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("unknown manifest format")
        verification = data.get("verification") or {}
        counts = data["row_counts"]
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in counts.items()
        ):
            raise ValueError("bad row counts")
        verified_at = verification.get("at")
        verified_ok = verification.get("ok")
        return cls(
            engine=str(data["engine"]),
            file_name=str(data["file_name"]),
            kind=str(data["kind"]),
            shop_id=str(data["shop_id"]),
            shop_name=str(data["shop_name"]),
            schema_revision=str(data["schema_revision"]),
            app_version=str(data["app_version"]),
            created_at=_aware(datetime.fromisoformat(data["created_at"])),
            row_counts=dict(counts),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            pg_schema=str(data.get("pg_schema", "")),
            verified_at=_aware(datetime.fromisoformat(verified_at)) if verified_at else None,
            verified_ok=verified_ok if isinstance(verified_ok, bool) else None,
            problems=tuple(str(p) for p in verification.get("problems") or ()),
        )

    def with_verification(self, at: datetime, ok: bool, problems: tuple[str, ...]) -> Manifest:
        """A copy recording the result of a verification."""
        return replace(self, verified_at=at, verified_ok=ok, problems=problems)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside ``backup``; ``None`` when there is none.  Raises
    ``ValueError`` when it exists but cannot be read as a manifest."""
    path = manifest_path(backup)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from exc
    try:
        return Manifest.from_json(text)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"missing or bad field {exc}") from exc


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary name, fsynced, then renamed: a
    crash leaves the old file or the new one, never half of one."""
    tmp = partial_path(path)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class BackupInfo:
    """One backup in a folder, as the list shows it.

    ``status`` is ``"ok"`` (verified, and still the size it was), ``"damaged"`` (the last
    verification failed, the manifest is unreadable, or the size changed since) or
    ``"unverified"`` (no manifest, or never verified).  ``shop_id``/``shop_name`` are
    empty when no manifest says them.
    """

    path: Path
    name: str
    created_at: datetime
    size: int
    kind: str
    engine: str
    shop_tag: str
    shop_id: str
    shop_name: str
    schema_revision: str
    status: str
    problems: tuple[str, ...] = ()


def describe(path: Path) -> BackupInfo | None:
    """The listing entry of one backup file; ``None`` when the name is not a backup's."""
    parsed = parse_name(path.name)
    if parsed is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    bare = BackupInfo(
        path=path,
        name=path.name,
        created_at=parsed.created_at,
        size=size,
        kind=parsed.kind,
        engine=parsed.engine,
        shop_tag=parsed.shop_tag,
        shop_id="",
        shop_name="",
        schema_revision="",
        status=STATUS_UNVERIFIED,
    )
    try:
        manifest = read_manifest(path)
    except ValueError as exc:
        return replace(bare, status=STATUS_DAMAGED, problems=(f"manifest unreadable: {exc}",))
    if manifest is None:
        return bare
    problems: tuple[str, ...]
    if manifest.size != size:
        status, problems = STATUS_DAMAGED, (f"size {size} bytes, manifest says {manifest.size}",)
    elif manifest.verified_ok is None:
        status, problems = STATUS_UNVERIFIED, ()
    else:
        status = STATUS_OK if manifest.verified_ok else STATUS_DAMAGED
        problems = manifest.problems
    return BackupInfo(
        path=path,
        name=path.name,
        created_at=manifest.created_at,
        size=size,
        kind=manifest.kind,
        engine=manifest.engine,
        shop_tag=parsed.shop_tag,
        shop_id=manifest.shop_id,
        shop_name=manifest.shop_name,
        schema_revision=manifest.schema_revision,
        status=status,
        problems=problems,
    )


def list_backups(folder: Path, shop_id: str = "") -> list[BackupInfo]:
    """Every backup in ``folder`` (of one shop when ``shop_id`` is given), newest first.

    Cheap: it reads names, sizes and manifests, and never opens the backups themselves
    (the status is the one the last verification recorded).  A missing folder lists
    nothing.
    """
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    tag = shop_tag(shop_id) if shop_id else ""
    found = []
    for path in entries:
        if path.name.startswith(".") or not path.is_file():
            continue
        info = describe(path)
        if info is None or (tag and info.shop_tag != tag):
            continue
        found.append(info)
    found.sort(key=lambda b: (b.created_at, b.name), reverse=True)
    return found
