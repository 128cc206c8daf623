"""Order CSV files in (ORD-9): the app's own order format and Shopify's orders export.

Both are read into :class:`ImportedOrder` values (one per order, with its lines) and a
list of :class:`~merchant_app.imports.product_rows.ImportIssue` naming the spreadsheet
row and the column as the file spells it.  :func:`parse_orders` never raises for a bad
file.  Pure functions: no database, no Qt; the order import service matches SKUs,
delivery methods and stock.

* The app's format (:data:`APP_COLUMNS`): one row per order line; rows sharing an
  ``order_ref`` are one order.  The order's fields (date, customer, shipping, payment,
  note) may be repeated on every row or given once; a row that gives another value than
  an earlier row of the same order is refused.  Money is decimal in the shop's currency;
  ``unit_price`` empty means the catalog price; ``paid`` is what the customer has paid
  by ``payment_method`` (``cash``, ``card``, ``bank_transfer``, ``wallet``; ``cod`` or
  ``account`` mean "pays later": cash on delivery, on account).
* Shopify (Orders → Export): the first row of an order ("Name" like ``#1001``) carries
  the order's fields, the following rows only the ``Lineitem …`` fields.  Orders
  cancelled, refunded or voided, and orders Shopify has (partly) fulfilled, are kept
  apart as *closed* (the import skips them: their goods left from somewhere else).
  "Taxes" is not imported: line prices are taken as charged.

Naive dates and times are the computer's local time; Shopify writes its offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from merchant_app.bulk import gc_paused
from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.imports.encoding import UndecodableFile, decode_csv_bytes
from merchant_app.imports.product_rows import ImportIssue
from merchant_app.imports.table import MISSING, TOO_LONG, Issues, Table, read_records
from merchant_app.imports.values import BadValue, money, unescape_formula, whole

FORMATS = ("app", "shopify")

#: The app's own order file, in the order the columns are written.
APP_COLUMNS: tuple[str, ...] = (
    "order_ref",
    "date",
    "customer_name",
    "customer_phone",
    "ship_name",
    "ship_phone",
    "ship_address",
    "delivery_method",
    "sku",
    "quantity",
    "unit_price",
    "line_discount",
    "shipping_fee",
    "payment_method",
    "paid",
    "note",
)
APP_REQUIRED = ("order_ref", "sku", "quantity")
SHOPIFY_REQUIRED = ("Name", "Lineitem quantity", "Lineitem sku")
#: Columns of Shopify's orders export that tell it apart (any one, with the required).
SHOPIFY_MARKERS = ("Financial Status", "Fulfillment Status", "Lineitem price", "Created at")

#: Payment methods a file may name, by the app's codes (services.orders.PAYMENT_METHODS
#: minus the member-only ones), and the terms "pay later" words stand for.
FILE_METHODS = ("cash", "card", "bank_transfer", "wallet")
LATER_TERMS = {"cod": "cod", "cash_on_delivery": "cod", "account": "account"}
_METHOD_ALIASES = {
    "bank transfer": "bank_transfer",
    "transfer": "bank_transfer",
    "bank": "bank_transfer",
    "cash on delivery": "cod",
    "on account": "account",
}
# Words in Shopify's "Payment Method" (its gateway names) -> the app's method.
_GATEWAY_WORDS: tuple[tuple[str, str], ...] = (
    ("cash on delivery", "cod"),
    ("(cod)", "cod"),
    ("bank", "bank_transfer"),
    ("deposit", "bank_transfer"),
    ("transfer", "bank_transfer"),
    ("paypal", "wallet"),
    ("alipay", "wallet"),
    ("wechat", "wallet"),
    ("apple pay", "wallet"),
    ("google pay", "wallet"),
    ("shop pay", "wallet"),
    ("cash", "cash"),
)
_CLOSED_FINANCIAL = ("refunded", "voided")
_CLOSED_FULFILMENT = ("fulfilled", "partial", "partially fulfilled")
_PAID_FINANCIAL = ("paid", "partially_paid", "partially_refunded")
_OPEN_FINANCIAL = ("pending", "authorized", "expired", "unpaid", "")

REF_MAX = 64
TEXT_LIMITS = {"customer_name": 120, "customer_phone": 40, "ship_name": 120, "ship_phone": 40}

EMPTY_FILE = QT_TRANSLATE_NOOP("Imports", "the file is empty")
UNKNOWN_HEADER = QT_TRANSLATE_NOOP(
    "Imports",
    "the header is not that of an order file the app reads (its own order format or "
    "Shopify's orders export)",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Imports", "unknown file format “{format}”")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Imports", "“{value}” is not a date (write it as 2026-01-31 or 2026-01-31 14:05)"
)
UNKNOWN_METHOD = QT_TRANSLATE_NOOP(
    "Imports", "unknown payment method “{value}”: use one of {allowed}"
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Imports", "“{value}” differs from “{first}” given for this order on row {row}"
)
ZERO_QUANTITY = QT_TRANSLATE_NOOP("Imports", "the quantity must be at least 1")
PAID_WITHOUT_METHOD = QT_TRANSLATE_NOOP(
    "Imports", "an amount is paid but the payment method is missing"
)
UNKNOWN_FINANCIAL = QT_TRANSLATE_NOOP(
    "Imports", "unknown financial status “{value}”: use one of {allowed}"
)


@dataclass(frozen=True)
class ImportedLine:
    """One order line as read: ``row`` is its spreadsheet row; ``unit_price_minor``
    ``None`` means the catalog price; ``discount_minor`` is off the whole line."""

    row: int
    sku: str
    quantity: int
    unit_price_minor: int | None = None
    discount_minor: int = 0


@dataclass(frozen=True)
class ImportedOrder:
    """One order as read, with its lines.  ``row`` is its first row; ``ref`` the
    reference it has in the file (Shopify's "Name", e.g. ``#1001``).  ``placed_at``
    ``None``: the file gives no date.  ``delivery_method`` is the file's text (the
    service matches it to the shop's methods).  ``closed`` says why the order is not to
    be imported ("" when it is)."""

    row: int
    ref: str
    lines: tuple[ImportedLine, ...]
    placed_at: datetime | None = None
    customer_name: str = ""
    customer_phone: str = ""
    ship_name: str = ""
    ship_phone: str = ""
    ship_address: str = ""
    delivery_method: str = ""
    shipping_fee_minor: int | None = None
    discount_minor: int = 0
    payment_method: str = ""
    payment_terms: str = "prepaid"
    paid_minor: int = 0
    paid_in_full: bool = False
    file_total_minor: int | None = None
    note: str = ""
    closed: str = ""


@dataclass(frozen=True)
class OrderColumns:
    """The file's own names of the columns issues found later are reported against."""

    ref: str = "order_ref"
    date: str = "date"
    sku: str = "sku"
    quantity: str = "quantity"
    unit_price: str = "unit_price"
    line_discount: str = "line_discount"
    ship_address: str = "ship_address"
    delivery_method: str = "delivery_method"
    payment_method: str = "payment_method"
    paid: str = "paid"
    shipping_fee: str = "shipping_fee"
    discount: str = "line_discount"


@dataclass
class OrderParseResult:
    """The orders read and the problems found; an import may go ahead only when
    ``issues`` is empty.  ``orders`` holds only orders none of whose rows has an issue."""

    format: str
    orders: list[ImportedOrder] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    columns: OrderColumns = field(default_factory=OrderColumns)

    @property
    def ok(self) -> bool:
        """True when the file had no problems."""
        return not self.issues


# ---------------------------------------------------------------------------- cells

_WHEN = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?)?"
    r"\s*(Z|UTC|[+-]\d{2}:?\d{2})?"
)


