"""One order in full (ORD-2 … ORD-5): header, lines, payments, its whole history, and the
actions its state and the user's permissions allow.

Each action is one service call (one transaction).  A refusal is shown in the dialog's
notice bar and nothing changes; after any action the dialog reloads the order, so what
it shows is always what the database holds.  Packing and shipping happen at the packing
desk, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal
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
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.orders.order_list import (
    payment_status_text,
    shop_currency,
    state_text,
)
from merchant_app.gui.widgets import (
    ROOT,
    ModelIndex,
    NoticeBar,
    configure_table,
    fit_dialog,
    local_datetime_text,
    size_columns,
)
from merchant_app.money import format_plain, minor_digits, parse_amount
from merchant_app.services import delivery, locations, order_flow, order_payments, order_steps
from merchant_app.services import orders as order_service
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.orders import (
    MAX_QTY,
    METHOD_LABELS,
    PAYMENT_METHODS,
    TERMS_LABELS,
    LineInput,
    OrderEventInfo,
    OrderInfo,
    PaymentInput,
)

# Steps offered here, in this order; packing and shipping belong to the packing desk.
DIALOG_STEPS = ("review", "approve", "release", "complete", "hold", "cancel")


def method_text(method: str) -> str:
    """A payment method in words."""
    return QCoreApplication.translate("PaymentMethod", METHOD_LABELS.get(method, method))


def step_text(step: str) -> str:
    """An action of the review flow in words."""
    return QCoreApplication.translate("OrderStep", order_flow.STEP_LABELS.get(step, step))


def event_text(kind: str) -> str:
    """What an entry of the history records, in words."""
    names = {
        "placed": QCoreApplication.translate("OrderHistory", "Placed"),
        "imported": QCoreApplication.translate("OrderHistory", "Imported"),
        "reviewed": QCoreApplication.translate("OrderHistory", "Reviewed"),
        "warehouse_approved": QCoreApplication.translate("OrderHistory", "Approved for warehouse"),
        "packed": QCoreApplication.translate("OrderHistory", "Packed"),
        "shipped": QCoreApplication.translate("OrderHistory", "Shipped"),
        "completed": QCoreApplication.translate("OrderHistory", "Completed"),
        "held": QCoreApplication.translate("OrderHistory", "Put on hold"),
        "released": QCoreApplication.translate("OrderHistory", "Released from hold"),
        "cancelled": QCoreApplication.translate("OrderHistory", "Cancelled"),
        "payment": QCoreApplication.translate("OrderHistory", "Payment"),
        "refund": QCoreApplication.translate("OrderHistory", "Refund"),
        "revised": QCoreApplication.translate("OrderHistory", "Modified"),
        "revision requested": QCoreApplication.translate("OrderHistory", "Change requested"),
        "aftersales": QCoreApplication.translate("OrderHistory", "After-sales"),
        "scans_reset": QCoreApplication.translate("OrderHistory", "Packing scans reset"),
    }
    return names.get(kind, kind.replace("_", " ").capitalize())


def _lines_words(rows: Any) -> str:
    if not isinstance(rows, list):
        return ""
    parts = []
    for row in rows:
        if isinstance(row, dict):
            parts.append(f"{row.get('qty', '?')} × {row.get('sku', '?')}")
    return ", ".join(parts)


def event_details(event: OrderEventInfo, currency: str, places: dict[str, str]) -> str:
    """An entry's details summarised in words (never raw JSON)."""
    d = event.details

    def money(key: str) -> str:
        value = d.get(key)
        return money_text(int(value), currency) if isinstance(value, int) else ""

    kind = event.kind
    if kind == "placed":
        text = QCoreApplication.translate("OrderHistory", "Total {total}").format(
            total=money("total")
        )
        if "paid" in d:
            text += "; " + QCoreApplication.translate("OrderHistory", "paid {paid}").format(
                paid=money("paid")
            )
        return text
    if kind == "reviewed" and d.get("location"):
        code = places.get(str(d["location"]), str(d["location"]))
        return QCoreApplication.translate("OrderHistory", "Stock allocated at {location}").format(
            location=code
        )
    if kind in ("warehouse_approved", "shipped") and d.get("waybill"):
        return QCoreApplication.translate("OrderHistory", "Waybill {waybill}").format(
            waybill=d["waybill"]
        )
    if kind == "packed" and d.get("unverified"):
        return QCoreApplication.translate("OrderHistory", "Packed without scanning: {skus}").format(
            skus=", ".join(d["unverified"])
        )
    if kind == "cancelled":
        text = QCoreApplication.translate("OrderHistory", "Was {state}").format(
            state=state_text(str(d.get("from", "")))
        )
        if d.get("voided_waybill"):
            text += "; " + QCoreApplication.translate(
                "OrderHistory", "waybill {waybill} voided"
            ).format(waybill=d["voided_waybill"])
        return text
    if kind == "payment" and isinstance(d.get("payments"), list):
        return ", ".join(
            f"{method_text(str(m))} {money_text(int(a), currency)}" for m, a in d["payments"]
        )
    if kind == "refund":
        if d.get("method"):
            return f"{method_text(str(d['method']))} {money('amount')}"
        return QCoreApplication.translate("OrderHistory", "{amount} by the methods paid").format(
            amount=money("amount")
        )
    if kind == "revised":
        return QCoreApplication.translate(
            "OrderHistory", "Revision {n}: {before} → {after}; total {old} → {new}"
        ).format(
            n=d.get("revision", ""),
            before=_lines_words(d.get("before")),
            after=_lines_words(d.get("after")),
            old=money("total_before"),
            new=money("total_after"),
        )
    if kind == "revision requested":
        return QCoreApplication.translate(
            "OrderHistory", "Waiting for approval: {before} → {after}"
        ).format(before=_lines_words(d.get("before")), after=_lines_words(d.get("after")))
    if kind == "imported":
        return QCoreApplication.translate("OrderHistory", "From a {format} file, row {row}").format(
            format=d.get("format", ""), row=d.get("row", "")
        )
    if kind == "aftersales":
        return QCoreApplication.translate("OrderHistory", "Case {case}: {action}").format(
            case=d.get("case", ""), action=d.get("action", "")
        )
    return "; ".join(f"{k}: {v}" for k, v in d.items() if not isinstance(v, (list, dict)))


