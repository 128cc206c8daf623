"""Small pieces every screen shares: time formatting, headings, table set-up, dialog
sizing, and :class:`NoticeBar` (an inline, non-modal message with an optional follow-up
button)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root of flat models (default ``parent`` argument)

_TZ_TOKEN = re.compile(r"\s*t+\s*")
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def local_datetime_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """``value`` (aware UTC) in this desk's time zone, formatted for ``locale`` with
    seconds and a four-digit year (audit and approval lists need both)."""
    if value is None:
        return ""
    loc = locale or QLocale()
    when = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    date_fmt = _SHORT_YEAR.sub("yyyy", loc.dateFormat(QLocale.FormatType.ShortFormat))
    time_fmt = _TZ_TOKEN.sub(" ", loc.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return loc.toString(when, f"{date_fmt} {time_fmt}")


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen's title: the application font, larger and bold."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def configure_table(table: QTableView, single: bool = True) -> None:
    """The admin lists' common look: whole-row selection, read-only, compact rows."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection
        if single
        else QAbstractItemView.SelectionMode.ExtendedSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)


def fit_dialog(dialog: QDialog, width: int) -> None:
    """Give ``dialog`` at least ``width`` and the height its wrapped texts need there
    (Qt otherwise sizes word-wrapped labels for a narrower window and leaves gaps)."""
    dialog.setMinimumWidth(width)
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(width, height)


def action_with_mnemonic(action: QAction, text: str) -> None:
    """Set ``text`` on ``action`` and on the buttons showing it (which otherwise drop the
    mnemonic and the ellipsis that says a dialog follows)."""
    action.setText(text)
    action.setIconText(text)


class NoticeBar(QFrame):
    """An inline message at the top of a screen: what just happened, or what to do next.

    Unlike a message box it does not block and stays readable until dismissed or
    replaced.  An optional button offers the obvious follow-up action.
    """

    INFO, SUCCESS, WARNING, ERROR = "info", "success", "warning", "error"
    _COLOURS: ClassVar[dict[str, tuple[int, int, int]]] = {
        INFO: (33, 118, 210),
        SUCCESS: (46, 150, 67),
        WARNING: (214, 150, 0),
        ERROR: (205, 45, 45),
    }
    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
        WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.level = self.INFO
        self._callback: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._icon)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        layout.addWidget(self.action_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self,
        text: str,
        level: str = INFO,
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text``; with ``action_text`` and ``on_action``, also a button."""
        self.level = level
        r, g, b = self._COLOURS[level]
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background-color: rgba({r}, {g}, {b}, 38);"
            f" border: 1px solid rgba({r}, {g}, {b}, 150); border-radius: 4px; }}"
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(self._ICONS[level]).pixmap(size, size))
        self.label.setText(text)
        self._callback = on_action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text and on_action))
        self.show()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def clear(self) -> None:
        """Hide the bar and forget its action."""
        self._callback = None
        self.hide()

    def _on_action_button_clicked(self) -> None:
        callback = self._callback
        self.clear()
        if callback is not None:
            callback()

    def _on_close_button_clicked(self) -> None:
        self.clear()


def size_columns(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    """Give columns fixed starting widths (in average characters, so they scale with the
    font and the screen's DPI, and never narrower than their title) and let ``stretch``
    take the rest of the width.  Call it after the model is set."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = table.fontMetrics().averageCharWidth()
    model = table.model()
    for column, chars in widths.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        title_width = header.fontMetrics().horizontalAdvance(str(title or "")) + 16
        header.resizeSection(column, max(chars * char + 16, title_width))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def screen_action(
    widget: QWidget,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence.StandardKey | None = None,
) -> QAction:
    """An action of a screen: its shortcut works anywhere inside the screen (not in other
    screens), the mnemonic and ellipsis of ``text`` are kept on its buttons."""
    action = QAction(widget)
    action_with_mnemonic(action, text)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def action_button(widget: QWidget, action: QAction) -> QToolButton:
    """A text button showing ``action`` that Tab reaches like any other button."""
    button = QToolButton(widget)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class LazyScreen(QWidget):
    """A screen that loads its data the first time it is shown (not when the main window
    builds it), by calling :meth:`refresh`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False

    def refresh(self) -> None:
        """Load (or reload) what the screen shows; subclasses set ``_loaded``."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            # after the current event: the main window may call refresh() itself first
            QTimer.singleShot(0, self, self._on_first_show)

    def _on_first_show(self) -> None:
        if not self._loaded:
            self.refresh()


Record = TypeVar("Record")


class RecordsTableModel(QAbstractTableModel, Generic[Record]):
    """A flat list of frozen records (each with an ``id``), replaced as a whole.

    Subclasses say ``COLUMNS`` and implement ``headerData`` and ``data``."""

    COLUMNS = 0
    ROW_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Record] = []

    def set_rows(self, rows: list[Record]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Record | None:
        """The record shown in ``row``, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        """The row showing the record with ``record_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)  # type: ignore[attr-defined]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS
