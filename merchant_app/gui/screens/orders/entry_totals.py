"""The totals of the order being entered, in a large readable font: subtotal, discount,
shipping, packaging and insurance, total, paid and the change due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from merchant_app.gui.money_text import money_text
from merchant_app.services.orders import OrderQuote


def alert_colour(widget: QWidget) -> str:
    """A red that reads well on the widget's background (light or dark theme)."""
    palette = widget.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class OrderTotalsPanel(QFrame):
    """Figures from the last quote and the payments typed so far."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderTotals")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.currency = currency
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(4)
        base = self.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self.values: dict[str, QLabel] = {}
        rows = (
            ("subtotal", self.tr("Subtotal"), 1.25, False),
            ("discount", self.tr("Order discount"), 1.25, False),
            ("shipping", self.tr("Shipping"), 1.25, False),
            ("extras", self.tr("Packaging & insurance"), 1.25, False),
            ("total", self.tr("Total"), 1.9, True),
            ("paid", self.tr("Paid"), 1.25, False),
            ("change", self.tr("Change due"), 1.9, True),
        )
        for n, (key, title, scale, bold) in enumerate(rows):
            name = QLabel(title, self)
            value = QLabel(self)
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label in (name, value):
                font = label.font()
                font.setPointSizeF(size * scale)
                font.setBold(bold)
                label.setFont(font)
            # wide enough for six-figure totals: a new figure never re-lays the screen out
            widest = money_text(-99_999_999, currency)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(widest) + 4)
            grid.addWidget(name, n, 0)
            grid.addWidget(value, n, 1)
            self.values[key] = value
        self.reasons = QLabel(self)
        self.reasons.setObjectName("priceReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.reasons, len(rows), 0, 1, 2)
        self.note = QLabel(self)
        self.note.setObjectName("totalsNote")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, len(rows) + 1, 0, 1, 2)
        grid.setRowStretch(len(rows) + 2, 1)
        self.show_figures(None, 0, 0)

    def text_of(self, key: str) -> str:
        """The figure shown for ``key`` (subtotal, discount, shipping, extras, total,
        paid, change)."""
        return self.values[key].text()

    def show_figures(self, quote: OrderQuote | None, paid: int, change: int) -> None:
        """Show ``quote`` (None: an empty order) with what is paid and the change due."""
        cur = self.currency
        figures = {
            "subtotal": quote.subtotal_minor if quote else 0,
            "discount": -quote.discount_minor if quote and quote.discount_minor else 0,
            "shipping": quote.shipping_fee_minor if quote else 0,
            "extras": quote.extra_fees_minor if quote else 0,
            "total": quote.total_minor if quote else 0,
            "paid": paid,
            "change": change,
        }
        for key, minor in figures.items():
            self.values[key].setText(money_text(minor, cur))

    def set_reasons(self, reasons: tuple[str, ...]) -> None:
        """Why the prices are what they are (promotions, member prices, coupons), one
        per line; empty hides them."""
        self.reasons.setText("\n".join(reasons))
        self.reasons.setVisible(bool(reasons))

    def set_note(self, text: str, problem: bool = False) -> None:
        """A line under the figures (a problem is shown in red)."""
        self.note.setText(text)
        style = f"QLabel {{ color: {alert_colour(self)}; font-weight: bold; }}"
        self.note.setStyleSheet(style if problem else "")
