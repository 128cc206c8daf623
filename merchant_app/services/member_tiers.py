"""Tiers and segments (MEM-3).

* Tiers by rolling 12-month spend (what the member paid, net of refunds, on orders not
  cancelled): the highest tier whose threshold the spend reaches, so members go up and
  down automatically; each tier has its points earning rate (MEM-2).
* Segments by recency, frequency and value, with the shop's thresholds: ``new``,
  ``active``, ``high_value``, ``at_risk``, ``lapsed``.

The figures are stored on the member (``last_order_at``, ``orders_12m``,
``spend_12m_minor``, ``tier``, ``segment``) by :func:`recompute` (all members: one
aggregate query over orders joined to the members and one ``UPDATE … FROM`` of the
members that changed, all in SQL) and by
:func:`refresh_member` (one member, after their points changed).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.models import Member, SalesOrder
from merchant_app.models.base import UTCDateTime
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_keys import cipher_in
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import get_setting, set_setting

TIERS_SETTING = "member_tiers"
SEGMENTS_SETTING = "member_segment_rules"
SEGMENTS = ("new", "active", "high_value", "at_risk", "lapsed")
SEGMENT_LABELS = {
    "new": QT_TRANSLATE_NOOP("Segment", "New"),
    "active": QT_TRANSLATE_NOOP("Segment", "Active"),
    "high_value": QT_TRANSLATE_NOOP("Segment", "High value"),
    "at_risk": QT_TRANSLATE_NOOP("Segment", "At risk"),
    "lapsed": QT_TRANSLATE_NOOP("Segment", "Lapsed"),
}
ROLLING_DAYS = 365


@dataclass(frozen=True)
class Tier:
    """A tier: reached at ``min_spend_minor`` of 12-month spend; earns
    ``earn_rate_pct`` hundredths of a point per currency unit (100: 1 point per 1.00)."""

    code: str
    name: str
    min_spend_minor: int
    earn_rate_pct: int


DEFAULT_TIERS = (
    Tier("regular", "Regular", 0, 100),
    Tier("silver", "Silver", 200_000, 150),
    Tier("gold", "Gold", 1_000_000, 200),
)


@dataclass(frozen=True)
class SegmentRules:
    """The shop's segment thresholds (days and minor units)."""

    new_days: int = 30
    at_risk_days: int = 90
    lapsed_days: int = 365
    high_value_minor: int = 500_000
    high_value_orders: int = 12


# ---------------------------------------------------------------------------- settings


def tiers_in(session: Session) -> tuple[Tier, ...]:
    """The shop's tiers, lowest first (the defaults when unset or unreadable)."""
    text = get_setting(session, TIERS_SETTING)
    if not text:
        return DEFAULT_TIERS
    try:
        tiers = tuple(Tier(**t) for t in json.loads(text))
    except (ValueError, TypeError):
        return DEFAULT_TIERS
    return tuple(sorted(tiers, key=lambda t: t.min_spend_minor)) or DEFAULT_TIERS


def rules_in(session: Session) -> SegmentRules:
    """The shop's segment rules (defaults when unset or unreadable)."""
    text = get_setting(session, SEGMENTS_SETTING)
    if not text:
        return SegmentRules()
    try:
        return SegmentRules(**json.loads(text))
    except (ValueError, TypeError):
        return SegmentRules()


def get_tiers(ctx: AppContext, actor: Actor) -> tuple[Tier, ...]:
    """The shop's tiers, lowest first (any signed-in user)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return tiers_in(s)


def get_segment_rules(ctx: AppContext, actor: Actor) -> SegmentRules:
    """The shop's segment thresholds (any signed-in user)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return rules_in(s)


def set_tiers(ctx: AppContext, actor: Actor, tiers: tuple[Tier, ...]) -> tuple[Tier, ...]:
    """Store the tiers (``settings.manage``; audited).  Codes unique, the lowest tier
    starts at 0, rates 0 … 10,000 %; members are regraded at the next recompute."""
    codes = [t.code for t in tiers]
    if not tiers or len(set(codes)) != len(codes) or any(not c.strip() for c in codes):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Tiers need distinct, non-empty codes."), field="code"
        )
    ordered = tuple(sorted(tiers, key=lambda t: t.min_spend_minor))
    if ordered[0].min_spend_minor != 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The lowest tier must start at a spend of 0."),
            field="min_spend",
        )
    for t in ordered:
        if not 0 <= t.earn_rate_pct <= 1_000_000 or t.min_spend_minor < 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Tier “{tier}”: the rate or the spend is out of range."
                ),
                tier=t.name,
                field="rate",
            )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = tiers_in(s)
        set_setting(s, TIERS_SETTING, json.dumps([asdict(t) for t in ordered]))
        audit.record(
            s,
            ctx,
            current,
            "settings.member_tiers",
            "",
            {"old": [asdict(t) for t in old], "new": [asdict(t) for t in ordered]},
        )
    return ordered


