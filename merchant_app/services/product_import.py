"""Product import, the database side (INV-7): validate every row, then write all or
nothing in one transaction.

The rows come from a parser (:mod:`merchant_app.imports`).  Every row is checked against
the file (duplicate SKUs and barcodes, parents) and the database (barcodes of other
products, unknown parents and locations, approvals the actor would need); any problem
means nothing is written and :class:`ImportRefused` carries the row-numbered list.
Products are upserted by SKU; stock given in the file becomes the ledger stock at the
row's location (``MAIN`` by default) through an ``import`` stock move for the
difference, so ``on_hand`` stays the sum of the moves.

Speed (100,000 new products in a few seconds): the rows of new products, their barcodes,
stock levels and moves are written as tuples with the driver's own ``executemany`` (see
:class:`_Inserter`), in the same transaction, with every value bound the way the column's
SQLAlchemy type binds it; updates of existing products go through Core.  The checks of
each row are the catalog rules of :mod:`~merchant_app.services.catalog_rules`, with a
cheap test first where a value is plainly fine and each distinct repeated value (units,
statuses, category and supplier names) checked once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    Column,
    ColumnElement,
    Connection,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from merchant_app import barcodes as bc
from merchant_app.bulk import gc_paused
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from merchant_app.ids import new_id, new_ids
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
from merchant_app.services.catalog_prices import price_change_rows
from merchant_app.services.catalog_rules import (
    CATEGORY_SEPARATOR,
    MAX_INT,
    check_category_name,
    check_category_path,
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
from merchant_app.services.shop_rules import price_change_needs_approval as needs_approval

_PRODUCT = cast(Table, Product.__table__)
_BARCODE = cast(Table, ProductBarcode.__table__)
_PRICE_CHANGE = cast(Table, PriceChange.__table__)
_LEVEL = cast(Table, StockLevel.__table__)
_MOVE = cast(Table, StockMove.__table__)

CHUNK = 2000  # rows written between two progress reports / cancel polls
_IN = 500  # ids per IN (…) lookup
# The driver's placeholder, by DBAPI paramstyle (sqlite3: qmark; psycopg: pyformat).
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}

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
# The numbers in the order their issues were always listed: stock first.
_CHECKED = ("stock", *_NUMBERS)
_CHECKED_VALUES = attrgetter(*_CHECKED)
_CHECKED_COLUMNS = tuple(COLUMN[f] for f in _CHECKED)
_PLAIN = frozenset((int, type(None)))

# Column order of the tuples written for new products, barcodes, levels and moves.
_NEW_PRODUCT_COLUMNS = (
    "id",
    "sku",
    "sku_key",
    "name",
    "name_key",
    "description",
    "category_id",
    "parent_id",
    "is_parent",
    "options",
    "unit",
    "price_minor",
    "cost_minor",
    "tax_rate_bp",
    "weight_g",
    "length_mm",
    "width_mm",
    "height_mm",
    "image_path",
    "supplier_id",
    "status",
    "reorder_point",
    "reorder_qty",
    "allow_backorder",
    "created_at",
    "updated_at",
)
_BARCODE_COLUMNS = ("code", "product_id", "symbology")
_LEVEL_COLUMNS = ("product_id", "location_id", "on_hand", "reserved")
_MOVE_COLUMNS = (
    "id",
    "product_id",
    "location_id",
    "quantity",
    "reason",
    "note",
    "doc_type",
    "doc_id",
    "user_id",
    "desk_id",
    "at",
)

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
    paths: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # see path()

    def product_id(self, sku: str) -> str:
        if sku in self.existing:
            return str(self.existing[sku]["id"])
        return self.new_ids[sku]

    def path(self, row: ProductRow) -> tuple[str, ...]:
        """:func:`_path` of the row, worked out once per distinct category path."""
        raw = row.category_path
        if type(raw) is not tuple:
            return _path(row)
        found = self.paths.get(raw)
        if found is None:
            found = self.paths[raw] = _path(row)
        return found


def _path(row: ProductRow) -> tuple[str, ...]:
    return tuple(name.strip() for name in row.category_path if name.strip())


def _load(s: Session, rows: Sequence[ProductRow]) -> _Plan:
    plan = _Plan()
    table = _PRODUCT
    quote = s.get_bind().dialect.identifier_preparer.quote
    product, barcode = quote(table.name), quote(_BARCODE.name)
    p_id, p_sku, b_code, b_pid = quote("id"), quote("sku"), quote("code"), quote("product_id")
    skus = list(dict.fromkeys([r.sku for r in rows] + [r.parent_sku for r in rows if r.parent_sku]))
    # Which SKUs the shop has (a new file: none), then those products' rows through Core.
    found = [sku for (sku,) in _select_in(s, f"SELECT {p_sku} FROM {product} WHERE {p_sku}", skus)]
    for i in range(0, len(found), _IN):
        q = select(table).where(_among(s, table.c.sku, found[i : i + _IN]))
        for m in s.execute(q).mappings():
            plan.existing[m["sku"]] = dict(m)
    codes = list(dict.fromkeys(c.strip() for r in rows for c in r.barcodes))
    holders = (
        f"SELECT b.{b_code}, p.{p_id}, p.{p_sku} FROM {barcode} b"
        f" JOIN {product} p ON p.{p_id} = b.{b_pid} WHERE b.{b_code}"
    )
    for code, pid, sku in _select_in(s, holders, codes):
        plan.holders[code] = (pid, sku)
    plan.locations = dict(s.execute(select(Location.code, Location.id)).tuples().all())
    plan.categories = set(s.scalars(select(Category.path)))
    plan.suppliers = set(s.scalars(select(Supplier.name)))
    return plan


def _among(s: Session, column: Column[str], values: list[str]) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column IN (SELECT unnest(array))``: one
    parameter, looked up through the column's index, where 500 separate parameters (or
    ``= ANY``) get compared one by one with every row of a sequential scan whenever the
    table's statistics are stale, as after a large import: 0.3 s a query instead of ms."""
    if s.get_bind().dialect.name == "postgresql":
        return column.in_(select(func.unnest(bindparam(None, values, type_=ARRAY(String)))))
    return column.in_(values)


