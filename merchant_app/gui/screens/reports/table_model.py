"""A report table (or a figure's list) in a table view.

:class:`ReportTableModel` shows a :class:`~merchant_app.services.report_types.ReportTable`:
its rows, then its totals row in bold; numbers right-aligned; money as the rest of the
app shows it (:func:`~merchant_app.gui.money_text.money_text`), counts with the locale's
grouping, fractions as percentages, times in the period's time zone, captions and
``label`` cells translated.  Texts are made once when the table is set, so scrolling
costs nothing.  A click on a header sorts the rows (the totals row stays last);
:meth:`ReportTableModel.record_at` says which record a row stands for.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from merchant_app.gui.money_text import money_text
from merchant_app.gui.widgets import ROOT, ModelIndex
from merchant_app.services.report_periods import local_datetime
from merchant_app.services.report_types import Cell, Column, ReportTable

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's raw value (minor units, fractions …)


def duration_words(seconds: int) -> str:
    """Whole seconds as ``1d 02:05`` / ``02:05`` (hours and minutes, days when any)."""
    sign = "-" if seconds < 0 else ""
    minutes = abs(seconds) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    core = f"{hours:02d}:{minutes:02d}"
    return f"{sign}{days}d {core}" if days else f"{sign}{core}"


def cell_display(value: Cell, column: Column, table: ReportTable, locale: QLocale) -> str:
    """One cell as the screen shows it (see the module docstring); ``None`` is empty."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "label" and isinstance(value, str):
        return QCoreApplication.translate(column.context, value) if value else ""
    if kind == "money" and isinstance(value, int):
        return money_text(value, table.currency, locale)
    if kind == "int" and isinstance(value, int):
        return locale.toString(value)
    if kind == "percent" and isinstance(value, int | float):
        return f"{locale.toString(float(value) * 100, 'f', 1)} %"
    if kind == "duration" and isinstance(value, int):
        return duration_words(value)
    if isinstance(value, datetime):
        tz = table.period.tz if table.period is not None else None
        return local_datetime(value, tz).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return locale.toString(value, "f", 2)
    return str(value)


def _sort_key(value: Cell) -> tuple[int, Any]:
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    return (0, value)


