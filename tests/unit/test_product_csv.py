"""Product CSV parsing (app format, WooCommerce and Shopify exports) and the app's writer,
on the hand-written files in tests/data/imports/."""

from __future__ import annotations

import codecs
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_app.barcodes import in_store_ean13
from merchant_app.errors import KnownError
from merchant_app.imports.encoding import UndecodableFile
from merchant_app.imports.product_csv import (
    APP_COLUMNS,
    decode_csv_bytes,
    detect_format,
    parse_products,
    write_app_csv,
)
from merchant_app.imports.product_rows import ImportIssue, ParseResult, ProductRow

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def parse_file(name: str, **kw: object) -> ParseResult:
    return parse_products((DATA / name).read_bytes(), **kw)  # type: ignore[arg-type]


def where(result: ParseResult) -> list[tuple[int, str]]:
    return [(i.row, i.column) for i in result.issues]


# --- formats -------------------------------------------------------------------------


def test_woocommerce_export_parses_to_exactly_these_rows() -> None:
    result = parse_file("woocommerce_export.csv")
    hoodie_cat = ("Clothing", "Hoodies")
    assert result.issues == []
    assert result.format == "woocommerce"
    assert result.rows == [
        ProductRow(
            row=2,
            sku="TEE-BASIC",
            name="纯棉T恤 Basic",
            description="100% 纯棉\n机洗 30°C",
            category_path=("Clothing", "T-shirts"),
            barcodes=("6901234567892",),
            price_minor=9900,
            weight_g=180,
            length_mm=300,
            width_mm=250,
            height_mm=20,
            reorder_point=5,
            stock=25,
        ),
        ProductRow(
            row=3,
            sku="HOODIE",
            name="连帽卫衣 Hoodie",
            is_parent=True,
            description="Warm fleece hoodie.\nTwo colours, three sizes.",
            category_path=hoodie_cat,
            weight_g=450,
        ),
        ProductRow(
            row=4,
            sku="HOODIE-M-RED",
            name="连帽卫衣 Hoodie - M, 红色",
            parent_sku="HOODIE",
            options=(("Size", "M"), ("Colour", "红色")),
            category_path=hoodie_cat,
            barcodes=("4006381333931",),
            price_minor=19900,
            weight_g=450,
            reorder_point=2,
            stock=8,
        ),
        ProductRow(  # parent named as "id:20"; stock managed by the parent ("parent")
            row=5,
            sku="HOODIE-L-RED",
            name="连帽卫衣 Hoodie - L, 红色",
            parent_sku="HOODIE",
            options=(("Size", "L"), ("Colour", "红色")),
            category_path=hoodie_cat,
            price_minor=19950,
            weight_g=500,
        ),
        ProductRow(  # "variation, virtual", private (0), no name of its own
            row=6,
            sku="HOODIE-L-BLK",
            name="连帽卫衣 Hoodie - L, Black",
            parent_sku="HOODIE",
            options=(("Size", "L"), ("Colour", "Black")),
            category_path=hoodie_cat,
            price_minor=20900,
            status="draft",
            stock=0,
        ),
        ProductRow(  # draft (-1); "\," in a category; formula-escaped short description
            row=7,
            sku="MUG-CLASSIC",
            name="Classic Mug 经典马克杯",
            description="- dishwasher safe\n- 350 ml",
            category_path=("Home", "Cups, Mugs & Glasses"),
            price_minor=4590,
            weight_g=350,
            length_mm=125,
            width_mm=90,
            height_mm=100,
            status="draft",
        ),
    ]


