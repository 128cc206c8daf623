"""Sales orders: lines, the event history, payments, waybills, end-of-day settlements and
after-sales cases (ORD-1 … ORD-9)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class SalesOrder(Base):
    """One customer order.  Money is in minor units; ``paid_minor`` is payments minus
    refunds.  ``state`` follows the review flow (see ``services/order_flow.py``);
    ``held_from`` is the state an order on hold returns to.  ``location_id`` is where its
    stock is reserved (set on placing, changed by customer-service review)."""

    __tablename__ = "sales_order"
    __table_args__ = (
        # keyset pages by time; the other columns let reports sum a period from the index
        Index(
            "ix_sales_order_created",
            "created_at",
            "id",
            "state",
            "total_minor",
            "discount_minor",
            "member_id",
        ),
        Index("ix_sales_order_state_created", "state", "created_at", "id"),
        Index("ix_sales_order_desk_created", "desk_id", "created_at", "id"),
        Index("ix_sales_order_payment_created", "payment_status", "created_at", "id"),
        Index("ix_sales_order_source_ref", "source", "external_ref"),
    )

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    desk_id: Mapped[str | None] = mapped_column(ForeignKey("desk.id"), nullable=True)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20))
    held_from: Mapped[str] = mapped_column(String(20), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # The member (members issue); kept without a foreign key until members land.
    member_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    phone_key: Mapped[str] = mapped_column(String(40), default="", index=True)
    ship_name: Mapped[str] = mapped_column(String(120), default="")
    ship_phone: Mapped[str] = mapped_column(String(40), default="")
    ship_address: Mapped[str] = mapped_column(Text, default="")
    ship_zone: Mapped[str] = mapped_column(String(32), default="")
    delivery_method: Mapped[str] = mapped_column(String(24), default="pickup")
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"))
    payment_terms: Mapped[str] = mapped_column(String(12), default="prepaid")
    subtotal_minor: Mapped[int] = mapped_column(Integer, default=0)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    shipping_fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    extra_fees_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    paid_minor: Mapped[int] = mapped_column(Integer, default=0)
    payment_status: Mapped[str] = mapped_column(String(12), default="unpaid")
    tracking_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    warehouse_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="counter")
    external_ref: Mapped[str] = mapped_column(String(64), default="")


class OrderLine(Base):
    """A product on an order: a snapshot of its SKU, name and price when sold.
    ``discount_minor`` is the discount on the whole line; ``packed`` counts verified
    scans at the packing desk; ``returned`` what after-sales took back."""

    __tablename__ = "order_line"
    __table_args__ = (
        Index("ix_order_line_product_order", "product_id", "order_id"),
        # an order's lines; the other columns let reports sum them from the index
        Index(
            "ix_order_line_order_id",
            "order_id",
            "product_id",
            "quantity",
            "returned",
            "total_minor",
        ),
    )

    id: Mapped[str] = id_column()
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer)
    packed: Mapped[int] = mapped_column(Integer, default=0)
    returned: Mapped[int] = mapped_column(Integer, default=0)


class OrderEvent(Base):
    """One entry in an order's history (ORD-4): placed, each transition, revisions with
    what changed and why, payments, waybills, exceptions."""

    __tablename__ = "order_event"
    __table_args__ = (Index("ix_order_event_order_at", "order_id", "at"),)

    id: Mapped[str] = id_column()
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")


class Payment(Base):
    """Money taken (positive) or refunded (negative) on an order by one method.
    ``settlement_id`` is set when the desk's end-of-day settlement includes it."""

    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_desk_settlement", "desk_id", "settlement_id"),
        Index("ix_payment_at", "at", "method", "amount_minor"),  # payments of a period
    )

    id: Mapped[str] = id_column()
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(Integer)
    tendered_minor: Mapped[int] = mapped_column(Integer, default=0)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str] = mapped_column(String(64), default="")
    desk_id: Mapped[str | None] = mapped_column(ForeignKey("desk.id"), nullable=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    settlement_id: Mapped[str | None] = mapped_column(
        ForeignKey("settlement.id"), nullable=True, index=True
    )


class Waybill(Base):
    """A tracking number issued to an order at warehouse approval.  A cancelled order's
    waybill is ``voided`` and kept: its number is never issued again."""

    __tablename__ = "waybill"

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(12), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Settlement(Base):
    """A desk's end-of-day settlement: per method, what the payments say was taken and
    what was counted (``figures`` is JSON: method → [expected, counted])."""

    __tablename__ = "settlement"

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    desk_id: Mapped[str | None] = mapped_column(ForeignKey("desk.id"), nullable=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    figures: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")


class AfterSalesCase(Base):
    """A return, exchange, repair, refund, compensation or delivery exception (ORD-6,
    ORD-7) on a shipped order, open until closed with a resolution."""

    __tablename__ = "aftersales_case"
    __table_args__ = (Index("ix_aftersales_status_created", "status", "created_at"),)

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    exception_kind: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    replacement_order_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), nullable=True
    )
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AfterSalesLine(Base):
    """A product coming back on a case: restocked (a return move) or written off."""

    __tablename__ = "aftersales_line"
    __table_args__ = (UniqueConstraint("case_id", "order_line_id"),)

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = mapped_column(ForeignKey("aftersales_case.id"), index=True)
    order_line_id: Mapped[str] = mapped_column(ForeignKey("order_line.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    disposition: Mapped[str] = mapped_column(String(12))  # restock | write_off | repair
