"""The reports (RPT-2) on SQLite and PostgreSQL, against the hand-built shop of
``tests/report_factories.py``: each expected row is worked out here in plain Python from
the shop's plain data."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from merchant_app.errors import InvalidInput, NotFound, NotPermitted
from merchant_app.models import Member
from merchant_app.services import reports
from merchant_app.services.aftersales import KIND_LABELS, KINDS
from merchant_app.services.member_tiers import SEGMENT_LABELS, SEGMENTS
from merchant_app.services.permissions import FINANCE, SALES_CLERK
from merchant_app.services.report_periods import week_period
from merchant_app.services.report_stock import abc_class
from merchant_app.services.report_types import ReportFilters, ReportKind, ReportTable
from tests.factories import ShopWorld
from tests.report_factories import (
    CLOSE_AT,
    COST,
    LAST_COUNT,
    NOW,
    ORDERS,
    PRICE,
    PRODUCTS,
    RETURN,
    RETURN_AT,
    TZ,
    WEEK_START,
    OrderSpec,
    ReportWorld,
    build,
    local,
)

P = (local(5), local(12))
BEFORE = (local(5) - timedelta(days=7), local(5))
NAME = {p.sku: p.name for p in PRODUCTS}
CATEGORY = {p.sku: p.category or "—" for p in PRODUCTS}


@pytest.fixture
def shop(world: ShopWorld) -> ReportWorld:
    return build(world)


def sales_in(span: tuple[datetime, datetime]) -> list[OrderSpec]:
    return [o for o in ORDERS if span[0] <= o.at < span[1] and o.state != "cancelled"]


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def rows_by(table: ReportTable, key: str) -> dict[object, dict[str, object]]:
    """Each row as a dict of column key → cell, indexed by the cell of ``key``."""
    keys = [c.key for c in table.columns]
    return {row[keys.index(key)]: dict(zip(keys, row, strict=True)) for row in table.rows}


def start_stock(sku: str) -> int:
    return LAST_COUNT.get(sku, next(p.stock for p in PRODUCTS if p.sku == sku))


def shipped_before(sku: str, instant: datetime) -> int:
    """Units of ``sku`` shipped before ``instant`` (orders ship when they are placed)."""
    return sum(
        q for o in ORDERS if "ship" in o.steps and o.at < instant for s, q in o.lines if s == sku
    )


def on_hand_at(sku: str, instant: datetime) -> int:
    back = RETURN[2] if RETURN[1] == sku and instant > RETURN_AT else 0
    return start_stock(sku) - shipped_before(sku, instant) + back


# ---------------------------------------------------------------------------- sales


def test_sales_by_product_and_category(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    table = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, period)
    sold: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # orders, units, sales
    for o in sales_in(P):
        for sku, q in o.lines:
            sold[sku][0] += 1
            sold[sku][1] += q
            sold[sku][2] += q * PRICE[sku]
    total = sum(v[2] for v in sold.values())
    assert table.column_values("sku") == sorted(sold, key=lambda s: (-sold[s][2], s))
    assert table.row_ids == tuple(shop.products[s] for s in table.column_values("sku"))  # type: ignore[index]
    for sku, row in rows_by(table, "sku").items():
        orders, units, sales = sold[sku]  # type: ignore[index]
        cost = units * COST[sku]  # type: ignore[index]
        assert row == {
            "sku": sku,
            "product": NAME[sku],  # type: ignore[index]
            "category": CATEGORY[sku],  # type: ignore[index]
            "orders": orders,
            "units": units,
            "returned": RETURN[2] if sku == RETURN[1] else 0,
            "sales": sales,
            "share": share(sales, total),
            "cost": cost,
            "margin": sales - cost,
            "margin_rate": share(sales - cost, sales),
        }
    all_cost = sum(v[1] * COST[s] for s, v in sold.items())
    assert table.totals == (
        "Total",
        None,
        None,
        len(sales_in(P)),
        sum(v[1] for v in sold.values()),
        RETURN[2],
        total,
        1.0,
        all_cost,
        total - all_cost,
        share(total - all_cost, total),
    )
    over_time, best = table.charts
    per_day = [
        sum(q * PRICE[s] for o in sales_in((local(d), local(d + 1))) for s, q in o.lines)
        for d in range(5, 12)
    ]
    assert over_time.kind == "line" and list(over_time.series[0].values) == per_day
    assert best.kind == "bar" and best.categories == tuple(table.column_values("sku"))  # type: ignore[arg-type]

    kitchen = ReportFilters(category_id=shop.categories["Kitchen"])  # and its Mugs
    narrowed = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, period, kitchen)
    kitchen_skus = {p.sku for p in PRODUCTS if (p.category or "").startswith("Kitchen")}
    assert set(narrowed.column_values("sku")) == kitchen_skus & set(sold)
    clerk_only = ReportFilters(user_id=shop.clerk.user_id)
    by_clerk = reports.run_report(ctx, owner, ReportKind.SALES_BY_PRODUCT, period, clerk_only)
    clerk_lines = [(s, q) for o in sales_in(P) if o.by == "clerk" for s, q in o.lines]
    assert [(r[0], r[4]) for r in by_clerk.rows] == clerk_lines
    with pytest.raises(NotFound):
        reports.run_report(
            ctx, owner, ReportKind.SALES_BY_PRODUCT, period, ReportFilters(category_id="nope")
        )

    cats = reports.run_report(ctx, owner, ReportKind.SALES_BY_CATEGORY, period)
    by_cat: dict[str, int] = defaultdict(int)
    for sku, (_, _, sales) in sold.items():
        by_cat[CATEGORY[sku]] += sales
    assert dict(zip(cats.column_values("category"), cats.column_values("sales"), strict=True)) == (
        by_cat
    )
    assert cats.column_values("sales") == sorted(by_cat.values(), reverse=True)
    assert cats.totals is not None and cats.totals[4] == total


def test_sales_by_desk_staff_and_payment_method(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    total = sum(o.total for o in sales_in(P))
    n = len(sales_in(P))
    desk = reports.run_report(ctx, owner, ReportKind.SALES_BY_DESK, period)
    assert desk.rows == (("D01 Desk 1", n, total, (2 * total + n) // (2 * n), 1.0),)

    staff = reports.run_report(ctx, owner, ReportKind.SALES_BY_STAFF, period)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in sales_in(P):
        per[o.by][0] += 1
        per[o.by][1] += o.total
    names = {"owner": "Olive Owner (owner)", "clerk": "Clara (clara)"}
    expected = sorted(per.items(), key=lambda kv: -kv[1][1])
    assert [(r[0], r[1], r[2]) for r in staff.rows] == [(names[k], v[0], v[1]) for k, v in expected]
    assert staff.row_ids == tuple(
        shop.world.owner.user_id if k == "owner" else shop.clerk.user_id for k, _ in expected
    )
    assert staff.totals == ("Total", n, total, (2 * total + n) // (2 * n), 1.0)

    # payments dated in the week: O5's cash and its refund when it was cancelled, O7's card
    pay = reports.run_report(ctx, owner, ReportKind.SALES_BY_PAYMENT, period)
    moves: list[tuple[str, int]] = []
    for o in ORDERS:
        if o.pay and P[0] <= o.at < P[1]:
            moves.append(o.pay)
            if o.state == "cancelled":
                moves.append((o.pay[0], -o.pay[1]))
    methods = [
        m
        for m in ("cash", "card", "bank_transfer", "wallet", "store_credit", "points")
        if any(mm == m for mm, _ in moves)
    ]
    net_all = sum(a for _, a in moves)
    expected_rows = []
    for m in methods:
        taken = [a for mm, a in moves if mm == m and a > 0]
        refunded = -sum(a for mm, a in moves if mm == m and a < 0)
        expected_rows.append(
            (
                m.title(),
                len(taken),
                sum(taken),
                refunded,
                sum(taken) - refunded,
                share(sum(taken) - refunded, net_all),
            )
        )
    assert pay.rows == tuple(expected_rows)
    assert pay.row_ids == tuple(methods)
    assert pay.columns[0].kind == "label" and pay.columns[0].context == "PaymentMethod"


# ---------------------------------------------------------------------------- stock


def test_stock_valuation_now_and_at_the_end_of_last_week(shop: ReportWorld) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    for period, instant in ((None, NOW), (week_period(WEEK_START - timedelta(days=7), TZ), P[0])):
        table = reports.stock_valuation(ctx, owner, period)
        held = {p.sku: on_hand_at(p.sku, instant) for p in PRODUCTS}
        held = {sku: q for sku, q in held.items() if q}
        retail = {sku: q * PRICE[sku] for sku, q in held.items()}
        assert table.column_values("sku") == sorted(held, key=lambda s: (-retail[s], s))
        assert (
            dict(zip(table.column_values("sku"), table.column_values("on_hand"), strict=True))
            == held
        )
        assert table.column_values("cost_value") == [
            held[s] * COST[s]
            for s in table.column_values("sku")  # type: ignore[index]
        ]
        assert table.totals == (
            "Total",
            None,
            None,
            sum(held.values()),
            sum(retail.values()),
            1.0,
            sum(held[s] * COST[s] for s in held),
        )
    with pytest.raises(NotFound):
        reports.stock_valuation(ctx, owner, None, ReportFilters(location_id="nowhere"))


def test_stock_movement_adds_up_from_start_to_end(shop: ReportWorld) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    table = reports.run_report(ctx, owner, ReportKind.STOCK_MOVEMENT, shop.period)
    expected = {}
    for p in PRODUCTS:
        shipped = shipped_before(p.sku, P[1]) - shipped_before(p.sku, P[0])
        back = RETURN[2] if RETURN[1] == p.sku and P[0] <= RETURN_AT < P[1] else 0
        if shipped or back:
            expected[p.sku] = {
                "opening": on_hand_at(p.sku, P[0]),
                "received": 0,
                "shipped": -shipped,
                "returned": back,
                "adjusted": 0,
                "moved": 0,
                "other": 0,
                "closing": on_hand_at(p.sku, P[1]),
            }
    got = {
        sku: {k: v for k, v in row.items() if k not in ("sku", "product")}
        for sku, row in rows_by(table, "sku").items()
    }
    assert got == expected
    assert list(got) == sorted(expected)
    for row in got.values():  # start + moves = end
        assert (
            row["opening"]
            + sum(  # type: ignore[operator]
                row[k]
                for k in ("received", "shipped", "returned", "adjusted", "moved", "other")  # type: ignore[misc]
            )
            == row["closing"]
        )
    chart = table.charts[0]
    shipped_per_day = [
        sum(
            q
            for o in ORDERS
            if "ship" in o.steps and local(d) <= o.at < local(d + 1)
            for _, q in o.lines
        )
        for d in range(5, 12)
    ]
    assert list(chart.series[1].values) == shipped_per_day
    assert list(chart.series[0].values) == [0] * 7


def test_slow_movers_and_abc(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    sold: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in sales_in(P):
        for sku, q in o.lines:
            sold[sku][0] += q
            sold[sku][1] += q * PRICE[sku]
    stock = {p.sku: on_hand_at(p.sku, NOW) for p in PRODUCTS if on_hand_at(p.sku, NOW) > 0}
    slow = reports.run_report(ctx, owner, ReportKind.SLOW_MOVERS, period)
    order = sorted(stock, key=lambda s: (sold[s][0], -PRICE[s] * stock[s], s))
    assert slow.column_values("sku") == order
    for sku in order:
        row = rows_by(slow, "sku")[sku]
        units = sold[sku][0]
        cover = -(-stock[sku] * 7 // units) if units else None
        assert (row["sold"], row["on_hand"], row["cover_days"]) == (units, stock[sku], cover)

    abc = reports.run_report(ctx, owner, ReportKind.ABC, period)
    total = sum(v[1] for v in sold.values())
    ranked = sorted(sold, key=lambda s: (-sold[s][1], s))
    unsold = sorted(p.sku for p in PRODUCTS if p.status == "listed" and p.sku not in sold)
    classes, before = [], 0
    for sku in ranked:
        pct = before * 100 / total
        classes.append("A" if pct < 80 else "B" if pct < 95 else "C")
        before += sold[sku][1]
    assert abc.column_values("sku") == ranked + unsold
    assert abc.column_values("class") == classes + ["C"] * len(unsold)
    assert abc.column_values("cumulative")[: len(ranked)] == pytest.approx(
        [sum(sold[s][1] for s in ranked[: i + 1]) / total for i in range(len(ranked))]
    )
    sales_chart, count_chart = abc.charts
    assert list(count_chart.series[0].values) == [
        (classes + ["C"] * len(unsold)).count(c) for c in "ABC"
    ]
    assert sum(sales_chart.series[0].values) == total


def test_abc_boundaries_are_exact() -> None:
    assert [abc_class(b, 100) for b in (0, 79, 80, 94, 95, 100)] == ["A", "A", "B", "B", "C", "C"]
    assert abc_class(0, 0) == "C"


# ---------------------------------------------------------------------------- members


def test_member_segments_and_tiers(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    with ctx.db.transaction() as s:
        segment_of = {mid: seg for mid, seg in s.execute(select(Member.id, Member.segment))}
    key_of = {v: k for k, v in shop.members.items()}
    table = reports.run_report(ctx, owner, ReportKind.MEMBER_SEGMENTS, period)
    assert [r[0] for r in table.rows] == [SEGMENT_LABELS[s] for s in SEGMENTS] + ["Not a member"]
    members = Counter(segment_of.values())
    for seg in SEGMENTS:
        mine = [o for o in sales_in(P) if o.member and segment_of[shop.members[o.member]] == seg]
        per_member = Counter(o.member for o in mine)
        repeat = sum(1 for n in per_member.values() if n >= 2)
        sales = sum(o.total for o in mine)
        row = rows_by(table, "segment")[SEGMENT_LABELS[seg]]
        assert row == {
            "segment": SEGMENT_LABELS[seg],
            "members": members.get(seg, 0),
            "buyers": len(per_member),
            "orders": len(mine),
            "sales": sales,
            "average_order": (2 * sales + len(mine)) // (2 * len(mine)) if mine else None,
            "repeat": repeat,
            "repurchase_rate": share(repeat, len(per_member)),
        }
    guests = [o for o in sales_in(P) if not o.member]
    assert table.rows[-1][:5] == (
        "Not a member",
        None,
        None,
        len(guests),
        sum(o.total for o in guests),
    )
    assert table.totals is not None and table.totals[3:5] == (
        len(sales_in(P)),
        sum(o.total for o in sales_in(P)),
    )
    assert key_of  # every member was made

    tiers = reports.member_segments(ctx, owner, period, by="tier")
    assert tiers.rows[0][:4] == (
        "Regular",
        3,
        len({o.member for o in sales_in(P) if o.member}),
        len([o for o in sales_in(P) if o.member]),
    )
    with pytest.raises(InvalidInput):
        reports.member_segments(ctx, owner, period, by="age")  # type: ignore[arg-type]


def test_aftersales_report(shop: ReportWorld) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    table = reports.run_report(ctx, owner, ReportKind.AFTERSALES, shop.period)
    assert [r[0] for r in table.rows] == [KIND_LABELS[k] for k in KINDS]
    row = rows_by(table, "kind")[KIND_LABELS["return"]]
    assert row == {
        "kind": "Return",
        "cases": 1,
        "open": 0,
        "closed": 1,
        "units": RETURN[2],
        "refunded": 0,
        "compensated": 0,
        "time_to_close": int((CLOSE_AT - RETURN_AT).total_seconds()),
    }
    others = [r for r in table.rows if r[0] != "Return"]
    assert all(r[1:7] == (0, 0, 0, 0, 0, 0) and r[7] is None for r in others)
    last_week = reports.aftersales_report(
        ctx, owner, week_period(WEEK_START - timedelta(days=7), TZ)
    )
    assert all(r[1] == 0 for r in last_week.rows)


# ---------------------------------------------------------------------------- all reports


def test_every_report_is_well_formed_and_needs_report_view(shop: ReportWorld) -> None:
    ctx, owner, period = shop.world.ctx, shop.world.owner, shop.period
    clerk = shop.world.add_user("carl", SALES_CLERK)
    for kind in ReportKind:
        table = reports.run_report(ctx, owner, kind, period)
        width = len(table.columns)
        assert table.kind == kind and table.title and table.currency == "CNY"
        assert all(len(r) == width for r in table.rows), kind
        assert table.totals is None or len(table.totals) == width
        assert not table.row_ids or len(table.row_ids) == len(table.rows)
        for chart in table.charts:
            assert all(len(s.values) == len(chart.categories) for s in chart.series), kind
        assert table.generated_at == NOW
        with pytest.raises(NotPermitted):
            reports.run_report(ctx, clerk, kind, period)
    with pytest.raises(InvalidInput):
        reports.run_report(ctx, owner, "no-such-report", period)


def test_filter_choices_for_a_user_without_user_management(shop: ReportWorld) -> None:
    world = shop.world
    finance = world.add_user("fiona", FINANCE)
    choices = reports.report_choices(world.ctx, finance)
    assert [c.label for c in choices.staff] == [
        "Clara (clara)",
        "Fiona (fiona)",
        "Olive Owner (owner)",
    ]
    assert [c.label for c in choices.categories] == sorted(shop.categories)
    assert {c.id for c in choices.categories} == set(shop.categories.values())
    assert [c.label for c in choices.desks] == ["D01 Desk 1"]
    assert "MAIN" in {c.label.split()[0] for c in choices.locations}
    with pytest.raises(NotPermitted):
        reports.report_choices(world.ctx, world.add_user("carl", SALES_CLERK))