def test_shopify_export_parses_to_exactly_these_rows() -> None:
    result = parse_file("shopify_export.csv")
    tote = dict(category_path=("Bags",), status="draft", parent_sku="canvas-tote")
    assert result.issues == []
    assert result.format == "shopify"
    assert result.rows == [
        ProductRow(  # only option "Title"/"Default Title": a simple product; row 3 is an image
            row=2,
            sku="TEA-LJ-100",
            name="龙井绿茶 Longjing Green Tea",
            description="<p>Spring harvest, West Lake.</p>",
            category_path=("Food, Beverages & Tobacco", "Beverages", "Tea & Infusions"),
            barcodes=("6930000000011",),
            price_minor=8800,
            cost_minor=3500,
            weight_g=100,
            stock=40,
        ),
        ProductRow(  # the body spans two lines of the file but is one spreadsheet row
            row=4,
            sku="canvas-tote",
            name="帆布袋 Canvas Tote",
            is_parent=True,
            description='<p>Sturdy canvas, "heavy" 12 oz.</p>\n<p>耐用帆布</p>',
            category_path=("Bags",),
            status="draft",
        ),
        ProductRow(
            row=4,
            sku="TOTE-NAT-M",
            name="帆布袋 Canvas Tote - Natural / M",
            options=(("Colour", "Natural"), ("Size", "M")),
            price_minor=5900,
            weight_g=250,
            stock=12,
            **tote,  # type: ignore[arg-type]
        ),
        ProductRow(
            row=5,
            sku="TOTE-NAT-L",
            name="帆布袋 Canvas Tote - Natural / L",
            options=(("Colour", "Natural"), ("Size", "L")),
            barcodes=("036000291452",),
            price_minor=6900,
            cost_minor=2150,
            weight_g=300,
            stock=5,
            **tote,  # type: ignore[arg-type]
        ),
        ProductRow(  # inventory not tracked by Shopify: stock unknown
            row=6,
            sku="TOTE-BLK-M",
            name="帆布袋 Canvas Tote - Black / M",
            options=(("Colour", "Black"), ("Size", "M")),
            price_minor=5900,
            weight_g=250,
            **tote,  # type: ignore[arg-type]
        ),
    ]


GB_ROWS = [
    ProductRow(
        row=2,
        sku="CUP-01",
        name="青花瓷茶杯",
        description="手工绘制，容量 200 毫升",
        category_path=("家居", "茶具"),
        barcodes=("6901234567892",),
        unit="个",
        price_minor=3800,
        cost_minor=1250,
        tax_rate_bp=1300,
        weight_g=180,
        length_mm=80,
        width_mm=80,
        height_mm=65,
        supplier="景德镇瓷厂",
        reorder_point=10,
        reorder_qty=50,
        stock=120,
        location_code="A-01-03",
    ),
    ProductRow(
        row=3,
        sku="SHIRT",
        name="真丝衬衫",
        is_parent=True,
        category_path=("服装", "衬衫"),
        unit="件",
        tax_rate_bp=1300,
        supplier="杭州丝绸",
    ),
    ProductRow(
        row=4,
        sku="SHIRT-M-WHT",
        name="真丝衬衫 M 白色",
        parent_sku="SHIRT",
        options=(("尺码", "M"), ("颜色", "白色")),
        category_path=("服装", "衬衫"),
        barcodes=("6931111111115",),
        unit="件",
        price_minor=29900,  # written "299,00": a decimal comma
        cost_minor=12000,
        tax_rate_bp=1300,
        weight_g=210,
        supplier="杭州丝绸",
        reorder_point=3,
        reorder_qty=10,
        stock=15,
        location_code="B-02-01",
    ),
    ProductRow(
        row=5,
        sku="SHIRT-L-WHT",
        name="真丝衬衫 L 白色",
        parent_sku="SHIRT",
        options=(("尺码", "L"), ("颜色", "白色")),
        description="“经典款”\r\n第二行",
        category_path=("服装", "衬衫"),
        unit="件",
        price_minor=29900,
        cost_minor=12000,
        tax_rate_bp=1300,
        weight_g=220,
        supplier="杭州丝绸",
        status="draft",
        reorder_point=3,
        reorder_qty=10,
        stock=0,
        location_code="B-02-01",
    ),
]


