"""``merchant-app backup …``: make, list, verify and restore backups from the command line.

``create`` runs as the shop's Owner (like the other headless jobs); ``list`` and
``verify`` need no login and no shop (they read a folder or a file); ``restore`` and
``undo-restore`` run as the Owner of the shop being replaced when that shop can be
opened, and without a login when there is none (a new computer) or it cannot be opened
(the reason to restore).  Exit status: 0 done, 1 a damaged backup, 2 a refused action.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CLI_LOGIN = "command-line"


def add_backup_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``backup create|list|verify|restore|undo-restore`` to the command line."""
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="make, list, verify and restore backups",
        description="Backups of the shop's database. 'create' runs as the shop's Owner "
        "account; 'list' and 'verify' need no login. Exit status: 0 done, 1 a damaged "
        "backup, 2 a refused action.",
    )
    backup_sub = backup.add_subparsers(dest="backup_command", required=True)
    create = backup_sub.add_parser(
        "create", parents=[common], help="back the shop up into a folder, then verify it"
    )
    create.add_argument("--to", type=Path, required=True, help="the folder to write to")
    listing = backup_sub.add_parser(
        "list", parents=[common], help="list the backups in a folder (newest first)"
    )
    listing.add_argument("--to", type=Path, required=True, help="the folder to look in")
    verify = backup_sub.add_parser(
        "verify",
        parents=[common],
        help="verify a backup: exit 0 when it is sound, 1 (printing what is wrong) when not",
    )
    verify.add_argument("file", type=Path, help="the backup file")
    restore = backup_sub.add_parser(
        "restore",
        parents=[common],
        help="replace the shop named by --data-dir with a backup (verified first; the "
        "current database is kept aside so the restore can be undone)",
    )
    restore.add_argument("file", type=Path, help="the backup file")
    backup_sub.add_parser(
        "undo-restore",
        parents=[common],
        help="put back the database the latest restore set aside",
    )


def _size_text(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def _current_owner(
    args: argparse.Namespace, settings: Any, as_owner: Callable[[argparse.Namespace], Any]
) -> tuple[Any, Any]:
    """The open shop and its Owner, or (None, None) when there is no shop to log in to
    (a new computer) or it cannot be opened (then the restore runs without a login)."""
    import gc

    from merchant_app.errors import NotFound

    if not settings.database_exists():
        return None, None
    try:
        return as_owner(args)
    except NotFound:
        pass
    except Exception as exc:  # a damaged database is a reason to restore
        print(
            f"merchant-app backup: the current database cannot be opened ({exc}); "
            "going on without a login",
            file=sys.stderr,
        )
    gc.collect()  # close the connections the failed opening left behind
    return None, None


def cmd_backup(
    args: argparse.Namespace,
    settings_of: Callable[[argparse.Namespace], Any],
    as_owner: Callable[[argparse.Namespace], Any],
) -> int:
    """Run one ``backup`` subcommand; returns the exit status."""
    command = args.backup_command
    if command == "list":
        return _list(args.to)
    if command == "verify":
        return _verify(args.file)
    if command == "create":
        from merchant_app.services.backups import create_backup

        opened, owner = as_owner(args)
        info = create_backup(opened.ctx, owner, args.to)
        print(f"backup written: {info.path} ({_size_text(info.size)}, verified {info.status})")
        return 0
    from merchant_app.services.backup_restore import restore_backup, undo_restore

    settings = settings_of(args)
    opened, owner = _current_owner(args, settings, as_owner)
    current = opened.ctx if opened is not None else None
    login = "" if owner is not None else CLI_LOGIN
    if command == "restore":
        result = restore_backup(
            args.file, settings, actor=owner, actor_login=login, current=current
        )
        migrated = (
            f" (migrated from schema {result.backup_revision} to {result.revision})"
            if result.migrated
            else ""
        )
        print(f"restored {args.file.name} into {settings.data_dir}{migrated}")
        if result.set_aside is not None:
            print(
                f"the previous database is kept as {result.set_aside}; undo with: "
                f"merchant-app backup undo-restore --data-dir {settings.data_dir}"
            )
        return 0
    undone = undo_restore(settings, actor=owner, actor_login=login, current=current)
    print(f"put back {undone.reinstated}")
    if undone.kept_aside is not None:
        print(f"the restored database is kept as {undone.kept_aside}")
    return 0


def _list(folder: Path) -> int:
    from merchant_app.services.backup_files import list_backups

    backups = list_backups(folder)
    if not backups:
        print(f"no backups in {folder}")
        return 0
    for b in backups:
        stamp = b.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        print(f"{stamp}  {_size_text(b.size):>9}  {b.status:<10}  {b.kind:<6}  {b.name}")
    return 0


def _verify(path: Path) -> int:
    from merchant_app.services.backup_checks import verify_file

    report = verify_file(path)
    if report.ok:
        counts = report.row_counts
        orders = f", {counts['sales_order']} orders" if "sales_order" in counts else ""
        print(f"{path.name}: ok (schema {report.schema_revision}{orders})")
        return 0
    for problem in report.problems:
        print(f"{path.name}: {problem.text}", file=sys.stderr)
    print(f"{path.name}: DAMAGED ({len(report.problems)} problem(s))", file=sys.stderr)
    return 1
