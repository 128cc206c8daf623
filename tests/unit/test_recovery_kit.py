"""The recovery kit (SAFE-2): the sealed text (round trip, wrong passphrase, damage,
wrong kind of text, short passphrase, hypothesis on arbitrary input), the service on
both databases (a restore on a "new computer": another database copy or connection
with an empty keyring reads nothing until the kit is imported at the sign-in window,
then the Owner signs in and every member record is identical), and the printed sheet
(its QR code decodes to exactly the kit's text, its fonts are embedded)."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from merchant_app.database import Database
from merchant_app.errors import AuthenticationFailed, NotPermitted
from merchant_app.models import AuditEntry, Role, Shop, ShopSetting, User
from merchant_app.security import recovery_kit as crypto
from merchant_app.security.keystore import MemoryKeyStore, verifier_name
from merchant_app.security.member_crypto import (
    DATA_KEY_NAME,
    KEY_CHECK_SETTING,
    DataKeyMissing,
    decode_key,
    key_check,
)
from merchant_app.security.recovery_kit import (
    KitError,
    KitPassphraseTooShort,
    NewerKitFormat,
    NotARecoveryKit,
    RecoveryKitBadCharacter,
    RecoveryKitDamaged,
    WrongKitPassphrase,
    kit_lines,
    open_kit,
    seal_kit,
)
from merchant_app.services import auth, members, shop, staff
from merchant_app.services import recovery_kit as kits
from merchant_app.services.context import AppContext
from merchant_app.services.members import MemberInput
from merchant_app.services.permissions import MANAGER, OWNER, SALES_CLERK
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop

PASSPHRASE = "river lantern quiet 42"
PAYLOAD = {
    "shop_id": "01a20472-5b8b-79f0-9c34-04bcbd89e815",
    "shop_name": "星光小店 Starlight",
    "data_key": "q" * 43 + "=",
    "created_at": "2026-01-05T09:00:00+00:00",
    "made_by": "owner",
    "verifiers": {"owner": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"},
}
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


@pytest.fixture(scope="module")
def sealed() -> str:
    return seal_kit(PAYLOAD, PASSPHRASE)


def _body(text: str) -> str:
    return text.split(":", 1)[1]


# --- the sealed text ------------------------------------------------------------------


def test_round_trip_and_every_seal_is_new(sealed: str) -> None:
    assert open_kit(sealed, PASSPHRASE) == {**PAYLOAD, "format": 1}
    again = seal_kit(PAYLOAD, PASSPHRASE)
    assert again != sealed  # fresh salt and nonce
    assert open_kit(again, PASSPHRASE) == open_kit(sealed, PASSPHRASE)
    assert sealed.startswith("MERCHANT-KIT-1:")
    assert set(sealed) <= QR_ALPHANUMERIC  # one QR code in alphanumeric mode
    assert len(sealed) <= crypto.MAX_KIT_CHARS
    assert PAYLOAD["data_key"] not in sealed and "星光" not in sealed


def test_forgiving_reading_of_typed_text(sealed: str) -> None:
    printed = "\n".join(kit_lines(sealed))
    assert open_kit(printed, PASSPHRASE)["shop_id"] == PAYLOAD["shop_id"]
    assert open_kit(printed.lower(), f"  {PASSPHRASE} ")["made_by"] == "owner"
    # digits that are not in the alphabet are read as the letters they look like
    body = _body(sealed)
    if "O" in body or "I" in body:
        typed = "MERCHANT-KIT-1:" + body.replace("O", "0").replace("I", "1")
        assert open_kit(typed, PASSPHRASE)["shop_name"] == PAYLOAD["shop_name"]
    # a Chinese input method types full-width characters
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in sealed)
    assert open_kit(full_width, PASSPHRASE)["format"] == 1


def test_kit_lines_are_groups_of_five(sealed: str) -> None:
    lines = kit_lines(sealed)
    assert lines[0] == "MERCHANT-KIT-1:"
    assert all(len(group) == 5 for line in lines[1:-1] for group in line.split(" "))
    assert all(len(line.split(" ")) == crypto.GROUPS_PER_LINE for line in lines[1:-1])
    assert "".join("".join(lines[1:]).split()) == _body(sealed)


def test_wrong_passphrase(sealed: str) -> None:
    with pytest.raises(WrongKitPassphrase) as caught:
        open_kit(sealed, PASSPHRASE + "!")
    assert "passphrase" in caught.value.message
    with pytest.raises(WrongKitPassphrase):
        open_kit(sealed, "short")


def test_tampered_text_is_damaged_not_a_wrong_passphrase(sealed: str) -> None:
    body = _body(sealed)
    for position in (0, len(body) // 2, len(body) - 1):
        # every character counts, even the last one's spare bits
        swapped = next(c for c in "A7" if c != body[position])
        tampered = "MERCHANT-KIT-1:" + body[:position] + swapped + body[position + 1 :]
        with pytest.raises(RecoveryKitDamaged) as caught:
            open_kit(tampered, PASSPHRASE)
        assert type(caught.value) is RecoveryKitDamaged
        assert "damaged or mistyped" in caught.value.message
    with pytest.raises(RecoveryKitDamaged):
        open_kit(sealed[:-5], PASSPHRASE)  # cut off
    with pytest.raises(RecoveryKitDamaged):
        open_kit("MERCHANT-KIT-1:", PASSPHRASE)


def test_a_bad_character_is_located_by_line_and_group(sealed: str) -> None:
    body = _body(sealed)
    position = 57  # line 2 (50 per line), group 2
    typed = "MERCHANT-KIT-1:" + body[:position] + "9" + body[position + 1 :]
    with pytest.raises(RecoveryKitBadCharacter) as caught:
        open_kit(typed, PASSPHRASE)
    assert caught.value.params == {"field": "kit", "char": "9", "line": 2, "group": 2}
    assert "line 2, group 2" in caught.value.message


def test_other_texts_are_not_kits_and_newer_kits_are_named(sealed: str) -> None:
    for text in ("", "6901234567892", "hello world", "MERCHANT-KIT", _body(sealed)):
        with pytest.raises(NotARecoveryKit) as caught:
            open_kit(text, PASSPHRASE)
        assert "MERCHANT-KIT-1:" in caught.value.message
    with pytest.raises(NewerKitFormat) as newer:
        open_kit("MERCHANT-KIT-2:" + _body(sealed), PASSPHRASE)
    assert newer.value.params["version"] == "2"
    assert "newer version" in newer.value.message
    with pytest.raises(RecoveryKitDamaged):
        open_kit("MERCHANT-KIT-X:" + _body(sealed), PASSPHRASE)
    assert crypto.looks_like_kit(" merchant-kit-1:abc") and not crypto.looks_like_kit("abc")


def test_another_kind_of_sealed_text_never_opens_as_a_kit() -> None:
    other = crypto.SealedKind(prefix="MERCHANT-DESK-", label=b"merchant-app desk bundle")
    text = seal_kit(PAYLOAD, PASSPHRASE, kind=other)
    assert open_kit(text, PASSPHRASE, kind=other)["made_by"] == "owner"
    with pytest.raises(NotARecoveryKit):
        open_kit(text, PASSPHRASE)
    relabelled = "MERCHANT-KIT-1:" + _body(text)  # same bytes, the kit's armour
    with pytest.raises(WrongKitPassphrase):  # the authenticated label differs
        open_kit(relabelled, PASSPHRASE)


@pytest.mark.parametrize("passphrase", ["", "eleven char", "  short    ", "ａｂｃ"])
def test_short_passphrase_is_refused_with_the_rule(passphrase: str) -> None:
    with pytest.raises(KitPassphraseTooShort) as caught:
        seal_kit(PAYLOAD, passphrase)
    assert "at least 12 characters" in caught.value.message
    assert caught.value.params["field"] == "passphrase"


def test_twelve_characters_are_enough_and_unicode_is_normalised() -> None:
    decomposed = "cafe\u0301 au lait!!"  # "café" with a combining accent
    text = seal_kit(PAYLOAD, decomposed)
    assert open_kit(text, "café au lait!!")["made_by"] == "owner"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), passphrase=st.text(max_size=40))
def test_arbitrary_text_only_ever_raises_the_named_errors(text: str, passphrase: str) -> None:
    with pytest.raises(KitError):
        open_kit(text, passphrase)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567 -01 \n", max_size=400),
    prefix=st.sampled_from(["MERCHANT-KIT-1:", "merchant-kit-1:", "MERCHANT-KIT-01:"]),
)
def test_kit_shaped_text_only_ever_raises_the_named_errors(prefix: str, body: str) -> None:
    with pytest.raises(KitError):
        open_kit(prefix + body, PASSPHRASE)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_edits_of_a_real_kit_open_it_or_raise_a_named_error(sealed: str, data) -> None:  # type: ignore[no-untyped-def]
    position = data.draw(st.integers(0, len(sealed) - 1))
    edit = data.draw(st.text(max_size=3))
    text = sealed[:position] + edit + sealed[position + 1 :]
    with contextlib.suppress(KitError):
        assert open_kit(text, PASSPHRASE)["shop_id"] == PAYLOAD["shop_id"]


# --- the service: export ---------------------------------------------------------------


def _actions(world: ShopWorld, action: str) -> list[AuditEntry]:
    with world.ctx.db.transaction() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        s.expunge_all()
        return list(rows)


def test_export_needs_backup_run_and_a_long_passphrase(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        kits.export_kit(world.ctx, clerk, PASSPHRASE)
    with pytest.raises(KitPassphraseTooShort):
        kits.export_kit(world.ctx, world.owner, "too short")
    assert _actions(world, "recovery_kit.export") == []
    assert kits.kit_reminder_due(world.ctx)


def test_export_marks_the_kit_made_and_audits_without_secrets(world: ShopWorld) -> None:
    status = kits.kit_status(world.ctx)
    assert status.reminder_due and status.made_at is None and status.data_key == "none"
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    key = world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME)
    assert key is not None  # the kit made the shop's data key
    assert kit.owner_logins == ("owner",) and kit.made_by == "owner"
    assert kit.shop_name == "Test Shop" and kit.shop_id == world.ctx.shop_id
    assert kit.created_at == world.clock()
    status = kits.kit_status(world.ctx)
    assert not status.reminder_due and status.made_at == world.clock()
    assert status.made_by == "owner" and status.data_key == "ready"
    assert not kits.kit_reminder_due(world.ctx)
    (entry,) = _actions(world, "recovery_kit.export")
    assert entry.actor_login == "owner" and entry.target == world.ctx.shop_id
    assert key not in entry.details and PASSPHRASE not in entry.details
    opened = open_kit(kit.text, PASSPHRASE)
    assert opened["data_key"] == key
    assert opened["verifiers"] == {
        "owner": world.ctx.keys.get(world.ctx.shop_id, verifier_name("owner"))
    }
    assert kits.kit_text_file(kit).splitlines()[0] == "MERCHANT-KIT-1:"


def test_demo_shop_is_never_reminded(world: ShopWorld) -> None:
    with world.ctx.db.transaction() as s:
        s.execute(update(Shop).values(is_demo=True))
    assert not kits.kit_reminder_due(world.ctx)
    assert not kits.kit_prompt_due(world.ctx)


def test_kit_carries_owners_only_exporter_first_and_at_most_four(world: ShopWorld) -> None:
    owners = [world.add_user(f"owner{i}", OWNER) for i in range(5)]
    world.add_user("manny", MANAGER)
    kit = kits.export_kit(world.ctx, owners[3], PASSPHRASE)
    assert len(kit.owner_logins) == kits.MAX_OWNERS_IN_KIT
    assert kit.owner_logins[0] == "owner3" and "manny" not in kit.owner_logins
    assert set(open_kit(kit.text, PASSPHRASE)["verifiers"]) == set(kit.owner_logins)
    assert len(kit.text) <= crypto.MAX_KIT_CHARS


# --- the service: a new computer ---------------------------------------------------------


ALICE = MemberInput(
    name="Alice Wong",
    phone="+86 138-0013-8000",
    email="alice@example.com",
    birthday="1990-04-01",
    addresses=("12 Garden Road, Shanghai",),
    notes="prefers SMS",
    tags=("vip",),
)
WANG = MemberInput(name="王小明", phone="13912345678", addresses=("广东省深圳市南山区",))


def _copy_database(world: ShopWorld, tmp_path: Path) -> str:
    """The shop's database as a new computer sees it after a restore: a copy of the
    SQLite file, or (PostgreSQL) the same server schema through a new connection."""
    url = world.ctx.db.engine.url
    if url.get_backend_name() != "sqlite":
        return url.render_as_string(hide_password=False)
    target = tmp_path / "restored.sqlite3"
    with sqlite3.connect(str(url.database)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    dst.close()
    return f"sqlite:///{target.as_posix()}"


@pytest.fixture
def new_computer(world: ShopWorld, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second context on the shop's data with an empty keyring (a new computer)."""
    created: list[Database] = []

    def build() -> AppContext:
        db = Database(_copy_database(world, tmp_path))
        created.append(db)
        ctx = AppContext(db=db, keys=MemoryKeyStore(), clock=world.clock)
        shop.open_shop(ctx)
        return ctx

    yield build
    for db in created:
        db.dispose()


