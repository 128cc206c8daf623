"""Product import, the database side (INV-7): validate every row, then write all or
nothing in one transaction.

The rows come from a parser (:mod:`merchant_app.imports`).  Every row is checked against
the file (duplicate SKUs and barcodes, parents) and the database (barcodes of other
products, unknown parents and locations, approvals the actor would need); any problem
means nothing is written and :class:`ImportRefused` carries the row-numbered list.
Products are upserted by SKU with Core ``executemany``; stock given in the file becomes
the ledger stock at the row's location (``MAIN`` by default) through an ``import``
stock move for the difference, so ``on_hand`` stays the sum of the moves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from merchant_app import barcodes as bc
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from merchant_app.ids import new_id
from merchant_app.imports.product_csv import parse_products
from merchant_app.imports.product_rows import ImportIssue, ProductRow
from merchant_app.models import (
    Category,
    Location,
    PriceChange,
    Product,
    ProductBarcode,
    StockLevel,
    StockMove,
    Supplier,
)
from merchant_app.services import audit
from merchant_app.services.catalog_categories import ensure_category_path, ensure_supplier
from merchant_app.services.catalog_prices import needs_approval, price_change_rows
from merchant_app.services.catalog_rules import (
    CATEGORY_SEPARATOR,
    check_category_name,
    check_name,
    check_number,
    check_sku,
    check_status,
    check_supplier_name,
    check_unit,
    search_key,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import DEFAULT_CODE as DEFAULT_LOCATION
from merchant_app.services.locations import default_location
from merchant_app.services.permissions import authorize

_PRODUCT = cast(Table, Product.__table__)
_BARCODE = cast(Table, ProductBarcode.__table__)
_PRICE_CHANGE = cast(Table, PriceChange.__table__)
_LEVEL = cast(Table, StockLevel.__table__)
_MOVE = cast(Table, StockMove.__table__)

CHUNK = 2000  # rows written between two progress reports / cancel polls
_IN = 500  # ids per IN (…) lookup

# ProductRow field -> the column name of the app's own CSV format, for issues.
COLUMN = {
    "price_minor": "price",
    "cost_minor": "cost",
    "tax_rate_bp": "tax_rate",
    "weight_g": "weight_g",
    "length_mm": "length_mm",
    "width_mm": "width_mm",
    "height_mm": "height_mm",
    "reorder_point": "reorder_point",
    "reorder_qty": "reorder_qty",
    "stock": "stock",
}
_NUMBERS = tuple(k for k in COLUMN if k != "stock")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote (or, for a dry run, would write)."""

    dry_run: bool
    rows: int
    created: int
    updated: int
    unchanged: int
    price_changes: int
    stock_moves: int
    categories_created: int
    suppliers_created: int
    issues: tuple[ImportIssue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file had no problems."""
        return not self.issues


class ImportRefused(KnownError):
    """The file has problems; nothing was written.  ``issues`` lists them by row."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The file has {count} problem(s), so nothing was imported. First: {first}"
    )

    def __init__(self, issues: Sequence[ImportIssue], report: ImportReport) -> None:
        self.issues = list(issues)
        self.report = report
        super().__init__(count=len(self.issues), first=str(self.issues[0]) if issues else "")


class ImportCancelled(KnownError):
    """The user cancelled the import; nothing was written."""

    template = QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was written.")


def _issue(row: int, column: str, template: str, **params: Any) -> ImportIssue:
    return ImportIssue(
        row,
        column,
        template.format(**params),
        template,
        tuple((k, str(v)) for k, v in params.items()),
    )


def _from_error(row: int, column: str, error: InvalidInput | None) -> ImportIssue | None:
    if error is None:
        return None
    return ImportIssue(row, column, error.message)


