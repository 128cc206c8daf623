"""The dashboard (RPT-1) on SQLite and PostgreSQL: every figure against a hand-built shop
(``tests/report_factories.py``), each expected value worked out here in plain Python
from the shop's plain data; the list behind each figure; permissions; the processing
targets."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from merchant_app.errors import InvalidInput, NotPermitted
from merchant_app.services import audit, dashboard, order_rules, staff
from merchant_app.services.context import Actor
from merchant_app.services.dashboard_lists import drill_down
from merchant_app.services.permissions import CUSTOMER_SERVICE, FINANCE, SALES_CLERK
from merchant_app.services.report_types import FigureKey, TimelinessTargets
from tests.factories import ShopWorld
from tests.report_factories import (
    COST,
    FIRST_COUNT,
    LAST_COUNT,
    NOW,
    ORDERS,
    POINT_VALUE,
    POINTS,
    PRICE,
    PRODUCTS,
    RETURN,
    TARGETS,
    OrderSpec,
    ReportWorld,
    build,
    local,
)

P = (local(5), local(12))
BEFORE = (local(5) - timedelta(days=7), local(5))
TODAY = (local(11), local(12))
YESTERDAY = (local(10), local(11))
WAITING = ("pending_review", "awaiting_warehouse", "warehouse_approved", "packed", "on_hold")


@pytest.fixture
def shop(world: ShopWorld) -> ReportWorld:
    return build(world)


# ---------------------------------------------------------------------------- expectations


def sales_in(span: tuple[datetime, datetime]) -> list[OrderSpec]:
    """The orders that count as sales in ``span``: placed in it, not cancelled."""
    return [o for o in ORDERS if span[0] <= o.at < span[1] and o.state != "cancelled"]


def half_up(numerator: int, denominator: int) -> int | None:
    if not denominator:
        return None
    whole, rest = divmod(numerator, denominator)
    return whole + (1 if 2 * rest >= denominator else 0)


def returned(o: OrderSpec) -> int:
    return RETURN[2] if o.key == RETURN[0] else 0


def units(span: tuple[datetime, datetime]) -> int:
    return sum(q for o in sales_in(span) for _, q in o.lines)


def per_product(span: tuple[datetime, datetime]) -> dict[str, list[int]]:
    """sku → [units, sales]"""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in sales_in(span):
        for sku, q in o.lines:
            out[sku][0] += q
            out[sku][1] += q * PRICE[sku]
    return out


def margin(span: tuple[datetime, datetime]) -> tuple[int, int]:
    """(cost of goods, gross margin)"""
    goods = sum(q * PRICE[sku] for o in sales_in(span) for sku, q in o.lines)
    cost = sum(q * COST[sku] for o in sales_in(span) for sku, q in o.lines)
    discounts = sum(o.discount for o in sales_in(span))
    return cost, goods - discounts - cost


def repeaters(span: tuple[datetime, datetime]) -> tuple[int, int]:
    """(members with two orders or more, members who ordered)"""
    counts = Counter(o.member for o in sales_in(span) if o.member)
    return sum(1 for n in counts.values() if n >= 2), len(counts)


def sellable(sku: str) -> int:
    """Stock after the counts, less every unit on an order not cancelled, plus the
    restocked return."""
    spec = next(p for p in PRODUCTS if p.sku == sku)
    start = LAST_COUNT.get(sku, spec.stock)
    sold = sum(q for o in ORDERS if o.state != "cancelled" for s, q in o.lines if s == sku)
    back = RETURN[2] if RETURN[1] == sku else 0
    return start - sold + back


def expected_low_stock() -> list[str]:
    low = [
        p
        for p in PRODUCTS
        if p.status in ("listed", "delisted")
        and (p.reorder_point > 0 or p.reorder_qty > 0)
        and sellable(p.sku) <= p.reorder_point
    ]
    return [p.sku for p in sorted(low, key=lambda p: (sellable(p.sku) - p.reorder_point, p.sku))]


# ---------------------------------------------------------------------------- figures


def test_sales_orders_and_average_for_the_week_today_and_before(shop: ReportWorld) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    d = dashboard.dashboard(ctx, owner, shop.period)

    def total(span: tuple[datetime, datetime]) -> int:
        return sum(o.total for o in sales_in(span))

    assert (d.sales.value, d.sales.previous) == (total(P), total(BEFORE))
    assert (d.orders.value, d.orders.previous) == (len(sales_in(P)), len(sales_in(BEFORE)))
    assert (d.sales_today.value, d.sales_today.previous) == (total(TODAY), total(YESTERDAY))
    assert (d.orders_today.value, d.orders_today.previous) == (
        len(sales_in(TODAY)),
        len(sales_in(YESTERDAY)),
    )
    assert d.average_order.value == half_up(total(P), len(sales_in(P)))
    assert d.average_order.previous == half_up(total(BEFORE), len(sales_in(BEFORE)))
    assert d.sales.change == total(P) - total(BEFORE)
    # the boundaries are local midnights: O8 (23:59 on Sunday) is last week's, O3 (00:00
    # on Monday) this week's, O7 (00:30 local, still the 10th in UTC) today's
    assert "O8" in {o.key for o in sales_in(BEFORE)} and "O3" in {o.key for o in sales_in(P)}
    assert "O7" in {o.key for o in sales_in(TODAY)}
    assert d.today.first_day.isoformat() == "2026-01-11"
    assert d.generated_at == NOW and d.currency == "CNY"


def test_return_and_repurchase_rates(shop: ReportWorld) -> None:
    d = dashboard.dashboard(shop.world.ctx, shop.world.owner, shop.period)
    back = sum(returned(o) for o in sales_in(P))
    assert (d.return_rate.numerator, d.return_rate.denominator) == (back, units(P))
    assert (d.return_rate.previous_numerator, d.return_rate.previous_denominator) == (
        0,
        units(BEFORE),
    )
    assert d.return_rate.value == pytest.approx(back / units(P))
    repeat, buyers = repeaters(P)
    assert (d.repurchase_rate.numerator, d.repurchase_rate.denominator) == (repeat, buyers)
    assert (d.repurchase_rate.previous_numerator, d.repurchase_rate.previous_denominator) == (
        repeaters(BEFORE)
    )


def test_cost_margin_and_top_products_for_the_owner(shop: ReportWorld) -> None:
    d = dashboard.dashboard(shop.world.ctx, shop.world.owner, shop.period, top=2)
    cost, gross = margin(P)
    assert d.shows_cost
    assert (d.cost_of_goods.value, d.gross_margin.value) == (cost, gross)
    assert (d.cost_of_goods.previous, d.gross_margin.previous) == margin(BEFORE)
    sold = per_product(P)
    best = sorted(sold, key=lambda sku: (-sold[sku][1], sku))[:2]
    assert [t.sku for t in d.top_products] == best
    for t in d.top_products:
        u, s = sold[t.sku]
        assert (t.units, t.sales_minor, t.margin_minor) == (u, s, s - u * COST[t.sku])
        assert t.product_id == shop.products[t.sku]


def test_low_stock_waiting_accuracy_and_points(shop: ReportWorld) -> None:
    d = dashboard.dashboard(shop.world.ctx, shop.world.owner, shop.period, low_stock_limit=1)
    low = expected_low_stock()
    assert d.low_stock_count == len(low) and [r.sku for r in d.low_stock] == low[:1]
    first = d.low_stock[0]
    spec = next(p for p in PRODUCTS if p.sku == first.sku)
    assert (first.sellable, first.reorder_point) == (sellable(first.sku), spec.reorder_point)

    assert [w.state for w in d.waiting] == list(WAITING)
    for w in d.waiting:
        in_state = [o for o in ORDERS if o.state == w.state]
        target = TARGETS.target_seconds(w.state)
        assert w.count == len(in_state), w.state
        assert w.target_seconds == target
        if in_state:
            oldest = min(o.at for o in in_state)
            assert w.oldest_at == oldest
            assert w.oldest_age_seconds == int((NOW - oldest).total_seconds())
        late = [o for o in in_state if target and o.at < NOW - timedelta(seconds=target)]
        assert w.late_count == len(late), w.state
    pending = next(w for w in d.waiting if w.state == "pending_review")
    assert (pending.count, pending.late_count) == (2, 1)  # O9, placed 10 minutes ago, is not late

    acc = d.stock_accuracy
    exact = sum(1 for sku in LAST_COUNT if LAST_COUNT[sku] == FIRST_COUNT[sku])
    off = sum(abs(LAST_COUNT[sku] - FIRST_COUNT[sku]) for sku in LAST_COUNT)
    assert (acc.counts, acc.lines, acc.exact_lines) == (1, len(LAST_COUNT), exact)
    assert (acc.units_counted, acc.units_off) == (sum(LAST_COUNT.values()), off)
    assert acc.value == pytest.approx(exact / len(LAST_COUNT))

    pts = d.points_liability
    assert (pts.points, pts.members) == (sum(POINTS.values()), len(POINTS))
    assert (pts.point_value_minor, pts.value_minor) == (
        POINT_VALUE,
        sum(POINTS.values()) * POINT_VALUE,
    )


def test_sales_chart_has_one_point_per_local_day(shop: ReportWorld) -> None:
    d = dashboard.dashboard(shop.world.ctx, shop.world.owner, shop.period)
    chart = d.sales_chart
    assert chart.categories == tuple(f"01-{day:02d}" for day in range(5, 12))
    this_week = [
        sum(o.total for o in sales_in((local(day), local(day + 1)))) for day in range(5, 12)
    ]
    week_before = [
        sum(
            o.total
            for o in sales_in((local(day) - timedelta(days=7), local(day + 1) - timedelta(days=7)))
        )
        for day in range(5, 12)
    ]
    assert list(chart.series[0].values) == this_week
    assert list(chart.series[1].values) == week_before


# ---------------------------------------------------------------------------- permissions


def analyst(shop: ReportWorld) -> Actor:
    world = shop.world
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Analyst",
        description="",
        permissions={"report.view"},
    )
    return world.add_user("ana", "Analyst")


def test_cost_and_margin_are_hidden_without_view_cost_even_for_a_stale_actor(
    shop: ReportWorld,
) -> None:
    ana = analyst(shop)
    stale = replace(ana, permissions=ana.permissions | {"report.view_cost"})
    for who in (ana, stale):
        d = dashboard.dashboard(shop.world.ctx, who, shop.period)
        assert not d.shows_cost
        assert d.cost_of_goods.value is None and d.gross_margin.previous is None
        assert all(t.margin_minor is None for t in d.top_products)
        assert d.sales.value == sum(o.total for o in sales_in(P))  # the rest is there
        table = drill_down(shop.world.ctx, who, FigureKey.GROSS_MARGIN, shop.period)
        assert not table.shows_cost
        assert not {"cost", "margin", "margin_rate"} & {c.key for c in table.columns}
    finance = shop.world.add_user("fiona", FINANCE)
    assert (
        dashboard.dashboard(shop.world.ctx, finance, shop.period).gross_margin.value == margin(P)[1]
    )


def test_reports_need_report_view(shop: ReportWorld) -> None:
    for role in (CUSTOMER_SERVICE, SALES_CLERK):
        who = shop.world.add_user(f"u-{role[:4].lower().strip()}", role)
        with pytest.raises(NotPermitted):
            dashboard.dashboard(shop.world.ctx, who, shop.period)
        with pytest.raises(NotPermitted):
            drill_down(shop.world.ctx, who, FigureKey.SALES, shop.period)


# ---------------------------------------------------------------------------- drill-down


def test_each_figure_opens_the_rows_behind_it(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period

    def ids(figure: FigureKey, **kw: object) -> list[str]:
        table = drill_down(ctx, owner, figure, period, **kw)  # type: ignore[arg-type]
        assert len(table.row_ids) == len(table.rows)
        return list(table.row_ids)

    newest_first = sorted(sales_in(P), key=lambda o: o.at, reverse=True)
    assert ids(FigureKey.SALES) == [shop.orders[o.key] for o in newest_first]
    assert ids(FigureKey.ORDERS) == ids(FigureKey.AVERAGE_ORDER) == ids(FigureKey.SALES)
    today = sorted(sales_in(TODAY), key=lambda o: o.at, reverse=True)
    assert ids(FigureKey.SALES_TODAY) == [shop.orders[o.key] for o in today]

    sales = drill_down(ctx, owner, FigureKey.SALES, period)
    assert sales.row_kind == "order" and sales.column_values("number") == [
        shop.numbers[o.key] for o in newest_first
    ]
    assert sales.column_values("total") == [o.total for o in newest_first]

    back = drill_down(ctx, owner, FigureKey.RETURN_RATE, period)
    assert back.rows == (
        (
            shop.numbers[RETURN[0]],
            next(o.at for o in ORDERS if o.key == RETURN[0]),
            RETURN[1],
            next(p.name for p in PRODUCTS if p.sku == RETURN[1]),
            dict(next(o for o in ORDERS if o.key == RETURN[0]).lines)[RETURN[1]],
            RETURN[2],
        ),
    )

    counts = Counter(o.member for o in sales_in(P) if o.member)
    buyers = drill_down(ctx, owner, FigureKey.REPURCHASE_RATE, period)
    assert buyers.row_kind == "member"
    assert dict(zip(buyers.row_ids, buyers.column_values("orders"), strict=True)) == {
        shop.members[m]: n for m, n in counts.items()
    }
    assert buyers.column_values("orders") == sorted(counts.values(), reverse=True)

    sold = per_product(P)
    top = drill_down(ctx, owner, FigureKey.TOP_PRODUCTS, period)
    assert top.column_values("sku") == sorted(sold, key=lambda sku: (-sold[sku][1], sku))
    assert top.column_values("margin") == [
        sold[sku][1] - sold[sku][0] * COST[sku]
        for sku in top.column_values("sku")  # type: ignore[index]
    ]

    assert drill_down(ctx, owner, FigureKey.LOW_STOCK, period).column_values("sku") == (
        expected_low_stock()
    )

    waiting = drill_down(ctx, owner, FigureKey.WAITING, period)
    open_orders = sorted((o for o in ORDERS if o.state in WAITING), key=lambda o: o.at)
    assert list(waiting.row_ids) == [shop.orders[o.key] for o in open_orders]
    pending = drill_down(ctx, owner, FigureKey.WAITING, period, state="pending_review")
    assert pending.column_values("number") == [shop.numbers["O8"], shop.numbers["O9"]]
    assert pending.column_values("late") == ["Late", ""]
    assert pending.column_values("age") == [
        int((NOW - o.at).total_seconds()) for o in ORDERS if o.key in ("O8", "O9")
    ]

    accuracy = drill_down(ctx, owner, FigureKey.STOCK_ACCURACY, period)
    assert len(accuracy.rows) == len(LAST_COUNT)
    diffs = {sku: LAST_COUNT[sku] - FIRST_COUNT[sku] for sku in LAST_COUNT}
    assert (
        dict(zip(accuracy.column_values("sku"), accuracy.column_values("difference"), strict=True))
        == diffs
    )
    assert accuracy.column_values("sku")[0] == max(diffs, key=lambda k: abs(diffs[k]))

    points = drill_down(ctx, owner, FigureKey.POINTS_LIABILITY, period)
    assert dict(zip(points.row_ids, points.column_values("value"), strict=True)) == {
        shop.members[m]: p * POINT_VALUE for m, p in POINTS.items()
    }


def test_drill_down_is_bounded_and_checks_its_arguments(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    two = drill_down(ctx, owner, FigureKey.SALES, period, limit=2)
    assert len(two.rows) == 2 and two.truncated
    assert not drill_down(ctx, owner, FigureKey.SALES, period, limit=50).truncated
    with pytest.raises(InvalidInput):
        drill_down(ctx, owner, "no-such-figure", period)
    with pytest.raises(InvalidInput):
        drill_down(ctx, owner, FigureKey.WAITING, period, state="shipped")
    with pytest.raises(InvalidInput):
        drill_down(ctx, owner, FigureKey.SALES, period, limit=0)


# ---------------------------------------------------------------------------- targets


def test_timeliness_targets_are_shop_settings_set_by_settings_manage(world: ShopWorld) -> None:
    ctx, owner = world.ctx, world.owner
    assert dashboard.get_timeliness_targets(ctx, owner) == TimelinessTargets()
    new = TimelinessTargets(review_minutes=15, warehouse_hours=12, pack_hours=6, ship_hours=30)
    assert dashboard.set_timeliness_targets(ctx, owner, new) == new
    assert dashboard.get_timeliness_targets(ctx, owner) == new
    rules = order_rules.get_order_rules(ctx, owner)  # the same settings as the order rules
    assert (rules.review_target_minutes, rules.warehouse_target_hours) == (15, 12)
    entries = audit.list_entries(ctx, owner, text="settings.timeliness_targets")
    assert len(entries) == 1
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        dashboard.set_timeliness_targets(ctx, clerk, TimelinessTargets())
    for bad in (
        replace(new, review_minutes=0),
        replace(new, warehouse_hours=10_001),
        replace(new, pack_hours=-1),
        replace(new, ship_hours=True),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidInput):
            dashboard.set_timeliness_targets(ctx, owner, bad)
    assert dashboard.get_timeliness_targets(ctx, owner) == new
    assert dashboard.get_timeliness_targets(ctx, clerk) == new  # anyone may read them


def test_reports_read_while_another_desk_holds_the_write_lock(shop: ReportWorld) -> None:
    """Reports read in a plain transaction: on SQLite they neither wait for a desk that is
    writing (BEGIN IMMEDIATE would wait the busy timeout, then fail) nor block it."""
    ctx, owner = shop.world.ctx, shop.world.owner
    if ctx.db.dialect != "sqlite":
        pytest.skip("PostgreSQL readers never wait for writers")
    import sqlite3

    path = ctx.db.engine.url.database
    assert path
    before = dashboard.dashboard(ctx, owner, shop.period)
    writer = sqlite3.connect(path, isolation_level=None, timeout=0.5)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE shop SET name = name")
        during = dashboard.dashboard(ctx, owner, shop.period)
        rows = drill_down(ctx, owner, FigureKey.ORDERS, shop.period)
        assert during.sales == before.sales and rows.rows
    finally:
        writer.execute("ROLLBACK")
        writer.close()
