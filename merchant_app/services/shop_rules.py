"""The shop's inventory rules (INV-6, AUTH-4): auto-delisting at zero stock, approval of
price changes, and the size of stock adjustment that needs a manager's approval.

Shop-wide (every desk), stored as shop settings; changing them needs
``settings.manage`` and is audited.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import get_setting, set_setting

AUTO_DELIST_AT_ZERO = "auto_delist_at_zero"
PRICE_CHANGE_NEEDS_APPROVAL = "price_change_needs_approval"
ADJUST_APPROVAL_THRESHOLD = "adjust_approval_threshold"
DEFAULT_ADJUST_THRESHOLD = 10
MAX_ADJUST_THRESHOLD = 100_000


@dataclass(frozen=True)
class InventoryRules:
    """What the shop has chosen; ``adjust_approval_threshold`` is in units."""

    auto_delist_at_zero: bool = False
    price_change_needs_approval: bool = False
    adjust_approval_threshold: int = DEFAULT_ADJUST_THRESHOLD


def auto_delist_enabled(session: Session) -> bool:
    """Whether products are delisted automatically when their stock reaches zero."""
    return get_setting(session, AUTO_DELIST_AT_ZERO, "0") == "1"


def price_change_needs_approval(session: Session) -> bool:
    """Whether a price change by someone without ``price.change.approve`` waits for one."""
    return get_setting(session, PRICE_CHANGE_NEEDS_APPROVAL, "0") == "1"


def adjust_threshold(session: Session) -> int:
    """Units above which a stock adjustment needs ``stock.adjust.approve``."""
    try:
        value = int(get_setting(session, ADJUST_APPROVAL_THRESHOLD, str(DEFAULT_ADJUST_THRESHOLD)))
    except ValueError:
        return DEFAULT_ADJUST_THRESHOLD
    return max(0, value)


def _rules(session: Session) -> InventoryRules:
    return InventoryRules(
        auto_delist_enabled(session),
        price_change_needs_approval(session),
        adjust_threshold(session),
    )


def get_inventory_rules(ctx: AppContext, actor: Actor) -> InventoryRules:
    """The shop's rules as they are now; any signed-in user may see them."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return _rules(s)


def set_inventory_rules(ctx: AppContext, actor: Actor, rules: InventoryRules) -> InventoryRules:
    """Store the shop's rules in one transaction; needs ``settings.manage``; the audit
    entry lists the old and the new values."""
    threshold = rules.adjust_approval_threshold
    if isinstance(threshold, bool) or not 0 <= threshold <= MAX_ADJUST_THRESHOLD:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The adjustment approval limit must be between 0 and {limit} units."
            ),
            limit=MAX_ADJUST_THRESHOLD,
            field=ADJUST_APPROVAL_THRESHOLD,
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = _rules(s)
        set_setting(s, AUTO_DELIST_AT_ZERO, "1" if rules.auto_delist_at_zero else "0")
        set_setting(
            s, PRICE_CHANGE_NEEDS_APPROVAL, "1" if rules.price_change_needs_approval else "0"
        )
        set_setting(s, ADJUST_APPROVAL_THRESHOLD, str(threshold))
        if old != rules:
            audit.record(
                s,
                ctx,
                current,
                "settings.inventory_rules",
                "",
                {"old": asdict(old), "new": asdict(rules)},
            )
        return _rules(s)