@dataclass
class _Plan:
    """What validation found out, for the write phase."""

    existing: dict[str, dict[str, Any]] = field(default_factory=dict)  # sku -> product row
    new_ids: dict[str, str] = field(default_factory=dict)  # sku -> id for new products
    holders: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (id, sku)
    locations: dict[str, str] = field(default_factory=dict)  # code -> id
    categories: set[str] = field(default_factory=set)  # existing paths
    suppliers: set[str] = field(default_factory=set)  # existing names
    symbology: dict[str, str] = field(default_factory=dict)  # code -> checked symbology

    def product_id(self, sku: str) -> str:
        if sku in self.existing:
            return str(self.existing[sku]["id"])
        return self.new_ids[sku]


def _path(row: ProductRow) -> tuple[str, ...]:
    return tuple(name.strip() for name in row.category_path if name.strip())


def _load(s: Session, rows: Sequence[ProductRow]) -> _Plan:
    plan = _Plan()
    table = _PRODUCT
    skus = list(dict.fromkeys([r.sku for r in rows] + [r.parent_sku for r in rows if r.parent_sku]))
    for i in range(0, len(skus), _IN):
        for m in s.execute(select(table).where(table.c.sku.in_(skus[i : i + _IN]))).mappings():
            plan.existing[m["sku"]] = dict(m)
    codes = list(dict.fromkeys(c.strip() for r in rows for c in r.barcodes))
    for i in range(0, len(codes), _IN):
        q = (
            select(ProductBarcode.code, Product.id, Product.sku)
            .join(Product, Product.id == ProductBarcode.product_id)
            .where(ProductBarcode.code.in_(codes[i : i + _IN]))
        )
        for code, pid, sku in s.execute(q):
            plan.holders[code] = (pid, sku)
    plan.locations = dict(s.execute(select(Location.code, Location.id)).tuples().all())
    plan.categories = set(s.scalars(select(Category.path)))
    plan.suppliers = set(s.scalars(select(Supplier.name)))
    return plan


def _validate(
    s: Session, actor: Actor, rows: Sequence[ProductRow], plan: _Plan, cancel: Cancel | None
) -> list[ImportIssue]:
    issues: list[ImportIssue | None] = []
    first_row: dict[str, int] = {}
    by_sku: dict[str, ProductRow] = {}
    code_row: dict[str, tuple[int, str]] = {}
    approval_needed = needs_approval(s) and "price.change.approve" not in actor.permissions
    may_delist = "product.delist.approve" in actor.permissions
    for r in rows:
        if r.sku in first_row:
            issues.append(
                _issue(
                    r.row,
                    "sku",
                    QT_TRANSLATE_NOOP("Imports", "the SKU “{sku}” is already on row {first}"),
                    sku=r.sku,
                    first=first_row[r.sku],
                )
            )
            continue
        first_row[r.sku] = r.row
        by_sku[r.sku] = r
        if r.sku not in plan.existing:
            plan.new_ids[r.sku] = new_id()
    for n, r in enumerate(rows):
        if n % CHUNK == 0 and cancel is not None and cancel():
            raise ImportCancelled()
        if by_sku.get(r.sku) is not r:
            continue
        old = plan.existing.get(r.sku)
        issues += [
            _from_error(r.row, "sku", check_sku(r.sku)),
            _from_error(r.row, "name", check_name(r.name)),
            _from_error(r.row, "unit", check_unit(r.unit)),
            _from_error(r.row, "status", check_status(r.status)),
            _from_error(r.row, "stock", check_number("stock", r.stock)),
            *(
                _from_error(r.row, COLUMN[f], check_number(COLUMN[f], getattr(r, f)))
                for f in _NUMBERS
            ),
            *(_from_error(r.row, "category", check_category_name(c)) for c in r.category_path),
        ]
        if r.supplier.strip():
            issues.append(_from_error(r.row, "supplier", check_supplier_name(r.supplier)))
        issues += _check_parent(r, by_sku, plan)
        if r.stock is not None and (r.is_parent or (old is not None and old["is_parent"])):
            issues.append(
                _issue(
                    r.row,
                    "stock",
                    QT_TRANSLATE_NOOP(
                        "Imports",
                        "a product with variants has no stock of its own: "
                        "give the stock to its variants",
                    ),
                )
            )
        code = r.location_code.strip()
        if r.stock is not None and code and code != DEFAULT_LOCATION and code not in plan.locations:
            issues.append(
                _issue(
                    r.row,
                    "location",
                    QT_TRANSLATE_NOOP("Imports", "there is no location with the code “{code}”"),
                    code=code,
                )
            )
        issues += _check_barcodes(r, by_sku, plan, code_row)
        if old is not None and approval_needed:
            for f, column in (("price_minor", "price"), ("cost_minor", "cost")):
                value = getattr(r, f)
                if value is not None and value != old[f]:
                    issues.append(
                        _issue(
                            r.row,
                            column,
                            QT_TRANSLATE_NOOP(
                                "Imports",
                                "changing the {what} of an existing product needs approval: "
                                "change it on the product's card",
                            ),
                            what=column,
                        )
                    )
        delists = old is not None and r.status == "delisted" and old["status"] != "delisted"
        if delists and not may_delist:
            issues.append(
                _issue(
                    r.row,
                    "status",
                    QT_TRANSLATE_NOOP(
                        "Imports", "delisting “{sku}” needs approval: request it on its card"
                    ),
                    sku=r.sku,
                )
            )
    found = [i for i in issues if i is not None]
    found.sort(key=lambda i: (i.row, i.column))
    return found


