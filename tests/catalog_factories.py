"""Catalog building blocks for tests: product rows, products, a full database dump."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from merchant_app.barcodes import gs1_check_digit
from merchant_app.database import Database
from merchant_app.imports.product_rows import ProductRow
from merchant_app.models import Base
from merchant_app.services import catalog
from merchant_app.services.catalog_queries import ProductDetail
from tests.factories import ShopWorld


def ean13(n: int) -> str:
    """A valid EAN-13 with manufacturer prefix 690 (not an in-store code)."""
    body = f"690{n:09d}"
    return body + str(gs1_check_digit(body))


def row(n: int, sku: str, name: str = "", **kw: Any) -> ProductRow:
    """A product row as a parser would give it (``n`` is the file line)."""
    return ProductRow(row=n, sku=sku, name=name or f"Product {sku}", **kw)


def product(
    world: ShopWorld, sku: str, name: str = "", *, barcodes: tuple[str, ...] = (), **kw: Any
) -> ProductDetail:
    """A listed product created by the Owner."""
    kw.setdefault("status", "listed")
    data = catalog.ProductInput(sku=sku, name=name or f"Product {sku}", **kw)
    return catalog.create_product(world.ctx, world.owner, data, barcodes)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: two equal dumps mean an unchanged database."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out
