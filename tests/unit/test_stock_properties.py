"""Whatever sequence of stock operations runs, the ledger's invariants hold (INV-2).

A hypothesis state machine drives the real services on a SQLite file (copied from a
template shop built once) and keeps a plain dict model beside them.  After every step:
for every product × location, on hand equals the sum of its moves, sellable equals on hand
− reserved, nothing is negative unless the product allows backorders, and the database
agrees with the model (including which operations were refused).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.models import StockLevel, StockMove
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import stock, stock_counts
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.stock import InsufficientStock, NotReserved
from tests.factories import make_shop
from tests.stock_factories import add_location, add_product, main_location

BACKORDER = (False, True)  # product 0 never goes negative, product 1 allows backorders


@dataclass(frozen=True)
class Template:
    path: Path
    owner: Actor
    shop_id: str
    desk_id: str
    products: tuple[str, ...]
    locations: tuple[str, ...]


_template: Template | None = None


def template() -> Template:
    """A migrated shop with two products and two locations, built once per run."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="stock-props-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.sqlite3"
        world = make_shop(f"sqlite:///{path.as_posix()}")
        products = tuple(
            add_product(world, f"P{i}", allow_backorder=b) for i, b in enumerate(BACKORDER)
        )
        locations = (main_location(world), add_location(world, "WH"))
        _template = Template(
            path,
            world.owner,
            world.ctx.shop_id,
            world.ctx.desk_id,
            products,
            locations,
        )
        world.ctx.db.dispose()  # checkpoints the WAL into the file
    return _template


PRODUCT = st.integers(0, 1)
LOCATION = st.integers(0, 1)
QTY = st.integers(1, 12)


