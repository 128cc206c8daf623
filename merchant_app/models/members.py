"""Members (MEM-1 … MEM-5): encrypted member records with keyed-hash look-ups, the points
ledger and its balance row, promotions and coupons, and customer-service tickets.

Personal fields (name, gender, birthday, phone, email, addresses, notes) are never
stored in clear: ``member.sealed`` is one AES-GCM ciphertext bound to the row id (see
``security/member_crypto.py``).  Look-ups go through keyed hashes (HMAC-SHA256 with a
key derived from the shop's data key) of the normalised phone, its last four digits,
the email, and the name's tokens and their prefixes (``member_name_key``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class Member(Base):
    """A member.  ``sealed`` holds the personal fields (encrypted, bound to ``id``);
    ``*_hash`` columns are keyed hashes for exact look-ups (empty after erasure).  The
    derived figures (``tier``, ``segment``, ``last_order_at``, ``orders_12m``,
    ``spend_12m_minor``) are recomputed from orders by ``services/member_tiers.py``."""

    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_segment", "segment", "id"),
        Index("ix_member_created", "created_at", "id"),
    )

    id: Mapped[str] = id_column()
    card_number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | erased
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    phone_hash: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone_tail_hash: Mapped[str] = mapped_column(String(32), default="", index=True)
    email_hash: Mapped[str] = mapped_column(String(32), default="", index=True)
    tags: Mapped[str] = mapped_column(Text, default="")
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    tier: Mapped[str] = mapped_column(String(24), default="regular")
    segment: Mapped[str] = mapped_column(String(12), default="new")
    last_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    orders_12m: Mapped[int] = mapped_column(Integer, default=0)
    spend_12m_minor: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class MemberNameKey(Base):
    """A keyed hash of one normalised name token (or token prefix, or CJK character
    n-gram) of a member: name search without the name in clear."""

    __tablename__ = "member_name_key"
    __table_args__ = (Index("ix_member_name_key_hash", "key_hash", "member_id"),)

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(32), primary_key=True)


class MemberPoints(Base):
    """A member's points balance: always the sum of their ledger entries, changed only by
    a conditional UPDATE (``balance + delta >= 0``) in the entry's own transaction.
    ``next_expiry_at`` is the earliest time an earned lot may expire."""

    __tablename__ = "member_points"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), primary_key=True)
    balance: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    next_expiry_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)


class PointsEntry(Base):
    """One append-only entry of the points ledger: earn, redeem, expire, adjust or
    reverse (signed ``points``); ``seq`` numbers a member's entries 1, 2, 3 … (taken
    from the balance row in the same UPDATE) and ``balance_after`` is the balance the
    entry left.  Credited lots carry ``expires_at`` (spent first in, first out)."""

    __tablename__ = "points_entry"
    __table_args__ = (
        UniqueConstraint("member_id", "seq"),
        Index("ix_points_entry_order_kind", "order_id", "kind"),
    )

    id: Mapped[str] = id_column()
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(12))
    points: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    order_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    base_minor: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str] = mapped_column(String(120), default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class Promotion(Base):
    """A promotion or, with a ``code``, a coupon (MEM-4).

    ``kind``: ``percent`` (``percent_bp`` off a product or the whole order), ``fixed``
    (``amount_minor`` off the order), ``spend_save`` (``amount_minor`` off per full
    ``threshold_minor`` spent, once or ``repeat``), ``member_price`` (``price_minor`` for
    ``product_id`` to members).  ``used_count`` only grows by a conditional UPDATE, never
    past ``usage_limit`` (0: unlimited)."""

    __tablename__ = "promotion"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("product.id"), nullable=True)
    percent_bp: Mapped[int] = mapped_column(Integer, default=0)
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    threshold_minor: Mapped[int] = mapped_column(Integer, default=0)
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    min_spend_minor: Mapped[int] = mapped_column(Integer, default=0)
    members_only: Mapped[bool] = mapped_column(Boolean, default=False)
    stackable: Mapped[bool] = mapped_column(Boolean, default=False)
    usage_limit: Mapped[int] = mapped_column(Integer, default=0)
    used_count: Mapped[int] = mapped_column(Integer, default=0)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CouponUse(Base):
    """A coupon used on an order (at most once per order)."""

    __tablename__ = "coupon_use"
    __table_args__ = (UniqueConstraint("promotion_id", "order_id"),)

    id: Mapped[str] = id_column()
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    order_id: Mapped[str] = mapped_column(String(36), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ServiceTicket(Base):
    """A customer-service ticket (MEM-5): an enquiry, complaint or after-sales matter,
    linked to a member and/or an order, open until resolved with a resolution."""

    __tablename__ = "service_ticket"
    __table_args__ = (
        Index("ix_service_ticket_status_follow", "status", "follow_up_at"),
        Index("ix_service_ticket_category", "category", "created_at"),
    )

    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    member_id: Mapped[str | None] = mapped_column(
        ForeignKey("member.id"), nullable=True, index=True
    )
    order_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="open")
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
