"""What the dashboard and the reports return (RPT-1, RPT-2): plain frozen dataclasses.

Conventions every figure and table follows:

* money is integer minor units of the shop's ``currency`` (carried beside the figures);
* a figure the actor may not see (cost, margin: ``report.view_cost``) is ``None``, and a
  report table leaves such columns out (``shows_cost`` says which case it is);
* captions (column labels, chart titles, series names, report titles) are English
  texts marked for Qt in the ``Reports`` context: translate them with
  ``QCoreApplication.translate("Reports", text)``; cells of a ``label`` column are
  English texts of the column's own ``context`` (e.g. ``PaymentMethod``);
* times are aware UTC datetimes; show them in the period's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.services.report_periods import Period

# ---------------------------------------------------------------------------- tables

ColumnKind = Literal["text", "label", "money", "int", "percent", "datetime", "date", "duration"]
"""How a column's cells are shown: ``text`` as is; ``label`` translated in the column's
``context``; ``money`` minor units; ``int`` a whole number; ``percent`` a fraction
(0.125 is 12.5 %); ``datetime``/``date`` local time; ``duration`` whole seconds."""

Cell = str | int | float | datetime | date | None
"""A table cell; ``None`` is "nothing to show" (e.g. a rate over zero orders)."""


@dataclass(frozen=True)
class Column:
    """A table column: ``key`` (stable, for code), ``label`` (English, ``Reports``
    context), ``kind`` (see :data:`ColumnKind`), ``context`` (translation context of a
    ``label`` column's cells) and whether it is a cost or margin figure."""

    key: str
    label: str
    kind: ColumnKind
    context: str = ""
    cost: bool = False

    @property
    def numeric(self) -> bool:
        """Whether the column is a number (right-aligned, summable)."""
        return self.kind in ("money", "int", "percent", "duration")


@dataclass(frozen=True)
class Series:
    """One line or one set of bars: ``name`` (English, ``Reports`` context) and one value
    per category of its chart (money in minor units, counts, or fractions)."""

    name: str
    values: tuple[int | float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart of a report: ``kind`` ``line`` (over time) or ``bar``; ``categories`` are
    the x-axis labels (dates and times are already text; product names as they are;
    texts of ``category_context`` when that is set); ``unit`` says how to read values."""

    kind: Literal["bar", "line"]
    title: str
    unit: Literal["money", "int", "percent"]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    category_context: str = ""


@dataclass(frozen=True)
class ReportTable:
    """A report or a figure's drill-down list, ready for a table view, a PDF or a CSV.

    ``rows`` hold raw cells in ``columns`` order; ``totals`` (when not ``None``) is a
    row of the same width with sums where they make sense (``None`` elsewhere); its
    first cell is the caption ``"Total"`` (English, ``Reports`` context, whatever the
    first column's kind).  ``row_ids`` (same length as ``rows`` when given) is
    the id of the record behind each row, of kind ``row_kind`` (``order``,
    ``product``, ``member``, ``count``, ``case``, or ``""`` for none), so a screen can
    open it.  ``truncated``: more rows exist than the ``limit`` asked for.  ``note``
    explains what is counted (English, ``Reports`` context)."""

    kind: str
    title: str
    period: Period | None
    currency: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    charts: tuple[Chart, ...] = ()
    row_ids: tuple[str, ...] = ()
    row_kind: str = ""
    truncated: bool = False
    note: str = ""
    shows_cost: bool = False
    generated_at: datetime | None = None

    def column_index(self, key: str) -> int:
        """Position of the column ``key`` (``ValueError`` when absent)."""
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise ValueError(key)

    def column_values(self, key: str) -> list[Cell]:
        """Every row's cell of column ``key``."""
        i = self.column_index(key)
        return [row[i] for row in self.rows]


@dataclass(frozen=True)
class ReportFilters:
    """What narrows a report; ``None`` is "all".  ``desk_id`` and ``user_id`` (who entered
    the order / took the payment) apply to sales reports; ``category_id`` (with its
    subcategories) to product-based reports; ``location_id`` to stock reports."""

    desk_id: str | None = None
    user_id: str | None = None
    category_id: str | None = None
    location_id: str | None = None


@dataclass(frozen=True)
class Choice:
    """Something a report can be narrowed to: its id and how to show it."""

    id: str
    label: str


@dataclass(frozen=True)
class ReportChoices:
    """What the filters of :class:`ReportFilters` can be set to: desks (code and name),
    staff members (name and login, inactive ones too: they have history), categories
    (full path) and active locations (code and name), each sorted by its label."""

    desks: tuple[Choice, ...]
    staff: tuple[Choice, ...]
    categories: tuple[Choice, ...]
    locations: tuple[Choice, ...]


class ReportKind(StrEnum):
    """The reports :func:`merchant_app.services.reports.run_report` can make."""

    SALES_BY_PRODUCT = "sales_product"
    SALES_BY_CATEGORY = "sales_category"
    SALES_BY_DESK = "sales_desk"
    SALES_BY_STAFF = "sales_staff"
    SALES_BY_PAYMENT = "sales_payment"
    STOCK_VALUATION = "stock_valuation"
    STOCK_MOVEMENT = "stock_movement"
    SLOW_MOVERS = "slow_movers"
    ABC = "abc"
    MEMBER_SEGMENTS = "member_segments"
    AFTERSALES = "aftersales"


REPORT_TITLES: dict[str, str] = {
    ReportKind.SALES_BY_PRODUCT: QT_TRANSLATE_NOOP("Reports", "Sales by product"),
    ReportKind.SALES_BY_CATEGORY: QT_TRANSLATE_NOOP("Reports", "Sales by category"),
    ReportKind.SALES_BY_DESK: QT_TRANSLATE_NOOP("Reports", "Sales by desk"),
    ReportKind.SALES_BY_STAFF: QT_TRANSLATE_NOOP("Reports", "Sales by staff member"),
    ReportKind.SALES_BY_PAYMENT: QT_TRANSLATE_NOOP("Reports", "Sales by payment method"),
    ReportKind.STOCK_VALUATION: QT_TRANSLATE_NOOP("Reports", "Stock valuation"),
    ReportKind.STOCK_MOVEMENT: QT_TRANSLATE_NOOP("Reports", "Stock movement"),
    ReportKind.SLOW_MOVERS: QT_TRANSLATE_NOOP("Reports", "Slow movers"),
    ReportKind.ABC: QT_TRANSLATE_NOOP("Reports", "ABC classification"),
    ReportKind.MEMBER_SEGMENTS: QT_TRANSLATE_NOOP("Reports", "Members and segments"),
    ReportKind.AFTERSALES: QT_TRANSLATE_NOOP("Reports", "After-sales"),
}

# ---------------------------------------------------------------------------- dashboard


class FigureKey(StrEnum):
    """The dashboard's figures; each opens its list with
    :func:`merchant_app.services.dashboard.drill_down`."""

    SALES_TODAY = "sales_today"
    ORDERS_TODAY = "orders_today"
    SALES = "sales"
    ORDERS = "orders"
    AVERAGE_ORDER = "average_order"
    RETURN_RATE = "return_rate"
    REPURCHASE_RATE = "repurchase_rate"
    COST_OF_GOODS = "cost_of_goods"
    GROSS_MARGIN = "gross_margin"
    TOP_PRODUCTS = "top_products"
    LOW_STOCK = "low_stock"
    WAITING = "waiting"
    STOCK_ACCURACY = "stock_accuracy"
    POINTS_LIABILITY = "points_liability"


FIGURE_LABELS: dict[str, str] = {
    FigureKey.SALES_TODAY: QT_TRANSLATE_NOOP("Reports", "Sales today"),
    FigureKey.ORDERS_TODAY: QT_TRANSLATE_NOOP("Reports", "Orders today"),
    FigureKey.SALES: QT_TRANSLATE_NOOP("Reports", "Sales"),
    FigureKey.ORDERS: QT_TRANSLATE_NOOP("Reports", "Orders"),
    FigureKey.AVERAGE_ORDER: QT_TRANSLATE_NOOP("Reports", "Average order value"),
    FigureKey.RETURN_RATE: QT_TRANSLATE_NOOP("Reports", "Return rate"),
    FigureKey.REPURCHASE_RATE: QT_TRANSLATE_NOOP("Reports", "Repurchase rate"),
    FigureKey.COST_OF_GOODS: QT_TRANSLATE_NOOP("Reports", "Cost of goods"),
    FigureKey.GROSS_MARGIN: QT_TRANSLATE_NOOP("Reports", "Gross margin"),
    FigureKey.TOP_PRODUCTS: QT_TRANSLATE_NOOP("Reports", "Top products"),
    FigureKey.LOW_STOCK: QT_TRANSLATE_NOOP("Reports", "Low stock"),
    FigureKey.WAITING: QT_TRANSLATE_NOOP("Reports", "Orders waiting"),
    FigureKey.STOCK_ACCURACY: QT_TRANSLATE_NOOP("Reports", "Stock accuracy"),
    FigureKey.POINTS_LIABILITY: QT_TRANSLATE_NOOP("Reports", "Points liability"),
}


@dataclass(frozen=True)
class Figure:
    """A whole-number figure for the period and for the period before it (``unit``
    ``money`` or ``int``).  ``None``: hidden (no ``report.view_cost``) or undefined
    (an average over no orders)."""

    key: str
    unit: Literal["money", "int"]
    value: int | None
    previous: int | None

    @property
    def change(self) -> int | None:
        """``value − previous`` (``None`` when either is missing)."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def change_ratio(self) -> float | None:
        """The change as a fraction of ``previous`` (``None`` when that is 0 or missing)."""
        if self.change is None or not self.previous:
            return None
        return self.change / abs(self.previous)


@dataclass(frozen=True)
class Rate:
    """A ratio for the period and the one before, kept as whole numerator and
    denominator so nothing is lost to rounding; :attr:`value` is ``None`` over 0."""

    key: str
    numerator: int
    denominator: int
    previous_numerator: int
    previous_denominator: int

    @property
    def value(self) -> float | None:
        """``numerator / denominator`` (``None`` when the denominator is 0)."""
        return self.numerator / self.denominator if self.denominator else None

    @property
    def previous(self) -> float | None:
        """The previous period's ratio (``None`` when its denominator is 0)."""
        if not self.previous_denominator:
            return None
        return self.previous_numerator / self.previous_denominator


@dataclass(frozen=True)
class TopProduct:
    """A best seller of the period: units and sales (line totals after line discounts);
    ``margin_minor`` = sales − units × today's cost (``None`` without
    ``report.view_cost``)."""

    product_id: str
    sku: str
    name: str
    units: int
    sales_minor: int
    margin_minor: int | None


@dataclass(frozen=True)
class LowStockRow:
    """A product at or below its reorder point (sellable = on hand − reserved, all
    locations)."""

    product_id: str
    sku: str
    name: str
    sellable: int
    on_hand: int
    reorder_point: int
    reorder_qty: int


@dataclass(frozen=True)
class WaitingState:
    """Open orders in one state: how many, the oldest's placing time and age (seconds,
    at ``generated_at``), the shop's target for orders in this state (seconds from
    placing, ``None``: no target) and how many are past it."""

    state: str
    count: int
    oldest_at: datetime | None
    oldest_age_seconds: int | None
    target_seconds: int | None
    late_count: int


@dataclass(frozen=True)
class StockAccuracy:
    """From the latest applied count of each location (and category, for counts of one
    category): lines counted, lines whose count matched the ledger exactly, units
    counted and units off (the sum of |difference|)."""

    counts: int
    lines: int
    exact_lines: int
    units_counted: int
    units_off: int
    last_applied_at: datetime | None

    @property
    def value(self) -> float | None:
        """Share of lines that matched (``None`` before the first applied count)."""
        return self.exact_lines / self.lines if self.lines else None


@dataclass(frozen=True)
class PointsLiability:
    """Points members hold now (the balance rows) and what they are worth when redeemed
    at the shop's point value."""

    points: int
    members: int
    point_value_minor: int
    value_minor: int


@dataclass(frozen=True)
class TimelinessTargets:
    """How soon after placing an order should leave each waiting state: reviewed within
    ``review_minutes``, approved for the warehouse within ``warehouse_hours``, packed
    within ``pack_hours``, shipped within ``ship_hours`` (0: no target).  Orders on hold
    have no target.  The first two are the same settings as
    :class:`merchant_app.services.order_rules.OrderRules`."""

    review_minutes: int = 10
    warehouse_hours: int = 24
    pack_hours: int = 0
    ship_hours: int = 0

    def target_seconds(self, state: str) -> int | None:
        """The target for orders in ``state`` in seconds from placing (``None``: none)."""
        seconds = {
            "pending_review": self.review_minutes * 60,
            "awaiting_warehouse": self.warehouse_hours * 3600,
            "warehouse_approved": self.pack_hours * 3600,
            "packed": self.ship_hours * 3600,
        }.get(state, 0)
        return seconds or None


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard shows, computed in one read at ``generated_at``.

    ``period`` is the chosen period, compared with ``period.previous()``; ``today`` the
    local day of ``generated_at``, compared with the day before.  Cost figures are
    ``None`` unless ``shows_cost``.  ``low_stock`` and ``top_products`` are the first rows
    (``low_stock_count`` is how many products are low in all).  ``sales_chart`` has the
    period's sales and order counts per bucket (see :meth:`Period.buckets`)."""

    period: Period
    today: Period
    generated_at: datetime
    currency: str
    shows_cost: bool
    sales_today: Figure
    orders_today: Figure
    sales: Figure
    orders: Figure
    average_order: Figure
    return_rate: Rate
    repurchase_rate: Rate
    cost_of_goods: Figure
    gross_margin: Figure
    top_products: tuple[TopProduct, ...]
    low_stock: tuple[LowStockRow, ...]
    low_stock_count: int
    waiting: tuple[WaitingState, ...]
    stock_accuracy: StockAccuracy
    points_liability: PointsLiability
    targets: TimelinessTargets
    sales_chart: Chart


FIGURE_NOTES: dict[str, str] = {
    FigureKey.SALES: QT_TRANSLATE_NOOP(
        "Reports",
        "Totals of the orders placed in the period (goods after discounts, plus delivery and "
        "other fees); every state but cancelled counts.",
    ),
    FigureKey.ORDERS: QT_TRANSLATE_NOOP(
        "Reports", "Orders placed in the period, in every state but cancelled."
    ),
    FigureKey.AVERAGE_ORDER: QT_TRANSLATE_NOOP(
        "Reports", "Sales divided by orders, rounded to the nearest minor unit."
    ),
    FigureKey.RETURN_RATE: QT_TRANSLATE_NOOP(
        "Reports",
        "Units taken back by after-sales (returns and exchanges) out of the units sold on the "
        "orders placed in the period.",
    ),
    FigureKey.REPURCHASE_RATE: QT_TRANSLATE_NOOP(
        "Reports",
        "Of the members who ordered in the period, the share who placed two orders or more in it.",
    ),
    FigureKey.COST_OF_GOODS: QT_TRANSLATE_NOOP(
        "Reports", "Units sold in the period at each product's cost today."
    ),
    FigureKey.GROSS_MARGIN: QT_TRANSLATE_NOOP(
        "Reports",
        "Goods sold (line totals less order discounts) minus units sold at today's cost.",
    ),
    FigureKey.LOW_STOCK: QT_TRANSLATE_NOOP(
        "Reports", "Listed products whose sellable stock is at or below their reorder point."
    ),
    FigureKey.WAITING: QT_TRANSLATE_NOOP(
        "Reports",
        "Open orders per state, the age of the oldest since it was placed, and how many are "
        "past the shop's target.",
    ),
    FigureKey.STOCK_ACCURACY: QT_TRANSLATE_NOOP(
        "Reports",
        "Share of counted lines that matched the ledger, in the latest applied count of each "
        "location.",
    ),
    FigureKey.POINTS_LIABILITY: QT_TRANSLATE_NOOP(
        "Reports", "Points members hold now, valued at the shop's point value."
    ),
}
"""What each figure counts, in one sentence (English, ``Reports`` context): tooltips."""
