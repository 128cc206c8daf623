"""After-sales (ORD-6) and delivery exceptions (ORD-7): the list of cases, a new-case
dialog built for a scanner, and the selected case with its lines, money and story.

Scanning an order number (or its waybill) anywhere on the panel opens the new-case
dialog for that order; with the dialog open, a scan looks up another order in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
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
    heading_label,
    local_datetime_text,
    size_columns,
)
from merchant_app.money import minor_digits, parse_amount
from merchant_app.services import aftersales, orders
from merchant_app.services.aftersales import CaseInfo, CaseLineInput, CaseRow
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import STATE_LABELS
from merchant_app.services.orders import OrderInfo


def kind_text(kind: str, exception_kind: str = "") -> str:
    """A case's kind in words (with the delivery exception's kind)."""
    text = QCoreApplication.translate("AfterSales", aftersales.KIND_LABELS.get(kind, kind))
    if exception_kind:
        label = aftersales.EXCEPTION_LABELS.get(exception_kind, exception_kind)
        text += " · " + QCoreApplication.translate("AfterSales", label)
    return text


def status_text(status: str) -> str:
    """A case's status in words."""
    return QCoreApplication.translate("AfterSales", aftersales.STATUS_LABELS.get(status, status))


def disposition_text(disposition: str) -> str:
    """What happens to returned goods, in words."""
    label = aftersales.DISPOSITION_LABELS.get(disposition, disposition)
    return QCoreApplication.translate("AfterSales", label)


def method_text(method: str) -> str:
    """A payment method in words."""
    return QCoreApplication.translate("PaymentMethod", orders.METHOD_LABELS.get(method, method))


def _method_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for method in orders.PAYMENT_METHODS:
        combo.addItem(method_text(method), method)
    return combo


def _parse_money(text: str, currency: str) -> int:
    return parse_amount(text, minor_digits(currency)) if text.strip() else 0


