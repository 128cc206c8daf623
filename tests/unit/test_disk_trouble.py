"""A database that cannot be written, or a full disk (SAFE-5), on a real SQLite file.

Placing an order or saving a member then ends in a :class:`DatabaseUnavailable` whose
message says what is wrong (read-only, or full), and everything committed before is
still there whole once the trouble is gone: the database passes its integrity check,
every order has all its lines and payments, stock equals its ledger, and the next order
goes through.

How the trouble is made, most faithful first:

* read-only: a tmpfs remounted read-only (root with mount rights); the file's permissions
  (only when they stop this process, i.e. not as root); SQLite's own read-only open
  (``mode=ro``), which works everywhere;
* full: a tiny tmpfs filled up (root with mount rights); ``PRAGMA max_page_count`` set in
  the connect hook, which works everywhere.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from merchant_app.database import Database
from merchant_app.errors import DatabaseUnavailable
from merchant_app.models import OrderLine, Payment, SalesOrder, StockLevel, StockMove
from merchant_app.services import members, orders
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from tests.catalog_factories import product
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import main_location, put_stock

READ_ONLY = "The database is read-only, so nothing can be saved. Check the disk."
FULL = "The disk is full, so nothing was saved. Free some space and try again."


# ---------------------------------------------------------------------------- a shop


@dataclass
class Committed:
    """A shop on a SQLite file with orders and members already committed."""

    world: ShopWorld
    path: Path
    product_ids: list[str]
    orders: list[orders.OrderInfo]
    member_ids: list[str]

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path.as_posix()}"


def committed_shop(folder: Path, n_orders: int = 6) -> Committed:
    path = folder / "shop.sqlite3"
    world = make_shop(f"sqlite:///{path.as_posix()}")
    loc = main_location(world)
    ids = []
    for sku in ("TEA-1", "MUG-1"):
        p = product(world, sku, price_minor=1250)
        put_stock(world, p.id, loc, 10_000)
        ids.append(p.id)
    placed = []
    for n in range(n_orders):
        draft = OrderDraft(
            lines=(LineInput(ids[0], n + 1), LineInput(ids[1], 2, 999, 100)),
            customer_name=f"Customer {n}",
            note="请下午送 " * 20,
        )
        pays = (PaymentInput("card", 1000),) if n % 2 else ()
        placed.append(orders.place_order(world.ctx, world.owner, draft, pays))
    mei = members.register_member(
        world.ctx, world.owner, members.MemberInput(name="Mei", phone="13800138000")
    )
    return Committed(world, path, ids, placed, [mei.id])


def attempt_writes(ctx: Any, shop: Committed) -> list[DatabaseUnavailable]:
    """Place an order and register a member: both must be refused as the database
    being unavailable."""
    refusals = []
    owner = shop.world.owner
    draft = OrderDraft(lines=(LineInput(shop.product_ids[0], 1),), note="x" * 1500)
    with pytest.raises(DatabaseUnavailable) as order_err:
        for _ in range(500):  # a full disk may still take a few small orders
            orders.place_order(ctx, owner, draft)
    refusals.append(order_err.value)
    with pytest.raises(DatabaseUnavailable) as member_err:
        for n in range(500):
            phone = f"1390013{n:04d}"
            members.register_member(ctx, owner, members.MemberInput(name="Li", phone=phone))
    refusals.append(member_err.value)
    return refusals


def check_intact(shop: Committed, extra_orders: int = 0) -> None:
    """A fresh connection finds the file sound and every committed order whole; stock
    equals its ledger and the reservations equal the open orders; a new order goes
    through."""
    db = Database(shop.url)
    ctx = replace(shop.world.ctx, db=db)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        owner = shop.world.owner
        for before in shop.orders:
            assert orders.get_order(ctx, owner, before.id) == before
        with db.transaction() as s:
            placed = s.scalar(select(func.count()).select_from(SalesOrder))
            assert placed == len(shop.orders) + extra_orders
            # no line or payment without its order
            assert s.scalar(
                select(func.count()).select_from(OrderLine).where(
                    OrderLine.order_id.not_in(select(SalesOrder.id))
                )
            ) == 0  # fmt: skip
            assert s.scalar(
                select(func.count()).select_from(Payment).where(
                    Payment.order_id.not_in(select(SalesOrder.id))
                )
            ) == 0  # fmt: skip
            ledger = dict(
                s.execute(
                    select(StockMove.product_id, func.sum(StockMove.quantity)).group_by(
                        StockMove.product_id
                    )
                )
                .tuples()
                .all()
            )
            wanted = dict(
                s.execute(
                    select(OrderLine.product_id, func.sum(OrderLine.quantity)).group_by(
                        OrderLine.product_id
                    )
                )
                .tuples()
                .all()
            )
            for pid, on_hand, reserved in s.execute(
                select(StockLevel.product_id, StockLevel.on_hand, StockLevel.reserved)
            ):
                assert on_hand == ledger.get(pid, 0)
                assert reserved == wanted.get(pid, 0)
        for member_id in shop.member_ids:
            assert members.get_member(ctx, owner, member_id, reveal=True).name == "Mei"
        after = orders.place_order(
            ctx, owner, OrderDraft(lines=(LineInput(shop.product_ids[1], 1),))
        )
        assert orders.get_order(ctx, owner, after.id).total_minor == 1250
    finally:
        db.dispose()


# ---------------------------------------------------------------------------- troubles


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (skips the test when mounting is not
    allowed here); unmounted afterwards."""
    if not _can_mount():
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def test_sqlite_read_only_open_refuses_writes_and_keeps_everything(tmp_path: Path) -> None:
    shop = committed_shop(tmp_path)
    shop.world.ctx.db.dispose()
    read_only = Database(f"sqlite:///file:{shop.path.as_posix()}?mode=ro&uri=true")
    ctx = replace(shop.world.ctx, db=read_only)
    try:
        for refusal in attempt_writes(ctx, shop):
            assert refusal.message == READ_ONLY
        # reading still works on a read-only database
        assert orders.get_order(ctx, shop.world.owner, shop.orders[0].id) == shop.orders[0]
    finally:
        read_only.dispose()
    check_intact(shop)


