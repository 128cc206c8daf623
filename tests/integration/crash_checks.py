"""What must hold after the app's process was killed (SAFE-3), checked on the database.

* :func:`sqlite_file_problems`: SQLite's own ``integrity_check`` and ``foreign_key_check``.
* :func:`check_shop`: whatever the work was, nothing half-written is visible: every order
  whole (lines, payments, totals that add up, its ``placed`` event, the stock moves its
  state implies), no line, payment or event without its order, stock equal to its ledger
  and reservations equal to what open orders hold (the existing check of
  ``tests/unit/test_demo_orders.py``), points balances equal to their ledger, every
  stock count either open and untouched or applied with exactly its difference moves,
  and an audit chain that verifies.
* :func:`check_journal`: what the killed driver reported as committed is there, and at
  most its last announced action (the one in flight) is there on top, whole or not at all.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from merchant_app.clock import ManualClock
from merchant_app.models import (
    AuditEntry,
    Location,
    Member,
    MemberPoints,
    OrderEvent,
    OrderLine,
    Payment,
    PointsEntry,
    Product,
    SalesOrder,
    StockCount,
    StockCountLine,
    StockMove,
    Waybill,
)
from merchant_app.services import audit, member_points
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import PACKING_SUFFIX
from merchant_app.services.order_flow import OrderState as S
from merchant_app.services.orders import payment_status
from tests.factories import ShopWorld
from tests.unit.test_demo_orders import _check_stock as check_stock_against_ledger

PICKED_STATES = {S.WAREHOUSE_APPROVED, S.PACKED}
SHIPPED_STATES = {S.SHIPPED, S.COMPLETED}


# ---------------------------------------------------------------------------- journal


@dataclass(frozen=True)
class Journal:
    """What the driver printed before it died: the actions reported committed (in
    order, as ``(KIND, field, …)``), the one announced but not reported (``in_flight``,
    it may or may not have committed), and how many were refused."""

    committed: tuple[tuple[str, ...], ...]
    in_flight: tuple[str, ...] | None
    refused: int
    armed: bool

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Journal:
        """Read the driver's complete lines (a line cut by the kill is not a report)."""
        committed: list[tuple[str, ...]] = []
        pending: tuple[str, ...] | None = None
        refused, armed = 0, False
        for line in lines:
            if not line.endswith("\n"):
                continue
            word, *rest = line.split()
            if word == "armed":
                armed = True
            elif word == "begin":
                assert pending is None, f"two actions in flight: {pending} and {rest}"
                pending = tuple(rest)
            elif word == "committed":
                assert pending is not None and pending[0] == rest[0], (pending, rest)
                committed.append(tuple(rest))
                pending = None
            elif word == "refused":
                assert pending is not None and pending[0] == rest[0], (pending, rest)
                refused += 1
                pending = None
        return cls(tuple(committed), pending, refused, armed)

    def of(self, kind: str) -> list[tuple[str, ...]]:
        """The fields of every committed action of ``kind``."""
        return [c[1:] for c in self.committed if c[0] == kind]

    def flying(self, kind: str) -> tuple[str, ...] | None:
        """The fields of the action in flight when it is of ``kind``."""
        if self.in_flight is not None and self.in_flight[0] == kind:
            return self.in_flight[1:]
        return None


# ---------------------------------------------------------------------------- the file


def sqlite_file_problems(path: Path) -> list[str]:
    """SQLite's verdict on the file (opening it recovers the write-ahead log the dead
    process left): ``[]`` when ``integrity_check`` says ok and no foreign key dangles."""
    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"dangling foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    return problems


# ---------------------------------------------------------------------------- the shop


def check_shop(ctx: AppContext, owner: Actor) -> None:
    """Every invariant that holds whatever the work was (see the module docstring)."""
    _check_orders_whole(ctx)
    _check_order_stock(ctx)
    check_stock_against_ledger(ShopWorld(ctx, ManualClock(), owner))
    _check_points(ctx)
    _check_counts(ctx)
    report = audit.verify_chain(ctx)
    assert report.ok, f"audit chain broken at entry {report.bad_seq}: {report.problem}"


