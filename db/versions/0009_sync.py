"""sync: offline desks (GROW-2)

* ``sync_outbox``: a desk's queue of offline actions (in its local cache); ``seq`` never
  repeats (SQLite AUTOINCREMENT).
* ``sync_receipt``: the server's note of each outbox item applied, keyed by desk and
  ``seq`` (exactly once).
* ``sync_conflict``: what a server rule found when an offline record arrived, open until
  a manager resolves it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 18:46:10.274866
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import merchant_app.models.base

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", merchant_app.models.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", merchant_app.models.base.UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("sent_at", merchant_app.models.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_record", ["record_id", "kind"], unique=False)
        batch_op.create_index("ix_sync_outbox_status_seq", ["status", "seq"], unique=False)

    op.create_table(
        "sync_receipt",
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("outbox_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("applied_at", merchant_app.models.base.UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "outbox_seq", name=op.f("pk_sync_receipt")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("outbox_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("created_at", merchant_app.models.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("resolved_at", merchant_app.models.base.UTCDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["app_user.id"], name=op.f("fk_sync_conflict_resolved_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_open", ["resolved_at", "created_at"], unique=False)
        batch_op.create_index("ix_sync_conflict_record", ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_record")
        batch_op.drop_index("ix_sync_conflict_open")
    op.drop_table("sync_conflict")
    op.drop_table("sync_receipt")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_status_seq")
        batch_op.drop_index("ix_sync_outbox_record")
    op.drop_table("sync_outbox")
