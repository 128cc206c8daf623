"""Stock: locations, per-location levels, the append-only move ledger, purchase orders
and stock counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class Location(Base):
    """A shop, a warehouse, or a bin inside one (``parent_id``)."""

    __tablename__ = "location"

    id: Mapped[str] = id_column()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(12))  # shop | warehouse | bin
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"), nullable=True)
    active: Mapped[bool] = mapped_column(default=True)


class StockLevel(Base):
    """Ledger stock (``on_hand``) and what open orders hold of it (``reserved``) for one
    product at one location; sellable = on_hand − reserved.  ``on_hand`` always equals
    the sum of the product's moves at the location."""

    __tablename__ = "stock_level"

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id"), primary_key=True, index=True
    )
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (CheckConstraint("reserved >= 0", name="reserved_not_negative"),)


class StockMove(Base):
    """One append-only change of ledger stock: quantity (signed), reason, user, time and
    the source document (``doc_type``/``doc_id``, e.g. an order or a purchase order)."""

    __tablename__ = "stock_move"
    __table_args__ = (
        # history pages (newest first) and per-location sums
        Index("ix_stock_move_product_location", "product_id", "location_id", "at"),
        Index("ix_stock_move_doc", "doc_type", "doc_id"),
    )

    id: Mapped[str] = id_column()
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    doc_type: Mapped[str] = mapped_column(String(24), default="")
    doc_id: Mapped[str] = mapped_column(String(36), default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    desk_id: Mapped[str | None] = mapped_column(ForeignKey("desk.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class PurchaseOrder(Base):
    """An order to a supplier (draft → ordered → partly received → received/cancelled)."""

    __tablename__ = "purchase_order"

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("supplier.id"), nullable=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PurchaseOrderLine(Base):
    """A product on a purchase order, with what has been received of it so far."""

    __tablename__ = "purchase_order_line"

    id: Mapped[str] = id_column()
    purchase_order_id: Mapped[str] = mapped_column(ForeignKey("purchase_order.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    unit_cost_minor: Mapped[int] = mapped_column(Integer, default=0)


class StockCount(Base):
    """A count task for a location (optionally one category): open → submitted →
    applied (or cancelled).  ``snapshot_at`` is when counting started; moves after it
    are accounted for when the variance is worked out."""

    __tablename__ = "stock_count"

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"))
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    blind: Mapped[bool] = mapped_column(default=True)
    snapshot_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class StockCountLine(Base):
    """One product in a count: ledger stock at the snapshot and what was counted;
    ``adjusted`` is the quantity the count's move changed (set when the count is applied)."""

    __tablename__ = "stock_count_line"

    count_id: Mapped[str] = mapped_column(ForeignKey("stock_count.id"), primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), primary_key=True)
    expected: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[int] = mapped_column(Integer, default=0)
    adjusted: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StockCountUnknownScan(Base):
    """A scanned code that matched no product during a count (flagged, not ignored)."""

    __tablename__ = "stock_count_unknown_scan"
    __table_args__ = (
        UniqueConstraint("count_id", "code", name="uq_stock_count_unknown_scan_code"),
    )

    id: Mapped[str] = id_column()
    count_id: Mapped[str] = mapped_column(ForeignKey("stock_count.id"))
    code: Mapped[str] = mapped_column(String(64))
    scans: Mapped[int] = mapped_column(Integer, default=1)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
