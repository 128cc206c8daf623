"""Stock reports (RPT-2): valuation, movement, slow movers and ABC classification.

Each needs ``report.view`` and reads in one transaction; values at cost need
``report.view_cost`` (otherwise those columns are left out).  Stock is ledger stock
(on hand, every location, or the location chosen in :class:`ReportFilters` with the bins
inside it); quantities at a past moment are rebuilt from the move ledger (on hand now
minus the moves since), which is exact because on hand is always the sum of the moves.
Products are valued at their price and cost today (the catalog keeps no cost history per
unit).  Variant parents hold no stock and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound
from merchant_app.models import Location, Product, StockLevel, StockMove
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.report_periods import Period
from merchant_app.services.report_queries import (
    authorize_report,
    build_table,
    category_ids,
    category_paths,
    line_totals,
    order_filters,
    products_in_categories,
    ranges,
    share,
    shop_currency,
    within,
)
from merchant_app.services.report_sales import (
    CATEGORY,
    MARGIN,
    NO_NAME,
    PRODUCT,
    SALES,
    SHARE,
    SKU,
    TOTAL,
    UNITS,
    over_time,
    top_bars,
    whole,
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

_level = StockLevel.__table__
_move = StockMove.__table__

# stock move reasons, as the movement report groups them
RECEIVED = ("receive",)
SHIPPED = ("ship",)
RETURNED = ("return",)
ADJUSTED = ("damage", "loss", "found", "correction", "count")
MOVED = ("transfer_in", "transfer_out", "pick")
A_SHARE = 0.80  # ABC: products making the first 80 % of sales are A,
B_SHARE = 0.95  # the next 15 % B, the rest (and products not sold) C

ON_HAND = Column("on_hand", QT_TRANSLATE_NOOP("Reports", "On hand"), "int")
RETAIL_VALUE = Column("retail_value", QT_TRANSLATE_NOOP("Reports", "Value at price"), "money")
COST_VALUE = Column("cost_value", QT_TRANSLATE_NOOP("Reports", "Value at cost"), "money", cost=True)


class _Product:
    """The catalog facts a stock report shows for one product."""

    __slots__ = ("category", "cost", "name", "price", "sku")

    def __init__(self, sku: str, name: str, category: str, price: int, cost: int) -> None:
        self.sku, self.name, self.category, self.price, self.cost = sku, name, category, price, cost


def _products(s: Session, category_id: str | None) -> dict[str, _Product]:
    """Stock-holding products (not variant parents), of a category subtree if given."""
    paths = category_paths(s)
    q = select(
        Product.id,
        Product.sku,
        Product.name,
        Product.category_id,
        Product.price_minor,
        Product.cost_minor,
    ).where(Product.is_parent.is_(False))
    if category_id is not None:
        q = q.where(Product.category_id.in_(category_ids(s, category_id)))
    return {
        pid: _Product(sku, name, paths.get(cat or "", NO_NAME), int(price), int(cost))
        for pid, sku, name, cat, price, cost in s.execute(q)
    }


def location_ids(s: Session, location_id: str | None) -> list[str] | None:
    """The location and every bin inside it (``None``: all locations);
    :class:`NotFound` for an unknown one."""
    if location_id is None:
        return None
    rows = s.execute(select(Location.id, Location.parent_id)).all()
    if location_id not in {i for i, _ in rows}:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "That location no longer exists."), field="location"
        )
    children: dict[str | None, list[str]] = defaultdict(list)
    for i, parent in rows:
        children[parent].append(i)
    out, todo = [], [location_id]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, ()))
    return out


def _on_hand(s: Session, locations: list[str] | None) -> dict[str, int]:
    q = select(_level.c.product_id, func.sum(_level.c.on_hand)).group_by(_level.c.product_id)
    if locations is not None:
        q = q.where(_level.c.location_id.in_(locations))
    return {pid: int(n) for pid, n in s.execute(q)}


def _moves_since(s: Session, since: datetime, locations: list[str] | None) -> dict[str, int]:
    q = (
        select(_move.c.product_id, func.sum(_move.c.quantity))
        .where(_move.c.at >= since)
        .group_by(_move.c.product_id)
    )
    if locations is not None:
        q = q.where(_move.c.location_id.in_(locations))
    return {pid: int(n) for pid, n in s.execute(q)}


def _at(s: Session, when: datetime, now: datetime, locations: list[str] | None) -> dict[str, int]:
    """On hand per product at the instant ``when`` (now when ``when`` is not past)."""
    stock = _on_hand(s, locations)
    if when < now:
        for pid, qty in _moves_since(s, when, locations).items():
            stock[pid] = stock.get(pid, 0) - qty
    return stock


# ---------------------------------------------------------------------------- valuation


def stock_valuation(
    ctx: AppContext,
    actor: Actor,
    period: Period | None = None,
    filters: ReportFilters | None = None,
) -> ReportTable:
    """Stock at the end of ``period`` (now when ``None`` or not yet over), one row per
    product holding any (largest value at price first): units, value at price, share,
    and value at cost with ``report.view_cost``.  Filters: location (with its bins),
    category (with subcategories).  Chart: value at price by category."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        now = ctx.clock()
        locations = location_ids(s, filters.location_id)
        products = _products(s, filters.category_id)
        stock = _at(s, period.end if period else now, now, locations)
        held = [(pid, qty) for pid, qty in stock.items() if qty and pid in products]
        total_retail = sum(products[pid].price * qty for pid, qty in held)
        ranked = sorted(
            held, key=lambda item: (-products[item[0]].price * item[1], products[item[0]].sku)
        )
        rows: list[tuple[Cell, ...]] = []
        by_category: dict[str, int] = defaultdict(int)
        for pid, qty in ranked:
            p = products[pid]
            retail = p.price * qty
            rows.append(
                (p.sku, p.name, p.category, qty, retail, share(retail, total_retail), p.cost * qty)
            )
            by_category[p.category] += retail
        totals: tuple[Cell, ...] = (
            TOTAL,
            None,
            None,
            sum(qty for _, qty in held),
            total_retail,
            share(total_retail, total_retail),
            sum(products[pid].cost * qty for pid, qty in held),
        )
        return build_table(
            kind=ReportKind.STOCK_VALUATION,
            title=REPORT_TITLES[ReportKind.STOCK_VALUATION],
            period=period,
            currency=shop_currency(s),
            columns=(SKU, PRODUCT, CATEGORY, ON_HAND, RETAIL_VALUE, SHARE, COST_VALUE),
            rows=rows,
            totals=totals,
            charts=(
                top_bars(
                    QT_TRANSLATE_NOOP("Reports", "Value at price by category"),
                    "money",
                    list(by_category.items()),
                    series=RETAIL_VALUE.label,
                ),
            ),
            row_ids=[pid for pid, _ in ranked],
            row_kind="product",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Ledger stock at the end of the period (on hand now less the moves since), "
                "valued at today's price and cost.",
            ),
            shows_cost=shows_cost,
            now=now,
        )


