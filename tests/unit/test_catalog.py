"""Catalog services: categories, suppliers, products, variants, barcodes, prices, delisting
and search, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from merchant_app.errors import Conflict, InvalidInput, InvalidTransition, NotPermitted
from merchant_app.models import AuditEntry, PriceChange
from merchant_app.services import approvals, catalog, catalog_prices, staff
from merchant_app.services.shop import set_setting
from tests.catalog_factories import dump, ean13, product
from tests.factories import ShopWorld


def test_category_tree_rename_move_and_delete(world: ShopWorld) -> None:
    ctx, owner = world.ctx, world.owner
    clothing = catalog.create_category(ctx, owner, "Clothing")
    hoodies = catalog.create_category(ctx, owner, "Hoodies", clothing.id)
    zipped = catalog.create_category(ctx, owner, "Zipped", hoodies.id)
    assert zipped.path == "Clothing > Hoodies > Zipped"
    with pytest.raises(Conflict):
        catalog.create_category(ctx, owner, "Hoodies", clothing.id)
    with pytest.raises(InvalidInput):
        catalog.create_category(ctx, owner, "A > B")
    catalog.rename_category(ctx, owner, clothing.id, "Apparel")
    assert catalog.get_category(ctx, owner, zipped.id).path == "Apparel > Hoodies > Zipped"
    with pytest.raises(InvalidInput):
        catalog.move_category(ctx, owner, clothing.id, zipped.id)  # under its own child
    moved = catalog.move_category(ctx, owner, hoodies.id, None)
    assert moved.path == "Hoodies"
    assert catalog.get_category(ctx, owner, zipped.id).path == "Hoodies > Zipped"
    tree = catalog.category_tree(ctx, owner)
    assert [n.name for n in tree] == ["Apparel", "Hoodies"]
    assert [c.name for c in tree[1].children] == ["Zipped"]
    product(world, "Z-1", category_id=zipped.id)
    with pytest.raises(Conflict, match="not empty"):
        catalog.delete_category(ctx, owner, hoodies.id)
    catalog.delete_category(ctx, owner, clothing.id)
    assert [c.path for c in catalog.list_categories(ctx, owner)] == ["Hoodies", "Hoodies > Zipped"]
    with ctx.db.transaction() as s:
        assert catalog.ensure_category_path(s, ("Hoodies", "Zipped")) == zipped.id
        new_id = catalog.ensure_category_path(s, ("Food", "Fruit"))
    assert catalog.get_category(ctx, owner, new_id or "").path == "Food > Fruit"


def test_suppliers(world: ShopWorld) -> None:
    sup = catalog.create_supplier(world.ctx, world.owner, "Acme", "acme@example.com", 5)
    with pytest.raises(Conflict):
        catalog.create_supplier(world.ctx, world.owner, "Acme")
    catalog.update_supplier(world.ctx, world.owner, sup.id, lead_time_days=9)
    assert catalog.list_suppliers(world.ctx, world.owner)[0].lead_time_days == 9


def test_product_fields_permissions_and_audit(world: ShopWorld) -> None:
    clerk = world.add_user("clara", "Sales clerk")
    with pytest.raises(NotPermitted):
        catalog.create_product(world.ctx, clerk, catalog.ProductInput(sku="A", name="A"))
    with pytest.raises(InvalidInput):
        catalog.create_product(world.ctx, world.owner, catalog.ProductInput(sku="A B", name="x"))
    with pytest.raises(InvalidInput):
        product(world, "NEG", price_minor=-5)
    p = product(world, "TEE-1", "Blue Tee", price_minor=1999, weight_g=200, reorder_point=3)
    assert (p.status, p.price_minor, p.weight_g, p.cost_minor) == ("listed", 1999, 200, 0)
    with pytest.raises(Conflict, match="Blue Tee"):
        product(world, "TEE-1")
    d = catalog.update_product(world.ctx, world.owner, p.id, {"name": "Navy Tee", "height_mm": 9})
    assert (d.name, d.height_mm) == ("Navy Tee", 9)
    with pytest.raises(InvalidInput):
        catalog.update_product(world.ctx, world.owner, p.id, {"price_minor": 1})
    # clerks read the card but not the cost
    assert catalog.get_product(world.ctx, clerk, p.id).cost_minor is None
    with world.ctx.db.transaction() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.target == "TEE-1")))
    assert actions == ["product.create", "product.update"]


def test_variants_under_a_parent(world: ShopWorld) -> None:
    cat = catalog.create_category(world.ctx, world.owner, "Hoodies")
    parent = product(world, "HOOD", "Hoodie", is_parent=True, price_minor=5000, category_id=cat.id)
    plain = product(world, "PLAIN")
    with pytest.raises(InvalidInput):
        catalog.create_variant(world.ctx, world.owner, plain.id, "PLAIN-M", {"Size": "M"})
    m = catalog.create_variant(world.ctx, world.owner, parent.id, "HOOD-M", {"Size": "M"})
    assert (m.name, m.price_minor, m.category_path, m.parent_sku) == (
        "Hoodie (M)",
        5000,
        "Hoodies",
        "HOOD",
    )
    assert m.options == (("Size", "M"),)
    with pytest.raises(Conflict):
        catalog.create_variant(world.ctx, world.owner, parent.id, "HOOD-M2", [("Size", "M")])
    catalog.create_variant(world.ctx, world.owner, parent.id, "HOOD-L", {"Size": "L"})
    card = catalog.get_product(world.ctx, world.owner, parent.id)
    assert [v.sku for v in card.variants] == ["HOOD-L", "HOOD-M"]


def test_barcodes_validated_unique_and_in_store(world: ShopWorld) -> None:
    a = product(world, "A", "Apple")
    b = product(world, "B", "Banana")
    good = ean13(1)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(InvalidInput, match="check digit"):
        catalog.add_barcode(world.ctx, world.owner, a.id, bad)
    assert catalog.add_barcode(world.ctx, world.owner, a.id, good).symbology == "ean13"
    assert catalog.add_barcode(world.ctx, world.owner, a.id, "INT-77").symbology == "code128"
    with pytest.raises(Conflict, match="Apple"):
        catalog.add_barcode(world.ctx, world.owner, b.id, good)
    first = catalog.assign_in_store_barcode(world.ctx, world.owner, b.id)
    second = catalog.assign_in_store_barcode(world.ctx, world.owner, b.id)
    assert first.code.startswith("20") and len(first.code) == 13 and first.code != second.code
    info = catalog.find_by_barcode(world.ctx, world.owner, first.code)
    assert info is not None and info.sku == "B"
    catalog.remove_barcode(world.ctx, world.owner, a.id, good)
    assert catalog.find_by_barcode(world.ctx, world.owner, good) is None


def test_price_change_history_without_approval(world: ShopWorld) -> None:
    p = product(world, "P", price_minor=1000, cost_minor=600)
    out = catalog_prices.change_price(world.ctx, world.owner, p.id, price_minor=1200)
    assert out.applied and out.approval is None
    catalog_prices.change_price(world.ctx, world.owner, p.id, price_minor=1100, cost_minor=650)
    hist = catalog_prices.price_history(world.ctx, world.owner, p.id)
    assert sorted((h.field, h.old_minor, h.new_minor) for h in hist) == [
        ("cost", 600, 650),
        ("price", 1000, 1200),
        ("price", 1200, 1100),
    ]
    with pytest.raises(InvalidInput):
        catalog_prices.change_price(world.ctx, world.owner, p.id, price_minor=1100)


def test_price_change_waits_for_approval_and_applies_once(world: ShopWorld) -> None:
    with world.ctx.db.transaction() as s:
        set_setting(s, "price_change_needs_approval", "1")
    # a role that may change prices but not approve them
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Pricer",
        description="",
        permissions={"price.change", "product.edit"},
    )
    pricer = world.add_user("pete", "Pricer")
    manager = world.add_user("max", "Manager")
    p = product(world, "P", price_minor=1000)
    out = catalog_prices.change_price(world.ctx, pricer, p.id, price_minor=900, reason="sale")
    assert not out.applied and out.approval is not None
    assert catalog.get_product(world.ctx, world.owner, p.id).price_minor == 1000
    approvals.decide(world.ctx, manager, out.approval.id, approve=True)
    with pytest.raises(Conflict):
        approvals.decide(world.ctx, world.owner, out.approval.id, approve=True)
    assert catalog.get_product(world.ctx, world.owner, p.id).price_minor == 900
    with world.ctx.db.transaction() as s:
        rows = list(s.scalars(select(PriceChange).where(PriceChange.product_id == p.id)))
    assert [(r.old_minor, r.new_minor, r.approval_id) for r in rows] == [
        (1000, 900, out.approval.id)
    ]
    # a holder of price.change.approve is applied at once (self-approved)
    now = catalog_prices.change_price(world.ctx, manager, p.id, price_minor=950)
    assert now.applied
    assert catalog.get_product(world.ctx, world.owner, p.id).price_minor == 950


def test_delisting_needs_approval(world: ShopWorld) -> None:
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Editor",
        description="",
        permissions={"product.edit"},
    )
    editor = world.add_user("ed", "Editor")
    manager = world.add_user("max", "Manager")
    p = product(world, "D", status="draft")
    assert catalog.set_listing_status(world.ctx, editor, p.id, "listed").status == "listed"
    with pytest.raises(InvalidTransition):
        catalog.set_listing_status(world.ctx, editor, p.id, "delisted")
    req = catalog.request_delist(world.ctx, editor, p.id, "discontinued")
    assert req.status == "pending"
    assert catalog.get_product(world.ctx, editor, p.id).status == "listed"
    approvals.decide(world.ctx, manager, req.id, approve=True)
    assert catalog.get_product(world.ctx, editor, p.id).status == "delisted"
    with world.ctx.db.transaction() as s:
        n = s.scalar(
            select(func.count()).where(
                AuditEntry.action == "product.delist", AuditEntry.target == "D"
            )
        )
        assert n == 1
        assert not catalog.delist_if_empty_allowed(s)
        set_setting(s, "auto_delist_at_zero", "1")
    with world.ctx.db.transaction() as s:
        assert catalog.delist_if_empty_allowed(s)


def test_search_by_name_sku_barcode_and_filters(world: ShopWorld) -> None:
    cat = catalog.create_category(world.ctx, world.owner, "Tea")
    sub = catalog.create_category(world.ctx, world.owner, "Green", cat.id)
    product(world, "TEA-001", "Longjing 龙井 Green Tea", category_id=sub.id, barcodes=(ean13(5),))
    product(world, "TEA-002", "Black Tea", category_id=cat.id, status="draft")
    product(world, "CUP-01", "Teacup", reorder_point=5)
    product(world, "MUG_1", "Mug 100%")
    ctx, owner = world.ctx, world.owner

    def skus(text: str, **kw: object) -> list[str]:
        return [r.sku for r in catalog.search_products(ctx, owner, text, **kw)]  # type: ignore[arg-type]

    assert skus("tea") == ["CUP-01", "TEA-001", "TEA-002"]  # name prefix + contains + SKU
    assert skus("TEA-0") == ["TEA-001", "TEA-002"]
    assert skus("龙井") == ["TEA-001"]
    assert skus(ean13(5)) == ["TEA-001"]
    assert skus("mug_") == ["MUG_1"] and skus("100%") == ["MUG_1"] and skus("mu%") == []
    assert skus("", category_id=cat.id) == ["TEA-001", "TEA-002"]
    assert skus("", category_id=sub.id) == ["TEA-001"]
    assert skus("tea", status="draft") == ["TEA-002"]
    assert skus("", low_stock=True) == ["CUP-01"]
    assert skus("", limit=2) == ["CUP-01", "MUG_1"]
    assert skus("", limit=2, after_sku="MUG_1") == ["TEA-001", "TEA-002"]
    assert skus("nothing like it") == []


def test_save_product_is_one_action_that_a_refusal_leaves_untouched(world: ShopWorld) -> None:
    ctx, owner = world.ctx, world.owner
    other = product(world, "HOLDER", barcodes=(ean13(2),))
    p = product(world, "EDIT-1", barcodes=(ean13(1),), status="draft")
    before = dump(ctx.db)
    with pytest.raises(Conflict, match="HOLDER"):  # the last step fails: nothing is kept
        catalog.save_product(ctx, owner, p.id, {"name": "Renamed"}, [ean13(3), ean13(2)], "listed")
    assert dump(ctx.db) == before
    saved = catalog.save_product(
        ctx, owner, p.id, {"name": "Renamed", "unit": "box"}, [ean13(3)], "listed"
    )
    assert (saved.name, saved.unit, saved.status) == ("Renamed", "box", "listed")
    assert [b.code for b in saved.barcodes] == [ean13(3)]
    assert catalog.find_by_barcode(ctx, owner, ean13(1)) is None
    assert catalog.find_by_barcode(ctx, owner, ean13(2)).id == other.id  # type: ignore[union-attr]
    with pytest.raises(InvalidTransition):
        catalog.save_product(ctx, owner, p.id, {}, [ean13(3)], "delisted")
