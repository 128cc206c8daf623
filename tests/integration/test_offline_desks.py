"""Three desk processes on one PostgreSQL server; one reaches it through a TCP proxy the
test drops (GROW-2 "done means").  Orders are entered on every desk while the proxy is
down; once it is back and the desk syncs, every order is on the server exactly once,
the stock and points ledgers balance and the conflict made on purpose (the last units
of a product sold online and offline) is listed.  Sending the same batch again changes
nothing; a desk killed (SIGKILL) in the middle of a sync and started again finishes it
without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import func, select

from merchant_app.database import Database
from merchant_app.models import (
    MemberPoints,
    OrderLine,
    PointsEntry,
    SalesOrder,
    StockLevel,
    StockMove,
    SyncConflict,
    SyncReceipt,
)
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import member_points, members
from merchant_app.services.context import AppContext
from merchant_app.services.members import MemberInput
from merchant_app.services.shop import open_shop
from merchant_app.services.sync_outbox import OFFLINE_NUMBER_BASE
from tests.factories import ShopWorld, make_shop
from tests.integration.tcp_proxy import TcpProxy
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]
STOCK = 1000


class Desk:
    """A desk process: commands in, one JSON answer per command out."""

    def __init__(self, name: str, spec: dict[str, Any], folder: Path) -> None:
        self.name = name
        self.spec_path = folder / f"{name}.json"
        self.spec_path.write_text(json.dumps(spec), encoding="utf-8")
        self.stderr = folder / f"{name}.stderr"
        self.lines: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._eof = False
        self.start()

    def start(self) -> None:
        """Start (or start again) the process; it opens the desk."""
        self.lines, self._eof = [], False
        with self.stderr.open("a") as err:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.integration.sync_driver",
                    "--spec",
                    str(self.spec_path),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                cwd=REPO,
            )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in iter(self.proc.stdout.readline, ""):
            with self._cond:
                self.lines.append(json.loads(line))
                self._cond.notify_all()
        with self._cond:
            self._eof = True
            self._cond.notify_all()

    def wait_for(
        self, ready: Callable[[dict[str, Any]], bool], timeout: float = 60
    ) -> dict[str, Any]:
        """The first line (not yet taken) for which ``ready`` holds; taken."""
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                for i, line in enumerate(self.lines):
                    if ready(line):
                        del self.lines[: i + 1]
                        return line
                left = end - time.monotonic()
                if self._eof or left <= 0:
                    err = self.stderr.read_text(encoding="utf-8", errors="replace")[-3000:]
                    pytest.fail(f"desk {self.name} stopped answering: {self.lines}\n{err}")
                self._cond.wait(left)

    def send(self, **cmd: Any) -> None:
        """Send a command (answers come with :meth:`answer`)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def answer(self, timeout: float = 60) -> dict[str, Any]:
        """The next answer (progress lines of a sync are skipped)."""
        return self.wait_for(lambda line: "batch" not in line, timeout)

    def ask(self, **cmd: Any) -> dict[str, Any]:
        """Send and wait for the answer."""
        self.send(**cmd)
        return self.answer()

    def kill(self) -> None:
        """SIGKILL."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def quit(self) -> None:
        """Stop, politely if it still listens."""
        if self.proc.poll() is None:
            try:
                self.send(op="quit")
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.kill()


def through(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    user = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=f"{user[0]}@{host}" if len(user) > 1 else host))


def new_desk(url: str) -> str:
    ctx = AppContext(db=Database(url), keys=None)  # type: ignore[arg-type]
    desk = open_shop(ctx, "")[1].id
    ctx.db.dispose()
    return desk


def server_figures(world: ShopWorld) -> dict[str, Any]:
    """What must not change when a batch is sent again."""
    with world.ctx.db.transaction() as s:
        counts = {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (SalesOrder, OrderLine, PointsEntry, SyncConflict, StockMove)
        }
        counts["levels"] = sorted(
            s.execute(select(StockLevel.product_id, StockLevel.reserved)).tuples()
        )
        counts["balances"] = sorted(
            s.execute(select(MemberPoints.member_id, MemberPoints.balance)).tuples()
        )
    return counts


def check_server(world: ShopWorld, numbers: list[str], products: dict[str, int]) -> None:
    """Every order once; stock and points ledgers balance."""
    with world.ctx.db.transaction() as s:
        on_server = list(s.scalars(select(SalesOrder.number)))
        assert sorted(on_server) == sorted(numbers), "orders missing or twice"
        held = dict(
            s.execute(
                select(OrderLine.product_id, func.sum(OrderLine.quantity))
                .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
                .where(SalesOrder.state != "cancelled")
                .group_by(OrderLine.product_id)
            )
            .tuples()
            .all()
        )
        levels = {
            r.product_id: (r.on_hand, r.reserved)
            for r in s.execute(
                select(StockLevel.product_id, StockLevel.on_hand, StockLevel.reserved)
            )
        }
        for pid, on_hand in products.items():
            assert levels[pid] == (on_hand, held.get(pid, 0)), pid
        for member_id in s.scalars(select(MemberPoints.member_id)):
            balance = member_points.balance_in(s, member_id)
            assert balance == member_points.ledger_sum(s, member_id) >= 0
            seqs = sorted(
                s.scalars(select(PointsEntry.seq).where(PointsEntry.member_id == member_id))
            )
            assert seqs == list(range(1, len(seqs) + 1))


@pytest.fixture
def shop(pg_schema_url: str, tmp_path: Path) -> Iterator[dict[str, Any]]:
    world = make_shop(pg_schema_url)
    common = add_product(world, "COMMON", cost_minor=500)  # sells at 1000
    last = add_product(world, "LAST", cost_minor=500)
    put_stock(world, common, main_location(world), STOCK)
    put_stock(world, last, main_location(world), 2)
    member = members.register_member(
        world.ctx, world.owner, MemberInput(name="Mei Points", phone="13900001111")
    ).id
    parts = urlsplit(pg_schema_url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
    base = {
        "shop_id": world.ctx.shop_id,
        "owner_id": world.owner.user_id,
        "data_key": world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME),
        "now": world.clock().isoformat(),
    }
    desks = []
    for name, url in (
        ("a", pg_schema_url),
        ("b", pg_schema_url),
        ("c", through(pg_schema_url, proxy.port)),
    ):
        spec = {
            **base,
            "url": url,
            "cache": str(tmp_path / f"{name}-cache.sqlite3"),
            "desk_id": new_desk(pg_schema_url),
        }
        desks.append(Desk(name, spec, tmp_path))
    for desk in desks:
        desk.wait_for(lambda line: "ready" in line)
    yield {
        "world": world,
        "proxy": proxy,
        "desks": desks,
        "common": common,
        "last": last,
        "member": member,
    }
    for desk in desks:
        desk.quit()
    proxy.close()
    world.ctx.db.dispose()


def test_orders_entered_while_one_desk_is_cut_off_reach_the_server_exactly_once(
    shop: dict[str, Any],
) -> None:
    world: ShopWorld = shop["world"]
    a, b, c = shop["desks"]
    common, last, member = shop["common"], shop["last"], shop["member"]
    products = {common: STOCK, last: 2}
    cash = [["cash", 1000]]
    shop["proxy"].drop()
    a.send(op="place", product=common, count=10, pays=cash)
    b.send(op="place", product=common, count=10, pays=cash)
    c.send(op="place", product=common, count=15, pays=cash)
    answers = [a.answer(), b.answer(), c.answer()]
    # the last two units: sold online by A and offline by C (the conflict on purpose)
    answers += [a.ask(op="place", product=last, qty=2), c.ask(op="place", product=last, qty=2)]
    answers += [  # points earned online and offline
        b.ask(op="place", product=common, member=member, pays=cash),
        c.ask(op="place", product=common, member=member, pays=cash),
    ]
    assert all(not ans["refused"] for ans in answers), answers
    numbers = [n for ans in answers for n in ans["numbers"]]
    offline = [
        n for ans in answers for n, off in zip(ans["numbers"], ans["offline"], strict=True) if off
    ]
    assert len(offline) == 17 and all(
        int(n.split("-")[1]) > OFFLINE_NUMBER_BASE for n in offline
    ), offline
    assert c.ask(op="status") == {"state": "offline", "queue": 17}

    shop["proxy"].restore()
    report = c.ask(op="sync", batch=10)
    assert (report["sent"], report["failed"], report["remaining"]) == (17, 0, 0), report
    assert report["conflicts"] == 1 and report["state"] == "online"
    check_server(world, numbers, products)
    with world.ctx.db.transaction() as s:
        found = s.execute(select(SyncConflict.reason, SyncConflict.params)).all()
    assert [r.reason for r in found] == ["stock_short"] and '"LAST"' in found[0].params
    with world.ctx.db.transaction() as s:
        earned = s.scalars(
            select(PointsEntry.points).where(
                PointsEntry.member_id == member, PointsEntry.kind == "earn"
            )
        ).all()
    assert len(earned) == 2  # online and offline, each once

    figures = server_figures(world)
    for _ in range(3):  # the same batch again, and again
        again = c.ask(op="replay")
        assert (again["sent"], again["already"], again["failed"]) == (0, 17, 0), again
        assert server_figures(world) == figures

    # a long queue, and the desk killed in the middle of sending it
    shop["proxy"].drop()
    more = c.ask(op="place", product=common, count=300, pays=cash)
    assert len(more["numbers"]) == 300 and all(more["offline"])
    numbers += more["numbers"]
    shop["proxy"].restore()
    c.send(op="sync", batch=20, pause=0.2)
    c.wait_for(lambda line: line.get("batch") == 3)
    c.kill()
    with world.ctx.db.transaction() as s:
        applied = s.scalar(select(func.count()).select_from(SyncReceipt))
    assert 17 + 60 <= applied < 17 + 300  # midway
    c.start()
    ready = c.wait_for(lambda line: "ready" in line)
    assert ready["ready"] == "offline" and 0 < ready["queue"] <= 300 - 60
    report = c.ask(op="sync", batch=50)
    assert report["remaining"] == 0 and report["failed"] == 0 and report["state"] == "online"
    assert report["sent"] + report["already"] == ready["queue"]  # the rest, nothing twice
    assert report["already"] == applied - (17 + 300 - ready["queue"])
    check_server(world, numbers, products)
    with world.ctx.db.transaction() as s:
        receipts = s.scalar(select(func.count()).select_from(SyncReceipt))
    assert receipts == 17 + 300