# ---------------------------------------------------------------------------- movement


def _group(reason: str) -> int:
    for i, reasons in enumerate((RECEIVED, SHIPPED, RETURNED, ADJUSTED, MOVED)):
        if reason in reasons:
            return i
    return 5


def stock_movement(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per product with stock moves in the period (by SKU): stock at the start,
    received, shipped (negative), returned to stock, adjusted (damage, loss, found,
    corrections and counts), moved between locations (zero over all locations), other
    moves (e.g. imports), and stock at the end; start + moves = end.  Filters: location
    (with its bins), category.  Chart: units received and shipped per bucket."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        now = ctx.clock()
        locations = location_ids(s, filters.location_id)
        products = _products(s, filters.category_id)
        in_period = _move.c.at < period.end
        q = (
            select(
                _move.c.product_id,
                _move.c.reason,
                func.coalesce(func.sum(case((in_period, _move.c.quantity), else_=0)), 0),
                func.coalesce(func.sum(case((in_period, 0), else_=_move.c.quantity)), 0),
            )
            .where(_move.c.at >= period.start)
            .group_by(_move.c.product_id, _move.c.reason)
        )
        if locations is not None:
            q = q.where(_move.c.location_id.in_(locations))
        moved: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        after: dict[str, int] = defaultdict(int)
        for pid, reason, during, later in s.execute(q):
            if pid not in products:
                continue
            after[pid] += int(later)
            if int(during):
                moved[pid][_group(reason)] += int(during)
        stock = _on_hand(s, locations)
        rows: list[tuple[Cell, ...]] = []
        ids = []
        sums = [0] * 8
        for pid in sorted(moved, key=lambda p: products[p].sku):
            closing = stock.get(pid, 0) - after[pid]
            opening = closing - sum(moved[pid])
            p = products[pid]
            values = [opening, *moved[pid], closing]
            rows.append((p.sku, p.name, *values))
            ids.append(pid)
            sums = [a + b for a, b in zip(sums, values, strict=True)]
        buckets = period.buckets()
        series = _received_shipped(s, [(b.start, b.end) for b in buckets], locations, set(products))
        return build_table(
            kind=ReportKind.STOCK_MOVEMENT,
            title=REPORT_TITLES[ReportKind.STOCK_MOVEMENT],
            period=period,
            currency=shop_currency(s),
            columns=(
                SKU,
                PRODUCT,
                Column("opening", QT_TRANSLATE_NOOP("Reports", "At start"), "int"),
                Column("received", QT_TRANSLATE_NOOP("Reports", "Received"), "int"),
                Column("shipped", QT_TRANSLATE_NOOP("Reports", "Shipped"), "int"),
                Column("returned", QT_TRANSLATE_NOOP("Reports", "Returned to stock"), "int"),
                Column("adjusted", QT_TRANSLATE_NOOP("Reports", "Adjusted"), "int"),
                Column("moved", QT_TRANSLATE_NOOP("Reports", "Moved between locations"), "int"),
                Column("other", QT_TRANSLATE_NOOP("Reports", "Other"), "int"),
                Column("closing", QT_TRANSLATE_NOOP("Reports", "At end"), "int"),
            ),
            rows=rows,
            totals=(TOTAL, None, *sums),
            charts=(
                over_time(
                    period,
                    QT_TRANSLATE_NOOP("Reports", "Units received and shipped"),
                    "int",
                    [
                        (QT_TRANSLATE_NOOP("Reports", "Received"), [r for r, _ in series]),
                        (QT_TRANSLATE_NOOP("Reports", "Shipped"), [sh for _, sh in series]),
                    ],
                ),
            ),
            row_ids=ids,
            row_kind="product",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Ledger moves dated in the period; stock at the end is on hand now less the "
                "moves since.",
            ),
            shows_cost=shows_cost,
            now=now,
        )