def parse_when(text: str) -> datetime:
    """An aware UTC time from "2026-01-31", "2026/1/31 14:05", "2026-01-31T14:05:00Z"
    or Shopify's "2026-01-31 14:05:00 +0800"; without an offset the time is the
    computer's local time.  Raises :class:`BadValue` otherwise."""
    match = _WHEN.fullmatch(text.strip())
    if match is None:
        raise BadValue(NOT_A_DATE, value=text.strip())
    year, month, day, hour, minute, second, micro, zone = match.groups()
    try:
        naive = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((micro or "0").ljust(6, "0")),
        )
    except ValueError:
        raise BadValue(NOT_A_DATE, value=text.strip()) from None
    if zone in ("Z", "UTC"):
        return naive.replace(tzinfo=UTC)
    # An offset of a day or more ("+9999"), or a time at the very ends of the calendar
    # that the offset moves out of it ("0001-01-01 00:00 +0500"), is not a date either.
    try:
        if zone is None:
            return naive.astimezone().astimezone(UTC)  # local time
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        offset = minutes if zone[0] == "+" else -minutes
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset))).astimezone(UTC)
    except (ValueError, OverflowError):
        raise BadValue(NOT_A_DATE, value=text.strip()) from None


def payment_method(text: str) -> str:
    """The app's method code for a file's payment method ("Card", "bank transfer",
    "cod"); raises :class:`BadValue` naming the methods a file may use."""
    key = text.strip().casefold().replace("-", "_")
    key = _METHOD_ALIASES.get(key, key)
    if key in FILE_METHODS or key in LATER_TERMS:
        return LATER_TERMS.get(key, key)
    raise BadValue(
        UNKNOWN_METHOD, value=text.strip(), allowed=", ".join((*FILE_METHODS, "cod", "account"))
    )


