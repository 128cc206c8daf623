"""The dashboard (RPT-1): the shop's figures at a glance, in one read.

:func:`dashboard` needs ``report.view``; cost and margin figures need
``report.view_cost`` as well (re-checked in the database; without it they are ``None``).
Definitions (also in :data:`report_types.FIGURE_NOTES` for tooltips):

* **sales, orders** — orders placed in the period in every state but cancelled (see
  :mod:`report_queries`), their totals as charged (goods after discounts, plus delivery
  and other fees); **today** is the local day of ``ctx.clock()`` against the day before;
  the period against :meth:`Period.previous` (equal length, just before);
* **average order value** — sales ÷ orders, rounded to the nearest minor unit (halves
  up); ``None`` without orders;
* **return rate** — on the lines of those orders, units taken back by after-sales
  (``order_line.returned``: returns and exchanges, restocked or written off; repairs are
  not returns) ÷ units sold.  It belongs to the orders' period, so a recent period's
  rate still grows as returns arrive;
* **repurchase rate** — of the distinct members with at least one order in the period,
  the share with two or more orders in the period;
* **cost of goods, gross margin** — units sold × the product's cost today (orders keep no
  cost of their own); margin = line totals − order-level discounts − cost of goods;
* **top products** — by line totals in the period;
* **low stock** — listed or auto-delisted products (not variant parents) with a reorder
  point or quantity whose sellable stock over all locations is at or below the reorder
  point (the replenishment list's rule);
* **orders waiting** — open orders per state, age since placing, and how many are past
  the shop's :class:`TimelinessTargets` (set with :func:`set_timeliness_targets`);
* **stock accuracy** — from the latest applied count per location (and category);
* **points liability** — points held now × the shop's point value.

The functions are plain and synchronous; the window calls them through its task runner,
off the interface thread.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.models import MemberPoints, Product, StockCount, StockCountLine, StockLevel
from merchant_app.services import audit, member_points, order_rules
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import OrderState
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.report_periods import Period, day_period, local_today
from merchant_app.services.report_queries import (
    LINE,
    ORDER,
    authorize_report,
    by_member,
    is_sale,
    line_totals,
    order_totals,
    product_facts,
    ranges,
    rounded_div,
    shop_currency,
    within,
)
from merchant_app.services.report_types import (
    Chart,
    DashboardFigures,
    Figure,
    FigureKey,
    LowStockRow,
    PointsLiability,
    Rate,
    Series,
    StockAccuracy,
    TimelinessTargets,
    TopProduct,
    WaitingState,
)
from merchant_app.services.shop import get_settings, set_setting

WAITING_STATES = (
    OrderState.PENDING_REVIEW.value,
    OrderState.AWAITING_WAREHOUSE.value,
    OrderState.WAREHOUSE_APPROVED.value,
    OrderState.PACKED.value,
    OrderState.ON_HOLD.value,
)
PACK_TARGET_H = "order_pack_target_hours"
SHIP_TARGET_H = "order_ship_target_hours"
MAX_MINUTES = 100_000
MAX_HOURS = 10_000
LOW_STOCK_STATUSES = ("listed", "delisted")


# ---------------------------------------------------------------------------- targets


def targets_in(s: Session) -> TimelinessTargets:
    """The shop's processing targets (defaults where unset)."""
    rules = order_rules.rules_in(s)
    values = get_settings(s, (PACK_TARGET_H, SHIP_TARGET_H))

    def hours(key: str) -> int:
        try:
            return max(0, int(values.get(key, "0")))
        except ValueError:
            return 0

    return TimelinessTargets(
        rules.review_target_minutes,
        rules.warehouse_target_hours,
        hours(PACK_TARGET_H),
        hours(SHIP_TARGET_H),
    )


def get_timeliness_targets(ctx: AppContext, actor: Actor) -> TimelinessTargets:
    """The shop's processing targets; any signed-in user may read them."""
    with ctx.db.reading() as s:
        load_actor(s, actor.user_id)
        return targets_in(s)