def set_segment_rules(ctx: AppContext, actor: Actor, rules: SegmentRules) -> SegmentRules:
    """Store the segment thresholds (``settings.manage``; audited)."""
    if not 0 < rules.new_days <= rules.at_risk_days < rules.lapsed_days <= 3650 or (
        rules.high_value_minor < 0 or rules.high_value_orders < 1
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Segment thresholds must grow: new ≤ at risk < lapsed (days), and the high "
                "value figures must be positive.",
            ),
            field="segments",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = rules_in(s)
        set_setting(s, SEGMENTS_SETTING, json.dumps(asdict(rules)))
        audit.record(
            s,
            ctx,
            current,
            "settings.member_segments",
            "",
            {"old": asdict(old), "new": asdict(rules)},
        )
    return rules


# ---------------------------------------------------------------------------- rules


def tier_for(tiers: tuple[Tier, ...], spend_minor: int) -> Tier:
    """The highest tier ``spend_minor`` reaches."""
    chosen = tiers[0]
    for t in tiers:
        if spend_minor >= t.min_spend_minor:
            chosen = t
    return chosen


def earn_rate(session: Session, tier_code: str) -> int:
    """The earning rate (hundredths of a point per currency unit) of a tier; an unknown
    tier earns at the lowest tier's rate."""
    tiers = tiers_in(session)
    for t in tiers:
        if t.code == tier_code:
            return t.earn_rate_pct
    return tiers[0].earn_rate_pct


def segment_for(
    rules: SegmentRules,
    now: datetime,
    created_at: datetime,
    last_order_at: datetime | None,
    orders_12m: int,
    spend_12m_minor: int,
) -> str:
    """The segment of one member from recency, frequency and value."""
    member_days = (now - created_at).days
    if last_order_at is None:
        if member_days <= rules.new_days:
            return "new"
        return "at_risk" if member_days <= rules.lapsed_days else "lapsed"
    recency = (now - last_order_at).days
    if recency > rules.lapsed_days:
        return "lapsed"
    if recency > rules.at_risk_days:
        return "at_risk"
    if spend_12m_minor >= rules.high_value_minor or orders_12m >= rules.high_value_orders:
        return "high_value"
    if member_days <= rules.new_days and orders_12m <= 1:
        return "new"
    return "active"


def _aggregates(since: datetime) -> Any:
    recent = SalesOrder.created_at >= since
    return select(
        SalesOrder.member_id.label("member_id"),
        func.max(SalesOrder.created_at).label("last"),
        func.coalesce(func.sum(case((recent, 1), else_=0)), 0).label("orders"),
        func.coalesce(func.sum(case((recent, SalesOrder.paid_minor), else_=0)), 0).label("spend"),
    ).where(SalesOrder.member_id.is_not(None), SalesOrder.state != "cancelled")


def _tier_case(tiers: tuple[Tier, ...], spend: Any) -> Any:
    """SQL for :func:`tier_for`: the highest tier whose threshold ``spend`` reaches."""
    higher = [(spend >= t.min_spend_minor, t.code) for t in reversed(tiers[1:])]
    return case(*higher, else_=tiers[0].code) if higher else literal(tiers[0].code)


def _segment_case(
    rules: SegmentRules, now: datetime, created: Any, last: Any, orders: Any, spend: Any
) -> Any:
    """SQL for :func:`segment_for`.  ``(now - t).days <= n`` (whole days, floored) is
    ``t > now - (n + 1) days``, so every rule is a comparison with a bound instant."""

    def cut(days: int) -> Any:
        return literal(now - timedelta(days=days + 1), UTCDateTime())

    young = created > cut(rules.new_days)
    return case(
        (and_(last.is_(None), young), "new"),
        (and_(last.is_(None), created > cut(rules.lapsed_days)), "at_risk"),
        (last.is_(None), "lapsed"),
        (last <= cut(rules.lapsed_days), "lapsed"),
        (last <= cut(rules.at_risk_days), "at_risk"),
        (or_(spend >= rules.high_value_minor, orders >= rules.high_value_orders), "high_value"),
        (and_(young, orders <= 1), "new"),
        else_="active",
    )


_m = Member.__table__


