"""How the order reaches the customer (ORD-7): method, recipient, address, zone,
insurance, the fee (from the shop's rules, or typed over), the note for the warehouse
and the payment terms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.money import minor_digits, parse_amount
from merchant_app.services.delivery import KIND_LABELS, DeliveryMethod
from merchant_app.services.orders import PAYMENT_TERMS, TERMS_LABELS


def kind_text(kind: str) -> str:
    """A kind of delivery in words."""
    return QCoreApplication.translate("Delivery", KIND_LABELS.get(kind, kind))


def terms_text(terms: str) -> str:
    """Payment terms in words."""
    return QCoreApplication.translate("PaymentTerms", TERMS_LABELS.get(terms, terms))


class DeliveryBlock(QGroupBox):
    """The delivery fields; ``changed`` when something the fee depends on changes."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Delivery (F5)"))
        self.digits = minor_digits(currency)
        self.methods: dict[str, DeliveryMethod] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.method = QComboBox(self)
        self.method.setObjectName("deliveryMethod")
        self.method.setAccessibleName(self.tr("Delivery method"))
        self.terms = QComboBox(self)
        self.terms.setAccessibleName(self.tr("Payment terms"))
        for code in PAYMENT_TERMS:
            self.terms.addItem(terms_text(code), code)
        self.ship_name = QLineEdit(self)
        self.ship_name.setPlaceholderText(self.tr("Same as the customer"))
        self.ship_name.setAccessibleName(self.tr("Recipient name"))
        self.ship_phone = QLineEdit(self)
        self.ship_phone.setPlaceholderText(self.tr("Same as the customer"))
        self.ship_phone.setAccessibleName(self.tr("Recipient phone"))
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("shipAddress")
        self.address.setTabChangesFocus(True)
        self.address.setAccessibleName(self.tr("Shipping address"))
        self.address.setPlaceholderText(self.tr("Street, building, city"))
        rows = self.fontMetrics().lineSpacing() * 3 + 12
        self.address.setFixedHeight(rows)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Delivery zone"))
        self.insured = QCheckBox(self.tr("&Insured"), self)
        self.fee_label = QLabel(self)
        self.fee_label.setObjectName("deliveryFee")
        self.fee_label.setWordWrap(True)
        self.fee_override = QLineEdit(self)
        self.fee_override.setObjectName("feeOverride")
        self.fee_override.setPlaceholderText(self.tr("By the rules"))
        self.fee_override.setAccessibleName(self.tr("Shipping fee typed over the rules"))
        self.warehouse_note = QLineEdit(self)
        self.warehouse_note.setAccessibleName(self.tr("Note for the warehouse"))

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            return widget

        grid.addWidget(label(self.tr("&Method:"), self.method), 0, 0)
        grid.addWidget(self.method, 0, 1)
        grid.addWidget(label(self.tr("&Terms:"), self.terms), 0, 2)
        grid.addWidget(self.terms, 0, 3)
        grid.addWidget(label(self.tr("Reci&pient:"), self.ship_name), 1, 0)
        grid.addWidget(self.ship_name, 1, 1)
        grid.addWidget(label(self.tr("Phone:"), self.ship_phone), 1, 2)
        grid.addWidget(self.ship_phone, 1, 3)
        grid.addWidget(label(self.tr("Addre&ss:"), self.address), 2, 0)
        grid.addWidget(self.address, 2, 1, 1, 3)
        grid.addWidget(label(self.tr("&Zone:"), self.zone), 3, 0)
        grid.addWidget(self.zone, 3, 1)
        grid.addWidget(self.insured, 3, 2, 1, 2)
        grid.addWidget(label(self.tr("Fee:"), self.fee_override), 4, 0)
        grid.addWidget(self.fee_label, 4, 1)
        grid.addWidget(label(self.tr("O&verride:"), self.fee_override), 4, 2)
        grid.addWidget(self.fee_override, 4, 3)
        grid.addWidget(label(self.tr("&Warehouse note:"), self.warehouse_note), 5, 0)
        grid.addWidget(self.warehouse_note, 5, 1, 1, 3)
        # combo boxes as wide as the layout gives them, not as their longest entry: the
        # customer block beside this one keeps room for its fields
        for combo in (self.method, self.terms, self.zone):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.method.currentIndexChanged.connect(self._on_method_current_index_changed)
        self.zone.currentTextChanged.connect(self._on_fee_input_changed)
        self.insured.toggled.connect(self._on_fee_input_changed)
        self.fee_override.textChanged.connect(self._on_fee_input_changed)
        self.terms.currentIndexChanged.connect(self._on_fee_input_changed)

    # -- set-up --------------------------------------------------------------------------

    def load_methods(self, methods: Sequence[DeliveryMethod]) -> None:
        """Offer the shop's delivery methods (the first is chosen)."""
        self.methods = {m.code: m for m in methods}
        self.method.blockSignals(True)
        self.method.clear()
        for m in methods:
            kind = kind_text(m.kind)
            same = m.name.casefold() in (kind.casefold(), KIND_LABELS.get(m.kind, "").casefold())
            self.method.addItem(m.name if same else f"{m.name} ({kind})", m.code)
        self.method.setCurrentIndex(0)
        self.method.blockSignals(False)
        self._on_method_current_index_changed()

    def tab_chain(self) -> list[QWidget]:
        """The block's fields in the order Tab visits them."""
        return [
            self.method,
            self.terms,
            self.ship_name,
            self.ship_phone,
            self.address,
            self.zone,
            self.insured,
            self.fee_override,
            self.warehouse_note,
        ]

    def focus_first(self) -> None:
        """Put the cursor on the method (F5)."""
        self.method.setFocus()

    def clear(self) -> None:
        """Back to the first method with every field empty (the next customer)."""
        for edit in (self.ship_name, self.ship_phone, self.fee_override, self.warehouse_note):
            edit.clear()
        self.address.clear()
        self.insured.setChecked(False)
        self.terms.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        self.zone.setCurrentIndex(0)
        self.zone.setEditText("")
        self.fee_label.clear()

    # -- reading -------------------------------------------------------------------------

    @property
    def method_code(self) -> str:
        """The chosen method's code ("pickup" before any are loaded)."""
        data = self.method.currentData()
        return str(data) if data else "pickup"

    def kind(self) -> str:
        """The chosen method's kind."""
        method = self.methods.get(self.method_code)
        return method.kind if method else "pickup"

    def fee_override_minor(self) -> int | None:
        """The fee typed over the rules, or None; a text that is no amount is refused."""
        text = self.fee_override.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, self.digits, field="shipping_fee")
        except InvalidInput:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The shipping fee “{text}” is not an amount."),
                text=text,
                field="shipping_fee",
            ) from None

    def values(self) -> dict[str, Any]:
        """The fields as :class:`OrderDraft` names them."""
        return {
            "delivery_method": self.method_code,
            "payment_terms": str(self.terms.currentData()),
            "ship_name": self.ship_name.text().strip(),
            "ship_phone": self.ship_phone.text().strip(),
            "ship_address": self.address.toPlainText().strip(),
            "ship_zone": self.zone.currentText().strip(),
            "insured": self.insured.isChecked(),
            "shipping_fee_minor": self.fee_override_minor(),
            "warehouse_note": self.warehouse_note.text().strip(),
        }

    # -- slots ---------------------------------------------------------------------------

    def _on_method_current_index_changed(self, *_args: Any) -> None:
        method = self.methods.get(self.method_code)
        zone = self.zone.currentText()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem("")
        for name in sorted(method.zone_fees) if method else ():
            self.zone.addItem(name)
        self.zone.setEditText(zone)
        self.zone.blockSignals(False)
        shipped = self.kind() != "pickup"
        for widget in (self.ship_name, self.ship_phone, self.address, self.zone):
            widget.setEnabled(shipped)
        self.insured.setEnabled(shipped and bool(method and method.insurance_bp))
        if not self.insured.isEnabled():
            self.insured.setChecked(False)
        self.changed.emit()

    def _on_fee_input_changed(self, *_args: Any) -> None:
        self.changed.emit()