def _check_parent(r: ProductRow, by_sku: dict[str, ProductRow], plan: _Plan) -> list[ImportIssue]:
    parent = r.parent_sku.strip()
    if not parent:
        return []
    column = "parent_sku"
    if r.is_parent or parent == r.sku:
        return [
            _issue(
                r.row,
                column,
                QT_TRANSLATE_NOOP(
                    "Imports", "“{sku}” cannot be a variant of “{parent}”: parents are not variants"
                ),
                sku=r.sku,
                parent=parent,
            )
        ]
    in_file = by_sku.get(parent)
    in_db = plan.existing.get(parent)
    if in_file is None and in_db is None:
        return [
            _issue(
                r.row,
                column,
                QT_TRANSLATE_NOOP(
                    "Imports", "the parent SKU “{parent}” is neither in the file nor in the shop"
                ),
                parent=parent,
            )
        ]
    is_parent = bool(in_db and in_db["is_parent"]) or bool(in_file and in_file.is_parent)
    if not is_parent or (in_file is not None and in_file.parent_sku.strip()):
        return [
            _issue(
                r.row,
                column,
                QT_TRANSLATE_NOOP("Imports", "“{parent}” is not a product with variants"),
                parent=parent,
            )
        ]
    return []


def _check_barcodes(
    r: ProductRow,
    by_sku: dict[str, ProductRow],
    plan: _Plan,
    code_row: dict[str, tuple[int, str]],
) -> list[ImportIssue]:
    found: list[ImportIssue] = []
    for raw in dict.fromkeys(r.barcodes):
        code = raw.strip()
        try:
            plan.symbology[code] = str(bc.detect(code))
        except InvalidInput as exc:
            found.append(ImportIssue(r.row, "barcodes", exc.message))
            continue
        if code in code_row and code_row[code][1] != r.sku:
            found.append(
                _issue(
                    r.row,
                    "barcodes",
                    QT_TRANSLATE_NOOP("Imports", "the barcode “{code}” is also on row {other}"),
                    code=code,
                    other=code_row[code][0],
                )
            )
            continue
        code_row[code] = (r.row, r.sku)
        holder = plan.holders.get(code)
        if holder is None or holder[1] == r.sku:
            continue
        holder_row = by_sku.get(holder[1])
        released = (
            holder_row is not None
            and holder_row.barcodes
            and code not in {c.strip() for c in holder_row.barcodes}
        )
        if not released:
            found.append(
                _issue(
                    r.row,
                    "barcodes",
                    QT_TRANSLATE_NOOP(
                        "Imports", "the barcode “{code}” already belongs to “{sku}” in the shop"
                    ),
                    code=code,
                    sku=holder[1],
                )
            )
    return found


