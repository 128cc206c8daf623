"""The Reports tab (RPT-2): pick a report, a period and filters; read it, export it.

The eleven reports of :func:`merchant_app.services.reports.run_report` (sales by product,
category, desk, staff member and payment method; stock valuation and movement; slow
movers; ABC classification; members and segments; after-sales) for the day, ISO week or
calendar month containing a date, or a custom range.  The filters that apply to the
chosen report (desk, staff member, category, location, filled from
:func:`~merchant_app.services.reports.report_choices`) are enabled, the others greyed.
Run shows the report's charts (QtCharts) above its table (totals row last, numbers
right-aligned, money as everywhere in the app); Export PDF… and Export CSV… save it
(the PDF with its charts) in the background.  Cost and margin columns appear only for
users with ``report.view_cost``: the service leaves them out for the others.  A double
click on a row opens its record when the report has one (a product, a member).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.screens.reports.charts import ChartView, chart_data
from merchant_app.gui.screens.reports.periods import ReportPeriodBar
from merchant_app.gui.screens.reports.records import (
    OPENABLE,
    export_table,
    open_record,
    window_currency,
    window_runner,
)
from merchant_app.gui.screens.reports.table_model import (
    ColumnFitter,
    ReportTableModel,
    attach_sorting,
)
from merchant_app.gui.widgets import NoticeBar, configure_table
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.report_types import (
    REPORT_TITLES,
    ReportChoices,
    ReportFilters,
    ReportKind,
    ReportTable,
)

# which filters each report reads (see each report function's docstring)
_SALES = frozenset({"desk", "staff", "category"})
_ORDERS = frozenset({"desk", "staff"})
_STOCK = frozenset({"location", "category"})
FILTERS_OF: dict[str, frozenset[str]] = {
    ReportKind.SALES_BY_PRODUCT: _SALES,
    ReportKind.SALES_BY_CATEGORY: _SALES,
    ReportKind.SALES_BY_DESK: _ORDERS,
    ReportKind.SALES_BY_STAFF: _ORDERS,
    ReportKind.SALES_BY_PAYMENT: _ORDERS,
    ReportKind.STOCK_VALUATION: _STOCK,
    ReportKind.STOCK_MOVEMENT: _STOCK,
    ReportKind.SLOW_MOVERS: _STOCK,
    ReportKind.ABC: _SALES,
    ReportKind.MEMBER_SEGMENTS: _ORDERS,
    ReportKind.AFTERSALES: frozenset(),
}
MAX_CHARTS = 2


class ReportsPanel(QWidget):
    """Choose, run, read and export a report; see the module docstring."""

    report_shown = Signal(object)  # the ReportTable now shown
    exported = Signal(str)  # the path of a file just written

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
        self.table_data: ReportTable | None = None
        self.choices: ReportChoices | None = None
        self.opened: Any = None
        self._running = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_choice_row())
        layout.addLayout(self._build_filter_row())
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        charts = QWidget(self.splitter)
        charts_row = QHBoxLayout(charts)
        charts_row.setContentsMargins(0, 0, 0, 0)
        self.chart_views = [ChartView(charts) for _ in range(MAX_CHARTS)]
        for i, view in enumerate(self.chart_views):
            view.setObjectName(f"reportChart{i}")
            view.hide()
            charts_row.addWidget(view)
        self.charts_box = charts
        self.model = ReportTableModel(self)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("reportTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        attach_sorting(self.table, self.model)
        self.fitter = ColumnFitter(self.table)
        self.table.activated.connect(self._on_table_activated)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        footer = QHBoxLayout()
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        footer.addWidget(self.info_label, 1)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(False)
            footer.addWidget(button)
        layout.addLayout(footer)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.charts_box.hide()
        self._on_kind_combo_changed()

    # -- building ------------------------------------------------------------------------

    def _build_choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Re&port:"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKind")
        label.setBuddy(self.kind_combo)
        for kind in ReportKind:
            self.kind_combo.addItem(
                QCoreApplication.translate("Reports", REPORT_TITLES[kind]), kind.value
            )
        row.addWidget(label)
        row.addWidget(self.kind_combo)
        self.period_bar = ReportPeriodBar(self._ctx.clock, self)
        row.addWidget(self.period_bar)
        row.addStretch(1)
        self.run_button = QPushButton(self.tr("&Run"), self)
        self.run_button.setDefault(True)
        row.addWidget(self.run_button)
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_combos: dict[str, QComboBox] = {}
        for key, text, everything in (
            ("desk", self.tr("&Desk:"), self.tr("All desks")),
            ("staff", self.tr("&Staff:"), self.tr("Everyone")),
            ("category", self.tr("C&ategory:"), self.tr("All categories")),
            ("location", self.tr("&Location:"), self.tr("All locations")),
        ):
            label = QLabel(text, self)
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{key}")
            combo.addItem(everything, None)
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
            self.filter_combos[key] = combo
        return row

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fill the filter boxes again (a desk, a category may be new); the report shown
        stays until the user runs one (a big report takes a while)."""
        self.load_choices()

    def reload(self) -> None:
        """Run the report shown again (F5); nothing when none is shown yet."""
        if self.table_data is not None:
            self.run()

    def load_choices(self) -> None:
        """Fill the filter boxes from the shop (desks, staff, categories, locations)."""
        ctx, actor = self._ctx, self._actor

        def work(_progress: Any, _token: Any) -> ReportChoices:
            from merchant_app.services import reports

            return reports.report_choices(ctx, actor)

        self.runner.run(work, on_done=self._on_choices_loaded, on_error=self._on_failed, quiet=True)

    def _on_choices_loaded(self, choices: ReportChoices) -> None:
        if not shiboken6.isValid(self):
            return
        self.choices = choices
        for key, items in (
            ("desk", choices.desks),
            ("staff", choices.staff),
            ("category", choices.categories),
            ("location", choices.locations),
        ):
            combo = self.filter_combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in items:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def kind(self) -> str:
        """The chosen report's kind."""
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        """Choose the report ``kind``."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))

    def filters(self) -> ReportFilters:
        """The filters chosen that apply to the chosen report."""
        applies = FILTERS_OF.get(self.kind(), frozenset())

        def chosen(key: str) -> str | None:
            combo = self.filter_combos[key]
            return combo.currentData() if key in applies and combo.isEnabled() else None

        return ReportFilters(
            desk_id=chosen("desk"),
            user_id=chosen("staff"),
            category_id=chosen("category"),
            location_id=chosen("location"),
        )

    def run(self) -> None:
        """Make the chosen report in the background and show it when done."""
        if self._running:
            return
        try:
            period = self.period_bar.period()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        kind, filters = self.kind(), self.filters()
        ctx, actor = self._ctx, self._actor

        def work(_progress: Any, _token: Any) -> ReportTable:
            from merchant_app.services import reports

            return reports.run_report(ctx, actor, kind, period, filters)

        self._running = True
        self.run_button.setEnabled(False)
        self.info_label.setText(self.tr("Making the report…"))
        self.runner.run(
            work,
            on_done=self._on_report_done,
            on_error=self._on_failed,
            parent_widget=self,
            label=self.tr("Making the report…"),
        )

    def _on_report_done(self, table: ReportTable) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        self.run_button.setEnabled(True)
        self.notice.clear()
        self.show_report(table)

    def _on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        self.run_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self.info_label.setText("")
        else:
            show_error(self, exc)

    # -- showing -------------------------------------------------------------------------

    def show_report(self, table: ReportTable) -> None:
        """Show ``table``: title, charts, rows and totals."""
        self.table_data = table
        self.currency = table.currency or self.currency
        title = QCoreApplication.translate("Reports", table.title)
        if table.period is not None:
            title = f"{title} · {table.period.label}"
        self.title.setText(title)
        for i, view in enumerate(self.chart_views):
            if i < len(table.charts):
                view.show_chart(
                    chart_data(table.charts[i], table.currency, table.period, table.generated_at)
                )
                view.show()
            else:
                view.hide()
        self.charts_box.setVisible(bool(table.charts))
        if table.charts:  # room for ten named bars above a table of a dozen rows
            total = max(self.splitter.height(), 400)
            charts = min(300, max(220, total // 2))
            self.splitter.setSizes([charts, total - charts])
        self.model.set_table(table)
        self.fitter.fit()
        n = len(table.rows)
        parts = [self.tr("%n row(s)", "", n)]
        if table.truncated:
            parts = [self.tr("The first {n} rows are shown.").format(n=n)]
        if table.note:
            parts.append(QCoreApplication.translate("Reports", table.note))
        if table.row_kind in OPENABLE and n:
            parts.append(self.tr("Double-click a row to open it."))
        self.info_label.setText(" · ".join(parts))
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(True)
        self.report_shown.emit(table)

    def export(self, fmt: str) -> bool:
        """Ask where, then save the shown report as ``pdf`` or ``csv`` in the background."""
        table = self.table_data
        if table is None:
            return False
        return export_table(
            self,
            self.runner,
            self._ctx,
            self._actor,
            table,
            "pdf" if fmt == "pdf" else "csv",
            self._on_exported,
        )

    def _on_exported(self, path: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.notice.show_message(self.tr("Saved to {path}").format(path=path), NoticeBar.SUCCESS)
        self.exported.emit(path)

    # -- slots ---------------------------------------------------------------------------

    def _on_run_button_clicked(self) -> None:
        self.run()

    def _on_kind_combo_changed(self, *_args: Any) -> None:
        applies = FILTERS_OF.get(self.kind(), frozenset())
        for key, combo in self.filter_combos.items():
            combo.setEnabled(key in applies)
            combo.setToolTip("" if key in applies else self.tr("Does not apply to this report"))

    def _on_pdf_button_clicked(self) -> None:
        self.export("pdf")

    def _on_csv_button_clicked(self) -> None:
        self.export("csv")

    def _on_table_activated(self, index: QModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is None or record[0] not in OPENABLE:
            return
        table = self.model.table
        sku = ""
        if table is not None and record[0] == "product":
            try:
                sku = str(self.model.raw(index.row(), table.column_index("sku")) or "")
            except ValueError:
                sku = ""
        self.opened = open_record(
            record[0],
            record[1],
            ctx=self._ctx,
            actor=self._actor,
            main_window=self.main_window,
            parent=self,
            sku=sku,
        )
