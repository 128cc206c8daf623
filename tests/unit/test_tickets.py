"""Customer-service tickets (MEM-5): linked to member and order, status flow, due
follow-ups, statistics by category."""

from __future__ import annotations

from datetime import timedelta

import pytest

from merchant_app.errors import InvalidInput, InvalidTransition, NotPermitted
from merchant_app.services import members
from merchant_app.services import service_tickets as tickets
from merchant_app.services.members import MemberInput
from tests.factories import ShopWorld


def test_ticket_flow_follow_ups_and_stats(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, MemberInput(name="T", phone="13500000000"))
    now = world.clock()
    t1 = tickets.open_ticket(
        world.ctx,
        world.owner,
        kind="complaint",
        category="delivery",
        subject="Late parcel",
        member_id=m.id,
        follow_up_at=now + timedelta(days=1),
    )
    t2 = tickets.open_ticket(
        world.ctx,
        world.owner,
        kind="enquiry",
        category="product",
        subject="Sizes?",
        member_id=m.id,
        follow_up_at=now + timedelta(days=3),
    )
    assert t1.number.startswith("D01-") and t1.member_card == m.card_number and t1.status == "open"
    assert tickets.due_follow_ups(world.ctx, world.owner) == []
    world.clock.advance(days=2)
    assert [t.id for t in tickets.due_follow_ups(world.ctx, world.owner)] == [t1.id]
    t1 = tickets.update_ticket(
        world.ctx,
        world.owner,
        t1.id,
        status="waiting",
        note="called back",
        follow_up_at=world.clock() + timedelta(days=5),
    )
    assert t1.status == "waiting" and "called back" in t1.description
    assert tickets.due_follow_ups(world.ctx, world.owner) == []
    with pytest.raises(InvalidInput):
        tickets.resolve_ticket(world.ctx, world.owner, t2.id, "  ")
    world.clock.advance(hours=4)
    t2 = tickets.resolve_ticket(world.ctx, world.owner, t2.id, "Sent the size chart")
    assert t2.status == "resolved" and t2.follow_up_at is None
    with pytest.raises(InvalidTransition):
        tickets.update_ticket(world.ctx, world.owner, t2.id, status="open")
    tickets.reopen_ticket(world.ctx, world.owner, t2.id, "asked again")
    tickets.resolve_ticket(world.ctx, world.owner, t2.id, "done")
    stats = {c.category: c for c in tickets.stats_by_category(world.ctx, world.owner)}
    assert (stats["delivery"].total, stats["delivery"].open, stats["delivery"].resolved) == (
        1,
        1,
        0,
    )
    assert (stats["product"].total, stats["product"].resolved) == (1, 1)
    assert stats["product"].avg_hours_to_resolve > 0 and stats["payment"].total == 0
    assert {t.id for t in tickets.list_tickets(world.ctx, world.owner, member_id=m.id)} == {
        t1.id,
        t2.id,
    }
    assert [t.id for t in tickets.list_tickets(world.ctx, world.owner, open_only=True)] == [t1.id]


def test_ticket_input_and_permissions(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, MemberInput(name="T", phone="13500000000"))
    with pytest.raises(InvalidInput):
        tickets.open_ticket(world.ctx, world.owner, kind="enquiry", category="product", subject="x")
    with pytest.raises(InvalidInput):
        tickets.open_ticket(
            world.ctx, world.owner, kind="nope", category="product", subject="x", member_id=m.id
        )
    with pytest.raises(InvalidInput):
        tickets.open_ticket(
            world.ctx, world.owner, kind="enquiry", category="product", subject=" ", member_id=m.id
        )
    clerk = world.add_user("clerk", "Sales clerk")
    with pytest.raises(NotPermitted):
        tickets.open_ticket(
            world.ctx, clerk, kind="enquiry", category="product", subject="x", member_id=m.id
        )
    assert tickets.list_tickets(world.ctx, clerk) == []
