"""Bad files into the importers (SAFE-5), on a real shop (SQLite and PostgreSQL).

Hypothesis writes product and order files the way the world does: arbitrary bytes,
byte-order marks, NULs, other encodings, and CSVs with a real header whose cells are
mutated (huge and empty strings, control characters, negative, enormous and NaN numbers,
text where numbers go, duplicate and missing columns, ragged rows).  Whatever the file,
``import_file`` and ``import_orders`` either import it correctly or refuse it with
:class:`ImportRefused` listing row-numbered issues, and a refusal leaves every table of
the database exactly as it was.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from merchant_app.errors import KnownError
from merchant_app.imports import order_csv, product_csv, shopify, woocommerce
from merchant_app.imports.app_format import APP_COLUMNS as PRODUCT_COLUMNS
from merchant_app.imports.product_rows import ImportIssue
from merchant_app.models import Product, SalesOrder
from merchant_app.services import catalog, order_import, product_import
from tests.catalog_factories import dump, ean13, product
from tests.factories import ShopWorld
from tests.fuzz_profile import fuzz
from tests.stock_factories import main_location, put_stock

# ---------------------------------------------------------------------------- the shop

SHOP_SKUS = ("TEA-1", "MUG-1", "OLD-1", "SHIRT", "SHIRT-M")


def _shop(world: ShopWorld) -> None:
    """Listed tea and mug with stock, a draft, a parent with one variant."""
    loc = main_location(world)
    for n, sku in enumerate(("TEA-1", "MUG-1"), start=1):
        p = product(world, sku, barcodes=(ean13(n),), price_minor=1000 * n, cost_minor=300)
        put_stock(world, p.id, loc, 500)
    product(world, "OLD-1", status="draft")
    shirt = product(world, "SHIRT", is_parent=True, price_minor=2500)
    variant = catalog.create_variant(world.ctx, world.owner, shirt.id, "SHIRT-M", {"Size": "M"})
    put_stock(world, variant.id, loc, 20)


# ---------------------------------------------------------------------------- cells

_CONTROL = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\u200b", "\ufeff", "\u202e", "\r", "\n", "\t"]
)
_ODD_NUMBERS = st.sampled_from(
    [
        "-1",
        "-0",
        "- 5",
        "NaN",
        "nan",
        "inf",
        "-inf",
        "1e309",
        "1E5",
        "0x1F",
        "9" * 30,
        str(2**31),
        str(2**31 - 1),
        str(2**63),
        "1,000",
        "1.005",
        "12,5",
        "１２３",
        "٣",
        "½",
        " 3 ",
        "3.",
        ".5",
        "--1",
        "+1",
        "1_000",
        "=1+1",
        "'-1",
    ]
)
_WEIRD_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


def _huge(char: str = "x") -> st.SearchStrategy[str]:
    # up to past csv's default field limit (131,072 characters)
    return st.sampled_from([65, 201, 1001, 140_000]).map(lambda n: char * n)


_BAD = st.one_of(
    st.just(""),
    _WEIRD_TEXT,
    _ODD_NUMBERS,
    _huge(),
    _huge("9"),
)


def cell(valid: st.SearchStrategy[str], bad_percent: int = 25) -> st.SearchStrategy[str]:
    """A plausible value, or (``bad_percent`` of the time) something bad: empty, odd
    text or numbers, huge, or a plausible value with control characters in it."""
    bad = st.one_of(
        _BAD,
        st.tuples(valid, _CONTROL, valid).map("".join),
        st.tuples(_CONTROL, valid).map("".join),
    )
    return st.integers(0, 99).flatmap(lambda n: bad if n < bad_percent else valid)


_SKU = st.sampled_from([*SHOP_SKUS, "NEW-1", "NEW-2", "NEW-3", "new-1", " TEA-1 "])
_PRICE = st.sampled_from(["0", "1", "12.50", "99.99", "1000", "0.01"])
_WHOLE = st.sampled_from(["0", "1", "5", "20", "499"])
_PRODUCT_VALID: dict[str, st.SearchStrategy[str]] = {
    "sku": _SKU,
    "parent_sku": st.sampled_from(["", "", "", "", "", "SHIRT", "NEW-1", "TEA-1"]),
    "name": st.sampled_from(["Tea", "龙井绿茶", "Mug, large", 'Say "hi"', "T"]),
    "options": st.sampled_from(["", "Size=L", "Size=M;Colour=Red", "Size"]),
    "category": st.sampled_from(["", "Drinks", "Drinks > Tea", "A > > B"]),
    "barcodes": st.sampled_from(["", ean13(1), ean13(7), ean13(8) + ";" + ean13(9), "ABC-1"]),
    "unit": st.sampled_from(["", "pcs", "kg", "box"]),
    "price": _PRICE,
    "cost": _PRICE,
    "tax_rate": st.sampled_from(["", "0", "13", "6.5", "100"]),
    "weight_g": _WHOLE,
    "length_mm": _WHOLE,
    "width_mm": _WHOLE,
    "height_mm": _WHOLE,
    "supplier": st.sampled_from(["", "Acme", "West Lake Tea"]),
    "status": st.sampled_from(["", "listed", "draft", "delisted", "LISTED"]),
    "reorder_point": _WHOLE,
    "reorder_qty": _WHOLE,
    "stock": st.sampled_from(["", "0", "3", "100"]),
    "location": st.sampled_from(["", "MAIN", "NOWHERE"]),
    "description": st.sampled_from(["", "A fine tea.", "line one\nline two", "-x"]),
}
_PRODUCT_REQUIRED = ("sku", "name")
_WOO_VALID: dict[str, st.SearchStrategy[str]] = {
    "Type": st.sampled_from(["simple", "variable", "variation", "simple, virtual", "grouped"]),
    "SKU": _SKU,
    "Name": _PRODUCT_VALID["name"],
    "Published": st.sampled_from(["1", "0", "-1", "2", "3"]),
    "Regular price": st.sampled_from(["", "99.00", "12,50", "1.000,00"]),
    "Stock": _PRODUCT_VALID["stock"],
    "Weight (kg)": st.sampled_from(["", "0.18", "2147483.648", "1e3"]),
    "Length (cm)": st.sampled_from(["", "30", "0.05"]),
    "Parent": st.sampled_from(["", "", "", "SHIRT", "id:20"]),
    "Categories": st.sampled_from(["", "Clothing > T-shirts, Sale", "A\\, B"]),
    "GTIN, UPC, EAN, or ISBN": _PRODUCT_VALID["barcodes"],
    "Attribute 1 name": st.sampled_from(["", "Size"]),
    "Attribute 1 value(s)": st.sampled_from(["", "M", "M, L"]),
    "Description": _PRODUCT_VALID["description"],
}
_WOO_REQUIRED = ("Type", "SKU", "Name", "Published")
_SHOPIFY_PRODUCT_VALID: dict[str, st.SearchStrategy[str]] = {
    "Handle": st.sampled_from(["tea", "mug", "shirt"]),
    "Title": _PRODUCT_VALID["name"],
    "Option1 Name": st.sampled_from(["", "Title", "Size"]),
    "Option1 Value": st.sampled_from(["", "Default Title", "M", "L"]),
    "Variant SKU": _SKU,
    "Variant Price": _PRICE,
    "Variant Grams": st.sampled_from(["", "100.0", "0", "2147483648"]),
    "Variant Inventory Tracker": st.sampled_from(["", "shopify"]),
    "Variant Inventory Qty": _PRODUCT_VALID["stock"],
    "Variant Barcode": _PRODUCT_VALID["barcodes"],
    "Status": st.sampled_from(["active", "draft", "archived", "unknown"]),
}
_SHOPIFY_PRODUCT_REQUIRED = ("Handle", "Title", "Variant SKU")
_ORDER_VALID: dict[str, st.SearchStrategy[str]] = {
    "order_ref": st.sampled_from(["WEB-1", "WEB-2", "WEB-3", "#1001"]),
    "date": st.sampled_from(
        ["", "2026-01-31", "2026/1/31 14:05", "2026-01-31T14:05:00Z", "2026-01-31 14:05:00 +0800"]
    )
    | st.sampled_from(
        ["0001-01-01 00:00 +0500", "9999-12-31 23:59 -0500", "2026-01-31 10:00 +9999", "2026-02-30"]
    ),
    "customer_name": st.sampled_from(["", "Zhang San", "王小明"]),
    "customer_phone": st.sampled_from(["", "138 0013 8001", "'+86 138"]),
    "ship_name": st.sampled_from(["", "Li Lei"]),
    "ship_phone": st.sampled_from(["", "13900139000"]),
    "ship_address": st.sampled_from(["", "1 High St", "南京东路 88 号"]),
    "delivery_method": st.sampled_from(["", "pickup", "carrier", "Local Pickup", "teleport"]),
    "sku": _SKU,
    "quantity": st.sampled_from(["1", "2", "3", "0", "600"]),
    "unit_price": st.sampled_from(["", "10.00", "0", "0.50", "21474836.47"]),
    "line_discount": st.sampled_from(["", "0", "1.00", "999.00"]),
    "shipping_fee": st.sampled_from(["", "0", "5.00"]),
    "payment_method": st.sampled_from(["", "cash", "card", "cod", "account", "bitcoin"]),
    "paid": st.sampled_from(["", "0", "10.00", "5000.00"]),
    "note": st.sampled_from(["", "call first", "请下午送"]),
}
_SHOPIFY_REQUIRED = (*order_csv.SHOPIFY_REQUIRED, "Financial Status")
_SHOPIFY_VALID: dict[str, st.SearchStrategy[str]] = {
    "Name": st.sampled_from(["#1001", "#1002", "#1003"]),
    "Financial Status": st.sampled_from(["paid", "pending", "refunded", "partially_paid", "odd"]),
    "Fulfillment Status": st.sampled_from(["", "unfulfilled", "fulfilled"]),
    "Created at": _ORDER_VALID["date"],
    "Lineitem quantity": _ORDER_VALID["quantity"],
    "Lineitem sku": _SKU,
    "Lineitem price": _PRICE,
    "Lineitem discount": st.sampled_from(["", "0.00", "1.00"]),
    "Total": st.sampled_from(["", "10.00", "220.00"]),
    "Outstanding Balance": st.sampled_from(["", "5.00"]),
    "Shipping": st.sampled_from(["", "0.00", "10.00"]),
    "Shipping Method": st.sampled_from(["", "Standard Shipping", "Local Pickup"]),
    "Shipping Address1": st.sampled_from(["", "南京东路 88 号"]),
    "Payment Method": st.sampled_from(["", "Shopify Payments", "Cash on Delivery (COD)"]),
    "Discount Amount": st.sampled_from(["", "5.00"]),
    "Cancelled at": st.sampled_from(["", "", "", "2026-01-02"]),
}


# ---------------------------------------------------------------------------- files


@st.composite
def csv_files(
    draw: st.DrawFn, valid: dict[str, st.SearchStrategy[str]], required: tuple[str, ...]
) -> bytes:
    """A CSV with (mostly) a real header and mutated cells, ragged rows, duplicate or
    missing columns, in one of the encodings spreadsheets write, sometimes with bytes
    spliced in.  ``required`` are the columns a file of the format must have."""
    names = list(valid)
    others = [k for k in names if k not in required]
    shape_of_header = draw(st.sampled_from(["subset"] * 6 + ["all", "any"]))
    if shape_of_header == "subset":  # the required columns and some others, any order
        chosen = draw(st.lists(st.sampled_from(others), unique=True, max_size=len(others)))
        keys = draw(st.permutations([*required, *chosen]))
    elif shape_of_header == "all":
        keys = draw(st.permutations(names))
    else:  # columns missing, repeated
        keys = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names) + 3))
    spelled = [st.sampled_from([k] * 6 + [k.upper(), f" {k} ", "\ufeff" + k]) for k in keys]
    rows: list[list[str]] = [[draw(s) for s in spelled]]
    bad_percent = draw(st.sampled_from([0, 2, 5, 10, 30]))  # most files are nearly right
    for _ in range(draw(st.integers(0, 6) | st.integers(1, 3))):
        values = [draw(cell(valid[k], bad_percent)) for k in keys]
        shape = draw(st.sampled_from(["even"] * 12 + ["short", "long", "blank"]))
        if shape == "short":
            values = values[: draw(st.integers(0, max(len(values) - 1, 0)))]
        elif shape == "long":
            values += draw(st.lists(cell(st.just("x")), min_size=1, max_size=3))
        elif shape == "blank":
            values = [""] * len(values)
        rows.append(values)
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"]))
               ).writerows(rows)  # fmt: skip
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "gb18030"]))
    data = text.encode(encoding)
    if draw(st.integers(0, 19)) == 0:  # a damaged file: bytes spliced in somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if draw(st.integers(0, 29)) == 0:  # cut short
        data = data[: draw(st.integers(0, len(data)))]
    return data


def raw_files(
    valid: dict[str, st.SearchStrategy[str]], required: tuple[str, ...]
) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, BOMs followed by anything, or a mutated CSV."""
    boms = st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b""])
    return st.one_of(
        st.binary(max_size=300),
        st.tuples(boms, st.binary(max_size=200)).map(b"".join),
        st.tuples(boms, _WEIRD_TEXT.map(lambda t: t.encode("utf-8"))).map(b"".join),
        csv_files(valid, required),
        csv_files(valid, required),
        csv_files(valid, required),
    )


