"""Minimal catalog rows for stock tests, written straight with the ORM (the stock tests
must not depend on the catalog services)."""

from __future__ import annotations

from sqlalchemy import select

from merchant_app.models import Category, Product, ProductBarcode, Supplier
from merchant_app.services import locations, stock
from tests.factories import ShopWorld


def add_supplier(world: ShopWorld, name: str, lead_time_days: int = 7) -> str:
    with world.ctx.db.transaction() as s:
        sup = Supplier(name=name, lead_time_days=lead_time_days)
        s.add(sup)
        s.flush()
        return sup.id


def add_category(world: ShopWorld, path: str) -> str:
    """Create ``A > B > C`` (and its ancestors); returns the last one's id."""
    parent: str | None = None
    with world.ctx.db.transaction() as s:
        names = [p.strip() for p in path.split(">")]
        for i, name in enumerate(names):
            full = " > ".join(names[: i + 1])
            cat = s.scalars(select(Category).where(Category.path == full)).first()
            if cat is None:
                cat = Category(name=name, parent_id=parent, path=full)
                s.add(cat)
                s.flush()
            parent = cat.id
    assert parent is not None
    return parent


def add_product(
    world: ShopWorld,
    sku: str,
    *,
    cost_minor: int = 100,
    allow_backorder: bool = False,
    status: str = "listed",
    reorder_point: int = 0,
    reorder_qty: int = 0,
    supplier_id: str | None = None,
    category_id: str | None = None,
    barcode: str | None = None,
) -> str:
    now = world.clock()
    name = f"Product {sku}"
    # search keys the catalog keeps beside the name and SKU (when the model has them)
    keys = {
        attr: value
        for attr, value in (("name_key", name.lower()), ("sku_key", sku.lower()))
        if hasattr(Product, attr)
    }
    with world.ctx.db.transaction() as s:
        p = Product(
            **keys,
            sku=sku,
            name=name,
            cost_minor=cost_minor,
            price_minor=cost_minor * 2,
            allow_backorder=allow_backorder,
            status=status,
            reorder_point=reorder_point,
            reorder_qty=reorder_qty,
            supplier_id=supplier_id,
            category_id=category_id,
            created_at=now,
            updated_at=now,
        )
        s.add(p)
        s.flush()
        if barcode:
            s.add(ProductBarcode(code=barcode, product_id=p.id, symbology="ean13"))
        return p.id


def main_location(world: ShopWorld) -> str:
    with world.ctx.db.transaction() as s:
        return locations.default_location(s).id


def add_location(world: ShopWorld, code: str, kind: str = "warehouse") -> str:
    return locations.create_location(world.ctx, world.owner, code, f"Location {code}", kind).id


def put_stock(world: ShopWorld, product_id: str, location_id: str, qty: int) -> None:
    """Stock for a test, as a ``found`` move (real ledger code, no purchase order)."""
    with world.ctx.db.transaction() as s:
        stock.apply_move(s, world.ctx, world.owner.user_id, product_id, location_id, qty, "found")


def product_status(world: ShopWorld, product_id: str) -> str:
    with world.ctx.db.transaction() as s:
        return s.get(Product, product_id).status  # type: ignore[union-attr]