def _received_shipped(
    s: Session,
    spans: Sequence[tuple[datetime, datetime]],
    locations: list[str] | None,
    products: set[str],
) -> list[tuple[int, int]]:
    b = ranges(spans)
    where: list[ColumnElement[bool]] = [_move.c.reason.in_(RECEIVED + SHIPPED)]
    if locations is not None:
        where.append(_move.c.location_id.in_(locations))
    received = case((_move.c.reason.in_(RECEIVED), _move.c.quantity), else_=0)
    shipped = case((_move.c.reason.in_(SHIPPED), -_move.c.quantity), else_=0)
    q = (
        select(_move.c.product_id, b.c.i, func.sum(received), func.sum(shipped))
        .select_from(b.join(_move, within(_move.c.at, b)))
        .where(*where)
        .group_by(b.c.i, _move.c.product_id)
    )
    out = [(0, 0)] * len(spans)
    for pid, i, r, sh in s.execute(q):
        if pid in products:
            a, c = out[int(i)]
            out[int(i)] = (a + int(r), c + int(sh))
    return out


# ---------------------------------------------------------------------------- slow movers


def _sold(
    s: Session, period: Period, filters: ReportFilters
) -> dict[str, tuple[int, int, int, int]]:
    where = order_filters(filters.desk_id, filters.user_id)
    narrow = products_in_categories(s, filters.category_id)
    lines = line_totals(s, [(period.start, period.end)], where, narrow)
    return {pid: v for (_, pid), v in lines.items()}


