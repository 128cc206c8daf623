"""A hand-built shop for the dashboard and report tests (RPT-1, RPT-2).

Everything is made through the real services at known local times (UTC+8) with the
ManualClock, from the plain data below (``PRODUCTS``, ``MEMBERS``, ``ORDERS``).  The
tests work their expected figures out from the same plain data with ordinary Python,
never by calling the queries under test.

The week under test is Monday 2026-01-05 … Sunday 2026-01-11 (local); the dashboard is
read at 2026-01-11 18:00 local, so "today" is the 11th and "yesterday" the 10th.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from merchant_app.services import (
    aftersales,
    dashboard,
    member_points,
    members,
    order_steps,
    orders,
    stock_counts,
)
from merchant_app.services.aftersales import CaseLineInput
from merchant_app.services.context import Actor
from merchant_app.services.member_points import PointsRules
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import SALES_CLERK
from merchant_app.services.report_periods import Period, week_period
from merchant_app.services.report_types import TimelinessTargets
from tests.catalog_factories import product
from tests.factories import ShopWorld
from tests.stock_factories import add_category, main_location, put_stock

TZ = timezone(timedelta(hours=8))
WEEK_START = date(2026, 1, 5)


def local(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An instant given as local (UTC+8) wall-clock time in January 2026, as aware UTC."""
    return datetime(2026, 1, day, hour, minute, tzinfo=TZ).astimezone(UTC)


NOW = local(11, 18, 0)
PERIOD_START, PERIOD_END = local(5), local(12)  # local midnights, end exclusive


@dataclass(frozen=True)
class ProductSpec:
    sku: str
    name: str
    price: int
    cost: int
    category: str | None
    stock: int
    reorder_point: int = 0
    reorder_qty: int = 0
    status: str = "listed"


PRODUCTS = (
    ProductSpec("TEA-1", "龙井茶 Longjing tea", 1000, 400, "Tea", 50, reorder_point=5),
    ProductSpec("MUG-1", "Blue mug 蓝色马克杯", 2500, 1000, "Kitchen > Mugs", 30),
    ProductSpec("BAG-1", "Tote bag 帆布袋", 500, 200, None, 10, reorder_point=20),
    ProductSpec("CUP-1", "Tea cup 茶杯", 800, 300, "Kitchen", 3, reorder_point=3),
    ProductSpec("POT-1", "Teapot 茶壶", 600, 250, "Kitchen", 3, reorder_point=2),
    ProductSpec("NEW-1", "Draft item 草稿", 900, 100, None, 0, reorder_point=10, status="draft"),
)
PRICE = {p.sku: p.price for p in PRODUCTS}
COST = {p.sku: p.cost for p in PRODUCTS}

# two stock counts at MAIN before the week: only the later one is "the last count"
FIRST_COUNT = {"TEA-1": 50, "MUG-1": 28, "BAG-1": 10, "CUP-1": 3, "POT-1": 3}
LAST_COUNT = {"TEA-1": 50, "MUG-1": 29, "BAG-1": 10, "CUP-1": 3, "POT-1": 3}

MEMBERS = ("m1", "m2", "m3")


@dataclass(frozen=True)
class OrderSpec:
    """An order: when (aware UTC), lines, member key, order discount, a payment at the
    counter, who enters it, and the steps it then goes through (at its own time)."""

    key: str
    at: datetime
    lines: tuple[tuple[str, int], ...]
    member: str | None = None
    discount: int = 0
    pay: tuple[str, int] | None = None
    by: str = "owner"
    steps: tuple[str, ...] = ()
    state: str = "pending_review"

    @property
    def total(self) -> int:
        return sum(PRICE[sku] * qty for sku, qty in self.lines) - self.discount


SHIPPED = ("review", "approve", "pack", "ship")
ORDERS = (
    OrderSpec("O1", local(2, 10), (("TEA-1", 2),), "m3", steps=SHIPPED, state="shipped"),
    OrderSpec(
        "O2", local(3, 15), (("MUG-1", 1),), "m3", steps=("review",), state="awaiting_warehouse"
    ),
    OrderSpec("O8", local(4, 23, 59), (("TEA-1", 1),), pay=("cash", 1000)),
    OrderSpec(
        "O3", local(5, 0, 0), (("TEA-1", 3), ("BAG-1", 2)), "m1", steps=SHIPPED, state="shipped"
    ),
    OrderSpec(
        "O4",
        local(6, 11),
        (("MUG-1", 2),),
        "m1",
        discount=500,
        by="clerk",
        steps=("review", "approve", "pack"),
        state="packed",
    ),
    OrderSpec(
        "O5", local(8, 12), (("BAG-1", 1),), pay=("cash", 500), steps=("cancel",), state="cancelled"
    ),
    OrderSpec(
        "O6",
        local(10, 23, 30),
        (("TEA-1", 1),),
        "m2",
        steps=("review", "approve"),
        state="warehouse_approved",
    ),
    OrderSpec(
        "O7",
        local(11, 0, 30),
        (("MUG-1", 1),),
        pay=("card", 2500),
        steps=("hold",),
        state="on_hold",
    ),
    OrderSpec("O9", local(11, 17, 50), (("BAG-1", 3),), "m1"),
)
CANCEL_AT = local(8, 12, 5)  # O5 is cancelled (and its cash refunded) five minutes later
RETURN = ("O3", "TEA-1", 1)  # one unit of O3's tea comes back (restocked) …
RETURN_AT = local(6, 14)
CLOSE_AT = local(7, 10)  # … and the case is closed the next morning
POINTS = {"m1": 120, "m2": 45}  # adjusted by hand (no order was paid by a member)
POINT_VALUE = 3
TARGETS = TimelinessTargets(review_minutes=10, warehouse_hours=24, pack_hours=48, ship_hours=0)


