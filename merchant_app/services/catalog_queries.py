"""Catalog reads for the screens: search as you type, scan lookup, the product card.

Search reads the lower-cased ``sku_key``/``name_key`` columns through the index on
``(sku_key, sku, name_key)`` with ``LIMIT`` (see the Product model);
stock figures come from one grouped query over ``stock_level`` for the page shown.
Reading needs any signed-in, active user; cost is shown only to those who may see it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, select, tuple_
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound
from merchant_app.models import Category, Product, ProductBarcode, StockLevel, Supplier
from merchant_app.services.catalog_categories import category_ids_under
from merchant_app.services.catalog_rules import like_escape, search_key
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import load_actor
from merchant_app.services.stock import product_totals

COST_PERMISSIONS = frozenset({"report.view_cost", "price.change", "product.edit"})
_TOP = chr(0x10FFFF)  # sorts after every other character (BINARY collation, UTF-8)


@dataclass(frozen=True)
class ProductListRow:
    """A product as the list and the search box show it; ``on_hand`` and ``sellable``
    are summed over all locations (for a parent: over its variants)."""

    id: str
    sku: str
    name: str
    status: str
    price_minor: int
    category_id: str | None
    parent_id: str | None
    is_parent: bool
    reorder_point: int
    on_hand: int
    sellable: int


@dataclass(frozen=True)
class ProductInfo:
    """What a barcode scan opens: enough to sell the product."""

    id: str
    sku: str
    name: str
    status: str
    unit: str
    price_minor: int
    tax_rate_bp: int
    is_parent: bool
    on_hand: int
    sellable: int


@dataclass(frozen=True)
class BarcodeInfo:
    """One barcode of a product and how it is printed."""

    code: str
    symbology: str


@dataclass(frozen=True)
class VariantRow:
    """A variant under a parent product, with its options (``(("Size", "M"),)``)."""

    id: str
    sku: str
    name: str
    options: tuple[tuple[str, str], ...]
    status: str
    price_minor: int
    on_hand: int
    sellable: int


@dataclass(frozen=True)
class ProductDetail:
    """Everything the product card shows.  ``cost_minor`` is ``None`` for a user who may
    not see costs."""

    id: str
    sku: str
    name: str
    description: str
    category_id: str | None
    category_path: str
    parent_id: str | None
    parent_sku: str
    is_parent: bool
    options: tuple[tuple[str, str], ...]
    unit: str
    price_minor: int
    cost_minor: int | None
    tax_rate_bp: int
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    image_path: str
    supplier_id: str | None
    supplier_name: str
    status: str
    reorder_point: int
    reorder_qty: int
    allow_backorder: bool
    barcodes: tuple[BarcodeInfo, ...]
    variants: tuple[VariantRow, ...]
    on_hand: int
    sellable: int
    created_at: datetime
    updated_at: datetime


def parse_options(text: str) -> tuple[tuple[str, str], ...]:
    """The variant options stored as JSON text, in their stored order."""
    if not text:
        return ()
    data = json.loads(text)
    return tuple((str(k), str(v)) for k, v in data.items())


def stock_totals(session: Session, product_ids: list[str]) -> dict[str, tuple[int, int]]:
    """``{product_id: (on_hand, sellable)}`` summed over locations; a parent's figures
    are the sums over its variants (the stock service's totals)."""
    totals = product_totals(session, product_ids, include_variants=True)
    return {pid: (t.on_hand, t.sellable) for pid, t in totals.items()}


def _prefix(session: Session, column: Any, key: str) -> ColumnElement[bool]:
    """``column`` starts with ``key``, in the form the dialect's index can serve."""
    if session.get_bind().dialect.name == "postgresql":
        return column.like(like_escape(key) + "%", escape="\\")
    return and_(column >= key, column < key + _TOP)


def _sellable_total() -> Any:
    return (
        select(func.coalesce(func.sum(StockLevel.on_hand - StockLevel.reserved), 0))
        .where(StockLevel.product_id == Product.id)
        .scalar_subquery()
    )


def _matching(
    s: Session,
    text: str,
    base: Select[tuple[str, str, str]],
    limit: int,
) -> list[tuple[str, str, str]]:
    """The first ``limit`` (sku_key, sku, id) by SKU among products whose barcode is
    ``text``, whose SKU starts with it or whose name contains it."""
    key = search_key(text)
    queries = [
        base.where(
            Product.id.in_(
                select(ProductBarcode.product_id).where(ProductBarcode.code == text.strip())
            )
        ),
        base.where(_prefix(s, Product.sku_key, key)),
    ]
    found: set[tuple[str, str, str]] = set()
    for q in queries:
        found.update((k, sku, pid) for k, sku, pid in s.execute(q).tuples())
    # Names containing the text: a walk of the (sku_key, sku, name_key) index in result
    # order that stops at ``limit`` hits, and never goes past the last row a full page
    # of the lookups above already holds.  Only a rare text walks the whole index.
    contains = base.where(Product.name_key.like(f"%{like_escape(key)}%", escape="\\"))
    if len(found) >= limit:
        last_key, last_sku, _ = sorted(found)[limit - 1]
        contains = contains.where(
            tuple_(Product.sku_key, Product.sku) <= tuple_(literal(last_key), literal(last_sku))
        )
    found.update((k, sku, pid) for k, sku, pid in s.execute(contains).tuples())
    return sorted(found)[:limit]


def search_products(
    ctx: AppContext,
    actor: Actor,
    text: str,
    *,
    category_id: str | None = None,
    status: str | None = None,
    low_stock: bool = False,
    limit: int = 200,
    after_sku: str | None = None,
) -> list[ProductListRow]:
    """Products matching ``text`` (exact barcode, SKU prefix, or name containing it,
    case-insensitive; empty text matches all), optionally in a category (and its
    sub-categories), with a listing status, or at/below their reorder point.  Ordered by
    SKU ignoring case (then by SKU); page with ``after_sku`` (the last SKU of the
    previous page)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        base = (
            select(Product.sku_key, Product.sku, Product.id)
            .order_by(Product.sku_key, Product.sku)
            .limit(limit)
        )
        if after_sku is not None:
            base = base.where(
                tuple_(Product.sku_key, Product.sku)
                > tuple_(literal(search_key(after_sku)), literal(after_sku))
            )
        if category_id is not None:
            base = base.where(Product.category_id.in_(category_ids_under(s, category_id)))
        if status is not None:
            base = base.where(Product.status == status)
        if low_stock:
            base = base.where(
                Product.is_parent.is_(False),
                Product.reorder_point > 0,
                _sellable_total() <= Product.reorder_point,
            )
        if text.strip():
            found = _matching(s, text, base, limit)
        else:
            found = list(s.execute(base).tuples().all())
        ids = [pid for _, _, pid in found]
        if not ids:
            return []
        rows = {
            p.id: p
            for p in s.execute(
                select(
                    Product.id,
                    Product.sku,
                    Product.name,
                    Product.status,
                    Product.price_minor,
                    Product.category_id,
                    Product.parent_id,
                    Product.is_parent,
                    Product.reorder_point,
                ).where(Product.id.in_(ids))
            )
        }
        totals = stock_totals(s, ids)
        return [
            ProductListRow(
                r.id,
                r.sku,
                r.name,
                r.status,
                r.price_minor,
                r.category_id,
                r.parent_id,
                r.is_parent,
                r.reorder_point,
                *totals.get(r.id, (0, 0)),
            )
            for r in (rows[i] for i in ids)
        ]


def find_by_barcode(ctx: AppContext, actor: Actor, code: str) -> ProductInfo | None:
    """The product a scanned code belongs to, or ``None`` when no product has it."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        p = s.scalar(
            select(Product)
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(ProductBarcode.code == code.strip())
        )
        if p is None:
            return None
        on_hand, sellable = stock_totals(s, [p.id]).get(p.id, (0, 0))
        return ProductInfo(
            p.id,
            p.sku,
            p.name,
            p.status,
            p.unit,
            p.price_minor,
            p.tax_rate_bp,
            p.is_parent,
            on_hand,
            sellable,
        )


