"""Product import (database side) and export, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from merchant_app.imports.product_csv import parse_products
from merchant_app.models import AuditEntry, Location, StockLevel, StockMove
from merchant_app.services import catalog, catalog_prices
from merchant_app.services.product_export import export_products
from merchant_app.services.product_import import (
    ImportCancelled,
    ImportRefused,
    import_products,
)
from tests.catalog_factories import dump, ean13, product, row
from tests.factories import ShopWorld


def _ledger(world: ShopWorld) -> list[tuple[str, int, int]]:
    """(product id, on_hand, sum of moves) for every stock level."""
    with world.ctx.db.transaction() as s:
        levels = s.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand)
        )
        out = []
        for pid, loc, on_hand in levels:
            moved = s.scalar(
                select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
                    StockMove.product_id == pid, StockMove.location_id == loc
                )
            )
            out.append((pid, on_hand, int(moved or 0)))
        return out


def test_import_creates_products_variants_categories_and_stock(world: ShopWorld) -> None:
    rows = [
        row(2, "HOOD", "Hoodie", is_parent=True, category_path=("Clothing", "Hoodies")),
        row(3, "HOOD-M", parent_sku="HOOD", options=(("Size", "M"),), price_minor=5000, stock=4),
        row(4, "TEA", "Green tea", barcodes=(ean13(1),), supplier="Leaf Co", stock=7),
    ]
    report = import_products(world.ctx, world.owner, rows, dry_run=False)
    assert (report.created, report.updated, report.stock_moves) == (3, 0, 2)
    assert (report.categories_created, report.suppliers_created) == (2, 1)
    hood = catalog.search_products(world.ctx, world.owner, "HOOD-M")[0]
    assert (hood.on_hand, hood.sellable, hood.price_minor) == (4, 4, 5000)
    card = catalog.get_product(world.ctx, world.owner, hood.id)
    assert (card.parent_sku, card.category_path, card.options) == (
        "HOOD",
        "Clothing > Hoodies",
        (("Size", "M"),),
    )
    tea = catalog.find_by_barcode(world.ctx, world.owner, ean13(1))
    assert tea is not None and tea.on_hand == 7
    with world.ctx.db.transaction() as s:
        assert s.scalar(select(Location.kind).where(Location.code == "MAIN")) == "shop"
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "product.import")))
    assert len(entries) == 1 and '"created": 3' in entries[0].details
    assert all(on_hand == moved for _, on_hand, moved in _ledger(world))


def test_upsert_by_sku_sets_stock_as_sum_of_moves(world: ShopWorld) -> None:
    p = product(world, "TEA", "Tea", price_minor=1000, weight_g=100)
    import_products(world.ctx, world.owner, [row(2, "TEA", "Tea", stock=10)], dry_run=False)
    report = import_products(
        world.ctx,
        world.owner,
        [row(2, "TEA", "Tea (new)", price_minor=1200, stock=6), row(3, "NEW", stock=2)],
        dry_run=False,
    )
    assert (report.created, report.updated, report.price_changes) == (1, 1, 1)
    card = catalog.get_product(world.ctx, world.owner, p.id)
    assert (card.name, card.price_minor, card.weight_g, card.on_hand) == ("Tea (new)", 1200, 100, 6)
    hist = catalog_prices.price_history(world.ctx, world.owner, p.id)
    assert [(h.old_minor, h.new_minor) for h in hist] == [(1000, 1200)]
    with world.ctx.db.transaction() as s:
        moves = list(s.scalars(select(StockMove.quantity).where(StockMove.product_id == p.id)))
    assert sorted(moves) == [-4, 10]
    assert all(on_hand == moved for _, on_hand, moved in _ledger(world))
    again = import_products(world.ctx, world.owner, [row(2, "TEA", "Tea (new)")], dry_run=False)
    assert (again.updated, again.unchanged) == (0, 1)


def test_a_broken_row_leaves_the_database_unchanged(world: ShopWorld) -> None:
    product(world, "OLD", "Old one", barcodes=(ean13(9),))
    import_products(world.ctx, world.owner, [row(2, "OLD", "Old one", stock=3)], dry_run=False)
    before = dump(world.ctx.db)
    rows = [
        row(2, "A", stock=5, category_path=("New",)),
        row(3, "B", barcodes=(ean13(9),)),  # belongs to OLD
        row(4, "A"),  # duplicate SKU
        row(5, "C", parent_sku="NOPE"),
        row(6, "D", price_minor=-1, status="gone"),
        row(
            7, "E", barcodes=(ean13(2)[:-1] + "0" if ean13(2)[-1] != "0" else ean13(2)[:-1] + "1",)
        ),
        row(8, "F", stock=1, location_code="NOWHERE"),
        row(9, "OLD", "Old one", stock=100),
    ]
    for dry_run in (True, False):
        with pytest.raises(ImportRefused) as info:
            import_products(world.ctx, world.owner, rows, dry_run=dry_run)
        found = {(i.row, i.column) for i in info.value.issues}
        assert found == {
            (3, "barcodes"),
            (4, "sku"),
            (5, "parent_sku"),
            (6, "price"),
            (6, "status"),
            (7, "barcodes"),
            (8, "location"),
        }
        assert "OLD" in next(i.message for i in info.value.issues if i.row == 3)
        assert dump(world.ctx.db) == before


def test_dry_run_reports_and_writes_nothing(world: ShopWorld) -> None:
    before = dump(world.ctx.db)
    report = import_products(
        world.ctx, world.owner, [row(2, "A", stock=1), row(3, "B")], dry_run=True
    )
    assert (report.dry_run, report.created, report.ok) == (True, 2, True)
    assert dump(world.ctx.db) == before


def test_cancel_writes_nothing_and_progress_is_reported(world: ShopWorld) -> None:
    rows = [row(n + 2, f"SKU-{n:05d}", stock=n % 3) for n in range(4500)]
    before = dump(world.ctx.db)
    seen: list[tuple[int, int]] = []
    polls = iter(range(100))

    def cancel() -> bool:
        return next(polls) >= 4  # after validation, during the writes

    with pytest.raises(ImportCancelled):
        import_products(
            world.ctx,
            world.owner,
            rows,
            dry_run=False,
            progress=lambda d, t: seen.append((d, t)),
            cancel=cancel,
        )
    assert seen and seen[0] == (2000, 4500)  # some chunks were written, then rolled back
    assert dump(world.ctx.db) == before
    report = import_products(
        world.ctx, world.owner, rows, dry_run=False, progress=lambda d, t: seen.append((d, t))
    )
    assert report.created == 4500 and seen[-1] == (4500, 4500)


def test_barcode_can_move_between_products_in_one_file(world: ShopWorld) -> None:
    product(world, "A", barcodes=(ean13(1),))
    product(world, "B")
    rows = [row(2, "A", barcodes=(ean13(3),)), row(3, "B", barcodes=(ean13(1),))]
    import_products(world.ctx, world.owner, rows, dry_run=False)
    moved = catalog.find_by_barcode(world.ctx, world.owner, ean13(1))
    assert moved is not None and moved.sku == "B"


def test_export_is_stable_and_round_trips(world: ShopWorld) -> None:
    rows = [
        row(2, "HOOD", "Hoodie 卫衣", is_parent=True, category_path=("Clothing", "Hoodies")),
        row(3, "HOOD-M", parent_sku="HOOD", options=(("Size", "M"),), price_minor=5000, stock=4),
        row(4, "TEA", 'Tea, "green"', barcodes=(ean13(1), "INT-1"), supplier="Leaf", stock=7),
        row(5, "=SUM", "Formula-looking", cost_minor=30, tax_rate_bp=1300, status="draft"),
    ]
    import_products(world.ctx, world.owner, rows, dry_run=False)
    first = export_products(world.ctx, world.owner)
    assert export_products(world.ctx, world.owner) == first
    parsed = parse_products(first)
    assert parsed.ok, parsed.issues
    assert [r.sku for r in parsed.rows] == ["=SUM", "HOOD", "HOOD-M", "TEA"]
    before = dump(world.ctx.db)
    report = import_products(world.ctx, world.owner, parsed.rows, dry_run=False)
    assert (report.created, report.updated, report.stock_moves) == (0, 0, 0)
    after = dump(world.ctx.db)
    assert {k: v for k, v in after.items() if k not in ("audit_entry", "audit_head")} == {
        k: v for k, v in before.items() if k not in ("audit_entry", "audit_head")
    }
    assert export_products(world.ctx, world.owner) == first


def test_import_file_lists_reading_and_database_problems_together(world: ShopWorld) -> None:
    from merchant_app.services.product_import import ImportRefused, import_file

    product(world, "TAKEN", barcodes=(ean13(5),))
    data = (
        "sku,name,price,barcodes\r\n"
        "A-1,Fine,1.00,\r\n"
        "A-2,Bad price,1.2x,\r\n"
        f"A-3,Code of another product,2.00,{ean13(5)}\r\n"
    ).encode()
    before = dump(world.ctx.db)
    with pytest.raises(ImportRefused) as caught:
        import_file(world.ctx, world.owner, data, dry_run=False)
    assert [(i.row, i.column) for i in caught.value.issues] == [(3, "price"), (4, "barcodes")]
    assert dump(world.ctx.db) == before
    fmt, report = import_file(world.ctx, world.owner, data.split(b"A-2")[0], dry_run=False)
    assert (fmt, report.created) == ("app", 1)


DATA = Path(__file__).resolve().parent.parent / "data" / "imports"
BROKEN_FILES = {
    # file: (row, column) of the first problem it must name
    "broken_bad_number.csv": (3, "price"),
    "broken_check_digit.csv": (3, "barcodes"),
    "broken_duplicate_sku.csv": (4, "sku"),
    "broken_missing_column.csv": (1, "name"),
    "broken_truncated_row.csv": (3, ""),
    "broken_unterminated_quote.csv": (3, ""),
}


@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_each_broken_file_is_refused_naming_row_and_column_and_changes_nothing(
    world: ShopWorld, name: str
) -> None:
    from merchant_app.services.product_import import import_file

    before = dump(world.ctx.db)
    with pytest.raises(ImportRefused) as caught:
        import_file(world.ctx, world.owner, (DATA / name).read_bytes(), dry_run=False)
    row, column = BROKEN_FILES[name]
    first = caught.value.issues[0]
    assert first.row == row
    assert not column or first.column == column
    assert dump(world.ctx.db) == before


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("woocommerce_export.csv", "woocommerce"),
        ("shopify_export.csv", "shopify"),
        ("app_gb18030.csv", "app"),
        ("app_utf8_bom.csv", "app"),
    ],
)
def test_real_exports_import_whole(world: ShopWorld, name: str, fmt: str) -> None:
    from merchant_app.services import locations
    from merchant_app.services.product_import import import_file

    store = locations.create_location(world.ctx, world.owner, "WH", "Store room", "warehouse")
    for bin_code in ("A-01-03", "B-02-01"):  # the bins the GB18030 file names
        locations.create_location(world.ctx, world.owner, bin_code, bin_code, "bin", store.id)

    read, report = import_file(world.ctx, world.owner, (DATA / name).read_bytes(), dry_run=False)
    assert read == fmt and report.created == report.rows > 0
    _again, second = import_file(world.ctx, world.owner, (DATA / name).read_bytes(), dry_run=False)
    assert second.created == 0 and second.unchanged == second.rows


def test_a_parent_product_holds_no_stock_of_its_own(world: ShopWorld) -> None:
    from merchant_app.errors import InvalidInput
    from merchant_app.services import stock
    from merchant_app.services.locations import default_location

    rows = [
        row(2, "TEE", is_parent=True),
        row(3, "TEE-M", parent_sku="TEE", options=(("Size", "M"),), stock=4),
    ]
    import_products(world.ctx, world.owner, rows, dry_run=False)
    parent = catalog.search_products(world.ctx, world.owner, "TEE")[0]
    assert parent.sku == "TEE" and parent.is_parent and parent.on_hand == 4  # its variants'
    with world.ctx.db.transaction() as s:
        main = default_location(s).id
    before = dump(world.ctx.db)
    with pytest.raises(InvalidInput, match="TEE groups variants"):
        stock.adjust(world.ctx, world.owner, parent.id, main, 5, "found")
    with pytest.raises(InvalidInput, match="TEE groups variants"):
        stock.create_purchase_order(world.ctx, world.owner, None, [(parent.id, 3)])
    assert dump(world.ctx.db) == before