# ---------------------------------------------------------------------------- checks


def _text(data: bytes) -> str:
    try:
        return product_csv.decode_csv_bytes(data).casefold()
    except KnownError:
        return ""


def check_issues(issues: list[ImportIssue], data: bytes, known_columns: set[str]) -> None:
    """Every issue says where: a row (0: the whole file) and, when it names a column,
    one the file has or one the format requires; its text names the row."""
    assert issues, "a refusal without a single issue"
    text = _text(data)
    for issue in issues:
        assert isinstance(issue.row, int) and issue.row >= 0, issue
        assert issue.message.strip(), issue
        assert str(issue).startswith(f"row {issue.row}" if issue.row else "file"), issue
        if issue.column:
            column = issue.column.casefold()
            assert column in known_columns or column in text, issue


def _count(world: ShopWorld, model: Any) -> int:
    with world.ctx.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def run_refusing_or_correct(
    world: ShopWorld, action: Callable[[], Any], refused: type[Exception]
) -> tuple[Any, Exception | None]:
    """Run ``action``; a refusal must be ``refused`` and leave the database unchanged."""
    before = dump(world.ctx.db)
    try:
        return action(), None
    except refused as exc:
        assert dump(world.ctx.db) == before, "a refused import changed the database"
        str(exc)  # the message can be built
        return None, exc


