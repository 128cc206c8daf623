"""Promotions and coupons in order entry (MEM-4): the order as typed is priced by
``promotions.price_for`` (member prices, percentage and fixed discounts, spend-X-save-Y,
coupons, capped at the shop's floor), the priced lines and order discount go into the
``OrderDraft`` with the coupons it uses, and the reasons are turned into the lines the
totals panel shows ("Member price (…)", "Spend 200 save 20: −20.00", coupons refused)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from merchant_app.gui.money_text import money_text
from merchant_app.services import promotions
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.orders import OrderDraft
from merchant_app.services.promotions import Reason

_MONEY_PARAMS = ("amount", "min")


@dataclass(frozen=True)
class PricedDraft:
    """The draft with promotions applied, and what to tell the clerk."""

    draft: OrderDraft
    reasons: tuple[str, ...]
    refused: tuple[str, ...]


def coupon_codes(text: str) -> tuple[str, ...]:
    """The codes typed in the coupon field (separated by spaces, commas or semicolons)."""
    return tuple(c for c in re.split(r"[\s,;，；]+", text.strip()) if c)


def reason_text(reason: Reason, currency: str) -> str:
    """A reason in the window's language, amounts as money."""
    params = {
        k: money_text(v, currency) if k in _MONEY_PARAMS and isinstance(v, int) else v
        for k, v in reason.params.items()
    }
    return QCoreApplication.translate("Promotions", reason.template).format(**params)


def apply_promotions(
    ctx: AppContext, actor: Actor, draft: OrderDraft, codes: tuple[str, ...], currency: str
) -> PricedDraft:
    """``draft`` priced with the live promotions and ``codes``: its lines carry the
    promotion prices and discounts, its order discount is the typed one plus the
    promotions', ``coupon_codes`` the coupons that apply."""
    pricing = promotions.price_for(ctx, actor, draft.lines, draft.member_id, codes)
    reasons: list[str] = []
    for line in pricing.lines:
        for r in line.reasons:
            reasons.append(f"{line.sku}: {reason_text(r, currency)}")
    reasons += [reason_text(r, currency) for r in pricing.reasons]
    reasons += [
        QCoreApplication.translate("Promotions", "Coupon {code}").format(code=c)
        for c in pricing.coupons
    ]
    refused = tuple(reason_text(r, currency) for _code, r in pricing.rejected)
    priced = dataclasses.replace(
        draft,
        lines=pricing.line_inputs(),
        order_discount_minor=draft.order_discount_minor + pricing.order_discount_minor,
        coupon_codes=pricing.coupons,
    )
    return PricedDraft(priced, tuple(reasons), refused)