def test_restore_on_a_new_computer_with_the_kit(world: ShopWorld, new_computer) -> None:  # type: ignore[no-untyped-def]
    ids = [members.register_member(world.ctx, world.owner, m).id for m in (ALICE, WANG)]
    before = [members.get_member(world.ctx, world.owner, i, reveal=True) for i in ids]
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)

    ctx = new_computer()
    assert ctx.shop_id == world.ctx.shop_id
    assert kits.needs_kit(ctx) and not kits.anyone_can_sign_in(ctx)
    assert kits.kit_prompt_due(ctx)
    with pytest.raises(AuthenticationFailed, match="no password on this desk"):
        auth.authenticate(ctx, "owner", OWNER_PASSWORD)
    with pytest.raises(DataKeyMissing):
        members.get_member(ctx, world.owner, ids[0])

    with pytest.raises(WrongKitPassphrase):
        kits.import_kit_unsigned(ctx, kit.text, "not the passphrase")
    assert ctx.keys.get(ctx.shop_id, DATA_KEY_NAME) is None  # nothing changed
    assert ctx.keys.get(ctx.shop_id, verifier_name("owner")) is None

    result = kits.import_kit_unsigned(ctx, kits.kit_text_file(kit), PASSPHRASE)
    assert result.key_installed and result.restored_logins == ("owner",)
    assert result.kept_logins == () and result.refused_logins == ()
    assert result.shop_name == "Test Shop" and result.made_by == "owner"
    assert not kits.needs_kit(ctx) and not kits.kit_prompt_due(ctx)

    owner = auth.authenticate(ctx, "owner", OWNER_PASSWORD)
    after = [members.get_member(ctx, owner, i, reveal=True) for i in ids]
    assert after == before
    assert [r.id for r in members.search_members(ctx, owner, "13912345678")] == [ids[1]]
    assert [r.id for r in members.search_members(ctx, owner, "alice")] == [ids[0]]

    with ctx.db.transaction() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "recovery_kit.import")
        ).one()
        assert entry.actor_login == "owner" and entry.actor_id is None
        assert '"signed_in": false' in entry.details and '"restored": ["owner"]' in entry.details
    assert kit.text not in entry.details

    again = kits.import_kit_unsigned(ctx, kit.text, PASSPHRASE)
    assert not again.key_installed and again.kept_logins == ("owner",)
    assert again.restored_logins == ()