def product_detail(s: Session, product_id: str, actor: Actor) -> ProductDetail:
    """The product card in the caller's session (``actor`` must be freshly loaded)."""
    p = s.get(Product, product_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That product no longer exists."))
    barcodes = tuple(
        BarcodeInfo(code, sym)
        for code, sym in s.execute(
            select(ProductBarcode.code, ProductBarcode.symbology)
            .where(ProductBarcode.product_id == p.id)
            .order_by(ProductBarcode.code)
        )
    )
    variants = list(s.scalars(select(Product).where(Product.parent_id == p.id)))
    variants.sort(key=lambda v: v.sku)
    totals = stock_totals(s, [p.id, *(v.id for v in variants)])
    category = s.get(Category, p.category_id) if p.category_id else None
    supplier = s.get(Supplier, p.supplier_id) if p.supplier_id else None
    parent = s.get(Product, p.parent_id) if p.parent_id else None
    sees_cost = bool(COST_PERMISSIONS & actor.permissions)
    return ProductDetail(
        id=p.id,
        sku=p.sku,
        name=p.name,
        description=p.description,
        category_id=p.category_id,
        category_path=category.path if category else "",
        parent_id=p.parent_id,
        parent_sku=parent.sku if parent else "",
        is_parent=p.is_parent,
        options=parse_options(p.options),
        unit=p.unit,
        price_minor=p.price_minor,
        cost_minor=p.cost_minor if sees_cost else None,
        tax_rate_bp=p.tax_rate_bp,
        weight_g=p.weight_g,
        length_mm=p.length_mm,
        width_mm=p.width_mm,
        height_mm=p.height_mm,
        image_path=p.image_path,
        supplier_id=p.supplier_id,
        supplier_name=supplier.name if supplier else "",
        status=p.status,
        reorder_point=p.reorder_point,
        reorder_qty=p.reorder_qty,
        allow_backorder=p.allow_backorder,
        barcodes=barcodes,
        variants=tuple(
            VariantRow(
                v.id,
                v.sku,
                v.name,
                parse_options(v.options),
                v.status,
                v.price_minor,
                *totals.get(v.id, (0, 0)),
            )
            for v in variants
        ),
        on_hand=totals.get(p.id, (0, 0))[0],
        sellable=totals.get(p.id, (0, 0))[1],
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def get_product(ctx: AppContext, actor: Actor, product_id: str) -> ProductDetail:
    """The product card: fields, barcodes, variants, category path and supplier."""
    with ctx.db.transaction() as s:
        current = load_actor(s, actor.user_id)
        return product_detail(s, product_id, current)
