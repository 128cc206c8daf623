"""Demo members: registered through the real services at their own times, a share of the
demo orders placed by them (points, tiers, segments), promotions, coupons and tickets,
and the public demo data key that lets a new process read them again."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from merchant_app.models import Member, Promotion, SalesOrder, ServiceTicket
from merchant_app.security.keystore import DemoKeyStore, MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import (
    demo_members,
    demo_orders,
    member_keys,
    member_points,
    members,
    product_import,
)
from merchant_app.services.demo import DEMO_PASSWORDS
from merchant_app.services.demo_catalog import demo_product_rows
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import ShopWorld


@pytest.fixture
def shop(world: ShopWorld) -> ShopWorld:
    product_import.import_products(world.ctx, world.owner, demo_product_rows(60), dry_run=False)
    world.clock.advance(days=800)
    return world


def test_members_registered_at_their_times_and_found_by_phone(shop: ShopWorld) -> None:
    world = shop
    people = demo_members.add_demo_members(world.ctx, world.owner, count=30)
    assert len(people.members) == 30
    assert len({m.phone for m in people.members}) == 30
    assert len({m.card_number for m in people.members}) == 30
    now = world.clock()
    times = [m.registered_at for m in people.members]
    assert times == sorted(times) and all(t <= now for t in times)
    assert any(now - t < timedelta(days=31) for t in times)  # new this month
    assert any(now - t > timedelta(days=365) for t in times)  # long-standing
    names = [m.name for m in people.members]
    assert any(" " in n for n in names) and any(not n.isascii() for n in names)
    assert members.count_members(world.ctx, world.owner) == 30
    emails = 0
    for m in people.members:
        (row,) = members.search_members(world.ctx, world.owner, m.phone)
        assert row.id == m.id and row.card_number == m.card_number
        info = members.get_member(world.ctx, world.owner, m.id, reveal=True)
        assert (info.name, info.phone) == (m.name, m.phone)
        emails += bool(info.email)
    assert 0 < emails < 30


def test_orders_linked_to_members_earn_points_and_set_tiers(shop: ShopWorld) -> None:
    world = shop
    people = demo_members.add_demo_members(world.ctx, world.owner, count=25)
    report = demo_orders.add_demo_orders(world.ctx, world.owner, 80, member_for=people.choose)
    assert sum(report.by_state.values()) > 40
    tiers = demo_members.finish_demo_members(world.ctx, world.owner, people)
    assert sum(tiers.values()) == 25
    known = {m.id: m for m in people.members}
    with world.ctx.db.transaction() as s:
        linked = s.execute(
            select(SalesOrder.member_id, SalesOrder.created_at).where(
                SalesOrder.member_id.is_not(None)
            )
        ).all()
        total = s.scalar(select(func.count()).select_from(SalesOrder))
        assert total and 0.2 * total < len(linked) < 0.8 * total
        for member_id, at in linked:
            m = known[member_id]
            at = at if at.tzinfo else at.replace(tzinfo=m.registered_at.tzinfo)
            assert at >= m.registered_at  # nobody orders before registering
        figures = s.execute(select(Member.id, Member.orders_12m, Member.segment)).all()
        for member_id in known:
            assert member_points.ledger_sum(s, member_id) == member_points.balance_in(s, member_id)
        tickets = s.execute(select(ServiceTicket.status, ServiceTicket.member_id)).all()
        codes = set(s.scalars(select(Promotion.code).where(Promotion.code.is_not(None))))
    ordered = {m for m, _ in linked}
    assert {mid for mid, n, _ in figures if n > 0} <= ordered
    assert any(n > 0 for _, n, _ in figures)
    assert len({seg for _, _, seg in figures}) >= 3
    assert {"WELCOME10", "VIP50", "SPRING10"} <= codes
    assert any(c.startswith("P") for c in codes - {"WELCOME10", "VIP50", "SPRING10"})
    assert {st for st, _ in tickets} >= {"open", "in_progress", "waiting", "resolved"}
    assert all(mid in known for _, mid in tickets)
    # the points were earned on payment, through the services
    earned = sum(
        e.points
        for mid in ordered
        for e in member_points.history(world.ctx, world.owner, mid)
        if e.kind == "earn"
    )
    assert earned > 0


def test_demo_data_key_is_public_and_found_again_by_a_new_desk(world: ShopWorld) -> None:
    clerk = world.add_user("clerk", SALES_CLERK)
    people = demo_members.add_demo_members(world.ctx, world.owner, count=5)
    assert people.members
    assert world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME) == demo_members.demo_data_key(
        world.ctx.shop_id
    )
    # another process on a machine with no OS keyring: the demo's in-memory store
    again = replace(world.ctx, keys=DemoKeyStore(DEMO_PASSWORDS, demo_members.public_demo_secret))
    assert member_keys.key_status(again) == "ready"
    m = people.members[-1]
    (row,) = members.search_members(again, clerk, m.phone)
    assert row.id == m.id
    # the plain memory store (tests) knows nothing: the members say the key is missing
    assert member_keys.key_status(replace(world.ctx, keys=MemoryKeyStore())) == "missing"
    assert demo_members.public_demo_secret(world.ctx.shop_id, "verifier:owner") is None
    assert demo_members.demo_data_key("a") != demo_members.demo_data_key("b")


def test_chooser_is_deterministic_and_respects_registration() -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    people = [
        demo_members.DemoMember(f"m{i}", f"c{i}", f"N{i}", f"1380000000{i}", base, 1.0)
        for i in range(5)
    ]
    first = demo_members.DemoMembers(list(people))
    second = demo_members.DemoMembers(list(people))
    early = base - timedelta(days=1)
    picks = [first.choose(base) for _ in range(200)]
    assert picks == [second.choose(base) for _ in range(200)]
    assert 40 < sum(p is not None for p in picks) < 140
    assert all(first.choose(early) is None for _ in range(50))