def test_app_format_saved_as_gb18030_by_chinese_excel() -> None:
    data = (DATA / "app_gb18030.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the file really is not UTF-8
    result = parse_products(data)
    assert result.issues == []
    assert result.format == "app"
    assert result.rows == GB_ROWS


def test_app_format_utf8_with_bom() -> None:
    result = parse_file("app_utf8_bom.csv")
    assert result.issues == []
    assert result.rows == [
        ProductRow(
            row=2,
            sku="BOM-1",
            name="抹茶粉 Matcha 50g",
            category_path=("食品", "茶"),
            barcodes=("6930000000011", "BOM-1-ALT"),
            price_minor=1250,
            stock=30,
        ),
        ProductRow(
            row=3,
            sku="BOM-2",
            name='Notebook, A5 "dotted"',
            category_path=("Stationery",),
            price_minor=890,
            status="delisted",
        ),
    ]


def test_utf16_tab_separated_unicode_text_from_excel() -> None:
    text = "sku\tname\tprice\r\nU-1\t茶壶\t45.5\r\n"
    result = parse_products(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert result.issues == []
    assert result.rows == [ProductRow(row=2, sku="U-1", name="茶壶", price_minor=4550)]


def test_semicolon_separated_csv_from_european_excel() -> None:
    result = parse_products(b"sku;name;price\r\nS-1;Teapot;12,50\r\n")
    assert result.rows == [ProductRow(row=2, sku="S-1", name="Teapot", price_minor=1250)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Handle", "Title", "Body (HTML)", "Variant SKU"], "shopify"),
        (["ID", "Type", "SKU", "Name", "Published", "Regular price"], "woocommerce"),
        (["\ufeffsku", "name", "price"], "app"),
        ([" SKU ", "Name", "Stock"], "app"),
        (["sku", "price"], "app"),  # missing "name" is reported, not "unknown file"
        (["Artikel", "Preis"], None),
        ([], None),
    ],
)
def test_detect_format(header: list[str], expected: str | None) -> None:
    assert detect_format(header) == expected


# --- broken files ----------------------------------------------------------------------


def test_missing_required_columns_are_all_named() -> None:
    result = parse_file("broken_missing_column.csv")
    assert result.rows == []
    assert result.issues == [ImportIssue(1, "name", "required column “name” is missing")]
    woo = parse_products(b"ID,SKU,Regular price\n1,A,2\n", format="woocommerce")
    assert where(woo) == [(1, "Type"), (1, "Name")]


def test_bad_numbers_name_row_and_column() -> None:
    result = parse_file("broken_bad_number.csv")
    assert [r.sku for r in result.rows] == ["N-1"]
    assert result.issues == [
        ImportIssue(3, "price", "“12,5x” is not a price"),
        ImportIssue(4, "stock", "“ten” is not a whole number"),
        ImportIssue(5, "weight_g", "“-100” is negative; negative values are refused"),
        ImportIssue(6, "price", "“9.999” has more than 2 decimals; it would have to be rounded"),
        ImportIssue(7, "tax_rate", "“130” is more than 100 %"),
    ]


def test_duplicate_sku_names_the_first_row() -> None:
    result = parse_file("broken_duplicate_sku.csv")
    assert result.issues == [ImportIssue(4, "sku", "duplicate SKU, first seen on row 2")]


def test_bad_check_digits_use_the_barcode_rules_message() -> None:
    result = parse_file("broken_check_digit.csv")
    assert where(result) == [(3, "barcodes"), (4, "barcodes")]
    assert "should be 2" in result.issues[0].message
    assert "UPC-A" in result.issues[1].message
    assert [r.sku for r in result.rows] == ["B-1"]


def test_truncated_row_is_reported_and_the_rest_still_read() -> None:
    result = parse_file("broken_truncated_row.csv")
    assert where(result) == [(3, "price")]
    assert "cut short" in result.issues[0].message
    assert [r.sku for r in result.rows] == ["T-1", "T-3"]


def test_unterminated_quote_at_end_of_file() -> None:
    result = parse_file("broken_unterminated_quote.csv")
    assert where(result) == [(3, "")]
    assert "never closed" in result.issues[0].message
    assert [r.sku for r in result.rows] == ["Q-1"]


def test_row_problems_in_plain_words() -> None:
    long_sku = "S" * 65
    data = (
        "sku,parent_sku,name,status,options,price\n"
        f"{long_sku},,Too long SKU,listed,,1\n"
        ",,No SKU,listed,,1\n"
        "X-1,,,listed,,1\n"
        "X-2,,Odd status,sold,,1\n"
        "X-3,NOPE,Orphan,listed,Size=M,1\n"
        "X-4,,Bad option,listed,Size,1\n"
        'X-5,,Amb,listed,,"1,250"\n'
        f"X-6,,{'N' * 201},listed,,1\n"
    ).encode()
    result = parse_products(data)
    assert result.rows == []
    assert [(i.row, i.column, i.message) for i in result.issues] == [
        (2, "sku", "too long: 65 characters, at most 64"),
        (3, "sku", "missing"),
        (4, "name", "missing"),
        (5, "status", "unknown status “sold”: use one of draft, listed, delisted"),
        (6, "parent_sku", "the parent “NOPE” is not in the file"),
        (7, "options", "“Size” is not an option: write Name=Value, several separated by “;”"),
        (8, "price", result.issues[6].message),
        (9, "name", "too long: 201 characters, at most 200"),
    ]
    assert "ambiguous" in result.issues[6].message
    assert result.issues[0].template  # translatable template kept alongside


def test_woocommerce_variation_whose_parent_is_missing() -> None:
    data = (
        b"ID,Type,SKU,Name,Published,Regular price,Parent,Attribute 1 name,Attribute 1 value(s)\n"
        b"5,variation,V-1,Shirt - M,1,10,id:99,Size,M\n"
        b"6,variation,V-2,Shirt - L,1,10,SHIRT,Size,L\n"
        b"7,simple,S-1,Plain,1,10,,,\n"
        b"8,variation,V-3,Plain - M,1,10,S-1,Size,M\n"
        b"9,grouped,G-1,Set,1,,,,\n"
    )
    result = parse_products(data)
    assert [(i.row, i.column, i.message) for i in result.issues] == [
        (2, "Parent", "the parent “id:99” is not in the file"),
        (3, "Parent", "the parent “SHIRT” is not in the file"),
        (5, "Parent", "the parent “S-1” is not a product with variants"),
        (6, "Type", result.issues[3].message),
    ]
    assert "grouped" in result.issues[3].message
    assert [r.sku for r in result.rows] == ["S-1"]


def test_shopify_variant_without_sku_and_bad_barcode() -> None:
    data = (
        b"Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Barcode,"
        b"Status\n"
        b"cap,Cap,Colour,Red,CAP-R,10.00,,active\n"
        b"cap,,,Blue,,10.00,4006381333932,\n"
        b"pen,Pen,Title,Default Title,,abc,,retired\n"
    )
    result = parse_products(data)
    assert where(result) == [
        (3, "Variant Barcode"),
        (3, "Variant SKU"),
        (4, "Status"),
        (4, "Variant Price"),
    ]


def test_weight_unit_conversion_and_unknown_unit() -> None:
    data = b"ID,Type,SKU,Name,Published,Weight (lbs),Length (in)\n1,simple,A,A,1,1,2\n"
    assert parse_products(data).rows[0] == ProductRow(
        row=2, sku="A", name="A", weight_g=454, length_mm=51
    )
    data = b"ID,Type,SKU,Name,Published,Weight (stone)\n1,simple,A,A,1,1\n"
    assert where(parse_products(data)) == [(1, "Weight (stone)")]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"\xef\xbb\xbf\xff\xfe\xfa", "UTF-8"),
        (b"a,b\n\x81", "GB18030"),
        (b"Artikel,Preis\n1,2\n", "header"),
    ],
)
def test_whole_file_problems_are_issues_not_exceptions(data: bytes, fragment: str) -> None:
    result = parse_products(data)
    assert result.rows == []
    assert len(result.issues) == 1
    assert fragment in result.issues[0].message