def slow_movers(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """Every product with stock on hand now, slowest first: units sold in the period
    (none first), on hand, days of cover at the period's rate of sale (``None`` when
    nothing sold), value at price, and value at cost with ``report.view_cost``.  Ties
    go to the product holding more value.  Filters: location (stock), category.  Chart:
    value at price held by the ten slowest."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        locations = location_ids(s, filters.location_id)
        products = _products(s, filters.category_id)
        stock = {p: q for p, q in _on_hand(s, locations).items() if q > 0 and p in products}
        sold = _sold(s, period, filters)
        ranked = sorted(
            stock,
            key=lambda p: (
                sold.get(p, (0, 0, 0, 0))[1],
                -products[p].price * stock[p],
                products[p].sku,
            ),
        )
        rows: list[tuple[Cell, ...]] = []
        for pid in ranked:
            p, qty = products[pid], stock[pid]
            units = sold.get(pid, (0, 0, 0, 0))[1]
            cover = (qty * period.days + units - 1) // units if units > 0 else None
            rows.append((p.sku, p.name, p.category, units, qty, cover, p.price * qty, p.cost * qty))
        totals: tuple[Cell, ...] = (
            TOTAL,
            None,
            None,
            sum(sold.get(p, (0, 0, 0, 0))[1] for p in stock),
            sum(stock.values()),
            None,
            sum(products[p].price * q for p, q in stock.items()),
            sum(products[p].cost * q for p, q in stock.items()),
        )
        return build_table(
            kind=ReportKind.SLOW_MOVERS,
            title=REPORT_TITLES[ReportKind.SLOW_MOVERS],
            period=period,
            currency=shop_currency(s),
            columns=(
                SKU,
                PRODUCT,
                CATEGORY,
                Column("sold", QT_TRANSLATE_NOOP("Reports", "Units sold"), "int"),
                ON_HAND,
                Column("cover_days", QT_TRANSLATE_NOOP("Reports", "Days of cover"), "int"),
                RETAIL_VALUE,
                COST_VALUE,
            ),
            rows=rows,
            totals=totals,
            charts=(
                Chart(
                    "bar",
                    QT_TRANSLATE_NOOP("Reports", "Stock held by the slowest products"),
                    "money",
                    tuple(str(r[0]) for r in rows[:10]),
                    (Series(RETAIL_VALUE.label, tuple(whole(r[6]) for r in rows[:10])),),
                ),
            ),
            row_ids=ranked,
            row_kind="product",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Products with stock on hand now; units sold on the orders placed in the "
                "period; days of cover = on hand ÷ units sold per day, rounded up.",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )


# ---------------------------------------------------------------------------- ABC


def abc_class(before: int, total: int) -> str:
    """The class of a product whose better sellers make ``before`` of ``total`` sales:
    A while they make less than 80 %, B less than 95 %, C otherwise (and when nothing
    sold).  Integer arithmetic, so the boundaries are exact."""
    if total <= 0:
        return "C"
    if before * 100 < round(A_SHARE * 100) * total:
        return "A"
    if before * 100 < round(B_SHARE * 100) * total:
        return "B"
    return "C"


def abc_classification(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """Products ranked by sales in the period with their class (see :func:`abc_class`):
    sales, share and cumulative share, units, and margin with ``report.view_cost``;
    listed products that did not sell follow as C.  Filters: desk, staff member,
    category.  Charts: sales and number of products per class."""
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        products = _products(s, filters.category_id)
        sold = _sold(s, period, filters)
        listed = set(
            s.scalars(
                select(Product.id).where(Product.status == "listed", Product.is_parent.is_(False))
            )
        )
        total = sum(v[3] for v in sold.values())
        ranked = sorted(sold, key=lambda p: (-sold[p][3], products[p].sku if p in products else ""))
        ranked += sorted(
            (p for p in listed & set(products) if p not in sold), key=lambda p: products[p].sku
        )
        rows: list[tuple[Cell, ...]] = []
        running = 0
        per_class: dict[str, list[int]] = {c: [0, 0] for c in "ABC"}
        for pid in ranked:
            p = products.get(pid) or _Product("", "", NO_NAME, 0, 0)
            units, sales = (sold[pid][1], sold[pid][3]) if pid in sold else (0, 0)
            cls = abc_class(running, total) if sales > 0 else "C"
            running += sales
            per_class[cls][0] += 1
            per_class[cls][1] += sales
            rows.append(
                (
                    cls,
                    p.sku,
                    p.name,
                    units,
                    sales,
                    share(sales, total),
                    share(running, total),
                    sales - units * p.cost,
                )
            )
        totals: tuple[Cell, ...] = (
            TOTAL,
            None,
            None,
            sum(v[1] for v in sold.values()),
            total,
            share(total, total),
            None,
            sum(
                sales - units * products[pid].cost
                for pid, (_, units, _, sales) in sold.items()
                if pid in products
            ),
        )
        return build_table(
            kind=ReportKind.ABC,
            title=REPORT_TITLES[ReportKind.ABC],
            period=period,
            currency=shop_currency(s),
            columns=(
                Column("class", QT_TRANSLATE_NOOP("Reports", "Class"), "text"),
                SKU,
                PRODUCT,
                UNITS,
                SALES,
                SHARE,
                Column("cumulative", QT_TRANSLATE_NOOP("Reports", "Cumulative share"), "percent"),
                MARGIN,
            ),
            rows=rows,
            totals=totals,
            charts=(
                Chart(
                    "bar",
                    QT_TRANSLATE_NOOP("Reports", "Sales by class"),
                    "money",
                    ("A", "B", "C"),
                    (Series(SALES.label, tuple(per_class[c][1] for c in "ABC")),),
                ),
                Chart(
                    "bar",
                    QT_TRANSLATE_NOOP("Reports", "Products by class"),
                    "int",
                    ("A", "B", "C"),
                    (
                        Series(
                            QT_TRANSLATE_NOOP("Reports", "Products"),
                            tuple(per_class[c][0] for c in "ABC"),
                        ),
                    ),
                ),
            ),
            row_ids=ranked,
            row_kind="product",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "A: the best sellers making the first 80 % of sales in the period; B: the next "
                "15 %; C: the rest, and listed products that did not sell.",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )
