"""Scheduled backups: this desk's backup settings, when one is due, and making it.

The settings are desk-local (the backup folder is a path on this computer) and live in
``Settings.extra`` under ``backup.*`` keys, so ``config.py`` needs no change.  A daily
backup is due at the first opportunity after the set local time: when no backup of this
shop in the folder (other than a damaged one) was made since the latest such moment.
The window's timer asks :func:`run_due_backup` every few minutes while the app runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from pathlib import Path

from merchant_app.config import Settings
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.services import audit
from merchant_app.services.backup_files import STATUS_DAMAGED, BackupInfo, list_backups
from merchant_app.services.backup_retention import RetentionPolicy, apply_retention
from merchant_app.services.backups import DEFAULT_COPY_METHOD, shop_identity, write_backup
from merchant_app.services.context import AppContext

Progress = Callable[[int, int, str], None]
SCHEDULER_LOGIN = "scheduler"

KEY_FOLDER = "backup.folder"
KEY_ENABLED = "backup.enabled"
KEY_TIME = "backup.time"
KEY_DAILY = "backup.keep_daily"
KEY_WEEKLY = "backup.keep_weekly"
KEY_MONTHLY = "backup.keep_monthly"


@dataclass(frozen=True)
class BackupPolicy:
    """Where and when this desk makes its daily backup, and how many it keeps."""

    folder: Path
    enabled: bool = True
    at: time = time(0, 0)
    keep: RetentionPolicy = field(default_factory=RetentionPolicy)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _time(value: str | None, default: time) -> time:
    try:
        return time.fromisoformat(value) if value else default
    except ValueError:
        return default


def policy_from_settings(settings: Settings) -> BackupPolicy:
    """The desk's backup policy (defaults where a setting is missing or unreadable:
    daily at the first opportunity after midnight into ``<data folder>/backups``,
    keeping 7 daily, 4 weekly and 12 monthly backups)."""
    extra = settings.extra
    defaults = RetentionPolicy()
    keep = RetentionPolicy(
        daily=_int(extra.get(KEY_DAILY), defaults.daily),
        weekly=_int(extra.get(KEY_WEEKLY), defaults.weekly),
        monthly=_int(extra.get(KEY_MONTHLY), defaults.monthly),
    )
    try:
        keep.validate()
    except InvalidInput:
        keep = defaults
    folder = extra.get(KEY_FOLDER) or str(settings.backup_dir)
    return BackupPolicy(
        folder=Path(folder),
        enabled=extra.get(KEY_ENABLED, "1") != "0",
        at=_time(extra.get(KEY_TIME), time(0, 0)),
        keep=keep,
    )


def settings_with_policy(settings: Settings, policy: BackupPolicy) -> Settings:
    """A copy of ``settings`` holding ``policy`` (validated; save it with
    ``config.save_settings``)."""
    policy.keep.validate()
    if not str(policy.folder).strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please choose a folder for the backups."))
    extra = dict(settings.extra)
    extra.update(
        {
            KEY_FOLDER: str(policy.folder),
            KEY_ENABLED: "1" if policy.enabled else "0",
            KEY_TIME: policy.at.strftime("%H:%M"),
            KEY_DAILY: str(policy.keep.daily),
            KEY_WEEKLY: str(policy.keep.weekly),
            KEY_MONTHLY: str(policy.keep.monthly),
        }
    )
    return settings.with_changes(extra=extra)


def latest_due_moment(now: datetime, at: time, tz: tzinfo | None = None) -> datetime:
    """The latest moment at or before ``now`` when the local clock (``tz``, default the
    computer's zone) showed ``at``."""
    local = now.astimezone(tz)
    moment = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if moment > local:
        moment -= timedelta(days=1)
    return moment


def backup_due(
    last_backup_time: datetime | None, now: datetime, policy: BackupPolicy, tz: tzinfo | None = None
) -> bool:
    """Whether the daily backup is due: scheduling is on and no backup was made since
    the latest moment the set time passed."""
    if not policy.enabled:
        return False
    if last_backup_time is None:
        return True
    return last_backup_time < latest_due_moment(now, policy.at, tz)


def last_backup_time(folder: Path, shop_id: str) -> datetime | None:
    """When the newest backup of the shop in ``folder`` that is not damaged was made."""
    for backup in list_backups(folder, shop_id):
        if backup.status != STATUS_DAMAGED:
            return backup.created_at
    return None


@dataclass(frozen=True)
class ScheduledOutcome:
    """A scheduled backup made, and the old backups retention deleted after it."""

    backup: BackupInfo
    pruned: tuple[str, ...]


def run_due_backup(
    ctx: AppContext,
    policy: BackupPolicy,
    *,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> ScheduledOutcome | None:
    """Make the daily backup if it is due (or ``force``), then apply retention; ``None``
    when nothing was due.  Runs as the desk itself (the Owner set the schedule on this
    desk): audited as ``backup.create`` (and ``backup.prune``) by ``scheduler``."""
    shop = shop_identity(ctx, None)
    last = last_backup_time(policy.folder, shop.id)
    if not force and not backup_due(last, ctx.clock(), policy, tz):
        return None
    info = write_backup(
        ctx, shop, policy.folder, "daily", progress, DEFAULT_COPY_METHOD, None, SCHEDULER_LOGIN
    )
    pruned = apply_retention(policy.folder, shop.id, policy.keep, tz)
    if pruned:
        with ctx.db.transaction() as s:
            audit.record(
                s,
                ctx,
                None,
                "backup.prune",
                str(policy.folder),
                {"deleted": pruned},
                actor_login=SCHEDULER_LOGIN,
            )
    return ScheduledOutcome(info, tuple(pruned))
