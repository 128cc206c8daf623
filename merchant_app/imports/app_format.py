"""The app's own product CSV: what the exporter writes and the importer reads back.

One row per product or variant, columns :data:`APP_COLUMNS`.  A variant names its
parent's SKU in ``parent_sku``; a row is a parent when another row names it.  Lists are
";"-separated ("Size=M;Colour=Red", "6901234567892;ABC-1"), with "\\" escaping ";", "="
and itself; a category is a path "Clothing > Hoodies" (names cannot contain ">").
Prices are decimals in the shop's currency, tax a percentage, weight in grams, sizes in
millimetres.  Text that a spreadsheet would run as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import replace

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.imports.product_rows import STATUSES, ProductRow
from merchant_app.imports.table import (
    TOO_LONG,
    UNKNOWN_STATUS,
    Columns,
    Issues,
    Table,
    barcode_tuple,
    check_rows,
)
from merchant_app.imports.values import (
    BadValue,
    category_path,
    escape_formula,
    escape_item,
    format_minor,
    format_percent,
    money,
    percent_bp,
    split_escaped,
    unescape,
    unescape_formula,
    whole,
)

APP_COLUMNS: tuple[str, ...] = (
    "sku",
    "parent_sku",
    "name",
    "options",
    "category",
    "barcodes",
    "unit",
    "price",
    "cost",
    "tax_rate",
    "weight_g",
    "length_mm",
    "width_mm",
    "height_mm",
    "supplier",
    "status",
    "reorder_point",
    "reorder_qty",
    "stock",
    "location",
    "description",
)
REQUIRED = ("sku", "name")

NOT_AN_OPTION = QT_TRANSLATE_NOOP(
    "Imports", "“{value}” is not an option: write Name=Value, several separated by “;”"
)
PARENT_WITH_STOCK = QT_TRANSLATE_NOOP(
    "Imports", "a product with variants has no stock of its own: give the stock to its variants"
)

_WHOLE_FIELDS = (
    ("weight_g", "weight_g"),
    ("length_mm", "length_mm"),
    ("width_mm", "width_mm"),
    ("height_mm", "height_mm"),
    ("reorder_point", "reorder_point"),
    ("reorder_qty", "reorder_qty"),
    ("stock", "stock"),
)
_TEXT_LIMITS = (
    ("unit", "unit", 16),
    ("supplier", "supplier", 120),
    ("location", "location_code", 32),
)
COLUMNS = Columns(sku="sku", name="name", parent="parent_sku", barcodes="barcodes")


def _text(cell: str) -> str:
    value = cell.strip()
    return unescape_formula(value) if value[:1] == "'" else value


def parse_options(text: str) -> tuple[tuple[str, str], ...]:
    """``"Size=M;Colour=Red"`` as ``(("Size", "M"), ("Colour", "Red"))``; raises
    :class:`BadValue` for an item without a name or without "="."""
    pairs: list[tuple[str, str]] = []
    if "\\" not in text:  # nothing escaped: the common case, split directly
        for item in text.split(";"):
            name, _, value = item.partition("=")
            name = name.strip()
            if not name or not _ or "=" in value:
                if not item.strip():
                    continue
                raise BadValue(NOT_AN_OPTION, value=item.strip())
            pairs.append((name, value.strip()))
        return tuple(pairs)
    for item in split_escaped(text, ";"):
        if not item.strip():
            continue
        parts = split_escaped(item, "=")
        name = parts[0].strip()
        if len(parts) != 2 or not name:
            raise BadValue(NOT_AN_OPTION, value=item.strip())
        pairs.append((unescape(name), unescape(parts[1].strip())))
    return tuple(pairs)


def parse_app(table: Table, minor_digits: int, issues: Issues) -> list[ProductRow]:
    """The rows of an app-format table without issues; problems go to ``issues``."""
    if not table.require(REQUIRED, issues):
        return []
    col = {key: table.col(key) for key in APP_COLUMNS}
    name_of = {key: table.name(key) for key in APP_COLUMNS}
    money_fields: tuple[tuple[str, str, Callable[[str], int]], ...] = (
        ("price", "price_minor", lambda t: money(t, minor_digits)),
        ("cost", "cost_minor", lambda t: money(t, minor_digits)),
        ("tax_rate", "tax_rate_bp", percent_bp),
    )
    numeric = money_fields + tuple((k, a, whole) for k, a in _WHOLE_FIELDS)
    numeric_cols: list[tuple[int, str, str, Callable[[str], int]]] = []
    for key, attr, read in numeric:
        i = col[key]
        if i is not None:
            numeric_cols.append((i, key, attr, read))
    at: dict[str, int] = {}
    for key in APP_COLUMNS:
        found = col[key]
        at[key] = -1 if found is None else found  # -1 reads the "" appended to each row
    limited = [(at[key], key, attr, limit) for key, attr, limit in _TEXT_LIMITS]
    i_sku, i_parent, i_name, i_category, i_status, i_options, i_codes, i_description = (
        at[key]
        for key in ("sku", "parent_sku", "name", "category", "status", "options", "barcodes",
                    "description")
    )  # fmt: skip
    candidates: list[tuple[ProductRow, str]] = []
    for n, values in table.rows(issues):
        values.append("")  # what a missing column (index -1) reads
        kw: dict[str, object] = {}
        for i, key, attr, read in numeric_cols:
            cell = values[i]
            if cell and not cell.isspace():
                try:
                    kw[attr] = read(cell)
                except BadValue as exc:
                    issues.bad(n, name_of[key], exc)
        for i, key, attr, limit in limited:
            value = _text(values[i])
            if value:
                if len(value) > limit:
                    issues.add(n, name_of[key], TOO_LONG, length=len(value), limit=limit)
                kw[attr] = value
        status = _text(values[i_status])
        if status:
            if status.lower() in STATUSES:
                kw["status"] = status.lower()
            else:
                allowed = ", ".join(STATUSES)
                issues.add(n, name_of["status"], UNKNOWN_STATUS, value=status, allowed=allowed)
        options = _text(values[i_options])
        if options:
            try:
                kw["options"] = parse_options(options)
            except BadValue as exc:
                issues.bad(n, name_of["options"], exc)
        codes = _text(values[i_codes])
        if codes:
            items = [unescape(c) for c in split_escaped(codes, ";")]
            kw["barcodes"] = barcode_tuple(items, n, name_of["barcodes"], issues)
        description = values[i_description]
        if description:
            kw["description"] = unescape_formula(description)
        row = ProductRow(
            row=n,
            sku=_text(values[i_sku]),
            name=_text(values[i_name]),
            parent_sku=_text(values[i_parent]),
            category_path=category_path(_text(values[i_category])),
            **kw,  # type: ignore[arg-type]
        )
        candidates.append((row, name_of["sku"]))
    parents = {row.parent_sku for row, _ in candidates if row.parent_sku}
    if parents:
        marked: list[tuple[ProductRow, str]] = []
        for row, sku_col in candidates:
            if row.sku in parents:
                if row.stock is not None:
                    issues.add(row.row, name_of["stock"], PARENT_WITH_STOCK)
                row = replace(row, is_parent=True)
            marked.append((row, sku_col))
        candidates = marked
    cols = Columns(
        sku=name_of["sku"],
        name=name_of["name"],
        parent=name_of["parent_sku"],
        barcodes=name_of["barcodes"],
    )
    return check_rows(candidates, cols, issues)


def _cells(row: ProductRow, minor_digits: int) -> list[str]:
    def opt(value: int | None) -> str:
        return "" if value is None else str(value)

    def money_text(value: int | None) -> str:
        return "" if value is None else format_minor(value, minor_digits)

    return [
        escape_formula(row.sku),
        escape_formula(row.parent_sku),
        escape_formula(row.name),
        escape_formula(";".join(f"{escape_item(k)}={escape_item(v)}" for k, v in row.options)),
        escape_formula(" > ".join(row.category_path)),
        escape_formula(";".join(escape_item(code) for code in row.barcodes)),
        escape_formula(row.unit),
        money_text(row.price_minor),
        money_text(row.cost_minor),
        "" if row.tax_rate_bp is None else format_percent(row.tax_rate_bp),
        opt(row.weight_g),
        opt(row.length_mm),
        opt(row.width_mm),
        opt(row.height_mm),
        escape_formula(row.supplier),
        row.status,
        opt(row.reorder_point),
        opt(row.reorder_qty),
        opt(row.stock),
        escape_formula(row.location_code),
        escape_formula(row.description),
    ]


def write_app_csv(rows: Iterable[ProductRow], minor_digits: int = 2) -> bytes:
    """``rows`` as the app's CSV: UTF-8 with a byte-order mark (so Excel shows Chinese
    correctly), "\\r\\n" line ends, columns :data:`APP_COLUMNS`.  Deterministic (the same
    rows give the same bytes) and read back by ``parse_products`` into equal rows (apart
    from ``row``, which becomes the spreadsheet row)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(APP_COLUMNS)
    writer.writerows(_cells(row, minor_digits) for row in rows)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
