"""Command line: ``merchant-app`` starts the window; subcommands run headless jobs.

Every subcommand takes ``--data-dir`` and exits non-zero with a one-line reason on
failure.  Heavy modules are imported only by the command that needs them, so the
window appears quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from merchant_app import __version__
from merchant_app.cli_backup import add_backup_parser, cmd_backup


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="folder the shop lives in")
    common.add_argument("--database-url", default="", help="database URL (default: SQLite)")

    p = argparse.ArgumentParser(
        prog="merchant-app", parents=[common], description="Back office for small shops."
    )
    p.add_argument("--version", action="version", version=f"merchant-app {__version__}")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", parents=[common], help="start the window (the default)")
    demo = sub.add_parser("demo", parents=[common], help="create the demo shop")
    demo.add_argument("--force", action="store_true", help="replace an existing demo shop")
    demo.add_argument(
        "--products", type=int, default=200, help="how many demo products (default 200)"
    )
    demo.add_argument(
        "--orders",
        type=int,
        default=300,
        help="how many demo orders (default 300, in every state; beyond 300 the older "
        "ones are historic orders written in bulk, e.g. 1000000 for benchmarks)",
    )
    db = sub.add_parser("db", parents=[common], help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="migrate to the newest schema")
    db_sub.add_parser("current", parents=[common], help="print the schema revision")
    audit = sub.add_parser("audit", parents=[common], help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", parents=[common], help="check the hash chain")
    sub.add_parser(
        "selfcheck", parents=[common], help="open the database and the keyring, then report"
    )
    imp = sub.add_parser("import", parents=[common], help="import data from a file")
    imp_sub = imp.add_subparsers(dest="import_command", required=True)
    products_in = imp_sub.add_parser(
        "products",
        parents=[common],
        help="import products (and stock) from a CSV file, all or nothing; "
        "runs as the shop's Owner account (the first active Owner)",
        description="Import products from the app's own CSV, or a WooCommerce or Shopify "
        "product export. Headless jobs run as the shop's Owner account (the first active "
        "user with the Owner role). Any problem: nothing is imported, every problem is "
        "printed with its row, and the exit status is 1.",
    )
    products_in.add_argument("file", type=Path, help="the CSV file")
    products_in.add_argument(
        "--format",
        choices=("app", "woocommerce", "shopify"),
        help="the file's format (default: detected from the header)",
    )
    products_in.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    orders_in = imp_sub.add_parser(
        "orders",
        parents=[common],
        help="import orders from a CSV file (the app's order format or a Shopify orders "
        "export), all or nothing; runs as the shop's Owner account",
        description="Import orders into the review flow from the app's own order CSV or a "
        "Shopify orders export. Orders imported before (same reference) are skipped. Any "
        "problem: nothing is imported, every problem is printed with its row, and the exit "
        "status is 1.",
    )
    orders_in.add_argument("file", type=Path, help="the CSV file")
    orders_in.add_argument(
        "--format",
        choices=("auto", "app", "shopify"),
        default="auto",
        help="the file's format (default: detected from the header)",
    )
    orders_in.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    exp = sub.add_parser("export", parents=[common], help="export data to a file")
    exp_sub = exp.add_subparsers(dest="export_command", required=True)
    products_out = exp_sub.add_parser(
        "products",
        parents=[common],
        help="export every product to a CSV file in the app's own format "
        "(runs as the shop's Owner account)",
    )
    products_out.add_argument("--out", type=Path, required=True, help="the file to write")
    _labels_parser(sub, common)
    add_backup_parser(sub, common)
    return p


def _labels_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``labels products`` and ``labels shipping``: batch labels as PDF or ZPL."""
    labels = sub.add_parser(
        "labels",
        parents=[common],
        help="write product or shipping labels to a PDF or ZPL file (by its extension); "
        "runs as the shop's Owner account",
    )
    labels_sub = labels.add_subparsers(dest="labels_command", required=True)
    products = labels_sub.add_parser(
        "products", parents=[common], help="labels for products by SKU"
    )
    products.add_argument("--sku", nargs="+", required=True, help="one or more SKUs")
    products.add_argument("--copies", type=int, default=1, help="labels per SKU (default 1)")
    products.add_argument(
        "--layout", required=True, help="layout name or short name, e.g. product-50x30mm"
    )
    products.add_argument("--out", type=Path, required=True, help="the .pdf or .zpl file")
    shipping = labels_sub.add_parser(
        "shipping", parents=[common], help="a shipping label for every order in a state"
    )
    shipping.add_argument("--state", required=True, help="e.g. warehouse_approved")
    shipping.add_argument("--layout", help="layout (default: the shop's shipping layout)")
    shipping.add_argument("--out", type=Path, required=True, help="the .pdf or .zpl file")


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from merchant_app.config import load_settings

    settings = load_settings(args.data_dir)
    if args.database_url:
        settings = settings.with_changes(database_url=args.database_url)
    return settings


