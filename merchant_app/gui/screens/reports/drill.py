"""The list behind a dashboard figure, in a window beside the dashboard.

:class:`DrillDownDialog` shows one :class:`~merchant_app.services.report_types.ReportTable`
from :func:`merchant_app.services.dashboard_lists.drill_down`: what the figure counts,
for which period, the rows (and a note when only the first ones are shown).  A double
click or Enter on a row opens its record (an order's detail, a product, a member, a
count: :func:`~merchant_app.gui.screens.reports.records.open_record`); the list can be
exported as CSV.  The dialog is not modal: the dashboard stays usable, and the next
figure opened replaces the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.gui.screens.reports.records import OPENABLE, export_table, open_record
from merchant_app.gui.screens.reports.table_model import (
    ColumnFitter,
    ReportTableModel,
    attach_sorting,
)
from merchant_app.gui.widgets import NoticeBar, configure_table, heading_label
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.report_types import ReportTable


class DrillDownDialog(QDialog):
    """One figure's list; see the module docstring."""

    record_opened = Signal(str, str)  # kind, id

    def __init__(
        self, ctx: AppContext, actor: Actor, main_window: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.main_window = main_window  # the order detail reads the shop's currency here
        self.opened: Any = None  # what the last opened row showed (a dialog or a screen)
        self.setObjectName("drillDown")
        layout = QVBoxLayout(self)
        self.title = heading_label("", self)
        layout.addWidget(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("drillTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        attach_sorting(self.table, self.model)
        self.fitter = ColumnFitter(self.table, 48)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        self.count_label = QLabel(self)
        footer.addWidget(self.count_label, 1)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        footer.addWidget(self.csv_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.table.activated.connect(self._on_table_activated)
        self.resize(900, 560)

    def show_table(self, table: ReportTable, select_id: str = "") -> None:
        """Show ``table`` (selecting the row of ``select_id`` when given) and raise the
        dialog."""
        self.notice.clear()
        self.model.set_table(table)
        title = QCoreApplication.translate("Reports", table.title)
        self.setWindowTitle(title)
        self.title.setText(title)
        parts = [table.period.label] if table.period is not None else []
        if table.note:
            parts.append(QCoreApplication.translate("Reports", table.note))
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setVisible(bool(parts))
        n = len(table.rows)
        if table.truncated:
            count = self.tr("The first {n} rows are shown.").format(n=n)
        else:
            count = self.tr("%n row(s)", "", n)
        if table.row_kind in OPENABLE and n:
            count += " · " + self.tr("Double-click a row to open it.")
        self.count_label.setText(count)
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif n:
            self.table.selectRow(0)
        was_visible = self.isVisible()
        self.show()
        self.fitter.fit()
        # already open (perhaps behind the main window): bring it forward; the offscreen
        # platform (tests, screenshots) has no stacking of windows to change
        if was_visible and QGuiApplication.platformName() != "offscreen":
            self.raise_()
            self.activateWindow()

    def open_row(self, row: int) -> Any:
        """Open the record behind ``row`` (nothing for the totals row or id-less rows)."""
        record = self.model.record_at(row)
        if record is None:
            return None
        kind, record_id = record
        sku = ""
        table = self.model.table
        if table is not None and kind == "product":
            try:
                sku = str(self.model.raw(row, table.column_index("sku")) or "")
            except ValueError:
                sku = ""
        self.opened = open_record(
            kind,
            record_id,
            ctx=self._ctx,
            actor=self._actor,
            main_window=self.main_window,
            parent=self,
            sku=sku,
        )
        if self.opened is not None:
            self.record_opened.emit(kind, record_id)
        return self.opened

    # -- slots ---------------------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def _on_csv_button_clicked(self) -> None:
        table = self.model.table
        runner = getattr(self.main_window, "runner", None)
        if table is None or runner is None:
            return
        export_table(
            self,
            runner,
            self._ctx,
            self._actor,
            table,
            "csv",
            lambda path: self.notice.show_message(
                self.tr("Saved to {path}").format(path=path), NoticeBar.SUCCESS
            ),
        )