def set_timeliness_targets(
    ctx: AppContext, actor: Actor, targets: TimelinessTargets
) -> TimelinessTargets:
    """Store the processing targets shop-wide (``settings.manage``, like the other order
    rules; one transaction, audited with the old and new values).  Review and warehouse
    targets must be above zero (1 … 100,000 minutes, 1 … 10,000 hours); packing and
    shipping targets 0 (none) … 10,000 hours.  Invalid values change nothing and raise
    :class:`InvalidInput` naming the field."""
    checks = (
        ("review_minutes", targets.review_minutes, 1, MAX_MINUTES),
        ("warehouse_hours", targets.warehouse_hours, 1, MAX_HOURS),
        ("pack_hours", targets.pack_hours, 0, MAX_HOURS),
        ("ship_hours", targets.ship_hours, 0, MAX_HOURS),
    )
    for name, value, low, high in checks:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The processing target “{target}” must be between {low} and {high}."
                ),
                target=name,
                low=low,
                high=high,
                field=name,
            )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        old = targets_in(s)
        set_setting(s, order_rules.REVIEW_TARGET_MIN, str(targets.review_minutes))
        set_setting(s, order_rules.WAREHOUSE_TARGET_H, str(targets.warehouse_hours))
        set_setting(s, PACK_TARGET_H, str(targets.pack_hours))
        set_setting(s, SHIP_TARGET_H, str(targets.ship_hours))
        if old != targets:
            audit.record(
                s,
                ctx,
                current,
                "settings.timeliness_targets",
                "",
                {"old": asdict(old), "new": asdict(targets)},
            )
        return targets_in(s)


# ---------------------------------------------------------------------------- pieces


def late_condition(targets: TimelinessTargets, now: datetime) -> ColumnElement[bool]:
    """SQL: an open order placed longer ago than its state's target."""
    parts = [
        and_(ORDER.c.state == state, ORDER.c.created_at < now - timedelta(seconds=seconds))
        for state in WAITING_STATES
        if (seconds := targets.target_seconds(state)) is not None
    ]
    return or_(*parts) if parts else false()


def waiting_states(s: Session, now: datetime, targets: TimelinessTargets) -> list[WaitingState]:
    """Every waiting state (in flow order, empty ones included) with its figures."""
    late = late_condition(targets, now)
    rows = s.execute(
        select(
            ORDER.c.state,
            func.count(),
            func.min(ORDER.c.created_at),
            func.coalesce(func.sum(case((late, 1), else_=0)), 0),
        )
        .where(ORDER.c.state.in_(WAITING_STATES))
        .group_by(ORDER.c.state)
    )
    found = {state: (int(n), oldest, int(n_late)) for state, n, oldest, n_late in rows}
    out = []
    for state in WAITING_STATES:
        n, oldest, n_late = found.get(state, (0, None, 0))
        age = max(0, int((now - oldest).total_seconds())) if oldest is not None else None
        out.append(WaitingState(state, n, oldest, age, targets.target_seconds(state), n_late))
    return out


def low_stock_query() -> tuple[Select[Any], ColumnElement[Any]]:
    """The low-stock SELECT (id, sku, name, sellable, on hand, reorder point, reorder
    quantity) and its shortfall expression (sellable − reorder point) for ordering."""
    lv = (
        select(
            StockLevel.product_id,
            func.sum(StockLevel.on_hand).label("on_hand"),
            func.sum(StockLevel.on_hand - StockLevel.reserved).label("sellable"),
        )
        .group_by(StockLevel.product_id)
        .subquery("lv")
    )
    sellable = func.coalesce(lv.c.sellable, 0)
    q = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            sellable,
            func.coalesce(lv.c.on_hand, 0),
            Product.reorder_point,
            Product.reorder_qty,
        )
        .outerjoin(lv, lv.c.product_id == Product.id)
        .where(
            Product.is_parent.is_(False),
            Product.status.in_(LOW_STOCK_STATUSES),
            or_(Product.reorder_point > 0, Product.reorder_qty > 0),
            sellable <= Product.reorder_point,
        )
    )
    return q, sellable - Product.reorder_point


def low_stock(s: Session, limit: int) -> tuple[list[LowStockRow], int]:
    """The ``limit`` lowest products (furthest below their reorder point first, then by
    SKU) and how many products are low in all."""
    q, shortfall = low_stock_query()
    total = s.scalar(select(func.count()).select_from(q.subquery()))
    rows = s.execute(q.order_by(shortfall, Product.sku).limit(limit))
    out = [
        LowStockRow(pid, sku, name, int(sell), int(hand), int(point), int(qty))
        for pid, sku, name, sell, hand, point, qty in rows
    ]
    return out, int(total or 0)


