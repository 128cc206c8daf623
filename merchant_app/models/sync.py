"""Offline desks (GROW-2): the outbox a desk fills while the server is away, the receipts
the server keeps of what it applied, and the conflicts a manager resolves.

* ``sync_outbox`` lives in a desk's local cache (same schema as the server, so the table
  exists on both; the server's stays empty).  One row per offline action worth sending:
  ``kind`` (``order``, ``payment``, ``member``, ``points``, ``audit``) and the client id
  of the record (``record_id``); ``seq`` orders them and never repeats.
* ``sync_receipt`` lives on the server: one row per outbox item applied, keyed by the
  desk and the item's ``seq``, written in the same transaction as the item's rows, so an
  item is applied exactly once however often it is sent.
* ``sync_conflict`` lives on the server: what a server-side rule found when an offline
  record arrived (stock sold out meanwhile, a coupon used up, a member edited on two
  desks, points the balance no longer covers).  The record is kept; the conflict waits
  for a manager.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class SyncOutbox(Base):
    """An offline action waiting to be sent (``pending``), sent (``sent``), applied with
    a conflict listed on the server (``conflict``) or refused by the server (``failed``,
    with ``last_error``; retried when someone asks).  ``base_version`` is the record's
    version (``updated_at``) when the desk last had it from the server: an edit made on
    an older version than the server's is a conflict, not an overwrite."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_status_seq", "status", "seq"),
        Index("ix_sync_outbox_record", "record_id", "kind"),
        {"sqlite_autoincrement": True},  # a seq is never handed out twice
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SyncReceipt(Base):
    """The server's note that a desk's outbox item was applied (``outcome``: ``applied``,
    ``conflict`` or ``already`` when the records were there before)."""

    __tablename__ = "sync_receipt"

    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    outbox_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(12))


class SyncConflict(Base):
    """What a server rule found when an offline record arrived.  ``reason`` is a code
    (``stock_short``, ``coupon_used_up``, ``member_edited``, ``points_short``,
    ``member_duplicate``, ``order_cancelled``) and ``params`` its JSON details (what the
    message shows; for ``member_edited`` also the offline edit, so it can still be
    applied).  Open until a manager resolves it (``resolution``, who and when)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index("ix_sync_conflict_open", "resolved_at", "created_at"),
        Index("ix_sync_conflict_record", "record_id"),
    )

    id: Mapped[str] = id_column()
    desk_id: Mapped[str] = mapped_column(String(36))
    outbox_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(32))
    params: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(24), default="")
    note: Mapped[str] = mapped_column(Text, default="")
