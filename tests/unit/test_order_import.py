"""Order import (ORD-9): the app's order CSV and Shopify's orders export, parsed with
row-numbered issues, then placed all or nothing through the real order service."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from merchant_app.errors import NotPermitted
from merchant_app.imports.order_csv import (
    FILE_METHODS,
    detect_format,
    gateway_method,
    parse_orders,
    parse_when,
)
from merchant_app.imports.values import BadValue
from merchant_app.models import DeskSequence, OrderEvent, SalesOrder
from merchant_app.services import order_import, orders, stock
from merchant_app.services.order_import import ImportCancelled, ImportRefused, import_orders
from merchant_app.services.permissions import WAREHOUSE
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

DATA = Path(__file__).resolve().parent.parent / "data" / "imports"
APP = (DATA / "orders_app.csv").read_bytes()
SHOPIFY = (DATA / "orders_shopify.csv").read_bytes()
BROKEN = (DATA / "orders_broken.csv").read_bytes()


def _catalog(world: ShopWorld, units: int = 20) -> dict[str, str]:
    """TEA-LJ-100 at 88.00, MUG-01 at 39.00, TOTE-NAT-M at 59.00, each with ``units``."""
    loc = main_location(world)
    ids = {}
    for sku, cost in (("TEA-LJ-100", 4400), ("MUG-01", 1950), ("TOTE-NAT-M", 2950)):
        ids[sku] = add_product(world, sku, cost_minor=cost)
        put_stock(world, ids[sku], loc, units)
    return ids


def _reserved(world: ShopWorld, product_id: str) -> int:
    return sum(level.reserved for level in stock.levels(world.ctx, world.owner, product_id))


def _order_count(world: ShopWorld) -> int:
    with world.ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(SalesOrder)) or 0


def _by_ref(world: ShopWorld, source: str, ref: str) -> orders.OrderInfo:
    with world.ctx.db.transaction() as s:
        order_id = s.scalar(
            select(SalesOrder.id).where(SalesOrder.source == source, SalesOrder.external_ref == ref)
        )
    assert order_id is not None, ref
    return orders.get_order(world.ctx, world.owner, order_id)


# ---------------------------------------------------------------------------- parsing


def test_app_file_groups_rows_by_reference() -> None:
    parsed = parse_orders(APP)
    assert parsed.ok, parsed.issues
    assert parsed.format == "app"
    web1, web2, web3 = parsed.orders
    assert (web1.ref, web1.row, [ln.row for ln in web1.lines]) == ("WEB-1", 2, [2, 3])
    assert web1.customer_name == "张三 Zhang San" and web1.customer_phone == "138 0013 8001"
    assert web1.lines[0].unit_price_minor is None  # the catalog price
    assert (web1.lines[1].unit_price_minor, web1.lines[1].discount_minor) == (3500, 200)
    assert (web1.shipping_fee_minor, web1.payment_method, web1.paid_minor) == (500, "card", 9300)
    assert web1.note == "请下午送 deliver after 2 pm"
    assert web2.payment_terms == "cod" and web2.payment_method == "" and web2.lines[0].quantity == 3
    assert web3.customer_name == "O'Brien, Pat" and web3.payment_method == "bank_transfer"
    assert web3.placed_at is not None and web3.placed_at.tzinfo is UTC


@pytest.mark.parametrize("encoding", ["utf-16", "gb18030", "utf-8"])
def test_app_file_in_other_encodings(encoding: str) -> None:
    text = APP.decode("utf-8-sig")
    parsed = parse_orders(text.encode(encoding))
    assert parsed.ok, parsed.issues
    assert [o.ref for o in parsed.orders] == ["WEB-1", "WEB-2", "WEB-3"]
    assert parsed.orders[0].customer_name == "张三 Zhang San"


def test_shopify_export_first_row_carries_the_order() -> None:
    parsed = parse_orders(SHOPIFY)
    assert parsed.ok, parsed.issues
    assert parsed.format == "shopify"
    by_ref = {o.ref: o for o in parsed.orders}
    first = by_ref["#1001"]
    assert [(ln.row, ln.sku, ln.quantity, ln.unit_price_minor) for ln in first.lines] == [
        (2, "TEA-LJ-100", 2, 8800),
        (3, "MUG-01", 1, 3900),
    ]
    assert first.placed_at == datetime(2026, 1, 2, 2, 14, 41, tzinfo=UTC)
    assert first.customer_phone == "+86 138 0013 8000"  # Shopify's apostrophe is gone
    assert first.ship_address == "南京东路 88 号, 200001 上海, Shanghai, CN"
    assert (first.discount_minor, first.shipping_fee_minor, first.file_total_minor) == (
        500,
        1000,
        22000,
    )
    assert first.paid_in_full and first.payment_method == "card"
    assert "lilei@example.com" in first.note and "WELCOME5" in first.note
    assert by_ref["#1002"].payment_terms == "cod" and not by_ref["#1002"].paid_in_full
    assert by_ref["#1003"].closed == "fulfilled"
    assert by_ref["#1004"].closed == "cancelled"
    partly = by_ref["#1005"]
    assert (partly.paid_minor, partly.payment_method) == (5000, "bank_transfer")
    assert partly.ship_phone == "13700137000"


def test_formats_are_detected_and_unknown_headers_refused() -> None:
    assert detect_format(["Name", "Lineitem quantity", "Lineitem sku", "Financial Status"]) == (
        "shopify"
    )
    assert detect_format([" ORDER_REF", "sku", "Quantity"]) == "app"
    assert detect_format(["Handle", "Title"]) is None
    parsed = parse_orders(b"Handle,Title\r\nx,y\r\n")
    assert [(i.row, i.column) for i in parsed.issues] == [(1, "")]
    assert "header" in parsed.issues[0].message
    assert parse_orders(b"").issues[0].message == "the file is empty"
    assert parse_orders(APP, "woocommerce").issues[0].row == 0


def test_cells_dates_and_methods() -> None:
    assert parse_when("2026-01-31T14:05:00Z") == datetime(2026, 1, 31, 14, 5, tzinfo=UTC)
    assert parse_when("2026-01-31 14:05:00 -0130") == datetime(2026, 1, 31, 15, 35, tzinfo=UTC)
    assert parse_when("2026/1/31").tzinfo is UTC
    for bad in ("31.01.2026", "2026-02-30", "tomorrow"):
        with pytest.raises(BadValue, match="is not a date"):
            parse_when(bad)
    assert gateway_method("Cash on Delivery (COD)") == "cod"
    assert gateway_method("PayPal Express Checkout") == "wallet"
    assert gateway_method("Bank Deposit") == "bank_transfer"
    assert gateway_method("Shopify Payments") == "card"
    assert gateway_method("") == "card"
    assert set(FILE_METHODS) <= set(orders.PAYMENT_METHODS)


def test_parse_problems_name_row_and_column() -> None:
    parsed = parse_orders(BROKEN)
    found = {(i.row, i.column) for i in parsed.issues}
    assert {(3, "date"), (3, "quantity"), (5, "unit_price"), (6, "customer_name")} <= found
    assert (8, "payment_method") in found
    conflict = next(i for i in parsed.issues if i.column == "customer_name")
    assert "Dee" in conflict.message and "row 5" in conflict.message
    # orders with a bad row are held back; the others go on to the database checks
    assert {o.ref for o in parsed.orders} == {"B-1", "B-3", "B-5", "B-7"}


# ---------------------------------------------------------------------------- import


def test_import_app_file_places_orders_in_the_review_flow(world: ShopWorld) -> None:
    ids = _catalog(world)
    report = import_orders(world.ctx, world.owner, APP)
    assert (report.format, report.orders, report.lines, report.skipped_duplicates) == (
        "app",
        3,
        4,
        0,
    )
    web1 = _by_ref(world, "import", "WEB-1")
    assert web1.state == "pending_review" and web1.source == "import"
    assert web1.created_at == parse_when("2026-01-02 09:30")
    assert [(ln.sku, ln.quantity, ln.unit_price_minor) for ln in web1.lines] == [
        ("TEA-LJ-100", 1, 8800),
        ("MUG-01", 2, 3500),
    ]
    assert (web1.shipping_fee_minor, web1.total_minor) == (500, 8800 + 7000 - 200 + 500)
    assert (web1.paid_minor, web1.payment_status) == (9300, "partial")
    assert web1.payments[0].method == "card" and web1.payments[0].reference == "WEB-1"
    assert web1.ship_address.startswith("上海市") and web1.delivery_method == "own"
    web2 = _by_ref(world, "import", "WEB-2")
    assert (web2.delivery_method, web2.payment_terms, web2.paid_minor) == ("pickup", "cod", 0)
    web3 = _by_ref(world, "import", "WEB-3")
    assert web2.number < web1.number < web3.number  # by date: WEB-2 is from midnight
    # carrier: the file's 12.50 covers the method's 1.00 packaging fee
    assert (web3.shipping_fee_minor, web3.extra_fees_minor, web3.total_minor) == (1150, 100, 5150)
    assert _reserved(world, ids["MUG-01"]) == 3
    assert _reserved(world, ids["TOTE-NAT-M"]) == 3
    kinds = [e.kind for e in orders.history(world.ctx, world.owner, web1.id)]
    assert kinds == ["placed", "payment", "imported"]


def test_reimport_is_idempotent(world: ShopWorld) -> None:
    ids = _catalog(world)
    import_orders(world.ctx, world.owner, APP)
    again = import_orders(world.ctx, world.owner, APP)
    assert (again.orders, again.skipped_duplicates) == (0, 3)
    assert _order_count(world) == 3
    assert _reserved(world, ids["MUG-01"]) == 3


def test_import_shopify_export(world: ShopWorld) -> None:
    ids = _catalog(world)
    report = import_orders(world.ctx, world.owner, SHOPIFY, fmt="shopify")
    assert report.orders == 3 and report.lines == 4
    assert report.skipped_closed == ((5, "#1003", "fulfilled"), (6, "#1004", "cancelled"))
    assert report.total_differences == ()
    first = _by_ref(world, "shopify", "#1001")
    assert (first.total_minor, first.paid_minor, first.payment_status) == (22000, 22000, "paid")
    assert (first.discount_minor, first.shipping_fee_minor) == (500, 1000)
    assert first.customer_name == "李雷 Li Lei" and first.ship_phone == "+86 138 0013 8000"
    assert first.created_at == datetime(2026, 1, 2, 2, 14, 41, tzinfo=UTC)
    pickup = _by_ref(world, "shopify", "#1002")
    assert (pickup.delivery_method, pickup.payment_terms, pickup.paid_minor) == (
        "pickup",
        "cod",
        0,
    )
    partly = _by_ref(world, "shopify", "#1005")
    assert (partly.paid_minor, partly.payments[0].method) == (5000, "bank_transfer")
    # numbers follow the orders' dates
    assert first.number < pickup.number < partly.number
    assert _reserved(world, ids["MUG-01"]) == 3
    assert _reserved(world, ids["TEA-LJ-100"]) == 2
    again = import_orders(world.ctx, world.owner, SHOPIFY)
    assert (again.orders, again.skipped_duplicates) == (0, 3)


def test_broken_file_lists_every_problem_and_writes_nothing(world: ShopWorld) -> None:
    ids = _catalog(world, units=20)
    with pytest.raises(ImportRefused) as caught:
        import_orders(world.ctx, world.owner, BROKEN)
    found = {(i.row, i.column) for i in caught.value.issues}
    assert found >= {
        (2, "sku"),  # unknown SKU
        (3, "date"),
        (3, "quantity"),
        (4, "delivery_method"),
        (5, "unit_price"),
        (6, "customer_name"),
        (7, "quantity"),  # 500 asked, 20 in stock
        (8, "payment_method"),
    }
    assert not any(i.row == 9 for i in caught.value.issues)
    rows = [i.row for i in caught.value.issues]
    assert rows == sorted(rows)
    short = next(i for i in caught.value.issues if i.row == 7)
    assert "TEA-LJ-100" in short.message and "20 available" in short.message
    assert "NO-SUCH-SKU" in str(caught.value)
    assert _order_count(world) == 0
    assert all(_reserved(world, pid) == 0 for pid in ids.values())
    with world.ctx.db.transaction() as s:
        assert s.scalar(select(DeskSequence.last_value).where(DeskSequence.kind == "order")) in (
            None,
            0,
        )
        assert s.scalar(select(func.count()).select_from(OrderEvent)) == 0


def test_dry_run_checks_stock_and_writes_nothing(world: ShopWorld) -> None:
    ids = _catalog(world)
    report = import_orders(world.ctx, world.owner, APP, dry_run=True)
    assert report.dry_run and report.orders == 3
    assert _order_count(world) == 0 and _reserved(world, ids["MUG-01"]) == 0
    low = _catalog_short(world)
    with pytest.raises(ImportRefused) as caught:
        import_orders(world.ctx, world.owner, low, dry_run=True)
    assert [(i.row, i.column) for i in caught.value.issues] == [(2, "quantity")]


def _catalog_short(world: ShopWorld) -> bytes:
    add_product(world, "RARE-1", cost_minor=100)  # never stocked
    return b"order_ref,sku,quantity\r\nR-1,RARE-1,1\r\n"


def test_a_product_not_on_sale_is_refused(world: ShopWorld) -> None:
    add_product(world, "DRAFT-1", status="draft")
    data = b"order_ref,sku,quantity\r\nX-1,DRAFT-1,1\r\n"
    with pytest.raises(ImportRefused) as caught:
        import_orders(world.ctx, world.owner, data)
    issue = caught.value.issues[0]
    assert (issue.row, issue.column) == (2, "sku") and "not on sale" in issue.message


def test_import_needs_order_create(world: ShopWorld) -> None:
    _catalog(world)
    keeper = world.add_user("keeper", WAREHOUSE)
    with pytest.raises(NotPermitted):
        import_orders(world.ctx, keeper, APP)
    assert _order_count(world) == 0


def test_cancel_and_progress(world: ShopWorld) -> None:
    _catalog(world)
    with pytest.raises(ImportCancelled):
        import_orders(world.ctx, world.owner, APP, cancel=lambda: True)
    assert _order_count(world) == 0
    seen: list[tuple[int, int]] = []
    import_orders(world.ctx, world.owner, APP, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)


def test_future_dates_are_refused(world: ShopWorld) -> None:
    _catalog(world)
    later = world.clock().replace(year=world.clock().year + 1).strftime("%Y-%m-%d")
    data = f"order_ref,date,sku,quantity\r\nF-1,{later},MUG-01,1\r\n".encode()
    with pytest.raises(ImportRefused) as caught:
        import_orders(world.ctx, world.owner, data)
    assert [(i.row, i.column) for i in caught.value.issues] == [(2, "date")]


def test_utf16_file_imports(world: ShopWorld) -> None:
    _catalog(world)
    data = codecs.BOM_UTF16_LE + APP.decode("utf-8-sig").replace(",", "\t").encode("utf-16-le")
    # Excel's tab-separated "Unicode text"
    report = import_orders(world.ctx, world.owner, data, dry_run=True)
    assert report.orders == 3
    assert order_import.SOURCES["app"] == "import"


def test_closed_shopify_orders_are_not_checked() -> None:
    data = (
        b"Name,Financial Status,Fulfillment Status,Cancelled at,Lineitem quantity,Lineitem sku\r\n"
        b"#1,refunded,,,1,\r\n"  # a custom item without SKU, refunded: skipped whole
        b"#2,paid,unfulfilled,,x,TEA\r\n"
    )
    parsed = parse_orders(data)
    assert [(i.row, i.column) for i in parsed.issues] == [(3, "Lineitem quantity")]
    assert [(o.ref, o.closed) for o in parse_orders(data).orders] == [("#1", "refunded")]