def _new_paths(rows: Sequence[ProductRow], plan: _Plan) -> set[str]:
    paths: set[str] = set()
    for r in rows:
        parts = _path(r)
        for i in range(1, len(parts) + 1):
            path = CATEGORY_SEPARATOR.join(parts[:i])
            if path not in plan.categories:
                paths.add(path)
    return paths


def _values(
    r: ProductRow,
    old: dict[str, Any] | None,
    plan: _Plan,
    category_ids: dict[tuple[str, ...], str | None],
    supplier_ids: dict[str, str],
) -> dict[str, Any]:
    """The product's columns after the import (``old`` kept where the row is silent)."""
    base: dict[str, Any] = (
        dict(old)
        if old
        else {
            "description": "",
            "category_id": None,
            "parent_id": None,
            "is_parent": False,
            "options": "",
            "price_minor": 0,
            "cost_minor": 0,
            "tax_rate_bp": 0,
            "weight_g": 0,
            "length_mm": 0,
            "width_mm": 0,
            "height_mm": 0,
            "image_path": "",
            "supplier_id": None,
            "reorder_point": 0,
            "reorder_qty": 0,
            "allow_backorder": False,
        }
    )
    base["sku"], base["sku_key"] = r.sku, search_key(r.sku)
    base["name"], base["name_key"] = r.name.strip(), search_key(r.name)
    base["unit"], base["status"] = r.unit.strip(), r.status
    base["is_parent"] = bool(r.is_parent or base["is_parent"])
    if r.description:
        base["description"] = r.description
    if _path(r):
        base["category_id"] = category_ids[_path(r)]
    if r.parent_sku.strip():
        base["parent_id"] = plan.product_id(r.parent_sku.strip())
    if r.options:
        base["options"] = json.dumps(dict(r.options), ensure_ascii=False)
    if r.supplier.strip():
        base["supplier_id"] = supplier_ids[r.supplier.strip()]
    for f in _NUMBERS:
        value = getattr(r, f)
        if value is not None:
            base[f] = value
    return base