def _check_orders_whole(ctx: AppContext) -> None:
    with ctx.db.transaction() as s:
        orders = s.execute(
            select(
                SalesOrder.id,
                SalesOrder.number,
                SalesOrder.state,
                SalesOrder.subtotal_minor,
                SalesOrder.discount_minor,
                SalesOrder.shipping_fee_minor,
                SalesOrder.extra_fees_minor,
                SalesOrder.total_minor,
                SalesOrder.paid_minor,
                SalesOrder.payment_status,
            )
        ).all()
        ids = {o.id for o in orders}
        lines = {
            oid: (int(n), int(total))
            for oid, n, total in s.execute(
                select(OrderLine.order_id, func.count(), func.sum(OrderLine.total_minor)).group_by(
                    OrderLine.order_id
                )
            )
        }
        bad_lines = s.execute(
            select(OrderLine.order_id, OrderLine.line_no).where(
                OrderLine.total_minor
                != OrderLine.quantity * OrderLine.unit_price_minor - OrderLine.discount_minor
            )
        ).all()
        pays: dict[str, tuple[int, int, int]] = {}
        for oid, amount in s.execute(select(Payment.order_id, Payment.amount_minor)):
            paid, count, refunded = pays.get(oid, (0, 0, 0))
            pays[oid] = (paid + amount, count + 1, refunded + max(0, -amount))
        placed = set(
            s.scalars(select(OrderEvent.order_id).where(OrderEvent.kind == "placed")).all()
        )
        event_orders = set(s.scalars(select(OrderEvent.order_id).distinct()).all())
        waybill_orders = set(s.scalars(select(Waybill.order_id).distinct()).all())
    assert not bad_lines, f"lines whose total is not quantity × price − discount: {bad_lines}"
    for name, owners in (
        ("lines", set(lines)),
        ("payments", set(pays)),
        ("history events", event_orders),
        ("waybills", waybill_orders),
    ):
        assert owners <= ids, f"{name} of orders that do not exist: {sorted(owners - ids)[:5]}"
    for o in orders:
        n, goods = lines.get(o.id, (0, 0))
        assert n > 0, f"order {o.number} has no lines"
        assert o.subtotal_minor == goods, f"order {o.number}: subtotal ≠ its lines"
        assert o.total_minor == (
            o.subtotal_minor - o.discount_minor + o.shipping_fee_minor + o.extra_fees_minor
        ), f"order {o.number}: total does not add up"
        paid, count, refunded = pays.get(o.id, (0, 0, 0))
        assert o.paid_minor == paid, f"order {o.number}: paid {o.paid_minor} ≠ payments {paid}"
        expected = payment_status(o.state, o.total_minor, paid, count > 0, refunded)
        assert o.payment_status == expected, (o.number, o.payment_status, expected)
        assert o.id in placed, f"order {o.number} has no 'placed' event"


def _check_order_stock(ctx: AppContext) -> None:
    """The moves of each order are those its state implies: picked goods left the shelf
    for the packing area, shipped goods left the packing area, cancelled picked goods
    came back; never half of a step."""
    with ctx.db.transaction() as s:
        orders = s.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.state, SalesOrder.held_from)
        ).all()
        qty: dict[str, Counter[str]] = defaultdict(Counter)
        for oid, pid, q in s.execute(
            select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity)
        ):
            qty[oid][pid] += q
        pack_areas = set(
            s.scalars(select(Location.id).where(Location.code.endswith(PACKING_SUFFIX))).all()
        )
        moved: dict[str, Counter[tuple[str, str, bool]]] = defaultdict(Counter)
        for oid, pid, loc, reason, q in s.execute(
            select(
                StockMove.doc_id,
                StockMove.product_id,
                StockMove.location_id,
                StockMove.reason,
                StockMove.quantity,
            ).where(StockMove.doc_type == "order")
        ):
            moved[oid][(reason, pid, loc in pack_areas)] += q
    for oid, number, state, held_from in orders:
        if state == S.ON_HOLD:
            state = held_from
        picked = state in PICKED_STATES | SHIPPED_STATES or (
            state == S.CANCELLED and bool(moved.get(oid))
        )
        want: Counter[tuple[str, str, bool]] = Counter()
        for pid, q in qty[oid].items():
            if picked:
                want[("pick", pid, False)] -= q
                want[("pick", pid, True)] += q
            if state in SHIPPED_STATES:
                want[("ship", pid, True)] -= q
            if picked and state == S.CANCELLED:
                want[("return", pid, True)] -= q
                want[("return", pid, False)] += q
        got = {k: v for k, v in moved.get(oid, Counter()).items() if v}
        assert got == {k: v for k, v in want.items() if v}, f"order {number} ({state}): {got}"


def _check_points(ctx: AppContext) -> None:
    with ctx.db.transaction() as s:
        for member_id, balance, last_seq in s.execute(
            select(Member.id, MemberPoints.balance, MemberPoints.last_seq).join(
                MemberPoints, MemberPoints.member_id == Member.id
            )
        ):
            assert balance == member_points.ledger_sum(s, member_id), member_id
            entries = s.scalar(select(func.count()).where(PointsEntry.member_id == member_id))
            assert last_seq == entries, f"member {member_id}: seq {last_seq}, {entries} entries"


