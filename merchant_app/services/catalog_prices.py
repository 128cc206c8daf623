"""Price and cost changes with their history (INV-1) and approval (AUTH-4).

Every change of a selling price or cost writes a :class:`PriceChange` row and an audit
entry in the same transaction.  When the shop setting ``price_change_needs_approval`` is
``"1"``, a change by someone without ``price.change.approve`` becomes a pending approval
(kind ``product.price``) that is applied exactly once, when approved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.ids import new_id
from merchant_app.models import ApprovalRequest, PriceChange, Product, User
from merchant_app.services import approvals, audit
from merchant_app.services.catalog import product_or_fail
from merchant_app.services.catalog_queries import COST_PERMISSIONS
from merchant_app.services.catalog_rules import check_number, first_problem
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop_rules import price_change_needs_approval as needs_approval

KIND = "product.price"
FIELDS = {"price": "price_minor", "cost": "cost_minor"}


@dataclass(frozen=True)
class PriceChangeOutcome:
    """``applied`` when the new figures are in force now; otherwise ``approval`` is the
    pending request that will apply them."""

    applied: bool
    approval: approvals.ApprovalInfo | None


@dataclass(frozen=True)
class PriceHistoryRow:
    """One change: which figure, from what to what, who changed it, when, and the
    approval request it came through (if any)."""

    at: datetime
    field: str
    old_minor: int
    new_minor: int
    changed_by: str
    approval_id: str | None


def price_change_rows(
    *,
    product_id: str,
    old: dict[str, int],
    new: dict[str, int | None],
    user_id: str | None,
    at: datetime,
    approval_id: str | None = None,
    ids: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The ``price_change`` rows (as dicts, for Core inserts) for the figures in ``new``
    that differ from ``old``; keys are "price" and "cost"."""
    rows = []
    for field, value in new.items():
        if value is None or value == old[field]:
            continue
        rows.append(
            {
                "id": (ids or {}).get(field) or new_id(),
                "product_id": product_id,
                "field": field,
                "old_minor": old[field],
                "new_minor": value,
                "changed_by": user_id,
                "approval_id": approval_id,
                "at": at,
            }
        )
    return rows


def _apply(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    new: dict[str, int | None],
    *,
    requested_by: str,
    approval_id: str | None = None,
    ids: dict[str, str] | None = None,
) -> int:
    p = product_or_fail(s, product_id)
    old = {"price": p.price_minor, "cost": p.cost_minor}
    rows = price_change_rows(
        product_id=p.id,
        old=old,
        new=new,
        user_id=requested_by,
        at=ctx.clock(),
        approval_id=approval_id,
        ids=ids,
    )
    if not rows:
        return 0
    values: dict[str, Any] = {FIELDS[r["field"]]: r["new_minor"] for r in rows}
    s.execute(
        update(Product)
        .where(Product.id == p.id)
        .values(**values, updated_at=ctx.clock())
        .execution_options(synchronize_session=False)
    )
    s.expire(p)
    s.add_all(PriceChange(**r) for r in rows)
    s.flush()
    audit.record(
        s,
        ctx,
        actor,
        "product.price_change",
        p.sku,
        {r["field"]: [r["old_minor"], r["new_minor"]] for r in rows}
        | {"requested_by": requested_by, "approval_id": approval_id},
    )
    return len(rows)


def change_price(
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    *,
    price_minor: int | None = None,
    cost_minor: int | None = None,
    reason: str = "",
) -> PriceChangeOutcome:
    """Set a product's selling price and/or cost (``None`` keeps one).  Needs
    ``price.change``; applied now unless the shop wants approval and the actor lacks
    ``price.change.approve``, in which case a pending request is returned."""
    first_problem([check_number("price", price_minor), check_number("cost", cost_minor)])
    new: dict[str, int | None] = {"price": price_minor, "cost": cost_minor}
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "price.change")
        p = product_or_fail(s, product_id)
        old = {"price": p.price_minor, "cost": p.cost_minor}
        if all(v is None or v == old[k] for k, v in new.items()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The new figures are the same as the current ones."),
                field="price",
            )
        if not needs_approval(s):
            _apply(s, ctx, current, p.id, new, requested_by=current.user_id)
            return PriceChangeOutcome(True, None)
        changes = ", ".join(
            f"{k} {old[k]} → {v}" for k, v in new.items() if v is not None and v != old[k]
        )
        summary = f"{p.sku} {p.name}: {changes}"
    payload = {
        "product_id": product_id,
        "new": new,
        "requested_by": actor.user_id,
        "change_ids": {"price": new_id(), "cost": new_id()},
    }
    info = approvals.submit(ctx, actor, KIND, payload, summary, reason)
    return PriceChangeOutcome(info.status == approvals.APPROVED, info)


def _apply_approved(s: Session, ctx: AppContext, approver: Actor, payload: dict[str, Any]) -> None:
    request_id = s.scalar(
        select(ApprovalRequest.id).where(
            ApprovalRequest.kind == KIND,
            ApprovalRequest.payload == json.dumps(payload, sort_keys=True),
        )
    )
    _apply(
        s,
        ctx,
        approver,
        payload["product_id"],
        payload["new"],
        requested_by=payload["requested_by"],
        approval_id=request_id,
        ids=payload["change_ids"],
    )


def price_history(ctx: AppContext, actor: Actor, product_id: str) -> list[PriceHistoryRow]:
    """Every price (and, for those who may see costs, cost) change of a product, newest
    first."""
    with ctx.db.transaction() as s:
        current = load_actor(s, actor.user_id)
        product_or_fail(s, product_id)
        q = (
            select(PriceChange, User.login)
            .outerjoin(User, User.id == PriceChange.changed_by)
            .where(PriceChange.product_id == product_id)
            .order_by(PriceChange.at.desc(), PriceChange.id.desc())
        )
        if not COST_PERMISSIONS & current.permissions:
            q = q.where(PriceChange.field == "price")
        return [
            PriceHistoryRow(c.at, c.field, c.old_minor, c.new_minor, login or "", c.approval_id)
            for c, login in s.execute(q).tuples()
        ]


approvals.register(
    approvals.ApprovalKind(KIND, "price.change", "price.change.approve", _apply_approved)
)
