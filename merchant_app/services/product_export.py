"""Product export (INV-7): the whole catalog in the app's own CSV format.

Rows are ordered by SKU and every value comes from the database, so two exports of the
same catalog are byte-identical; the file reads back through
:func:`merchant_app.imports.product_csv.parse_products` and
:func:`merchant_app.services.product_import.import_products` to the same catalog.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from merchant_app.imports.product_csv import write_app_csv
from merchant_app.imports.product_rows import ProductRow
from merchant_app.models import (
    Category,
    Location,
    Product,
    ProductBarcode,
    Shop,
    StockLevel,
    Supplier,
)
from merchant_app.money import minor_digits
from merchant_app.services import audit
from merchant_app.services.catalog_queries import parse_options
from merchant_app.services.catalog_rules import CATEGORY_SEPARATOR
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import DEFAULT_CODE as DEFAULT_LOCATION
from merchant_app.services.permissions import authorize


def export_rows(ctx: AppContext, actor: Actor) -> list[ProductRow]:
    """Every product as a :class:`ProductRow`, by SKU.  ``stock`` is the ledger stock at
    the ``MAIN`` location (0 when it has none there; ``None`` for parents), which is
    where an import that names no location puts it back."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "product.edit")
        return _rows(s)


def _rows(s: Session) -> list[ProductRow]:
    parent = aliased(Product)
    main = s.scalar(select(Location.id).where(Location.code == DEFAULT_LOCATION))
    stock: dict[str, int] = {}
    if main is not None:
        stock = dict(
            s.execute(
                select(StockLevel.product_id, StockLevel.on_hand).where(
                    StockLevel.location_id == main
                )
            )
            .tuples()
            .all()
        )
    codes: dict[str, list[str]] = {}
    for pid, code in s.execute(
        select(ProductBarcode.product_id, ProductBarcode.code).order_by(ProductBarcode.code)
    ):
        codes.setdefault(pid, []).append(code)
    q = (
        select(Product, parent.sku, Category.path, Supplier.name)
        .outerjoin(parent, parent.id == Product.parent_id)
        .outerjoin(Category, Category.id == Product.category_id)
        .outerjoin(Supplier, Supplier.id == Product.supplier_id)
        .order_by(Product.sku)
    )
    rows: list[ProductRow] = []
    for n, (p, parent_sku, path, supplier) in enumerate(s.execute(q).tuples(), start=2):
        rows.append(
            ProductRow(
                row=n,
                sku=p.sku,
                name=p.name,
                parent_sku=parent_sku or "",
                is_parent=p.is_parent,
                options=parse_options(p.options),
                description=p.description,
                category_path=tuple(path.split(CATEGORY_SEPARATOR)) if path else (),
                barcodes=tuple(codes.get(p.id, ())),
                unit=p.unit,
                price_minor=p.price_minor,
                cost_minor=p.cost_minor,
                tax_rate_bp=p.tax_rate_bp,
                weight_g=p.weight_g,
                length_mm=p.length_mm,
                width_mm=p.width_mm,
                height_mm=p.height_mm,
                supplier=supplier or "",
                status=p.status,
                reorder_point=p.reorder_point,
                reorder_qty=p.reorder_qty,
                stock=None if p.is_parent else stock.get(p.id, 0),
            )
        )
    return rows


def export_products(ctx: AppContext, actor: Actor) -> bytes:
    """The catalog as the app's CSV (UTF-8 with BOM), rows by SKU, money with the shop
    currency's decimals.  Needs ``product.edit`` (the file holds costs); audited as
    ``product.export`` with the row count."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        shop = s.scalars(select(Shop)).first()
        digits = minor_digits(shop.currency) if shop else 2
        rows = _rows(s)
        audit.record(s, ctx, current, "product.export", f"{len(rows)} rows")
    return write_app_csv(rows, digits)
