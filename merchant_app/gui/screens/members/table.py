"""A read-only table of frozen records whose cells come from one function: enough for
the member screen's lists (members, orders, points, promotions, tickets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from merchant_app.gui.widgets import ModelIndex, RecordsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CellsModel(RecordsTableModel[Any]):
    """Rows of records; ``cells(record)`` gives the texts of a row; columns listed in
    ``numeric`` are right-aligned."""

    def __init__(
        self,
        titles: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        parent: QWidget | None = None,
        numeric: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._titles = tuple(titles)
        self._cells = cells
        self._numeric = frozenset(numeric)
        self.COLUMNS = len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        record = self.row_at(index.row())
        column = index.column()
        if record is None or not 0 <= column < self.COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(record)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return int(RIGHT.value)
        if role == self.ROW_ROLE:
            return record
        return None