def test_a_file_this_process_cannot_write_refuses_writes(tmp_path: Path) -> None:
    shop = committed_shop(tmp_path)
    shop.world.ctx.db.dispose()
    folder_mode = tmp_path.stat().st_mode
    os.chmod(shop.path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.chmod(tmp_path, stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(shop.path, os.W_OK):
            pytest.skip("permissions do not stop this process (root): see the tmpfs test")
        db = Database(shop.url)
        ctx = replace(shop.world.ctx, db=db)
        try:
            for refusal in attempt_writes(ctx, shop):
                assert refusal.message == READ_ONLY
        finally:
            db.dispose()
    finally:
        os.chmod(tmp_path, folder_mode)
        os.chmod(shop.path, stat.S_IRUSR | stat.S_IWUSR)
    check_intact(shop)


def test_a_read_only_disk_refuses_writes_and_keeps_everything(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "16m") as disk:
        shop = committed_shop(disk)
        shop.world.ctx.db.dispose()
        _remount(disk, "ro")
        try:
            db = Database(shop.url)  # the app's own URL: the disk itself refuses
            ctx = replace(shop.world.ctx, db=db)
            try:
                for refusal in attempt_writes(ctx, shop):
                    assert refusal.message == READ_ONLY
                # (reading fails as well: SQLite cannot make its shared-memory file there)
            finally:
                db.dispose()
        finally:
            _remount(disk, "rw")
        check_intact(shop)


def test_a_database_at_its_page_limit_refuses_writes_and_keeps_everything(
    tmp_path: Path,
) -> None:
    shop = committed_shop(tmp_path)
    with shop.world.ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    shop.world.ctx.db.dispose()
    full = Database(shop.url)

    @event.listens_for(full.engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    ctx = replace(shop.world.ctx, db=full)
    try:
        refusals = attempt_writes(ctx, shop)
        with full.transaction() as s:  # what did fit before the limit (none, or a few)
            fitted = s.scalar(select(func.count()).select_from(SalesOrder)) - len(shop.orders)
            fitted_ids = s.scalars(
                select(SalesOrder.id).where(SalesOrder.id.not_in([o.id for o in shop.orders]))
            ).all()
        for refusal in refusals:
            assert refusal.message == FULL
    finally:
        full.dispose()
    shop.orders += [orders.get_order(shop.world.ctx, shop.world.owner, i) for i in fitted_ids]
    assert len(fitted_ids) == fitted
    check_intact(shop)


def test_a_full_disk_refuses_writes_and_keeps_everything(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "8m") as disk:
        shop = committed_shop(disk, n_orders=3)
        ballast = disk / "ballast"
        fd = os.open(ballast, os.O_WRONLY | os.O_CREAT)
        try:  # fill the disk up to the last block
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        refusals = attempt_writes(shop.world.ctx, shop)
        for refusal in refusals:
            assert refusal.message == FULL
        with shop.world.ctx.db.transaction() as s:
            ids = s.scalars(select(SalesOrder.id)).all()
        known = {o.id for o in shop.orders}
        shop.orders += [
            orders.get_order(shop.world.ctx, shop.world.owner, i) for i in ids if i not in known
        ]
        shop.world.ctx.db.dispose()
        ballast.unlink()  # space again
        check_intact(shop)