_PRODUCT_KNOWN = {c.casefold() for c in PRODUCT_COLUMNS} | {
    *product_import.COLUMN.values(),
    "sku",
    "name",
    "parent_sku",
    "barcodes",
    "category",
    "supplier",
    "unit",
    "status",
    "location",
    # the columns each format reads (an issue may name one the file lacks: "Parent")
    *(c.casefold() for c in (*shopify._COLUMNS, *woocommerce._COLUMNS)),
}
_ORDER_KNOWN = {c.casefold() for c in order_csv.APP_COLUMNS} | {
    k.casefold() for k in order_csv.SHOPIFY_REQUIRED
}


# ---------------------------------------------------------------------------- tests


def test_product_files_import_correctly_or_change_nothing(world: ShopWorld) -> None:
    _shop(world)
    files = st.one_of(
        raw_files(_PRODUCT_VALID, _PRODUCT_REQUIRED),
        csv_files(_PRODUCT_VALID, _PRODUCT_REQUIRED),
        csv_files(_WOO_VALID, _WOO_REQUIRED),
        csv_files(_SHOPIFY_PRODUCT_VALID, _SHOPIFY_PRODUCT_REQUIRED),
    )

    @fuzz(40, dialect=world.ctx.db.dialect, postgres_default=12)
    @given(data=files, fmt=st.sampled_from([None, None, None, "app", "woocommerce", "shopify"]))
    # found (fixed): a NUL in a cell, or a category path longer than its column,
    # crashed PostgreSQL
    @example(b"sku,name,description\nN-1,Nul,a\x00b\n", None)
    @example(b"sku,name\nN\x002,Nul\n", None)
    @example(f"sku,name,category\nD-1,Deep,{' > '.join(['Level'] * 100)}\n".encode(), None)
    def check(data: bytes, fmt: str | None) -> None:
        products_before = _count(world, Product)
        result, refusal = run_refusing_or_correct(
            world,
            lambda: product_import.import_file(world.ctx, world.owner, data, fmt, dry_run=False),
            product_import.ImportRefused,
        )
        if refusal is not None:
            assert isinstance(refusal, product_import.ImportRefused)
            check_issues(refusal.issues, data, _PRODUCT_KNOWN)
            return
        _, report = result
        parsed = product_csv.parse_products(data, fmt)
        assert parsed.ok and report.ok
        assert report.rows == len(parsed.rows)
        assert _count(world, Product) == products_before + report.created
        with world.ctx.db.transaction() as s:
            names = dict(s.execute(select(Product.sku, Product.name)).tuples().all())
        last = {r.sku: r for r in parsed.rows}
        for sku, row in last.items():
            assert names.get(sku) == row.name.strip(), sku

    check()


