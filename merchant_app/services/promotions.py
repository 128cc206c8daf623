"""Promotions and coupons (MEM-4).

Kinds: ``percent`` (off one product, or off the order when no product is named),
``fixed`` (an amount off the order), ``spend_save`` (spend X save Y, once or for every
full X: "full reduction"), ``member_price`` (a product's price for members).  A
promotion with a ``code`` is a coupon: it applies only when the code is given, within
its dates, while uses are left (``used_count`` grows by one conditional UPDATE per order,
never past ``usage_limit``), above its minimum spend; one coupon per order unless every
coupon given is stackable.

:func:`apply_promotions` prices what is being entered and says why each price is what
it is.  Among non-stackable promotions at one level (a line, the order) the best for the
customer wins; stackable ones add to it.  The result never has a negative total, and
without approval never gives more than the shop's discount floor
(``order_rules.max_discount_bp``): the excess is taken back (order discount first, then
line discounts, then member prices) and the result says so; ``discount.approve`` lifts
the cap (``approved=True``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from merchant_app.clock import utc_now
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import new_id
from merchant_app.models import CouponUse, Product, Promotion
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_rules import rules_in as order_rules_in
from merchant_app.services.orders import LineInput, price_lines
from merchant_app.services.permissions import authorize

KINDS = ("percent", "fixed", "spend_save", "member_price")
KIND_LABELS = {
    "percent": QT_TRANSLATE_NOOP("Promotions", "Percentage off"),
    "fixed": QT_TRANSLATE_NOOP("Promotions", "Amount off"),
    "spend_save": QT_TRANSLATE_NOOP("Promotions", "Spend X, save Y"),
    "member_price": QT_TRANSLATE_NOOP("Promotions", "Member price"),
}
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{2,31}$")
MAX_AMOUNT = 2**31 - 1  # money columns are 32-bit integers on PostgreSQL


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class PromotionInput:
    """A promotion as the editor gives it (see the module docstring for the kinds)."""

    name: str
    kind: str
    code: str = ""
    product_id: str | None = None
    percent_bp: int = 0
    amount_minor: int = 0
    threshold_minor: int = 0
    price_minor: int = 0
    repeat: bool = False
    min_spend_minor: int = 0
    members_only: bool = False
    stackable: bool = False
    usage_limit: int = 0
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    active: bool = True


@dataclass(frozen=True)
class PromotionInfo:
    """A promotion as lists and the editor show it."""

    id: str
    name: str
    kind: str
    code: str
    product_id: str | None
    product_sku: str
    percent_bp: int
    amount_minor: int
    threshold_minor: int
    price_minor: int
    repeat: bool
    min_spend_minor: int
    members_only: bool
    stackable: bool
    usage_limit: int
    used_count: int
    starts_at: datetime | None
    ends_at: datetime | None
    active: bool


@dataclass(frozen=True)
class Reason:
    """Why a price is what it is: an English template (context ``Promotions``) and its
    fields, translated by the window."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English text with its fields filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class PricedLineResult:
    """A line after promotions: the unit price it sells at, its discount, its total."""

    product_id: str
    sku: str
    quantity: int
    catalog_price_minor: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class PricingResult:
    """Lines and order discount after promotions, with the reasons.  ``line_inputs()``
    and ``order_discount_minor`` go into an ``OrderDraft`` as they are."""

    lines: tuple[PricedLineResult, ...]
    order_discount_minor: int
    catalog_minor: int
    goods_minor: int
    discount_bp: int
    floor_bp: int
    capped: bool
    needs_approval: bool
    coupons: tuple[str, ...]
    reasons: tuple[Reason, ...]
    rejected: tuple[tuple[str, Reason], ...] = ()

    def line_inputs(self) -> tuple[LineInput, ...]:
        """The lines as order entry places them."""
        return tuple(
            LineInput(ln.product_id, ln.quantity, ln.unit_price_minor, ln.discount_minor)
            for ln in self.lines
        )


# ---------------------------------------------------------------------------- editing


def normalise_code(code: str) -> str:
    """Coupon codes are compared upper-case without spaces."""
    return re.sub(r"\s+", "", code).upper()