def _select_in(s: Session, sql: str, values: list[str]) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` + ``IN (values)``, ``_IN`` values a query, sent to the driver
    as they are: for lookups of text columns, which no SQLAlchemy type converts."""
    conn = s.connection()
    mark = _MARKS.get(conn.dialect.paramstyle)
    found: list[tuple[Any, ...]] = []
    for i in range(0, len(values), _IN):
        part = values[i : i + _IN]
        if mark is None:  # another driver: SQLAlchemy writes its placeholders
            stmt = text(f"{sql} IN :values").bindparams(bindparam("values", expanding=True))
            found += [tuple(row) for row in conn.execute(stmt, {"values": part})]
        elif conn.dialect.name == "postgresql":  # one array parameter: see _among
            found += [
                tuple(row)
                for row in conn.exec_driver_sql(
                    f"{sql} IN (SELECT unnest({mark}::text[]))", (part,)
                )
            ]
        else:
            marks = ", ".join([mark] * len(part))
            found += [
                tuple(row) for row in conn.exec_driver_sql(f"{sql} IN ({marks})", tuple(part))
            ]
    return found


def _validate(
    s: Session, actor: Actor, rows: Sequence[ProductRow], plan: _Plan, cancel: Cancel | None
) -> list[ImportIssue]:
    issues: list[ImportIssue] = []
    add = issues.append
    first_row: dict[str, int] = {}
    by_sku: dict[str, ProductRow] = {}
    code_row: dict[str, tuple[int, str]] = {}
    approval_needed = needs_approval(s) and "price.change.approve" not in actor.permissions
    may_delist = "product.delist.approve" in actor.permissions
    fresh: list[str] = []
    for r in rows:
        if r.sku in first_row:
            add(
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
            fresh.append(r.sku)
    plan.new_ids.update(zip(fresh, new_ids(len(fresh)), strict=True))
    seen: dict[tuple[Any, ...], list[tuple[str, str]]] = {}  # see _shared_problems
    for n, r in enumerate(rows):
        if n % CHUNK == 0 and cancel is not None and cancel():
            raise ImportCancelled()
        if by_sku.get(r.sku) is not r:
            continue
        row = r.row
        old = plan.existing.get(r.sku)
        if (error := check_sku(r.sku)) is not None:
            add(ImportIssue(row, "sku", error.message))
        if (error := check_name(r.name)) is not None:
            add(ImportIssue(row, "name", error.message))
        # Unit, status, category and supplier names repeat from row to row: their problems
        # are worked out once per combination (issues are sorted by row and column at the
        # end, so listing these before the numbers changes nothing).
        if type(r.category_path) is tuple:
            key = (r.unit, r.status, r.category_path, r.supplier)
            shared = seen.get(key)
            if shared is None:
                shared = seen[key] = _shared_problems(r)
        else:
            shared = _shared_problems(r)
        for column, message in shared:
            add(ImportIssue(row, column, message))
        numbers = _CHECKED_VALUES(r)
        # Only None and plain ints (no bools), the non-zero ones within 1…MAX_INT: all pass
        # check_number, so the usual row costs a few C calls; any other row is checked
        # value by value (a plain int in range passes; anything else gets its verdict).
        if _PLAIN.issuperset(map(type, numbers)):
            given = [*filter(None, numbers)]
            if not given or (min(given) > 0 and max(given) <= MAX_INT):
                numbers = ()
        for value, column in zip(numbers, _CHECKED_COLUMNS, strict=False):
            if (
                value is not None
                and (type(value) is not int or not 0 <= value <= MAX_INT)
                and (error := check_number(column, value)) is not None
            ):
                add(ImportIssue(row, column, error.message))
        if r.parent_sku:
            issues += _check_parent(r, by_sku, plan)
        if r.stock is not None and (r.is_parent or (old is not None and old["is_parent"])):
            add(
                _issue(
                    row,
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
            add(
                _issue(
                    row,
                    "location",
                    QT_TRANSLATE_NOOP("Imports", "there is no location with the code “{code}”"),
                    code=code,
                )
            )
        if r.barcodes:
            issues += _check_barcodes(r, by_sku, plan, code_row)
        if old is None:
            continue
        if approval_needed:
            for f, column in (("price_minor", "price"), ("cost_minor", "cost")):
                value = getattr(r, f)
                if value is not None and value != old[f]:
                    add(
                        _issue(
                            row,
                            column,
                            QT_TRANSLATE_NOOP(
                                "Imports",
                                "changing the {what} of an existing product needs approval: "
                                "change it on the product's card",
                            ),
                            what=column,
                        )
                    )
        delists = r.status == "delisted" and old["status"] != "delisted"
        if delists and not may_delist:
            add(
                _issue(
                    row,
                    "status",
                    QT_TRANSLATE_NOOP(
                        "Imports", "delisting “{sku}” needs approval: request it on its card"
                    ),
                    sku=r.sku,
                )
            )
    issues.sort(key=lambda i: (i.row, i.column))
    return issues


def _shared_problems(r: ProductRow) -> list[tuple[str, str]]:
    """(column, message) for each problem of the row's unit, status, category names and
    supplier, in that order: the values many rows share."""
    errors = [
        ("unit", check_unit(r.unit)),
        ("status", check_status(r.status)),
        *(("category", check_category_name(name)) for name in r.category_path),
        ("category", check_category_path(CATEGORY_SEPARATOR.join(_path(r)))),
    ]
    if r.supplier.strip():
        errors.append(("supplier", check_supplier_name(r.supplier)))
    return [(column, error.message) for column, error in errors if error is not None]


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
    for parts in {plan.path(r) for r in rows}:
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
    if path := plan.path(r):
        base["category_id"] = category_ids[path]
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
    with gc_paused(), ctx.db.transaction() as s:
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
    category_ids = {p: ensure_category_path(s, p) for p in {plan.path(r) for r in rows} if p}
    supplier_ids = {n: ensure_supplier(s, n) for n in {r.supplier.strip() for r in rows} if n}
    if any(r.stock is not None and not r.location_code.strip() for r in rows) or any(
        r.location_code.strip() == DEFAULT_LOCATION for r in rows if r.stock is not None
    ):
        plan.locations[DEFAULT_LOCATION] = default_location(s).id
    # Barcodes leaving a product go first, so another row may take them.
    released = _released_barcodes(s, rows, plan)
    table = _BARCODE
    if released:
        s.execute(delete(table).where(table.c.code == bindparam("b_code")), released)
    held = {code: pid for code, (pid, _) in plan.holders.items()}
    ordered = sorted(rows, key=lambda r: not r.is_parent)  # parents before their variants
    counts = {"updated": 0, "price_changes": 0, "stock_moves": 0}
    parent_category: dict[str, str | None] = {}
    out = _Inserter(s)
    bound = {
        True: out.bind(_PRODUCT.c.is_parent, True),
        False: out.bind(_PRODUCT.c.is_parent, False),
        "now": out.bind(_PRODUCT.c.created_at, now),
    }
    fresh = set(plan.new_ids.values())
    for start in range(0, len(ordered), CHUNK):
        if cancel is not None and cancel():
            raise ImportCancelled()
        chunk = ordered[start : start + CHUNK]
        new_rows: list[tuple[Any, ...]] = []
        changed: list[dict[str, Any]] = []
        prices: list[dict[str, Any]] = []
        codes: list[tuple[str, str, str]] = []
        for r in chunk:
            old = plan.existing.get(r.sku)
            if old is None:
                new_rows.append(
                    _new_product(r, plan, category_ids, supplier_ids, parent_category, bound)
                )
                pid = plan.new_ids[r.sku]
            else:
                values = _values(r, old, plan, category_ids, supplier_ids)
                if r.is_parent:
                    parent_category[r.sku] = values["category_id"]
                if any(values[k] != old[k] for k in values):
                    values["updated_at"] = now
                    changed.append(values)
                    prices += price_change_rows(
                        product_id=old["id"],
                        old={"price": old["price_minor"], "cost": old["cost_minor"]},
                        new={"price": r.price_minor, "cost": r.cost_minor},
                        user_id=actor.user_id,
                        at=now,
                    )
                pid = str(old["id"])
            for raw in r.barcodes if len(r.barcodes) < 2 else dict.fromkeys(r.barcodes):
                code = raw.strip()
                if held.get(code) != pid:
                    codes.append((code, pid, plan.symbology[code]))
                    held[code] = pid
        out.insert(_PRODUCT, _NEW_PRODUCT_COLUMNS, new_rows)
        if changed:
            _update_products(s, changed)
        if prices:
            s.execute(insert(_PRICE_CHANGE), prices)
        out.insert(table, _BARCODE_COLUMNS, codes)
        counts["updated"] += len(changed)
        counts["price_changes"] += len(prices)
        counts["stock_moves"] += _set_stock(s, ctx, actor, chunk, plan, import_id, out, fresh)
        if progress is not None:
            progress(min(start + CHUNK, len(ordered)), len(ordered))
    if cancel is not None and cancel():
        raise ImportCancelled()
    return counts


def _new_product(
    r: ProductRow,
    plan: _Plan,
    category_ids: dict[tuple[str, ...], str | None],
    supplier_ids: dict[str, str],
    parent_category: dict[str, str | None],
    bound: dict[Any, Any],
) -> tuple[Any, ...]:
    """The row of a new product, in ``_NEW_PRODUCT_COLUMNS`` order: what :func:`_values`
    gives for a product not in the shop yet, with its id and times, ready for the driver."""
    path = plan.path(r)
    category_id = category_ids[path] if path else None
    if r.is_parent:
        parent_category[r.sku] = category_id
    parent = r.parent_sku.strip()
    if parent and not path:  # a new variant: its parent's
        category_id = parent_category.get(
            parent, (plan.existing.get(parent) or {}).get("category_id")
        )
    supplier = r.supplier.strip()
    now = bound["now"]
    return (
        plan.new_ids[r.sku],
        r.sku,
        search_key(r.sku),
        r.name.strip(),
        search_key(r.name),
        r.description or "",
        category_id,
        plan.product_id(parent) if parent else None,
        bound[bool(r.is_parent)],
        json.dumps(dict(r.options), ensure_ascii=False) if r.options else "",
        r.unit.strip(),
        0 if r.price_minor is None else r.price_minor,
        0 if r.cost_minor is None else r.cost_minor,
        0 if r.tax_rate_bp is None else r.tax_rate_bp,
        0 if r.weight_g is None else r.weight_g,
        0 if r.length_mm is None else r.length_mm,
        0 if r.width_mm is None else r.width_mm,
        0 if r.height_mm is None else r.height_mm,
        "",
        supplier_ids[supplier] if supplier else None,
        r.status,
        0 if r.reorder_point is None else r.reorder_point,
        0 if r.reorder_qty is None else r.reorder_qty,
        bound[False],
        now,
        now,
    )


def _released_barcodes(s: Session, rows: list[ProductRow], plan: _Plan) -> list[dict[str, str]]:
    """``b_code`` parameters for the shop's barcodes of products whose row lists other
    barcodes (a row without barcodes leaves them as they are)."""
    kept = {
        str(plan.existing[r.sku]["id"]): {c.strip() for c in r.barcodes}
        for r in rows
        if r.barcodes and r.sku in plan.existing
    }
    ids = list(kept)
    released = []
    for i in range(0, len(ids), _IN):
        q = select(ProductBarcode.product_id, ProductBarcode.code).where(
            _among(s, cast(Column[str], ProductBarcode.product_id), ids[i : i + _IN])
        )
        released += [{"b_code": code} for pid, code in s.execute(q) if code not in kept[pid]]
    return released


class _Inserter:
    """INSERTs of many rows with the driver's own ``executemany``, in the session's
    transaction: no per-row work in SQLAlchemy.  Rows are tuples of values already in
    the driver's form: a column whose type converts values (booleans, UTC times) gets
    :meth:`bind`'s result, which is what SQLAlchemy would have sent."""

    def __init__(self, s: Session) -> None:
        self.conn: Connection = s.connection()
        self.dialect = self.conn.dialect
        self.mark = _MARKS.get(self.dialect.paramstyle)

    def bind(self, column: Column[Any], value: Any) -> Any:
        """``value`` for ``column`` as SQLAlchemy binds it on this database."""
        process = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
        return value if process is None else process(value)

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """INSERT ``rows`` (tuples in ``columns`` order) into ``table``."""
        if not rows:
            return
        quote = self.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in columns)
        into = f"INSERT INTO {self.dialect.identifier_preparer.format_table(table)} ({names})"
        if self.mark is None:  # another driver: SQLAlchemy writes its placeholders
            keys = [f"p{i}" for i in range(len(columns))]
            stmt = text(f"{into} VALUES ({', '.join(':' + k for k in keys)})")
            self.conn.execute(stmt, [dict(zip(keys, row, strict=True)) for row in rows])
            return
        marks = ", ".join([self.mark] * len(columns))
        self.conn.exec_driver_sql(f"{into} VALUES ({marks})", rows)


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
    out: _Inserter,
    fresh: set[str],
) -> int:
    wanted: dict[tuple[str, str], int] = {}
    for r in chunk:
        if r.stock is None:
            continue
        location = plan.locations[r.location_code.strip() or DEFAULT_LOCATION]
        wanted[(plan.product_id(r.sku), location)] = r.stock
    if not wanted:
        return 0
    known = list(dict.fromkeys(pid for pid, _ in wanted if pid not in fresh))
    levels: dict[tuple[str, str], int] = {}
    for i in range(0, len(known), _IN):
        q = (
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand)
            .where(_among(s, cast(Column[str], StockLevel.product_id), known[i : i + _IN]))
            .with_for_update()  # no other desk changes these levels until we commit
        )
        for pid, loc, on_hand in s.execute(q):
            levels[(pid, loc)] = on_hand
    diffs: list[tuple[str, str, int]] = []
    inserts: list[tuple[str, str, int, int]] = []
    updates: list[dict[str, Any]] = []
    for (pid, loc), target in wanted.items():
        diff = target - levels.get((pid, loc), 0)
        if diff == 0:
            continue
        diffs.append((pid, loc, diff))
        if (pid, loc) in levels:
            updates.append({"b_pid": pid, "b_loc": loc, "b_diff": diff})
        else:
            inserts.append((pid, loc, diff, 0))
    at = out.bind(_MOVE.c.at, ctx.clock())
    user, desk = actor.user_id, ctx.desk_id or None
    moves = [
        (move_id, pid, loc, diff, "import", "", "import", import_id, user, desk, at)
        for move_id, (pid, loc, diff) in zip(new_ids(len(diffs)), diffs, strict=True)
    ]
    out.insert(_MOVE, _MOVE_COLUMNS, moves)
    out.insert(_LEVEL, _LEVEL_COLUMNS, inserts)
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