def gateway_method(text: str) -> str:
    """The app's method for one of Shopify's payment gateway names ("Shopify Payments",
    "PayPal Express Checkout", "Cash on Delivery (COD)", "Bank Deposit"): ``cod`` for
    cash on delivery, ``card`` for any gateway it does not recognise."""
    lowered = text.strip().casefold()
    for gateway in (g.strip() for g in lowered.split(",")):
        for word, method in _GATEWAY_WORDS:
            if word in gateway:
                return method
    return "card"


def _phone(text: str) -> str:
    return text.strip().lstrip("'").strip()


# ---------------------------------------------------------------------------- formats


def detect_format(header: list[str]) -> str | None:
    """ "shopify" or "app" from a header row (names compared ignoring case and
    surrounding spaces), or ``None`` when it is neither."""
    names = {h.strip().lstrip("\ufeff").strip().casefold() for h in header}
    if all(k.casefold() in names for k in SHOPIFY_REQUIRED) and any(
        k.casefold() in names for k in SHOPIFY_MARKERS
    ):
        return "shopify"
    if all(k in names for k in APP_REQUIRED):
        return "app"
    return None


class _Reader:
    """Cells of one table by key, and the reading of typed cells into issues."""

    def __init__(self, table: Table, issues: Issues, minor_digits: int) -> None:
        self.table = table
        self.issues = issues
        self.minor_digits = minor_digits

    def cell(self, values: list[str], key: str) -> str:
        i = self.table.col(key)
        return "" if i is None else values[i].strip()

    def read(self, n: int, values: list[str], key: str, reader: Callable[[str], object]) -> object:
        """The cell read by ``reader`` (``None`` when empty or bad: bad is reported)."""
        text = self.cell(values, key)
        if not text:
            return None
        try:
            return reader(text)
        except BadValue as exc:
            self.issues.bad(n, self.table.name(key), exc)
            return None

    def money(self, n: int, values: list[str], key: str) -> int | None:
        value = self.read(n, values, key, lambda t: money(t, self.minor_digits))
        return value if isinstance(value, int) else None

    def line(self, n: int, values: list[str], keys: tuple[str, str, str, str]) -> ImportedLine:
        sku_key, qty_key, price_key, discount_key = keys
        sku = unescape_formula(self.cell(values, sku_key))
        if not sku:
            self.issues.add(n, self.table.name(sku_key), MISSING)
        quantity = self.read(n, values, qty_key, whole)
        if self.cell(values, qty_key) == "":
            self.issues.add(n, self.table.name(qty_key), MISSING)
        elif quantity == 0:
            self.issues.add(n, self.table.name(qty_key), ZERO_QUANTITY)
        return ImportedLine(
            row=n,
            sku=sku,
            quantity=quantity if isinstance(quantity, int) else 0,
            unit_price_minor=self.money(n, values, price_key),
            discount_minor=self.money(n, values, discount_key) or 0,
        )

    def text(self, n: int, values: list[str], key: str, limit: int) -> str:
        value = self.cell(values, key)
        if len(value) > limit:
            self.issues.add(n, self.table.name(key), TOO_LONG, length=len(value), limit=limit)
        return value