class CasesModel(PagedTableModel[CaseRow]):
    """After-sales cases, newest first, paged by (created, id)."""

    NUMBER, OPENED, ORDER, CUSTOMER, KIND, STATUS, REASON, AMOUNT = range(8)
    RIGHT_ALIGNED = frozenset({AMOUNT})

    def __init__(self, currency: str = "CNY", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def titles(self) -> Sequence[str]:
        return (
            self.tr("Case"),
            self.tr("Opened"),
            self.tr("Order"),
            self.tr("Customer"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Reason"),
            self.tr("Money back"),
        )

    def key(self, row: CaseRow) -> Any:
        return row.cursor

    def cell(self, row: CaseRow, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.OPENED:
            return local_datetime_text(row.created_at)
        if column == self.ORDER:
            return row.order_number
        if column == self.CUSTOMER:
            return row.customer_name
        if column == self.KIND:
            return kind_text(row.kind, row.exception_kind)
        if column == self.STATUS:
            return status_text(row.status)
        if column == self.REASON:
            return row.reason.splitlines()[0] if row.reason else ""
        return money_text(row.amount_minor, self.currency) if row.amount_minor else ""


class NewCaseDialog(QDialog):
    """Open a case: find the order (type or scan its number), choose the kind, the lines
    and quantities coming back with restock / write-off, the reason, and money back."""

    QTY, DISPOSITION = 4, 5

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        currency: str,
        order_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.currency = ctx, actor, currency
        self.order: OrderInfo | None = None
        self.case: CaseInfo | None = None
        self.setWindowTitle(self.tr("New after-sales case"))
        layout = QVBoxLayout(self)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        find = QHBoxLayout()
        number_label = QLabel(self.tr("&Order number:"), self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Scan or type the order or waybill number"))
        number_label.setBuddy(self.number_edit)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAutoDefault(False)
        find.addWidget(number_label)
        find.addWidget(self.number_edit, 1)
        find.addWidget(self.find_button)
        layout.addLayout(find)
        self.summary = QLabel(self.tr("No order chosen yet."), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        for kind in aftersales.KINDS:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.exception_combo = QComboBox(self)
        for kind in aftersales.EXCEPTION_KINDS:
            label = aftersales.EXCEPTION_LABELS[kind]
            self.exception_combo.addItem(QCoreApplication.translate("AfterSales", label), kind)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&What went wrong:"), self.exception_combo)
        layout.addLayout(form)
        self.lines_caption = QLabel(self.tr("&Goods coming back:"), self)
        layout.addWidget(self.lines_caption)
        self.lines = QTableWidget(0, 6, self)
        self.lines.setObjectName("caseLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Sold"),
                self.tr("Returned"),
                self.tr("Quantity"),
                self.tr("Goods go"),
            ]
        )
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_caption.setBuddy(self.lines)
        layout.addWidget(self.lines, 1)
        details = QFormLayout()
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        details.addRow(self.tr("&Reason:"), self.reason_edit)
        money = QHBoxLayout()
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("0.00"))
        self.method_combo = _method_combo(self)
        money.addWidget(self.amount_edit, 1)
        money.addWidget(self.method_combo)
        self.amount_label = QLabel(self.tr("&Money back:"), self)
        self.amount_label.setBuddy(self.amount_edit)
        details.addRow(self.amount_label, money)
        layout.addLayout(details)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open case"))
        ok.setAutoDefault(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.returnPressed.connect(self._on_number_edit_return_pressed)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.setTabOrder(self.number_edit, self.find_button)
        self.setTabOrder(self.find_button, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.exception_combo)
        self.setTabOrder(self.exception_combo, self.lines)
        self.setTabOrder(self.lines, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.amount_edit)
        self.setTabOrder(self.amount_edit, self.method_combo)
        self.setTabOrder(self.method_combo, self.buttons)
        self._update_fields()
        fit_dialog(self, 760)
        self.resize(self.width(), max(self.height(), 560))
        if order_number:
            self.find_order(order_number)
        else:
            self.number_edit.setFocus()

    # -- the order -----------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """A scan in the dialog looks up that order."""
        self.find_order(code)

    def find_order(self, number: str) -> bool:
        """Look up the order by number or waybill and list its lines; returns success."""
        self.number_edit.setText(number.strip())
        try:
            order = orders.find_order_by_number(self._ctx, self._actor, number)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self.number_edit.selectAll()
            self.number_edit.setFocus()
            return False
        self.notice.clear()
        self.order = order
        self.summary.setText(
            self.tr("<b>{number}</b> · {customer} · {state} · total {total}, paid {paid}").format(
                number=order.number,
                customer=order.customer_name or order.ship_name or self.tr("(no name)"),
                state=QCoreApplication.translate(
                    "OrderState", STATE_LABELS.get(order.state, order.state)
                ),
                total=money_text(order.total_minor, self.currency),
                paid=money_text(order.paid_minor, self.currency),
            )
        )
        self._fill_lines(order)
        self.kind_combo.setFocus()
        return True

    def _fill_lines(self, order: OrderInfo) -> None:
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            for column, text in enumerate(
                (line.sku, line.name, str(line.quantity), str(line.returned))
            ):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, column, item)
            spin = QSpinBox(self.lines)
            spin.setRange(0, max(0, line.quantity - line.returned))
            spin.setAccessibleName(self.tr("Quantity of {sku}").format(sku=line.sku))
            self.lines.setCellWidget(row, self.QTY, spin)
            combo = QComboBox(self.lines)
            self.lines.setCellWidget(row, self.DISPOSITION, combo)
        self._update_fields()

    def set_quantity(self, row: int, qty: int, disposition: str = "") -> None:
        """Set a line's quantity (and disposition) as if typed."""
        spin = self.lines.cellWidget(row, self.QTY)
        if isinstance(spin, QSpinBox):
            spin.setValue(qty)
        combo = self.lines.cellWidget(row, self.DISPOSITION)
        if disposition and isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(disposition)))

    def case_lines(self) -> list[CaseLineInput]:
        """The lines with a quantity above zero."""
        if self.order is None:
            return []
        out = []
        for row, line in enumerate(self.order.lines):
            spin = self.lines.cellWidget(row, self.QTY)
            combo = self.lines.cellWidget(row, self.DISPOSITION)
            if isinstance(spin, QSpinBox) and spin.value() > 0 and isinstance(combo, QComboBox):
                out.append(CaseLineInput(line.id, spin.value(), combo.currentData() or ""))
        return out

    def _update_fields(self) -> None:
        kind = self.kind_combo.currentData()
        allowed = aftersales.LINE_KINDS.get(kind, ())
        self.exception_combo.setEnabled(kind == "delivery_exception")
        self.lines.setEnabled(bool(allowed))
        for row in range(self.lines.rowCount()):
            combo = self.lines.cellWidget(row, self.DISPOSITION)
            if isinstance(combo, QComboBox):
                current = combo.currentData()
                combo.clear()
                for disposition in allowed:
                    combo.addItem(disposition_text(disposition), disposition)
                if current in allowed:
                    combo.setCurrentIndex(combo.findData(current))
        money = kind in aftersales.MONEY_KINDS and self._actor.can(aftersales.MONEY_PERMISSION)
        for widget in (self.amount_edit, self.method_combo, self.amount_label):
            widget.setEnabled(money)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.order is not None)

    # -- OK ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Open the case (one transaction); on a refusal stay open and say why."""
        if self.order is None:
            self.notice.show_message(self.tr("Find the order first."), NoticeBar.WARNING)
            return
        kind = self.kind_combo.currentData()
        try:
            amount = _parse_money(self.amount_edit.text(), self.currency)
            self.case = aftersales.open_case(
                self._ctx,
                self._actor,
                self.order.id,
                kind,
                self.reason_edit.toPlainText(),
                tuple(self.case_lines()) if kind in aftersales.LINE_KINDS else (),
                self.exception_combo.currentData() if kind == "delivery_exception" else "",
                amount if self.amount_edit.isEnabled() else 0,
                method=self.method_combo.currentData() if amount else "",
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()

    # -- slots ---------------------------------------------------------------------------

    def _on_number_edit_return_pressed(self) -> None:
        if self.number_edit.text().strip():
            self.find_order(self.number_edit.text())

    def _on_find_button_clicked(self) -> None:
        self._on_number_edit_return_pressed()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._update_fields()


class CloseCaseDialog(QDialog):
    """Close a case: the resolution (required) and what else happens (reship, refund,
    compensate)."""

    def __init__(self, case: CaseInfo, actor: Actor, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.currency = currency
        self.setWindowTitle(self.tr("Close case {number}").format(number=case.number))
        layout = QVBoxLayout(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        form = QFormLayout()
        self.resolution_edit = QPlainTextEdit(self)
        self.resolution_edit.setTabChangesFocus(True)
        self.resolution_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Resolution:"), self.resolution_edit)
        self.outcome_combo = QComboBox(self)
        for outcome in aftersales.OUTCOMES:
            if outcome == "reshipped" and case.kind != "delivery_exception":
                continue
            if outcome in ("refunded", "compensated") and not actor.can(
                aftersales.MONEY_PERMISSION
            ):
                continue
            label = aftersales.OUTCOME_LABELS[outcome]
            self.outcome_combo.addItem(QCoreApplication.translate("AfterSales", label), outcome)
        form.addRow(self.tr("&Also:"), self.outcome_combo)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("0.00"))
        self.method_combo = _method_combo(self)
        money = QHBoxLayout()
        money.addWidget(self.amount_edit, 1)
        money.addWidget(self.method_combo)
        form.addRow(self.tr("A&mount:"), money)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("Leave empty to use the order's address"))
        form.addRow(self.tr("Ship &to:"), self.address_edit)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Close case"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_combo_changed)
        self._on_outcome_combo_changed(0)
        fit_dialog(self, 520)

    def values(self) -> dict[str, Any]:
        """The close_case keyword arguments chosen (amount parsed)."""
        outcome = self.outcome_combo.currentData() or ""
        money = outcome in ("refunded", "compensated")
        return {
            "resolution": self.resolution_edit.toPlainText(),
            "outcome": outcome,
            "method": self.method_combo.currentData() if money else "",
            "amount_minor": _parse_money(self.amount_edit.text(), self.currency) if money else 0,
            "ship_address": self.address_edit.text() if outcome == "reshipped" else "",
        }

    def show_problem(self, text: str) -> None:
        """Say why closing did not go through, staying open."""
        self.problem.setText(text)
        self.problem.show()

    def _on_outcome_combo_changed(self, _index: int) -> None:
        outcome = self.outcome_combo.currentData() or ""
        money = outcome in ("refunded", "compensated")
        self.amount_edit.setEnabled(money)
        self.method_combo.setEnabled(money)
        self.address_edit.setEnabled(outcome == "reshipped")

    def _on_buttons_accepted(self) -> None:
        if not self.resolution_edit.toPlainText().strip():
            self.show_problem(self.tr("Write down how the case was resolved."))
            return
        try:
            self.values()
        except KnownError as exc:
            self.show_problem(translate_error(exc))
            return
        self.accept()


class AfterSalesPanel(QWidget):
    """The after-sales cases: filters, the list, the selected case and its actions."""

    def __init__(
        self, ctx: AppContext, actor: Actor, main_window: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.main_window = ctx, actor, main_window
        shop = getattr(main_window, "shop", None)
        self.currency = getattr(shop, "currency", "") or self._shop_currency()
        self.case: CaseInfo | None = None
        self.new_dialog: NewCaseDialog | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("After-sales"), self), 1)
        self.new_button = QPushButton(self.tr("&New case…"), self)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        filters = QHBoxLayout()
        status_label = QLabel(self.tr("&Status:"), self)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Not closed"), "active")
        self.status_combo.addItem(self.tr("All"), "")
        for status in aftersales.STATUSES:
            self.status_combo.addItem(status_text(status), status)
        status_label.setBuddy(self.status_combo)
        kind_label = QLabel(self.tr("&Kind:"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All"), "")
        for kind in aftersales.KINDS:
            self.kind_combo.addItem(kind_text(kind), kind)
        kind_label.setBuddy(self.kind_combo)
        for w in (status_label, self.status_combo, kind_label, self.kind_combo):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = CasesModel(self.currency, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("cases")
        self.table.setAccessibleName(self.tr("After-sales cases"))
        configure_table(self.table)
        self.table.setModel(self.model)
        m = CasesModel
        size_columns(
            self.table,
            {
                m.NUMBER: 11,
                m.OPENED: 18,
                m.ORDER: 11,
                m.CUSTOMER: 12,
                m.KIND: 14,
                m.STATUS: 9,
                m.AMOUNT: 9,
            },
            stretch=m.REASON,
        )
        detail = QWidget(splitter)
        column = QVBoxLayout(detail)
        column.setContentsMargins(6, 0, 0, 0)
        self.detail_label = QLabel(self.tr("Select a case."), detail)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.detail_label, 1)
        note_row = QHBoxLayout()
        self.note_edit = QLineEdit(detail)
        self.note_edit.setPlaceholderText(self.tr("Add a note to the case"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_button = QPushButton(self.tr("Add &note"), detail)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        column.addLayout(note_row)
        actions = QHBoxLayout()
        self.progress_button = QPushButton(self.tr("Start &work"), detail)
        self.reopen_button = QPushButton(self.tr("Back to &open"), detail)
        self.close_button = QPushButton(self.tr("&Close case…"), detail)
        for b in (self.progress_button, self.reopen_button, self.close_button):
            actions.addWidget(b)
        actions.addStretch(1)
        column.addLayout(actions)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout.addWidget(splitter, 1)
        self.new_button.setEnabled(actor.can(aftersales.PERMISSION))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.note_button.clicked.connect(self._on_note_button_clicked)
        self.note_edit.returnPressed.connect(self._on_note_button_clicked)
        self.progress_button.clicked.connect(self._on_progress_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.setTabOrder(self.new_button, self.status_combo)
        self.setTabOrder(self.status_combo, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.table)
        self.setTabOrder(self.table, self.note_edit)
        self.setTabOrder(self.note_edit, self.note_button)
        self.setTabOrder(self.note_button, self.progress_button)
        self.setTabOrder(self.progress_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.close_button)
        self._show_case(None)

    def _shop_currency(self) -> str:
        from merchant_app.services.shop import get_shop

        try:
            info = get_shop(self._ctx)
        except KnownError:
            return "CNY"
        return info.currency if info else "CNY"

    # -- loading -------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list with the filters, keeping (or moving to) the selection."""
        keep = select_id or (self.case.id if self.case else None)
        status = self.status_combo.currentData() or ""
        kind = self.kind_combo.currentData() or ""
        ctx, actor = self._ctx, self._actor

        def fetch(after: Any, limit: int) -> list[CaseRow]:
            return aftersales.list_cases(ctx, actor, status, kind, after, limit)

        try:
            self.model.set_query(fetch)
        except KnownError as exc:
            self.model.set_query(None)
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        rows = self.model.loaded_rows()
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        self.case = None
        if index >= 0:
            self.table.selectRow(index)
        if self.case is None:
            self._show_case(rows[index].id if index >= 0 else None)

    def _show_case(self, case_id: str | None) -> None:
        self.case = None
        if case_id is not None:
            try:
                self.case = aftersales.get_case(self._ctx, self._actor, case_id)
            except KnownError as exc:
                self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        self.detail_label.setText(
            self._detail_html(self.case) if self.case else self.tr("Select a case.")
        )
        self._update_buttons()

    def _detail_html(self, case: CaseInfo) -> str:
        from html import escape

        parts = [
            self.tr("<h3>{number} · {kind}</h3>").format(
                number=escape(case.number), kind=escape(kind_text(case.kind, case.exception_kind))
            ),
            self.tr("Order <b>{order}</b> · {status} · opened {at} by {who}").format(
                order=escape(case.order_number),
                status=escape(status_text(case.status)),
                at=escape(local_datetime_text(case.created_at)),
                who=escape(case.created_by),
            ),
            self.tr("<p><b>Reason:</b> {reason}</p>").format(reason=escape(case.reason)),
        ]
        if case.lines:
            items = "".join(
                f"<li>{ln.quantity} × {escape(ln.sku)} {escape(ln.name)} — "
                f"{escape(disposition_text(ln.disposition))}</li>"
                for ln in case.lines
            )
            parts.append(self.tr("<p><b>Goods:</b></p>") + f"<ul>{items}</ul>")
        for payout in case.payouts:
            text = (
                self.tr("Refunded {amount} by {method}")
                if payout.purpose == "refund"
                else self.tr("Compensated {amount} by {method}")
            )
            parts.append(
                "<p>"
                + escape(
                    text.format(
                        amount=money_text(payout.amount_minor, self.currency),
                        method=method_text(payout.method),
                    )
                )
                + "</p>"
            )
        if case.replacement_order_number:
            parts.append(
                self.tr("<p>Replacement order: <b>{number}</b></p>").format(
                    number=escape(case.replacement_order_number)
                )
            )
        if case.status == "closed":
            parts.append(
                self.tr("<p><b>Resolution:</b> {text} ({who}, {at})</p>").format(
                    text=escape(case.resolution),
                    who=escape(case.closed_by),
                    at=escape(local_datetime_text(case.closed_at)),
                )
            )
        notes = [n for n in case.notes if n.action == "updated"]
        if notes:
            items = "".join(
                f"<li>{escape(local_datetime_text(n.at))} {escape(n.user_login)}: "
                f"{escape(n.text or status_text(n.status))}</li>"
                for n in notes
            )
            parts.append(self.tr("<p><b>Notes:</b></p>") + f"<ul>{items}</ul>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        may = self._actor.can(aftersales.PERMISSION)
        status = self.case.status if self.case else "closed"
        self.note_edit.setEnabled(may and status != "closed")
        self.note_button.setEnabled(may and status != "closed")
        self.progress_button.setEnabled(may and status == "open")
        self.reopen_button.setEnabled(may and status == "in_progress")
        self.close_button.setEnabled(may and status != "closed")

    # -- scans ---------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """A scanned order number opens the new-case dialog for that order (or looks it up
        in the dialog already open)."""
        if self.new_dialog is not None:
            self.new_dialog.handle_scan(code)
            return
        self.open_new_case(code)

    def open_new_case(self, order_number: str = "") -> NewCaseDialog | None:
        """Open (window-modal, not blocking) the new-case dialog; returns it."""
        if not self._actor.can(aftersales.PERMISSION):
            return None
        if self.new_dialog is not None:
            return self.new_dialog
        self.notice.clear()
        dialog = NewCaseDialog(self._ctx, self._actor, self.currency, order_number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_new_dialog_finished)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    # -- slots ---------------------------------------------------------------------------

    def _on_new_button_clicked(self) -> None:
        self.open_new_case()

    def _on_new_dialog_finished(self, _result: int) -> None:
        dialog, self.new_dialog = self.new_dialog, None
        if dialog is None or dialog.case is None:
            return
        case = dialog.case
        text = self.tr("Case {number} is open for order {order}.").format(
            number=case.number, order=case.order_number
        )
        if case.replacement_order_number:
            text += " " + self.tr("Replacement order {number} waits for review.").format(
                number=case.replacement_order_number
            )
        self.notice.show_message(text, NoticeBar.SUCCESS)
        self.refresh(case.id)

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            self._show_case(None)
        elif self.case is None or self.case.id != row.id:
            self._show_case(row.id)

    def _act(self, call: Any) -> None:
        if self.case is None:
            return
        try:
            info = call(self.case.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.notice.clear()
        self.case = info
        self.model.reload()
        self._show_case(info.id)

    def _on_note_button_clicked(self) -> None:
        note = self.note_edit.text()
        if not note.strip():
            return
        self._act(lambda cid: aftersales.update_case(self._ctx, self._actor, cid, note=note))
        self.note_edit.clear()

    def _on_progress_button_clicked(self) -> None:
        self._act(lambda cid: aftersales.update_case(self._ctx, self._actor, cid, "in_progress"))

    def _on_reopen_button_clicked(self) -> None:
        self._act(lambda cid: aftersales.update_case(self._ctx, self._actor, cid, "open"))

    def _on_close_button_clicked(self) -> None:
        if self.case is None:
            return
        dialog = CloseCaseDialog(self.case, self._actor, self.currency, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                info = aftersales.close_case(
                    self._ctx, self._actor, self.case.id, **dialog.values()
                )
            except KnownError as exc:
                dialog.show_problem(translate_error(exc))
                continue
            self.notice.show_message(
                self.tr("Case {number} is closed.").format(number=info.number), NoticeBar.SUCCESS
            )
            self.refresh(info.id)
            return