def _check_counts(ctx: AppContext) -> None:
    """Open counts have written nothing; applied ones exactly their difference moves."""
    with ctx.db.transaction() as s:
        counts = s.execute(select(StockCount.id, StockCount.number, StockCount.status)).all()
        adjusted: dict[str, dict[str, int | None]] = defaultdict(dict)
        for cid, pid, adj in s.execute(
            select(StockCountLine.count_id, StockCountLine.product_id, StockCountLine.adjusted)
        ):
            adjusted[cid][pid] = adj
        moves: dict[str, Counter[str]] = defaultdict(Counter)
        for cid, pid, q in s.execute(
            select(StockMove.doc_id, StockMove.product_id, StockMove.quantity).where(
                StockMove.doc_type == "stock_count"
            )
        ):
            moves[cid][pid] += q
    known = {c.id for c in counts}
    assert set(moves) <= known, "count moves of a count that does not exist"
    for cid, number, status in counts:
        lines = adjusted.get(cid, {})
        if status == "open":
            assert not moves.get(cid), f"open count {number} has moves"
            assert all(a is None for a in lines.values()), f"open count {number} adjusted"
            continue
        assert status == "applied", (number, status)
        assert all(a is not None for a in lines.values()), f"count {number} half applied"
        want = Counter({pid: a for pid, a in lines.items() if a})
        assert moves.get(cid, Counter()) == want, f"count {number}: moves ≠ differences"


# ---------------------------------------------------------------------------- journal


def check_journal(kind: str, ctx: AppContext, journal: Journal) -> None:
    """What the driver of ``kind`` reported committed is there, and nothing else but
    possibly its action in flight."""
    check = JOURNAL_CHECKS.get(kind)
    assert check is not None, f"no journal check for the driver's kind {kind!r}: add one"
    check(ctx, journal)


def _reported_orders(ctx: AppContext, journal: Journal, *, paid_since: bool) -> set[str]:
    """Every reported order exists as reported (what was paid may have changed since
    when ``paid_since``: a cancel refunds); returns the ids of orders in the database
    that were not reported."""
    with ctx.db.transaction() as s:
        found = {
            r.id: r
            for r in s.execute(
                select(
                    SalesOrder.id,
                    SalesOrder.number,
                    SalesOrder.total_minor,
                    SalesOrder.paid_minor,
                    func.count(OrderLine.id).label("lines"),
                )
                .join(OrderLine, OrderLine.order_id == SalesOrder.id)
                .group_by(SalesOrder.id)
            )
        }
    for oid, number, lines, total, paid in journal.of("ORDER"):
        row = found.get(oid)
        assert row is not None, f"committed order {number} is missing"
        assert (row.number, row.lines, row.total_minor) == (number, int(lines), int(total))
        assert paid_since or row.paid_minor == int(paid), f"order {number}: paid changed"
    return set(found) - {c[0] for c in journal.of("ORDER")}


def _journal_orders(ctx: AppContext, journal: Journal, *, paid_since: bool = False) -> None:
    extra = _reported_orders(ctx, journal, paid_since=paid_since)
    allowed = 1 if journal.flying("ORDER") is not None else 0
    assert len(extra) <= allowed, f"{len(extra)} orders nobody reported placing"


def _journal_steps(ctx: AppContext, journal: Journal) -> None:
    _journal_orders(ctx, journal, paid_since=True)
    last: dict[str, str] = {c[0]: S.PENDING_REVIEW for c in journal.of("ORDER")}
    for oid, state in journal.of("STEP"):
        last[oid] = state
    scans = Counter(line_id for _, line_id in journal.of("SCAN"))
    flying_step, flying_scan = journal.flying("STEP"), journal.flying("SCAN")
    with ctx.db.transaction() as s:
        states = dict(s.execute(select(SalesOrder.id, SalesOrder.state)).tuples().all())
        packed = {
            line_id: (oid, pid, int(n))
            for line_id, oid, pid, n in s.execute(
                select(OrderLine.id, OrderLine.order_id, OrderLine.product_id, OrderLine.packed)
            )
        }
    for oid, state in last.items():
        allowed = {state}
        if flying_step is not None and flying_step[0] == oid:
            allowed.add(flying_step[1])
        assert states.get(oid) in allowed, f"order {oid}: {states.get(oid)}, not {allowed}"
    extra_scans = 0
    for line_id, (oid, pid, n) in packed.items():
        if n == scans[line_id]:
            continue
        assert flying_scan == (oid, pid) and n == scans[line_id] + 1, (
            f"line {line_id}: {n} packed, {scans[line_id]} scans reported"
        )
        extra_scans += 1
    assert extra_scans <= 1


