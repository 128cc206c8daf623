"""The list behind each dashboard figure (RPT-1): "open the figure".

:func:`drill_down` returns a :class:`ReportTable` whose rows are what the figure counts,
with the id of each row's record (``row_kind``: ``order``, ``product``, ``member`` or
``count``) so the screen can open it.  Lists are bounded (``limit``, at most
:data:`MAX_LIMIT`; ``truncated`` says more exist) and read with the same definitions as
:func:`merchant_app.services.dashboard.dashboard` (see that module), in one transaction
that needs ``report.view``; cost columns appear only with ``report.view_cost``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.models import (
    Location,
    Member,
    MemberPoints,
    Product,
    StockCount,
    StockCountLine,
)
from merchant_app.services import member_points
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.dashboard import (
    WAITING_STATES,
    late_condition,
    latest_count_ids,
    low_stock_query,
    targets_in,
)
from merchant_app.services.member_tiers import SEGMENT_LABELS
from merchant_app.services.order_flow import PAYMENT_STATUS_LABELS, STATE_LABELS
from merchant_app.services.report_periods import Period, day_period, local_today
from merchant_app.services.report_queries import (
    LINE,
    ORDER,
    authorize_report,
    build_table,
    by_member,
    is_sale,
    line_totals,
    product_facts,
    share,
    shop_currency,
)
from merchant_app.services.report_types import (
    FIGURE_LABELS,
    Cell,
    Column,
    FigureKey,
    ReportTable,
)

DEFAULT_LIMIT = 200
MAX_LIMIT = 10_000

_NUMBER = Column("number", QT_TRANSLATE_NOOP("Reports", "Order"), "text")
_PLACED = Column("placed_at", QT_TRANSLATE_NOOP("Reports", "Placed"), "datetime")
_STATE = Column("state", QT_TRANSLATE_NOOP("Reports", "State"), "label", "OrderState")
_SKU = Column("sku", QT_TRANSLATE_NOOP("Reports", "SKU"), "text")
_PRODUCT = Column("product", QT_TRANSLATE_NOOP("Reports", "Product"), "text")
_CARD = Column("card", QT_TRANSLATE_NOOP("Reports", "Member card"), "text")
_TIER = Column("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), "text")


def _limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A list shows 1 to {limit} rows."),
            limit=MAX_LIMIT,
            field="limit",
        )
    return limit


class _Rows:
    """Rows being collected for a table, with their ids."""

    def __init__(self) -> None:
        self.rows: list[tuple[Cell, ...]] = []
        self.ids: list[str] = []

    def add(self, row_id: str, *cells: Cell) -> None:
        self.rows.append(tuple(cells))
        self.ids.append(row_id)


# ---------------------------------------------------------------------------- lists


def _orders(s: Session, period: Period, limit: int) -> tuple[list[Column], _Rows]:
    q = (
        select(
            ORDER.c.id,
            ORDER.c.number,
            ORDER.c.created_at,
            ORDER.c.state,
            Member.card_number,
            ORDER.c.payment_status,
            ORDER.c.total_minor,
        )
        .select_from(ORDER.outerjoin(Member, Member.id == ORDER.c.member_id))
        .where(is_sale(), ORDER.c.created_at >= period.start, ORDER.c.created_at < period.end)
        .order_by(ORDER.c.created_at.desc(), ORDER.c.id.desc())
        .limit(limit + 1)
    )
    found = _Rows()
    for oid, number, at, state, card, pay, total in s.execute(q):
        found.add(
            oid,
            number,
            at,
            STATE_LABELS.get(state, state),
            card or "",
            PAYMENT_STATUS_LABELS.get(pay, pay),
            int(total),
        )
    columns = [
        _NUMBER,
        _PLACED,
        _STATE,
        _CARD,
        Column("payment", QT_TRANSLATE_NOOP("Reports", "Payment"), "label", "PaymentStatus"),
        Column("total", QT_TRANSLATE_NOOP("Reports", "Total"), "money"),
    ]
    return columns, found


def _returns(s: Session, period: Period, limit: int) -> tuple[list[Column], _Rows]:
    q = (
        select(
            ORDER.c.id,
            ORDER.c.number,
            ORDER.c.created_at,
            LINE.c.sku,
            LINE.c.name,
            LINE.c.quantity,
            LINE.c.returned,
        )
        .select_from(ORDER.join(LINE, LINE.c.order_id == ORDER.c.id))
        .where(
            is_sale(),
            ORDER.c.created_at >= period.start,
            ORDER.c.created_at < period.end,
            LINE.c.returned > 0,
        )
        .order_by(ORDER.c.created_at.desc(), ORDER.c.id.desc(), LINE.c.line_no)
        .limit(limit + 1)
    )
    found = _Rows()
    for oid, number, at, sku, name, qty, back in s.execute(q):
        found.add(oid, number, at, sku, name, int(qty), int(back))
    columns = [
        _NUMBER,
        _PLACED,
        _SKU,
        _PRODUCT,
        Column("sold", QT_TRANSLATE_NOOP("Reports", "Sold"), "int"),
        Column("returned", QT_TRANSLATE_NOOP("Reports", "Returned"), "int"),
    ]
    return columns, found


def _members(s: Session, period: Period, limit: int) -> tuple[list[Column], _Rows]:
    per_member = (
        select(
            ORDER.c.member_id.label("member_id"),
            func.count().label("n"),
            func.sum(ORDER.c.total_minor).label("total"),
        )
        .where(
            is_sale(),
            by_member(),
            ORDER.c.created_at >= period.start,
            ORDER.c.created_at < period.end,
        )
        .group_by(ORDER.c.member_id)
        .subquery("per_member")
    )
    q = (
        select(
            per_member.c.member_id,
            Member.card_number,
            Member.tier,
            Member.segment,
            per_member.c.n,
            per_member.c.total,
        )
        .select_from(per_member.outerjoin(Member, Member.id == per_member.c.member_id))
        .order_by(per_member.c.n.desc(), per_member.c.total.desc(), Member.card_number)
        .limit(limit + 1)
    )
    found = _Rows()
    for mid, card, tier, segment, n, total in s.execute(q):
        found.add(
            mid,
            card or "",
            tier or "",
            SEGMENT_LABELS.get(segment or "", segment or ""),
            int(n),
            int(total or 0),
        )
    columns = [
        _CARD,
        _TIER,
        Column("segment", QT_TRANSLATE_NOOP("Reports", "Segment"), "label", "Segment"),
        Column("orders", QT_TRANSLATE_NOOP("Reports", "Orders"), "int"),
        Column("sales", QT_TRANSLATE_NOOP("Reports", "Sales"), "money"),
    ]
    return columns, found


def _products(s: Session, period: Period, limit: int) -> tuple[list[Column], _Rows]:
    lines = line_totals(s, [(period.start, period.end)])
    facts = product_facts(s, {pid for _, pid in lines})
    ranked = sorted(
        ((pid, v) for (_, pid), v in lines.items()),
        key=lambda item: (-item[1][3], facts.get(item[0], ("",))[0]),
    )
    found = _Rows()
    for pid, (orders, units, _, total) in ranked[: limit + 1]:
        sku, name, _, cost, _ = facts.get(pid, ("", "", None, 0, 0))
        margin = total - units * cost
        found.add(pid, sku, name, orders, units, total, units * cost, margin, share(margin, total))
    columns = [
        _SKU,
        _PRODUCT,
        Column("orders", QT_TRANSLATE_NOOP("Reports", "Orders"), "int"),
        Column("units", QT_TRANSLATE_NOOP("Reports", "Units"), "int"),
        Column("sales", QT_TRANSLATE_NOOP("Reports", "Sales"), "money"),
        Column("cost", QT_TRANSLATE_NOOP("Reports", "Cost"), "money", cost=True),
        Column("margin", QT_TRANSLATE_NOOP("Reports", "Margin"), "money", cost=True),
        Column("margin_rate", QT_TRANSLATE_NOOP("Reports", "Margin %"), "percent", cost=True),
    ]
    return columns, found


def _low_stock(s: Session, limit: int) -> tuple[list[Column], _Rows]:
    q, shortfall = low_stock_query()
    found = _Rows()
    for pid, sku, name, sell, hand, point, qty in s.execute(
        q.order_by(shortfall, Product.sku).limit(limit + 1)
    ):
        found.add(pid, sku, name, int(sell), int(hand), int(point), int(qty))
    columns = [
        _SKU,
        _PRODUCT,
        Column("sellable", QT_TRANSLATE_NOOP("Reports", "Sellable"), "int"),
        Column("on_hand", QT_TRANSLATE_NOOP("Reports", "On hand"), "int"),
        Column("reorder_point", QT_TRANSLATE_NOOP("Reports", "Reorder point"), "int"),
        Column("reorder_qty", QT_TRANSLATE_NOOP("Reports", "Reorder quantity"), "int"),
    ]
    return columns, found


def _waiting(s: Session, now: datetime, state: str, limit: int) -> tuple[list[Column], _Rows]:
    if state and state not in WAITING_STATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Orders in state “{state}” are not waiting."),
            state=state,
            field="state",
        )
    targets = targets_in(s)
    states = (state,) if state else WAITING_STATES
    q: Select[Any] = (
        select(
            ORDER.c.id,
            ORDER.c.number,
            ORDER.c.state,
            ORDER.c.created_at,
            late_condition(targets, now),
            ORDER.c.total_minor,
        )
        .where(ORDER.c.state.in_(states))
        .order_by(ORDER.c.created_at, ORDER.c.id)
        .limit(limit + 1)
    )
    found = _Rows()
    for oid, number, st, at, late, total in s.execute(q):
        age = max(0, int((now - at).total_seconds()))
        found.add(
            oid,
            number,
            STATE_LABELS.get(st, st),
            at,
            age,
            targets.target_seconds(st),
            QT_TRANSLATE_NOOP("Reports", "Late") if late else "",
            int(total),
        )
    columns = [
        _NUMBER,
        _STATE,
        _PLACED,
        Column("age", QT_TRANSLATE_NOOP("Reports", "Waiting"), "duration"),
        Column("target", QT_TRANSLATE_NOOP("Reports", "Target"), "duration"),
        Column("late", QT_TRANSLATE_NOOP("Reports", "Late"), "label", "Reports"),
        Column("total", QT_TRANSLATE_NOOP("Reports", "Total"), "money"),
    ]
    return columns, found


def _count_lines(s: Session, limit: int) -> tuple[list[Column], _Rows]:
    ids, _ = latest_count_ids(s)
    found = _Rows()
    if ids:
        line = StockCountLine
        diff = func.coalesce(line.adjusted, 0)
        q = (
            select(
                StockCount.id,
                StockCount.number,
                Location.code,
                Product.sku,
                Product.name,
                line.counted,
                diff,
                StockCount.applied_at,
            )
            .select_from(line)
            .join(StockCount, StockCount.id == line.count_id)
            .join(Location, Location.id == StockCount.location_id)
            .join(Product, Product.id == line.product_id)
            .where(line.count_id.in_(ids))
            .order_by(func.abs(diff).desc(), StockCount.number, Product.sku)
            .limit(limit + 1)
        )
        for cid, number, code, sku, name, counted, difference, at in s.execute(q):
            found.add(cid, number, code, sku, name, int(counted), int(difference), at)
    columns = [
        Column("count", QT_TRANSLATE_NOOP("Reports", "Count"), "text"),
        Column("location", QT_TRANSLATE_NOOP("Reports", "Location"), "text"),
        _SKU,
        _PRODUCT,
        Column("counted", QT_TRANSLATE_NOOP("Reports", "Counted"), "int"),
        Column("difference", QT_TRANSLATE_NOOP("Reports", "Difference"), "int"),
        Column("applied_at", QT_TRANSLATE_NOOP("Reports", "Applied"), "datetime"),
    ]
    return columns, found


def _points(s: Session, limit: int) -> tuple[list[Column], _Rows]:
    value = member_points.rules_in(s).value_minor
    q = (
        select(MemberPoints.member_id, Member.card_number, Member.tier, MemberPoints.balance)
        .join(Member, Member.id == MemberPoints.member_id)
        .where(MemberPoints.balance > 0)
        .order_by(MemberPoints.balance.desc(), Member.card_number)
        .limit(limit + 1)
    )
    found = _Rows()
    for mid, card, tier, points in s.execute(q):
        found.add(mid, card, tier, int(points), int(points) * value)
    columns = [
        _CARD,
        _TIER,
        Column("points", QT_TRANSLATE_NOOP("Reports", "Points"), "int"),
        Column("value", QT_TRANSLATE_NOOP("Reports", "Value"), "money"),
    ]
    return columns, found


_ROW_KINDS = {
    FigureKey.SALES_TODAY: "order",
    FigureKey.ORDERS_TODAY: "order",
    FigureKey.SALES: "order",
    FigureKey.ORDERS: "order",
    FigureKey.AVERAGE_ORDER: "order",
    FigureKey.RETURN_RATE: "order",
    FigureKey.REPURCHASE_RATE: "member",
    FigureKey.COST_OF_GOODS: "product",
    FigureKey.GROSS_MARGIN: "product",
    FigureKey.TOP_PRODUCTS: "product",
    FigureKey.LOW_STOCK: "product",
    FigureKey.WAITING: "order",
    FigureKey.STOCK_ACCURACY: "count",
    FigureKey.POINTS_LIABILITY: "member",
}


def drill_down(
    ctx: AppContext,
    actor: Actor,
    figure: FigureKey | str,
    period: Period,
    *,
    state: str = "",
    limit: int = DEFAULT_LIMIT,
) -> ReportTable:
    """The rows behind one dashboard figure (``report.view``), at most ``limit``:

    * sales, orders, average order value (``period``), sales/orders today (the local
      day of ``ctx.clock()``): the orders counted, newest first;
    * return rate: order lines of the period's sales with units taken back;
    * repurchase rate: the members who ordered in the period, most orders first;
    * top products, cost of goods, gross margin: products sold in the period by sales
      (cost, margin and margin % only with ``report.view_cost``);
    * low stock: products at or below their reorder point, furthest below first;
    * orders waiting: open orders in ``state`` (all waiting states when empty), oldest
      first, with age, target and whether late;
    * stock accuracy: lines of the latest applied counts, largest difference first;
    * points liability: members holding points, most first.

    Unknown figures or states raise :class:`InvalidInput`."""
    limit = _limit(limit)
    try:
        key = FigureKey(figure)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown dashboard figure “{figure}”."),
            figure=str(figure),
            field="figure",
        ) from None
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        now = ctx.clock()
        shown: Period | None = period
        if key in (FigureKey.SALES_TODAY, FigureKey.ORDERS_TODAY):
            shown = day_period(local_today(now, period.tz), period.tz)
        if key in (
            FigureKey.SALES_TODAY,
            FigureKey.ORDERS_TODAY,
            FigureKey.SALES,
            FigureKey.ORDERS,
            FigureKey.AVERAGE_ORDER,
        ):
            assert shown is not None
            columns, found = _orders(s, shown, limit)
        elif key is FigureKey.RETURN_RATE:
            columns, found = _returns(s, period, limit)
        elif key is FigureKey.REPURCHASE_RATE:
            columns, found = _members(s, period, limit)
        elif key in (FigureKey.TOP_PRODUCTS, FigureKey.COST_OF_GOODS, FigureKey.GROSS_MARGIN):
            columns, found = _products(s, period, limit)
        elif key is FigureKey.LOW_STOCK:
            shown = None
            columns, found = _low_stock(s, limit)
        elif key is FigureKey.WAITING:
            shown = None
            columns, found = _waiting(s, now, state, limit)
        elif key is FigureKey.STOCK_ACCURACY:
            shown = None
            columns, found = _count_lines(s, limit)
        else:
            shown = None
            columns, found = _points(s, limit)
        return build_table(
            kind=f"figure.{key.value}",
            title=FIGURE_LABELS[key],
            period=shown,
            currency=shop_currency(s),
            columns=columns,
            rows=found.rows[:limit],
            row_ids=found.ids[:limit],
            row_kind=_ROW_KINDS[key],
            truncated=len(found.rows) > limit,
            shows_cost=shows_cost,
            now=now,
        )
