"""The product editor: every INV-1 field on one form, saved in one action.

A new product is created with its barcodes in one transaction.  For an existing product
the fields, the price (which may need a manager's approval) and the barcodes are saved
by their own services; a refusal is shown in the dialog and the form keeps what was
typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.widgets import (
    NoticeBar,
    configure_table,
    fit_dialog,
    local_datetime_text,
    size_columns,
)
from merchant_app.money import format_plain, minor_digits, parse_amount
from merchant_app.services import catalog, catalog_prices
from merchant_app.services.context import Actor, AppContext

_MAX = 2**31 - 1


def _spin(parent: QWidget, suffix: str = "", maximum: int = 1_000_000) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, maximum)
    if suffix:
        box.setSuffix(f" {suffix}")
    return box


class PriceHistoryModel(PagedTableModel[Any]):
    """A product's price and cost changes, newest first."""

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def titles(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Figure"), self.tr("From"), self.tr("To"), self.tr("By"))

    def key(self, row: Any) -> Any:
        return row.at

    def cell(self, row: Any, column: int) -> str:
        if column == 0:
            return local_datetime_text(row.at)
        if column == 1:
            return self.tr("Price") if row.field == "price" else self.tr("Cost")
        if column in (2, 3):
            return money_text(row.old_minor if column == 2 else row.new_minor, self.currency)
        return str(row.changed_by)


def flatten_categories(nodes: Any) -> list[Any]:
    """The category tree as a list in display order (parents before children)."""
    out: list[Any] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten_categories(node.children))
    return out


