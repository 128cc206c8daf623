"""A table model for long lists: rows arrive page by page as the view scrolls.

The model holds only the rows fetched so far.  A page is asked of a ``fetch_page``
callable with the key of the last row held (keyset paging: as fast at row 900,000 as at
row 1), so a list of a million orders opens as quickly as a list of ten.  Filtering and
sorting happen in the query, never in a proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, Qt

from merchant_app.gui.widgets import ROOT, ModelIndex

Row = TypeVar("Row")

# fetch_page(after_key, limit) -> rows in display order
FetchPage = Callable[[Any, int], Sequence[Row]]

# Looked up once: attribute access on Qt enums costs more than the rest of data().
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HORIZONTAL = Qt.Orientation.Horizontal


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows fetched lazily through ``canFetchMore``/``fetchMore``.

    Subclasses give the column titles, ``cell(row, column)`` (display text) and
    ``key(row)`` (what the next page starts after); ``set_query`` swaps the query (a new
    search or filter) and shows its first page at once.
    """

    PAGE_SIZE = 200
    ROW_ROLE = _USER
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._fetch: FetchPage[Row] | None = None
        self._exhausted = True
        self._columns = -1

    # -- what subclasses say -------------------------------------------------------------

    def titles(self) -> Sequence[str]:
        """Column titles (translated)."""
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        """The text shown for ``row`` in ``column``."""
        raise NotImplementedError

    def key(self, row: Row) -> Any:
        """The keyset key of ``row``: the next page starts after it."""
        raise NotImplementedError

    # -- the query -----------------------------------------------------------------------

    def set_query(self, fetch: FetchPage[Row] | None) -> None:
        """Show the results of ``fetch`` (first page now, the rest as the view scrolls)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(ROOT)

    def reload(self) -> None:
        """Run the current query again (after a change), keeping as many rows loaded."""
        wanted = max(len(self._rows), self.PAGE_SIZE)
        fetch = self._fetch
        self.set_query(fetch)
        while fetch is not None and len(self._rows) < wanted and self.canFetchMore(ROOT):
            self.fetchMore(ROOT)

    def row_at(self, row: int) -> Row | None:
        """The record shown in ``row``, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded_rows(self) -> list[Row]:
        """The records fetched so far (a copy)."""
        return list(self._rows)

    # -- Qt model ------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = ROOT) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        after = self.key(self._rows[-1]) if self._rows else None
        page = list(self._fetch(after, self.PAGE_SIZE))
        if len(page) < self.PAGE_SIZE:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(ROOT, first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        if parent.isValid():
            return 0
        if self._columns < 0:  # the views ask very often; the titles never change count
            self._columns = len(self.titles())
        return self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY:
            titles = self.titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if row is None or not 0 <= column < self.columnCount():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self.cell(row, column)
        if role == _ALIGNMENT and column in self.RIGHT_ALIGNED:
            return _RIGHT
        if role == _USER:
            return row
        return None