def _check(data: PromotionInput) -> dict[str, Any]:
    def bad(template: str, field_name: str, **params: Any) -> InvalidInput:
        return InvalidInput(template, field=field_name, **params)

    name = data.name.strip()
    if not name or len(name) > 120:
        raise bad(
            QT_TRANSLATE_NOOP("Errors", "Give the promotion a name (1 to 120 characters)."), "name"
        )
    if data.kind not in KINDS:
        raise bad(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of promotion “{kind}”."),
            "kind",
            kind=data.kind,
        )
    code = normalise_code(data.code)
    if code and not CODE_RE.match(code):
        raise bad(
            QT_TRANSLATE_NOOP(
                "Errors", "The coupon code “{code}” must be 3 to 32 letters, digits, - or _."
            ),
            "code",
            code=data.code,
        )
    for value, field_name in (
        (data.amount_minor, "amount"),
        (data.threshold_minor, "threshold"),
        (data.price_minor, "price"),
        (data.min_spend_minor, "min_spend"),
        (data.usage_limit, "usage_limit"),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AMOUNT:
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "The {what} must be zero or more."),
                field_name,
                what=field_name,
            )
    if data.kind == "percent" and not 0 < data.percent_bp <= 10_000:
        raise bad(
            QT_TRANSLATE_NOOP("Errors", "The percentage must be above 0 and at most 100."),
            "percent",
        )
    if data.kind == "fixed" and data.amount_minor <= 0:
        raise bad(QT_TRANSLATE_NOOP("Errors", "Give the amount off."), "amount")
    if data.kind == "spend_save" and not 0 < data.amount_minor < data.threshold_minor:
        raise bad(
            QT_TRANSLATE_NOOP("Errors", "Spend X save Y needs Y above zero and below X."), "amount"
        )
    if data.kind == "member_price" and (not data.product_id or data.price_minor <= 0):
        raise bad(
            QT_TRANSLATE_NOOP("Errors", "A member price needs a product and a price."), "product"
        )
    if data.starts_at and data.ends_at and data.ends_at <= data.starts_at:
        raise bad(QT_TRANSLATE_NOOP("Errors", "The promotion must end after it starts."), "ends_at")
    return {
        "name": name,
        "kind": data.kind,
        "code": code or None,
        "product_id": data.product_id or None,
        "percent_bp": data.percent_bp if data.kind == "percent" else 0,
        "amount_minor": data.amount_minor if data.kind in ("fixed", "spend_save") else 0,
        "threshold_minor": data.threshold_minor if data.kind == "spend_save" else 0,
        "price_minor": data.price_minor if data.kind == "member_price" else 0,
        "repeat": bool(data.repeat) and data.kind == "spend_save",
        "min_spend_minor": data.min_spend_minor,
        "members_only": bool(data.members_only) or data.kind == "member_price",
        "stackable": bool(data.stackable),
        "usage_limit": data.usage_limit,
        "starts_at": data.starts_at,
        "ends_at": data.ends_at,
        "active": bool(data.active),
    }


def _info(p: Promotion, sku: str = "") -> PromotionInfo:
    return PromotionInfo(
        p.id, p.name, p.kind, p.code or "", p.product_id, sku, p.percent_bp, p.amount_minor,
        p.threshold_minor, p.price_minor, p.repeat, p.min_spend_minor, p.members_only,
        p.stackable, p.usage_limit, p.used_count, p.starts_at, p.ends_at, p.active,
    )  # fmt: skip


def _save(s: Session, values: dict[str, Any], promo: Promotion | None, now: datetime) -> Promotion:
    if values["product_id"] and s.get(Product, values["product_id"]) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That product no longer exists."))
    try:
        with s.begin_nested():
            if promo is None:
                promo = Promotion(
                    id=new_id(), used_count=0, created_at=now, updated_at=now, **values
                )
                s.add(promo)
            else:
                for k, v in values.items():
                    setattr(promo, k, v)
                promo.updated_at = now
            s.flush()
    except IntegrityError:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The coupon code “{code}” is already in use."),
            code=values["code"],
        ) from None
    return promo


def create_promotion(ctx: AppContext, actor: Actor, data: PromotionInput) -> PromotionInfo:
    """Create a promotion or coupon (``price.change``; audited)."""
    values = _check(data)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "price.change")
        promo = _save(s, values, None, ctx.clock())
        audit.record(
            s,
            ctx,
            current,
            "promotion.create",
            promo.name,
            {"kind": promo.kind, "code": promo.code},
        )
        return _info(promo)


