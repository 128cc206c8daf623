"""report indexes: period sums from the index (RPT-1, RPT-2)

The dashboard and the reports sum the orders of a period and their lines.  Two existing
indexes get the columns those sums read, so SQLite and PostgreSQL answer from the index
without visiting each order's and each line's row (same leading columns, so every query
that used them still does); payments get an index by time for the payment-method report.

* ``ix_sales_order_created``: (created_at, id) → + state, total_minor, discount_minor,
  member_id
* ``ix_order_line_order_id``: (order_id) → + product_id, quantity, returned, total_minor
* ``ix_payment_at``: new, (at, method, amount_minor)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 18:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_order_created")
        batch_op.create_index(
            "ix_sales_order_created",
            ["created_at", "id", "state", "total_minor", "discount_minor", "member_id"],
            unique=False,
        )
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.drop_index("ix_order_line_order_id")
        batch_op.create_index(
            "ix_order_line_order_id",
            ["order_id", "product_id", "quantity", "returned", "total_minor"],
            unique=False,
        )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_at", ["at", "method", "amount_minor"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_at")
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.drop_index("ix_order_line_order_id")
        batch_op.create_index("ix_order_line_order_id", ["order_id"], unique=False)
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_order_created")
        batch_op.create_index("ix_sales_order_created", ["created_at", "id"], unique=False)
