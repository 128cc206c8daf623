"""Sales reports (RPT-2): by product, category, desk, staff member and payment method.

Daily, weekly or monthly is the caller's :class:`Period` (``day_period``,
``week_period``, ``month_period`` or any run of days).  Each report needs
``report.view`` and reads in one transaction; cost and margin columns appear only with
``report.view_cost`` (re-checked in the database).  Sales are counted as
:mod:`report_queries` says (orders placed in the period, every state but cancelled):

* by product / category: order lines, line totals after line discounts and before
  order-level discounts (so they add up to the goods, not to the order totals); cost =
  units × the product's cost today;
* by desk / staff member (who entered the order): order totals as charged;
* by payment method: the payments and refunds dated in the period (money movements,
  whatever the order's date), as the till sees them.

Each report has a chart over time (the period's :meth:`Period.buckets`) and a bar
chart of its largest rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.models import Desk, Payment, User
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.orders import METHOD_LABELS, PAYMENT_METHODS
from merchant_app.services.report_periods import Period
from merchant_app.services.report_queries import (
    ORDER,
    authorize_report,
    build_table,
    category_paths,
    is_sale,
    line_sums,
    line_totals,
    order_filters,
    order_totals,
    product_facts,
    products_in_categories,
    ranges,
    rounded_div,
    share,
    shop_currency,
    within,
)
from merchant_app.services.report_types import (
    REPORT_TITLES,
    Cell,
    Chart,
    Column,
    ReportFilters,
    ReportKind,
    ReportTable,
    Series,
)

TOP_BARS = 10
NO_NAME = "—"

SKU = Column("sku", QT_TRANSLATE_NOOP("Reports", "SKU"), "text")
PRODUCT = Column("product", QT_TRANSLATE_NOOP("Reports", "Product"), "text")
CATEGORY = Column("category", QT_TRANSLATE_NOOP("Reports", "Category"), "text")
ORDERS = Column("orders", QT_TRANSLATE_NOOP("Reports", "Orders"), "int")
UNITS = Column("units", QT_TRANSLATE_NOOP("Reports", "Units"), "int")
RETURNED = Column("returned", QT_TRANSLATE_NOOP("Reports", "Returned"), "int")
SALES = Column("sales", QT_TRANSLATE_NOOP("Reports", "Sales"), "money")
SHARE = Column("share", QT_TRANSLATE_NOOP("Reports", "Share"), "percent")
COST = Column("cost", QT_TRANSLATE_NOOP("Reports", "Cost"), "money", cost=True)
MARGIN = Column("margin", QT_TRANSLATE_NOOP("Reports", "Margin"), "money", cost=True)
MARGIN_RATE = Column("margin_rate", QT_TRANSLATE_NOOP("Reports", "Margin %"), "percent", cost=True)
AVERAGE = Column("average_order", QT_TRANSLATE_NOOP("Reports", "Average order"), "money")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")


# what the product and category reports sum (one wording for both)
LINES_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "Order lines of the orders placed in the period (cancelled ones excepted), "
    "after line discounts and before order discounts; cost at today's cost.",
)


def over_time(
    period: Period, title: str, unit: Any, named: Sequence[tuple[str, Sequence[int]]]
) -> Chart:
    """A line chart over the period's buckets (one series per ``(name, values)``)."""
    return Chart(
        "line",
        title,
        unit,
        tuple(b.label for b in period.buckets()),
        tuple(Series(name, tuple(values)) for name, values in named),
    )


def top_bars(
    title: str,
    unit: Any,
    items: Sequence[tuple[str, int]],
    context: str = "",
    series: str = QT_TRANSLATE_NOOP("Reports", "Sales"),
) -> Chart:
    """A bar chart of the :data:`TOP_BARS` largest ``(category, value)`` items (one
    series, named ``series``)."""
    ranked = sorted(items, key=lambda item: -item[1])[:TOP_BARS]
    return Chart(
        "bar",
        title,
        unit,
        tuple(name for name, _ in ranked),
        (Series(series, tuple(v for _, v in ranked)),),
        context,
    )


def whole(cell: Cell) -> int:
    """A cell's whole number (0 for anything else)."""
    return cell if isinstance(cell, int) else 0


def _margin(sales: int, cost: int) -> tuple[int, int, float | None]:
    return cost, sales - cost, share(sales - cost, sales)


# ---------------------------------------------------------------------------- by product


