"""The parts every product-file format shares: reading the CSV into numbered records,
finding columns by name, collecting issues, and the checks across rows (duplicate SKUs
and barcodes, parents present, lengths).

Row numbers are spreadsheet rows: the header is row 1 and each record is one row, even
when a quoted value spans several lines of the file (a spreadsheet shows it in one row).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from merchant_app import barcodes as barcode_rules
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.imports.encoding import sniff_delimiter
from merchant_app.imports.product_rows import ImportIssue, ProductRow
from merchant_app.imports.values import BadValue

SKU_MAX = 64
NAME_MAX = 200

MISSING = QT_TRANSLATE_NOOP("Imports", "missing")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Imports", "unknown status “{value}”: use one of {allowed}")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Imports", "required column “{column}” is missing")
TOO_LONG = QT_TRANSLATE_NOOP("Imports", "too long: {length} characters, at most {limit}")
DUPLICATE_SKU = QT_TRANSLATE_NOOP("Imports", "duplicate SKU, first seen on row {first}")
DUPLICATE_BARCODE = QT_TRANSLATE_NOOP(
    "Imports", "duplicate barcode “{code}”, first seen on row {first}"
)
PARENT_NOT_IN_FILE = QT_TRANSLATE_NOOP("Imports", "the parent “{parent}” is not in the file")
PARENT_IS_VARIANT = QT_TRANSLATE_NOOP(
    "Imports", "the parent “{parent}” is itself a variant of another product"
)
PARENT_NOT_PARENT = QT_TRANSLATE_NOOP(
    "Imports", "the parent “{parent}” is not a product with variants"
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Imports", "the row is cut short: it has {found} values but the header has {expected}"
)
EXTRA_VALUES = QT_TRANSLATE_NOOP(
    "Imports", "the row has {found} values but the header has only {expected}"
)
UNTERMINATED = QT_TRANSLATE_NOOP(
    "Imports", "a quoted value is never closed (is the file cut short?); nothing after it is read"
)
MALFORMED = QT_TRANSLATE_NOOP(
    "Imports", "the CSV is malformed here ({detail}); nothing after it is read"
)
NUL_HEADER = QT_TRANSLATE_NOOP(
    "Imports",
    "the header holds NUL characters (code 0): the file is not a text CSV (UTF-16 saved "
    "without its byte-order mark, or not a spreadsheet export at all?)",
)
NUL_CHARACTER = QT_TRANSLATE_NOOP(
    "Imports",
    "the value holds a NUL character (code 0), which cannot be stored: is the file "
    "really a text CSV?",
)


class Issues:
    """The problems found so far, each with its translatable template and fields."""

    def __init__(self) -> None:
        self.items: list[ImportIssue] = []
        self.rows: set[int] = set()

    def add(self, row: int, column: str, template: str, /, **params: object) -> None:
        """Record a problem at ``row`` (0: the whole file) and ``column``."""
        self.items.append(
            ImportIssue(
                row,
                column,
                template.format(**params),
                template=template,
                params=tuple((k, str(v)) for k, v in params.items()),
            )
        )
        self.rows.add(row)

    def bad(self, row: int, column: str, error: BadValue) -> None:
        """Record a cell that could not be read."""
        self.add(row, column, error.template, **error.params)

    def sorted(self) -> list[ImportIssue]:
        """All issues by row, in the order found within a row."""
        return sorted(self.items, key=lambda issue: issue.row)


def read_records(text: str, issues: Issues) -> list[list[str]]:
    """The CSV records of ``text`` (record *i* is row *i + 1*); a malformed record (an
    unclosed quote, a stray quote after a closing one) ends the reading with an issue.
    Each value holding a NUL character (no database stores it in text) is an issue on
    its row and column; NUL in the header makes the whole file unreadable (no records)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        row = len(records) + 1
        detail = str(exc)
        if "unexpected end of data" in detail:
            issues.add(row, "", UNTERMINATED)
        else:
            issues.add(row, "", MALFORMED, detail=detail)
    if "\x00" in text:
        header = records[0] if records else []
        if any("\x00" in name for name in header):  # nothing in such a file can be read
            issues.add(0, "", NUL_HEADER)
            return []
        for number, values in enumerate(records, start=1):
            for i, value in enumerate(values):
                if "\x00" in value:
                    column = header[i].strip().lstrip("\ufeff").strip() if i < len(header) else ""
                    issues.add(number, column, NUL_CHARACTER)
    return records


