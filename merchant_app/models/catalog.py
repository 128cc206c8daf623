"""The catalog: categories, suppliers, products (and their variants), barcodes, prices."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class Category(Base):
    """A node of the category tree; ``path`` is the full name (``Clothing > Hoodies``)."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_category_parent_name"),)

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(80))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), nullable=True)
    path: Mapped[str] = mapped_column(String(500), unique=True)


class Supplier(Base):
    """Who the shop buys from; ``lead_time_days`` feeds the replenishment suggestion."""

    __tablename__ = "supplier"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact: Mapped[str] = mapped_column(Text, default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)


class Product(Base):
    """A sellable SKU, or (``is_parent``) the parent that groups variants.

    Variants are products of their own with ``parent_id`` set and ``options`` (JSON text
    such as ``{"Size": "M"}``).  Money in minor units, tax in basis points, weight in
    grams, sizes in millimetres.  ``name_key``/``sku_key`` are the lower-cased name and
    SKU that search-as-you-type reads through one index on ``(sku_key, sku, name_key)``:
    SKU prefixes are a range on it (SQLite; a ``text_pattern_ops`` LIKE prefix on
    PostgreSQL), and "name contains" walks it in result order, reading no table row
    until a name matches.  The services keep the keys in step.
    """

    __tablename__ = "product"
    __table_args__ = (
        Index(
            "ix_product_sku_key",
            "sku_key",
            "sku",
            "name_key",
            postgresql_ops={"sku_key": "text_pattern_ops"},
        ),
        Index("ix_product_category_status", "category_id", "status"),
    )

    id: Mapped[str] = id_column()
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    sku_key: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), nullable=True)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("product.id"), nullable=True, index=True
    )
    is_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    options: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(16), default="pcs")
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    cost_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    length_mm: Mapped[int] = mapped_column(Integer, default=0)
    width_mm: Mapped[int] = mapped_column(Integer, default=0)
    height_mm: Mapped[int] = mapped_column(Integer, default=0)
    image_path: Mapped[str] = mapped_column(Text, default="")
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("supplier.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)
    reorder_qty: Mapped[int] = mapped_column(Integer, default=0)
    allow_backorder: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProductBarcode(Base):
    """A barcode printed on a product; a code belongs to one product only."""

    __tablename__ = "product_barcode"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    symbology: Mapped[str] = mapped_column(String(12))


class PriceChange(Base):
    """Price history: every change of a selling price or cost, who made it and when."""

    __tablename__ = "price_change"

    id: Mapped[str] = id_column()
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    field: Mapped[str] = mapped_column(String(16))  # "price" or "cost"
    old_minor: Mapped[int] = mapped_column(Integer)
    new_minor: Mapped[int] = mapped_column(Integer)
    changed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    approval_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