def _cmd_demo(args: argparse.Namespace) -> int:
    from merchant_app.bootstrap import choose_keystore, open_database
    from merchant_app.config import DATABASE_FILE, save_settings
    from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict
    from merchant_app.services.context import AppContext
    from merchant_app.services.demo import create_demo_shop
    from merchant_app.services.shop import get_shop

    settings = _settings(args).with_changes(is_demo=True)
    db_file = settings.data_dir / DATABASE_FILE
    if args.force and not settings.database_url:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    db = open_database(settings)
    ctx = AppContext(db=db, keys=choose_keystore(settings))
    existing = get_shop(ctx)
    if existing is not None:
        if existing.is_demo:
            print(f"demo shop already exists in {settings.data_dir} (use --force to recreate)")
            return 0
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This database already has a shop."))
    shop, desk = create_demo_shop(ctx, products=max(0, args.products), orders=max(0, args.orders))
    save_settings(settings.with_changes(desk_id=desk.id, shop_name=shop.name))
    print(f"demo shop created in {settings.data_dir} (keyring: {ctx.keys.kind})")
    return 0


def _cmd_db(args: argparse.Namespace) -> int:
    from merchant_app.database import Database
    from merchant_app.migrations import current_revision, head_revision, upgrade

    settings = _settings(args)
    db = Database(settings.effective_database_url)
    if args.db_command == "upgrade":
        backup = upgrade(db, backup_dir=settings.backup_dir)
        print(
            f"database at revision {current_revision(db)}"
            + (f" (backup: {backup})" if backup else "")
        )
    else:
        print(f"{current_revision(db) or 'empty'} (newest: {head_revision()})")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from merchant_app.bootstrap import open_database
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.services import audit
    from merchant_app.services.context import AppContext

    ctx = AppContext(db=open_database(_settings(args)), keys=MemoryKeyStore())
    report = audit.verify_chain(ctx)
    if report.ok:
        print(f"audit trail intact: {report.entries} entries")
        return 0
    print(
        f"audit trail broken at entry {report.bad_seq}: "
        + report.problem.format(seq=report.bad_seq),
        file=sys.stderr,
    )
    return 3


def _cmd_selfcheck(args: argparse.Namespace) -> int:
    from merchant_app.bootstrap import open_app
    from merchant_app.migrations import current_revision

    opened = open_app(_settings(args))
    keys = opened.ctx.keys
    print(f"merchant-app {__version__}")
    print(f"database: {opened.ctx.db.dialect} at revision {current_revision(opened.ctx.db)}")
    print(f"shop: {opened.shop.name if opened.shop else '(none yet: first run)'}")
    print(f"keyring: {keys.kind} {getattr(keys, 'backend_name', '')}".rstrip())
    probe = "selfcheck:probe"
    keys.set("selfcheck", probe, "ok")
    ok = keys.get("selfcheck", probe) == "ok"
    keys.delete("selfcheck", probe)
    print(f"keyring round trip: {'ok' if ok else 'FAILED'}")
    return 0 if ok else 4


