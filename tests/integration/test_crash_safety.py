"""Kill the app's process in the middle of its work, many times, then reopen (SAFE-3).

A driver process (:mod:`tests.integration.crash_driver`) opens a real shop and places
orders, runs stock counts, imports files or moves orders through the review flow,
printing each action before it starts and after it commits.  The test kills it with
SIGKILL at a random moment (50–800 ms after its first commit), then checks the database
(:mod:`tests.integration.crash_checks`): SQLite's integrity check, every committed
action whole, nothing half-written, stock equal to its ledger, the audit chain intact.
Then the shop opens again as the app opens it and takes one more order.

``MERCHANT_CRASH_ROUNDS`` sets the rounds per kind (default 8); each round's seed is
``MERCHANT_CRASH_SEED`` (random when unset) plus the round's index, and a failure names
the seed and the command that replays it.  One round kills a client of the PostgreSQL
server while its transaction is open: the server rolls it back.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy import select

from merchant_app.barcodes import gs1_check_digit
from merchant_app.bootstrap import KEYRING_ENV, open_app
from merchant_app.config import Settings
from merchant_app.database import Database
from merchant_app.models import Product
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import member_points, members, orders, stock
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import load_actor
from tests.factories import make_shop
from tests.integration.crash_checks import (
    Journal,
    check_journal,
    check_shop,
    sqlite_file_problems,
)
from tests.integration.crash_driver import KINDS, ProductRef, ShopSpec, open_driver_shop
from tests.integration.crash_driver import Journal as DriverJournal
from tests.stock_factories import add_product, main_location, put_stock

REPO = Path(__file__).resolve().parents[2]
ROUNDS = max(1, int(os.environ.get("MERCHANT_CRASH_ROUNDS", "8")))
BASE_SEED = int(os.environ.get("MERCHANT_CRASH_SEED", "0")) or random.SystemRandom().randrange(
    1, 10**9
)
KILL_AFTER_S = (0.05, 0.8)  # after the driver's first commit
START_TIMEOUT_S = 90.0  # a loaded machine may take a while to start the driver


# ---------------------------------------------------------------------------- the shop


def _ean13(n: int) -> str:
    digits = f"200{n:09d}"
    return digits + str(gs1_check_digit(digits))


def build_shop(url: str, data_dir: Path, products: int = 30) -> ShopSpec:
    """A shop with stocked products (some with barcodes), members (two holding points)
    and its member data key, described for the driver."""
    world = make_shop(url)
    rng = random.Random(7)
    refs = []
    for i in range(products):
        sku, barcode = f"CRASH-{i:02d}", _ean13(i + 1) if i % 3 else ""
        pid = add_product(world, sku, cost_minor=rng.randint(50, 4000), barcode=barcode or None)
        put_stock(world, pid, main_location(world), 100_000)
        refs.append(ProductRef(pid, sku, barcode))
    member_ids = [
        members.register_member(
            world.ctx, world.owner, MemberInput(name=f"Member {i}", phone=f"1380013{i:04d}")
        ).id
        for i in range(4)
    ]
    for member_id in member_ids[:2]:
        assert member_points.adjust(world.ctx, world.owner, member_id, 10**7, "opening").applied
    spec = ShopSpec(
        url=url,
        data_dir=str(data_dir),
        shop_id=world.ctx.shop_id,
        desk_id=world.ctx.desk_id,
        owner_id=world.owner.user_id,
        main_location=main_location(world),
        data_key=world.ctx.keys.get(world.ctx.shop_id, DATA_KEY_NAME),
        products=tuple(refs),
        members=tuple(member_ids),
        points_members=tuple(member_ids[:2]),
    )
    assert spec.data_key is not None
    world.ctx.db.dispose()  # SQLite: checkpoints the write-ahead log into the file
    return spec


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ShopSpec:
    """The shop every SQLite round starts from (copied per round), made once."""
    folder = tmp_path_factory.mktemp("crash-template")
    path = folder / "shop.sqlite3"
    spec = build_shop(f"sqlite:///{path.as_posix()}", folder)
    assert not (folder / "shop.sqlite3-wal").exists(), "template not checkpointed"
    return spec


def _keys(spec: ShopSpec) -> MemoryKeyStore:
    keys = MemoryKeyStore()
    assert spec.data_key is not None
    keys.set(spec.shop_id, DATA_KEY_NAME, spec.data_key)
    return keys


# ---------------------------------------------------------------------------- the driver


class DriverProcess:
    """The driver as a child process; its stdout lines collected as they come."""

    def __init__(self, spec_path: Path, kind: str, seed: int, stderr: Path, env: dict[str, str]):
        self.stderr_path = stderr
        with stderr.open("w") as err:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.integration.crash_driver",
                    "--spec",
                    str(spec_path),
                    "--kind",
                    kind,
                    "--seed",
                    str(seed),
                    "--wait",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                encoding="utf-8",
                cwd=REPO,
                env=env,
            )
        self.lines: list[str] = []
        self._eof = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def go(self) -> None:
        """Let the driver start its work (it has opened the shop, or is opening it)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in iter(self.proc.stdout.readline, ""):
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._eof = True
            self._changed.notify_all()

    def wait_for(self, ready: Callable[[list[str]], bool], timeout: float) -> None:
        """Until ``ready(lines)``; fails when the driver ends or ``timeout`` passes."""
        end = time.monotonic() + timeout
        with self._changed:
            while not ready(self.lines):
                left = end - time.monotonic()
                if self._eof or left <= 0:
                    self.kill()
                    pytest.fail(f"the driver did not get going:\n{self.output()}")
                self._changed.wait(left)

    def kill(self) -> None:
        """SIGKILL, then read what it printed up to its death."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._reader.join(10)
        if self.proc.stdin is not None:
            self.proc.stdin.close()

    def output(self) -> str:
        """The tail of stdout and stderr, for failure messages."""
        err = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        return "".join(self.lines[-15:]) + "--- stderr ---\n" + err[-3000:]


def driver_env(data_dir: Path) -> dict[str, str]:
    """The driver's environment: the in-memory keyring, its own data folder."""
    env = dict(os.environ)
    env[KEYRING_ENV] = "memory"
    env["MERCHANT_APP_DATA_DIR"] = str(data_dir)
    return env