def test_kit_never_overwrites_a_password_or_revives_a_former_owner(
    world: ShopWorld,
    new_computer,  # type: ignore[no-untyped-def]
) -> None:
    olga = world.add_user("olga", OWNER)
    world.add_user("oscar", OWNER)
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    assert set(kit.owner_logins) == {"owner", "olga", "oscar"}
    staff.set_user_active(world.ctx, world.owner, olga.user_id, False)
    with world.ctx.db.transaction() as s:  # oscar moved to Manager after the kit was made
        manager = s.scalar(select(Role.id).where(Role.name == MANAGER))
        s.execute(update(User).where(User.login == "oscar").values(role_id=manager))

    ctx = new_computer()
    ctx.keys.set(ctx.shop_id, verifier_name("owner"), "set on this desk")
    result = kits.import_kit_unsigned(ctx, kit.text, PASSPHRASE)
    assert result.restored_logins == ()
    assert result.kept_logins == ("owner",)
    assert result.refused_logins == ("olga", "oscar")
    assert ctx.keys.get(ctx.shop_id, verifier_name("owner")) == "set on this desk"
    assert ctx.keys.get(ctx.shop_id, verifier_name("oscar")) is None
    assert result.key_installed


def test_signed_in_import_needs_backup_run(world: ShopWorld, new_computer) -> None:  # type: ignore[no-untyped-def]
    member_id = members.register_member(world.ctx, world.owner, ALICE).id
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    clerk = world.add_user("clara", SALES_CLERK)
    ctx = new_computer()
    with pytest.raises(NotPermitted):
        kits.import_kit(ctx, clerk, kit.text, PASSPHRASE)
    result = kits.import_kit(ctx, world.owner, kit.text, PASSPHRASE)
    assert result.key_installed and result.restored_logins == ("owner",)
    assert members.get_member(ctx, world.owner, member_id, reveal=True).name == "Alice Wong"
    with ctx.db.transaction() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "recovery_kit.import")
        ).one()
        assert entry.actor_id == world.owner.user_id and '"signed_in": true' in entry.details