def test_unknown_format_argument() -> None:
    assert where(parse_products(b"sku,name\n", format="ebay")) == [(0, "")]


def test_decode_csv_bytes() -> None:
    assert decode_csv_bytes("\ufeffsku,名称".encode()) == "sku,名称"
    assert decode_csv_bytes("sku,名称".encode("gb18030")) == "sku,名称"
    assert decode_csv_bytes("sku,名称".encode("utf-16")) == "sku,名称"
    with pytest.raises(UndecodableFile) as caught:
        decode_csv_bytes(b"\x81\x81\x81\xff")
    assert isinstance(caught.value, KnownError)
    assert "UTF-8, GB18030" in caught.value.message


# --- writer and round trip ----------------------------------------------------------------


def test_writer_bytes_are_excel_friendly_and_deterministic() -> None:
    data = write_app_csv(GB_ROWS)
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\r\n") >= len(GB_ROWS) + 1
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data.split(b"\r\n", 1)[0] == codecs.BOM_UTF8 + ",".join(APP_COLUMNS).encode()
    assert write_app_csv(GB_ROWS) == data
    assert parse_products(data).rows == GB_ROWS


def test_writer_defuses_spreadsheet_formulas_and_reads_them_back() -> None:
    row = ProductRow(row=2, sku="F-1", name="=HYPERLINK(1)", description="'@x")
    data = write_app_csv([row])
    assert b"'=HYPERLINK(1)" in data and b"''@x" in data
    assert parse_products(data).rows == [row]


def test_minor_digits_zero_and_three() -> None:
    row = ProductRow(row=2, sku="Y", name="Yen", price_minor=1200)
    assert b",1200," in write_app_csv([row], minor_digits=0)
    assert parse_products(write_app_csv([row], minor_digits=0), minor_digits=0).rows == [row]
    assert parse_products(b"sku,name,price\nK,KWD,1.234\n", minor_digits=3).rows[0].price_minor == (
        1234
    )


_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
_STRIPPED = _TEXT.map(str.strip)
_NAME = _STRIPPED.filter(bool)
_CATEGORY = st.lists(_TEXT.map(lambda s: s.replace(">", "").strip()).filter(bool), max_size=3).map(
    tuple
)
_CODE128 = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=20)
_BARCODES = st.lists(
    st.one_of(st.integers(0, 10**10 - 1).map(in_store_ean13), _CODE128.filter(
        lambda c: not (c.isdigit() and len(c) in (12, 13)))),
    max_size=3,
    unique=True,
).map(tuple)  # fmt: skip
_OPT_INT = st.none() | st.integers(0, 2**31 - 1)