def _journal_counts(ctx: AppContext, journal: Journal) -> None:
    started = [c[0] for c in journal.of("COUNT_START")]
    applied = {c[0] for c in journal.of("COUNT_APPLY")}
    counted: dict[tuple[str, str], int] = {}  # the last reported figure of each line
    for kind, *fields in journal.committed:
        if kind in ("COUNT_SET", "COUNT_SCAN"):
            counted[(fields[0], fields[1])] = int(fields[2])
    with ctx.db.transaction() as s:
        status = dict(s.execute(select(StockCount.id, StockCount.status)).tuples().all())
        lines = {
            (cid, pid): int(n)
            for cid, pid, n in s.execute(
                select(StockCountLine.count_id, StockCountLine.product_id, StockCountLine.counted)
            )
        }
    extra = set(status) - set(started)
    assert len(extra) <= (1 if journal.flying("COUNT_START") is not None else 0), extra
    flying_apply = journal.flying("COUNT_APPLY")
    for cid in started:
        want = {"applied"} if cid in applied else {"open"}
        if flying_apply == (cid,):
            want.add("applied")
        assert status.get(cid) in want, f"count {cid}: {status.get(cid)}, not {want}"
    flying_set, flying_scan = journal.flying("COUNT_SET"), journal.flying("COUNT_SCAN")
    assert set(counted) <= set(lines), "a reported count line is missing"
    for key, n in lines.items():
        allowed = {counted.get(key, 0)}
        if flying_set is not None and tuple(flying_set[:2]) == key:
            allowed.add(int(flying_set[2]))
        if flying_scan is not None and tuple(flying_scan) == key:
            allowed.add(counted.get(key, 0) + 1)
        assert n in allowed, f"count line {key}: {n} counted, reported {allowed}"


def _journal_imports(ctx: AppContext, journal: Journal) -> None:
    batches = [("PRODUCTS", *c) for c in journal.of("PRODUCTS")]
    batches += [("ORDERS", *c) for c in journal.of("ORDERS")]
    flying = journal.in_flight
    with ctx.db.transaction() as s:

        def present(kind: str, prefix: str) -> int:
            if kind == "PRODUCTS":
                q = select(func.count()).where(Product.sku.startswith(prefix + "-"))
            else:
                q = select(func.count()).where(SalesOrder.external_ref.startswith(prefix + "-"))
            return int(s.scalar(q) or 0)

        for kind, prefix, n in batches:
            assert present(kind, prefix) == int(n), f"committed {kind} {prefix}: not all there"
        if flying is not None:
            kind, prefix, n = flying
            got = present(kind, prefix)
            assert got in (0, int(n)), f"{kind} {prefix} half imported: {got} of {n}"
        imports = Counter(
            s.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.action.in_(("product.import", "order.import"))
                )
            ).all()
        )
        orders = int(s.scalar(select(func.count()).select_from(SalesOrder)) or 0)
    done = Counter("product.import" if b[0] == "PRODUCTS" else "order.import" for b in batches)
    for action in ("product.import", "order.import"):
        assert imports[action] - done[action] in (0, 1), (action, imports[action], done[action])
    reported = sum(int(n) for kind, _, n in batches if kind == "ORDERS")
    assert orders - reported in (0, int(flying[2]) if flying and flying[0] == "ORDERS" else 0)


#: The journal check of each kind of driver work (``crash_driver.KINDS``).
def _journal_backups(ctx: AppContext, journal: Journal) -> None:
    """Every backup reported made is there and sound; no other file in the folder looks
    like a backup unless it is one (a backup cut short stays hidden, never half-named);
    the orders placed between backups are as reported."""
    from pathlib import Path

    from merchant_app.services.backup_checks import verify_file
    from merchant_app.services.backup_files import list_backups

    _journal_orders(ctx, journal)
    database = ctx.db.engine.url.database
    assert database
    folder = Path(database).parent / "backups"
    reported = {name for (name,) in journal.of("BACKUP")}
    listed = {b.name: b for b in list_backups(folder)} if folder.exists() else {}
    assert reported <= set(listed), f"backups reported but missing: {reported - set(listed)}"
    for name in listed:
        report = verify_file(folder / name, record=False)
        assert report.ok, f"backup {name} is listed but damaged: {report.summary()}"
    visible = {p.name for p in folder.glob("*.sqlite3")} if folder.exists() else set()
    assert visible <= set(listed), f"files that look like backups but are not: {visible}"


JOURNAL_CHECKS: dict[str, Callable[[AppContext, Journal], None]] = {
    "orders": _journal_orders,
    "steps": _journal_steps,
    "counts": _journal_counts,
    "imports": _journal_imports,
    "backups": _journal_backups,
}