class TextTableModel(QAbstractTableModel):
    """A read-only table of ready-made texts (the detail's small lists)."""

    def __init__(self, titles: Sequence[str], right: Sequence[int] = (), parent: Any = None):
        super().__init__(parent)
        self._titles = list(titles)
        self._right = frozenset(right)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        """The text in a cell ('' outside the table)."""
        if 0 <= row < len(self._rows) and 0 <= column < len(self._titles):
            return self._rows[row][column]
        return ""

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._titles)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _FormDialog(QDialog):
    """A small form with an inline error bar and OK/Cancel; ``submit`` does the work."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
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
        self.result_order: OrderInfo | None = None

    def row(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def submit(self) -> OrderInfo:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_order = self.submit()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()


class TakePaymentDialog(_FormDialog):
    """Take a payment: method, amount (the balance by default) and, for cash, what was
    handed over; the change is shown as it is typed."""

    def __init__(
        self, ctx: AppContext, actor: Actor, order: OrderInfo, currency: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take payment for {number}").format(number=order.number))
        self._ctx, self._actor, self.order, self.currency = ctx, actor, order, currency
        self.digits = minor_digits(currency)
        self.method = QComboBox(self)
        for method in PAYMENT_METHODS:
            self.method.addItem(method_text(method), method)
        self.amount = QLineEdit(format_plain(max(order.balance_minor, 0), self.digits), self)
        self.tendered = QLineEdit(self)
        self.tendered.setPlaceholderText(self.tr("Exactly the amount"))
        self.change = QLabel(self)
        self.row(self.tr("&Method:"), self.method)
        self.row(self.tr("&Amount:"), self.amount)
        self.row(self.tr("Cash &tendered:"), self.tendered)
        self.row(self.tr("Change:"), self.change)
        self.method.currentIndexChanged.connect(self._on_inputs_changed)
        self.amount.textChanged.connect(self._on_inputs_changed)
        self.tendered.textChanged.connect(self._on_inputs_changed)
        self._on_inputs_changed()
        fit_dialog(self, 420)

    def change_minor(self) -> int | None:
        """The change due for what is typed (None when it cannot be worked out)."""
        try:
            amount = parse_amount(self.amount.text(), self.digits)
            tendered = parse_amount(self.tendered.text() or self.amount.text(), self.digits)
        except KnownError:
            return None
        return tendered - amount if tendered >= amount else None

    def _on_inputs_changed(self, *_args: Any) -> None:
        cash = self.method.currentData() == "cash"
        self.tendered.setEnabled(cash)
        change = self.change_minor() if cash else 0
        self.change.setText("" if change is None else money_text(change, self.currency))

    def submit(self) -> OrderInfo:
        cash = self.method.currentData() == "cash"
        amount = parse_amount(self.amount.text(), self.digits, field="amount")
        tendered = (
            parse_amount(self.tendered.text(), self.digits, field="tendered")
            if cash and self.tendered.text().strip()
            else 0
        )
        return order_payments.take_payment(
            self._ctx,
            self._actor,
            self.order.id,
            [PaymentInput(self.method.currentData(), amount, tendered)],
        )


class RefundDialog(_FormDialog):
    """Refund by one of the methods the order was paid with; a reason is required."""

    def __init__(
        self, ctx: AppContext, actor: Actor, order: OrderInfo, currency: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund on {number}").format(number=order.number))
        self._ctx, self._actor, self.order = ctx, actor, order
        self.digits = minor_digits(currency)
        net: dict[str, int] = {}
        for p in order.payments:
            net[p.method] = net.get(p.method, 0) + p.amount_minor
        self.method = QComboBox(self)
        for method, amount in net.items():
            if amount > 0:
                self.method.addItem(
                    self.tr("{method} (up to {amount})").format(
                        method=method_text(method), amount=money_text(amount, currency)
                    ),
                    method,
                )
        self._net = net
        self.amount = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(1000)
        self.row(self.tr("&Method:"), self.method)
        self.row(self.tr("&Amount:"), self.amount)
        self.row(self.tr("&Reason:"), self.reason)
        self.method.currentIndexChanged.connect(self._on_method_current_index_changed)
        self._on_method_current_index_changed()
        fit_dialog(self, 440)

    def _on_method_current_index_changed(self, *_args: Any) -> None:
        method = self.method.currentData()
        self.amount.setText(format_plain(self._net.get(method, 0), self.digits) if method else "")

    def submit(self) -> OrderInfo:
        return order_payments.refund(
            self._ctx,
            self._actor,
            self.order.id,
            self.method.currentData() or "",
            parse_amount(self.amount.text(), self.digits, field="amount"),
            self.reason.text(),
        )


class ModifyOrderDialog(QDialog):
    """Change line quantities or remove lines, with a reason (ORD-4).  ``outcome`` says
    whether the change was applied or waits for approval."""

    SKU, NAME, QTY, REMOVE = range(4)

    def __init__(self, ctx: AppContext, actor: Actor, order: OrderInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modify order {number}").format(number=order.number))
        self._ctx, self._actor, self.order = ctx, actor, order
        self.outcome = ""
        layout = QVBoxLayout(self)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.table = QTableWidget(len(order.lines), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Product"), self.tr("Quantity"), self.tr("Remove")]
        )
        configure_table(self.table)
        self.quantities: list[QSpinBox] = []
        self.removals: list[QCheckBox] = []
        for i, line in enumerate(order.lines):
            self.table.setCellWidget(i, self.SKU, QLabel(line.sku, self.table))
            self.table.setCellWidget(i, self.NAME, QLabel(line.name, self.table))
            qty = QSpinBox(self.table)
            qty.setRange(1, MAX_QTY)
            qty.setValue(line.quantity)
            qty.setAccessibleName(self.tr("Quantity of {sku}").format(sku=line.sku))
            remove = QCheckBox(self.table)
            remove.setAccessibleName(self.tr("Remove {sku}").format(sku=line.sku))
            remove.toggled.connect(qty.setDisabled)
            self.table.setCellWidget(i, self.QTY, qty)
            self.table.setCellWidget(i, self.REMOVE, remove)
            self.quantities.append(qty)
            self.removals.append(remove)
        self.table.verticalHeader().setDefaultSectionSize(qty.sizeHint().height() + 4)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(self.SKU, 130)
        self.table.setColumnWidth(self.NAME, 260)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("Why the order changes (required)"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        layout.addLayout(form)
        if order.state in order_flow.MODIFY_NEEDS_APPROVAL:
            hint = QLabel(
                self.tr("The order has been reviewed: a manager must approve this change."), self
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, 620)

    def lines(self) -> tuple[LineInput, ...]:
        """The lines as edited: removed ones left out, the sold price kept, a line's
        discount scaled with its quantity."""
        out = []
        for line, qty, remove in zip(self.order.lines, self.quantities, self.removals, strict=True):
            if remove.isChecked():
                continue
            n = qty.value()
            discount = line.discount_minor * n // line.quantity if line.quantity else 0
            out.append(LineInput(line.product_id, n, line.unit_price_minor, discount))
        return tuple(out)

    def accept(self) -> None:
        try:
            from merchant_app.services import order_revisions
        except ImportError:
            self.notice.show_message(
                self.tr("Modifying orders is not available in this version yet."),
                NoticeBar.WARNING,
            )
            return
        try:
            result = order_revisions.modify_order(
                self._ctx, self._actor, self.order.id, self.lines(), self.reason.text()
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.outcome = (
            self.tr("Order modified.")
            if result.applied
            else self.tr("The change is waiting for approval; the order stays as it was.")
        )
        super().accept()


class OrderDetailDialog(QDialog):
    """An order with its lines, payments and history, and the actions it allows now."""

    order_changed = Signal(str)  # an action changed the order with this id

    def __init__(
        self, ctx: AppContext, actor: Actor, order_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.order_id = ctx, actor, order_id
        self.currency = shop_currency(ctx, getattr(parent, "main_window", None))
        self.order: OrderInfo | None = None
        self.events: list[OrderEventInfo] = []
        self.buttons: dict[str, QPushButton] = {}
        self._places = {loc.id: loc.code for loc in locations.list_locations(ctx, actor, True)}
        self._methods = {m.code: m.name for m in delivery.list_methods(ctx, actor)}
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget(self)
        self.lines_model = TextTableModel(
            [
                self.tr("#"),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("Total"),
                self.tr("Packed"),
                self.tr("Returned"),
            ],
            right=(0, 3, 4, 5, 6, 7, 8),
            parent=self,
        )
        self.payments_model = TextTableModel(
            [
                self.tr("Time"),
                self.tr("Method"),
                self.tr("Amount"),
                self.tr("Tendered"),
                self.tr("Change"),
                self.tr("By"),
                self.tr("Reference"),
            ],
            right=(2, 3, 4),
            parent=self,
        )
        self.history_model = TextTableModel(
            [
                self.tr("Time"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("From → to"),
                self.tr("Reason"),
                self.tr("Details"),
            ],
            parent=self,
        )
        self.lines_table = self._table(self.lines_model, {0: 3, 1: 12, 3: 4, 4: 9, 5: 9, 6: 9}, 2)
        self.payments_table = self._table(self.payments_model, {0: 19, 1: 12, 2: 10, 5: 10}, 6)
        self.history_table = self._table(self.history_model, {0: 19, 1: 10, 2: 19, 3: 42, 4: 30}, 5)
        self.tabs.addTab(self.lines_table, self.tr("&Lines"))
        self.tabs.addTab(self.payments_table, self.tr("&Payments"))
        self.tabs.addTab(self.history_table, self.tr("&History"))
        layout.addWidget(self.tabs, 1)
        self.actions_row = QHBoxLayout()
        layout.addLayout(self.actions_row)
        self.reload()
        fit_dialog(self, 1080)
        self.resize(1080, max(self.height(), 680))

    # -- building ------------------------------------------------------------------------

    def _table(self, model: TextTableModel, widths: dict[int, int], stretch: int) -> QTableView:
        table = QTableView(self)
        configure_table(table)
        table.setModel(model)
        size_columns(table, widths, stretch)
        return table

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.fields: dict[str, QLabel] = {}
        groups = (
            (
                ("state", self.tr("State:")),
                ("placed", self.tr("Placed:")),
                ("customer", self.tr("Customer:")),
                ("member", self.tr("Member:")),
            ),
            (
                ("ship_to", self.tr("Ship to:")),
                ("address", self.tr("Address:")),
                ("delivery", self.tr("Delivery:")),
                ("terms", self.tr("Terms:")),
                ("location", self.tr("Ships from:")),
                ("tracking", self.tr("Tracking:")),
                ("notes", self.tr("Notes:")),
            ),
            (
                ("subtotal", self.tr("Goods:")),
                ("discount", self.tr("Order discount:")),
                ("fees", self.tr("Shipping and fees:")),
                ("total", self.tr("Total:")),
                ("paid", self.tr("Paid:")),
                ("balance", self.tr("Balance:")),
            ),
        )
        for stretch, group in zip((3, 4, 2), groups, strict=True):
            form = QFormLayout()
            for key, title in group:
                value = _value_label(self)
                self.fields[key] = value
                form.addRow(QLabel(title, self), value)
            row.addLayout(form, stretch)
        return row

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the order and its history again and rebuild everything shown."""
        try:
            self.order = order_service.get_order(self._ctx, self._actor, self.order_id)
            self.events = order_service.history(self._ctx, self._actor, self.order_id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self._show_actions()
            return
        self._show_order(self.order)
        self._show_actions()

    def _money(self, minor: int) -> str:
        return money_text(minor, self.currency)

    def _show_order(self, o: OrderInfo) -> None:
        self.setWindowTitle(self.tr("Order {number}").format(number=o.number))
        self.title.setText(self.tr("Order {number}").format(number=o.number))
        state = state_text(o.state)
        if o.state == order_flow.OrderState.ON_HOLD and o.held_from:
            state = self.tr("{state} (from {previous})").format(
                state=state, previous=state_text(o.held_from)
            )
        f = self.fields
        f["state"].setText(f"<b>{state}</b> · {payment_status_text(o.payment_status)}")
        f["placed"].setText(
            self.tr("{time} by {user}").format(
                time=local_datetime_text(o.created_at), user=o.created_by or "—"
            )
        )
        f["customer"].setText(" · ".join(p for p in (o.customer_name, o.customer_phone) if p))
        f["member"].setText(o.member_id or self.tr("None"))
        f["ship_to"].setText(" · ".join(p for p in (o.ship_name, o.ship_phone) if p) or "—")
        f["address"].setText(" ".join(p for p in (o.ship_address, o.ship_zone) if p) or "—")
        f["delivery"].setText(self._methods.get(o.delivery_method, o.delivery_method))
        f["terms"].setText(
            QCoreApplication.translate(
                "PaymentTerms", TERMS_LABELS.get(o.payment_terms, o.payment_terms)
            )
        )
        f["location"].setText(o.location_code)
        f["tracking"].setText(o.tracking_number or "—")
        notes = [o.note] if o.note else []
        if o.warehouse_note:
            notes.append(self.tr("Warehouse: {note}").format(note=o.warehouse_note))
        f["notes"].setText(" · ".join(notes) or "—")
        f["subtotal"].setText(self._money(o.subtotal_minor))
        f["discount"].setText(self._money(-o.discount_minor) if o.discount_minor else "—")
        f["fees"].setText(self._money(o.shipping_fee_minor + o.extra_fees_minor))
        f["total"].setText(f"<b>{self._money(o.total_minor)}</b>")
        f["paid"].setText(self._money(o.paid_minor))
        balance = o.balance_minor
        f["balance"].setText(
            self._money(balance)
            if balance >= 0
            else self.tr("{amount} owed to the customer").format(amount=self._money(-balance))
        )
        self.lines_model.set_rows(
            [
                (
                    str(ln.line_no),
                    ln.sku,
                    ln.name,
                    str(ln.quantity),
                    self._money(ln.unit_price_minor),
                    self._money(ln.discount_minor) if ln.discount_minor else "",
                    self._money(ln.total_minor),
                    str(ln.packed),
                    str(ln.returned),
                )
                for ln in o.lines
            ]
        )
        self.payments_model.set_rows(
            [
                (
                    local_datetime_text(p.at),
                    method_text(p.method),
                    self._money(p.amount_minor),
                    self._money(p.tendered_minor) if p.amount_minor > 0 else "",
                    self._money(p.change_minor) if p.change_minor else "",
                    p.user_login,
                    p.reference,
                )
                for p in o.payments
            ]
        )
        self.history_model.set_rows(
            [
                (
                    local_datetime_text(e.at),
                    e.user_login or self.tr("system"),
                    event_text(e.kind),
                    self._transition(e),
                    e.reason,
                    event_details(e, self.currency, self._places),
                )
                for e in self.events
            ]
        )
        self.tabs.setTabText(0, self.tr("&Lines ({n})").format(n=len(o.lines)))
        self.tabs.setTabText(1, self.tr("&Payments ({n})").format(n=len(o.payments)))
        self.tabs.setTabText(2, self.tr("&History ({n})").format(n=len(self.events)))

    def _transition(self, e: OrderEventInfo) -> str:
        if e.to_state and e.from_state and e.from_state != e.to_state:
            return f"{state_text(e.from_state)} → {state_text(e.to_state)}"
        if e.to_state and not e.from_state:
            return state_text(e.to_state)
        return ""

    def _show_actions(self) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        o = self.order
        slots: dict[str, Callable[[], None]] = {
            "review": self._on_review_clicked,
            "approve": self._on_approve_clicked,
            "release": self._on_release_clicked,
            "complete": self._on_complete_clicked,
            "hold": self._on_hold_clicked,
            "cancel": self._on_cancel_clicked,
        }
        if o is not None:
            offered = order_flow.available_steps(o.state)
            for step in DIALOG_STEPS:
                if step in offered and self._actor.can(order_flow.STEPS[step].permission):
                    text = step_text(step) + ("…" if step in ("review", "hold", "cancel") else "")
                    self._add_button(step, text, slots[step])
            if (
                self._actor.can("payment.take")
                and o.state != order_flow.OrderState.CANCELLED
                and o.balance_minor > 0
            ):
                self._add_button("pay", self.tr("Take &payment…"), self._on_pay_clicked)
            if self._actor.can("refund.issue") and o.paid_minor > 0:
                self._add_button("refund", self.tr("Re&fund…"), self._on_refund_clicked)
            if self._actor.can("order.modify") and o.state in order_flow.MODIFIABLE:
                self._add_button("modify", self.tr("&Modify…"), self._on_modify_clicked)
        self.actions_row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.actions_row.addWidget(close)
        self.buttons["close"] = close

    def _add_button(self, key: str, text: str, slot: Callable[[], None]) -> None:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.actions_row.addWidget(button)
        self.buttons[key] = button

    # -- actions -------------------------------------------------------------------------

    def _act(self, action: Callable[[], Any], done: str) -> None:
        """Run one service call; show the refusal or ``done``, then reload."""
        try:
            action()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self.reload()
            return
        except Exception as exc:
            show_error(self, exc)
            self.reload()
            return
        self.notice.show_message(done, NoticeBar.SUCCESS)
        self.reload()
        self.order_changed.emit(self.order_id)

    def _ask_reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def _on_review_clicked(self) -> None:
        assert self.order is not None
        try:
            places = [
                loc
                for loc in locations.list_locations(self._ctx, self._actor)
                if not loc.code.endswith(locations.PACKING_SUFFIX)
            ]
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        items = [f"{loc.code} · {loc.name}" for loc in places]
        current = next((i for i, loc in enumerate(places) if loc.id == self.order.location_id), 0)
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Review order {number}").format(number=self.order.number),
            self.tr("Allocate the stock at:"),
            items,
            current,
            False,
        )
        if not ok or choice not in items:
            return
        location_id = places[items.index(choice)].id
        self._act(
            lambda: order_steps.review(self._ctx, self._actor, self.order_id, location_id),
            self.tr("Reviewed: the order now waits for the warehouse."),
        )

    def _on_approve_clicked(self) -> None:
        self._act(
            lambda: order_steps.approve(self._ctx, self._actor, self.order_id),
            self.tr("Approved for the warehouse: waybill issued, goods picked."),
        )

    def _on_release_clicked(self) -> None:
        self._act(
            lambda: order_steps.release_hold(self._ctx, self._actor, self.order_id),
            self.tr("Released from hold."),
        )

    def _on_complete_clicked(self) -> None:
        self._act(
            lambda: order_steps.complete(self._ctx, self._actor, self.order_id),
            self.tr("Order completed."),
        )

    def _on_hold_clicked(self) -> None:
        reason = self._ask_reason(self.tr("Put on hold"), self.tr("Why is the order held?"))
        if reason is not None:
            self._act(
                lambda: order_steps.hold(self._ctx, self._actor, self.order_id, reason),
                self.tr("The order is on hold."),
            )

    def _on_cancel_clicked(self) -> None:
        assert self.order is not None
        reason = self._ask_reason(
            self.tr("Cancel order {number}").format(number=self.order.number),
            self.tr("Why is the order cancelled? Its stock is given back."),
        )
        if reason is not None:
            self._act(
                lambda: order_steps.cancel(self._ctx, self._actor, self.order_id, reason),
                self.tr("Order cancelled; its stock was given back."),
            )

    def _on_pay_clicked(self) -> None:
        assert self.order is not None
        dialog = TakePaymentDialog(self._ctx, self._actor, self.order, self.currency, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_order is None:
            return
        change = (
            dialog.result_order.payments[-1].change_minor if dialog.result_order.payments else 0
        )
        text = self.tr("Payment taken.")
        if change:
            text += " " + self.tr("Change due: {change}").format(change=self._money(change))
        self.notice.show_message(text, NoticeBar.SUCCESS)
        self.reload()
        self.order_changed.emit(self.order_id)

    def _on_refund_clicked(self) -> None:
        assert self.order is not None
        dialog = RefundDialog(self._ctx, self._actor, self.order, self.currency, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notice.show_message(self.tr("Refund recorded."), NoticeBar.SUCCESS)
            self.reload()
            self.order_changed.emit(self.order_id)

    def _on_modify_clicked(self) -> None:
        assert self.order is not None
        dialog = ModifyOrderDialog(self._ctx, self._actor, self.order, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notice.show_message(dialog.outcome, NoticeBar.SUCCESS)
            self.reload()
            self.order_changed.emit(self.order_id)