def _ref(reader: _Reader, n: int, values: list[str], key: str) -> str:
    ref = unescape_formula(reader.cell(values, key))
    if not ref:
        reader.issues.add(n, reader.table.name(key), MISSING)
    elif len(ref) > REF_MAX:
        reader.issues.add(n, reader.table.name(key), TOO_LONG, length=len(ref), limit=REF_MAX)
    return ref


_APP_ORDER_FIELDS = (
    "date",
    "customer_name",
    "customer_phone",
    "ship_name",
    "ship_phone",
    "ship_address",
    "delivery_method",
    "shipping_fee",
    "payment_method",
    "paid",
    "note",
)


def parse_app(table: Table, minor_digits: int, issues: Issues) -> list[ImportedOrder]:
    """The orders of a file in the app's own format; problems go to ``issues``."""
    if not table.require(APP_REQUIRED, issues):
        return []
    reader = _Reader(table, issues, minor_digits)
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for n, values in table.rows(issues):
        ref = _ref(reader, n, values, "order_ref")
        if ref:
            groups.setdefault(ref, []).append((n, values))
    return [_app_order(reader, ref, rows) for ref, rows in groups.items()]


def _app_order(reader: _Reader, ref: str, rows: list[tuple[int, list[str]]]) -> ImportedOrder:
    """One order of the app's format from its rows: each order field from the first row
    that gives it (a later row giving another value is reported)."""
    issues, table = reader.issues, reader.table
    first_n = rows[0][0]
    by_row = dict(rows)
    given: dict[str, tuple[int, str]] = {}
    for n, values in rows:
        for key in _APP_ORDER_FIELDS:
            value = reader.cell(values, key)
            if not value:
                continue
            seen = given.setdefault(key, (n, value))
            if seen[1] != value:
                issues.add(n, table.name(key), CONFLICT, value=value, first=seen[1], row=seen[0])

    def at(key: str) -> tuple[int, list[str]]:
        n = given[key][0] if key in given else first_n
        return n, by_row[n]

    fields: dict[str, str] = {}
    for key, limit in TEXT_LIMITS.items():
        value = reader.text(*at(key), key, limit)
        fields[key] = _phone(value) if key.endswith("phone") else value
    when = reader.read(*at("date"), "date", parse_when)
    paid = reader.money(*at("paid"), "paid") or 0
    n, values = at("payment_method")
    method = reader.read(n, values, "payment_method", payment_method)
    terms = "prepaid"
    if method in LATER_TERMS.values():
        terms, method = str(method), None
    if paid and not method and not (n in issues.rows and reader.cell(values, "payment_method")):
        issues.add(n, table.name("payment_method"), PAID_WITHOUT_METHOD)
    line_keys = ("sku", "quantity", "unit_price", "line_discount")
    return ImportedOrder(
        row=first_n,
        ref=ref,
        lines=tuple(reader.line(m, row_values, line_keys) for m, row_values in rows),
        placed_at=when if isinstance(when, datetime) else None,
        customer_name=fields["customer_name"],
        customer_phone=fields["customer_phone"],
        ship_name=fields["ship_name"],
        ship_phone=fields["ship_phone"],
        ship_address=reader.cell(at("ship_address")[1], "ship_address"),
        delivery_method=reader.cell(at("delivery_method")[1], "delivery_method"),
        shipping_fee_minor=reader.money(*at("shipping_fee"), "shipping_fee"),
        payment_method=str(method) if method else "",
        payment_terms=terms,
        paid_minor=paid,
        note=reader.cell(at("note")[1], "note"),
    )


