"""The order list (ORD-9): search as you type, filters, lazy keyset paging.

Typing searches by order number, tracking number, phone, product SKU or barcode, member
id or the start of a customer's name (``order_queries.search_orders`` decides which);
the state, payment, desk and date filters narrow the list at once.  Rows arrive page by
page as the table scrolls, so a million orders open as fast as ten.  Enter or a double
click opens the order's detail with its history and actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.screens.audit_log import AnyDateEdit
from merchant_app.gui.widgets import NoticeBar, configure_table, local_datetime_text, size_columns
from merchant_app.services import order_queries
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import PAYMENT_STATUS_LABELS, STATE_LABELS
from merchant_app.services.order_queries import OrderFilter, OrderRow

SEARCH_DELAY_MS = 150


def state_text(state: str) -> str:
    """An order state in words."""
    return QCoreApplication.translate("OrderState", STATE_LABELS.get(state, state))


def payment_status_text(status: str) -> str:
    """A payment status in words."""
    return QCoreApplication.translate("PaymentStatus", PAYMENT_STATUS_LABELS.get(status, status))


def shop_currency(ctx: AppContext, main_window: Any) -> str:
    """The shop's currency: from the main window when there is one, else the database."""
    currency = getattr(getattr(main_window, "shop", None), "currency", "")
    if currency:
        return str(currency)
    from merchant_app.services.shop import get_shop

    info = get_shop(ctx)
    return info.currency if info else "CNY"


