"""WooCommerce's product CSV, as its built-in exporter (Products → Export) writes it.

What the exporter does that matters here (WooCommerce 3.1+): "Type" is a list such as
"variation, virtual"; a variation names its parent in "Parent" by SKU, or "id:123" when
the parent has none; "Categories" is a ", "-separated list of paths "Clothing > Hoodies"
with commas inside names escaped as "\\,"; "Published" is 1 (published), 0 (private),
-1 (draft) or 2 (pending); weight and size headers carry the shop's unit ("Weight (kg)",
"Length (cm)"); descriptions have newlines written as "\\n"; a value starting with
=, +, -, @ gets a leading apostrophe.  Prices use the shop's decimal separator.  English
headers only (the exporter translates them into the site's language).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.imports.product_rows import ProductRow
from merchant_app.imports.table import MISSING, Columns, Issues, Table, barcode_tuple, check_rows
from merchant_app.imports.values import (
    BadValue,
    category_path,
    measure,
    money,
    unescape_formula,
    whole,
)

REQUIRED = ("Type", "SKU", "Name")
#: Columns only WooCommerce's export has (any one of them, with REQUIRED, identifies it).
MARKERS = ("Regular price", "Published", "Parent", "Is featured?", "Visibility in catalog")
BARCODE_COLUMN = "GTIN, UPC, EAN, or ISBN"

WEIGHT_TO_G = {
    "kg": Decimal(1000),
    "g": Decimal(1),
    "lbs": Decimal("453.59237"),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}
LENGTH_TO_MM = {
    "m": Decimal(1000),
    "cm": Decimal(10),
    "mm": Decimal(1),
    "in": Decimal("25.4"),
    "yd": Decimal("914.4"),
}

UNKNOWN_UNIT = QT_TRANSLATE_NOOP("Imports", "unknown unit “{unit}”")
UNSUPPORTED_TYPE = QT_TRANSLATE_NOOP(
    "Imports",
    "products of type “{value}” cannot be imported (only simple and variable products "
    "and their variations)",
)
UNKNOWN_PUBLISHED = QT_TRANSLATE_NOOP(
    "Imports", "“{value}” is not a publishing state (1, 0, -1 or 2)"
)

_MEASURE_HEADER = re.compile(r"(weight|length|width|height) \((.+)\)", re.IGNORECASE)
_ATTRIBUTE_HEADER = re.compile(r"attribute (\d+) (name|value\(s\))", re.IGNORECASE)
_NEWLINES = re.compile(r"\\\\n|\\n")
_IGNORED_TYPES = frozenset({"", "virtual", "downloadable"})
_COMMA_MARK = "\ue000"
_COLUMNS = (
    "ID",
    "Type",
    "SKU",
    "Name",
    "Published",
    "Short description",
    "Description",
    "Stock",
    "Low stock amount",
    "Regular price",
    "Categories",
    "Parent",
    BARCODE_COLUMN,
    "Cost of goods",
)  # stands for an escaped comma while a list is split


def split_list(text: str) -> list[str]:
    """A WooCommerce list cell ("Clothing > Hoodies, Sale\\, 50%") as its items."""
    if "\\," not in text:
        return [item.strip() for item in text.split(",")]
    marked = text.replace("\\,", _COMMA_MARK)
    return [item.replace(_COMMA_MARK, ",").strip() for item in marked.split(",")]


def description_text(text: str) -> str:
    """An exported description with its newlines back (the exporter writes "\\n")."""
    text = unescape_formula(text)
    if "\\" not in text:
        return text
    return _NEWLINES.sub(lambda m: "\\n" if len(m.group()) == 3 else "\n", text)


def parse_woocommerce(table: Table, minor_digits: int, issues: Issues) -> list[ProductRow]:
    """The rows of a WooCommerce export without issues; problems go to ``issues``."""
    if not table.require(REQUIRED, issues):
        return []
    measures: list[tuple[int, str, Decimal]] = []
    attributes: dict[int, dict[str, int]] = {}
    for i, header in enumerate(table.header):
        m = _MEASURE_HEADER.fullmatch(header)
        if m:
            kind, unit = m.group(1).lower(), m.group(2).strip()
            factors = WEIGHT_TO_G if kind == "weight" else LENGTH_TO_MM
            factor = factors.get(unit.lower())
            if factor is None:
                issues.add(1, header, UNKNOWN_UNIT, unit=unit)
            else:
                measures.append((i, {"weight": "weight_g"}.get(kind, f"{kind}_mm"), factor))
        m = _ATTRIBUTE_HEADER.fullmatch(header)
        if m:
            attributes.setdefault(int(m.group(1)), {})[m.group(2).lower()] = i
    attribute_cols = [
        (cols["name"], cols["value(s)"])
        for _, cols in sorted(attributes.items())
        if "name" in cols and "value(s)" in cols
    ]
    c = {key: table.col(key) for key in _COLUMNS}
    name = table.name

    def cell(values: list[str], key: str) -> str:
        i = c[key]
        return "" if i is None else unescape_formula(values[i].strip())

    ids: dict[str, str] = {}
    candidates: list[tuple[ProductRow, str]] = []
    for n, values in table.rows(issues):
        type_text = cell(values, "Type")
        types = {t.strip().lower() for t in type_text.split(",")} - _IGNORED_TYPES
        variation = "variation" in types
        variable = "variable" in types and not variation
        if not (variation or variable or types == {"simple"}):
            issues.add(n, name("Type"), UNSUPPORTED_TYPE, value=type_text)
        kw: dict[str, object] = {}
        sku = cell(values, "SKU")
        product_id = cell(values, "ID")
        if product_id:
            ids[product_id] = sku
        published = cell(values, "Published")
        if published in ("0", "-1", "2"):
            kw["status"] = "draft"
        elif published not in ("1", ""):
            issues.add(n, name("Published"), UNKNOWN_PUBLISHED, value=published)
        description = ""
        for key in ("Description", "Short description"):
            at = c[key]
            if at is not None and not description:
                description = description_text(values[at])
        kw["description"] = description
        categories = [p for p in split_list(cell(values, "Categories")) if p]
        if categories:
            kw["category_path"] = category_path(categories[0])
        for key, attr in (("Regular price", "price_minor"), ("Cost of goods", "cost_minor")):
            value = cell(values, key)
            if value:
                try:
                    kw[attr] = money(value, minor_digits)
                except BadValue as exc:
                    issues.bad(n, name(key), exc)
        stock = cell(values, "Stock")
        if variable or stock.lower() == "parent":
            stock = ""  # a parent holds no stock; its variations say "parent" then
        low = cell(values, "Low stock amount")
        for key, attr, value in (
            ("Stock", "stock", stock),
            ("Low stock amount", "reorder_point", low),
        ):
            if value:
                try:
                    kw[attr] = whole(value)
                except BadValue as exc:
                    issues.bad(n, name(key), exc)
        for i, attr, factor in measures:
            value = values[i].strip()
            if value:
                try:
                    kw[attr] = measure(value, factor)
                except BadValue as exc:
                    issues.bad(n, table.header[i], exc)
        code = cell(values, BARCODE_COLUMN)
        if code:
            kw["barcodes"] = barcode_tuple([code], n, name(BARCODE_COLUMN), issues)
        parent = ""
        if variation:
            parent = cell(values, "Parent")
            if not parent:
                issues.add(n, name("Parent"), MISSING)
            options = []
            for name_i, value_i in attribute_cols:
                option, choice = values[name_i].strip(), values[value_i].strip()
                if option and choice:  # an empty value means "any" on a variation
                    options.append(
                        (unescape_formula(option), unescape_formula(choice).replace("\\,", ","))
                    )
            kw["options"] = tuple(options)
        row = ProductRow(
            row=n,
            sku=sku,
            name=cell(values, "Name"),
            parent_sku=parent,
            is_parent=variable,
            **kw,  # type: ignore[arg-type]
        )
        candidates.append((row, name("SKU")))
    candidates = _link_variations(candidates, ids)
    cols = Columns(
        sku=name("SKU"), name=name("Name"), parent=name("Parent"), barcodes=name(BARCODE_COLUMN)
    )
    return check_rows(candidates, cols, issues)


def _link_variations(
    candidates: list[tuple[ProductRow, str]], ids: dict[str, str]
) -> list[tuple[ProductRow, str]]:
    """Variations with "id:123" parents replaced by the parent's SKU, and the parent's
    category and name filled in where the variation's own are empty."""
    parents = {row.sku: row for row, _ in candidates if row.is_parent and row.sku}
    linked: list[tuple[ProductRow, str]] = []
    for row, sku_col in candidates:
        if row.parent_sku:
            parent_sku = row.parent_sku
            if parent_sku.lower().startswith("id:"):
                parent_sku = ids.get(parent_sku[3:].strip()) or parent_sku
            parent = parents.get(parent_sku)
            name = row.name
            if parent is not None and not name:
                choices = ", ".join(value for _, value in row.options)
                name = f"{parent.name} - {choices}" if choices else parent.name
            row = replace(
                row,
                parent_sku=parent_sku,
                name=name,
                category_path=row.category_path or (parent.category_path if parent else ()),
            )
        linked.append((row, sku_col))
    return linked
