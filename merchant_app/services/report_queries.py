"""SQL building blocks shared by the dashboard and the reports (RPT-1, RPT-2).

Everything here reads inside the caller's transaction and aggregates in SQL (GROUP BY,
SUM, COUNT): Python sees one row per group, never one per order.

**What counts as a sale.**  An order counts from the moment it is placed, in every state
but ``cancelled`` (pending review, awaiting the warehouse, approved, packed, shipped,
completed, on hold), on the local day of its ``created_at``.  A later cancellation takes
it out of every figure (they are worked out from the orders as they are now); a return
does not (it shows in the return rate and the after-sales report).

**Time ranges in one query.**  Several ``[lo, hi)`` UTC ranges (the period, the one
before, today, each chart bucket) are a derived table of literal rows joined to the
orders by ``created_at >= lo AND created_at < hi``: every range is an index range scan,
ranges may overlap, and the same SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Subquery,
    Table,
    and_,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, NotFound
from merchant_app.models import Category, OrderLine, Product, SalesOrder, Shop
from merchant_app.models.base import UTCDateTime
from merchant_app.services.context import Actor
from merchant_app.services.order_flow import OrderState
from merchant_app.services.permissions import authorize
from merchant_app.services.report_periods import Period
from merchant_app.services.report_types import Cell, Chart, Column, ReportTable

ORDER: Table = SalesOrder.__table__  # type: ignore[assignment]
LINE: Table = OrderLine.__table__  # type: ignore[assignment]
VIEW = "report.view"
VIEW_COST = "report.view_cost"
NOT_SALES = OrderState.CANCELLED.value


def authorize_report(s: Session, actor: Actor) -> tuple[Actor, bool]:
    """``report.view`` as the database has it now (:class:`NotPermitted` otherwise), and
    whether the same fresh actor may see cost and margin (``report.view_cost``)."""
    current = authorize(s, actor, VIEW)
    return current, VIEW_COST in current.permissions


def shop_currency(s: Session) -> str:
    """The shop's currency code (``CNY`` before a shop exists, for tests)."""
    return s.scalar(select(Shop.currency).limit(1)) or "CNY"


def is_sale() -> ColumnElement[bool]:
    """The condition on ``sales_order`` of an order that counts as a sale."""
    return ORDER.c.state != OrderState.CANCELLED.value


def by_member() -> ColumnElement[bool]:
    """The condition of an order placed by a member.  Written so that no index on
    ``member_id`` can serve it: the planner then reads the period's range of
    ``ix_sales_order_created`` (which holds ``member_id``) instead of every member order
    ever placed."""
    return func.coalesce(ORDER.c.member_id, "") != ""


def ranges(spans: Sequence[tuple[datetime, datetime]], name: str = "b") -> Subquery:
    """A derived table ``(i, lo, hi)`` with one row per UTC span, ``i`` its position."""
    parts = [
        select(
            literal(i, Integer).label("i"),
            literal(lo, UTCDateTime()).label("lo"),
            literal(hi, UTCDateTime()).label("hi"),
        )
        for i, (lo, hi) in enumerate(spans)
    ]
    if len(parts) == 1:
        return parts[0].subquery(name)
    return union_all(*parts).subquery(name)


def within(column: Any, spans: Subquery) -> ColumnElement[bool]:
    """``column`` falls in the span of the joined ``spans`` row."""
    return and_(column >= spans.c.lo, column < spans.c.hi)


def order_filters(desk_id: str | None, user_id: str | None) -> list[ColumnElement[bool]]:
    """Conditions on ``sales_order`` for a desk and/or the staff member who entered it."""
    out: list[ColumnElement[bool]] = []
    if desk_id is not None:
        out.append(ORDER.c.desk_id == desk_id)
    if user_id is not None:
        out.append(ORDER.c.created_by == user_id)
    return out


def order_totals(
    s: Session,
    spans: Sequence[tuple[datetime, datetime]],
    where: Iterable[ColumnElement[bool]] = (),
) -> list[tuple[int, int, int]]:
    """``(orders, sales, order-level discounts)`` (money in minor units) of the sales
    placed in each span, in span order (zeros for an empty one).  Read from the index
    ``ix_sales_order_created`` alone when there is no ``where``."""
    if not spans:
        return []
    b = ranges(spans)
    q = (
        select(
            b.c.i,
            func.count(),
            func.coalesce(func.sum(ORDER.c.total_minor), 0),
            func.coalesce(func.sum(ORDER.c.discount_minor), 0),
        )
        .select_from(b.join(ORDER, within(ORDER.c.created_at, b)))
        .where(is_sale(), *where)
        .group_by(b.c.i)
    )
    out = [(0, 0, 0)] * len(spans)
    for i, n, total, discount in s.execute(q):
        out[int(i)] = (int(n), int(total), int(discount))
    return out


