"""One product's stock: the figures per location and the move history behind them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.widgets import (
    NoticeBar,
    configure_table,
    heading_label,
    local_datetime_text,
    size_columns,
)
from merchant_app.services import stock
from merchant_app.services.context import Actor, AppContext


def reason_text(reason: str) -> str:
    """A stock move's reason in words."""
    names = {
        "receive": QCoreApplication.translate("Inventory", "Received"),
        "transfer_in": QCoreApplication.translate("Inventory", "Transfer in"),
        "transfer_out": QCoreApplication.translate("Inventory", "Transfer out"),
        "damage": QCoreApplication.translate("Inventory", "Damaged"),
        "loss": QCoreApplication.translate("Inventory", "Lost"),
        "found": QCoreApplication.translate("Inventory", "Found"),
        "correction": QCoreApplication.translate("Inventory", "Correction"),
        "count": QCoreApplication.translate("Inventory", "Stock count"),
        "import": QCoreApplication.translate("Inventory", "Import"),
        "ship": QCoreApplication.translate("Inventory", "Shipped"),
        "return": QCoreApplication.translate("Inventory", "Returned to stock"),
    }
    return names.get(reason, reason)


class LevelsModel(PagedTableModel[Any]):
    """Stock per location (one page: a product is in a handful of locations)."""

    LOCATION, ON_HAND, RESERVED, SELLABLE = range(4)
    RIGHT_ALIGNED = frozenset({ON_HAND, RESERVED, SELLABLE})

    def titles(self) -> Sequence[str]:
        return (self.tr("Location"), self.tr("On hand"), self.tr("Reserved"), self.tr("Sellable"))

    def key(self, row: Any) -> Any:
        return row.location_code

    def cell(self, row: Any, column: int) -> str:
        if column == self.LOCATION:
            return f"{row.location_code} · {row.location_name}"
        return str((row.on_hand, row.reserved, row.sellable)[column - 1])


class MovesModel(PagedTableModel[Any]):
    """The move history, newest first, paged by move (the reason says what kind of
    document caused it: a receipt, a count, an import, a transfer, an order)."""

    WHEN, LOCATION, QUANTITY, REASON, USER = range(5)
    RIGHT_ALIGNED = frozenset({QUANTITY})

    def titles(self) -> Sequence[str]:
        return (
            self.tr("When"),
            self.tr("Location"),
            self.tr("Quantity"),
            self.tr("Reason"),
            self.tr("By"),
        )

    def key(self, row: Any) -> Any:
        return row.cursor

    def cell(self, row: Any, column: int) -> str:
        if column == self.WHEN:
            return local_datetime_text(row.at)
        if column == self.LOCATION:
            return str(row.location_code)
        if column == self.QUANTITY:
            return f"{row.quantity:+d}"
        if column == self.REASON:
            return reason_text(row.reason) + (f" — {row.note}" if row.note else "")
        return str(row.user_login or "")


class StockPanel(QWidget):
    """Levels and moves of the selected product, with the stock actions."""

    adjust_requested = Signal()
    transfer_requested = Signal()
    edit_requested = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.product: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading_label(self.tr("No product selected"), self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit product…"), self)
        self.adjust_button = QPushButton(self.tr("&Adjust stock…"), self)
        self.transfer_button = QPushButton(self.tr("&Transfer…"), self)
        for b in (self.edit_button, self.adjust_button, self.transfer_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.levels_model = LevelsModel(self)
        self.levels = QTableView(self)
        self.levels.setObjectName("stockLevels")
        configure_table(self.levels)
        self.levels.setModel(self.levels_model)
        size_columns(self.levels, {1: 7, 2: 7, 3: 7}, stretch=LevelsModel.LOCATION)
        self.levels.setMaximumHeight(150)
        layout.addWidget(QLabel(self.tr("Stock by location"), self))
        layout.addWidget(self.levels)
        self.moves_model = MovesModel(self)
        self.moves = QTableView(self)
        self.moves.setObjectName("stockMoves")
        configure_table(self.moves)
        self.moves.setModel(self.moves_model)
        mm = MovesModel
        size_columns(
            self.moves,
            {mm.WHEN: 14, mm.LOCATION: 5, mm.QUANTITY: 5, mm.USER: 7},
            stretch=mm.REASON,
        )
        layout.addWidget(QLabel(self.tr("Move history"), self))
        layout.addWidget(self.moves, 1)
        self.edit_button.clicked.connect(self.edit_requested)
        self.adjust_button.clicked.connect(self.adjust_requested)
        self.transfer_button.clicked.connect(self.transfer_requested)
        self.edit_button.setEnabled(False)
        self.adjust_button.setEnabled(False)
        self.transfer_button.setEnabled(False)

    def show_product(self, row: Any) -> None:
        """Show ``row`` (a product list row), or nothing."""
        self.product = row
        self.notice.clear()
        has = row is not None
        self.edit_button.setEnabled(has and self._actor.can("product.edit"))
        holds_stock = has and not row.is_parent  # a parent's stock is on its variants
        self.adjust_button.setEnabled(holds_stock and self._actor.can("stock.adjust"))
        self.transfer_button.setEnabled(holds_stock and self._actor.can("stock.receive"))
        if row is None:
            self.title.setText(self.tr("No product selected"))
            self.summary.clear()
            self.levels_model.set_query(None)
            self.moves_model.set_query(None)
            return
        self.title.setText(f"{row.name}")
        self.summary.setText(
            self.tr("SKU {sku} · on hand {on_hand} · sellable {sellable}").format(
                sku=row.sku, on_hand=row.on_hand, sellable=row.sellable
            )
        )
        ctx, actor, product_id = self._ctx, self._actor, row.id
        try:
            levels = stock.levels(ctx, actor, product_id)
            self.levels_model.set_query(lambda after, _n: [] if after else levels)

            def moves(after: Any, limit: int) -> list[Any]:
                return stock.moves(ctx, actor, product_id, limit=limit, before=after)

            self.moves_model.set_query(moves)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
