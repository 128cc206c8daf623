"""Payments taken at the counter while an order is entered (ORD-5): split across methods,
partial allowed, cash tendered with the change worked out.

Each new row is prefilled with what is still owed and follows the order's total while
nobody has typed its amount; store credit and points are offered only when a member is
on the order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from merchant_app.gui.money_text import money_text
from merchant_app.money import format_plain, minor_digits, parse_amount
from merchant_app.services.orders import (
    MEMBER_METHODS,
    METHOD_LABELS,
    PAYMENT_METHODS,
    PaymentInput,
)


def method_text(method: str) -> str:
    """A payment method in words."""
    return QCoreApplication.translate("PaymentMethod", METHOD_LABELS.get(method, method))


def _amount_or_zero(text: str, digits: int) -> int:
    try:
        return parse_amount(text or "0", digits) if text.strip() else 0
    except KnownError:
        return 0


class PaymentRow(QWidget):
    """One payment: method, amount and (cash only) what the customer handed over."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = digits
        self.auto = True  # the amount follows what is owed until someone types it
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Payment method"))
        for code in PAYMENT_METHODS:
            self.method.addItem(method_text(code), code)
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.tendered = QLineEdit(self)
        self.tendered.setAccessibleName(self.tr("Cash tendered"))
        self.tendered.setPlaceholderText(self.tr("Tendered"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this payment"))
        self.remove_button.setAccessibleName(self.tr("Remove this payment"))
        for widget, stretch in ((self.method, 3), (self.amount, 2), (self.tendered, 2)):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(widget, stretch)
        row.addWidget(self.remove_button)
        self.method.currentIndexChanged.connect(self._on_method_current_index_changed)
        self.amount.textEdited.connect(self._on_amount_text_edited)
        self.amount.textChanged.connect(self.changed)
        self.tendered.textChanged.connect(self.changed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._on_method_current_index_changed()

    @property
    def method_code(self) -> str:
        """The chosen method's code."""
        return str(self.method.currentData())

    def amount_minor(self) -> int:
        """The amount typed (0 when empty or not an amount)."""
        return _amount_or_zero(self.amount.text(), self.digits)

    def tendered_minor(self) -> int:
        """Cash handed over (0 when empty, not cash, or not an amount)."""
        if self.method_code != "cash":
            return 0
        return _amount_or_zero(self.tendered.text(), self.digits)

    def change_minor(self) -> int:
        """Change due on this payment."""
        tendered = self.tendered_minor()
        return max(0, tendered - self.amount_minor()) if tendered else 0

    def set_amount(self, minor: int) -> None:
        """Fill the amount in (keeps ``auto``)."""
        text = format_plain(minor, self.digits) if minor else ""
        if self.amount.text() != text:
            self.amount.setText(text)

    def focus_entry(self) -> None:
        """Put the cursor where the clerk types next: tendered for cash, else the amount."""
        target = self.tendered if self.tendered.isEnabled() else self.amount
        target.setFocus()
        target.selectAll()

    def _on_method_current_index_changed(self, *_args: Any) -> None:
        cash = self.method_code == "cash"
        self.tendered.setEnabled(cash)
        if not cash:
            self.tendered.clear()
        self.changed.emit()

    def _on_amount_text_edited(self, _text: str) -> None:
        self.auto = False

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)


class PaymentPanel(QGroupBox):
    """The payments of the order being entered; ``changed`` after any edit."""

    changed = Signal()
    rows_changed = Signal()  # a row was added or removed (the tab order changes)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Payment (F9)"))
        self.currency = currency
        self.digits = minor_digits(currency)
        self._total = 0
        self._has_member = False
        self.rows: list[PaymentRow] = []
        layout = QVBoxLayout(self)
        heads = QHBoxLayout()
        for text, stretch in (
            (self.tr("Method"), 3),
            (self.tr("Amount"), 2),
            (self.tr("Tendered (cash)"), 2),
        ):
            label = QLabel(text, self)
            heads.addWidget(label, stretch)
        heads.addSpacing(28)
        layout.addLayout(heads)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        self.empty_label = QLabel(self.tr("No payment yet: F9 adds one for what is owed."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        footer = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add payment"), self)
        footer.addWidget(self.add_button)
        self.owed_label = QLabel(self)
        footer.addWidget(self.owed_label, 1)
        layout.addLayout(footer)
        layout.addStretch(1)
        self.add_button.clicked.connect(self.add_payment)
        self._update_owed()

    # -- reading -------------------------------------------------------------------------

    def paid_minor(self) -> int:
        """What the rows add up to."""
        return sum(r.amount_minor() for r in self.rows)

    def change_minor(self) -> int:
        """Change due on cash handed over."""
        return sum(r.change_minor() for r in self.rows)

    def owed_minor(self) -> int:
        """What is still to pay after the rows."""
        return max(0, self._total - self.paid_minor())

    def payments(self) -> list[PaymentInput]:
        """The rows as the orders service takes them (rows without an amount are left
        out); a figure that is not an amount is refused naming the payment."""
        out = []
        n = 0
        for row in self.rows:
            n += 1
            amount = self._parse(row.amount.text(), n, "amount")
            if not amount:
                continue
            tendered = (
                self._parse(row.tendered.text(), n, "tendered") if row.tendered.isEnabled() else 0
            )
            out.append(PaymentInput(row.method_code, amount, tendered))
        return out

    def _parse(self, text: str, n: int, field: str) -> int:
        if not text.strip():
            return 0
        try:
            return parse_amount(text, self.digits, field=field)
        except InvalidInput:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Payment {n}: “{text}” is not an amount."),
                n=n,
                text=text,
                field=field,
            ) from None

    # -- changing ------------------------------------------------------------------------

    def set_total(self, total_minor: int) -> None:
        """The order's total changed: rows nobody typed follow what is owed."""
        self._total = total_minor
        self._fill_auto_rows()
        self._update_owed()

    def set_member(self, has_member: bool) -> None:
        """Offer store credit and points only with a member on the order."""
        self._has_member = has_member
        for row in self.rows:
            self._limit_methods(row)

    def add_payment(self) -> PaymentRow:
        """A new row for what is still owed (cash first, the usual case), focused."""
        row = PaymentRow(self.digits, self)
        self._limit_methods(row)
        if self.rows:
            used = {r.method_code for r in self.rows}
            for code in ("cash", "card", "wallet", "bank_transfer"):
                if code not in used:
                    row.method.setCurrentIndex(row.method.findData(code))
                    break
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.set_amount(self.owed_minor())
        row.changed.connect(self._on_row_changed)
        row.remove_requested.connect(self._on_row_remove_requested)
        self.empty_label.hide()
        self._update_owed()
        self.rows_changed.emit()
        row.focus_entry()
        self.changed.emit()
        return row

    def tab_chain(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them."""
        out: list[QWidget] = []
        for row in self.rows:
            out += [row.method, row.amount, row.tendered, row.remove_button]
        return [*out, self.add_button]

    def clear(self) -> None:
        """No payments (the next customer)."""
        for row in self.rows:
            self._drop(row)
        self.rows = []
        self.empty_label.show()
        self._update_owed()
        self.rows_changed.emit()
        self.changed.emit()

    def _drop(self, row: PaymentRow) -> None:
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _limit_methods(self, row: PaymentRow) -> None:
        model = row.method.model()
        if not isinstance(model, QStandardItemModel):
            return
        for i in range(row.method.count()):
            if row.method.itemData(i) in MEMBER_METHODS:
                item = model.item(i)
                if item is not None:
                    item.setEnabled(self._has_member)
                    item.setToolTip(
                        "" if self._has_member else self.tr("Needs a member on the order")
                    )
        if not self._has_member and row.method_code in MEMBER_METHODS:
            row.method.setCurrentIndex(row.method.findData("cash"))

    def _fill_auto_rows(self) -> None:
        fixed = sum(r.amount_minor() for r in self.rows if not r.auto)
        left = max(0, self._total - fixed)
        for row in self.rows:
            if row.auto:
                row.blockSignals(True)
                row.set_amount(left)
                row.blockSignals(False)
                left = 0

    def _update_owed(self) -> None:
        owed = self._total - self.paid_minor()
        if owed > 0:
            self.owed_label.setText(
                self.tr("Still owed: {amount}").format(amount=money_text(owed, self.currency))
            )
        elif owed < 0:
            self.owed_label.setText(
                self.tr("Payments exceed the total by {amount}").format(
                    amount=money_text(-owed, self.currency)
                )
            )
        else:
            self.owed_label.setText(self.tr("Fully paid") if self._total else "")

    def _on_row_changed(self) -> None:
        self._update_owed()
        self.changed.emit()

    def _on_row_remove_requested(self, row: PaymentRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._drop(row)
        if not self.rows:
            self.empty_label.show()
        self.rows_changed.emit()
        self._fill_auto_rows()
        self._update_owed()
        self.changed.emit()