def line_totals(
    s: Session,
    spans: Sequence[tuple[datetime, datetime]],
    where: Iterable[ColumnElement[bool]] = (),
    line_where: Iterable[ColumnElement[bool]] = (),
    *,
    count_orders: bool = True,
) -> dict[tuple[int, str], tuple[int, int, int, int]]:
    """Per span and product: ``(orders, units sold, units returned, line totals)`` over the
    lines of the sales placed in the span (``orders`` is 0 unless ``count_orders``: a
    distinct count costs time).  Line totals are after line discounts and before
    order-level discounts."""
    if not spans:
        return {}
    b = ranges(spans)
    orders = func.count(func.distinct(LINE.c.order_id)) if count_orders else literal(0)
    q = (
        select(
            b.c.i,
            LINE.c.product_id,
            orders,
            func.coalesce(func.sum(LINE.c.quantity), 0),
            func.coalesce(func.sum(LINE.c.returned), 0),
            func.coalesce(func.sum(LINE.c.total_minor), 0),
        )
        .select_from(
            b.join(ORDER, within(ORDER.c.created_at, b)).join(LINE, LINE.c.order_id == ORDER.c.id)
        )
        .where(is_sale(), *where, *line_where)
        .group_by(b.c.i, LINE.c.product_id)
    )
    return {
        (int(i), pid): (int(n), int(units), int(back), int(total))
        for i, pid, n, units, back, total in s.execute(q)
    }


def category_ids(s: Session, category_id: str) -> list[str]:
    """The category and all its subcategories (by path); :class:`NotFound` if unknown."""
    path = s.scalar(select(Category.path).where(Category.id == category_id))
    if path is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "That category no longer exists."), field="category"
        )
    return list(
        s.scalars(
            select(Category.id).where(
                or_(Category.path == path, Category.path.startswith(path + " > ", autoescape=True))
            )
        )
    )


def product_facts(
    s: Session, product_ids: Iterable[str]
) -> dict[str, tuple[str, str, str | None, int, int]]:
    """``product id → (sku, name, category id, cost, price)`` for the given products."""
    ids = list(dict.fromkeys(product_ids))
    out: dict[str, tuple[str, str, str | None, int, int]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        rows = s.execute(
            select(
                Product.id,
                Product.sku,
                Product.name,
                Product.category_id,
                Product.cost_minor,
                Product.price_minor,
            ).where(Product.id.in_(part))
        )
        for pid, sku, name, cat, cost, price in rows:
            out[pid] = (sku, name, cat, int(cost), int(price))
    return out


def category_paths(s: Session) -> dict[str, str]:
    """``category id → full path`` of every category."""
    return {cid: path for cid, path in s.execute(select(Category.id, Category.path))}


def rounded_div(numerator: int, denominator: int) -> int | None:
    """``numerator / denominator`` rounded to the nearest whole number, halves up
    (``None`` over 0)."""
    if denominator == 0:
        return None
    return (2 * numerator + denominator) // (2 * denominator)


def share(part: int, whole: int) -> float | None:
    """``part / whole`` as a fraction (``None`` over 0)."""
    return part / whole if whole else None


def line_sums(
    s: Session,
    spans: Sequence[tuple[datetime, datetime]],
    where: Iterable[ColumnElement[bool]] = (),
    line_where: Iterable[ColumnElement[bool]] = (),
) -> list[tuple[int, int, int]]:
    """Per span: ``(orders with such lines, units sold, line totals)`` over the lines of
    the sales placed in it (the products narrowed by ``line_where``)."""
    if not spans:
        return []
    b = ranges(spans)
    q = (
        select(
            b.c.i,
            func.count(func.distinct(LINE.c.order_id)),
            func.coalesce(func.sum(LINE.c.quantity), 0),
            func.coalesce(func.sum(LINE.c.total_minor), 0),
        )
        .select_from(
            b.join(ORDER, within(ORDER.c.created_at, b)).join(LINE, LINE.c.order_id == ORDER.c.id)
        )
        .where(is_sale(), *where, *line_where)
        .group_by(b.c.i)
    )
    out = [(0, 0, 0)] * len(spans)
    for i, n, units, total in s.execute(q):
        out[int(i)] = (int(n), int(units), int(total))
    return out


def products_in_categories(s: Session, category_id: str | None) -> list[ColumnElement[bool]]:
    """Conditions on ``order_line`` keeping products of the category and its
    subcategories (none when ``category_id`` is ``None``)."""
    if category_id is None:
        return []
    ids = category_ids(s, category_id)
    return [LINE.c.product_id.in_(select(Product.id).where(Product.category_id.in_(ids)))]


def build_table(
    *,
    kind: str,
    title: str,
    period: Period | None,
    currency: str,
    columns: Sequence[Column],
    rows: Sequence[tuple[Cell, ...]],
    shows_cost: bool,
    now: datetime,
    totals: tuple[Cell, ...] | None = None,
    charts: Sequence[Chart] = (),
    row_ids: Sequence[str] = (),
    row_kind: str = "",
    note: str = "",
    truncated: bool = False,
) -> ReportTable:
    """A :class:`ReportTable` with the cost columns (``Column.cost``) left out of the
    columns, rows and totals unless ``shows_cost``."""
    keep = [i for i, c in enumerate(columns) if shows_cost or not c.cost]
    return ReportTable(
        kind=kind,
        title=title,
        period=period,
        currency=currency,
        columns=tuple(columns[i] for i in keep),
        rows=tuple(tuple(r[i] for i in keep) for r in rows),
        totals=tuple(totals[i] for i in keep) if totals is not None else None,
        charts=tuple(charts),
        row_ids=tuple(row_ids),
        row_kind=row_kind,
        truncated=truncated,
        note=note,
        shows_cost=shows_cost,
        generated_at=now,
    )
