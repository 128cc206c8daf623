"""The product list: search as you type (name, SKU or barcode), filters, lazy paging.

Each keystroke runs the search in SQL (indexed prefix and key lookups, ``LIMIT``), so the
first rows are painted within a few milliseconds even on 100,000 products; further rows
arrive as the view scrolls.  A barcode scan opens the product it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.screens.inventory.product_editor import flatten_categories
from merchant_app.gui.widgets import NoticeBar, configure_table, size_columns
from merchant_app.services import catalog
from merchant_app.services.context import Actor, AppContext


def status_text(status: str) -> str:
    """A listing status in words."""
    names = {
        "draft": QCoreApplication.translate("Inventory", "Draft"),
        "listed": QCoreApplication.translate("Inventory", "Listed"),
        "delisted": QCoreApplication.translate("Inventory", "Delisted"),
    }
    return names.get(status, status)


class ProductTableModel(PagedTableModel[Any]):
    """Products as the search returns them, paged by SKU."""

    SKU, NAME, CATEGORY, PRICE, ON_HAND, SELLABLE, STATUS = range(7)
    RIGHT_ALIGNED = frozenset({PRICE, ON_HAND, SELLABLE})

    def __init__(self, currency: str = "CNY", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.category_paths: dict[str, str] = {}

    def titles(self) -> Sequence[str]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Price"),
            self.tr("On hand"),
            self.tr("Sellable"),
            self.tr("Status"),
        )

    def key(self, row: Any) -> Any:
        return row.sku

    def cell(self, row: Any, column: int) -> str:
        if column == self.SKU:
            return str(row.sku)
        if column == self.NAME:
            return str(row.name)
        if column == self.CATEGORY:
            return self.category_paths.get(row.category_id or "", "")
        if column == self.PRICE:
            return money_text(row.price_minor, self.currency)
        if column == self.ON_HAND:
            return str(row.on_hand)
        if column == self.SELLABLE:
            return str(row.sellable)
        return status_text(row.status)


class ProductsPanel(QWidget):
    """Search box, filters and the product table; emits the product the user opens."""

    product_selected = Signal(object)  # a list row, or None
    product_activated = Signal(object)  # Enter or double-click on a row

    def __init__(
        self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Search by name, SKU or barcode (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search products"))
        filters.addWidget(self.search, 3)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        filters.addWidget(self.category, 2)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Listing status"))
        self.status.addItem(self.tr("Any status"), None)
        for value in ("listed", "draft", "delisted"):
            self.status.addItem(status_text(value), value)
        filters.addWidget(self.status, 1)
        self.low_stock = QCheckBox(self.tr("&Low stock only"), self)
        filters.addWidget(self.low_stock)
        layout.addLayout(filters)
        self.model = ProductTableModel(currency, self)
        self.table = QTableView(self)
        self.table.setObjectName("productTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        m = ProductTableModel
        size_columns(
            self.table,
            {m.SKU: 12, m.CATEGORY: 12, m.PRICE: 8, m.ON_HAND: 5, m.SELLABLE: 5, m.STATUS: 6},
            stretch=m.NAME,
        )
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.search.textChanged.connect(self._on_filter_changed)
        self.category.currentIndexChanged.connect(self._on_filter_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.low_stock.toggled.connect(self._on_filter_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.status)
        self.setTabOrder(self.status, self.low_stock)
        self.setTabOrder(self.low_stock, self.table)

    # -- loading -------------------------------------------------------------------------

    def load_categories(self) -> None:
        """Fill the category filter from the catalog (keeps the current choice)."""
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        try:
            nodes = flatten_categories(catalog.category_tree(self._ctx, self._actor))
        except KnownError as exc:
            nodes = []
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        for node in nodes:
            self.category.addItem(node.path, node.id)
        self.model.category_paths = {n.id: n.path for n in nodes}
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def refresh(self) -> None:
        """Run the current search again (after an edit, an import or a stock change)."""
        self._run_query()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_query(self) -> None:
        ctx, actor = self._ctx, self._actor
        text = self.search.text().strip()
        category_id = self.category.currentData()
        status = self.status.currentData()
        low = self.low_stock.isChecked()

        def fetch(after: Any, limit: int) -> list[Any]:
            return catalog.search_products(
                ctx,
                actor,
                text,
                category_id=category_id,
                status=status,
                low_stock=low,
                limit=limit,
                after_sku=after,
            )

        try:
            self.model.set_query(fetch)
        except KnownError as exc:
            self.model.set_query(None)
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.product_selected.emit(None)

    def select_product(self, product_id: str, sku: str) -> None:
        """Show exactly that product (a scan or a search hit)."""
        self.search.blockSignals(True)
        self.search.setText(sku)
        self.search.blockSignals(False)
        self._run_query()
        for i, row in enumerate(self.model.loaded_rows()):
            if row.id == product_id:
                self.table.selectRow(i)
                break

    # -- slots ---------------------------------------------------------------------------

    def _on_filter_changed(self, *_args: Any) -> None:
        self.notice.clear()
        self._run_query()

    def _on_search_return_pressed(self) -> None:
        row = self.model.row_at(max(self.table.currentIndex().row(), 0))
        if row is not None:
            self.product_activated.emit(row)

    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        self.product_selected.emit(self.model.row_at(current.row()))

    def _on_table_activated(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.product_activated.emit(row)

    def _update_count(self, *_args: Any) -> None:
        n = self.model.rowCount()
        more = self.model.canFetchMore()
        self.count_label.setText(
            self.tr("{n}+ products shown; scroll for more").format(n=n)
            if more
            else self.tr("%n product(s)", "", n)
        )

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)