def recompute_in_session(s: Session, now: datetime, member_ids: list[str] | None = None) -> int:
    """Recompute figures, tier and segment of every active member (or of
    ``member_ids``), writing only those that changed; returns how many changed.

    Set-based: one aggregate of orders per member joined to the members, and one
    ``UPDATE … FROM`` of the rows whose figures differ (same SQL on SQLite and
    PostgreSQL); the rules are those of :func:`tier_for` and :func:`segment_for`."""
    tiers, rules = tiers_in(s), rules_in(s)
    agg_q = _aggregates(now - timedelta(days=ROLLING_DAYS))
    if member_ids is not None:
        agg_q = agg_q.where(SalesOrder.member_id.in_(member_ids))
    agg = agg_q.group_by(SalesOrder.member_id).subquery("agg")
    orders = func.coalesce(agg.c.orders, 0)
    spend = func.coalesce(agg.c.spend, 0)
    calc_q = (
        select(
            _m.c.id.label("id"),
            _tier_case(tiers, spend).label("tier"),
            _segment_case(rules, now, _m.c.created_at, agg.c.last, orders, spend).label("segment"),
            agg.c.last.label("last"),
            orders.label("orders"),
            spend.label("spend"),
        )
        .select_from(_m.outerjoin(agg, agg.c.member_id == _m.c.id))
        .where(_m.c.status == "active")
    )
    if member_ids is not None:
        calc_q = calc_q.where(_m.c.id.in_(member_ids))
    calc = calc_q.subquery("calc")
    stmt = (
        update(_m)  # type: ignore[arg-type]
        .where(_m.c.id == calc.c.id)
        .where(
            or_(
                _m.c.tier.is_distinct_from(calc.c.tier),
                _m.c.segment.is_distinct_from(calc.c.segment),
                _m.c.last_order_at.is_distinct_from(calc.c.last),
                _m.c.orders_12m.is_distinct_from(calc.c.orders),
                _m.c.spend_12m_minor.is_distinct_from(calc.c.spend),
            )
        )
        .values(
            tier=calc.c.tier,
            segment=calc.c.segment,
            last_order_at=calc.c.last,
            orders_12m=calc.c.orders,
            spend_12m_minor=calc.c.spend,
        )
    )
    return int(s.connection().execute(stmt).rowcount or 0)


def refresh_member(s: Session, ctx: AppContext, member_id: str) -> None:
    """Recompute one member's figures, tier and segment (in the caller's transaction)."""
    recompute_in_session(s, ctx.clock(), [member_id])


def recompute(ctx: AppContext, actor: Actor) -> int:
    """Recompute every member's tier and segment now (``member.view``); returns how many
    changed.  Run at start of day and from the Members screen."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        return recompute_in_session(s, ctx.clock())


def segment_counts(ctx: AppContext, actor: Actor) -> dict[str, int]:
    """Active members per segment (every segment present, 0 when empty)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        rows = s.execute(
            select(Member.segment, func.count())
            .where(Member.status == "active")
            .group_by(Member.segment)
        )
        counts = dict.fromkeys(SEGMENTS, 0)
        counts.update({seg: int(n) for seg, n in rows})
        return counts


def tier_counts(ctx: AppContext, actor: Actor) -> dict[str, int]:
    """Active members per tier code."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        rows = s.execute(
            select(Member.tier, func.count()).where(Member.status == "active").group_by(Member.tier)
        )
        counts = {t.code: 0 for t in tiers_in(s)}
        counts.update({tier: int(n) for tier, n in rows})
        return counts


def export_segment_csv(ctx: AppContext, actor: Actor, segment: str) -> str:
    """A segment's members as CSV (``member.export``; audited with the count).  Names,
    phones and emails are in full only for a user who also holds ``member.view_pii``;
    otherwise masked."""
    from merchant_app.services.members import _open, mask_email, mask_name, mask_phone

    if segment not in SEGMENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown segment “{segment}”."),
            segment=segment,
            field="segment",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.export")
        full = "member.view_pii" in current.permissions
        cipher = cipher_in(s, ctx)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            [
                "card_number",
                "name",
                "phone",
                "email",
                "tier",
                "segment",
                "last_order_at",
                "orders_12m",
                "spend_12m_minor",
                "consent_marketing",
            ]
        )
        rows = s.execute(
            select(Member)
            .where(Member.status == "active", Member.segment == segment)
            .order_by(Member.created_at, Member.id)
        ).scalars()
        count = 0
        for m in rows:
            fields = _open(cipher, m)
            name, phone, email = (
                fields.get("name", ""),
                fields.get("phone", ""),
                fields.get("email", ""),
            )
            if not full:
                name, phone, email = mask_name(name), mask_phone(phone), mask_email(email)
            writer.writerow(
                [
                    m.card_number,
                    name,
                    phone,
                    email,
                    m.tier,
                    m.segment,
                    m.last_order_at.isoformat() if m.last_order_at else "",
                    m.orders_12m,
                    m.spend_12m_minor,
                    int(m.consent_marketing),
                ]
            )
            count += 1
        audit.record(
            s, ctx, current, "member.segment_export", segment, {"members": count, "full": full}
        )
        return out.getvalue()