def _armed_and_committed(lines: list[str]) -> bool:
    armed = next((i for i, line in enumerate(lines) if line == "armed\n"), None)
    return armed is not None and any(line.startswith("committed ") for line in lines[armed:])


@dataclass(frozen=True)
class RoundResult:
    """What one kill round saw."""

    journal: Journal
    delay_s: float


@dataclass
class Round:
    """One kill round: a fresh copy of the shop and a driver started on it, waiting."""

    kind: str
    seed: int
    spec: ShopSpec
    driver: DriverProcess

    @classmethod
    def prepare(cls, template: ShopSpec, kind: str, seed: int, parent: Path) -> Round:
        """Copy the template shop, write the spec and start the driver (it opens the shop
        and then waits for :meth:`kill_at_random`)."""
        folder = parent / f"{kind}-{seed}"
        folder.mkdir()
        path = folder / "shop.sqlite3"
        shutil.copyfile(Path(template.data_dir) / "shop.sqlite3", path)
        spec = replace(template, url=f"sqlite:///{path.as_posix()}", data_dir=str(folder))
        spec.save(folder / "spec.json")
        env = driver_env(folder)
        driver = DriverProcess(folder / "spec.json", kind, seed, folder / "stderr.txt", env)
        return cls(kind, seed, spec, driver)

    @property
    def folder(self) -> Path:
        return Path(self.spec.data_dir)

    def kill_at_random(self, meanwhile: Callable[[], None] = lambda: None) -> RoundResult:
        """Let the driver work, kill it at a random moment after its first commit and
        return what it reported; ``meanwhile`` runs while the driver works."""
        self.driver.go()
        self.driver.wait_for(_armed_and_committed, START_TIMEOUT_S)
        delay = random.Random(self.seed).uniform(*KILL_AFTER_S)
        end = time.monotonic() + delay
        meanwhile()
        time.sleep(max(0.0, end - time.monotonic()))
        self.driver.kill()
        assert self.driver.proc.returncode == -signal.SIGKILL, (
            f"the driver ended by itself ({self.driver.proc.returncode}):\n" + self.driver.output()
        )
        return RoundResult(Journal.parse(self.driver.lines), delay)


