"""The set-based recomputation (one aggregate joined to the members, one UPDATE … FROM)
agrees with the Python rules :func:`member_tiers.tier_for` / :func:`segment_for` on
random members and orders, including instants right at the day boundaries."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select

from merchant_app.ids import new_ids
from merchant_app.models import Member, SalesOrder
from merchant_app.services import locations, member_tiers
from merchant_app.services.member_tiers import ROLLING_DAYS, SegmentRules, Tier
from tests.factories import ShopWorld


def _member(member_id: str, n: int, created: datetime) -> dict[str, object]:
    return {
        "id": member_id,
        "card_number": f"8{n:09d}",
        "status": "erased" if n % 17 == 0 else "active",
        "sealed": b"x",
        "phone_hash": "",
        "phone_tail_hash": "",
        "email_hash": "",
        "tags": "",
        "consent_marketing": False,
        "consent_sms": False,
        "consent_email": False,
        "tier": "regular",
        "segment": "new",
        "last_order_at": None,
        "orders_12m": 0,
        "spend_12m_minor": 0,
        "created_at": created,
        "updated_at": created,
        "created_by": None,
        "erased_at": None,
    }


def _order(
    order_id: str, n: int, member_id: str, at: datetime, total: int, location: str
) -> dict[str, object]:
    return {
        "id": order_id,
        "number": f"S-{n:08d}",
        "desk_id": None,
        "created_by": None,
        "created_at": at,
        "updated_at": at,
        "state": "cancelled" if n % 9 == 0 else "completed",
        "held_from": "",
        "revision": 0,
        "member_id": member_id,
        "customer_name": "",
        "customer_phone": "",
        "phone_key": "",
        "ship_name": "",
        "ship_phone": "",
        "ship_address": "",
        "ship_zone": "",
        "delivery_method": "pickup",
        "location_id": location,
        "payment_terms": "prepaid",
        "subtotal_minor": total,
        "discount_minor": 0,
        "shipping_fee_minor": 0,
        "extra_fees_minor": 0,
        "total_minor": total,
        "paid_minor": total,
        "payment_status": "paid",
        "tracking_number": "",
        "warehouse_note": "",
        "note": "",
        "source": "test",
        "external_ref": "",
    }


def _expected(
    world: ShopWorld, tiers: tuple[Tier, ...], rules: SegmentRules
) -> dict[str, tuple[object, ...]]:
    now = world.ctx.clock()
    since = now - timedelta(days=ROLLING_DAYS)
    with world.ctx.db.transaction() as s:
        ms = s.execute(select(Member.id, Member.created_at).where(Member.status == "active")).all()
        orders = s.execute(
            select(SalesOrder.member_id, SalesOrder.created_at, SalesOrder.paid_minor).where(
                SalesOrder.state != "cancelled"
            )
        ).all()
    figures: dict[str, list[object]] = {}
    for member_id, at, paid in orders:
        f = figures.setdefault(member_id, [None, 0, 0])
        f[0] = at if f[0] is None or at > f[0] else f[0]  # type: ignore[operator]
        if at >= since:
            f[1] = int(f[1]) + 1  # type: ignore[call-overload]
            f[2] = int(f[2]) + paid  # type: ignore[call-overload]
    out = {}
    for member_id, created in ms:
        last, n, spend = figures.get(member_id, [None, 0, 0])
        tier = member_tiers.tier_for(tiers, int(spend)).code  # type: ignore[call-overload]
        seg = member_tiers.segment_for(rules, now, created, last, int(n), int(spend))  # type: ignore[arg-type, call-overload]
        out[member_id] = (tier, seg, last, n, spend)
    return out


def _stored(world: ShopWorld) -> dict[str, tuple[object, ...]]:
    with world.ctx.db.transaction() as s:
        rows = s.execute(
            select(
                Member.id,
                Member.tier,
                Member.segment,
                Member.last_order_at,
                Member.orders_12m,
                Member.spend_12m_minor,
            ).where(Member.status == "active")
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_sql_recompute_matches_the_python_rules(world: ShopWorld) -> None:
    rng = random.Random(11)
    tiers = (
        Tier("regular", "Regular", 0, 100),
        Tier("silver", "Silver", 20_000, 150),
        Tier("gold", "Gold", 60_000, 200),
    )
    rules = SegmentRules(
        new_days=30, at_risk_days=90, lapsed_days=365, high_value_minor=80_000, high_value_orders=4
    )
    member_tiers.set_tiers(world.ctx, world.owner, tiers)
    member_tiers.set_segment_rules(world.ctx, world.owner, rules)
    now = world.ctx.clock()
    edges = [0, 30, 31, 90, 91, 365, 366]

    def ago() -> timedelta:
        if rng.random() < 0.4:  # right at a boundary, give or take a second
            return timedelta(days=rng.choice(edges), seconds=rng.choice([-1, 0, 1]))
        return timedelta(days=rng.randrange(800), minutes=rng.randrange(1440))

    ids = new_ids(300)
    with world.ctx.db.transaction() as s:
        location = locations.default_location(s).id
        s.execute(insert(Member), [_member(m, n, now - ago()) for n, m in enumerate(ids)])
        order_ids = new_ids(900)
        s.execute(
            insert(SalesOrder),
            [
                _order(
                    o,
                    n,
                    ids[rng.randrange(250)],
                    now - ago(),
                    rng.randrange(1_000, 40_000),
                    location,
                )
                for n, o in enumerate(order_ids)
            ],
        )
    changed = member_tiers.recompute(world.ctx, world.owner)
    assert changed > 0
    assert _stored(world) == _expected(world, tiers, rules)
    assert member_tiers.recompute(world.ctx, world.owner) == 0  # nothing left to change
    world.clock.advance(days=45)
    assert member_tiers.recompute(world.ctx, world.owner) > 0
    assert _stored(world) == _expected(world, tiers, rules)
