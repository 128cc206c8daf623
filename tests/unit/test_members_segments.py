"""Tiers and segments (MEM-3): rolling 12-month spend grades up and down; recency,
frequency and value segments with the shop's thresholds; counts and CSV export."""

from __future__ import annotations

import csv
import io

import pytest

from merchant_app.errors import NotPermitted
from merchant_app.services import member_tiers, members, order_steps
from merchant_app.services.member_tiers import SegmentRules, Tier
from merchant_app.services.members import MemberInput
from tests.factories import ShopWorld
from tests.unit.test_points import member_order


def test_tiers_segments_counts_and_export(world: ShopWorld) -> None:
    member_tiers.set_tiers(
        world.ctx,
        world.owner,
        (Tier("regular", "Regular", 0, 100), Tier("gold", "Gold", 15_000, 200)),
    )
    member_tiers.set_segment_rules(
        world.ctx,
        world.owner,
        SegmentRules(
            new_days=30,
            at_risk_days=90,
            lapsed_days=365,
            high_value_minor=15_000,
            high_value_orders=10,
        ),
    )
    big = members.register_member(
        world.ctx, world.owner, MemberInput(name="Big Spender", phone="13100000001")
    ).id
    quiet = members.register_member(
        world.ctx, world.owner, MemberInput(name="Quiet One", phone="13100000002")
    ).id
    fresh_order = member_order(world, quiet, qty=1)
    member_order(world, big, qty=10)
    seg = member_tiers.segment_counts(world.ctx, world.owner)
    assert seg["high_value"] == 1 and seg["new"] == 1
    world.clock.advance(days=40)
    members.register_member(world.ctx, world.owner, MemberInput(name="Newbie", phone="13100000003"))
    member_tiers.recompute(world.ctx, world.owner)
    assert member_tiers.segment_counts(world.ctx, world.owner) == {
        "new": 1,
        "active": 1,
        "high_value": 1,
        "at_risk": 0,
        "lapsed": 0,
    }
    assert member_tiers.tier_counts(world.ctx, world.owner) == {"regular": 2, "gold": 1}
    world.clock.advance(days=100)
    member_tiers.recompute(world.ctx, world.owner)
    counts = member_tiers.segment_counts(world.ctx, world.owner)
    assert counts["at_risk"] == 3  # two past 90 days, the newbie never ordered
    world.clock.advance(days=300)  # 440 days: spend leaves the 12-month window
    member_tiers.recompute(world.ctx, world.owner)
    assert member_tiers.tier_counts(world.ctx, world.owner)["gold"] == 0  # graded down
    assert member_tiers.segment_counts(world.ctx, world.owner)["lapsed"] == 3
    text = member_tiers.export_segment_csv(world.ctx, world.owner, "lapsed")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["name"] for r in rows} == {"Big Spender", "Quiet One", "Newbie"}
    cs = world.add_user("cs", "Customer service")
    with pytest.raises(NotPermitted):
        member_tiers.export_segment_csv(world.ctx, cs, "lapsed")
    _ = fresh_order, order_steps


def test_cancelled_orders_do_not_count(world: ShopWorld) -> None:
    m = members.register_member(
        world.ctx, world.owner, MemberInput(name="C", phone="13100000009")
    ).id
    order = member_order(world, m, qty=200)  # 400,000 → silver
    assert members.get_member(world.ctx, world.owner, m).tier == "silver"
    order_steps.cancel(world.ctx, world.owner, order.id, "mistake")
    info = members.get_member(world.ctx, world.owner, m)
    assert info.tier == "regular" and info.orders_12m == 0 and info.points == 0