def _as_owner(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The opened shop and its Owner: headless jobs act as the first active Owner."""
    from sqlalchemy import select

    from merchant_app.bootstrap import open_app
    from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound
    from merchant_app.models import Role, User
    from merchant_app.services.permissions import OWNER, load_actor

    opened = open_app(_settings(args))
    if opened.shop is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This database has no shop yet."))
    with opened.ctx.db.transaction() as s:
        owner_id = s.scalar(
            select(User.id)
            .join(Role, Role.id == User.role_id)
            .where(Role.name == OWNER, User.active.is_(True))
            .order_by(User.created_at, User.login)
            .limit(1)
        )
        if owner_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The shop has no active Owner."))
        owner = load_actor(s, owner_id)
    return opened, owner


def _cmd_import_orders(args: argparse.Namespace) -> int:
    from merchant_app.money import minor_digits
    from merchant_app.services.order_import import ImportRefused, import_orders

    opened, owner = _as_owner(args)
    assert opened.shop is not None
    try:
        report = import_orders(
            opened.ctx,
            owner,
            args.file.read_bytes(),
            args.format,
            minor_digits=minor_digits(opened.shop.currency),
            dry_run=args.dry_run,
        )
    except ImportRefused as exc:
        for issue in exc.issues:
            print(f"{args.file.name}: {issue}", file=sys.stderr)
        print(
            f"merchant-app import: {len(exc.issues)} problem(s) in {args.file.name}; "
            "nothing was imported",
            file=sys.stderr,
        )
        return 1
    for row, ref, why in report.skipped_closed:
        print(f"{args.file.name}: row {row}: order {ref} skipped ({why} in the online shop)")
    for placed in report.total_differences:
        print(
            f"{args.file.name}: row {placed.row}: order {placed.ref} ({placed.number}) totals "
            f"{placed.total_minor} here, {placed.file_total_minor} in the file (minor units)"
        )
    verb = "would import" if args.dry_run else "imported"
    print(
        f"{verb} {report.orders} orders, {report.lines} lines ({report.format} format) as "
        f"{owner.login}: {report.skipped_duplicates} already imported, "
        f"{len(report.skipped_closed)} closed in the online shop"
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    if args.import_command == "orders":
        return _cmd_import_orders(args)
    from merchant_app.money import minor_digits
    from merchant_app.services.product_import import ImportRefused, import_file

    opened, owner = _as_owner(args)
    assert opened.shop is not None
    try:
        file_format, report = import_file(
            opened.ctx,
            owner,
            args.file.read_bytes(),
            args.format,
            minor_digits=minor_digits(opened.shop.currency),
            dry_run=args.dry_run,
        )
    except ImportRefused as exc:
        for issue in exc.issues:
            print(f"{args.file.name}: {issue}", file=sys.stderr)
        print(
            f"merchant-app import: {len(exc.issues)} problem(s) in {args.file.name}; "
            "nothing was imported",
            file=sys.stderr,
        )
        return 1
    verb = "would import" if args.dry_run else "imported"
    print(
        f"{verb} {report.rows} rows ({file_format} format) as {owner.login}: "
        f"{report.created} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.stock_moves} stock moves, {report.categories_created} new categories"
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from merchant_app.services.product_export import export_products

    opened, owner = _as_owner(args)
    data = export_products(opened.ctx, owner)
    args.out.write_bytes(data)
    lines = data.count(b"\n") - 1
    print(f"exported {lines} products to {args.out}")
    return 0


def _cmd_labels(args: argparse.Namespace) -> int:
    from merchant_app.services import label_jobs

    fmt = label_jobs.output_format(str(args.out))
    opened, owner = _as_owner(args)
    if args.labels_command == "products":
        job = label_jobs.product_labels(
            opened.ctx, owner, args.sku, args.layout, fmt, copies=args.copies
        )
    else:
        job = label_jobs.shipping_labels(opened.ctx, owner, args.state, args.layout, fmt)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_bytes(job.data)
    tmp.replace(args.out)
    print(f"wrote {job.labels} labels ({job.format.upper()}) to {args.out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``merchant-app``."""
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from merchant_app.gui.app import run_gui

        return run_gui(args.data_dir, args.database_url)
    handlers = {
        "demo": _cmd_demo,
        "db": _cmd_db,
        "audit": _cmd_audit,
        "selfcheck": _cmd_selfcheck,
        "import": _cmd_import,
        "export": _cmd_export,
        "labels": _cmd_labels,
        "backup": lambda a: cmd_backup(a, _settings, _as_owner),
    }
    from merchant_app.errors import KnownError

    try:
        return handlers[command](args)
    except KnownError as exc:
        print(f"merchant-app {command}: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"merchant-app {command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