class ReportTableModel(QAbstractTableModel):
    """Rows of a :class:`ReportTable` and its totals row (read-only, sortable)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None
        self._rows: list[tuple[Cell, ...]] = []
        self._ids: list[str] = []
        self._texts: list[list[str]] = []
        self._totals: list[str] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------

    def set_table(self, table: ReportTable | None) -> None:
        """Show ``table`` (``None``: nothing)."""
        self.beginResetModel()
        self.table = table
        self._rows = list(table.rows) if table is not None else []
        ids = list(table.row_ids) if table is not None else []
        self._ids = ids if len(ids) == len(self._rows) else [""] * len(self._rows)
        self._make_texts()
        self.endResetModel()

    def _make_texts(self) -> None:
        table = self.table
        self._texts, self._totals = [], None
        if table is None:
            return
        locale = QLocale()
        columns = table.columns
        self._texts = [
            [cell_display(v, c, table, locale) for v, c in zip(row, columns, strict=True)]
            for row in self._rows
        ]
        if table.totals is not None:
            first, *rest = table.totals
            self._totals = [
                QCoreApplication.translate("Reports", first) if isinstance(first, str) else ""
            ] + [cell_display(v, c, table, locale) for v, c in zip(rest, columns[1:], strict=True)]

    def has_totals(self) -> bool:
        """Whether the last row is the totals row."""
        return self._totals is not None

    def is_totals_row(self, row: int) -> bool:
        """Whether ``row`` is the totals row."""
        return self._totals is not None and row == len(self._rows)

    def record_at(self, row: int) -> tuple[str, str] | None:
        """``(row_kind, id)`` of the record behind ``row`` (``None``: none, or totals)."""
        if self.table is None or not self.table.row_kind or not 0 <= row < len(self._rows):
            return None
        record_id = self._ids[row]
        return (self.table.row_kind, record_id) if record_id else None

    def row_of(self, record_id: str) -> int:
        """The row showing the record ``record_id`` (-1: none)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def raw(self, row: int, column: int) -> Cell:
        """The raw cell (``None`` outside the rows)."""
        if 0 <= row < len(self._rows) and self.table is not None:
            return self._rows[row][column]
        return None

    def text(self, row: int, column: int) -> str:
        """The shown text of a cell (totals row included)."""
        if self.is_totals_row(row):
            assert self._totals is not None
            return self._totals[column]
        return self._texts[row][column]

    # -- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._totals is not None else 0)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        table = self.table
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return "" if self.is_totals_row(section) else str(section + 1)
            return None
        if table is None or not 0 <= section < len(table.columns):
            return None
        column = table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Reports", column.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self.rowCount() or not 0 <= column < len(self.table.columns):
            return None
        roles = Qt.ItemDataRole
        if role == roles.DisplayRole:
            return self.text(row, column)
        if role == roles.TextAlignmentRole:
            if self.table.columns[column].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == roles.FontRole and self.is_totals_row(row):
            return self._bold
        if role == roles.ToolTipRole:
            text = self.text(row, column)
            return text if len(text) > 24 else None
        if role == RAW_ROLE:
            if self.is_totals_row(row):
                assert self.table.totals is not None
                return self.table.totals[column]
            return self._rows[row][column]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (empty cells last); the totals row stays last."""
        if self.table is None or not 0 <= column < len(self.table.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = sorted(
            range(len(self._rows)),
            key=lambda i: _sort_key(self._rows[i][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        if order == Qt.SortOrder.DescendingOrder:  # keep empty cells last either way
            positions.sort(key=lambda i: self._rows[i][column] is None)
        where = {old_row: new_row for new_row, old_row in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        self._ids = [self._ids[i] for i in positions]
        self._texts = [self._texts[i] for i in positions]
        self.changePersistentIndexList(
            old,
            [
                self.index(where.get(i.row(), i.row()), i.column()) if i.isValid() else i
                for i in old
            ],
        )
        self.layoutChanged.emit()


def attach_sorting(view: QTableView, model: ReportTableModel) -> None:
    """A click on a header of ``view`` sorts ``model`` by that column, a second click
    the other way round; the header shows the order."""
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    state = {"column": -1, "order": Qt.SortOrder.AscendingOrder}

    def on_section_clicked(column: int) -> None:
        ascending = Qt.SortOrder.AscendingOrder
        if column == state["column"] and state["order"] == ascending:
            order = Qt.SortOrder.DescendingOrder
        else:
            order = ascending
        state["column"], state["order"] = column, order
        model.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)

    def on_model_reset() -> None:
        state["column"] = -1
        header.setSortIndicatorShown(False)

    header.sectionClicked.connect(on_section_clicked)
    model.modelReset.connect(on_model_reset)


class ColumnFitter(QObject):
    """Keeps a report view's columns as wide as their contents (at most ``max_chars``
    average characters) and shares the width left over among them in proportion,
    again whenever the view is resized; a table wider than its view scrolls sideways
    rather than squeezing a column.  Contents are measured once per :meth:`fit`."""

    def __init__(self, view: QTableView, max_chars: int = 40) -> None:
        super().__init__(view)
        self.view, self.max_chars = view, max_chars
        self.natural: list[int] = []
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the contents (after the table changed) and share out the width."""
        view = self.view
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        model = view.model()
        count = model.columnCount() if model is not None else 0
        for column in range(count):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        char = view.fontMetrics().averageCharWidth()
        self.natural = [
            min(header.sectionSize(c) + 12, self.max_chars * char) for c in range(count)
        ]
        self.share_out()

    def share_out(self) -> None:
        """Natural widths plus a proportional share of the room left in the view."""
        header = self.view.horizontalHeader()
        used = sum(self.natural)
        extra = self.view.viewport().width() - used
        for column, width in enumerate(self.natural):
            share = extra * width // used if extra > 0 and used else 0
            header.resizeSection(column, width + share)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.natural:
            self.share_out()
        return False
