"""Dialogs of the Inventory screen: stock adjustments and transfers, the product editor.

Each dialog is one unit of work: OK calls one service (one transaction); a refusal is
shown in the dialog, which stays open with what was typed, and nothing is changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.screens.inventory.product_editor import ProductEditorDialog
from merchant_app.gui.screens.inventory.stock_panel import reason_text
from merchant_app.gui.widgets import NoticeBar, fit_dialog
from merchant_app.services import locations, stock
from merchant_app.services.context import Actor, AppContext

__all__ = ["AdjustStockDialog", "ProductEditorDialog", "TransferDialog"]


def _location_combo(ctx: AppContext, actor: Actor, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for loc in locations.list_locations(ctx, actor):
        combo.addItem(f"{loc.code} · {loc.name}", loc.id)
    return combo


class _StockDialog(QDialog):
    """Common frame: a form, an inline error bar, OK/Cancel."""

    def __init__(self, title: str, product: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.product = product
        self.outcome = ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{product.name}</b> · {product.sku}", self))
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _row(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        else:
            show_error(self, exc)


class AdjustStockDialog(_StockDialog):
    """Damage, loss, found or correction at one location; may become an approval."""

    REASONS = ("damage", "loss", "found", "correction")

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Adjust stock"), product, parent)
        self._ctx, self._actor = ctx, actor
        self.location = _location_combo(ctx, actor, self)
        self.reason = QComboBox(self)
        for r in self.REASONS:
            self.reason.addItem(reason_text(r), r)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(-100_000, 100_000)
        self.quantity.setToolTip(self.tr("Negative takes stock out, positive puts it in"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self._row(self.tr("&Location:"), self.location)
        self._row(self.tr("&Reason:"), self.reason)
        self._row(self.tr("&Quantity (+/−):"), self.quantity)
        self._row(self.tr("&Note:"), self.note)
        self.reason.currentIndexChanged.connect(self._on_reason_current_index_changed)
        self._on_reason_current_index_changed()
        fit_dialog(self, 460)

    def _on_reason_current_index_changed(self, *_args: Any) -> None:
        reason = self.reason.currentData()
        if reason in ("damage", "loss") and self.quantity.value() > 0:
            self.quantity.setValue(-self.quantity.value())

    def accept(self) -> None:
        try:
            result = stock.adjust(
                self._ctx,
                self._actor,
                self.product.id,
                self.location.currentData(),
                self.quantity.value(),
                self.reason.currentData(),
                self.note.text().strip(),
            )
        except Exception as exc:
            self._fail(exc)
            return
        self.outcome = (
            self.tr("Stock adjusted.")
            if result.applied
            else self.tr("The adjustment is above the limit and waits for a manager's approval.")
        )
        super().accept()


class TransferDialog(_StockDialog):
    """Move units between two locations (two moves in one transaction)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Transfer stock"), product, parent)
        self._ctx, self._actor = ctx, actor
        self.source = _location_combo(ctx, actor, self)
        self.target = _location_combo(ctx, actor, self)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 100_000)
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self._row(self.tr("&From:"), self.source)
        self._row(self.tr("&To:"), self.target)
        self._row(self.tr("&Quantity:"), self.quantity)
        self._row(self.tr("&Note:"), self.note)
        fit_dialog(self, 460)

    def accept(self) -> None:
        try:
            stock.transfer(
                self._ctx,
                self._actor,
                self.product.id,
                self.source.currentData(),
                self.target.currentData(),
                self.quantity.value(),
                self.note.text().strip(),
            )
        except Exception as exc:
            self._fail(exc)
            return
        self.outcome = self.tr("Transferred {n} units.").format(n=self.quantity.value())
        super().accept()
