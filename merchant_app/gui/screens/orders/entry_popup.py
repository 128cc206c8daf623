"""A list that drops down under a search field while the user types (products, members).

It is a child widget floating above the screen, not a separate window: focus stays in
the field, so typing goes on while Down/Up choose a row, Enter takes it and Esc closes
the list (the field forwards those keys with :meth:`PickList.handle_key`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QTableView, QWidget

from merchant_app.gui.widgets import ROOT, ModelIndex, configure_table

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HORIZONTAL = Qt.Orientation.Horizontal


class PickListModel(QAbstractTableModel):
    """Rows of display texts, each carrying the record it stands for (``UserRole``)."""

    def __init__(
        self, titles: Sequence[str], right_aligned: Sequence[int] = (), parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._titles = tuple(titles)
        self._right = frozenset(right_aligned)
        self._rows: list[tuple[tuple[str, ...], Any]] = []

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Any]]) -> None:
        """Replace the rows: ``(cells, record)`` pairs."""
        self.beginResetModel()
        self._rows = [(tuple(cells), record) for cells, record in rows]
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        """The record of ``row``, or None."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells, record = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(cells):
            return None
        if role == _DISPLAY:
            return cells[column]
        if role == _ALIGNMENT and column in self._right:
            return _RIGHT
        if role == _USER:
            return record
        return None


class PickList(QTableView):
    """The drop-down list itself, anchored under ``field`` inside ``host``."""

    picked = Signal(object)  # the record of the row taken

    MAX_VISIBLE = 8

    def __init__(self, field: QLineEdit, host: QWidget, model: PickListModel) -> None:
        super().__init__(host)
        self._field, self._host = field, host
        self.navigated = False  # the user chose a row with Down/Up since the last search
        configure_table(self)
        self.setModel(model)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setStretchLastSection(False)
        self.clicked.connect(self._on_clicked)
        field.installEventFilter(self)
        self.hide()

    def list_model(self) -> PickListModel:
        """The rows shown."""
        model = self.model()
        assert isinstance(model, PickListModel)
        return model

    def show_rows(self, rows: Sequence[tuple[Sequence[str], Any]]) -> None:
        """Show ``rows`` under the field (the first one chosen), or hide when none."""
        self.list_model().set_rows(rows)
        self.navigated = False
        if not rows:
            self.hide()
            return
        self.selectRow(0)
        self._place()
        self.show()
        self.raise_()

    def close_list(self) -> None:
        """Hide the list (its rows stay until the next search)."""
        self.hide()
        self.navigated = False

    def current_record(self) -> Any:
        """The record of the chosen row (None when the list is hidden or empty)."""
        if self.isHidden():
            return None
        return self.list_model().record_at(max(self.currentIndex().row(), 0))

    def step(self, step: int) -> None:
        """Choose the row ``step`` rows below (negative: above) the current one."""
        n = self.list_model().rowCount()
        if not n:
            return
        row = min(max(self.currentIndex().row() + step, 0), n - 1)
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
        self.navigated = True

    def handle_key(self, key: int) -> bool:
        """Down/Up/PageDown/PageUp/Esc from the field; True when the list used it."""
        if self.isHidden():
            return False
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: self.MAX_VISIBLE,
            Qt.Key.Key_PageUp: -self.MAX_VISIBLE,
        }
        for k, step in steps.items():
            if key == k.value:
                self.step(step)
                return True
        if key == Qt.Key.Key_Escape.value:
            self.close_list()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while the screen is torn down the field may outlive this wrapper's state
        if watched is getattr(self, "_field", None):
            kind = event.type()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self.handle_key(event.key())
            if kind == QEvent.Type.FocusOut and not self.underMouse():
                self.close_list()
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.isVisible():
                self._place()
        return False

    def _place(self) -> None:
        field = self._field
        top_left = field.mapTo(self._host, QPoint(0, field.height()))
        rows = min(self.list_model().rowCount(), self.MAX_VISIBLE)
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
        width = max(field.width(), 560)
        width = min(width, self._host.width() - top_left.x() - 4)
        self.setGeometry(top_left.x(), top_left.y(), width, height)

    def _on_clicked(self, index: Any) -> None:
        record = self.list_model().record_at(index.row())
        if record is not None:
            self.picked.emit(record)
