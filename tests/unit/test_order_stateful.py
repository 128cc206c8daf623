"""Whatever orders go through, stock stays consistent with them (ORD-2, ORD-3, ORD-4).

A hypothesis state machine places, reviews (sometimes to another location), approves,
packs, ships (paying first, or cash on delivery), completes, holds, releases, cancels
and modifies orders (revisions at once, or through approval requests that may go
stale), and restocks shipped goods with ``stock.return_to_stock``, on a SQLite file
copied from a template shop built once: 3 products without backorders at 2 locations.

After every step, for every product and location (packing areas included): on hand is
the sum of its stock moves; reserved is exactly what the open orders hold there,
worked out from their lines and states alone (``pending_review``/``awaiting_warehouse``
at the order's location, ``warehouse_approved``/``packed`` at its packing area, an
order on hold where its held state puts it); nothing is negative; and per product the
shop holds what it started with, plus returns, minus what shipped.  Whether a step is
refused is predicted from the flow and the stock figures, and checked.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.errors import Conflict, InvalidInput, InvalidTransition
from merchant_app.models import Location, OrderLine, SalesOrder, StockLevel, StockMove
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import approvals, order_flow, order_payments, order_steps, orders, stock
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import OrderState
from merchant_app.services.order_revisions import modify_order
from merchant_app.services.order_steps import PaymentRequired
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput
from merchant_app.services.permissions import SALES_CLERK
from merchant_app.services.stock import InsufficientStock
from tests.factories import make_shop
from tests.stock_factories import add_location, add_product, main_location, put_stock

S = OrderState
INITIAL = 10  # units of each product at each location
PRODUCTS = 3
LOCATIONS = 2


@dataclass(frozen=True)
class Template:
    path: Path
    owner: Actor
    clerk: Actor
    shop_id: str
    desk_id: str
    products: tuple[str, ...]
    locations: tuple[str, ...]


_template: Template | None = None


def template() -> Template:
    """A migrated shop with the products, locations and a clerk, built once per run."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="order-props-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.sqlite3"
        world = make_shop(f"sqlite:///{path.as_posix()}")
        products = tuple(add_product(world, f"P{i}", cost_minor=100 * (i + 1)) for i in range(3))
        places = (main_location(world), add_location(world, "WH"))
        for pid in products:
            for loc in places:
                put_stock(world, pid, loc, INITIAL)
        clerk = world.add_user("clerk", SALES_CLERK)
        _template = Template(
            path, world.owner, clerk, world.ctx.shop_id, world.ctx.desk_id, products, places
        )
        world.ctx.db.dispose()  # checkpoints the WAL into the file
    return _template


def _note(text: str) -> None:
    """Count outcomes for ``--hypothesis-show-statistics`` (a no-op outside a run)."""
    if currently_in_test_context():
        event(text)


LINES = st.lists(st.tuples(st.integers(0, PRODUCTS - 1), st.integers(1, 4)), min_size=1, max_size=3)
PICK = st.integers(min_value=0, max_value=10_000)
STRICT = st.integers(0, 4).map(bool)  # mostly an order the step applies to