# ---------------------------------------------------------------------------- checks


def _reopened_and_one_more_order(spec: ShopSpec) -> None:
    """The shop opens as the app opens it and takes an order for a product in stock."""
    settings = Settings(data_dir=Path(spec.data_dir), database_url=spec.url, desk_id=spec.desk_id)
    opened = open_app(settings, keys=_keys(spec))
    try:
        assert opened.shop is not None and opened.ctx.desk_id == spec.desk_id
        with opened.ctx.db.transaction() as s:
            owner = load_actor(s, spec.owner_id)
            listed = set(s.scalars(select(Product.id).where(Product.status == "listed")).all())
        totals = stock.totals(opened.ctx, owner, [p.id for p in spec.products])
        pid = max((p for p in totals if p in listed), key=lambda p: totals[p].sellable)
        info = orders.place_order(
            opened.ctx,
            owner,
            OrderDraft(lines=(LineInput(pid, 1),), member_id=spec.members[0]),
            [PaymentInput("card", 1)],
        )
        assert info.lines[0].product_id == pid and info.paid_minor == 1
        check_shop(opened.ctx, owner)
    finally:
        opened.ctx.db.dispose()


def check_database(spec: ShopSpec, kind: str, journal: Journal) -> None:
    """The shop's invariants and the driver's journal, on the database as it is."""
    ctx = AppContext(
        db=Database(spec.url), keys=_keys(spec), shop_id=spec.shop_id, desk_id=spec.desk_id
    )
    try:
        with ctx.db.transaction() as s:
            owner: Actor = load_actor(s, spec.owner_id)
        check_shop(ctx, owner)
        check_journal(kind, ctx, journal)
    finally:
        ctx.db.dispose()


def check_after_kill(spec: ShopSpec, kind: str, journal: Journal) -> None:
    """Everything SAFE-3 promises, on the database the killed driver left; then the
    shop opens again and takes an order."""
    check_database(spec, kind, journal)
    _reopened_and_one_more_order(spec)


# ---------------------------------------------------------------------------- SQLite


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_killed_at_random_points_loses_nothing_and_shows_nothing_half_done(
    kind: str, template: ShopSpec, tmp_path: Path
) -> None:
    mid_action = 0
    rounds = [Round.prepare(template, kind, BASE_SEED, tmp_path)]
    try:
        for index in range(ROUNDS):
            current = rounds[index]

            def start_next(index: int = index) -> None:  # its start-up overlaps this round
                if index + 1 < ROUNDS:
                    rounds.append(Round.prepare(template, kind, BASE_SEED + index + 1, tmp_path))

            result: RoundResult | None = None
            try:
                result = current.kill_at_random(start_next)
                assert result.journal.armed and result.journal.committed
                problems = sqlite_file_problems(current.folder / "shop.sqlite3")
                assert not problems, f"SQLite integrity: {problems}"
                check_after_kill(current.spec, kind, result.journal)
            except (AssertionError, pytest.fail.Exception) as exc:
                seen = (
                    f", killed {result.delay_s * 1000:.0f} ms after the first commit, "
                    f"in flight: {result.journal.in_flight}"
                    if result
                    else ""
                )
                raise AssertionError(
                    f"{kind} round {index} failed (seed {current.seed}{seen}"
                    + f"); replay with MERCHANT_CRASH_SEED={current.seed} MERCHANT_CRASH_ROUNDS=1 "
                    + f".venv/bin/pytest {Path(__file__).relative_to(REPO)} -k {kind}\n{exc}"
                ) from exc
            mid_action += result.journal.in_flight is not None
            shutil.rmtree(current.folder, ignore_errors=True)
    finally:
        for r in rounds:
            r.driver.kill()
    print(f"{kind}: {ROUNDS} rounds (seeds {BASE_SEED}…), {mid_action} killed mid-action")
    # most kills land inside an action; none at all would mean the rounds test little
    assert mid_action > 0 or ROUNDS < 4, f"no {kind} round was killed in the middle of work"


