"""Product CSV files in, whatever wrote them: the app's own export, WooCommerce's or
Shopify's product export; and the app's own CSV out.

:func:`parse_products` never raises for a bad file: every problem becomes an
:class:`~merchant_app.imports.product_rows.ImportIssue` naming the spreadsheet row and
the column as the file spells it.  Pure functions: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from merchant_app.bulk import gc_paused
from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.imports import shopify, woocommerce
from merchant_app.imports.app_format import APP_COLUMNS, parse_app, write_app_csv
from merchant_app.imports.encoding import UndecodableFile, decode_csv_bytes
from merchant_app.imports.product_rows import ImportIssue, ParseResult, ProductRow
from merchant_app.imports.table import Issues, Table, read_records

__all__ = [
    "APP_COLUMNS",
    "FORMATS",
    "decode_csv_bytes",
    "detect_format",
    "parse_products",
    "write_app_csv",
]

FORMATS = ("app", "woocommerce", "shopify")

EMPTY_FILE = QT_TRANSLATE_NOOP("Imports", "the file is empty")
UNKNOWN_HEADER = QT_TRANSLATE_NOOP(
    "Imports",
    "the header is not that of a product file the app reads (its own export, "
    "WooCommerce's or Shopify's product export)",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Imports", "unknown file format “{format}”")

_Parser = Callable[[Table, int, Issues], list[ProductRow]]
_PARSERS: dict[str, _Parser] = {
    "app": parse_app,
    "woocommerce": woocommerce.parse_woocommerce,
    "shopify": shopify.parse_shopify,
}


def detect_format(header: list[str]) -> str | None:
    """ "shopify", "woocommerce" or "app" from a header row (names compared ignoring
    case and surrounding spaces), or ``None`` when it is none of them."""
    names = {h.strip().lstrip("\ufeff").strip().casefold() for h in header}

    def has(*keys: str) -> bool:
        return all(k.casefold() in names for k in keys)

    def any_of(keys: tuple[str, ...]) -> bool:
        return any(k.casefold() in names for k in keys)

    if has(*shopify.REQUIRED) and any_of(shopify.MARKERS):
        return "shopify"
    if has(*woocommerce.REQUIRED) and any_of(woocommerce.MARKERS):
        return "woocommerce"
    if ("sku" in names or "name" in names) and len(names.intersection(APP_COLUMNS)) >= 2:
        return "app"
    return None


def parse_products(data: bytes, format: str | None = None, minor_digits: int = 2) -> ParseResult:
    """The products in a CSV file and every problem found in it; never raises for bad
    input.

    ``format`` ("app", "woocommerce", "shopify") is detected from the header when not
    given.  ``minor_digits`` is the currency's number of decimals: prices with more are
    refused rather than rounded.  ``rows`` holds only rows without issues; an import may
    go ahead only when ``issues`` is empty.
    """
    if minor_digits < 0:
        raise ValueError("minor_digits must not be negative")
    with gc_paused():  # a big file makes hundreds of thousands of objects that stay alive
        return _parse(data, format, minor_digits)


def _parse(data: bytes, format: str | None, minor_digits: int) -> ParseResult:
    issues = Issues()
    result = ParseResult(format=format or "")
    if format is not None and format not in _PARSERS:
        issues.add(0, "", UNKNOWN_FORMAT, format=format)
        result.issues = issues.sorted()
        return result
    try:
        text = decode_csv_bytes(data)
    except UndecodableFile as exc:
        message = exc.message
        params = tuple((k, str(v)) for k, v in exc.params.items())
        result.issues = [ImportIssue(0, "", message, template=exc.template, params=params)]
        return result
    records = read_records(text, issues)
    if not records or not any(field.strip() for field in records[0]):
        if not issues.items:
            issues.add(0, "", EMPTY_FILE)
        result.issues = issues.sorted()
        return result
    table = Table(records[0], records[1:])
    chosen = format or detect_format(table.header)
    if chosen is None:
        issues.add(1, "", UNKNOWN_HEADER)
    else:
        result.format = chosen
        result.rows = _PARSERS[chosen](table, minor_digits, issues)
    if issues.items:
        bad = issues.rows
        result.rows = [row for row in result.rows if row.row not in bad]
    result.issues = issues.sorted()
    return result
