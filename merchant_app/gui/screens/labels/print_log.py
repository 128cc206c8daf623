"""The Reprint log tab of the Labels screen: every label job printed, saved or sent,
newest first (more on demand), and Reprint, which makes the same labels again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.widgets import (
    ROOT,
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    configure_table,
    local_datetime_text,
    size_columns,
)
from merchant_app.services import label_printing
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_printing import PrintLogEntry

PAGE = 100


def output_text(entry: PrintLogEntry) -> str:
    """Where a job went, in words."""
    texts = {
        "printer": QCoreApplication.translate("LabelsLog", "Printed on {printer}"),
        "pdf": QCoreApplication.translate("LabelsLog", "Saved as PDF"),
        "zpl_network": QCoreApplication.translate("LabelsLog", "ZPL to {printer}"),
        "zpl_file": QCoreApplication.translate("LabelsLog", "ZPL file"),
    }
    text = texts.get(entry.output, entry.output).format(printer=entry.printer_name or "?")
    if entry.output == "zpl_file" and entry.printer_name:
        text += f" ({entry.printer_name})"
    return text


class PrintLogModel(RecordsTableModel[PrintLogEntry]):
    """The log entries, newest first."""

    WHEN, WHO, KIND, LABELS, LAYOUT, OUTPUT, WHAT = range(7)
    COLUMNS = 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Labels"),
            self.tr("Count"),
            self.tr("Layout"),
            self.tr("Output"),
            self.tr("Orders or products"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.LABELS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ROW_ROLE:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.WHEN:
            text = local_datetime_text(entry.printed_at)
            return text + (" ↻" if entry.reprint_of else "")
        if column == self.WHO:
            return entry.user_name
        if column == self.KIND:
            return self.tr("Shipping") if entry.job_kind == "shipping" else self.tr("Product")
        if column == self.LABELS:
            return str(entry.label_count)
        if column == self.LAYOUT:
            return entry.layout_name
        if column == self.OUTPUT:
            return output_text(entry)
        return entry.refs

    def append_rows(self, rows: list[PrintLogEntry]) -> None:
        """Add an older page at the end."""
        if not rows:
            return
        start = self.rowCount()
        self.beginInsertRows(ROOT, start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()


class PrintLogPanel(QWidget):
    """The reprint log; ``reprint_requested`` carries the chosen entry."""

    reprint_requested = Signal(object)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.has_more = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        col.addWidget(self.notice)
        self.model = PrintLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        size_columns(self.table, {0: 19, 1: 12, 2: 8, 3: 6, 4: 24, 5: 22}, stretch=6)
        col.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.more_button = QPushButton(self.tr("&Older entries"), self)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.reprint_button = QPushButton(self.tr("&Reprint…"), self)
        row.addWidget(self.summary, 1)
        for b in (self.more_button, self.refresh_button, self.reprint_button):
            row.addWidget(b)
        col.addLayout(row)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_reprint_button_clicked())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        """Load the newest entries."""
        try:
            rows = label_printing.list_print_log(self._ctx, self._actor, limit=PAGE)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.model.set_rows(rows)
        self.has_more = len(rows) == PAGE
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_more_button_clicked(self) -> None:
        last = self.model.row_at(self.model.rowCount() - 1)
        if last is None:
            return
        try:
            rows = label_printing.list_print_log(self._ctx, self._actor, after=last.id, limit=PAGE)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.model.append_rows(rows)
        self.has_more = len(rows) == PAGE
        self._update_buttons()

    def selected(self) -> PrintLogEntry | None:
        """The chosen entry."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.more_button.setEnabled(self.has_more)
        self.reprint_button.setEnabled(self.selected() is not None)
        n = self.model.rowCount()
        self.summary.setText(
            self.tr("Jobs shown: {n}").format(n=n) if n else self.tr("Nothing printed yet.")
        )

    def _on_reprint_button_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.reprint_requested.emit(entry)
