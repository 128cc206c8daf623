"""The shop's order rules: the discount floor (MEM-4, ORD-1) and the processing targets
the dashboard measures against (RPT-1).

Shop-wide settings; changing them needs ``settings.manage`` and is audited.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import get_settings, set_setting

MAX_DISCOUNT_BP = "order_max_discount_bp"
REVIEW_TARGET_MIN = "order_review_target_minutes"
WAREHOUSE_TARGET_H = "order_warehouse_target_hours"


@dataclass(frozen=True)
class OrderRules:
    """``max_discount_bp``: the largest discount (basis points of the catalog value of the
    goods) a clerk may give without ``discount.approve``; the targets are how soon an
    order should be reviewed and handed to the warehouse."""

    max_discount_bp: int = 2000
    review_target_minutes: int = 10
    warehouse_target_hours: int = 24


def _int(values: dict[str, str], key: str, default: int) -> int:
    try:
        return max(0, int(values.get(key, default)))
    except ValueError:
        return default


def rules_in(session: Session) -> OrderRules:
    """The rules as stored (defaults where unset), read in one query."""
    d = OrderRules()
    values = get_settings(session, (MAX_DISCOUNT_BP, REVIEW_TARGET_MIN, WAREHOUSE_TARGET_H))
    return OrderRules(
        min(10000, _int(values, MAX_DISCOUNT_BP, d.max_discount_bp)),
        _int(values, REVIEW_TARGET_MIN, d.review_target_minutes),
        _int(values, WAREHOUSE_TARGET_H, d.warehouse_target_hours),
    )


def get_order_rules(ctx: AppContext, actor: Actor) -> OrderRules:
    """The shop's order rules; any signed-in user may read them."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return rules_in(s)


def set_order_rules(ctx: AppContext, actor: Actor, rules: OrderRules) -> OrderRules:
    """Store the rules (``settings.manage``; audited with old and new values)."""
    if not 0 <= rules.max_discount_bp <= 10000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The discount floor must be between 0 % and 100 %."),
            field=MAX_DISCOUNT_BP,
        )
    if (
        not 0 < rules.review_target_minutes <= 100_000
        or not 0 < rules.warehouse_target_hours <= 10_000
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Processing targets must be above zero."),
            field=REVIEW_TARGET_MIN,
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = rules_in(s)
        set_setting(s, MAX_DISCOUNT_BP, str(rules.max_discount_bp))
        set_setting(s, REVIEW_TARGET_MIN, str(rules.review_target_minutes))
        set_setting(s, WAREHOUSE_TARGET_H, str(rules.warehouse_target_hours))
        audit.record(
            s, ctx, current, "settings.order_rules", "", {"old": asdict(old), "new": asdict(rules)}
        )
    return rules