class StockLedger(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        t = template()
        self.folder = Path(tempfile.mkdtemp(prefix="stock-run-"))
        path = self.folder / "shop.sqlite3"
        shutil.copyfile(t.path, path)
        self.ctx = AppContext(
            db=Database(f"sqlite:///{path.as_posix()}"),
            keys=MemoryKeyStore(),
            clock=ManualClock(),
            shop_id=t.shop_id,
            desk_id=t.desk_id,
        )
        self.owner = t.owner
        self.pids, self.locs = t.products, t.locations
        # (product index, location index) -> [on_hand, reserved]
        self.model = {(p, loc): [0, 0] for p in range(2) for loc in range(2)}

    def teardown(self) -> None:
        self.ctx.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _sellable(self, p: int, loc: int) -> int:
        on_hand, reserved = self.model[(p, loc)]
        return on_hand - reserved

    def _try(self, expect_ok: bool, fn: object, *args: object) -> None:
        try:
            fn(*args)  # type: ignore[operator]
        except (InsufficientStock, NotReserved):
            assert not expect_ok, "refused an allowed change"
            return
        assert expect_ok, "allowed a change the model refuses"

    @rule(p=PRODUCT, loc=LOCATION, q=QTY)
    def receive(self, p: int, loc: int, q: int) -> None:
        po = stock.create_purchase_order(
            self.ctx, self.owner, None, [(self.pids[p], q + 2)], location_id=self.locs[loc]
        )
        got = stock.receive(self.ctx, self.owner, po.id, [(po.lines[0].id, q)])
        assert got.status == "partly_received"
        self.model[(p, loc)][0] += q

    def _in_tx(self, primitive: object, *args: object) -> None:
        with self.ctx.db.transaction() as s:
            primitive(s, *args)  # type: ignore[operator]

    @rule(p=PRODUCT, loc=LOCATION, q=QTY)
    def reserve(self, p: int, loc: int, q: int) -> None:
        ok = BACKORDER[p] or self._sellable(p, loc) >= q
        self._try(ok, self._in_tx, stock.reserve, self.pids[p], self.locs[loc], q)
        if ok:
            self.model[(p, loc)][1] += q

    @rule(p=PRODUCT, loc=LOCATION, q=QTY)
    def release(self, p: int, loc: int, q: int) -> None:
        ok = self.model[(p, loc)][1] >= q
        self._try(ok, self._in_tx, stock.release, self.pids[p], self.locs[loc], q)
        if ok:
            self.model[(p, loc)][1] -= q

    def _ship(self, p: int, loc: int, q: int) -> None:
        on_hand, reserved = self.model[(p, loc)]
        ok = reserved >= q and (BACKORDER[p] or on_hand >= q)
        args = (self.ctx, self.owner.user_id, self.pids[p], self.locs[loc], q, "order", "o")
        self._try(ok, self._in_tx, stock.ship, *args)
        if ok:
            self.model[(p, loc)][0] -= q
            self.model[(p, loc)][1] -= q

    @rule(p=PRODUCT, loc=LOCATION, q=QTY)
    def ship(self, p: int, loc: int, q: int) -> None:
        self._ship(p, loc, q)

    @rule(p=PRODUCT, q=QTY, forward=st.booleans())
    def transfer(self, p: int, q: int, forward: bool) -> None:
        a, b = (0, 1) if forward else (1, 0)
        ok = BACKORDER[p] or self._sellable(p, a) >= q
        args = (self.ctx, self.owner, self.pids[p], self.locs[a], self.locs[b], q)
        self._try(ok, stock.transfer, *args)
        if ok:
            self.model[(p, a)][0] -= q
            self.model[(p, b)][0] += q

    @rule(p=PRODUCT, loc=LOCATION, q=st.integers(-15, 15).filter(bool))
    def adjust(self, p: int, loc: int, q: int) -> None:
        on_hand, reserved = self.model[(p, loc)]
        ok = q > 0 or BACKORDER[p] or on_hand + q >= reserved
        reason = "found" if q > 0 else "loss"
        self._try(ok, stock.adjust, self.ctx, self.owner, self.pids[p], self.locs[loc], q, reason)
        if ok:
            self.model[(p, loc)][0] += q

    @rule(
        loc=LOCATION,
        extra=st.tuples(st.integers(0, 10), st.integers(0, 10)),
        sell_during=st.booleans(),
    )
    def count_and_apply(self, loc: int, extra: tuple[int, int], sell_during: bool) -> None:
        count = stock_counts.start_count(self.ctx, self.owner, self.locs[loc])
        self.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
        if sell_during and self.model[(0, loc)][1] >= 1:
            self._ship(0, loc, 1)
        for p in range(2):
            counted = self.model[(p, loc)][1] + extra[p]  # never fewer than orders hold
            stock_counts.set_counted(self.ctx, self.owner, count.id, self.pids[p], counted)
        report = stock_counts.apply_count(self.ctx, self.owner, count.id)
        for line in report.lines:
            p = self.pids.index(line.product_id)
            assert line.difference == line.counted - self.model[(p, loc)][0]
            self.model[(p, loc)][0] = line.counted
        assert len(report.lines) == 2

    @invariant()
    def ledger_matches_moves_and_model(self) -> None:
        with self.ctx.db.transaction() as s:
            levels = {
                (pid, loc): (on_hand, reserved)
                for pid, loc, on_hand, reserved in s.execute(
                    select(
                        StockLevel.product_id,
                        StockLevel.location_id,
                        StockLevel.on_hand,
                        StockLevel.reserved,
                    )
                )
            }
            sums = dict(
                ((pid, loc), total)
                for pid, loc, total in s.execute(
                    select(
                        StockMove.product_id, StockMove.location_id, func.sum(StockMove.quantity)
                    ).group_by(StockMove.product_id, StockMove.location_id)
                )
            )
        for (p, loc), (m_on_hand, m_reserved) in self.model.items():
            key = (self.pids[p], self.locs[loc])
            on_hand, reserved = levels.get(key, (0, 0))
            assert on_hand == sums.get(key, 0), "ledger stock is not the sum of its moves"
            assert (on_hand, reserved) == (m_on_hand, m_reserved), (p, loc)
            assert reserved >= 0
            if not BACKORDER[p]:
                assert on_hand >= 0 and on_hand - reserved >= 0, (p, loc)
        totals = stock.totals(self.ctx, self.owner, self.pids)
        for p, pid in enumerate(self.pids):
            on_hand = sum(self.model[(p, loc)][0] for loc in range(2))
            reserved = sum(self.model[(p, loc)][1] for loc in range(2))
            assert totals[pid] == stock.StockTotals(on_hand, reserved, on_hand - reserved)
        levels_rows = stock.levels(self.ctx, self.owner, self.pids[0])
        assert all(r.sellable == r.on_hand - r.reserved for r in levels_rows)


StockLedger.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStockLedger = StockLedger.TestCase