def _address(reader: _Reader, values: list[str]) -> str:
    street = reader.cell(values, "Shipping Address1") or reader.cell(values, "Shipping Street")
    parts = [
        reader.cell(values, "Shipping Company"),
        street,
        reader.cell(values, "Shipping Address2"),
        " ".join(
            p
            for p in (
                reader.cell(values, "Shipping Zip").lstrip("'"),
                reader.cell(values, "Shipping City"),
            )
            if p
        ),
        reader.cell(values, "Shipping Province Name") or reader.cell(values, "Shipping Province"),
        reader.cell(values, "Shipping Country"),
    ]
    return ", ".join(p for p in parts if p)


def _shopify_order(
    reader: _Reader, ref: str, rows: list[tuple[int, list[str]]], issues: Issues
) -> ImportedOrder:
    table = reader.table
    n, first = rows[0]
    cell = reader.cell
    financial = cell(first, "Financial Status").casefold()
    fulfilment = cell(first, "Fulfillment Status").casefold()
    closed = ""
    if cell(first, "Cancelled at"):
        closed = "cancelled"
    elif financial in _CLOSED_FINANCIAL:
        closed = financial
    elif fulfilment in _CLOSED_FULFILMENT:
        closed = "fulfilled" if fulfilment == "fulfilled" else "partly fulfilled"
    if closed:  # skipped whole: its cells are not checked
        return ImportedOrder(row=n, ref=ref, lines=(), closed=closed)
    line_keys = ("Lineitem sku", "Lineitem quantity", "Lineitem price", "Lineitem discount")
    lines = tuple(reader.line(m, values, line_keys) for m, values in rows)
    when = reader.read(n, first, "Created at", parse_when)
    total = reader.money(n, first, "Total")
    if financial not in _PAID_FINANCIAL + _OPEN_FINANCIAL:
        allowed = ", ".join((*_PAID_FINANCIAL, *_OPEN_FINANCIAL[:-1], *_CLOSED_FINANCIAL))
        raw = cell(first, "Financial Status")
        issues.add(n, table.name("Financial Status"), UNKNOWN_FINANCIAL, value=raw, allowed=allowed)
    gateway = gateway_method(cell(first, "Payment Method"))
    terms = "cod" if gateway == "cod" else "prepaid"
    paid = 0
    paid_in_full = False
    if financial == "paid":
        paid_in_full = True
    elif financial == "partially_paid":
        outstanding = reader.money(n, first, "Outstanding Balance")
        paid = max(0, (total or 0) - (outstanding or 0)) if outstanding is not None else 0
    elif financial == "partially_refunded":
        refunded = reader.money(n, first, "Refunded Amount") or 0
        paid = max(0, (total or 0) - refunded)
    line_discounts = sum(ln.discount_minor for ln in lines)
    discount = reader.money(n, first, "Discount Amount") or 0
    phone = _phone(cell(first, "Phone")) or _phone(cell(first, "Billing Phone"))
    notes = [cell(first, "Notes")]
    email = cell(first, "Email")
    if email:
        notes.append(f"Email: {email}")
    if cell(first, "Discount Code"):
        notes.append(f"Discount code: {cell(first, 'Discount Code')}")
    ship_name = cell(first, "Shipping Name")
    return ImportedOrder(
        row=n,
        ref=ref,
        lines=lines,
        placed_at=when if isinstance(when, datetime) else None,
        customer_name=reader.text(n, first, "Billing Name", 120) or ship_name[:120],
        customer_phone=phone[:40],
        ship_name=reader.text(n, first, "Shipping Name", 120),
        ship_phone=_phone(cell(first, "Shipping Phone"))[:40] or phone[:40],
        ship_address=_address(reader, first),
        delivery_method=cell(first, "Shipping Method"),
        shipping_fee_minor=reader.money(n, first, "Shipping"),
        discount_minor=max(0, discount - line_discounts),
        payment_method="" if terms == "cod" else gateway,
        payment_terms=terms,
        paid_minor=paid,
        paid_in_full=paid_in_full,
        file_total_minor=total,
        note="\n".join(p for p in notes if p),
    )