# ---------------------------------------------------------------------------- the checks

#: Damage a crash must never leave, by the kind of work that makes the rows involved:
#: each one must make the checks fail (so a passing kill round means something).
DAMAGE: dict[str, list[tuple[str, str]]] = {
    "orders": [
        ("a line lost", "DELETE FROM order_line WHERE id = (SELECT max(id) FROM order_line)"),
        ("a payment lost", "DELETE FROM payment WHERE id = (SELECT max(id) FROM payment)"),
        (
            "stock off its ledger",
            "UPDATE stock_level SET on_hand = on_hand - 1 "
            "WHERE rowid = (SELECT min(rowid) FROM stock_level WHERE on_hand > 0)",
        ),
        (
            "a reservation lost",
            "UPDATE stock_level SET reserved = reserved - 1 "
            "WHERE rowid = (SELECT min(rowid) FROM stock_level WHERE reserved > 0)",
        ),
        (
            "a points entry lost",
            "DELETE FROM points_entry WHERE id = (SELECT max(id) FROM points_entry)",
        ),
        (
            "an audit entry changed",
            "UPDATE audit_entry SET details = details || ' ' "
            "WHERE seq = (SELECT max(seq) FROM audit_entry)",
        ),
    ],
    "steps": [
        (
            "a ship move lost",
            "DELETE FROM stock_move WHERE id = "
            "(SELECT max(id) FROM stock_move WHERE reason = 'ship')",
        ),
        (
            "a state nobody reported",
            "UPDATE sales_order SET state = 'completed' WHERE id = "
            "(SELECT min(id) FROM sales_order WHERE state <> 'completed')",
        ),
        (
            "a scan nobody reported",
            "UPDATE order_line SET packed = packed + 1 WHERE id = "
            "(SELECT min(id) FROM order_line WHERE packed < quantity)",
        ),
    ],
    "counts": [
        (
            "a count half applied",
            "UPDATE stock_count_line SET adjusted = NULL WHERE rowid = "
            "(SELECT min(rowid) FROM stock_count_line WHERE adjusted <> 0)",
        ),
        (
            "a count move lost",
            "DELETE FROM stock_move WHERE id = "
            "(SELECT max(id) FROM stock_move WHERE doc_type = 'stock_count')",
        ),
        (
            "a counted figure nobody reported",
            "UPDATE stock_count_line SET counted = counted + 1 "
            "WHERE rowid = (SELECT max(rowid) FROM stock_count_line)",
        ),
    ],
    "imports": [
        (
            "half a product import",
            "DELETE FROM product WHERE id = (SELECT max(id) FROM product WHERE sku LIKE 'CR%')",
        ),
        (
            "half an order import",
            "DELETE FROM sales_order WHERE id = "
            "(SELECT max(id) FROM sales_order WHERE external_ref LIKE 'CR%')",
        ),
    ],
}
ACTIONS = {"orders": 60, "steps": 100, "counts": 90, "imports": 4}
DAMAGE_SEED = 11  # the work the damage is done to (any seed makes every row damaged)


