"""Member records (MEM-1): sealed personal fields, keyed-hash look-ups, masking, audit,
export, erasure, duplicates and the missing data key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from merchant_app.errors import InvalidInput, NotPermitted
from merchant_app.models import AuditEntry, Member
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import (
    DATA_KEY_NAME,
    DataKeyMismatch,
    DataKeyMissing,
    SealedDataDamaged,
    name_keys,
    query_keys,
)
from merchant_app.services import member_keys, members
from merchant_app.services.context import AppContext
from merchant_app.services.members import DuplicateMember, MemberInput
from tests.factories import ShopWorld

ALICE = MemberInput(
    name="Alice Wong",
    phone="+86 138-0013-8000",
    email="Alice.Wong@Example.com",
    gender="female",
    birthday="1990-04-01",
    addresses=("12 Garden Road, Shanghai",),
    notes="prefers SMS",
    tags=("vip",),
)


def test_register_and_find_by_phone_email_name_card(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, ALICE)
    assert m.revealed and m.name == "Alice Wong" and m.phone_masked == "138****8000"
    assert members.card_check_ok(m.card_number)
    for query in (
        "13800138000",
        "138 0013 8000",
        "+86 13800138000",
        "8000",
        "alice.wong@example.com",
        "ALICE",
        "wong",
        "Ali Won",
        m.card_number,
    ):
        found = members.search_members(world.ctx, world.owner, query)
        assert [r.id for r in found] == [m.id], query
    assert members.search_members(world.ctx, world.owner, "bob") == []
    assert members.find_by_card(world.ctx, world.owner, m.card_number).id == m.id  # type: ignore[union-attr]
    assert members.find_by_card(world.ctx, world.owner, "12345678") is None


def test_chinese_name_search(world: ShopWorld) -> None:
    m = members.register_member(
        world.ctx, world.owner, MemberInput(name="王小明", phone="13900001111")
    )
    for query in ("王小明", "小明", "王", "明"):
        assert [r.id for r in members.search_members(world.ctx, world.owner, query)] == [m.id]
    assert members.search_members(world.ctx, world.owner, "王大明") == []
    assert "王小明" in name_keys("王小明") and query_keys("王小明") == ["王小明"]


def test_masked_without_view_pii_and_viewing_is_audited(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, ALICE)
    clerk = world.add_user("clerk", "Sales clerk")
    row = members.search_members(world.ctx, clerk, "13800138000")[0]
    assert row.name == "Alice W." and row.phone_masked == "138****8000"
    info = members.get_member(world.ctx, clerk, m.id)
    assert (
        not info.revealed
        and info.email == "a****@example.com"
        and "Garden" not in info.addresses[0]
    )
    with pytest.raises(NotPermitted):
        members.get_member(world.ctx, clerk, m.id, reveal=True)
    full = members.get_member(world.ctx, world.owner, m.id, reveal=True)
    assert full.email == "alice.wong@example.com" and full.birthday == "1990-04-01"
    with world.ctx.db.transaction() as s:
        actions = list(
            s.scalars(select(AuditEntry.action).where(AuditEntry.target == m.card_number))
        )
        details = " ".join(s.scalars(select(AuditEntry.details)))
    assert "member.view_pii" in actions and "member.register" in actions
    assert "Alice" not in details and "13800138000" not in details


def test_duplicates_refused_unless_allowed(world: ShopWorld) -> None:
    first = members.register_member(world.ctx, world.owner, ALICE)
    with pytest.raises(DuplicateMember) as err:
        members.register_member(
            world.ctx, world.owner, MemberInput(name="Al W", phone="13800138000")
        )
    assert first.card_number in err.value.message and err.value.member_ids == (first.id,)
    with pytest.raises(DuplicateMember):
        members.register_member(
            world.ctx, world.owner, MemberInput(name="X", email="ALICE.wong@example.com ")
        )
    assert [
        r.id for r in members.find_duplicates(world.ctx, world.owner, phone="138 0013 8000")
    ] == [first.id]
    second = members.register_member(
        world.ctx, world.owner, MemberInput(name="Al W", phone="13800138000"), allow_duplicate=True
    )
    assert second.card_number != first.card_number


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MemberInput(name="", phone="13800138000"), "name"),
        (MemberInput(name="A"), "phone"),
        (MemberInput(name="A", phone="abc"), "phone"),
        (MemberInput(name="A", email="nope"), "email"),
        (MemberInput(name="A", phone="13800138000", birthday="1990-13-01"), "birthday"),
        (MemberInput(name="A", phone="13800138000", gender="x"), "gender"),
        (MemberInput(name="A" * 121, phone="13800138000"), "name"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    world: ShopWorld, data: MemberInput, field: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        members.register_member(world.ctx, world.owner, data)
    assert err.value.params["field"] == field
    assert members.count_members(world.ctx, world.owner) == 0


def test_update_rewrites_hashes(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, ALICE)
    changed = members.update_member(
        world.ctx, world.owner, m.id, MemberInput(name="Alice Chan", phone="13911112222")
    )
    assert changed.name == "Alice Chan"
    assert members.search_members(world.ctx, world.owner, "13800138000") == []
    assert members.search_members(world.ctx, world.owner, "wong") == []
    assert [r.id for r in members.search_members(world.ctx, world.owner, "chan")] == [m.id]
    clerk = world.add_user("clerk", "Sales clerk")
    with pytest.raises(NotPermitted):
        members.update_member(world.ctx, clerk, m.id, ALICE)


def test_no_personal_data_in_the_database_file(world: ShopWorld, tmp_path: Path) -> None:
    if world.ctx.db.dialect != "sqlite":
        pytest.skip("reads the SQLite file")
    members.register_member(world.ctx, world.owner, ALICE)
    members.register_member(
        world.ctx, world.owner, MemberInput(name="王小明", phone="13900001111", email="xm@qq.com")
    )
    world.ctx.db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("shop.sqlite3*"))
    for secret in (
        "Alice",
        "Wong",
        "alice.wong",
        "13800138000",
        "0013",
        "8000",
        "Garden",
        "王小明",
        "13900001111",
        "xm@qq.com",
        "1990-04-01",
        "prefers SMS",
    ):
        assert secret.encode("utf-8") not in raw, secret


def test_ciphertext_bound_to_its_row(world: ShopWorld) -> None:
    a = members.register_member(world.ctx, world.owner, ALICE)
    b = members.register_member(
        world.ctx, world.owner, MemberInput(name="Bob", phone="13700000000")
    )
    with world.ctx.db.transaction() as s:
        sealed = s.scalar(select(Member.sealed).where(Member.id == a.id))
        s.execute(update(Member).where(Member.id == b.id).values(sealed=sealed))
    with pytest.raises(SealedDataDamaged):
        members.get_member(world.ctx, world.owner, b.id)


def test_missing_key_asks_for_the_recovery_kit(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, ALICE)
    kit = member_keys.export_data_key(world.ctx, world.owner)
    other_desk = AppContext(
        world.ctx.db, MemoryKeyStore(), world.clock, world.ctx.shop_id, world.ctx.desk_id
    )
    assert member_keys.key_status(other_desk) == "missing"
    with pytest.raises(DataKeyMissing) as err:
        members.search_members(other_desk, world.owner, "alice")
    assert "recovery kit" in err.value.message
    with pytest.raises(DataKeyMissing):  # never makes a second key
        members.register_member(other_desk, world.owner, MemberInput(name="C", phone="13600000000"))
    wrong = AppContext(
        world.ctx.db, MemoryKeyStore(), world.clock, world.ctx.shop_id, world.ctx.desk_id
    )
    wrong.keys.set(world.ctx.shop_id, DATA_KEY_NAME, "A" * 43 + "=")
    with pytest.raises(DataKeyMismatch):
        members.get_member(wrong, world.owner, m.id)
    with pytest.raises(DataKeyMismatch):
        member_keys.install_data_key(other_desk, world.owner, "A" * 43 + "=")
    member_keys.install_data_key(other_desk, world.owner, kit)
    assert members.get_member(other_desk, world.owner, m.id, reveal=True).name == "Alice Wong"


def test_export_and_erase(world: ShopWorld) -> None:
    m = members.register_member(world.ctx, world.owner, ALICE)
    data = json.loads(members.export_member(world.ctx, world.owner, m.id))
    assert data["member"]["email"] == "alice.wong@example.com" and data["points"] == []
    clerk = world.add_user("clerk", "Sales clerk")
    with pytest.raises(NotPermitted):
        members.export_member(world.ctx, clerk, m.id)
    with pytest.raises(InvalidInput):
        members.erase_member(world.ctx, world.owner, m.id, " ")
    gone = members.erase_member(world.ctx, world.owner, m.id, "asked by the member")
    assert gone.status == "erased" and gone.name == ""
    assert members.search_members(world.ctx, world.owner, "13800138000") == []
    assert members.search_members(world.ctx, world.owner, "alice") == []
    with world.ctx.db.transaction() as s:
        row = s.execute(text("select phone_hash, email_hash, length(sealed) from member")).one()
        assert row[0] == "" and row[1] == "" and not row[2]
        assert s.execute(text("select count(*) from member_name_key")).scalar() == 0
    # the phone can be registered again by someone else
    members.register_member(world.ctx, world.owner, MemberInput(name="New", phone="13800138000"))
