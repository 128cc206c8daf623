"""Shopify's product CSV, as Products → Export writes it.

Rows sharing a "Handle" are one product: the first carries the product (Title, Body,
category, status) and its first variant; later rows carry another variant, or only an
image (no option value, SKU, price, …), which is skipped.  A product whose only option
is "Title" = "Default Title" is a simple product (its SKU is the variant's, or the handle
when the variant has none); otherwise the handle becomes a parent row and each variant
a row of its own, named "Title - M / Red".  "Variant Grams" is always grams.
"""

from __future__ import annotations

from decimal import Decimal

from merchant_app.imports.product_rows import ProductRow
from merchant_app.imports.table import (
    MISSING,
    UNKNOWN_STATUS,
    Columns,
    Issues,
    Table,
    barcode_tuple,
    check_rows,
)
from merchant_app.imports.values import BadValue, category_path, measure, money, whole

REQUIRED = ("Handle", "Title")
#: Columns only Shopify's export has (any one of them, with REQUIRED, identifies it).
MARKERS = ("Variant SKU", "Option1 Name", "Body (HTML)", "Variant Price")
STATUS_MAP = {"active": "listed", "draft": "draft", "archived": "delisted"}
PUBLISHED_MAP = {"true": "listed", "false": "draft"}

_OPTIONS = (
    ("Option1 Name", "Option1 Value"),
    ("Option2 Name", "Option2 Value"),
    ("Option3 Name", "Option3 Value"),
)
_VARIANT_KEYS = (
    "Option1 Value",
    "Option2 Value",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Qty",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Barcode",
    "Cost per item",
)
_COLUMNS = (
    "Handle",
    "Title",
    "Body (HTML)",
    "Product Category",
    "Type",
    "Published",
    "Status",
    "Variant Inventory Tracker",
    *(key for pair in _OPTIONS for key in pair),
    *_VARIANT_KEYS,
)
_GRAM = Decimal(1)


def parse_shopify(table: Table, minor_digits: int, issues: Issues) -> list[ProductRow]:
    """The rows of a Shopify export without issues; problems go to ``issues``."""
    if not table.require(REQUIRED, issues):
        return []
    c = {key: table.col(key) for key in _COLUMNS}
    name = table.name
    tracked_col = c["Variant Inventory Tracker"]

    def cell(values: list[str], key: str) -> str:
        i = c[key]
        return "" if i is None else values[i].strip()

    def variant_fields(n: int, values: list[str]) -> dict[str, object]:
        kw: dict[str, object] = {}
        readers = (
            ("Variant Price", "price_minor", lambda t: money(t, minor_digits)),
            ("Cost per item", "cost_minor", lambda t: money(t, minor_digits)),
            ("Variant Grams", "weight_g", lambda t: measure(t, _GRAM)),
            ("Variant Inventory Qty", "stock", whole),
        )
        for key, attr, read in readers:
            value = cell(values, key)
            if not value or (
                attr == "stock" and tracked_col is not None and not values[tracked_col].strip()
            ):
                continue  # stock of a variant Shopify does not track is unknown
            try:
                kw[attr] = read(value)
            except BadValue as exc:
                issues.bad(n, name(key), exc)
        code = cell(values, "Variant Barcode")
        if code:
            kw["barcodes"] = barcode_tuple([code.lstrip("'")], n, name("Variant Barcode"), issues)
        return kw

    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for n, values in table.rows(issues):
        handle = cell(values, "Handle")
        if handle:
            groups.setdefault(handle, []).append((n, values))
        else:
            issues.add(n, name("Handle"), MISSING)

    candidates: list[tuple[ProductRow, str]] = []
    for handle, rows in groups.items():
        first_n, first = rows[0]
        variants = rows[:1] + [
            (n, values) for n, values in rows[1:] if any(cell(values, k) for k in _VARIANT_KEYS)
        ]
        title = cell(first, "Title")
        body_col = c["Body (HTML)"]
        common: dict[str, object] = {
            "category_path": category_path(cell(first, "Product Category") or cell(first, "Type")),
        }
        status = cell(first, "Status")
        published = cell(first, "Published")
        if status:
            if status.lower() in STATUS_MAP:
                common["status"] = STATUS_MAP[status.lower()]
            else:
                allowed = ", ".join(STATUS_MAP)
                issues.add(first_n, name("Status"), UNKNOWN_STATUS, value=status, allowed=allowed)
        elif published.lower() in PUBLISHED_MAP:
            common["status"] = PUBLISHED_MAP[published.lower()]
        option_names = [cell(first, key) for key, _ in _OPTIONS]
        description = "" if body_col is None else first[body_col]
        if len(variants) == 1 and option_names[0] in ("", "Title") and not any(option_names[1:]):
            sku = cell(first, "Variant SKU")
            row = ProductRow(
                row=first_n,
                sku=sku or handle,
                name=title,
                description=description,
                **common,  # type: ignore[arg-type]
                **variant_fields(first_n, first),  # type: ignore[arg-type]
            )
            candidates.append((row, name("Variant SKU") if sku else name("Handle")))
            continue
        parent = ProductRow(
            row=first_n,
            sku=handle,
            name=title,
            is_parent=True,
            description=description,
            **common,  # type: ignore[arg-type]
        )
        candidates.append((parent, name("Handle")))
        for n, values in variants:
            options = tuple(
                (option, cell(values, value_key))
                for option, (_, value_key) in zip(option_names, _OPTIONS, strict=True)
                if option and cell(values, value_key)
            )
            label = " / ".join(value for _, value in options)
            row = ProductRow(
                row=n,
                sku=cell(values, "Variant SKU"),
                name=f"{title or handle} - {label}" if label else title,
                parent_sku=handle,
                options=options,
                **common,  # type: ignore[arg-type]
                **variant_fields(n, values),  # type: ignore[arg-type]
            )
            candidates.append((row, name("Variant SKU")))
    cols = Columns(
        sku=name("Variant SKU"),
        name=name("Title"),
        parent=name("Handle"),
        barcodes=name("Variant Barcode"),
    )
    return check_rows(candidates, cols, issues)