def import_products(
    ctx: AppContext,
    actor: Actor,
    rows: list[ProductRow],
    *,
    dry_run: bool,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Check every row, then (unless ``dry_run``) upsert them all by SKU in one
    transaction.  Any problem: :class:`ImportRefused` with every issue, nothing written
    (also for a dry run).  ``cancel()`` is polled between chunks; when it returns true,
    :class:`ImportCancelled` is raised and nothing is written.  ``progress(done, total)``
    is called after each chunk of rows written.  Needs ``product.edit``, and also
    ``price.change`` when rows carry prices or costs and ``stock.adjust`` when they carry
    stock.  One audit entry ``product.import`` records the counts."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        if any(r.price_minor is not None or r.cost_minor is not None for r in rows):
            current = authorize(s, actor, "price.change")
        if any(r.stock is not None for r in rows):
            current = authorize(s, actor, "stock.adjust")
        plan = _load(s, rows)
        issues = _validate(s, current, rows, plan, cancel)
        new_paths = _new_paths(rows, plan)
        suppliers = {r.supplier.strip() for r in rows if r.supplier.strip()}
        unique = list({r.sku: r for r in reversed(rows)}.values())[::-1]
        created = sum(1 for r in unique if r.sku not in plan.existing)
        report = ImportReport(
            dry_run=dry_run,
            rows=len(rows),
            created=created,
            updated=len(unique) - created,
            unchanged=0,
            price_changes=0,
            stock_moves=0,
            categories_created=len(new_paths),
            suppliers_created=len(suppliers - plan.suppliers),
            issues=tuple(issues),
        )
        if issues:
            raise ImportRefused(issues, report)
        if dry_run:
            return report
        counts = _write(s, ctx, current, unique, plan, progress, cancel)
        report = ImportReport(
            dry_run=False,
            rows=len(rows),
            created=created,
            updated=counts["updated"],
            unchanged=len(unique) - created - counts["updated"],
            price_changes=counts["price_changes"],
            stock_moves=counts["stock_moves"],
            categories_created=len(new_paths),
            suppliers_created=len(suppliers - plan.suppliers),
        )
        audit.record(
            s,
            ctx,
            current,
            "product.import",
            f"{len(rows)} rows",
            {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "price_changes": report.price_changes,
                "stock_moves": report.stock_moves,
                "categories_created": report.categories_created,
                "suppliers_created": report.suppliers_created,
            },
        )
        return report


def _write(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    rows: list[ProductRow],
    plan: _Plan,
    progress: Progress | None,
    cancel: Cancel | None,
) -> dict[str, int]:
    now = ctx.clock()
    import_id = new_id()
    category_ids = {p: ensure_category_path(s, p) for p in {_path(r) for r in rows if _path(r)}}
    supplier_ids = {n: ensure_supplier(s, n) for n in {r.supplier.strip() for r in rows} if n}
    if any(r.stock is not None and not r.location_code.strip() for r in rows) or any(
        r.location_code.strip() == DEFAULT_LOCATION for r in rows if r.stock is not None
    ):
        plan.locations[DEFAULT_LOCATION] = default_location(s).id
    # Barcodes leaving a product go first, so another row may take them.
    released = [
        {"b_code": code}
        for r in rows
        if r.barcodes and r.sku in plan.existing
        for code in s.scalars(
            select(ProductBarcode.code).where(
                ProductBarcode.product_id == plan.existing[r.sku]["id"]
            )
        )
        if code not in {c.strip() for c in r.barcodes}
    ]
    table = _BARCODE
    if released:
        s.execute(delete(table).where(table.c.code == bindparam("b_code")), released)
    held = {code: pid for code, (pid, _) in plan.holders.items()}
    ordered = sorted(rows, key=lambda r: not r.is_parent)  # parents before their variants
    counts = {"updated": 0, "price_changes": 0, "stock_moves": 0}
    parent_category: dict[str, str | None] = {}
    for start in range(0, len(ordered), CHUNK):
        if cancel is not None and cancel():
            raise ImportCancelled()
        chunk = ordered[start : start + CHUNK]
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        prices: list[dict[str, Any]] = []
        codes: list[dict[str, Any]] = []
        for r in chunk:
            old = plan.existing.get(r.sku)
            values = _values(r, old, plan, category_ids, supplier_ids)
            if r.is_parent:
                parent_category[r.sku] = values["category_id"]
            parent = r.parent_sku.strip()
            if old is None and parent and not _path(r):  # a new variant: its parent's
                values["category_id"] = parent_category.get(
                    parent, (plan.existing.get(parent) or {}).get("category_id")
                )
            if old is None:
                values.update(id=plan.new_ids[r.sku], created_at=now, updated_at=now)
                new_rows.append(values)
            elif any(values[k] != old[k] for k in values):
                values["updated_at"] = now
                changed.append(values)
                prices += price_change_rows(
                    product_id=old["id"],
                    old={"price": old["price_minor"], "cost": old["cost_minor"]},
                    new={"price": r.price_minor, "cost": r.cost_minor},
                    user_id=actor.user_id,
                    at=now,
                )
            pid = plan.product_id(r.sku)
            for code in dict.fromkeys(c.strip() for c in r.barcodes):
                if held.get(code) != pid:
                    codes.append(
                        {"code": code, "product_id": pid, "symbology": plan.symbology[code]}
                    )
                    held[code] = pid
        if new_rows:
            s.execute(insert(_PRODUCT), new_rows)
        if changed:
            _update_products(s, changed)
        if prices:
            s.execute(insert(_PRICE_CHANGE), prices)
        if codes:
            s.execute(insert(table), codes)
        counts["updated"] += len(changed)
        counts["price_changes"] += len(prices)
        counts["stock_moves"] += _set_stock(s, ctx, actor, chunk, plan, import_id)
        if progress is not None:
            progress(min(start + CHUNK, len(ordered)), len(ordered))
    if cancel is not None and cancel():
        raise ImportCancelled()
    return counts


def _update_products(s: Session, changed: list[dict[str, Any]]) -> None:
    table = _PRODUCT
    params = [{("b_" + k): v for k, v in values.items()} for values in changed]
    columns = [k for k in changed[0] if k not in ("id", "created_at")]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({k: bindparam("b_" + k) for k in columns})
    )
    s.execute(stmt, params)