@st.composite
def product_rows(draw: st.DrawFn) -> list[ProductRow]:
    """Rows as the exporter would have them: unique SKUs and barcodes, parents with at
    least one variant, no stock on parents."""
    count = draw(st.integers(1, 6))
    skus = draw(st.lists(_NAME.filter(lambda s: len(s) <= 64), min_size=count, max_size=count,
                         unique=True))  # fmt: skip
    parent_index = draw(st.none() | st.integers(0, count - 1))
    used_codes: set[str] = set()
    rows = []
    for i, sku in enumerate(skus):
        is_parent = i == parent_index and count > 1
        is_variant = parent_index is not None and count > 1 and i != parent_index
        codes = tuple(c for c in draw(_BARCODES) if c not in used_codes)
        used_codes.update(codes)
        rows.append(
            ProductRow(
                row=i + 2,
                sku=sku,
                name=draw(_NAME.filter(lambda s: len(s) <= 200)),
                parent_sku=skus[parent_index] if is_variant else "",  # type: ignore[index]
                is_parent=is_parent,
                options=tuple(draw(st.lists(st.tuples(_NAME, _STRIPPED), max_size=3)))
                if is_variant
                else (),
                description=draw(_TEXT | st.sampled_from(["a,b", 'say "hi"', "x\r\ny\nz\r", "-1"])),
                category_path=draw(_CATEGORY),
                barcodes=codes,
                unit=draw(_NAME.filter(lambda s: len(s) <= 16)),
                price_minor=draw(_OPT_INT),
                cost_minor=draw(_OPT_INT),
                tax_rate_bp=draw(st.none() | st.integers(0, 10000)),
                weight_g=draw(_OPT_INT),
                length_mm=draw(_OPT_INT),
                width_mm=draw(_OPT_INT),
                height_mm=draw(_OPT_INT),
                supplier=draw(_STRIPPED.filter(lambda s: len(s) <= 120)),
                status=draw(st.sampled_from(["draft", "listed", "delisted"])),
                reorder_point=draw(_OPT_INT),
                reorder_qty=draw(_OPT_INT),
                stock=None if is_parent else draw(_OPT_INT),
                location_code=draw(_STRIPPED.filter(lambda s: len(s) <= 32)),
            )
        )
    return rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=product_rows(), minor_digits=st.integers(0, 3))
def test_round_trip_write_then_parse_gives_the_same_rows(
    rows: list[ProductRow], minor_digits: int
) -> None:
    result = parse_products(write_app_csv(rows, minor_digits), minor_digits=minor_digits)
    assert result.issues == []
    assert result.rows == rows


def test_round_trip_keeps_row_numbers_as_spreadsheet_rows() -> None:
    rows = [
        ProductRow(row=2, sku="A", name="A", description="one\ntwo\nthree"),
        ProductRow(row=3, sku="B", name="B"),
    ]
    assert [r.row for r in parse_products(write_app_csv(rows)).rows] == [2, 3]
    assert replace(rows[0], row=99) != rows[0]


# --- fuzz ---------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(data=st.binary(max_size=400), fmt=st.sampled_from([None, "app", "woocommerce", "shopify"]))
def test_arbitrary_bytes_never_raise(data: bytes, fmt: str | None) -> None:
    result = parse_products(data, format=fmt)
    assert isinstance(result, ParseResult)
    assert all(isinstance(i, ImportIssue) for i in result.issues)


_HEADERS = {
    "app": ",".join(APP_COLUMNS),
    "woocommerce": "ID,Type,SKU,Name,Published,Regular price,Stock,Weight (kg),Parent,"
    'Categories,Attribute 1 name,Attribute 1 value(s),"GTIN, UPC, EAN, or ISBN"',
    "shopify": "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,"
    "Variant Grams,Variant Barcode,Variant Inventory Qty,Status",
}


@settings(max_examples=400, deadline=None)
@given(
    fmt=st.sampled_from(sorted(_HEADERS)),
    body=st.text(st.sampled_from(list(",;\"\n\r\\>=-.'x1 2id:汉")), max_size=300) | st.text(),
)
def test_arbitrary_text_under_a_real_header_never_raises(fmt: str, body: str) -> None:
    data = (_HEADERS[fmt] + "\n" + body).encode("utf-8", "surrogatepass")
    result = parse_products(data)
    assert isinstance(result, ParseResult)
    for row in result.rows:
        assert row.sku and row.name