def latest_count_ids(s: Session) -> tuple[list[str], datetime | None]:
    """The latest applied count of each (location, category) and the newest apply time."""
    latest: dict[tuple[str, str | None], tuple[datetime, str]] = {}
    rows = s.execute(
        select(StockCount.id, StockCount.location_id, StockCount.category_id, StockCount.applied_at)
        .where(StockCount.status == "applied", StockCount.applied_at.is_not(None))
        .order_by(StockCount.applied_at, StockCount.id)
    )
    for count_id, location_id, category_id, at in rows:
        latest[(location_id, category_id)] = (at, count_id)
    newest = max((at for at, _ in latest.values()), default=None)
    return [count_id for _, count_id in latest.values()], newest


def stock_accuracy(s: Session) -> StockAccuracy:
    """See :class:`StockAccuracy`."""
    ids, newest = latest_count_ids(s)
    if not ids:
        return StockAccuracy(0, 0, 0, 0, 0, None)
    line = StockCountLine
    lines, exact, counted, off = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((line.adjusted == 0, 1), else_=0)), 0),
            func.coalesce(func.sum(line.counted), 0),
            func.coalesce(func.sum(func.abs(line.adjusted)), 0),
        ).where(line.count_id.in_(ids))
    ).one()
    return StockAccuracy(len(ids), int(lines), int(exact), int(counted), int(off), newest)


def points_liability(s: Session) -> PointsLiability:
    """See :class:`PointsLiability`."""
    points, members = s.execute(
        select(func.coalesce(func.sum(MemberPoints.balance), 0), func.count()).where(
            MemberPoints.balance > 0
        )
    ).one()
    value = member_points.rules_in(s).value_minor
    return PointsLiability(int(points), int(members), value, int(points) * value)


def repeat_members(s: Session, spans: list[tuple[datetime, datetime]]) -> list[tuple[int, int]]:
    """Per span: ``(members with a sale in it, of whom with two sales or more)``."""
    b = ranges(spans)
    per_member = (
        select(b.c.i.label("i"), func.count().label("n"))
        .select_from(b.join(ORDER, within(ORDER.c.created_at, b)))
        .where(is_sale(), by_member())
        .group_by(b.c.i, ORDER.c.member_id)
        .subquery("per_member")
    )
    rows = s.execute(
        select(
            per_member.c.i,
            func.count(),
            func.coalesce(func.sum(case((per_member.c.n >= 2, 1), else_=0)), 0),
        ).group_by(per_member.c.i)
    )
    out = [(0, 0)] * len(spans)
    for i, members, repeaters in rows:
        out[int(i)] = (int(members), int(repeaters))
    return out


