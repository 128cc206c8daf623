"""Issue 7's round trip: back up a shop with orders, moves, members and points, lose the
computer (database deleted, keyring gone), restore the backup on a new computer with an
empty keyring plus the recovery kit, and find every order, move, member and point
balance exactly as it was.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from merchant_app.bootstrap import open_app
from merchant_app.config import DATABASE_FILE, Settings
from merchant_app.errors import KnownError
from merchant_app.models import Member, User
from merchant_app.security.keystore import MemoryKeyStore, verifier_name
from merchant_app.security.member_crypto import DataKeyMissing
from merchant_app.security.passwords import hash_password
from merchant_app.services import audit, auth, backups, members, recovery_kit
from merchant_app.services.backup_restore import restore_backup
from tests.factories import OWNER_PASSWORD
from tests.integration.crash_driver import KINDS, Journal, open_driver_shop
from tests.integration.test_crash_safety import build_shop

PASSPHRASE = "lantern harbour copper 42"
TABLES = (
    "sales_order",
    "order_line",
    "order_event",
    "payment",
    "waybill",
    "stock_level",
    "stock_move",
    "member",
    "member_points",
    "points_entry",
    "audit_entry",
)


def snapshot(ctx) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """Every row of the tables that must survive, in a stable order."""
    out: dict[str, list[tuple]] = {}
    with ctx.db.engine.connect() as conn:
        for table in TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            out[table] = [tuple(r) for r in rows]
    return out


def test_backup_then_restore_on_a_new_computer_with_the_recovery_kit(tmp_path: Path) -> None:
    old_dir, new_dir, folder = tmp_path / "old", tmp_path / "new", tmp_path / "usb-stick"
    old_url = f"sqlite:///{(old_dir / DATABASE_FILE).as_posix()}"
    spec = build_shop(old_url, old_dir)
    shop = open_driver_shop(spec)
    # the Owner has signed in on this desk before: their verifier is in its keyring
    shop.ctx.keys.set(spec.shop_id, verifier_name("owner"), hash_password(OWNER_PASSWORD))
    rng = random.Random(2026)
    deadline = time.monotonic() + 120
    for kind, actions in (("orders", 25), ("steps", 12)):
        KINDS[kind](shop, rng, Journal(deadline, write=lambda _line: None, max_actions=actions))
    ctx, owner = shop.ctx, shop.owner
    with ctx.db.transaction() as s:
        member_ids = list(s.scalars(select(Member.id)))
        orders_placed = s.scalar(text("SELECT count(*) FROM sales_order"))
    assert orders_placed >= 25 and member_ids
    records_before = {m: members.get_member(ctx, owner, m) for m in member_ids}

    before = snapshot(ctx)
    backup = backups.create_backup(ctx, owner, folder)
    kit = recovery_kit.export_kit(ctx, owner, PASSPHRASE)
    ctx.db.dispose()
    for suffix in ("", "-wal", "-shm"):  # the old computer is gone
        Path(f"{old_dir / DATABASE_FILE}{suffix}").unlink(missing_ok=True)

    # the new computer: an empty keyring, the backup folder and the printed kit
    new_keys = MemoryKeyStore()
    settings = Settings(data_dir=new_dir)
    result = restore_backup(backup.path, settings, keys=new_keys)
    assert result.shop_id == spec.shop_id and result.set_aside is None
    opened = open_app(settings, new_keys)
    assert opened.shop is not None and opened.shop.id == spec.shop_id
    new_ctx = opened.ctx
    assert recovery_kit.kit_prompt_due(new_ctx)  # nobody can sign in, no data key
    try:
        auth.authenticate(new_ctx, "owner", OWNER_PASSWORD)
    except Exception as exc:  # the refusal is the point
        assert "password" in str(exc).lower() or "sign" in str(exc).lower()
    else:
        raise AssertionError("the Owner signed in before the kit was imported")

    recovery_kit.import_kit_unsigned(new_ctx, kit.text, PASSPHRASE)
    assert not recovery_kit.kit_prompt_due(new_ctx)
    new_owner = auth.authenticate(new_ctx, "owner", OWNER_PASSWORD)
    records_after = {m: members.get_member(new_ctx, new_owner, m) for m in member_ids}
    assert records_after == records_before

    after = snapshot(new_ctx)
    for table in TABLES:
        if table == "audit_entry":  # the restore, the kit import and the sign-in add to it
            assert after[table][: len(before[table])] == before[table]
            assert len(after[table]) > len(before[table])
        else:
            assert after[table] == before[table], table
    assert audit.verify_chain(new_ctx).ok
    with new_ctx.db.transaction() as s:
        assert s.scalar(select(User.login).where(User.id == owner.user_id)) == "owner"
    new_ctx.db.dispose()


def test_without_the_kit_member_records_stay_sealed(tmp_path: Path) -> None:
    old_dir, new_dir, folder = tmp_path / "old", tmp_path / "new", tmp_path / "backups"
    spec = build_shop(f"sqlite:///{(old_dir / DATABASE_FILE).as_posix()}", old_dir, products=3)
    shop = open_driver_shop(spec)
    backup = backups.create_backup(shop.ctx, shop.owner, folder)
    shop.ctx.db.dispose()
    new_keys = MemoryKeyStore()
    settings = Settings(data_dir=new_dir)
    restore_backup(backup.path, settings, keys=new_keys)
    opened = open_app(settings, new_keys)
    assert recovery_kit.needs_kit(opened.ctx)
    with pytest.raises(KnownError):
        recovery_kit.import_kit_unsigned(opened.ctx, "MERCHANT-KIT-1:AAAA", PASSPHRASE)
    assert recovery_kit.needs_kit(opened.ctx)
    from merchant_app.services.member_keys import cipher_in

    with opened.ctx.db.transaction() as s:
        try:
            cipher_in(s, opened.ctx, create=False)
        except DataKeyMissing:
            pass
        else:
            raise AssertionError("member data readable without the kit")
    opened.ctx.db.dispose()
