"""Figure tiles of the dashboard: a caption, the value, and how it moved.

A :class:`FigureTile` shows one figure large, the change against the previous period as
an arrow with the change (green when the move is good news, red when it is bad, grey
when it is neither), and a small line beneath (the previous value, or what the figure
is made of).  Its tooltip says what the figure counts.  A click, Enter or Space emits
:attr:`FigureTile.clicked` with the figure's key: the dashboard opens the list behind it.
:func:`change_words` and :func:`rate_change_words` make the change line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from merchant_app.gui.theme import is_dark

UP, DOWN, FLAT = "▲", "▼", "="
GOOD, BAD, NEUTRAL = "good", "bad", "neutral"
_COLOURS = {  # (light, dark)
    GOOD: ("#1b7f3a", "#72d08c"),
    BAD: ("#c62828", "#ff8a80"),
}


def change_words(value: int | None, previous: int | None) -> tuple[str, int]:
    """The change of a whole-number figure as ``("▲ 12.5 %", +1)``: per cent of the
    previous value, or ``"▲ new"`` when that was zero; ``("", 0)`` when either is
    missing.  The number is the direction (+1, -1, 0)."""
    if value is None or previous is None:
        return "", 0
    if value == previous:
        return f"{FLAT} 0 %", 0
    direction = 1 if value > previous else -1
    arrow = UP if direction > 0 else DOWN
    if previous == 0:
        new = QCoreApplication.translate("FigureTile", "new")
        return f"{arrow} {new}", direction
    ratio = abs(value - previous) / abs(previous) * 100
    return f"{arrow} {QLocale().toString(ratio, 'f', 1)} %", direction


def rate_change_words(value: float | None, previous: float | None) -> tuple[str, int]:
    """The change of a rate in percentage points: ``("▲ 1.5 pt", +1)``."""
    if value is None or previous is None:
        return "", 0
    points = (value - previous) * 100
    # percentage points: the difference of two percentages
    words = QCoreApplication.translate("FigureTile", "{points} pt")
    if abs(points) < 0.05:
        return f"{FLAT} {words.format(points=0)}", 0
    direction = 1 if points > 0 else -1
    arrow = UP if direction > 0 else DOWN
    return f"{arrow} {words.format(points=QLocale().toString(abs(points), 'f', 1))}", direction


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is too narrow for its text, instead of
    widening the tile (the tile's tooltip has the whole text)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(16, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(16, super().sizeHint().height())

    def is_elided(self) -> bool:
        """Whether the text is shortened now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )


class FigureTile(QFrame):
    """One dashboard figure; see the module docstring."""

    clicked = Signal(str)

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("figureTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "QFrame#figureTile { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
            "QFrame#figureTile:hover, QFrame#figureTile:focus {"
            " border: 1px solid palette(highlight); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.caption = ElidedLabel(caption, self)
        self.value_label = ElidedLabel("—", self)
        self.value_label.setObjectName("figureValue")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value_label.setFont(font)
        self.change_label = ElidedLabel(" ", self)
        self.note_label = ElidedLabel(" ", self)
        small = self.note_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.note_label.setFont(small)
        self.caption.setFont(small)
        for label in (self.caption, self.value_label, self.change_label, self.note_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.about = ""  # what the figure counts: the start of the tooltip
        self._mood = NEUTRAL
        self._paint_mood()
        self.setFixedHeight(layout.sizeHint().height() + 2)

    def set_about(self, text: str) -> None:
        """What the figure counts (shown in the tooltip with the figure's details)."""
        self.about = text
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        lines = [self.caption.text() + ": " + self.value_label.text()]
        lines += [t for t in (self.change_label.text(), self.note_label.text()) if t.strip()]
        if self.about:
            lines += ["", self.about]
        self.setToolTip("\n".join(lines))

    def show_figure(
        self, value: str, change: str = "", mood: str = NEUTRAL, note: str = ""
    ) -> None:
        """Show ``value``, the ``change`` line coloured by ``mood`` and a ``note``."""
        self.value_label.setText(value or "—")
        self.change_label.setText(change or " ")
        self.note_label.setText(note or " ")
        self._mood = mood
        self._paint_mood()
        self._update_tooltip()

    def _paint_mood(self) -> None:
        app = QApplication.instance()
        dark = isinstance(app, QApplication) and is_dark(app)
        base = app.palette() if isinstance(app, QApplication) else self.palette()
        neutral = base.color(QPalette.ColorRole.PlaceholderText)
        colour = (
            QColor(_COLOURS[self._mood][1 if dark else 0]) if self._mood in _COLOURS else neutral
        )
        for label, wanted in (
            (self.change_label, colour),
            (self.note_label, neutral),
            (self.caption, neutral),
        ):
            palette = QPalette(base)
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_mood()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)