def test_order_files_import_correctly_or_change_nothing(world: ShopWorld) -> None:
    _shop(world)
    files = st.one_of(
        raw_files(_ORDER_VALID, order_csv.APP_REQUIRED),
        csv_files(_ORDER_VALID, order_csv.APP_REQUIRED),
        csv_files(_SHOPIFY_VALID, _SHOPIFY_REQUIRED),
    )

    @fuzz(40, dialect=world.ctx.db.dialect, postgres_default=12)
    @given(data=files, fmt=st.sampled_from(["auto", "auto", "app", "shopify"]))
    # found (fixed): a total beyond the 32-bit columns crashed PostgreSQL, so did a NUL;
    # a date whose offset is a day or more, or near year 1, raised ValueError
    @example(b"order_ref,sku,quantity,unit_price\nW2,TEA-1,2,21474836.47\n", "auto")
    @example(b"order_ref,sku,quantity,note\nW\x001,TEA-1,1,x\x00y\n", "auto")
    @example(b"order_ref,sku,quantity,date\nW3,TEA-1,1,2026-01-31 10:00 +9999\n", "auto")
    @example(b"order_ref,sku,quantity,date\nW4,TEA-1,1,0001-01-01 00:00 +0500\n", "auto")
    def check(data: bytes, fmt: str) -> None:
        orders_before = _count(world, SalesOrder)
        report, refusal = run_refusing_or_correct(
            world,
            lambda: order_import.import_orders(world.ctx, world.owner, data, fmt),
            order_import.ImportRefused,
        )
        if refusal is not None:
            assert isinstance(refusal, order_import.ImportRefused)
            check_issues(refusal.issues, data, _ORDER_KNOWN)
            return
        assert report.ok
        assert _count(world, SalesOrder) == orders_before + report.orders
        assert report.lines == sum(p.lines for p in report.placed)
        for placed in report.placed:
            assert placed.total_minor >= 0 and 0 <= placed.paid_minor <= placed.total_minor

    check()


@fuzz(300)
@given(
    text=st.one_of(
        _ODD_NUMBERS,
        _ORDER_VALID["date"],
        st.from_regex(
            r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)? ?(Z|UTC|[+-]\d{2}:?\d{2})?",
            fullmatch=True,
        ),
    )
)
def test_order_dates_parse_or_are_refused_by_name(text: str) -> None:
    """Any date-shaped text: an aware time, or a BadValue naming the value."""
    try:
        when = order_csv.parse_when(text)
    except order_csv.BadValue as exc:
        assert exc.params.get("value") == text.strip()
        return
    assert when.tzinfo is not None and when.utcoffset() is not None
