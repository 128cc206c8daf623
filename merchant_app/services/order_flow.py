"""The order review flow (ORD-2, ORD-3) as data: the states, which action leads where, who
may take it, and what cancelling does in each state.  Pure rules, no database: the order
services read them, the screens use them to offer only the actions that can succeed.

Stock effects (carried out by ``services/orders.py`` through the stock primitives):

* placing: sellable stock is reserved at the order's location;
* review (customer service): the reservation is allocated at the location the order
  ships from (moved there if it was held elsewhere);
* warehouse approval: a waybill number is issued and the goods are picked, i.e. moved
  from the shelf to that location's packing area (ledger totals unchanged, still
  reserved for the order);
* shipping: the goods leave ledger stock (a ``ship`` move from the packing area).

Cancelling: in ``pending_review`` and ``awaiting_warehouse`` the reservation is released;
in ``warehouse_approved`` and ``packed`` the picked goods go back to the shelf with a
``return`` move and the waybill is voided; after shipping there is no cancel, only
after-sales.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from merchant_app.errors import QT_TRANSLATE_NOOP


class OrderState(StrEnum):
    """Where an order is in the review flow."""

    PENDING_REVIEW = "pending_review"
    AWAITING_WAREHOUSE = "awaiting_warehouse"
    WAREHOUSE_APPROVED = "warehouse_approved"
    PACKED = "packed"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


STATE_LABELS: dict[str, str] = {
    OrderState.PENDING_REVIEW: QT_TRANSLATE_NOOP("OrderState", "Pending review"),
    OrderState.AWAITING_WAREHOUSE: QT_TRANSLATE_NOOP("OrderState", "Awaiting warehouse"),
    OrderState.WAREHOUSE_APPROVED: QT_TRANSLATE_NOOP("OrderState", "Warehouse approved"),
    OrderState.PACKED: QT_TRANSLATE_NOOP("OrderState", "Packed"),
    OrderState.SHIPPED: QT_TRANSLATE_NOOP("OrderState", "Shipped"),
    OrderState.COMPLETED: QT_TRANSLATE_NOOP("OrderState", "Completed"),
    OrderState.ON_HOLD: QT_TRANSLATE_NOOP("OrderState", "On hold"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("OrderState", "Cancelled"),
}

PAYMENT_STATUS_LABELS: dict[str, str] = {
    "unpaid": QT_TRANSLATE_NOOP("PaymentStatus", "Unpaid"),
    "partial": QT_TRANSLATE_NOOP("PaymentStatus", "Part paid"),
    "paid": QT_TRANSLATE_NOOP("PaymentStatus", "Paid"),
    "refund_due": QT_TRANSLATE_NOOP("PaymentStatus", "Refund due"),
    "refunded": QT_TRANSLATE_NOOP("PaymentStatus", "Refunded"),
}


@dataclass(frozen=True)
class Step:
    """An action on an order: the states it starts from, where it leads, and the
    permission it needs."""

    name: str
    sources: frozenset[str]
    target: str
    permission: str


S = OrderState
STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step("review", frozenset({S.PENDING_REVIEW}), S.AWAITING_WAREHOUSE, "order.review"),
        Step(
            "approve",
            frozenset({S.AWAITING_WAREHOUSE}),
            S.WAREHOUSE_APPROVED,
            "warehouse.review",
        ),
        Step("pack", frozenset({S.WAREHOUSE_APPROVED}), S.PACKED, "warehouse.pack"),
        Step("ship", frozenset({S.PACKED}), S.SHIPPED, "warehouse.pack"),
        Step("complete", frozenset({S.SHIPPED}), S.COMPLETED, "order.review"),
        Step(
            "hold",
            frozenset({S.PENDING_REVIEW, S.AWAITING_WAREHOUSE, S.WAREHOUSE_APPROVED, S.PACKED}),
            S.ON_HOLD,
            "order.review",
        ),
        Step("release", frozenset({S.ON_HOLD}), "", "order.review"),  # back to held_from
        Step(
            "cancel",
            frozenset(
                {S.PENDING_REVIEW, S.AWAITING_WAREHOUSE, S.WAREHOUSE_APPROVED, S.PACKED, S.ON_HOLD}
            ),
            S.CANCELLED,
            "order.cancel",
        ),
    )
}

STEP_LABELS: dict[str, str] = {
    "review": QT_TRANSLATE_NOOP("OrderStep", "Review"),
    "approve": QT_TRANSLATE_NOOP("OrderStep", "Approve for warehouse"),
    "pack": QT_TRANSLATE_NOOP("OrderStep", "Mark packed"),
    "ship": QT_TRANSLATE_NOOP("OrderStep", "Ship"),
    "complete": QT_TRANSLATE_NOOP("OrderStep", "Complete"),
    "hold": QT_TRANSLATE_NOOP("OrderStep", "Put on hold"),
    "release": QT_TRANSLATE_NOOP("OrderStep", "Release hold"),
    "cancel": QT_TRANSLATE_NOOP("OrderStep", "Cancel order"),
}

# States in which the goods have been picked (moved to the packing area).
PICKED = frozenset({S.WAREHOUSE_APPROVED, S.PACKED})
# States in which the order can still be modified by a revision (ORD-4).
MODIFIABLE = frozenset({S.PENDING_REVIEW, S.AWAITING_WAREHOUSE})
# Modifications in these states wait for ``order.approve_change``.
MODIFY_NEEDS_APPROVAL = frozenset({S.AWAITING_WAREHOUSE})
OPEN_STATES = frozenset(
    {S.PENDING_REVIEW, S.AWAITING_WAREHOUSE, S.WAREHOUSE_APPROVED, S.PACKED, S.ON_HOLD}
)


def effective_state(state: str, held_from: str) -> str:
    """The state whose stock rules apply: an order on hold keeps those of where it was."""
    return held_from if state == S.ON_HOLD and held_from else state


def can(step: str, state: str) -> bool:
    """Whether ``step`` may be taken from ``state``."""
    return state in STEPS[step].sources


def can_cancel(state: str) -> bool:
    """ORD-3: any open order can be cancelled; a shipped one goes to after-sales."""
    return can("cancel", state)


def available_steps(state: str) -> list[str]:
    """The steps that can start from ``state``, in the order the screens offer them."""
    return [name for name, step in STEPS.items() if state in step.sources]