@dataclass
class Table:
    """A header and its records, with columns found by name (case and surrounding
    spaces ignored); ``name(key)`` gives the column's name as the file has it."""

    header: list[str]
    records: list[list[str]]
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.header = [h.strip().lstrip("\ufeff").strip() for h in self.header]
        self.index = {}
        for i, name in enumerate(self.header):
            self.index.setdefault(name.casefold(), i)

    def col(self, key: str) -> int | None:
        """The position of the column called ``key``, or ``None``."""
        return self.index.get(key.casefold())

    def name(self, key: str) -> str:
        """The column's name as written in the file (``key`` when it is absent)."""
        i = self.col(key)
        return key if i is None else self.header[i]

    def require(self, keys: tuple[str, ...], issues: Issues) -> bool:
        """Whether all ``keys`` are columns; records one issue per missing column."""
        missing = [k for k in keys if self.col(k) is None]
        for key in missing:
            issues.add(1, key, MISSING_COLUMN, column=key)
        return not missing

    def rows(self, issues: Issues) -> Iterator[tuple[int, list[str]]]:
        """``(row number, values)`` for each non-blank record with all its values; a
        record shorter than the header, or longer with something in the extra values,
        is reported and skipped."""
        width = len(self.header)
        header = self.header
        for number, values in enumerate(self.records, start=2):
            if not any(values):
                continue
            found = len(values)
            if found < width:
                issues.add(number, header[found], TRUNCATED, found=found, expected=width)
                continue
            if found > width and any(v.strip() for v in values[width:]):
                issues.add(number, "", EXTRA_VALUES, found=found, expected=width)
                continue
            yield number, values


def barcode_tuple(codes: Iterable[str], row: int, column: str, issues: Issues) -> tuple[str, ...]:
    """The non-empty ``codes``, stripped, each once, each validated (EAN-13/UPC-A check
    digit, Code 128 characters); a bad one is reported with the barcode rules' message."""
    valid: list[str] = []
    for raw in codes:
        code = raw.strip()
        if not code or code in valid:
            continue
        try:
            barcode_rules.detect(code)
        except InvalidInput as exc:
            issues.add(row, column, exc.template, **exc.params)
            continue
        valid.append(code)
    return tuple(valid)


@dataclass(frozen=True)
class Columns:
    """Which of the file's columns hold what the cross-row checks talk about."""

    sku: str
    name: str
    parent: str
    barcodes: str


def check_rows(
    candidates: list[tuple[ProductRow, str]], cols: Columns, issues: Issues
) -> list[ProductRow]:
    """Checks across rows, then the rows without any issue.

    ``candidates`` pairs each row with the column its SKU came from.  Reports empty or
    too long SKUs and names, duplicate SKUs and barcodes, and variants whose parent is
    not in the file, is not a parent, or is a variant itself.
    """
    first_row: dict[str, ProductRow] = {}
    first_barcode: dict[str, int] = {}
    for row, sku_col in candidates:
        n = row.row
        if not row.sku:
            issues.add(n, sku_col, MISSING)
        elif len(row.sku) > SKU_MAX:
            issues.add(n, sku_col, TOO_LONG, length=len(row.sku), limit=SKU_MAX)
        elif row.sku in first_row:
            issues.add(n, sku_col, DUPLICATE_SKU, first=first_row[row.sku].row)
        else:
            first_row[row.sku] = row
        if not row.name:
            issues.add(n, cols.name, MISSING)
        elif len(row.name) > NAME_MAX:
            issues.add(n, cols.name, TOO_LONG, length=len(row.name), limit=NAME_MAX)
        for code in row.barcodes:
            seen = first_barcode.setdefault(code, n)
            if seen != n:
                issues.add(n, cols.barcodes, DUPLICATE_BARCODE, code=code, first=seen)
    for row, _ in candidates:
        if not row.parent_sku:
            continue
        parent = first_row.get(row.parent_sku)
        if parent is None:
            issues.add(row.row, cols.parent, PARENT_NOT_IN_FILE, parent=row.parent_sku)
        elif parent.parent_sku:
            issues.add(row.row, cols.parent, PARENT_IS_VARIANT, parent=row.parent_sku)
        elif not parent.is_parent:
            issues.add(row.row, cols.parent, PARENT_NOT_PARENT, parent=row.parent_sku)
    bad = issues.rows
    return [row for row, _ in candidates if row.row not in bad]