class OrderTableModel(PagedTableModel[OrderRow]):
    """Orders as the search returns them, newest first, paged by (time, id)."""

    NUMBER, DATE, CUSTOMER, PHONE, STATE, PAYMENT, TOTAL, TRACKING = range(8)
    RIGHT_ALIGNED = frozenset({TOTAL})
    PAGE_SIZE = 100

    def __init__(self, currency: str = "CNY", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def titles(self) -> Sequence[str]:
        return (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("State"),
            self.tr("Payment"),
            self.tr("Total"),
            self.tr("Tracking"),
        )

    def key(self, row: OrderRow) -> Any:
        return row.key

    def cell(self, row: OrderRow, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.DATE:
            return local_datetime_text(row.created_at)
        if column == self.CUSTOMER:
            return row.customer_name
        if column == self.PHONE:
            return row.customer_phone
        if column == self.STATE:
            return state_text(row.state)
        if column == self.PAYMENT:
            return payment_status_text(row.payment_status)
        if column == self.TOTAL:
            return money_text(row.total_minor, self.currency)
        return row.tracking_number


class OrderListPanel(QWidget):
    """Search box, filters and the order table; opens an order's detail."""

    order_opened = Signal(str)  # the id of the order whose detail was opened

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self._ctx, self._actor = ctx, actor
        self.main_window = main_window
        self.currency = shop_currency(ctx, main_window)
        self.detail: QWidget | None = None  # the detail dialog last opened
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self._build_filters(layout)
        self.model = OrderTableModel(self.currency, self)
        self.table = QTableView(self)
        self.table.setObjectName("orderTable")
        self.table.setAccessibleName(self.tr("Orders"))
        configure_table(self.table)
        self.table.setModel(self.model)
        m = OrderTableModel
        size_columns(
            self.table,
            {
                m.NUMBER: 11,
                m.DATE: 19,
                m.PHONE: 20,
                m.STATE: 22,
                m.PAYMENT: 11,
                m.TOTAL: 10,
                m.TRACKING: 16,
            },
            stretch=m.CUSTOMER,
        )
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for combo in (self.state_combo, self.payment_combo, self.desk_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        order = [
            self.search,
            self.state_combo,
            self.payment_combo,
            self.desk_combo,
            self.from_edit,
            self.to_edit,
            self.clear_button,
            self.table,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self._load_desks()

    def _build_filters(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(
            self.tr("Number, tracking, phone, SKU, barcode, member or name (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setMaxLength(order_queries.MAX_TEXT)
        self.search.setToolTip(
            self.tr(
                "Customer names are searched among the newest {n} orders that pass the "
                "filters; set dates to look further back."
            ).format(n=f"{order_queries.NAME_WINDOW:,}")
        )
        row.addWidget(self.search, 4)
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("Order state"))
        self.state_combo.addItem(self.tr("All states"), "")
        for value in STATE_LABELS:
            self.state_combo.addItem(state_text(value), str(value))
        row.addWidget(self.state_combo, 2)
        self.payment_combo = QComboBox(self)
        self.payment_combo.setAccessibleName(self.tr("Payment status"))
        self.payment_combo.addItem(self.tr("Any payment"), "")
        for value in PAYMENT_STATUS_LABELS:
            self.payment_combo.addItem(payment_status_text(value), value)
        row.addWidget(self.payment_combo, 1)
        self.desk_combo = QComboBox(self)
        self.desk_combo.setAccessibleName(self.tr("Desk"))
        row.addWidget(self.desk_combo, 1)
        from_label = QLabel(self.tr("&From:"), self)
        self.from_edit = AnyDateEdit(self)
        self.from_edit.setToolTip(self.tr("Orders placed on or after this day"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"), self)
        self.to_edit = AnyDateEdit(self)
        self.to_edit.setToolTip(self.tr("Orders placed on or before this day"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            row.addWidget(widget)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    # -- loading -------------------------------------------------------------------------

    def _load_desks(self) -> None:
        current = self.desk_combo.currentData()
        self.desk_combo.blockSignals(True)
        self.desk_combo.clear()
        self.desk_combo.addItem(self.tr("All desks"), "")
        try:
            for desk_id, code in order_queries.desks(self._ctx, self._actor):
                self.desk_combo.addItem(code, desk_id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        self.desk_combo.setCurrentIndex(max(self.desk_combo.findData(current), 0))
        self.desk_combo.blockSignals(False)

    def current_filter(self) -> OrderFilter:
        """The filter the controls describe."""
        return OrderFilter(
            text=self.search.text().strip(),
            state=self.state_combo.currentData() or "",
            date_from=_day(self.from_edit.value()),
            date_to=_day(self.to_edit.value()),
            desk_id=self.desk_combo.currentData() or "",
            payment_status=self.payment_combo.currentData() or "",
        )

    def refresh(self) -> None:
        """Run the current search again (after an order changed elsewhere)."""
        self._timer.stop()
        self._load_desks()
        self._run_query()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def handle_scan(self, code: str) -> None:
        """A scanned order number or waybill: show it, and open it when it is the only
        match."""
        self.search.blockSignals(True)
        self.search.setText(code.strip())
        self.search.blockSignals(False)
        self._run_query()
        if self.model.rowCount() == 1 and not self.model.canFetchMore():
            self.open_row(0)
        elif self.model.rowCount() == 0:
            self.notice.show_message(
                self.tr("No order matches “{code}”.").format(code=code.strip()),
                NoticeBar.WARNING,
            )

    def _run_query(self) -> None:
        ctx, actor = self._ctx, self._actor
        flt = self.current_filter()

        def fetch(after: Any, limit: int) -> list[OrderRow]:
            return order_queries.search_orders(ctx, actor, flt, after, limit)

        try:
            self.model.set_query(fetch)
        except KnownError as exc:
            self.model.set_query(None)
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        if self.model.rowCount():
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        """Open the detail of the order shown in ``row``."""
        record = self.model.row_at(row)
        if record is not None:
            self.open_order(record.id)

    def open_order(self, order_id: str) -> None:
        """Open an order's detail (window-modal); the list refreshes when it closes."""
        from merchant_app.gui.screens.orders.order_detail import OrderDetailDialog

        try:
            dialog = OrderDetailDialog(self._ctx, self._actor, order_id, self)
        except Exception as exc:  # a deleted order, a locked database …
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_detail_finished)
        self.detail = dialog
        dialog.open()
        self.order_opened.emit(order_id)

    # -- slots ---------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.notice.clear()
        self._run_query()

    def _on_filter_changed(self, *_args: Any) -> None:
        self._timer.stop()
        self.notice.clear()
        self._run_query()

    def _on_search_return_pressed(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now
            self._timer.stop()
            self._run_query()
        self.open_row(max(self.table.currentIndex().row(), 0))

    def _on_clear_button_clicked(self) -> None:
        for widget in (self.search, self.state_combo, self.payment_combo, self.desk_combo):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.state_combo, self.payment_combo, self.desk_combo):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.state_combo, self.payment_combo, self.desk_combo):
            widget.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.clear_date()
            edit.blockSignals(False)
        self._on_filter_changed()
        self.focus_search()

    def _on_table_activated(self, index: Any) -> None:
        self.open_row(index.row())

    def _on_detail_finished(self, _result: int) -> None:
        self.detail = None
        self.model.reload()

    def _update_count(self, *_args: Any) -> None:
        n = self.model.rowCount()
        if self.model.canFetchMore():
            text = self.tr("{n}+ orders shown; scroll for more").format(n=n)
        else:
            text = self.tr("%n order(s)", "", n)
        self.count_label.setText(text)


def _day(value: Any) -> date | None:
    return None if value is None else date(value.year(), value.month(), value.day())