def _set_stock(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    chunk: list[ProductRow],
    plan: _Plan,
    import_id: str,
) -> int:
    wanted: dict[tuple[str, str], int] = {}
    for r in chunk:
        if r.stock is None:
            continue
        location = plan.locations[r.location_code.strip() or DEFAULT_LOCATION]
        wanted[(plan.product_id(r.sku), location)] = r.stock
    if not wanted:
        return 0
    fresh = set(plan.new_ids.values())
    known = list(dict.fromkeys(pid for pid, _ in wanted if pid not in fresh))
    levels: dict[tuple[str, str], int] = {}
    for i in range(0, len(known), _IN):
        q = (
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand)
            .where(StockLevel.product_id.in_(known[i : i + _IN]))
            .with_for_update()  # no other desk changes these levels until we commit
        )
        for pid, loc, on_hand in s.execute(q):
            levels[(pid, loc)] = on_hand
    moves, inserts, updates = [], [], []
    now = ctx.clock()
    for (pid, loc), target in wanted.items():
        diff = target - levels.get((pid, loc), 0)
        if diff == 0:
            continue
        moves.append(
            {
                "id": new_id(),
                "product_id": pid,
                "location_id": loc,
                "quantity": diff,
                "reason": "import",
                "note": "",
                "doc_type": "import",
                "doc_id": import_id,
                "user_id": actor.user_id,
                "desk_id": ctx.desk_id or None,
                "at": now,
            }
        )
        if (pid, loc) in levels:
            updates.append({"b_pid": pid, "b_loc": loc, "b_diff": diff})
        else:
            inserts.append({"product_id": pid, "location_id": loc, "on_hand": diff, "reserved": 0})
    if moves:
        s.execute(insert(_MOVE), moves)
    if inserts:
        s.execute(insert(_LEVEL), inserts)
    if updates:
        t = _LEVEL
        s.execute(
            update(t)
            .where(t.c.product_id == bindparam("b_pid"), t.c.location_id == bindparam("b_loc"))
            .values(on_hand=t.c.on_hand + bindparam("b_diff")),
            updates,
        )
    return len(moves)


def import_file(
    ctx: AppContext,
    actor: Actor,
    data: bytes,
    file_format: str | None = None,
    *,
    minor_digits: int = 2,
    dry_run: bool,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[str, ImportReport]:
    """Read a product file (format detected from its header when not given) and import
    it with :func:`import_products`; returns the format read and the report.

    A file with problems raises :class:`ImportRefused` listing every issue by row: those
    found reading the file and, for the rows that could be read, those the database would
    refuse (checked by a dry run), so one pass shows everything to fix.  Nothing is written.
    """
    parsed = parse_products(data, file_format, minor_digits)
    if parsed.ok:
        report = import_products(
            ctx, actor, parsed.rows, dry_run=dry_run, progress=progress, cancel=cancel
        )
        return parsed.format, report
    issues = list(parsed.issues)
    try:
        report = import_products(ctx, actor, parsed.rows, dry_run=True, cancel=cancel)
    except ImportRefused as exc:
        issues += exc.issues
        report = exc.report
    issues.sort(key=lambda i: (i.row, i.column))
    raise ImportRefused(issues, report)