class OrderFlow(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        t = template()
        self.folder = Path(tempfile.mkdtemp(prefix="order-run-"))
        path = self.folder / "shop.sqlite3"
        shutil.copyfile(t.path, path)
        self.clock = ManualClock()
        self.ctx = AppContext(
            db=Database(f"sqlite:///{path.as_posix()}"),
            keys=MemoryKeyStore(),
            clock=self.clock,
            shop_id=t.shop_id,
            desk_id=t.desk_id,
        )
        self.owner, self.clerk = t.owner, t.clerk
        self.pids, self.locs = t.products, t.locations
        self.orders: list[str] = []
        self.requests: list[str] = []
        self.returned: dict[str, int] = defaultdict(int)

    def teardown(self) -> None:
        self.ctx.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ helpers

    def _order(self, pick: int, states: frozenset[str] | None = None) -> OrderInfo:
        """An order: among those in ``states`` when there are any (so the flow moves on),
        else any order (so refusals are tried too)."""
        self.clock.advance(seconds=1)
        ids = self.orders
        if states is not None:
            with self.ctx.db.transaction() as s:
                in_state = set(s.scalars(select(SalesOrder.id).where(SalesOrder.state.in_(states))))
            ids = [oid for oid in self.orders if oid in in_state] or self.orders
        return orders.get_order(self.ctx, self.owner, ids[pick % len(ids)])

    def _for(self, step: str, pick: int, strict: bool) -> OrderInfo:
        return self._order(pick, order_flow.STEPS[step].sources if strict else None)

    def _sellable(self, pid: str, loc: str) -> int:
        with self.ctx.db.transaction() as s:
            row = s.execute(
                select(StockLevel.on_hand - StockLevel.reserved).where(
                    StockLevel.product_id == pid, StockLevel.location_id == loc
                )
            ).first()
        return int(row[0]) if row else 0

    def _units(self, lines: list[tuple[int, int]]) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for p, q in lines:
            out[self.pids[p]] += q
        return out

    def _fits(self, wanted: dict[str, int], loc: str) -> bool:
        return all(q <= self._sellable(pid, loc) for pid, q in wanted.items() if q > 0)

    def _step(self, step: str, order: OrderInfo, call: object, *args: object) -> bool:
        """Run a flow step; it must be refused exactly when the flow forbids it."""
        allowed = order_flow.can(step, order.state)
        try:
            call(self.ctx, self.owner, order.id, *args)  # type: ignore[operator]
        except InvalidTransition as exc:
            assert not allowed or isinstance(exc, PaymentRequired), (step, order.state, exc)
            _note(f"{step}: refused")
            return False
        assert allowed, (step, order.state)
        _note(f"{step}: done")
        return True

    def _state(self, order_id: str) -> str:
        return orders.get_order(self.ctx, self.owner, order_id).state

    # ------------------------------------------------------------------ rules

    @initialize()
    def first_order(self) -> None:
        self.place([(0, 1), (1, 2)], 0, False)

    @rule(lines=LINES, loc=st.integers(0, LOCATIONS - 1), cod=st.booleans())
    def place(self, lines: list[tuple[int, int]], loc: int, cod: bool) -> None:
        fits = self._fits(self._units(lines), self.locs[loc])
        draft = OrderDraft(
            lines=tuple(LineInput(self.pids[p], q) for p, q in lines),
            location_id=self.locs[loc],
            payment_terms="cod" if cod else "prepaid",
        )
        try:
            order = orders.place_order(self.ctx, self.clerk, draft)
        except InsufficientStock:
            assert not fits, "refused an order the stock allows"
            _note("place: refused")
            return
        assert fits, "placed an order beyond sellable stock"
        _note("place: done")
        self.orders.append(order.id)

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT, elsewhere=st.booleans())
    def review(self, pick: int, strict: bool, elsewhere: bool) -> None:
        order = self._for("review", pick, strict)
        target = self.locs[1] if order.location_id == self.locs[0] else self.locs[0]
        if not elsewhere or order.state != S.PENDING_REVIEW:
            self._step("review", order, order_steps.review)
            return
        fits = self._fits(orders.quantities(order.lines), target)
        try:
            done = self._step("review", order, order_steps.review, target)
        except InsufficientStock:
            assert not fits
            return
        assert done and fits

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, steps=st.integers(1, 5), pay_first=st.booleans())
    def advance(self, pick: int, steps: int, pay_first: bool) -> None:
        """Take an order up to ``steps`` steps further along the flow (so that runs reach
        the later states often, not only when the right rules happen to follow)."""
        flow: list[str] = [
            S.PENDING_REVIEW,
            S.AWAITING_WAREHOUSE,
            S.WAREHOUSE_APPROVED,
            S.PACKED,
            S.SHIPPED,
        ]
        calls = {
            "review": order_steps.review,
            "approve": order_steps.approve,
            "pack": lambda c, a, o: order_steps.pack(c, a, o, unverified_reason="t"),
            "complete": order_steps.complete,
        }
        order = self._order(pick, frozenset(flow))
        for _ in range(steps):
            if order.state not in flow:
                return
            step = ["review", "approve", "pack", "ship", "complete"][flow.index(order.state)]
            if step == "ship":
                if not pay_first and order.balance_minor > 0 and order.payment_terms == "prepaid":
                    return
                self.ship_order(order, pay_first)
            else:
                assert self._step(step, order, calls[step])
            order = orders.get_order(self.ctx, self.owner, order.id)

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def approve(self, pick: int, strict: bool) -> None:
        order = self._for("approve", pick, strict)
        self._step("approve", order, order_steps.approve)

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def pack(self, pick: int, strict: bool) -> None:
        order = self._for("pack", pick, strict)
        self._step("pack", order, lambda c, a, o: order_steps.pack(c, a, o, unverified_reason="t"))

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT, pay_first=st.booleans())
    def ship(self, pick: int, strict: bool, pay_first: bool) -> None:
        self.ship_order(self._for("ship", pick, strict), pay_first)

    def ship_order(self, order: OrderInfo, pay_first: bool) -> None:
        owing = order.balance_minor > 0 and order.payment_terms == "prepaid"
        if pay_first and order.balance_minor > 0 and order.state != S.CANCELLED:
            pay = PaymentInput("card", order.balance_minor)
            order_payments.take_payment(self.ctx, self.owner, order.id, [pay])
            owing = False
        try:
            shipped = self._step("ship", order, order_steps.ship)
        except PaymentRequired:
            assert owing and order.state == S.PACKED
            return
        assert not (shipped and owing), "shipped an unpaid prepaid order"

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def complete(self, pick: int, strict: bool) -> None:
        self._step("complete", self._for("complete", pick, strict), order_steps.complete)

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def hold(self, pick: int, strict: bool) -> None:
        self._step("hold", self._for("hold", pick, strict), order_steps.hold, "problem")

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def release(self, pick: int, strict: bool) -> None:
        order = self._for("release", pick, strict)
        if self._step("release", order, order_steps.release_hold):
            assert self._state(order.id) == order.held_from

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT)
    def cancel(self, pick: int, strict: bool) -> None:
        order = self._for("cancel", pick, strict)
        if self._step("cancel", order, order_steps.cancel, "changed mind"):
            after = orders.get_order(self.ctx, self.owner, order.id)
            assert after.paid_minor == 0 and after.state == S.CANCELLED

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, strict=STRICT, lines=LINES, by_clerk=st.booleans())
    def modify(self, pick: int, strict: bool, lines: list[tuple[int, int]], by_clerk: bool) -> None:
        order = self._order(pick, order_flow.MODIFIABLE if strict else None)
        new = tuple(LineInput(self.pids[p], q) for p, q in lines)
        same = [(ln.product_id, ln.quantity) for ln in order.lines] == [
            (ln.product_id, ln.quantity) for ln in new
        ]
        was, now = orders.quantities(order.lines), self._units(lines)
        fits = self._fits({p: now.get(p, 0) - was.get(p, 0) for p in now}, order.location_id)
        actor = self.clerk if by_clerk else self.owner
        try:
            result = modify_order(self.ctx, actor, order.id, new, "customer asked")
        except InvalidTransition:
            assert order.state not in order_flow.MODIFIABLE
            _note("modify: refused (state)")
            return
        except InvalidInput:
            assert same
            return
        except InsufficientStock:
            assert not fits
            _note("modify: refused (stock)")
            return
        assert order.state in order_flow.MODIFIABLE and fits and not same
        needs_approval = order.state == S.AWAITING_WAREHOUSE and by_clerk
        assert result.applied != needs_approval
        _note(f"modify: {'applied' if result.applied else 'requested'}")
        if result.applied:
            assert result.order.revision == order.revision + 1
            assert [(ln.product_id, ln.quantity) for ln in result.order.lines] == [
                (ln.product_id, ln.quantity) for ln in new
            ]
        else:
            assert result.approval_id and result.order.revision == order.revision
            self.requests.append(result.approval_id)

    @precondition(lambda self: self.requests)
    @rule(pick=PICK, approve=st.booleans())
    def decide(self, pick: int, approve: bool) -> None:
        request = self.requests.pop(pick % len(self.requests))
        try:
            approvals.decide(self.ctx, self.owner, request, approve)
        except (Conflict, InsufficientStock) as exc:
            assert approve  # stale, or stock sold meanwhile: nothing was changed
            _note(f"decide: {type(exc).__name__}")
            return
        _note(f"decide: {'approved' if approve else 'refused'}")

    @precondition(lambda self: self.orders)
    @rule(pick=PICK, line=st.integers(0, 2), qty=st.integers(1, 6))
    def restock_return(self, pick: int, line: int, qty: int) -> None:
        order = self._order(pick, frozenset({S.SHIPPED, S.COMPLETED}))
        if order.state not in (S.SHIPPED, S.COMPLETED):
            return
        ln = order.lines[line % len(order.lines)]
        back = min(qty, ln.quantity)
        with self.ctx.db.transaction() as s:
            stock.return_to_stock(
                s, self.ctx, self.owner.user_id, ln.product_id, order.location_id, back, "order"
            )
        self.returned[ln.product_id] += back
        _note("return: done")

    # ------------------------------------------------------------------ invariants

    @invariant()
    def stock_agrees_with_moves_and_orders(self) -> None:
        with self.ctx.db.transaction() as s:
            levels = {
                (p, loc): (int(oh), int(r))
                for p, loc, oh, r in s.execute(
                    select(
                        StockLevel.product_id,
                        StockLevel.location_id,
                        StockLevel.on_hand,
                        StockLevel.reserved,
                    )
                )
            }
            sums = {
                (p, loc): int(q)
                for p, loc, q in s.execute(
                    select(
                        StockMove.product_id, StockMove.location_id, func.sum(StockMove.quantity)
                    ).group_by(StockMove.product_id, StockMove.location_id)
                )
            }
            by_code = dict(s.execute(select(Location.code, Location.id)).tuples().all())
            open_orders = s.execute(
                select(
                    SalesOrder.id, SalesOrder.state, SalesOrder.held_from, SalesOrder.location_id
                )
            ).all()
            codes = {v: k for k, v in by_code.items()}
            lines: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for oid, pid, qty in s.execute(
                select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity)
            ):
                lines[oid].append((pid, int(qty)))
        expected: dict[tuple[str, str], int] = defaultdict(int)
        shipped: dict[str, int] = defaultdict(int)
        for oid, state, held_from, loc in open_orders:
            if state == S.ON_HOLD:
                assert held_from in (
                    S.PENDING_REVIEW,
                    S.AWAITING_WAREHOUSE,
                    S.WAREHOUSE_APPROVED,
                    S.PACKED,
                ), held_from
                state = held_from
            else:
                assert held_from == "", (state, held_from)
            if state in (S.PENDING_REVIEW, S.AWAITING_WAREHOUSE):
                where = loc
            elif state in (S.WAREHOUSE_APPROVED, S.PACKED):
                where = by_code[codes[loc] + "-PACK"]
            else:
                if state in (S.SHIPPED, S.COMPLETED):
                    for pid, qty in lines[oid]:
                        shipped[pid] += qty
                continue
            for pid, qty in lines[oid]:
                expected[(pid, where)] += qty
        for key in set(levels) | set(sums) | set(expected):
            on_hand, reserved = levels.get(key, (0, 0))
            assert on_hand == sums.get(key, 0), "on hand is not the sum of the moves"
            assert reserved == expected.get(key, 0), "reserved is not what open orders hold"
            assert on_hand >= 0 and reserved >= 0 and on_hand - reserved >= 0, key
        for pid in self.pids:
            held = sum(oh for (p, _), (oh, _) in levels.items() if p == pid)
            assert held == INITIAL * LOCATIONS + self.returned[pid] - shipped[pid], pid


OrderFlow.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestOrderFlow = OrderFlow.TestCase