def goods_and_cost(s: Session, period: Period) -> tuple[int, int, int, int]:
    """``(units sold, units returned, line totals, units × cost today)`` of the sales placed
    in ``period``, summed in SQL without grouping by product (the period before only
    needs the totals)."""
    b = ranges([(period.start, period.end)])
    row = s.execute(
        select(
            func.coalesce(func.sum(LINE.c.quantity), 0),
            func.coalesce(func.sum(LINE.c.returned), 0),
            func.coalesce(func.sum(LINE.c.total_minor), 0),
            func.coalesce(func.sum(LINE.c.quantity * Product.cost_minor), 0),
        )
        .select_from(
            b.join(ORDER, within(ORDER.c.created_at, b))
            .join(LINE, LINE.c.order_id == ORDER.c.id)
            .join(Product, Product.id == LINE.c.product_id)
        )
        .where(is_sale())
    ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


# ---------------------------------------------------------------------------- dashboard


def dashboard(
    ctx: AppContext,
    actor: Actor,
    period: Period,
    *,
    top: int = 10,
    low_stock_limit: int = 10,
) -> DashboardFigures:
    """Every dashboard figure for ``period`` (against the period before) and today
    (against yesterday), read in one transaction at ``ctx.clock()``.  Needs
    ``report.view`` (:class:`NotPermitted` otherwise); cost of goods and margins only
    with ``report.view_cost``.  ``top`` and ``low_stock_limit`` bound the two lists."""
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        now = ctx.clock()
        today = day_period(local_today(now, period.tz), period.tz)
        before = period.previous()
        yesterday = today.previous()
        chart_now, chart_before = period.buckets(), before.buckets()
        # the chart buckets split each period, so their sums are the periods' totals
        spans = [(today.start, today.end), (yesterday.start, yesterday.end)]
        spans += [(b.start, b.end) for b in chart_now] + [(b.start, b.end) for b in chart_before]
        totals = order_totals(s, spans)
        (n_t, sales_t, _), (n_y, sales_y, _) = totals[:2]
        now_buckets = totals[2 : 2 + len(chart_now)]
        before_buckets = totals[2 + len(chart_now) :]
        n_p, sales_p, disc_p = (sum(col) for col in zip((0, 0, 0), *now_buckets, strict=True))
        n_b, sales_b, disc_b = (sum(col) for col in zip((0, 0, 0), *before_buckets, strict=True))
        halves = [(period.start, period.end), (before.start, before.end)]
        lines = line_totals(s, halves[:1], count_orders=False)
        members = repeat_members(s, halves)
        facts = product_facts(s, {pid for _, pid in lines})
        units_p = back_p = goods_p = cost_p = 0
        for (_, pid), (_, u, r, total) in lines.items():
            units_p, back_p, goods_p = units_p + u, back_p + r, goods_p + total
            cost_p += u * facts[pid][3] if pid in facts else 0
        units_b, back_b, goods_b, cost_b = goods_and_cost(s, before)
        if shows_cost:
            cogs = Figure(FigureKey.COST_OF_GOODS, "money", cost_p, cost_b)
            margin = Figure(
                FigureKey.GROSS_MARGIN,
                "money",
                goods_p - disc_p - cost_p,
                goods_b - disc_b - cost_b,
            )
        else:
            cogs = Figure(FigureKey.COST_OF_GOODS, "money", None, None)
            margin = Figure(FigureKey.GROSS_MARGIN, "money", None, None)
        ranked = sorted(
            ((pid, v) for (_, pid), v in lines.items()),
            key=lambda item: (-item[1][3], facts.get(item[0], ("",))[0]),
        )
        top_rows = []
        for pid, (_, units, _, total) in ranked[: max(0, top)]:
            sku, name, _, cost, _ = facts.get(pid, ("", "", None, 0, 0))
            top_rows.append(
                TopProduct(
                    pid, sku, name, units, total, total - units * cost if shows_cost else None
                )
            )
        low_rows, low_count = low_stock(s, max(0, low_stock_limit))
        targets = targets_in(s)
        now_series = [total for _, total, _ in now_buckets]
        before_series = [total for _, total, _ in before_buckets][: len(chart_now)]
        before_series += [0] * (len(chart_now) - len(before_series))
        chart = Chart(
            "line",
            QT_TRANSLATE_NOOP("Reports", "Sales"),
            "money",
            tuple(b.label for b in chart_now),
            (
                Series(QT_TRANSLATE_NOOP("Reports", "This period"), tuple(now_series)),
                Series(QT_TRANSLATE_NOOP("Reports", "Previous period"), tuple(before_series)),
            ),
        )
        return DashboardFigures(
            period=period,
            today=today,
            generated_at=now,
            currency=shop_currency(s),
            shows_cost=shows_cost,
            sales_today=Figure(FigureKey.SALES_TODAY, "money", sales_t, sales_y),
            orders_today=Figure(FigureKey.ORDERS_TODAY, "int", n_t, n_y),
            sales=Figure(FigureKey.SALES, "money", sales_p, sales_b),
            orders=Figure(FigureKey.ORDERS, "int", n_p, n_b),
            average_order=Figure(
                FigureKey.AVERAGE_ORDER,
                "money",
                rounded_div(sales_p, n_p),
                rounded_div(sales_b, n_b),
            ),
            return_rate=Rate(FigureKey.RETURN_RATE, back_p, units_p, back_b, units_b),
            repurchase_rate=Rate(
                FigureKey.REPURCHASE_RATE,
                members[0][1],
                members[0][0],
                members[1][1],
                members[1][0],
            ),
            cost_of_goods=cogs,
            gross_margin=margin,
            top_products=tuple(top_rows),
            low_stock=tuple(low_rows),
            low_stock_count=low_count,
            waiting=tuple(waiting_states(s, now, targets)),
            stock_accuracy=stock_accuracy(s),
            points_liability=points_liability(s),
            targets=targets,
            sales_chart=chart,
        )
