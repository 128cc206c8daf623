"""Demo orders: a few hundred lifelike orders in every state, and up to millions of
historic ones for benchmarks (public sample data, like the demo catalog).

* :func:`add_demo_orders` goes through the real services (placing, review, warehouse
  approval, packing, shipping, completing, holds, cancelling, payments and refunds), each
  step at its own time over the last 60 days, so stock, reservations, moves, payments
  and every order's history are exactly what those services write.
* :func:`bulk_orders` writes N historic orders fast (Core ``executemany`` of tuples):
  completed, cancelled or shipped, spread over the two years before the lifelike ones,
  numbered from a block of this desk's order series reserved in one UPDATE (later
  orders never collide).  Historic orders have no open reservations and their stock
  moves are not written, so stock on hand still equals the sum of the moves; their
  payments are settled by one "historic" settlement so no till counts them again.
* :func:`populate` is what ``merchant-app demo --orders N`` runs: the historic orders
  first (older, lower numbers), then up to :data:`LIFELIKE` lifelike ones.

Deterministic for a given seed (ids and the real clock aside).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Column, Connection, Table, select, update
from sqlalchemy.orm import Session

from merchant_app.clock import ManualClock
from merchant_app.database import insert_ignore
from merchant_app.errors import KnownError
from merchant_app.ids import format_number, new_ids
from merchant_app.models import (
    Desk,
    DeskSequence,
    OrderEvent,
    OrderLine,
    Payment,
    Product,
    SalesOrder,
    Settlement,
    StockLevel,
    User,
)
from merchant_app.services import delivery, order_payments, order_steps, orders
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import default_location
from merchant_app.services.order_flow import OrderState
from merchant_app.services.permissions import load_actor
from merchant_app.services.shop import next_number

LIFELIKE = 300  # orders through the real services (the rest are historic bulk rows)
DAYS = 60  # the lifelike orders' span
HISTORIC_DAYS = 730  # the historic orders' span, before the lifelike ones
CHUNK = 20_000  # historic orders per executemany batch (and per commit)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛")
_WESTERN = ("Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Henry", "Iris", "Jack")
_WESTERN_LAST = ("Smith", "Brown", "Lee", "Martin", "Wong", "Garcia", "Müller", "Rossi")
_CITIES = (
    ("上海市", "黄浦区南京东路"),
    ("北京市", "朝阳区建国路"),
    ("杭州市", "西湖区文三路"),
    ("广州市", "天河区体育西路"),
    ("深圳市", "南山区科技园路"),
    ("成都市", "锦江区春熙路"),
)
_PREFIXES = ("138", "139", "137", "136", "135", "150", "151", "158", "186", "187", "188", "199")
_HOLD_REASONS = (
    "Customer asked to change the delivery address",
    "Payment under review by finance",
    "Waiting for the customer to confirm the colour",
)
_CANCEL_REASONS = (
    "Customer changed their mind",
    "Duplicate order",
    "Customer could not be reached",
)
_NOTES = ("", "", "", "请下午送货 Deliver after 2 pm", "Gift wrap please 礼品包装", "")

# Target state -> (weight, youngest and oldest age in days).
_PLAN: dict[str, tuple[int, float, float]] = {
    OrderState.COMPLETED: (40, 8, DAYS),
    OrderState.CANCELLED: (10, 0.2, DAYS),
    OrderState.SHIPPED: (12, 1, 7),
    OrderState.PACKED: (6, 0.1, 2),
    OrderState.WAREHOUSE_APPROVED: (6, 0.1, 2),
    OrderState.AWAITING_WAREHOUSE: (8, 0.05, 2),
    OrderState.PENDING_REVIEW: (12, 0, 1),
    OrderState.ON_HOLD: (6, 0.2, 10),
}
# The steps that lead to each state (cancel and hold add their own at the end).
_PATH: dict[str, tuple[str, ...]] = {
    OrderState.PENDING_REVIEW: (),
    OrderState.AWAITING_WAREHOUSE: ("review",),
    OrderState.WAREHOUSE_APPROVED: ("review", "approve"),
    OrderState.PACKED: ("review", "approve", "pack"),
    OrderState.SHIPPED: ("review", "approve", "pack", "ship"),
    OrderState.COMPLETED: ("review", "approve", "pack", "ship", "complete"),
}
_GAP_HOURS = {
    "review": (0.1, 3),
    "approve": (0.5, 10),
    "pack": (0.2, 3),
    "pay": (0.1, 2),
    "ship": (0.2, 5),
    "complete": (48, 120),
    "hold": (0.1, 6),
    "cancel": (0.1, 20),
}


@dataclass(frozen=True)
class DemoOrdersReport:
    """How many orders ended in each state (and how many could not be placed for lack
    of stock)."""

    by_state: dict[str, int]
    not_placed: int = 0


# ---------------------------------------------------------------------------- people


def customer(rng: random.Random) -> tuple[str, str]:
    """A made-up customer: a name (mostly Chinese, some Western) and a mobile number."""
    if rng.random() < 0.8:
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
    else:
        name = f"{rng.choice(_WESTERN)} {rng.choice(_WESTERN_LAST)}"
    phone = rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"
    return name, phone


def address(rng: random.Random) -> str:
    """A made-up street address in a Chinese city."""
    city, street = rng.choice(_CITIES)
    return f"{city}{street}{rng.randint(1, 999)}号 {rng.randint(1, 30)}0{rng.randint(1, 9)}室"


# ---------------------------------------------------------------------------- lifelike


@dataclass
class _Planned:
    """One lifelike order: what to place and the steps after it, each with its time."""

    at: datetime
    target: str
    draft: orders.OrderDraft
    pay_now: tuple[orders.PaymentInput, ...]
    steps: list[tuple[datetime, str]]
    order_id: str = ""


def _actors(s: Session, actor: Actor) -> dict[str, Actor]:
    """Who does each kind of step: the demo's clerk, service and warehouse users when
    the shop has them, else ``actor``."""
    out = {"clerk": actor, "service": actor, "warehouse": actor}
    for login in out:
        user_id = s.scalar(select(User.id).where(User.login == login, User.active.is_(True)))
        if user_id is not None:
            out[login] = load_actor(s, user_id)
    return out


def _stock(s: Session, location_id: str) -> dict[str, tuple[int, int]]:
    """product id -> (sellable units, price) of the listed products at ``location_id``."""
    q = (
        select(Product.id, StockLevel.on_hand - StockLevel.reserved, Product.price_minor)
        .join(StockLevel, StockLevel.product_id == Product.id)
        .where(
            StockLevel.location_id == location_id,
            Product.status == "listed",
            Product.is_parent.is_(False),
        )
        .order_by(Product.sku)
    )
    return {pid: (int(units), int(price)) for pid, units, price in s.execute(q) if units > 0}


def _steps(rng: random.Random, target: str, start: datetime, now: datetime) -> list[Any]:
    """The steps after placing that lead to ``target``, with times after ``start`` and
    before ``now`` (gaps squeezed when the order is young)."""
    if target == OrderState.ON_HOLD:
        names = ["review"] * rng.randint(0, 1) + ["hold"]
    elif target == OrderState.CANCELLED:
        names = [*_PATH[OrderState.PACKED][: rng.randint(0, 3)], "cancel"]
    else:
        names = list(_PATH[target])
    if "ship" in names:
        names.insert(names.index("ship"), "pay")
    gaps = [rng.uniform(*_GAP_HOURS[name]) for name in names]
    room = (now - start).total_seconds() / 3600 - 0.02
    scale = min(1.0, room / sum(gaps)) if gaps and room > 0 else 0.0
    out, t = [], start
    for name, gap in zip(names, gaps, strict=True):
        t += timedelta(hours=max(gap * scale, 0.001))
        out.append((min(t, now), name))
    return out


def _plan(
    rng: random.Random,
    count: int,
    now: datetime,
    stock: dict[str, tuple[int, int]],
    location_id: str,
) -> list[_Planned]:
    states = list(_PLAN)
    weights = [w for w, _, _ in _PLAN.values()]
    targets = (states * 2)[: min(count, 2 * len(states))]  # every state, twice when room
    targets += rng.choices(states, weights, k=max(0, count - len(targets)))
    planned = []
    left = {pid: units for pid, (units, _) in stock.items()}  # never more than is there
    for target in targets:
        _, young, old = _PLAN[target]
        at = now - timedelta(days=rng.uniform(young, old))
        name, phone = customer(rng)
        kind = rng.choices(("pickup", "own", "carrier"), (3, 3, 4))[0]
        lines = []
        products = [pid for pid, units in left.items() if units > 0]
        if not products:
            break
        for pid in rng.sample(products, k=min(len(products), rng.choice((1, 1, 2, 2, 3, 4)))):
            qty = min(left[pid], rng.choice((1, 1, 1, 2, 3)))
            left[pid] -= qty
            discount = stock[pid][1] * qty * 5 // 100 if rng.random() < 0.1 else 0
            lines.append(orders.LineInput(pid, qty, discount_minor=discount))
        terms = "cod" if kind != "pickup" and rng.random() < 0.12 else "prepaid"
        draft = orders.OrderDraft(
            lines=tuple(lines),
            customer_name=name,
            customer_phone=phone,
            ship_name=name if kind != "pickup" else "",
            ship_phone=phone if kind != "pickup" else "",
            ship_address=address(rng) if kind != "pickup" else "",
            ship_zone="remote" if kind == "carrier" and rng.random() < 0.1 else "",
            delivery_method=kind,
            payment_terms=terms,
            note=rng.choice(_NOTES),
            location_id=location_id,
        )
        planned.append(_Planned(at, target, draft, (), _steps(rng, target, at, now)))
    planned.sort(key=lambda p: p.at)
    return planned


def _pay_at_placing(rng: random.Random, plan: _Planned, total: int) -> list[orders.PaymentInput]:
    if plan.draft.payment_terms == "cod" or rng.random() < 0.25:
        return []  # paid later (before shipping), or on delivery
    if plan.draft.delivery_method == "pickup" and rng.random() < 0.5:
        tendered = -(-total // 10000) * 10000  # rounded up to a 100-yuan note
        return [orders.PaymentInput("cash", total, tendered_minor=tendered)]
    if rng.random() < 0.1 and total > 2000:
        return [orders.PaymentInput("card", total // 2), orders.PaymentInput("wallet", total // 2)]
    return [orders.PaymentInput(rng.choice(("card", "wallet", "bank_transfer")), total)]


def _run_step(
    ctx: AppContext, who: dict[str, Actor], plan: _Planned, step: str, rng: random.Random
) -> None:
    oid = plan.order_id
    if step == "review":
        order_steps.review(ctx, who["service"], oid)
    elif step == "approve":
        carrier = "SF Express" if plan.draft.delivery_method == "carrier" else ""
        order_steps.approve(ctx, who["warehouse"], oid, carrier)
    elif step == "pack":
        order_steps.pack(ctx, who["warehouse"], oid, unverified_reason="Demo data: not scanned")
    elif step == "pay":
        info = orders.get_order(ctx, who["clerk"], oid)
        if info.balance_minor > 0 and info.payment_terms == "prepaid":
            method = rng.choice(("card", "wallet", "bank_transfer"))
            payment = orders.PaymentInput(method, info.balance_minor)
            order_payments.take_payment(ctx, who["clerk"], oid, [payment])
    elif step == "ship":
        order_steps.ship(ctx, who["warehouse"], oid)
    elif step == "complete":
        order_steps.complete(ctx, who["service"], oid)
    elif step == "hold":
        order_steps.hold(ctx, who["service"], oid, rng.choice(_HOLD_REASONS))
    elif step == "cancel":
        order_steps.cancel(ctx, who["service"], oid, rng.choice(_CANCEL_REASONS))


def add_demo_orders(
    ctx: AppContext,
    actor: Actor,
    count: int = LIFELIKE,
    seed: int = 11,
    member_for: Callable[[datetime], tuple[str, str, str] | None] | None = None,
) -> DemoOrdersReport:
    """About ``count`` orders over the last :data:`DAYS` days, every state present (each
    at least twice when ``count`` allows), placed and moved through the flow by the real
    services at their own times, so stock and history are right.  Needs the demo
    catalog with stock at the main location; an order its products' stock cannot cover
    any more is left out (counted in ``not_placed``).  ``actor`` needs every order
    permission (the Owner); the demo's clerk, service and warehouse users act their
    parts when the shop has them.  ``member_for(placed_at)`` may name the member
    ``(id, name, phone)`` placing an order (their orders earn points on payment)."""
    rng = random.Random(seed)
    now = ctx.clock()
    with ctx.db.transaction() as s:
        who = _actors(s, actor)
        location_id = default_location(s).id
        stock = _stock(s, location_id)
    if not stock or count <= 0:
        return DemoOrdersReport({}, count if count > 0 else 0)
    plans = _plan(rng, count, now, stock, location_id)
    for plan in plans:  # a share placed by members, when asked
        picked = member_for(plan.at) if member_for else None
        if picked:
            mid, name, phone = picked
            delivered = bool(plan.draft.ship_name)  # a pickup has no recipient
            plan.draft = replace(
                plan.draft,
                member_id=mid,
                customer_name=name,
                customer_phone=phone,
                ship_name=name if delivered else "",
                ship_phone=phone if delivered else "",
            )
    short = count - len(plans)
    # every step of every order in time order, as the shop would have lived them
    agenda: list[tuple[datetime, int, int]] = []
    for i, plan in enumerate(plans):
        agenda.append((plan.at, i, -1))
        agenda += [(at, i, k) for k, (at, _) in enumerate(plan.steps)]
    agenda.sort()
    by_state: dict[str, int] = {}
    failed: set[int] = set()
    for at, i, k in agenda:
        plan = plans[i]
        if i in failed:
            continue
        at_ctx = replace(ctx, clock=ManualClock(at))
        try:
            if k < 0:
                info = orders.place_order(at_ctx, who["clerk"], plan.draft)
                plan.order_id = info.id
                pay = _pay_at_placing(rng, plan, info.total_minor)
                if pay:
                    order_payments.take_payment(at_ctx, who["clerk"], info.id, pay)
            else:
                _run_step(at_ctx, who, plan, plan.steps[k][1], rng)
        except KnownError:
            if k < 0:  # out of stock by now: leave this order out
                failed.add(i)
                continue
            raise
    with ctx.db.transaction() as s:
        ids = [p.order_id for p in plans if p.order_id]
        for start in range(0, len(ids), 500):
            q = select(SalesOrder.state).where(SalesOrder.id.in_(ids[start : start + 500]))
            for (state,) in s.execute(q):
                by_state[state] = by_state.get(state, 0) + 1
    return DemoOrdersReport(by_state, short + len(failed))


# ---------------------------------------------------------------------------- bulk

_T = {
    "order": cast(Table, SalesOrder.__table__),
    "line": cast(Table, OrderLine.__table__),
    "payment": cast(Table, Payment.__table__),
    "event": cast(Table, OrderEvent.__table__),
}
_ORDER_COLUMNS = tuple(c.name for c in SalesOrder.__table__.columns)
_LINE_COLUMNS = tuple(c.name for c in OrderLine.__table__.columns)
_PAYMENT_COLUMNS = tuple(c.name for c in Payment.__table__.columns)
_EVENT_COLUMNS = tuple(c.name for c in OrderEvent.__table__.columns)
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_HISTORIC = json.dumps({"historic": True})


class _Writer:
    """INSERTs of tuples with the driver's ``executemany`` in the session's transaction;
    datetimes go through the column type's own bind processing."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        dialect = conn.dialect
        self.dialect = dialect
        mark = _MARKS.get(dialect.paramstyle, "?")
        quote = dialect.identifier_preparer.quote
        self.sql: dict[str, str] = {}
        for key, columns in (
            ("order", _ORDER_COLUMNS),
            ("line", _LINE_COLUMNS),
            ("payment", _PAYMENT_COLUMNS),
            ("event", _EVENT_COLUMNS),
        ):
            table = dialect.identifier_preparer.format_table(_T[key])
            names = ", ".join(quote(c) for c in columns)
            self.sql[key] = (
                f"INSERT INTO {table} ({names}) VALUES ({', '.join([mark] * len(columns))})"
            )
        column = cast(Column[datetime], _T["order"].c.created_at)
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        self.time: Callable[[datetime], Any] = _fast_time(process)

    def write(self, key: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.conn.exec_driver_sql(self.sql[key], rows)


def _fast_time(process: Callable[[Any], Any] | None) -> Callable[[datetime], Any]:
    """A binder for naive UTC datetimes that gives what the column's own processing
    gives for the aware time (checked on a sample): on SQLite its text, without the
    per-value cost of the type's processing chain (millions of values)."""
    sample = datetime(2024, 2, 29, 23, 59, 58, 123456)
    expected = process(sample.replace(tzinfo=UTC)) if process else sample.replace(tzinfo=UTC)
    if expected == sample.isoformat(" ", "microseconds"):
        return lambda v: v.isoformat(" ", "microseconds")
    if expected == sample:
        return lambda v: v
    if process is None:
        return lambda v: v.replace(tzinfo=UTC)
    return lambda v: process(v.replace(tzinfo=UTC))


def _reserve_numbers(s: Session, desk_id: str, n: int) -> int:
    """Advance this desk's order series by ``n`` in one UPDATE; returns the first of the
    ``n`` numbers now reserved."""
    seq = DeskSequence
    insert_ignore(s, seq, {"desk_id": desk_id, "kind": "order", "last_value": 0})
    last = s.execute(
        update(seq)
        .where(seq.desk_id == desk_id, seq.kind == "order")
        .values(last_value=seq.last_value + n)
        .returning(seq.last_value)
    ).scalar_one()
    return int(last) - n + 1


@dataclass(frozen=True)
class _Catalog:
    """What historic orders are made of."""

    products: Sequence[tuple[str, str, str, int]]  # id, sku, name, price
    users: Sequence[str]
    location_id: str
    desk_id: str
    desk_code: str
    methods: dict[str, delivery.DeliveryMethod]


def _catalog(s: Session, ctx: AppContext) -> _Catalog:
    products = [
        (pid, sku, name, int(price))
        for pid, sku, name, price in s.execute(
            select(Product.id, Product.sku, Product.name, Product.price_minor)
            .where(Product.is_parent.is_(False), Product.status == "listed")
            .order_by(Product.sku)
        )
    ]
    users = list(s.scalars(select(User.id).where(User.active.is_(True)).order_by(User.login)))
    code = s.scalar(select(Desk.code).where(Desk.id == ctx.desk_id))
    if not products or not users or code is None:
        raise ValueError("bulk orders need listed products, a user and a registered desk")
    methods = {m.kind: m for m in reversed(delivery.methods_in(s))}
    return _Catalog(products, users, default_location(s).id, ctx.desk_id, code, methods)


def bulk_orders(
    ctx: AppContext,
    n: int,
    seed: int = 5,
    *,
    progress: Callable[[int, int], None] | None = None,
    end: datetime | None = None,
) -> int:
    """Write ``n`` historic orders fast and return how many were written.

    States are completed (most), cancelled and shipped; dates are spread over
    :data:`HISTORIC_DAYS` days ending ``end`` (default: :data:`DAYS` days ago, before
    the lifelike demo orders), numbered in date order from a block of this desk's order
    series.  Each order has 1–4 lines of listed products at their prices, a delivery
    fee by kind, its payment (a cancelled one was refunded or never paid; payments are
    settled by one historic settlement), and two history entries (placed, and the last
    step).  No stock moves or reservations are written (see the module docstring).
    Commits every :data:`CHUNK` orders, calling ``progress(done, n)``."""
    if n <= 0:
        return 0
    rng = random.Random(seed)
    now = ctx.clock()
    last_day = end or now - timedelta(days=DAYS)
    span = HISTORIC_DAYS * 86400
    with ctx.db.transaction() as s:
        cat = _catalog(s, ctx)
        first = _reserve_numbers(s, cat.desk_id, n)
        settlement_id = _settlement(s, ctx, cat)
    offsets = sorted(rng.random() * span for _ in range(n))
    start = (last_day - timedelta(seconds=span)).astimezone(UTC).replace(tzinfo=None)
    people = [customer(rng) for _ in range(min(n, 50_000))]  # customers come back
    names = [(name, phone, orders.phone_key(phone)) for name, phone in people]
    addresses = [address(rng) for _ in range(2000)]
    totals: dict[str, int] = {}
    done = 0
    while done < n:
        size = min(CHUNK, n - done)
        with ctx.db.transaction() as s:
            writer = _Writer(s.connection())
            rows = _historic_chunk(
                rng,
                writer,
                cat,
                [start + timedelta(seconds=o) for o in offsets[done : done + size]],
                first + done,
                names,
                addresses,
                settlement_id,
                totals,
            )
            for key in ("order", "line", "payment", "event"):
                writer.write(key, rows[key])
        done += size
        if progress is not None:
            progress(done, n)
    with ctx.db.transaction() as s:
        figures = {m: [v, v] for m, v in sorted(totals.items())}
        s.execute(
            update(Settlement)
            .where(Settlement.id == settlement_id)
            .values(figures=json.dumps(figures, sort_keys=True))
        )
    return n


def _settlement(s: Session, ctx: AppContext, cat: _Catalog) -> str:
    settlement_id = new_ids(1)[0]
    s.add(
        Settlement(
            id=settlement_id,
            number=next_number(s, cat.desk_id, "settlement"),
            desk_id=cat.desk_id,
            user_id=cat.users[0],
            at=ctx.clock(),
            figures="{}",
            note="Historic orders (demo data): settled when they were taken",
        )
    )
    s.flush()
    return settlement_id


def _historic_chunk(
    rng: random.Random,
    writer: _Writer,
    cat: _Catalog,
    times: list[datetime],
    first_number: int,
    names: list[tuple[str, str, str]],
    addresses: list[str],
    settlement_id: str,
    totals: dict[str, int],
) -> dict[str, list[tuple[Any, ...]]]:
    size = len(times)
    order_ids = new_ids(size)
    stamp = writer.time
    products, users = cat.products, cat.users
    methods = cat.methods
    kinds = rng.choices(("pickup", "own", "carrier"), (3, 3, 4), k=size)
    states = rng.choices(
        (OrderState.COMPLETED, OrderState.CANCELLED, OrderState.SHIPPED), (85, 8, 7), k=size
    )
    line_counts = rng.choices((1, 2, 3, 4), (40, 30, 20, 10), k=size)
    n_lines = sum(line_counts)
    line_ids = new_ids(n_lines)
    event_ids = new_ids(2 * size)
    pay_ids = new_ids(2 * size)
    picks = rng.choices(range(len(products)), k=n_lines)
    qtys = rng.choices((1, 1, 1, 2, 3), k=n_lines)
    out: dict[str, list[tuple[Any, ...]]] = {"order": [], "line": [], "payment": [], "event": []}
    o_rows, l_rows, p_rows, e_rows = out["order"], out["line"], out["payment"], out["event"]
    li = pi = 0
    desk, location = cat.desk_id, cat.location_id
    for i in range(size):
        oid = order_ids[i]
        at = times[i]
        state, kind = states[i], kinds[i]
        user = users[i % len(users)]
        name, phone, key = names[rng.randrange(len(names))]
        subtotal = 0
        for line_no in range(1, line_counts[i] + 1):
            pid, sku, pname, price = products[picks[li]]
            qty = qtys[li]
            total = price * qty
            subtotal += total
            l_rows.append((line_ids[li], oid, line_no, pid, sku, pname, qty, price, 0, total, 0, 0))
            li += 1
        method = methods.get(kind) or next(iter(methods.values()))
        fee = 0
        extra = 0
        if kind != "pickup":
            free = method.free_over > 0 and subtotal >= method.free_over
            fee = 0 if free else method.base_fee
            extra = method.packaging_fee
        total = subtotal + fee + extra
        placed_at = stamp(at)
        done_at = stamp(at + timedelta(hours=2 if state == OrderState.CANCELLED else 50))
        paid = total if state != OrderState.CANCELLED else 0
        refunded = state == OrderState.CANCELLED and i % 2 == 0
        pay_status = "paid" if paid else ("refunded" if refunded else "unpaid")
        number = format_number(cat.desk_code, first_number + i)
        tracking = f"SF{first_number + i:012d}" if kind != "pickup" and paid else ""
        o_rows.append(
            (
                oid,
                number,
                desk,
                user,
                placed_at,
                done_at,
                str(state),
                "",
                0,
                None,
                name,
                phone,
                key,
                name if kind != "pickup" else "",
                phone if kind != "pickup" else "",
                addresses[i % len(addresses)] if kind != "pickup" else "",
                "",
                method.code,
                location,
                "prepaid",
                subtotal,
                0,
                fee,
                extra,
                total,
                paid,
                pay_status,
                tracking,
                "",
                "",
                "counter",
                "",
            )
        )
        pay_method = "cash" if kind == "pickup" else ("card", "wallet", "bank_transfer")[i % 3]
        if paid or refunded:
            p_rows.append(
                (
                    pay_ids[pi],
                    oid,
                    pay_method,
                    total,
                    total,
                    0,
                    "",
                    desk,
                    user,
                    placed_at,
                    settlement_id,
                )
            )
            totals[pay_method] = totals.get(pay_method, 0) + total
            pi += 1
        if refunded:
            p_rows.append(
                (pay_ids[pi], oid, pay_method, -total, 0, 0, "", desk, user, done_at, settlement_id)
            )
            totals[pay_method] -= total
            pi += 1
        placed_event = (
            event_ids[2 * i],
            oid,
            placed_at,
            user,
            "placed",
            "",
            OrderState.PENDING_REVIEW.value,
            "",
            f'{{"total": {total}}}',
        )
        if state == OrderState.CANCELLED:
            last = ("cancelled", OrderState.PENDING_REVIEW.value, "cancelled", "Customer cancelled")
        elif state == OrderState.SHIPPED:
            last = ("shipped", OrderState.PACKED.value, "shipped", "")
        else:
            last = ("completed", OrderState.SHIPPED.value, "completed", "")
        e_rows.append(placed_event)
        e_rows.append((event_ids[2 * i + 1], oid, done_at, user, *last, _HISTORIC))
    return out


def populate(
    ctx: AppContext,
    actor: Actor,
    total: int,
    progress: Callable[[int, int], None] | None = None,
    member_for: Callable[[datetime], tuple[str, str, str] | None] | None = None,
) -> DemoOrdersReport:
    """``total`` demo orders: beyond the :data:`LIFELIKE` most recent ones, historic
    ones written first by :func:`bulk_orders` (older, so numbered first), then the
    lifelike ones through the services (:func:`add_demo_orders`).  The report counts
    the lifelike ones by state."""
    historic = max(0, total - LIFELIKE)
    if historic:
        bulk_orders(ctx, historic, progress=progress)
    return add_demo_orders(ctx, actor, min(total, LIFELIKE), member_for=member_for)