def test_kit_of_another_shop_names_both_shops(world: ShopWorld, tmp_path: Path) -> None:
    other = make_shop(f"sqlite:///{(tmp_path / 'other.sqlite3').as_posix()}")
    try:
        with other.ctx.db.transaction() as s:
            s.execute(update(Shop).values(name="星光小店"))
        foreign = kits.export_kit(other.ctx, other.owner, PASSPHRASE)
    finally:
        other.ctx.db.dispose()
    with pytest.raises(kits.KitForAnotherShop) as caught:
        kits.import_kit_unsigned(world.ctx, foreign.text, PASSPHRASE)
    message = caught.value.message
    assert "星光小店" in message and other.ctx.shop_id in message
    assert "Test Shop" in message and world.ctx.shop_id in message
    assert _actions(world, "recovery_kit.import") == []


def test_kit_whose_key_does_not_match_the_records(world: ShopWorld, new_computer) -> None:  # type: ignore[no-untyped-def]
    members.register_member(world.ctx, world.owner, ALICE)
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    ctx = new_computer()
    with ctx.db.transaction() as s:
        s.execute(
            update(ShopSetting).where(ShopSetting.key == KEY_CHECK_SETTING).values(value="0" * 32)
        )
    with pytest.raises(kits.KitKeyMismatch):
        kits.import_kit_unsigned(ctx, kit.text, PASSPHRASE)
    assert ctx.keys.get(ctx.shop_id, DATA_KEY_NAME) is None
    assert ctx.keys.get(ctx.shop_id, verifier_name("owner")) is None


