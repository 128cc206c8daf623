"""The lines of the order being entered, as a table model.

Each line is one product: quantity and line discount are edited in place; a change that
would sell more than the product's sellable stock (at the order's location) is refused
at once, naming the product and what is available, unless the product allows
backorders.  Adding or growing a line touches only that row (``beginInsertRows`` /
``dataChanged``), so a scan repaints one row, never the whole table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.widgets import ROOT, ModelIndex
from merchant_app.money import format_plain, minor_digits, parse_amount
from merchant_app.services.orders import MAX_QTY, LineInput

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HORIZONTAL = Qt.Orientation.Horizontal
_ROLES = frozenset(r.value for r in (_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _USER))
_ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _ENABLED | Qt.ItemFlag.ItemIsEditable


@dataclass
class EntryLine:
    """One product on the order being entered (mutable while the order is typed)."""

    product_id: str
    sku: str
    name: str
    price_minor: int
    quantity: int
    sellable: int
    allow_backorder: bool = False
    discount_minor: int = 0

    @property
    def total_minor(self) -> int:
        """Quantity × price − line discount."""
        return self.quantity * self.price_minor - self.discount_minor


@dataclass(frozen=True)
class SaleFacts:
    """What the screen needs to know to sell a product (looked up once per product).
    ``allow_backorder`` is None until it matters (a line going beyond the stock)."""

    product_id: str
    sku: str
    name: str
    price_minor: int
    allow_backorder: bool | None = None
    status: str = "listed"
    is_parent: bool = False


def shortage_text(sku: str, name: str, available: int, asked: int) -> str:
    """The refusal when a line would sell more than is there."""
    return QCoreApplication.translate(
        "OrderEntry", "Not enough stock of {sku} “{name}”: {available} available, {asked} asked."
    ).format(sku=sku, name=name, available=available, asked=asked)


class OrderLinesModel(QAbstractTableModel):
    """The order's lines: SKU, name, quantity (editable), price, line discount
    (editable), line total and sellable stock.  ``refused`` carries the message of an
    edit that was not taken; ``lines_changed`` follows every accepted change."""

    SKU, NAME, QTY, PRICE, DISCOUNT, TOTAL, SELLABLE = range(7)
    RIGHT_ALIGNED = frozenset({QTY, PRICE, DISCOUNT, TOTAL, SELLABLE})
    LINE_ROLE = _USER

    refused = Signal(str)
    lines_changed = Signal()

    def __init__(self, currency: str = "CNY", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.digits = minor_digits(currency)
        self._lines: list[EntryLine] = []
        self._titles: tuple[str, ...] = ()
        # Called before a line is refused for its stock, to bring its sellable figure and
        # backorder flag up to date (the screen looks them up only when they matter).
        self.refresh_line: Callable[[EntryLine], None] | None = None

    # -- reading -------------------------------------------------------------------------

    def lines(self) -> list[EntryLine]:
        """The lines in order (the records themselves; do not change them directly)."""
        return list(self._lines)

    def line_at(self, row: int) -> EntryLine | None:
        """The line shown in ``row``, if any."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, product_id: str) -> int:
        """The row of the product's line, or -1."""
        for i, line in enumerate(self._lines):
            if line.product_id == product_id:
                return i
        return -1

    def line_inputs(self) -> tuple[LineInput, ...]:
        """The lines as the orders service takes them."""
        return tuple(
            LineInput(ln.product_id, ln.quantity, None, ln.discount_minor) for ln in self._lines
        )

    def units(self) -> int:
        """Units over all lines."""
        return sum(ln.quantity for ln in self._lines)

    # -- changing ------------------------------------------------------------------------

    def shortage(self, line: EntryLine, quantity: int) -> str:
        """Why ``line`` cannot go to ``quantity`` ("" when it can)."""
        if line.allow_backorder or quantity <= line.sellable:
            return ""
        if self.refresh_line is not None:
            self.refresh_line(line)
            row = self.row_of(line.product_id)
            if row >= 0:
                self._row_changed(row, self.SELLABLE, self.SELLABLE)
            if line.allow_backorder or quantity <= line.sellable:
                return ""
        return shortage_text(line.sku, line.name, max(line.sellable, 0), quantity)

    def add_product(
        self, facts: SaleFacts, sellable: int | None, quantity: int = 1
    ) -> tuple[int, str]:
        """Add ``quantity`` of the product: a new line, or more on its line (``sellable``
        None: the line's figure stands).  Returns the row and "" — or the row (-1 when
        none) and the refusal, with nothing changed."""
        row = self.row_of(facts.product_id)
        if row >= 0:
            line = self._lines[row]
            if sellable is not None:
                line.sellable = sellable
            if facts.allow_backorder is not None:
                line.allow_backorder = facts.allow_backorder
            wanted = line.quantity + quantity
            problem = self.shortage(line, wanted)
            if not problem and wanted > MAX_QTY:
                problem = self._too_many()
            if problem:
                self._row_changed(row, self.SELLABLE, self.SELLABLE)
                return row, problem
            line.quantity = wanted
            self._row_changed(row, self.QTY, self.SELLABLE)
            self.lines_changed.emit()
            return row, ""
        line = EntryLine(
            facts.product_id,
            facts.sku,
            facts.name,
            facts.price_minor,
            quantity,
            sellable or 0,
            bool(facts.allow_backorder),
        )
        problem = self.shortage(line, quantity)
        if problem:
            return -1, problem
        row = len(self._lines)
        self.beginInsertRows(ROOT, row, row)
        self._lines.append(line)
        self.endInsertRows()
        self.lines_changed.emit()
        return row, ""

    def set_quantity(self, row: int, quantity: int) -> bool:
        """Set the line's quantity (0 removes the line); a refusal is emitted as
        ``refused`` and changes nothing."""
        line = self.line_at(row)
        if line is None:
            return False
        if quantity <= 0:
            self.remove(row)
            return True
        problem = self._too_many() if quantity > MAX_QTY else self.shortage(line, quantity)
        if not problem and line.discount_minor > quantity * line.price_minor:
            problem = self._discount_too_large(line)
        if problem:
            self.refused.emit(problem)
            return False
        if quantity != line.quantity:
            line.quantity = quantity
            self._row_changed(row, self.QTY, self.SELLABLE)
            self.lines_changed.emit()
        return True

    def change_quantity(self, row: int, delta: int) -> bool:
        """Add ``delta`` (may be negative) to the line's quantity; never below 1."""
        line = self.line_at(row)
        if line is None:
            return False
        return self.set_quantity(row, max(1, line.quantity + delta))

    def set_discount(self, row: int, discount_minor: int) -> bool:
        """Set the line's discount (minor units off the whole line)."""
        line = self.line_at(row)
        if line is None:
            return False
        if discount_minor < 0 or discount_minor > line.quantity * line.price_minor:
            self.refused.emit(self._discount_too_large(line))
            return False
        if discount_minor != line.discount_minor:
            line.discount_minor = discount_minor
            self._row_changed(row, self.DISCOUNT, self.TOTAL)
            self.lines_changed.emit()
        return True

    def set_sellable(self, row: int, sellable: int) -> None:
        """Show a fresh sellable figure on the line."""
        line = self.line_at(row)
        if line is not None and line.sellable != sellable:
            line.sellable = sellable
            self._row_changed(row, self.SELLABLE, self.SELLABLE)

    def remove(self, row: int) -> None:
        """Take the line off the order."""
        if self.line_at(row) is None:
            return
        self.beginRemoveRows(ROOT, row, row)
        del self._lines[row]
        self.endRemoveRows()
        self.lines_changed.emit()

    def clear(self) -> None:
        """No lines (the next customer)."""
        if not self._lines:
            return
        self.beginResetModel()
        self._lines = []
        self.endResetModel()
        self.lines_changed.emit()

    def _row_changed(self, row: int, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    def _too_many(self) -> str:
        return QCoreApplication.translate(
            "OrderEntry", "A line can have at most {max} units."
        ).format(max=MAX_QTY)

    def _discount_too_large(self, line: EntryLine) -> str:
        return QCoreApplication.translate(
            "OrderEntry", "The discount on {sku} cannot be more than the line's value ({value})."
        ).format(sku=line.sku, value=money_text(line.quantity * line.price_minor, self.currency))

    # -- Qt model ------------------------------------------------------------------------

    def titles(self) -> tuple[str, ...]:
        """Column titles (translated once)."""
        if not self._titles:
            self._titles = (
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Line discount"),
                self.tr("Total"),
                self.tr("Sellable"),
            )
        return self._titles

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < 7:
            return self.titles()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        return _EDITABLE if column in (self.QTY, self.DISCOUNT) else _ENABLED

    def _text(self, line: EntryLine, column: int) -> str:
        if column == self.SKU:
            return line.sku
        if column == self.NAME:
            return line.name
        if column == self.QTY:
            return str(line.quantity)
        if column == self.PRICE:
            return money_text(line.price_minor, self.currency)
        if column == self.DISCOUNT:
            return money_text(line.discount_minor, self.currency) if line.discount_minor else ""
        if column == self.TOTAL:
            return money_text(line.total_minor, self.currency)
        if line.allow_backorder and line.quantity > line.sellable:
            return self.tr("{n} · backorder").format(n=line.sellable)
        return str(line.sellable)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # views ask for many roles per cell
            return None
        row = index.row()
        column = index.column()
        if not 0 <= row < len(self._lines) or not 0 <= column < 7:
            return None
        line = self._lines[row]
        if role == _DISPLAY:
            return self._text(line, column)
        if role == _EDIT:
            if column == self.QTY:
                return line.quantity
            if column == self.DISCOUNT:
                return format_plain(line.discount_minor, self.digits)
            return self._text(line, column)
        if role == _ALIGNMENT and column in self.RIGHT_ALIGNED:
            return _RIGHT
        if role == _TOOLTIP:
            if column == self.SELLABLE and line.allow_backorder:
                return self.tr("This product may be sold beyond its stock (backorder).")
            if column == self.NAME:
                return line.name
            return None
        if role == _USER:
            return line
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != _EDIT:
            return False
        row, column = index.row(), index.column()
        if self.line_at(row) is None:
            return False
        if column == self.QTY:
            try:
                quantity = int(str(value).strip())
            except ValueError:
                self.refused.emit(
                    self.tr("“{text}” is not a quantity: type a whole number.").format(text=value)
                )
                return False
            return self.set_quantity(row, quantity)
        if column == self.DISCOUNT:
            try:
                minor = parse_amount(str(value or "0"), self.digits, field="discount")
            except KnownError as exc:
                self.refused.emit(translate_error(exc))
                return False
            return self.set_discount(row, minor)
        return False