def update_promotion(
    ctx: AppContext, actor: Actor, promotion_id: str, data: PromotionInput
) -> PromotionInfo:
    """Change a promotion (``price.change``; audited); its use count stays."""
    values = _check(data)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "price.change")
        promo = s.get(Promotion, promotion_id)
        if promo is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That promotion no longer exists."))
        promo = _save(s, values, promo, ctx.clock())
        audit.record(
            s,
            ctx,
            current,
            "promotion.update",
            promo.name,
            {"kind": promo.kind, "active": promo.active},
        )
        return _info(promo)


def list_promotions(
    ctx: AppContext, actor: Actor, *, include_inactive: bool = True
) -> list[PromotionInfo]:
    """Promotions and coupons, newest first (``member.view`` or ``price.change``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        q = select(Promotion, Product.sku).outerjoin(Product, Product.id == Promotion.product_id)
        if not include_inactive:
            q = q.where(Promotion.active.is_(True))
        rows = s.execute(q.order_by(Promotion.created_at.desc()).limit(2000))
        return [_info(p, sku or "") for p, sku in rows]


def create_member_coupon(
    s: Session, ctx: AppContext, code: str, amount_minor: int, card: str
) -> str:
    """A single-use fixed coupon (points turned into a coupon), in the caller's
    transaction; returns its id."""
    now = ctx.clock()
    promo = Promotion(
        id=new_id(), name=f"Points coupon {card}", kind="fixed", code=code,
        amount_minor=amount_minor, members_only=True, usage_limit=1, used_count=0,
        active=True, created_at=now, updated_at=now,
    )  # fmt: skip
    s.add(promo)
    s.flush()
    return promo.id


# ---------------------------------------------------------------------------- pricing


def _live(now: datetime) -> Any:
    return and_(
        Promotion.active.is_(True),
        or_(Promotion.starts_at.is_(None), Promotion.starts_at <= now),
        or_(Promotion.ends_at.is_(None), Promotion.ends_at > now),
    )


def _member_id(member: Any) -> str | None:
    if member is None or member == "":
        return None
    return member if isinstance(member, str) else str(member.id)


def _order_saving(p: Promotion, goods: int) -> int:
    if p.kind == "percent":
        return goods * p.percent_bp // 10_000
    if p.kind == "fixed":
        return min(goods, p.amount_minor)
    if p.kind == "spend_save" and goods >= p.threshold_minor > 0:
        times = goods // p.threshold_minor if p.repeat else 1
        return min(goods, times * p.amount_minor)
    return 0


_NAMED = QT_TRANSLATE_NOOP("Promotions", "{name}: −{amount}")


def apply_promotions(
    session: Session,
    draft_lines: Sequence[LineInput],
    member: Any,
    coupon_codes: Sequence[str] = (),
    *,
    now: datetime | None = None,
    approved: bool = False,
) -> PricingResult:
    """Price ``draft_lines`` for ``member`` (a member id, an object with ``.id``, or
    None) with the live promotions and the coupons given, and explain it (see the module
    docstring).  Reads only.  Lines are checked as :func:`orders.price_lines` checks
    them (:class:`InvalidInput` names the line).  Coupons that do not apply are returned
    in ``rejected`` with the reason, and do not count."""
    now = now or utc_now()
    member_id = _member_id(member)
    priced = price_lines(session, draft_lines)
    product_ids = list({ln.product_id for ln in priced})
    auto = list(
        session.scalars(
            select(Promotion).where(_live(now), Promotion.code.is_(None)).order_by(Promotion.id)
        )
    )
    codes = list(dict.fromkeys(normalise_code(c) for c in coupon_codes if c.strip()))
    found = (
        {p.code: p for p in session.scalars(select(Promotion).where(Promotion.code.in_(codes)))}
        if codes
        else {}
    )
    rejected: list[tuple[str, Reason]] = []
    coupons: list[Promotion] = []
    for code in codes:
        p = found.get(code)
        why = None
        if p is None:
            why = Reason(
                QT_TRANSLATE_NOOP("Promotions", "There is no coupon “{code}”."), {"code": code}
            )
        elif (
            not p.active or (p.starts_at and p.starts_at > now) or (p.ends_at and p.ends_at <= now)
        ):
            why = Reason(
                QT_TRANSLATE_NOOP("Promotions", "Coupon “{code}” is not valid now."), {"code": code}
            )
        elif p.usage_limit and p.used_count >= p.usage_limit:
            why = Reason(
                QT_TRANSLATE_NOOP("Promotions", "Coupon “{code}” has been used up."), {"code": code}
            )
        elif p.members_only and not member_id:
            why = Reason(
                QT_TRANSLATE_NOOP("Promotions", "Coupon “{code}” is for members only."),
                {"code": code},
            )
        if why is not None:
            rejected.append((code, why))
        else:
            assert p is not None
            coupons.append(p)
    if len(coupons) > 1 and not all(c.stackable for c in coupons):
        keep = coupons[0]
        for extra in coupons[1:]:
            rejected.append(
                (
                    str(extra.code),
                    Reason(
                        QT_TRANSLATE_NOOP(
                            "Promotions", "Only one coupon per order: “{code}” was not used."
                        ),
                        {"code": extra.code},
                    ),
                )
            )
        coupons = [keep]
    # --- line level
    line_promos = [p for p in auto + coupons if p.product_id in product_ids]
    unit_prices: list[int] = []
    line_disc: list[int] = []
    member_cut: list[int] = []  # per line: catalog − member price, per unit
    reasons: list[list[Reason]] = []
    for ln in priced:
        unit = ln.unit_price_minor
        notes: list[Reason] = []
        cut = 0
        mp = [
            p for p in line_promos
            if p.kind == "member_price" and p.product_id == ln.product_id and member_id
            and p.price_minor < unit
        ]  # fmt: skip
        if mp:
            best = min(mp, key=lambda p: p.price_minor)
            cut = unit - best.price_minor
            unit = best.price_minor
            notes.append(
                Reason(
                    QT_TRANSLATE_NOOP("Promotions", "Member price ({name})"), {"name": best.name}
                )
            )
        value = ln.quantity * unit - ln.discount_minor
        options = [
            p for p in line_promos
            if p.kind == "percent" and p.product_id == ln.product_id
            and (member_id or not p.members_only)
            and ln.quantity * unit >= p.min_spend_minor
        ]  # fmt: skip
        disc = ln.discount_minor
        single = [p for p in options if not p.stackable]
        chosen = [max(single, key=lambda p: p.percent_bp)] if single else []
        chosen += [p for p in options if p.stackable]
        for p in chosen:
            off = min(value, value * p.percent_bp // 10_000)
            if off > 0:
                disc += off
                value -= off
                notes.append(Reason(_NAMED, {"name": p.name, "amount": off}))
        unit_prices.append(unit)
        line_disc.append(disc)
        member_cut.append(cut)
        reasons.append(notes)
    goods = sum(ln.quantity * unit_prices[i] - line_disc[i] for i, ln in enumerate(priced))
    # --- order level
    order_reasons: list[Reason] = []
    order_level = [
        p for p in auto + coupons
        if p.product_id is None and p.kind in ("percent", "fixed", "spend_save")
        and (member_id or not p.members_only)
    ]  # fmt: skip
    for p in coupons:
        if p in order_level and goods < p.min_spend_minor:
            order_level.remove(p)
            rejected.append(
                (
                    str(p.code),
                    Reason(
                        QT_TRANSLATE_NOOP(
                            "Promotions", "Coupon “{code}” needs a spend of at least {min}."
                        ),
                        {"code": p.code, "min": p.min_spend_minor},
                    ),
                )
            )
    eligible = [
        p for p in order_level if goods >= p.min_spend_minor and _order_saving(p, goods) > 0
    ]
    single = [p for p in eligible if not p.stackable and not p.code]
    chosen = [max(single, key=lambda p: _order_saving(p, goods))] if single else []
    chosen += [p for p in eligible if p.stackable or p.code]
    order_disc = 0
    for p in chosen:
        off = min(goods - order_disc, _order_saving(p, goods))
        if off > 0:
            order_disc += off
            order_reasons.append(Reason(_NAMED, {"name": p.name, "amount": off}))
    # --- the floor
    catalog = sum(ln.quantity * ln.catalog_price_minor for ln in priced)
    floor = order_rules_in(session).max_discount_bp
    capped = False

    def given() -> int:
        charged = sum(ln.quantity * unit_prices[i] - line_disc[i] for i, ln in enumerate(priced))
        return max(0, catalog - (charged - order_disc))

    limit = catalog * floor // 10_000
    if not approved and given() > limit:
        capped = True
        excess = given() - limit
        take = min(excess, order_disc)
        order_disc -= take
        excess -= take
        for i in reversed(range(len(priced))):
            if excess <= 0:
                break
            take = min(excess, line_disc[i] - priced[i].discount_minor)
            line_disc[i] -= max(0, take)
            excess -= max(0, take)
        for i in reversed(range(len(priced))):
            if excess <= 0:
                break
            qty = priced[i].quantity
            back = min(member_cut[i], -(-excess // qty))
            unit_prices[i] += back
            member_cut[i] -= back
            excess -= back * qty
        order_reasons.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Promotions",
                    "Discounts capped at the shop's floor of {floor} %; a manager can "
                    "approve more.",
                ),
                {"floor": f"{floor / 100:.1f}"},
            )
        )
    goods_after = sum(ln.quantity * unit_prices[i] - line_disc[i] for i, ln in enumerate(priced))
    order_disc = min(order_disc, goods_after)
    out_lines = tuple(
        PricedLineResult(
            ln.product_id, ln.sku, ln.quantity, ln.catalog_price_minor, unit_prices[i],
            line_disc[i], ln.quantity * unit_prices[i] - line_disc[i], tuple(reasons[i]),
        )
        for i, ln in enumerate(priced)
    )  # fmt: skip
    charged = goods_after - order_disc
    bp = max(0, catalog - charged) * 10_000 // catalog if catalog else 0
    used_codes = {r[0] for r in rejected}
    return PricingResult(
        out_lines,
        order_disc,
        catalog,
        charged,
        bp,
        floor,
        capped,
        bp > floor,
        tuple(str(c.code) for c in coupons if c.code not in used_codes),
        tuple(order_reasons),
        tuple(rejected),
    )


def use_coupons(
    session: Session, ctx: AppContext, order_id: str, member_id: str | None, codes: Sequence[str]
) -> None:
    """Count the coupons as used by an order being placed (caller's transaction): one
    conditional UPDATE per coupon (:class:`Conflict` when another desk took the last
    use), once per order."""
    now = ctx.clock()
    for raw in codes:
        code = normalise_code(raw)
        promo_id = session.scalar(select(Promotion.id).where(Promotion.code == code))
        if promo_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no coupon “{code}”."), code=code)
        took = session.execute(
            update(Promotion)
            .where(
                Promotion.id == promo_id,
                _live(now),
                or_(Promotion.usage_limit == 0, Promotion.used_count < Promotion.usage_limit),
            )
            .values(used_count=Promotion.used_count + 1)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if took != 1:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Coupon “{code}” has just been used up."), code=code
            )
        try:
            with session.begin_nested():
                session.add(
                    CouponUse(
                        id=new_id(),
                        promotion_id=promo_id,
                        order_id=order_id,
                        member_id=member_id,
                        at=now,
                    )
                )
                session.flush()
        except IntegrityError:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Coupon “{code}” is already on this order."), code=code
            ) from None


def price_for(
    ctx: AppContext,
    actor: Actor,
    draft_lines: Sequence[LineInput],
    member: Any,
    coupon_codes: Sequence[str] = (),
    *,
    approved: bool = False,
) -> PricingResult:
    """:func:`apply_promotions` in its own transaction for the entry screen
    (``order.create``); ``approved`` needs ``discount.approve``."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "order.create")
        if approved:
            authorize(s, actor, "discount.approve")
        return apply_promotions(
            s, draft_lines, member, coupon_codes, now=ctx.clock(), approved=approved
        )


def is_coupon(ctx: AppContext, actor: Actor, code: str) -> bool:
    """Whether ``code`` (as typed or scanned) is a coupon's code (``order.create``);
    reads only — whether it applies to an order is :func:`price_for`'s answer."""
    norm = normalise_code(code)
    if not CODE_RE.fullmatch(norm):
        return False
    with ctx.db.transaction() as s:
        authorize(s, actor, "order.create")
        return s.scalar(select(Promotion.id).where(Promotion.code == norm)) is not None