def test_a_shop_without_member_data_gets_the_kits_key(world: ShopWorld, new_computer) -> None:  # type: ignore[no-untyped-def]
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    ctx = new_computer()
    with ctx.db.transaction() as s:  # a backup taken before the key existed
        s.execute(ShopSetting.__table__.delete().where(ShopSetting.key == KEY_CHECK_SETTING))
    assert kits.kit_status(ctx).data_key == "none"
    kits.import_kit_unsigned(ctx, kit.text, PASSPHRASE)
    with ctx.db.transaction() as s:
        stored = s.get(ShopSetting, KEY_CHECK_SETTING)
        assert stored is not None
        assert stored.value == key_check(decode_key(open_kit(kit.text, PASSPHRASE)["data_key"]))
    owner = auth.authenticate(ctx, "owner", OWNER_PASSWORD)
    member = members.register_member(ctx, owner, ALICE)
    assert members.get_member(ctx, owner, member.id, reveal=True).name == "Alice Wong"


# --- the printed sheet ---------------------------------------------------------------------

needs_poppler_zbar = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg") and shutil.which("pdffonts")),
    reason="needs pdftoppm, pdffonts and zbarimg (poppler-utils, zbar-tools)",
)


@needs_poppler_zbar
@pytest.mark.parametrize("owners", [1, 4])
def test_pdf_qr_decodes_to_the_kit_and_fonts_are_embedded(
    tmp_path: Path, owners: int, db_url: str
) -> None:
    world = make_shop(db_url)
    try:
        with world.ctx.db.transaction() as s:
            s.execute(update(Shop).values(name="星光小店 · Starlight Corner Shop 深圳南山店"))
        actors = [world.owner] + [world.add_user(f"owner{i}", OWNER) for i in range(owners - 1)]
        kit = kits.export_kit(world.ctx, actors[-1], PASSPHRASE)
        pdf = tmp_path / "kit.pdf"
        pdf.write_bytes(kits.kit_pdf(kit))
    finally:
        world.ctx.db.dispose()
    assert len(kit.owner_logins) == owners
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 1
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(pages[0])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert decoded.rstrip("\n") == kit.text

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line for line in fonts.stdout.splitlines() if "WenQuanYi" in line]
    assert len(rows) == 2, fonts.stdout  # the text face and the monospace face
    for row in rows:
        assert row.split()[-5:-3] == ["yes", "yes"], row  # embedded, as a subset
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "星光小店" in text and kit.shop_id in text
    assert PASSPHRASE not in text
    # what a person types from the sheet: the groups after each grey line number
    numbered = [re.match(r"\s*(\d+)\s+([A-Z2-7 ]+)$", line) for line in text.splitlines()]
    body = [m for m in numbered if m is not None]
    assert [int(m.group(1)) for m in body] == list(range(1, len(body) + 1))
    typed = "MERCHANT-KIT-1:" + "".join(m.group(2) for m in body)
    assert open_kit(typed, PASSPHRASE)["shop_id"] == kit.shop_id