def work_in_process(spec: ShopSpec, kind: str, seed: int, actions: int) -> Journal:
    """Run the driver's ``kind`` in this process for ``actions`` commits (no kill)."""
    lines: list[str] = []
    shop = open_driver_shop(spec)
    try:
        KINDS[kind](shop, random.Random(seed), DriverJournal(math.inf, lines.append, actions))
    finally:
        shop.ctx.db.dispose()
    return Journal.parse(lines)


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_the_checks_see_half_written_work(kind: str, template: ShopSpec, tmp_path: Path) -> None:
    sound = tmp_path / "sound"
    sound.mkdir()
    shutil.copyfile(Path(template.data_dir) / "shop.sqlite3", sound / "shop.sqlite3")
    spec = replace(template, url=f"sqlite:///{(sound / 'shop.sqlite3').as_posix()}")
    spec = replace(spec, data_dir=str(sound))
    journal = work_in_process(spec, kind, DAMAGE_SEED, ACTIONS[kind])
    assert journal.in_flight is None and len(journal.committed) >= ACTIONS[kind]
    check_database(spec, kind, journal)  # the undamaged shop passes
    for n, (damage, sql) in enumerate(DAMAGE[kind]):
        folder = tmp_path / f"damaged-{n}"
        folder.mkdir()
        path = folder / "shop.sqlite3"
        shutil.copyfile(sound / "shop.sqlite3", path)
        conn = sqlite3.connect(path)
        with conn:
            changed = conn.execute(sql).rowcount
        conn.close()
        assert changed == 1, f"{damage}: the work made no such row"
        damaged = replace(spec, url=f"sqlite:///{path.as_posix()}", data_dir=str(folder))
        with pytest.raises(AssertionError):
            check_database(damaged, kind, journal)
    if kind == "orders":  # the journal says more, or less, than the database holds
        orders_done = [c for c in journal.committed if c[0] == "ORDER"]
        ghost = ("ORDER", "no-such-id", "D01-999999", "1", "100", "0")
        for wrong in (
            replace(journal, committed=(*journal.committed, ghost)),
            replace(journal, committed=tuple(c for c in journal.committed if c != orders_done[-1])),
            replace(journal, committed=tuple(c for c in journal.committed[:-3])),
        ):
            with pytest.raises(AssertionError):
                check_database(spec, kind, wrong)


# ---------------------------------------------------------------------------- PostgreSQL


def _pg_sessions(app_name: str) -> list[bool]:
    """For each server session of ``app_name``: whether a transaction is open in it."""
    import psycopg

    from tests.conftest import PG_URL

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT xact_start IS NOT NULL FROM pg_stat_activity WHERE application_name = %s",
            (app_name,),
        ).fetchall()
    return [bool(open_) for (open_,) in rows]


@pytest.mark.postgres
def test_client_killed_mid_transaction_is_rolled_back_by_the_server(
    pg_schema_url: str, tmp_path: Path
) -> None:
    seed = BASE_SEED
    app_name = f"crash-driver-{seed}"
    spec = build_shop(pg_schema_url, tmp_path, products=12)
    driver_spec = replace(spec, url=f"{pg_schema_url}&application_name={app_name}")
    spec_path = tmp_path / "spec.json"
    driver_spec.save(spec_path)
    driver = DriverProcess(spec_path, "orders", seed, tmp_path / "stderr.txt", driver_env(tmp_path))
    try:
        driver.go()
        driver.wait_for(_armed_and_committed, START_TIMEOUT_S)
        time.sleep(random.Random(seed).uniform(*KILL_AFTER_S))
        # kill the moment the server shows the driver inside a transaction
        end = time.monotonic() + 30
        while not any(_pg_sessions(app_name)):
            assert time.monotonic() < end, "the driver never showed an open transaction"
        driver.kill()
        assert driver.proc.returncode == -signal.SIGKILL, driver.output()
        end = time.monotonic() + 30
        while _pg_sessions(app_name):  # the server notices the dead client
            assert time.monotonic() < end, "the server kept the killed client's session"
            time.sleep(0.05)
        journal = Journal.parse(driver.lines)
        assert journal.committed
        check_after_kill(spec, "orders", journal)
        print(f"postgres: {len(journal.committed)} orders, killed with {journal.in_flight} open")
    except (AssertionError, pytest.fail.Exception) as exc:
        raise AssertionError(f"PostgreSQL round failed (seed {seed}):\n{exc}") from exc
    finally:
        driver.kill()
