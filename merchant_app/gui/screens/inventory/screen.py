"""The Inventory screen: products with their stock, stock counts, imports and exports.

It composes the panels and routes scans: on the Products tab a scan opens the product it
belongs to; on the Counts tab it counts one item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.screens.inventory.counts import CountPanel
from merchant_app.gui.screens.inventory.dialogs import (
    AdjustStockDialog,
    ProductEditorDialog,
    TransferDialog,
)
from merchant_app.gui.screens.inventory.import_dialog import ImportProductsDialog
from merchant_app.gui.screens.inventory.products import ProductsPanel
from merchant_app.gui.screens.inventory.receiving import ReceivingPanel
from merchant_app.gui.screens.inventory.replenishment_panel import ReplenishmentPanel
from merchant_app.gui.screens.inventory.stock_panel import StockPanel
from merchant_app.gui.widgets import NoticeBar, heading_label
from merchant_app.services import catalog, product_export
from merchant_app.services.context import Actor, AppContext


class InventoryScreen(QWidget):
    """Products and stock (INV-1 … INV-7) for the signed-in user."""

    required_permission = ""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        shop = getattr(parent, "shop", None)
        self.currency = getattr(shop, "currency", "CNY")
        self.runner = getattr(parent, "runner", None)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("Inventory"), self), 1)
        self.new_button = QPushButton(self.tr("&New product…"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        for b in (self.new_button, self.import_button, self.export_button):
            header.addWidget(b)
        layout.addLayout(header)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        products_page = QWidget(self)
        row = QHBoxLayout(products_page)
        splitter = QSplitter(products_page)
        self.products = ProductsPanel(ctx, actor, self.currency, splitter)
        self.stock = StockPanel(ctx, actor, splitter)
        splitter.addWidget(self.products)
        splitter.addWidget(self.stock)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        row.addWidget(splitter)
        self.tabs.addTab(products_page, self.tr("&Products"))
        self.counts = CountPanel(ctx, actor, self.currency, self)
        self.tabs.addTab(self.counts, self.tr("Stock &counts"))
        self.receiving = ReceivingPanel(ctx, actor, self.currency, self)
        self.tabs.addTab(self.receiving, self.tr("&Receiving"))
        self.replenishment = ReplenishmentPanel(ctx, actor, self.currency, self)
        self.tabs.addTab(self.replenishment, self.tr("Re&plenishment"))
        layout.addWidget(self.tabs, 1)
        self.new_button.setEnabled(actor.can("product.edit"))
        self.import_button.setEnabled(actor.can("product.edit"))
        self.export_button.setEnabled(actor.can("product.edit"))
        self.products.product_selected.connect(self.stock.show_product)
        self.products.product_activated.connect(self._on_products_product_activated)
        self.stock.edit_requested.connect(self._on_stock_edit_requested)
        self.stock.adjust_requested.connect(self._on_stock_adjust_requested)
        self.stock.transfer_requested.connect(self._on_stock_transfer_requested)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def refresh(self) -> None:
        """Reload what the current tab shows."""
        current = self.tabs.currentWidget()
        if current is self.counts:
            self.counts.refresh()
        elif current is self.receiving:
            self.receiving.refresh()
        elif current is self.replenishment:
            self.replenishment.refresh()
        else:
            self.products.load_categories()
            self.products.refresh()

    def handle_scan(self, code: str) -> None:
        """Products tab: open the scanned product.  Counts tab: count one item.  Receiving
        tab: receive one item (dialog open) or find its line on the selected order."""
        if self.tabs.currentWidget() is self.counts:
            self.counts.handle_scan(code)
            return
        if self.tabs.currentWidget() is self.receiving:
            self.receiving.handle_scan(code)
            return
        try:
            found = catalog.find_by_barcode(self._ctx, self._actor, code)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        if found is None:
            self.notice.show_message(
                self.tr("No product has the code {code}.").format(code=code), NoticeBar.WARNING
            )
            return
        self.notice.clear()
        self.products.select_product(found.id, found.sku)

    # -- slots ---------------------------------------------------------------------------

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.refresh()

    def _edit(self, product_id: str | None) -> None:
        dialog = ProductEditorDialog(self._ctx, self._actor, product_id, self.currency, self)
        if dialog.exec() and dialog.saved is not None:
            if dialog.outcome:
                self.notice.show_message(dialog.outcome, NoticeBar.INFO)
            self.products.load_categories()
            self.products.select_product(dialog.saved.id, dialog.saved.sku)

    def _on_products_product_activated(self, row: Any) -> None:
        if self._actor.can("product.edit"):
            self._edit(row.id)

    def _on_stock_edit_requested(self) -> None:
        if self.stock.product is not None:
            self._edit(self.stock.product.id)

    def _on_new_button_clicked(self) -> None:
        self._edit(None)

    def _after_stock_change(self, message: str) -> None:
        self.notice.show_message(message, NoticeBar.SUCCESS)
        product = self.stock.product
        self.products.refresh()
        if product is not None:
            self.products.select_product(product.id, product.sku)

    def _on_stock_adjust_requested(self) -> None:
        product = self.stock.product
        if product is None:
            return
        dialog = AdjustStockDialog(self._ctx, self._actor, product, self)
        if dialog.exec():
            self._after_stock_change(dialog.outcome)

    def _on_stock_transfer_requested(self) -> None:
        product = self.stock.product
        if product is None:
            return
        dialog = TransferDialog(self._ctx, self._actor, product, self)
        if dialog.exec():
            self._after_stock_change(dialog.outcome)

    def _on_import_button_clicked(self) -> None:
        if self.runner is None:
            show_error(self, RuntimeError("no task runner"))
            return
        dialog = ImportProductsDialog(self._ctx, self._actor, self.runner, self, self.currency)
        dialog.exec()
        if dialog.imported:
            self.products.load_categories()
            self.products.refresh()

    def _on_export_button_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export products"),
            str(Path(start) / "products.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not name or self.runner is None:
            return
        ctx, actor, target = self._ctx, self._actor, Path(name)

        def work(progress: Any, _token: Any) -> int:
            progress(0, 0, "")
            data = product_export.export_products(ctx, actor)
            target.write_bytes(data)
            return data.count(b"\n") - 1

        self.runner.run(
            work,
            parent_widget=self,
            label=self.tr("Exporting products…"),
            on_done=lambda n: self.notice.show_message(
                self.tr("Exported {n} products to {path}.").format(n=n, path=str(target)),
                NoticeBar.SUCCESS,
            ),
        )
