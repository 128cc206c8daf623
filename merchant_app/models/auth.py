"""Staff: permissions, roles, users and desk enrolment codes.

Password verifiers are *not* here: they live in the OS keyring of each desk (AUTH-2).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from merchant_app.models.base import Base, UTCDateTime, id_column


class Permission(Base):
    """A named right checked by the services, such as ``order.create``."""

    __tablename__ = "permission"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    description: Mapped[str] = mapped_column(Text, default="")


role_permission = Table(
    "role_permission",
    Base.metadata,
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
    Column("permission_name", ForeignKey("permission.name"), primary_key=True),
)


class Role(Base):
    """A bundle of permissions; the six defaults are ``builtin``."""

    __tablename__ = "role"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(60), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    permissions: Mapped[set[Permission]] = relationship(secondary=role_permission)


class User(Base):
    """A member of staff; status and lockout state are shared by all desks."""

    __tablename__ = "app_user"

    id: Mapped[str] = id_column()
    login: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role_id: Mapped[str] = mapped_column(ForeignKey("role.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_after: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    role: Mapped[Role] = relationship()


class EnrolmentCode(Base):
    """A single-use, expiring code that lets a user set a password on another desk."""

    __tablename__ = "enrolment_code"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    used_on_desk: Mapped[str | None] = mapped_column(ForeignKey("desk.id"), nullable=True)