def parse_shopify(table: Table, minor_digits: int, issues: Issues) -> list[ImportedOrder]:
    """The orders of a Shopify orders export; problems go to ``issues``."""
    if not table.require(SHOPIFY_REQUIRED, issues):
        return []
    reader = _Reader(table, issues, minor_digits)
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for n, values in table.rows(issues):
        ref = _ref(reader, n, values, "Name")
        if ref:
            groups.setdefault(ref, []).append((n, values))
    return [_shopify_order(reader, ref, rows, issues) for ref, rows in groups.items()]


_PARSERS: dict[str, Callable[[Table, int, Issues], list[ImportedOrder]]] = {
    "app": parse_app,
    "shopify": parse_shopify,
}
_COLUMN_KEYS = {
    "app": {},
    "shopify": {
        "ref": "Name",
        "date": "Created at",
        "sku": "Lineitem sku",
        "quantity": "Lineitem quantity",
        "unit_price": "Lineitem price",
        "line_discount": "Lineitem discount",
        "ship_address": "Shipping Address1",
        "delivery_method": "Shipping Method",
        "payment_method": "Payment Method",
        "paid": "Financial Status",
        "shipping_fee": "Shipping",
        "discount": "Discount Amount",
    },
}


def parse_orders(data: bytes, format: str | None = None, minor_digits: int = 2) -> OrderParseResult:
    """The orders in a CSV file and every problem found in it; never raises for bad
    input.  ``format`` ("app", "shopify") is detected from the header when not given;
    ``minor_digits`` is the currency's number of decimals (more are refused, never
    rounded)."""
    if minor_digits < 0:
        raise ValueError("minor_digits must not be negative")
    with gc_paused():
        return _parse(data, format, minor_digits)


def _parse(data: bytes, format: str | None, minor_digits: int) -> OrderParseResult:
    issues = Issues()
    result = OrderParseResult(format=format or "")
    if format is not None and format not in _PARSERS:
        issues.add(0, "", UNKNOWN_FORMAT, format=format)
        result.issues = issues.sorted()
        return result
    try:
        text = decode_csv_bytes(data)
    except UndecodableFile as exc:
        params = tuple((k, str(v)) for k, v in exc.params.items())
        result.issues = [ImportIssue(0, "", exc.message, template=exc.template, params=params)]
        return result
    records = read_records(text, issues)
    if not records or not any(cell.strip() for cell in records[0]):
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
        result.orders = _PARSERS[chosen](table, minor_digits, issues)
        names = {attr: table.name(key) for attr, key in _COLUMN_KEYS[chosen].items()}
        if chosen == "app":
            names = {
                attr: table.name(getattr(OrderColumns(), attr))
                for attr in OrderColumns.__dataclass_fields__
            }
        result.columns = OrderColumns(**names)
    if issues.items:
        bad = issues.rows
        result.orders = [
            order
            for order in result.orders
            if order.row not in bad and not any(ln.row in bad for ln in order.lines)
        ]
    result.issues = issues.sorted()
    return result