class ProductEditorDialog(QDialog):
    """Create (``product_id`` None) or edit a product; ``saved`` holds the result."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        product_id: str | None,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._digits = minor_digits(currency)
        self.saved: Any = None
        self.outcome = ""  # what the screen should tell once the dialog has closed
        self.detail: Any = catalog.get_product(ctx, actor, product_id) if product_id else None
        self.setWindowTitle(self.tr("Edit product") if product_id else self.tr("New product"))
        layout = QVBoxLayout(self)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        form = QFormLayout()
        layout.addLayout(form)
        self.sku = QLineEdit(self)
        self.sku.setMaxLength(64)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("(no category)"), None)
        for node in flatten_categories(catalog.category_tree(ctx, actor)):
            self.category.addItem(node.path, node.id)
        self.barcodes = QLineEdit(self)
        self.barcodes.setPlaceholderText(
            self.tr("EAN-13, UPC-A or internal codes, comma-separated")
        )
        self.generate_button = QPushButton(self.tr("&Generate in-store code"), self)
        codes_row = QHBoxLayout()
        codes_row.addWidget(self.barcodes, 1)
        codes_row.addWidget(self.generate_button)
        self.unit = QLineEdit("pcs", self)
        self.unit.setMaxLength(16)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("0.00")
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText("0.00")
        self.tax = QLineEdit(self)
        self.tax.setPlaceholderText(self.tr("e.g. 13"))
        self.weight = _spin(self, "g")
        dims = QHBoxLayout()
        self.length, self.width, self.height = (_spin(self, "mm", 10_000) for _ in range(3))
        for box in (self.length, self.width, self.height):
            dims.addWidget(box)
        self.status = QComboBox(self)
        for value, text in (("draft", self.tr("Draft")), ("listed", self.tr("Listed"))):
            self.status.addItem(text, value)
        self.reorder_point = _spin(self)
        self.reorder_qty = _spin(self)
        self.backorder = QCheckBox(self.tr("Allow selling when out of stock"), self)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(70)
        rows: list[tuple[str, Any]] = [
            (self.tr("&SKU:"), self.sku),
            (self.tr("&Name:"), self.name),
            (self.tr("&Category:"), self.category),
            (self.tr("&Barcodes:"), codes_row),
            (self.tr("&Unit:"), self.unit),
            (self.tr("Selling &price:"), self.price),
            (self.tr("C&ost:"), self.cost),
            (self.tr("&Tax rate (%):"), self.tax),
            (self.tr("&Weight:"), self.weight),
            (self.tr("Size (L × W × H):"), dims),
            (self.tr("Listing &status:"), self.status),
            (self.tr("&Reorder point:"), self.reorder_point),
            (self.tr("Reorder &quantity:"), self.reorder_qty),
            ("", self.backorder),
            (self.tr("&Description:"), self.description),
        ]
        for text, field in rows:
            if text and (isinstance(field, QWidget) or field is codes_row):
                label = QLabel(text, self)
                label.setBuddy(self.barcodes if field is codes_row else field)
                form.addRow(label, field)
            elif text:
                form.addRow(text, field)
            else:
                form.addRow(field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.delist_button = buttons.addButton(
            self.tr("Request &delisting…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.history_model = PriceHistoryModel(currency, self)
        self.history = QTableView(self)
        configure_table(self.history)
        self.history.setModel(self.history_model)
        self.history.setMaximumHeight(110)
        size_columns(self.history, {0: 16, 1: 8, 2: 10, 3: 10}, stretch=4)
        self.history_label = QLabel(self.tr("Price history"), self)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.delist_button.clicked.connect(self._on_delist_button_clicked)
        existing = self.detail is not None
        self.generate_button.setEnabled(existing)
        if not existing:
            self.generate_button.setToolTip(self.tr("Save the product first."))
        self.delist_button.setVisible(existing)
        self.history.setVisible(existing)
        self.history_label.setVisible(existing)
        if self.detail is not None:
            self._fill(self.detail)
            self._load_history()
        can_price = actor.can("price.change")
        self.price.setEnabled(can_price)
        self.cost.setEnabled(can_price)
        fit_dialog(self, 560)

    def _load_history(self) -> None:
        rows = catalog_prices.price_history(self._ctx, self._actor, self.detail.id)
        self.history_model.set_query(lambda after, _n: [] if after else rows)

    def _on_generate_button_clicked(self) -> None:
        try:
            info = catalog.assign_in_store_barcode(self._ctx, self._actor, self.detail.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.detail = catalog.get_product(self._ctx, self._actor, self.detail.id)
        self.barcodes.setText(", ".join([*self._codes(), info.code]))
        self.notice.show_message(
            self.tr("New in-store code {code} given to this product.").format(code=info.code),
            NoticeBar.SUCCESS,
        )

    def _on_delist_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Request delisting"), self.tr("Why should this product be delisted?")
        )
        if not ok:
            return
        try:
            request = catalog.request_delist(self._ctx, self._actor, self.detail.id, reason)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.detail = catalog.get_product(self._ctx, self._actor, self.detail.id)
        self._fill(self.detail)
        self.notice.show_message(
            self.tr("The product is delisted.")
            if request.status == "approved"
            else self.tr("The delisting waits for a manager's approval."),
            NoticeBar.SUCCESS if request.status == "approved" else NoticeBar.INFO,
        )

    def _fill(self, d: Any) -> None:
        self.sku.setText(d.sku)
        self.name.setText(d.name)
        self.category.setCurrentIndex(max(self.category.findData(d.category_id), 0))
        self.barcodes.setText(", ".join(b.code for b in d.barcodes))
        self.unit.setText(d.unit)
        self.price.setText(format_plain(d.price_minor, self._digits))
        self.cost.setText(format_plain(d.cost_minor or 0, self._digits))
        self.tax.setText(format_plain(d.tax_rate_bp, 2).rstrip("0").rstrip("."))
        self.weight.setValue(d.weight_g)
        self.length.setValue(d.length_mm)
        self.width.setValue(d.width_mm)
        self.height.setValue(d.height_mm)
        index = self.status.findData(d.status)
        if index < 0:
            self.status.addItem(self.tr("Delisted"), d.status)
            index = self.status.count() - 1
        self.status.setCurrentIndex(index)
        self.status.setEnabled(d.status != "delisted")
        self.delist_button.setEnabled(d.status != "delisted")
        self.reorder_point.setValue(d.reorder_point)
        self.reorder_qty.setValue(d.reorder_qty)
        self.backorder.setChecked(d.allow_backorder)
        self.description.setPlainText(d.description)

    def _codes(self) -> list[str]:
        return [c.strip() for c in self.barcodes.text().replace(";", ",").split(",") if c.strip()]

    def _fields(self) -> dict[str, Any]:
        tax_text = self.tax.text().strip() or "0"
        return {
            "sku": self.sku.text().strip(),
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "category_id": self.category.currentData(),
            "unit": self.unit.text().strip() or "pcs",
            "tax_rate_bp": parse_amount(tax_text, 2, field=self.tr("Tax rate")),
            "weight_g": self.weight.value(),
            "length_mm": self.length.value(),
            "width_mm": self.width.value(),
            "height_mm": self.height.value(),
            "reorder_point": self.reorder_point.value(),
            "reorder_qty": self.reorder_qty.value(),
            "allow_backorder": self.backorder.isChecked(),
        }

    def _money(self, edit: QLineEdit, field: str) -> int:
        return parse_amount(edit.text().strip() or "0", self._digits, field=field)

    def accept(self) -> None:
        try:
            self._save()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()

    def _save(self) -> None:
        codes = self._codes()
        values = self._fields()
        price = self._money(self.price, self.tr("Selling price"))
        cost = self._money(self.cost, self.tr("Cost"))
        if self.detail is None:
            data = catalog.ProductInput(
                **values, price_minor=price, cost_minor=cost, status=self.status.currentData()
            )
            self.saved = catalog.create_product(self._ctx, self._actor, data, codes)
            return
        d = self.detail
        changes = {k: v for k, v in values.items() if getattr(d, k) != v}
        status = self.status.currentData() if d.status != "delisted" else d.status
        # Fields, barcodes and status are one action; a refusal changes none of them.
        self.detail = d = catalog.save_product(self._ctx, self._actor, d.id, changes, codes, status)
        self.saved = d
        if price != d.price_minor or cost != (d.cost_minor or 0):
            result = catalog_prices.change_price(
                self._ctx,
                self._actor,
                d.id,
                price_minor=price if price != d.price_minor else None,
                cost_minor=cost if cost != (d.cost_minor or 0) else None,
            )
            if not result.applied:
                self.outcome = self.tr("The price change waits for a manager's approval.")
            self.saved = catalog.get_product(self._ctx, self._actor, d.id)
