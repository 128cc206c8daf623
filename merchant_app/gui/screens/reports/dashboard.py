"""The dashboard (RPT-1): the shop's figures at a glance, each opening the list behind it.

A period chooser (today, this week, this month, the last 7 or 30 days, a custom range);
figure tiles with the change against the previous period (sales, orders, average order
value, return and repurchase rates, cost of goods and gross margin for those who may see
costs; today's sales and orders against yesterday, orders waiting, low stock, stock
accuracy, points liability); QtCharts of sales over the period against the period
before, of the best sellers and of the orders waiting per state (late ones in red); the
waiting orders per state with the oldest's age and the target, and the low-stock list.

Every figure opens its list (:func:`merchant_app.services.dashboard_lists.drill_down`) in
a :class:`~merchant_app.gui.screens.reports.drill.DrillDownDialog`: a click on a tile, on
a bar, on a day of the sales chart or on a waiting-state row; a low-stock row opens its
product.  Every service call runs on the window's task runner without a progress dialog;
the panel says "Loading…" meanwhile and keeps the figures it shows.  Requests are
coalesced: a period picked while a refresh runs, or a burst of changes from other
screens, cause one more refresh, not one each.  Holders of ``settings.manage`` can edit
the processing targets.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.reports.charts import LATE_COLOUR, ChartData, ChartView, chart_data
from merchant_app.gui.screens.reports.drill import DrillDownDialog
from merchant_app.gui.screens.reports.periods import DashboardPeriodBar
from merchant_app.gui.screens.reports.records import open_record, window_currency, window_runner
from merchant_app.gui.screens.reports.table_model import (
    ColumnFitter,
    ReportTableModel,
    duration_words,
)
from merchant_app.gui.screens.reports.tiles import (
    BAD,
    GOOD,
    NEUTRAL,
    FigureTile,
    change_words,
    rate_change_words,
)
from merchant_app.gui.widgets import NoticeBar, configure_table
from merchant_app.money import minor_digits
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import STATE_LABELS
from merchant_app.services.report_periods import Period, days_period, local_datetime, local_today
from merchant_app.services.report_types import (
    FIGURE_LABELS,
    FIGURE_NOTES,
    Column,
    DashboardFigures,
    Figure,
    FigureKey,
    Rate,
    ReportTable,
    TimelinessTargets,
)

PERIOD_DELAY_MS = 250  # a period picked after another within this time: one refresh
CHANGES_DELAY_MS = 1500  # other screens' changes are gathered this long before a refresh
TOP_IN_CHART = 6  # best sellers in the chart (the list behind it has them all)
REFRESH_TAGS = frozenset({"orders", "products", "stock", "members", "aftersales", "counts"})

PERIOD_TILES = (
    FigureKey.SALES,
    FigureKey.ORDERS,
    FigureKey.AVERAGE_ORDER,
    FigureKey.RETURN_RATE,
    FigureKey.REPURCHASE_RATE,
    FigureKey.COST_OF_GOODS,
    FigureKey.GROSS_MARGIN,
)
NOW_TILES = (
    FigureKey.SALES_TODAY,
    FigureKey.ORDERS_TODAY,
    FigureKey.WAITING,
    FigureKey.LOW_STOCK,
    FigureKey.STOCK_ACCURACY,
    FigureKey.POINTS_LIABILITY,
)
COST_TILES = (FigureKey.COST_OF_GOODS, FigureKey.GROSS_MARGIN)
# whether a rise is good news (GOOD), bad news (BAD) or neither (NEUTRAL)
RISE_MEANS = {
    FigureKey.SALES: GOOD,
    FigureKey.ORDERS: GOOD,
    FigureKey.AVERAGE_ORDER: GOOD,
    FigureKey.RETURN_RATE: BAD,
    FigureKey.REPURCHASE_RATE: GOOD,
    FigureKey.COST_OF_GOODS: NEUTRAL,
    FigureKey.GROSS_MARGIN: GOOD,
    FigureKey.SALES_TODAY: GOOD,
    FigureKey.ORDERS_TODAY: GOOD,
}
NOTE_OF = {FigureKey.SALES_TODAY: FigureKey.SALES, FigureKey.ORDERS_TODAY: FigureKey.ORDERS}

# captions of the Reports context, marked for translation by services.dashboard_lists
_STATE = Column("state", "State", "label", "OrderState")
_WAITING_COLUMNS = (
    _STATE,
    Column("orders", "Orders", "int"),
    Column("age", "Waiting", "duration"),
    Column("target", "Target", "duration"),
    Column("late", "Late", "int"),
)
_LOW_COLUMNS = (
    Column("sku", "SKU", "text"),
    Column("product", "Product", "text"),
    Column("sellable", "Sellable", "int"),
    Column("reorder_point", "Reorder point", "int"),
)


def figure_caption(key: str) -> str:
    """A figure's name in the interface language."""
    return QCoreApplication.translate("Reports", FIGURE_LABELS[key])


