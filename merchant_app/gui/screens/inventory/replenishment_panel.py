"""Low stock and reordering (INV-5): the products at or below their reorder point, with
a suggested quantity, and draft purchase orders for the ones the user picks (one per
supplier, in one transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.screens.inventory.receiving import supplier_text
from merchant_app.gui.widgets import NoticeBar, configure_table
from merchant_app.services import locations, replenishment
from merchant_app.services.context import Actor, AppContext


class ReplenishmentModel(PagedTableModel[Any]):
    """Products to reorder, by SKU (the whole list is one page: it is short by nature)."""

    SKU, NAME, SELLABLE, REORDER_POINT, ON_ORDER, SUGGESTED, SUPPLIER = range(7)
    RIGHT_ALIGNED = frozenset({SELLABLE, REORDER_POINT, ON_ORDER, SUGGESTED})

    def titles(self) -> Sequence[str]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Sellable"),
            self.tr("Reorder point"),
            self.tr("On order"),
            self.tr("Suggested"),
            self.tr("Supplier"),
        )

    def key(self, row: Any) -> Any:
        return row.sku

    def cell(self, row: Any, column: int) -> str:
        if column == self.SKU:
            return str(row.sku)
        if column == self.NAME:
            return str(row.name)
        if column == self.SUPPLIER:
            return supplier_text(row.supplier_name)
        values = (row.sellable, row.reorder_point, row.on_order, row.suggested_qty)
        return str(values[column - self.SELLABLE])


class ReplenishmentPanel(QWidget):
    """The replenishment list with a location filter; drafts purchase orders for the
    selected rows and says which order numbers were drafted."""

    def __init__(
        self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._currency = ctx, actor, currency
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        top = QHBoxLayout()
        location_label = QLabel(self.tr("Loc&ation:"), self)
        self.location = QComboBox(self)
        self.location.setAccessibleName(self.tr("Location to replenish"))
        location_label.setBuddy(self.location)
        top.addWidget(location_label)
        top.addWidget(self.location, 1)
        self.draft_button = QPushButton(self.tr("&Draft purchase orders"), self)
        self.draft_button.setToolTip(
            self.tr("One draft purchase order per supplier for the selected products")
        )
        top.addWidget(self.draft_button)
        layout.addLayout(top)
        self.model = ReplenishmentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("replenishmentList")
        self.table.setAccessibleName(self.tr("Products to reorder"))
        configure_table(self.table, single=False)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReplenishmentModel.NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.location.currentIndexChanged.connect(self._on_location_current_index_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.draft_button.clicked.connect(self._on_draft_button_clicked)
        self.setTabOrder(self.location, self.table)
        self.setTabOrder(self.table, self.draft_button)
        self._update_buttons()

    def refresh(self) -> None:
        """Reload the locations and the list (keeps the chosen location)."""
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(self.tr("All locations"), None)
        try:
            for loc in locations.list_locations(self._ctx, self._actor):
                self.location.addItem(f"{loc.code} · {loc.name}", loc.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        self.location.setCurrentIndex(max(self.location.findData(current), 0))
        self.location.blockSignals(False)
        self._load()

    def selected_rows(self) -> list[Any]:
        """The list rows the user selected, top to bottom."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _load(self) -> None:
        try:
            rows = replenishment.replenishment_list(
                self._ctx, self._actor, self.location.currentData()
            )
        except KnownError as exc:
            self.model.set_query(None)
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self._update_count()
            return
        self.model.set_query(lambda after, _n: [] if after else rows)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("%n product(s) at or below the reorder point", "", n)
            if n
            else self.tr("No product is at or below its reorder point.")
        )

    def _update_buttons(self, *_args: Any) -> None:
        self.draft_button.setEnabled(
            self._actor.can("stock.receive") and bool(self.table.selectionModel().selectedRows())
        )

    def _on_location_current_index_changed(self, _index: int) -> None:
        self.notice.clear()
        self._load()

    def _on_draft_button_clicked(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        try:
            drafted = replenishment.draft_purchase_orders(
                self._ctx, self._actor, [r.product_id for r in chosen], self.location.currentData()
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        if drafted:
            self.notice.show_message(
                self.tr(
                    "Drafted %n purchase order(s): {numbers}. Check and place them on the "
                    "Receiving tab.",
                    "",
                    len(drafted),
                ).format(numbers=", ".join(po.number for po in drafted)),
                NoticeBar.SUCCESS,
            )
        else:
            self.notice.show_message(
                self.tr("Nothing drafted: the selected products need no reorder."),
                NoticeBar.INFO,
            )
        self._load()
