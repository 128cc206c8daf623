"""Which backups to keep: N daily, N weekly, N monthly; manual backups always.

:func:`select_for_deletion` is a pure function over (file name, date) pairs, so the
policy is easy to test and to reason about; :func:`apply_retention` applies it to one
shop's backups in a folder.  The newest backup of each day (ISO week, month) is kept
for the newest N days (weeks, months) that have a backup, as restic and borg do;
manual backups and files whose names are not ours are never deleted, and neither is
the newest good backup, whatever the policy says.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.services.backup_files import (
    STATUS_OK,
    list_backups,
    manifest_path,
    parse_name,
)

MAX_KEEP = 999


@dataclass(frozen=True)
class RetentionPolicy:
    """How many scheduled backups to keep per day, ISO week and month (newest first)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def validate(self) -> None:
        """Raise :class:`InvalidInput` when a number is out of range."""
        for value in (self.daily, self.weekly, self.monthly):
            if not 0 <= value <= MAX_KEEP:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Backups to keep must be between 0 and {max} per period."
                    ),
                    max=MAX_KEEP,
                )


def _periods(tz: tzinfo | None) -> list[tuple[str, Callable[[datetime], tuple[int, ...]]]]:
    def local(at: datetime) -> datetime:
        return at.astimezone(tz)

    return [
        ("daily", lambda at: local(at).timetuple()[:3]),
        ("weekly", lambda at: tuple(local(at).isocalendar())[:2]),
        ("monthly", lambda at: local(at).timetuple()[:2]),
    ]


def select_for_deletion(
    backups: Iterable[tuple[str, datetime]],
    policy: RetentionPolicy,
    protect: Collection[str] = (),
    tz: tzinfo | None = None,
) -> list[str]:
    """The names to delete under ``policy`` (oldest first).

    Only scheduled backups (kind other than ``manual``, names parsed by
    :func:`backup_files.parse_name`) are ever chosen; names in ``protect`` are kept.
    Days, weeks and months are those of ``tz`` (default: the computer's time zone).
    """
    automatic = []
    for name, at in backups:
        parsed = parse_name(name)
        if parsed is None or parsed.kind == "manual":
            continue
        automatic.append((at, name))
    automatic.sort(reverse=True)
    keep: set[str] = set(protect)
    for field_name, period_of in _periods(tz):
        limit = getattr(policy, field_name)
        seen: set[tuple[int, ...]] = set()
        for at, name in automatic:
            if len(seen) >= limit:
                break
            period = period_of(at)
            if period not in seen:
                seen.add(period)
                keep.add(name)
    return [name for at, name in sorted(automatic) if name not in keep]


def apply_retention(
    folder: Path, shop_id: str, policy: RetentionPolicy, tz: tzinfo | None = None
) -> list[str]:
    """Delete the shop's scheduled backups in ``folder`` that ``policy`` does not keep
    (each with its manifest); never the newest backup whose status is ok.  Returns the
    names deleted; a file that cannot be deleted is skipped, not an error."""
    backups = list_backups(folder, shop_id)
    newest_good = next((b.name for b in backups if b.status == STATUS_OK), None)
    doomed = select_for_deletion(
        [(b.name, b.created_at) for b in backups],
        policy,
        protect={newest_good} if newest_good else set(),
        tz=tz,
    )
    deleted = []
    for name in doomed:
        path = folder / name
        try:
            path.unlink()
        except OSError:
            continue
        manifest_path(path).unlink(missing_ok=True)
        deleted.append(name)
    return deleted