@dataclass
class ReportWorld:
    """The built shop: ids by SKU, member key and order key; the clerk; the week."""

    world: ShopWorld
    clerk: Actor
    products: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    orders: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)
    case_id: str = ""

    @property
    def period(self) -> Period:
        return week_period(WEEK_START, TZ)


def _count(world: ShopWorld, counted: dict[str, str | int], ids: dict[str, str]) -> None:
    ctx, owner = world.ctx, world.owner
    count = stock_counts.start_count(ctx, owner, main_location(world))
    for sku, qty in counted.items():
        stock_counts.set_counted(ctx, owner, count.id, ids[sku], int(qty))
    stock_counts.apply_count(ctx, owner, count.id)


def build(world: ShopWorld) -> ReportWorld:
    """Make the shop described by the module's data."""
    ctx, owner, clock = world.ctx, world.owner, world.clock
    clock.now = local(1, 9)
    rw = ReportWorld(world, world.add_user("clara", SALES_CLERK))
    for path in sorted({p.category for p in PRODUCTS if p.category}):
        rw.categories[path] = add_category(world, path)
    main = main_location(world)
    for p in PRODUCTS:
        info = product(
            world,
            p.sku,
            p.name,
            price_minor=p.price,
            cost_minor=p.cost,
            category_id=rw.categories[p.category] if p.category else None,
            reorder_point=p.reorder_point,
            reorder_qty=p.reorder_qty,
            status=p.status,
        )
        rw.products[p.sku] = info.id
        if p.stock:
            put_stock(world, info.id, main, p.stock)
    for i, key in enumerate(MEMBERS):
        rw.members[key] = members.register_member(
            ctx, owner, MemberInput(name=f"Member {key}", phone=f"1390000{i:04d}")
        ).id
    clock.now = local(1, 10)
    _count(world, dict(FIRST_COUNT), rw.products)
    clock.now = local(1, 11)
    _count(world, dict(LAST_COUNT), rw.products)
    for spec in ORDERS:
        clock.now = spec.at
        actor = rw.clerk if spec.by == "clerk" else owner
        draft = OrderDraft(
            lines=tuple(LineInput(rw.products[sku], qty) for sku, qty in spec.lines),
            member_id=rw.members[spec.member] if spec.member else None,
            customer_name="" if spec.member else f"Guest {spec.key}",
            order_discount_minor=spec.discount,
            payment_terms="prepaid" if spec.pay else "cod",
        )
        pays = (PaymentInput(spec.pay[0], spec.pay[1]),) if spec.pay else ()
        info = orders.place_order(ctx, actor, draft, pays)
        assert info.total_minor == spec.total, (spec.key, info.total_minor)
        rw.orders[spec.key], rw.numbers[spec.key] = info.id, info.number
        for step in spec.steps:
            if step == "review":
                order_steps.review(ctx, owner, info.id)
            elif step == "approve":
                order_steps.approve(ctx, owner, info.id)
            elif step == "pack":
                order_steps.pack(ctx, owner, info.id, unverified_reason="test")
            elif step == "ship":
                order_steps.ship(ctx, owner, info.id)
            elif step == "hold":
                order_steps.hold(ctx, owner, info.id, "Customer asked to wait")
            elif step == "cancel":
                clock.now = CANCEL_AT
                order_steps.cancel(ctx, owner, info.id, "Changed their mind")
        if spec.key == "O4":  # the return on O3 happens between O4 and O5
            clock.now = RETURN_AT
            order = orders.get_order(ctx, owner, rw.orders[RETURN[0]])
            line = next(ln for ln in order.lines if ln.sku == RETURN[1])
            case = aftersales.open_case(
                ctx,
                owner,
                order.id,
                "return",
                "Too strong",
                (CaseLineInput(line.id, RETURN[2], "restock"),),
            )
            rw.case_id = case.id
            clock.now = CLOSE_AT
            aftersales.close_case(ctx, owner, case.id, "Taken back")
        assert orders.get_order(ctx, owner, info.id).state == spec.state, spec.key
    clock.now = local(11, 17, 55)
    member_points.set_rules(ctx, owner, PointsRules(value_minor=POINT_VALUE, expiry_days=365))
    for key, points in POINTS.items():
        assert member_points.adjust(ctx, owner, rw.members[key], points, "Welcome").applied
    dashboard.set_timeliness_targets(ctx, owner, TARGETS)
    clock.now = NOW
    return rw
