from __future__ import annotations

from sqlalchemy import delete, select, text, update

from merchant_app.models import AuditEntry
from merchant_app.services import audit, shop
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import ShopWorld


def test_every_sensitive_action_is_chained_and_verifies(world: ShopWorld) -> None:
    world.add_user("clara", SALES_CLERK)
    report = audit.verify_chain(world.ctx, world.owner)
    assert report.ok and report.entries >= 5
    rows = audit.list_entries(world.ctx, world.owner, text="user.create")
    assert {r.target for r in rows} == {"owner", "clara"}
    csv_text = audit.export_csv(world.ctx, world.owner)
    assert csv_text.splitlines()[0].startswith("seq,at_utc,user")
    assert "audit.export" in [r.action for r in audit.list_entries(world.ctx, world.owner)]


def test_edited_entry_is_found_with_its_position(world: ShopWorld) -> None:
    world.add_user("clara", SALES_CLERK)
    with world.ctx.db.transaction() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(target="mallory"))
    report = audit.verify_chain(world.ctx)
    assert not report.ok and report.bad_seq == 3
    assert "changed" in report.problem


def test_deleted_entry_and_cut_tail_are_found(world: ShopWorld) -> None:
    world.add_user("clara", SALES_CLERK)
    with world.ctx.db.transaction() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    report = audit.verify_chain(world.ctx)
    assert (report.ok, report.bad_seq) == (False, 2)
    with world.ctx.db.transaction() as s:
        last = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        s.execute(text("DELETE FROM audit_entry WHERE seq >= 2"))
    report = audit.verify_chain(world.ctx)
    assert (report.ok, report.bad_seq) == (False, 2)
    assert last and last > 2


def test_rehashed_entry_breaks_the_next_link(world: ShopWorld) -> None:
    """A forger who recomputes the edited entry's own hash is caught by the next one."""
    from merchant_app.security.audit_chain import entry_hash

    world.add_user("clara", SALES_CLERK)
    with world.ctx.db.transaction() as s:
        e = s.get(AuditEntry, 2)
        assert e is not None
        e.target = "forged"
        e.entry_hash = entry_hash(
            seq=e.seq,
            entry_id=e.id,
            at=e.at,
            actor_id=e.actor_id,
            actor_login=e.actor_login,
            desk_id=e.desk_id,
            action=e.action,
            target=e.target,
            details=e.details,
            prev_hash=e.prev_hash,
        )
    report = audit.verify_chain(world.ctx)
    assert (report.ok, report.bad_seq) == (False, 3)


def test_desk_numbers_are_prefixed_and_never_repeat(world: ShopWorld) -> None:
    with world.ctx.db.transaction() as s:
        numbers = [shop.next_number(s, world.ctx.desk_id, "order") for _ in range(3)]
        other = shop.next_number(s, world.ctx.desk_id, "payment")
    assert numbers == ["D01-000001", "D01-000002", "D01-000003"]
    assert other == "D01-000001"
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.services.context import AppContext

    desk2 = AppContext(db=world.ctx.db, keys=MemoryKeyStore(), clock=world.clock)
    _, info = shop.open_shop(desk2)
    with world.ctx.db.transaction() as s:
        assert shop.next_number(s, info.id, "order") == "D02-000001"


def test_a_failed_action_leaves_nothing_behind(world: ShopWorld) -> None:
    """One action is one transaction: an error half-way rolls back the audit entry too."""
    import pytest

    before = audit.verify_chain(world.ctx).entries
    with pytest.raises(RuntimeError), world.ctx.db.transaction() as s:
        audit.record(s, world.ctx, world.owner, "test.half_done")
        raise RuntimeError("crash half-way")
    after = audit.verify_chain(world.ctx)
    assert after.ok and after.entries == before
