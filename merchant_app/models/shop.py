"""The shop, its desks and the per-desk number sequences."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class Shop(Base):
    """The one shop this database belongs to."""

    __tablename__ = "shop"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3))
    locale: Mapped[str] = mapped_column(String(16))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ShopSetting(Base):
    """A shop-wide setting (shared by every desk), stored as text."""

    __tablename__ = "shop_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Desk(Base):
    """A workstation; its code prefixes the human numbers of what it creates."""

    __tablename__ = "desk"

    id: Mapped[str] = id_column()
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeskSequence(Base):
    """The last human number a desk handed out for one kind of record."""

    __tablename__ = "desk_sequence"

    desk_id: Mapped[str] = mapped_column(ForeignKey("desk.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