def _mood(key: str, direction: int) -> str:
    rise = RISE_MEANS.get(key, NEUTRAL)
    if direction == 0 or rise == NEUTRAL:
        return NEUTRAL
    good = (direction > 0) == (rise == GOOD)
    return GOOD if good else BAD


def _section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _small_table(parent: QWidget, name: str) -> tuple[QTableView, ReportTableModel]:
    model = ReportTableModel(parent)
    view = QTableView(parent)
    view.setObjectName(name)
    configure_table(view)
    view.setModel(model)
    view.setMinimumHeight(150)
    return view, model


class DashboardPanel(QWidget):
    """The dashboard for ``actor``; see the module docstring."""

    loaded = Signal(object)  # the DashboardFigures now shown
    drilled = Signal(str)  # the figure whose list was just shown

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        main_window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.main_window = ctx, actor, main_window
        self.runner = window_runner(main_window, self)
        self.currency = window_currency(main_window)
        self.figures: DashboardFigures | None = None
        self.drill: DrillDownDialog | None = None
        self.targets_dialog: Any = None
        self._busy = False  # a refresh is running
        self._again = False  # another one was asked for meanwhile
        self.tiles: dict[str, FigureTile] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_header())
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(self._build_tiles(body))
        column.addLayout(self._build_charts(body), 3)
        column.addLayout(self._build_lists(body), 2)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.period_bar.changed.connect(self._on_period_bar_changed)
        self.runner.changes.connect(self._on_runner_changes)

    # -- building ------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period_bar = DashboardPeriodBar(self._ctx.clock, self)
        row.addWidget(self.period_bar)
        self.span_label = QLabel(self)
        self.span_label.setObjectName("dashboardSpan")
        row.addWidget(self.span_label)
        row.addStretch(1)
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setObjectName("dashboardLoading")
        self.loading_label.hide()
        row.addWidget(self.loading_label)
        self.updated_label = QLabel(self)
        row.addWidget(self.updated_label)
        self.targets_button = QPushButton(self.tr("&Targets…"), self)
        self.targets_button.setToolTip(
            self.tr("How soon orders should be reviewed, handed to the warehouse, packed, shipped")
        )
        self.targets_button.setVisible(self._actor.can("settings.manage"))
        self.targets_button.clicked.connect(self._on_targets_button_clicked)
        row.addWidget(self.targets_button)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        return row

    def _build_tiles(self, body: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        shows_cost = self._cost_tiles_placed = self._actor.can("report.view_cost")
        for row, keys in enumerate((PERIOD_TILES, NOW_TILES)):
            column = 0
            for key in keys:
                tile = FigureTile(key, figure_caption(key), body)
                note = FIGURE_NOTES.get(NOTE_OF.get(key, key), "")
                tile.set_about(QCoreApplication.translate("Reports", note) if note else "")
                tile.clicked.connect(self._on_tile_clicked)
                self.tiles[key] = tile
                if key in COST_TILES and not shows_cost:
                    tile.hide()
                    continue
                grid.addWidget(tile, row, column)
                column += 1
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1)
        return grid

    def _build_charts(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sales_view = ChartView(body)
        self.sales_view.setObjectName("salesChart")
        self.sales_view.setToolTip(self.tr("Click a day to see its orders"))
        self.sales_view.category_clicked.connect(self._on_sales_view_category_clicked)
        self.top_view = ChartView(body)
        self.top_view.setObjectName("topProductsChart")
        self.top_view.setToolTip(self.tr("Click a product to see the best sellers"))
        self.top_view.category_clicked.connect(self._on_top_view_category_clicked)
        self.waiting_view = ChartView(body)
        self.waiting_view.setObjectName("waitingChart")
        self.waiting_view.setToolTip(self.tr("Click a state to see its orders"))
        self.waiting_view.category_clicked.connect(self._on_waiting_view_category_clicked)
        row.addWidget(self.sales_view, 4)
        row.addWidget(self.top_view, 3)
        row.addWidget(self.waiting_view, 3)
        return row

    def _build_lists(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        waiting_box = QVBoxLayout()
        self.waiting_caption = _section_label(figure_caption(FigureKey.WAITING), body)
        waiting_box.addWidget(self.waiting_caption)
        self.waiting_table, self.waiting_model = _small_table(body, "waitingTable")
        self.waiting_table.setToolTip(self.tr("Double-click a state to see its orders"))
        self.waiting_table.activated.connect(self._on_waiting_table_activated)
        waiting_box.addWidget(self.waiting_table, 1)
        row.addLayout(waiting_box, 1)
        low_box = QVBoxLayout()
        self.low_caption = _section_label(figure_caption(FigureKey.LOW_STOCK), body)
        low_box.addWidget(self.low_caption)
        self.low_table, self.low_model = _small_table(body, "lowStockTable")
        self.low_table.setToolTip(self.tr("Double-click a product to open it"))
        self.low_table.activated.connect(self._on_low_table_activated)
        low_box.addWidget(self.low_table, 1)
        row.addLayout(low_box, 1)
        self._fitters = [ColumnFitter(self.waiting_table, 30), ColumnFitter(self.low_table, 30)]
        return row

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again now (or right after the refresh that is running)."""
        self._timer.stop()
        self._load()

    def request_refresh(self, delay_ms: int = PERIOD_DELAY_MS) -> None:
        """Refresh after ``delay_ms`` unless asked again meanwhile (then later still)."""
        self._timer.start(max(delay_ms, self._timer.remainingTime()))

    def _load(self) -> None:
        if self._busy:
            self._again = True
            return
        try:
            period = self.period_bar.period()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self._busy, self._again = True, False
        self.loading_label.show()
        ctx, actor = self._ctx, self._actor

        def work(_progress: Any, _token: Any) -> tuple[DashboardFigures, Any]:
            from merchant_app.services import dashboard

            figures = dashboard.dashboard(ctx, actor, period)
            fallback = None
            if not figures.sales_chart.series:  # chart the daily sales report instead
                from merchant_app.services import reports

                table = reports.run_report(ctx, actor, "sales_product", period)
                fallback = next((c for c in table.charts if c.kind == "line"), None)
            return figures, fallback

        self.runner.run(work, on_done=self._on_loaded, on_error=self._on_load_failed, quiet=True)

    def _finish(self) -> bool:
        """The refresh is over; False when the panel is gone meanwhile."""
        if not shiboken6.isValid(self):
            return False
        self._busy = False
        self.loading_label.hide()
        if self._again:
            QTimer.singleShot(0, self, self._load)
        return True

    def _on_loaded(self, result: tuple[DashboardFigures, Any]) -> None:
        if not self._finish():
            return
        figures, fallback = result
        self.notice.clear()
        self.show_figures(figures, fallback)

    def _on_load_failed(self, exc: BaseException) -> None:
        if not self._finish():
            return
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        else:
            show_error(self, exc)

    # -- showing -------------------------------------------------------------------------

    def money(self, minor: int | None) -> str:
        """Minor units as the app shows money ("" for ``None``)."""
        return "" if minor is None else money_text(minor, self.currency)

    def percent(self, value: float | None) -> str:
        """A fraction as a percentage ("" for ``None``)."""
        return "" if value is None else f"{QLocale().toString(value * 100, 'f', 1)} %"

    def figure_text(self, figure: Figure) -> str:
        """A whole-number figure as shown on its tile."""
        if figure.value is None:
            return ""
        return (
            self.money(figure.value) if figure.unit == "money" else QLocale().toString(figure.value)
        )

    def show_figures(self, figures: DashboardFigures, fallback: Any = None) -> None:
        """Show ``figures`` everywhere (tiles, charts, lists)."""
        self.figures = figures
        self.currency = figures.currency or self.currency
        self.span_label.setText(figures.period.label)
        when = local_datetime(figures.generated_at, figures.period.tz).strftime("%H:%M:%S")
        self.updated_label.setText(self.tr("Updated {time}").format(time=when))
        for key in COST_TILES:  # (tiles left out of the grid for this user stay hidden)
            self.tiles[key].setVisible(figures.shows_cost and self._cost_tiles_placed)
        self._show_tiles(figures)
        self._show_charts(figures, fallback)
        self._show_lists(figures)
        self.loaded.emit(figures)

    def _show_figure(self, figure: Figure, previous_words: str) -> None:
        change, direction = change_words(figure.value, figure.previous)
        note = ""
        if figure.previous is not None:
            shown = (
                self.money(figure.previous)
                if figure.unit == "money"
                else QLocale().toString(figure.previous)
            )
            note = previous_words.format(value=shown)
        self.tiles[figure.key].show_figure(
            self.figure_text(figure), change, _mood(figure.key, direction), note
        )

    def _show_rate(self, rate: Rate, of_words: str) -> None:
        change, direction = rate_change_words(rate.value, rate.previous)
        note = of_words.format(
            part=QLocale().toString(rate.numerator), whole=QLocale().toString(rate.denominator)
        )
        self.tiles[rate.key].show_figure(
            self.percent(rate.value), change, _mood(rate.key, direction), note
        )

    def _show_tiles(self, f: DashboardFigures) -> None:
        against = self.tr("vs {value}")
        for figure in (
            f.sales,
            f.orders,
            f.average_order,
            f.cost_of_goods,
            f.gross_margin,
            f.sales_today,
            f.orders_today,
        ):
            self._show_figure(figure, against)
        self._show_rate(f.return_rate, self.tr("{part} of {whole} units"))
        self._show_rate(f.repurchase_rate, self.tr("{part} of {whole} members"))
        waiting = sum(w.count for w in f.waiting)
        late = sum(w.late_count for w in f.waiting)
        ages = [w.oldest_age_seconds for w in f.waiting if w.oldest_age_seconds is not None]
        self.tiles[FigureKey.WAITING].show_figure(
            QLocale().toString(waiting),
            self.tr("%n late", "", late) if late else self.tr("none late"),
            BAD if late else GOOD,
            self.tr("oldest {age}").format(age=duration_words(max(ages))) if ages else "",
        )
        self.tiles[FigureKey.LOW_STOCK].show_figure(
            QLocale().toString(f.low_stock_count),
            "",
            NEUTRAL,
            self.tr("to reorder"),
        )
        accuracy = f.stock_accuracy
        self.tiles[FigureKey.STOCK_ACCURACY].show_figure(
            self.percent(accuracy.value),
            "",
            NEUTRAL,
            self.tr("{exact} of {lines} lines exact").format(
                exact=QLocale().toString(accuracy.exact_lines),
                lines=QLocale().toString(accuracy.lines),
            )
            if accuracy.lines
            else self.tr("no count yet"),
        )
        points = f.points_liability
        self.tiles[FigureKey.POINTS_LIABILITY].show_figure(
            self.money(points.value_minor),
            self.tr("%n point(s)", "", points.points),
            NEUTRAL,
            self.tr("%n member(s)", "", points.members),
        )

    def _show_charts(self, f: DashboardFigures, fallback: Any) -> None:
        source = f.sales_chart if f.sales_chart.series else fallback
        self.sales_view.show_chart(
            chart_data(source, f.currency, f.period, f.generated_at) if source else None,
            figure_caption(FigureKey.SALES),
        )
        top = f.top_products[:TOP_IN_CHART]
        digits_scale = 10 ** minor_digits(f.currency)
        self.top_view.show_chart(
            ChartData(
                "bar",
                figure_caption(FigureKey.TOP_PRODUCTS),
                "money",
                f.currency,
                tuple(p.name or p.sku for p in top),
                (
                    (
                        figure_caption(FigureKey.SALES),
                        tuple(p.sales_minor / digits_scale for p in top),
                    ),
                ),
            )
            if top
            else None,
            figure_caption(FigureKey.TOP_PRODUCTS),
        )
        self.waiting_view.show_chart(
            ChartData(
                "bar",
                figure_caption(FigureKey.WAITING),
                "int",
                f.currency,
                tuple(
                    QCoreApplication.translate("OrderState", STATE_LABELS.get(w.state, w.state))
                    for w in f.waiting
                ),
                (
                    (self.tr("On time"), tuple(float(w.count - w.late_count) for w in f.waiting)),
                    (self.tr("Late"), tuple(float(w.late_count) for w in f.waiting)),
                ),
                colours=("", LATE_COLOUR),
                stacked=True,
            ),
        )

    def _show_lists(self, f: DashboardFigures) -> None:
        self.waiting_model.set_table(
            ReportTable(
                kind="dashboard.waiting",
                title=FIGURE_LABELS[FigureKey.WAITING],
                period=None,
                currency=f.currency,
                columns=_WAITING_COLUMNS,
                rows=tuple(
                    (
                        STATE_LABELS.get(w.state, w.state),
                        w.count,
                        w.oldest_age_seconds,
                        w.target_seconds,
                        w.late_count,
                    )
                    for w in f.waiting
                ),
                row_ids=tuple(w.state for w in f.waiting),
                row_kind="state",
            )
        )
        self.low_model.set_table(
            ReportTable(
                kind="dashboard.low_stock",
                title=FIGURE_LABELS[FigureKey.LOW_STOCK],
                period=None,
                currency=f.currency,
                columns=_LOW_COLUMNS,
                rows=tuple((r.sku, r.name, r.sellable, r.reorder_point) for r in f.low_stock),
                row_ids=tuple(r.product_id for r in f.low_stock),
                row_kind="product",
            )
        )
        more = f.low_stock_count - len(f.low_stock)
        caption = figure_caption(FigureKey.LOW_STOCK)
        if more > 0:
            caption += " " + self.tr("(first {n} of {total})").format(
                n=len(f.low_stock), total=f.low_stock_count
            )
        self.low_caption.setText(caption)
        for fitter in self._fitters:
            fitter.fit()

    # -- drilling down -------------------------------------------------------------------

    def open_figure(
        self, key: str, *, period: Period | None = None, state: str = "", select_id: str = ""
    ) -> None:
        """Show the list behind figure ``key`` (for ``period``, the chosen one by default;
        ``state`` narrows the waiting orders) and select ``select_id``'s row."""
        try:
            shown = period or (self.figures.period if self.figures else self.period_bar.period())
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        ctx, actor = self._ctx, self._actor

        def work(_progress: Any, _token: Any) -> ReportTable:
            from merchant_app.services import dashboard_lists

            return dashboard_lists.drill_down(ctx, actor, key, shown, state=state)

        def done(table: ReportTable) -> None:
            if not shiboken6.isValid(self):
                return
            if self.drill is None:
                self.drill = DrillDownDialog(self._ctx, self._actor, self.main_window, self)
            self.drill.show_table(table, select_id)
            self.drilled.emit(key)

        self.runner.run(work, on_done=done, parent_widget=self)

    def open_product(self, product_id: str, sku: str) -> Any:
        """Show a product on the Inventory screen (see :func:`open_record`)."""
        return open_record(
            "product",
            product_id,
            ctx=self._ctx,
            actor=self._actor,
            main_window=self.main_window,
            parent=self,
            sku=sku,
        )

    # -- slots ---------------------------------------------------------------------------

    def _on_period_bar_changed(self) -> None:
        self.request_refresh(PERIOD_DELAY_MS)

    def _on_timer_timeout(self) -> None:
        self._load()

    def _on_runner_changes(self, tag: str) -> None:
        if tag in REFRESH_TAGS and self.isVisible():
            self.request_refresh(CHANGES_DELAY_MS)

    def _on_tile_clicked(self, key: str) -> None:
        self.open_figure(key)

    def _on_sales_view_category_clicked(self, index: int) -> None:
        f = self.figures
        if f is None or not f.sales_chart.series:
            return
        buckets = f.period.buckets()
        if not 0 <= index < len(buckets):
            return
        bucket, tz = buckets[index], f.period.tz
        first = local_today(bucket.start, tz)
        last = local_today(bucket.end - timedelta(microseconds=1), tz)
        self.open_figure(FigureKey.ORDERS, period=days_period(first, last, tz))

    def _on_top_view_category_clicked(self, index: int) -> None:
        f = self.figures
        if f is not None and 0 <= index < len(f.top_products):
            self.open_figure(FigureKey.TOP_PRODUCTS, select_id=f.top_products[index].product_id)

    def _on_waiting_view_category_clicked(self, index: int) -> None:
        f = self.figures
        if f is not None and 0 <= index < len(f.waiting):
            self.open_figure(FigureKey.WAITING, state=f.waiting[index].state)

    def _on_waiting_table_activated(self, index: QModelIndex) -> None:
        record = self.waiting_model.record_at(index.row())
        if record is not None:
            self.open_figure(FigureKey.WAITING, state=record[1])

    def _on_low_table_activated(self, index: QModelIndex) -> None:
        record = self.low_model.record_at(index.row())
        if record is not None:
            self.open_product(record[1], str(self.low_model.raw(index.row(), 0) or ""))

    def _on_targets_button_clicked(self) -> None:
        from merchant_app.gui.screens.reports.targets_dialog import TargetsDialog

        current = self.figures.targets if self.figures is not None else TimelinessTargets()
        dialog = TargetsDialog(current, self)
        self.targets_dialog = dialog
        dialog.accepted.connect(lambda: self._save_targets(dialog.targets()))
        dialog.open()

    def _save_targets(self, targets: TimelinessTargets) -> None:
        ctx, actor = self._ctx, self._actor

        def work(_progress: Any, _token: Any) -> Any:
            from merchant_app.services import dashboard

            return dashboard.set_timeliness_targets(ctx, actor, targets)

        def done(_saved: Any) -> None:
            if shiboken6.isValid(self):
                self.notice.show_message(self.tr("The targets were saved."), NoticeBar.SUCCESS)
                self.refresh()

        self.runner.run(work, on_done=done, parent_widget=self, changes="settings")