def _product_rows(
    s: Session, period: Period, filters: ReportFilters
) -> tuple[dict[str, tuple[int, int, int, int]], list[tuple[int, int, int]], Any]:
    where = order_filters(filters.desk_id, filters.user_id)
    narrow = products_in_categories(s, filters.category_id)
    lines = line_totals(s, [(period.start, period.end)], where, narrow)
    per_product = {pid: v for (_, pid), v in lines.items()}
    # the buckets split the period, so their sums are the period's (each order in one)
    buckets = line_sums(s, [(b.start, b.end) for b in period.buckets()], where, narrow)
    whole_period = tuple(sum(col) for col in zip(*buckets, strict=True)) or (0, 0, 0)
    sums = [(whole_period[0], whole_period[1], whole_period[2]), *buckets]
    facts = product_facts(s, per_product)
    return per_product, sums, facts


def sales_by_product(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per product sold in the period (largest sales first): orders, units,
    units returned since, line totals, share of the total, and cost, margin and margin
    % with ``report.view_cost``.  Filters: desk, staff member, category (with its
    subcategories).  Charts: sales per bucket; the ten best sellers."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        per_product, sums, facts = _product_rows(s, period, filters)
        paths = category_paths(s)
        total_sales = sums[0][2]
        ranked = sorted(
            per_product.items(), key=lambda item: (-item[1][3], facts.get(item[0], ("",))[0])
        )
        rows: list[tuple[Cell, ...]] = []
        ids = []
        all_cost = all_units = all_back = 0
        for pid, (orders, units, back, sales) in ranked:
            sku, name, cat, cost, _ = facts.get(pid, ("", "", None, 0, 0))
            rows.append(
                (
                    sku,
                    name,
                    paths.get(cat or "", NO_NAME),
                    orders,
                    units,
                    back,
                    sales,
                    share(sales, total_sales),
                    *_margin(sales, units * cost),
                )
            )
            ids.append(pid)
            all_cost += units * cost
            all_units += units
            all_back += back
        totals: tuple[Cell, ...] = (
            TOTAL,
            None,
            None,
            sums[0][0],
            all_units,
            all_back,
            total_sales,
            share(total_sales, total_sales),
            *_margin(total_sales, all_cost),
        )
        charts = (
            over_time(
                period,
                QT_TRANSLATE_NOOP("Reports", "Sales over time"),
                "money",
                [(SALES.label, [t for _, _, t in sums[1:]])],
            ),
            top_bars(  # by SKU: names are long and alike when shortened
                QT_TRANSLATE_NOOP("Reports", "Best-selling products"),
                "money",
                [(str(r[0]), whole(r[6])) for r in rows],
            ),
        )
        return build_table(
            kind=ReportKind.SALES_BY_PRODUCT,
            title=REPORT_TITLES[ReportKind.SALES_BY_PRODUCT],
            period=period,
            currency=shop_currency(s),
            columns=(
                SKU,
                PRODUCT,
                CATEGORY,
                ORDERS,
                UNITS,
                RETURNED,
                SALES,
                SHARE,
                COST,
                MARGIN,
                MARGIN_RATE,
            ),
            rows=rows,
            totals=totals,
            charts=charts,
            row_ids=ids,
            row_kind="product",
            note=LINES_NOTE,
            shows_cost=shows_cost,
            now=ctx.clock(),
        )


def sales_by_category(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per category (its full path; products without one under "—"), largest
    sales first: products sold, units, returned, line totals, share, and cost and margin
    with ``report.view_cost``.  Filters as :func:`sales_by_product`."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        per_product, sums, facts = _product_rows(s, period, filters)
        paths = category_paths(s)
        groups: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        for pid, (_, units, back, sales) in per_product.items():
            _, _, cat, cost, _ = facts.get(pid, ("", "", None, 0, 0))
            g = groups[cat]
            g[0] += 1
            g[1] += units
            g[2] += back
            g[3] += sales
            g[4] += units * cost
        total_sales = sums[0][2]
        ranked = sorted(
            groups.items(), key=lambda item: (-item[1][3], paths.get(item[0] or "", ""))
        )
        rows: list[tuple[Cell, ...]] = []
        ids = []
        for cat, (products, units, back, sales, cost) in ranked:
            rows.append(
                (
                    paths.get(cat or "", NO_NAME),
                    products,
                    units,
                    back,
                    sales,
                    share(sales, total_sales),
                    *_margin(sales, cost),
                )
            )
            ids.append(cat or "")
        totals: tuple[Cell, ...] = (
            TOTAL,
            sum(g[0] for g in groups.values()),
            sum(g[1] for g in groups.values()),
            sum(g[2] for g in groups.values()),
            total_sales,
            share(total_sales, total_sales),
            *_margin(total_sales, sum(g[4] for g in groups.values())),
        )
        charts = (
            over_time(
                period,
                QT_TRANSLATE_NOOP("Reports", "Sales over time"),
                "money",
                [(SALES.label, [t for _, _, t in sums[1:]])],
            ),
            top_bars(
                QT_TRANSLATE_NOOP("Reports", "Sales by category"),
                "money",
                [(str(r[0]), whole(r[4])) for r in rows],
            ),
        )
        return build_table(
            kind=ReportKind.SALES_BY_CATEGORY,
            title=REPORT_TITLES[ReportKind.SALES_BY_CATEGORY],
            period=period,
            currency=shop_currency(s),
            columns=(
                CATEGORY,
                Column("products", QT_TRANSLATE_NOOP("Reports", "Products"), "int"),
                UNITS,
                RETURNED,
                SALES,
                SHARE,
                COST,
                MARGIN,
                MARGIN_RATE,
            ),
            rows=rows,
            totals=totals,
            charts=charts,
            row_ids=ids,
            row_kind="category",
            note=LINES_NOTE,
            shows_cost=shows_cost,
            now=ctx.clock(),
        )


# ---------------------------------------------------------------------------- by desk / staff


def _orders_by(
    s: Session, period: Period, key: Any, where: list[ColumnElement[bool]]
) -> list[tuple[str | None, int, int]]:
    rows = s.execute(
        select(key, func.count(), func.coalesce(func.sum(ORDER.c.total_minor), 0))
        .where(
            is_sale(), ORDER.c.created_at >= period.start, ORDER.c.created_at < period.end, *where
        )
        .group_by(key)
    )
    return [(k, int(n), int(total)) for k, n, total in rows]


def _by_order_owner(
    ctx: AppContext,
    actor: Actor,
    period: Period,
    filters: ReportFilters,
    kind: ReportKind,
    key: Any,
    first: Column,
    names: Any,
) -> ReportTable:
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        where = order_filters(filters.desk_id, filters.user_id)
        groups = _orders_by(s, period, key, where)
        named = names(s)
        series = order_totals(s, [(b.start, b.end) for b in period.buckets()], where)
        total_orders = sum(n for _, n, _ in groups)
        total_sales = sum(t for _, _, t in groups)
        ranked = sorted(groups, key=lambda g: (-g[2], named.get(g[0], NO_NAME)))
        rows: list[tuple[Cell, ...]] = [
            (named.get(k, NO_NAME), n, t, rounded_div(t, n), share(t, total_sales))
            for k, n, t in ranked
        ]
        totals: tuple[Cell, ...] = (
            TOTAL,
            total_orders,
            total_sales,
            rounded_div(total_sales, total_orders),
            share(total_sales, total_sales),
        )
        charts = (
            over_time(
                period,
                QT_TRANSLATE_NOOP("Reports", "Sales over time"),
                "money",
                [(SALES.label, [t for _, t, _ in series])],
            ),
            top_bars(REPORT_TITLES[kind], "money", [(str(r[0]), whole(r[2])) for r in rows]),
        )
        return build_table(
            kind=kind,
            title=REPORT_TITLES[kind],
            period=period,
            currency=shop_currency(s),
            columns=(first, ORDERS, SALES, AVERAGE, SHARE),
            rows=rows,
            totals=totals,
            charts=charts,
            row_ids=[k or "" for k, _, _ in ranked],
            row_kind=kind.value.removeprefix("sales_"),
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Orders placed in the period (cancelled ones excepted) and their totals as "
                "charged.",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )


def _desk_names(s: Session) -> dict[str | None, str]:
    return {
        i: f"{code} {name}" for i, code, name in s.execute(select(Desk.id, Desk.code, Desk.name))
    }


def _staff_names(s: Session) -> dict[str | None, str]:
    return {
        i: f"{name} ({login})"
        for i, login, name in s.execute(select(User.id, User.login, User.display_name))
    }


def sales_by_desk(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per desk (code and name) that took orders in the period: orders, sales
    (order totals), average order, share.  Filters: desk, staff member."""
    return _by_order_owner(
        ctx,
        actor,
        period,
        filters or ReportFilters(),
        ReportKind.SALES_BY_DESK,
        ORDER.c.desk_id,
        Column("desk", QT_TRANSLATE_NOOP("Reports", "Desk"), "text"),
        _desk_names,
    )


def sales_by_staff(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per staff member who entered orders in the period (name and login;
    imported orders without one under "—"): orders, sales, average order, share.
    Filters: desk, staff member."""
    return _by_order_owner(
        ctx,
        actor,
        period,
        filters or ReportFilters(),
        ReportKind.SALES_BY_STAFF,
        ORDER.c.created_by,
        Column("staff", QT_TRANSLATE_NOOP("Reports", "Staff member"), "text"),
        _staff_names,
    )


# ---------------------------------------------------------------------------- by payment


def sales_by_payment(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per payment method used in the period (in the order of
    :data:`orders.PAYMENT_METHODS`): payments taken (count and amount), refunds and the
    net, and the net's share.  Payments are counted on the day they were taken or
    refunded.  Filters: desk (where the payment was taken) and staff member (who took
    it).  Charts: net per bucket; net per method."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        pay = Payment.__table__
        where: list[ColumnElement[bool]] = []
        if filters.desk_id is not None:
            where.append(pay.c.desk_id == filters.desk_id)
        if filters.user_id is not None:
            where.append(pay.c.user_id == filters.user_id)
        taken = pay.c.amount_minor > 0
        rows_q = (
            select(
                pay.c.method,
                func.coalesce(func.sum(case((taken, 1), else_=0)), 0),
                func.coalesce(func.sum(case((taken, pay.c.amount_minor), else_=0)), 0),
                func.coalesce(func.sum(case((taken, 0), else_=-pay.c.amount_minor)), 0),
            )
            .where(pay.c.at >= period.start, pay.c.at < period.end, *where)
            .group_by(pay.c.method)
        )
        found = {m: (int(n), int(t), int(r)) for m, n, t, r in s.execute(rows_q)}
        b = ranges([(x.start, x.end) for x in period.buckets()])
        series = [0] * len(period.buckets())
        for i, net in s.execute(
            select(b.c.i, func.coalesce(func.sum(pay.c.amount_minor), 0))
            .select_from(b.join(pay, within(pay.c.at, b)))
            .where(*where)
            .group_by(b.c.i)
        ):
            series[int(i)] = int(net)
        order = {m: i for i, m in enumerate(PAYMENT_METHODS)}
        methods = sorted(found, key=lambda m: (order.get(m, len(order)), m))
        net_all = sum(t - r for _, t, r in found.values())
        rows: list[tuple[Cell, ...]] = []
        for m in methods:
            n, t, r = found[m]
            rows.append((METHOD_LABELS.get(m, m), n, t, r, t - r, share(t - r, net_all)))
        totals: tuple[Cell, ...] = (
            TOTAL,
            sum(v[0] for v in found.values()),
            sum(v[1] for v in found.values()),
            sum(v[2] for v in found.values()),
            net_all,
            share(net_all, net_all),
        )
        charts = (
            over_time(
                period,
                QT_TRANSLATE_NOOP("Reports", "Net takings over time"),
                "money",
                [(QT_TRANSLATE_NOOP("Reports", "Net"), series)],
            ),
            Chart(
                "bar",
                QT_TRANSLATE_NOOP("Reports", "Net by payment method"),
                "money",
                tuple(str(r[0]) for r in rows),
                (Series(QT_TRANSLATE_NOOP("Reports", "Net"), tuple(whole(r[4]) for r in rows)),),
                "PaymentMethod",
            ),
        )
        return build_table(
            kind=ReportKind.SALES_BY_PAYMENT,
            title=REPORT_TITLES[ReportKind.SALES_BY_PAYMENT],
            period=period,
            currency=shop_currency(s),
            columns=(
                Column(
                    "method",
                    QT_TRANSLATE_NOOP("Reports", "Payment method"),
                    "label",
                    "PaymentMethod",
                ),
                Column("payments", QT_TRANSLATE_NOOP("Reports", "Payments"), "int"),
                Column("taken", QT_TRANSLATE_NOOP("Reports", "Taken"), "money"),
                Column("refunded", QT_TRANSLATE_NOOP("Reports", "Refunded"), "money"),
                Column("net", QT_TRANSLATE_NOOP("Reports", "Net"), "money"),
                SHARE,
            ),
            rows=rows,
            totals=totals,
            charts=charts,
            row_ids=methods,
            row_kind="payment_method",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Payments and refunds made in the period, on whatever day their order was placed.",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )
