"""The packing desk (ORD-8), built for a scanner and a busy bench.

*Pack* tab: scan an order's number or waybill to open it, then scan each item.  A big
status strip answers every scan: green "OK — 2 of 3 scanned", or red with the reason and
a beep for a wrong or extra item.  "Finish: print & ship" (Ctrl+Enter, F12) packs the
order, ships it when it may ship, saves the packing slip and shipping label as PDFs and
opens them.  Focus always goes back to the scan field.

*Batch* tab: the warehouse-approved orders with check boxes; "Pick list + labels" makes
one pick list grouped by location and the labels in the same order as the list, in the
background when the window has a task runner.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError, NotFound
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.widgets import (
    ROOT,
    ModelIndex,
    NoticeBar,
    configure_table,
    heading_label,
    local_datetime_text,
    screen_action,
)
from merchant_app.services import packing
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import PAYMENT_STATUS_LABELS, STATE_LABELS, OrderState
from merchant_app.services.orders import TERMS_LABELS
from merchant_app.services.packing import OrderToPack, PackingLine, PackingView

_NEUTRAL = "QLabel#packStatus { background: palette(alternate-base); padding: 14px; }"
_GOOD = (
    "QLabel#packStatus { color: white; background: rgb(38, 135, 60); padding: 14px;"
    " border-radius: 4px; }"
)
_BAD = (
    "QLabel#packStatus { color: white; background: rgb(196, 40, 40); padding: 14px;"
    " border-radius: 4px; }"
)
_DONE = QColor(46, 150, 67, 70)
_PARTLY = QColor(214, 150, 0, 60)


def documents_tr(text: str) -> str:
    """Translate a printed document's caption (the ``Documents`` context)."""
    return QCoreApplication.translate("Documents", text)


def payment_text(status: str, terms: str) -> str:
    """ "Paid", or the payment status with the terms ("Unpaid · Cash on delivery")."""
    text = QCoreApplication.translate("PaymentStatus", PAYMENT_STATUS_LABELS.get(status, status))
    if status == "paid":
        return text
    terms_text = QCoreApplication.translate("PaymentTerms", TERMS_LABELS.get(terms, terms))
    return f"{text} · {terms_text}"


# ---------------------------------------------------------------------------- models


class PackingLinesModel(QAbstractTableModel):
    """The open order's lines: where, what, its barcode and "packed x / y"."""

    LOCATION, SKU, NAME, BARCODE, PACKED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[PackingLine] = []
        self.bold = QFont()
        self.bold.setBold(True)

    def set_lines(self, lines: Sequence[PackingLine]) -> None:
        """Show these lines (all rows replaced)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def row_of(self, line_id: str) -> int:
        """The row of the line ``line_id``, or -1."""
        return next((i for i, ln in enumerate(self.lines) if ln.id == line_id), -1)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return (
                self.tr("Location"),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Barcode"),
                self.tr("Packed"),
            )[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.lines) and 0 <= column < 5):
            return None
        line = self.lines[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.PACKED:
                return f"{line.packed} / {line.quantity}"
            if column == self.BARCODE:
                return ", ".join(line.barcodes)
            return (line.location, line.sku, line.name)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PACKED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == self.PACKED:
            return self.bold
        if role == Qt.ItemDataRole.BackgroundRole and line.packed:
            return _DONE if line.done else _PARTLY
        return None


class OrdersToPackModel(QAbstractTableModel):
    """Warehouse-approved orders with a check box each (batch mode)."""

    NUMBER, CREATED, CUSTOMER, DELIVERY, PAYMENT, TRACKING, LOCATION, UNITS = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OrderToPack] = []
        self.checked: set[str] = set()

    def set_rows(self, rows: Sequence[OrderToPack]) -> None:
        """Show these orders; ticks of orders still listed are kept."""
        self.beginResetModel()
        self.rows = list(rows)
        self.checked &= {r.id for r in self.rows}
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """The ticked orders, in list order."""
        return [r.id for r in self.rows if r.id in self.checked]

    def set_all(self, checked: bool) -> None:
        """Tick (or untick) every order."""
        self.checked = {r.id for r in self.rows} if checked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 8
        ):
            return (
                self.tr("Order"),
                self.tr("Created"),
                self.tr("Customer"),
                self.tr("Delivery"),
                self.tr("Payment"),
                self.tr("Waybill"),
                self.tr("Location"),
                self.tr("Units"),
            )[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NUMBER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.rows) and 0 <= column < 8):
            return None
        order = self.rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NUMBER:
            return Qt.CheckState.Checked if order.id in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                order.number,
                local_datetime_text(order.created_at),
                order.customer_name,
                order.delivery_name,
                payment_text(order.payment_status, order.payment_terms),
                order.tracking_number,
                order.location,
                str(order.units),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.UNITS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.NUMBER
            or not 0 <= index.row() < len(self.rows)
        ):
            return False
        order_id = self.rows[index.row()].id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self.checked.add(order_id)
        else:
            self.checked.discard(order_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


# ---------------------------------------------------------------------------- the panel


class PackingPanel(QWidget):
    """The packing station and batch mode for the signed-in user (``warehouse.pack``)."""

    required_permission = "warehouse.pack"

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        main_window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._main = ctx, actor, main_window
        self.runner = getattr(main_window, "runner", None)
        shop = getattr(main_window, "shop", None)
        self.currency = getattr(shop, "currency", "CNY")
        self.documents_dir: Path | None = None  # overrides the default folder
        self.view: PackingView | None = None
        self.last_result: packing.PackResult | None = None
        self.saved_paths: list[Path] = []
        self.finishing = False  # a finish is running (in the background)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Packing desk"), self))
        self.tabs = QTabWidget(self)
        self.station = self._build_station()
        self.batch = self._build_batch()
        self.tabs.addTab(self.station, self.tr("&Pack and ship"))
        self.tabs.addTab(self.batch, self.tr("&Batch: pick lists and labels"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._show_view(None)
        self._say(self.tr("Scan an order number or waybill to start."), None)

    # -- building ------------------------------------------------------------------------

    def _build_station(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("&Scan:"), page)
        self.scan_edit = QLineEdit(page)
        self.scan_edit.setObjectName("packScan")
        self.scan_edit.setPlaceholderText(
            self.tr("Order number, waybill, or an item's barcode or SKU — then Enter")
        )
        self.scan_edit.setAccessibleName(self.tr("Scan field"))
        font = self.scan_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.scan_edit.setFont(font)
        scan_label.setFont(font)
        scan_label.setBuddy(self.scan_edit)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_edit, 1)
        self.reset_button = QPushButton(self.tr("Start &again"), page)
        self.reset_button.setToolTip(self.tr("Forget this order's scans and scan every item again"))
        self.close_button = QPushButton(self.tr("&Close order"), page)
        self.close_button.setToolTip(self.tr("Put this order aside; its scans are kept"))
        scan_row.addWidget(self.reset_button)
        scan_row.addWidget(self.close_button)
        column.addLayout(scan_row)

        self.status = QLabel(page)
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(64)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.status.setFont(font)
        self.status.setAccessibleName(self.tr("Scan result"))
        column.addWidget(self.status)
        self.status_detail = QLabel(page)
        self.status_detail.setWordWrap(True)
        detail_font = self.status_detail.font()
        detail_font.setPointSizeF(detail_font.pointSizeF() * 1.15)
        self.status_detail.setFont(detail_font)
        column.addWidget(self.status_detail)
        column.addSpacing(8)
        self.notice = NoticeBar(page)
        column.addWidget(self.notice)

        header = QGridLayout()
        header.setHorizontalSpacing(18)
        self.number_label = QLabel(page)
        big = self.number_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.number_label.setFont(big)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_label = QLabel(page)
        self.delivery_label = QLabel(page)
        self.tracking_label = QLabel(page)
        self.tracking_label.setFont(big)
        self.tracking_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.payment_label = QLabel(page)
        self.note_label = QLabel(page)
        self.note_label.setWordWrap(True)
        cells = (
            (self.tr("Order"), self.number_label, 0, 0),
            (self.tr("Waybill"), self.tracking_label, 0, 2),
            (self.tr("Customer"), self.customer_label, 1, 0),
            (self.tr("Delivery"), self.delivery_label, 1, 2),
            (self.tr("Payment"), self.payment_label, 2, 0),
            (self.tr("Note"), self.note_label, 2, 2),
        )
        for caption, value, row, col in cells:
            label = QLabel(caption + ":", page)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            header.addWidget(label, row, col)
            header.addWidget(value, row, col + 1)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        column.addLayout(header)

        self.lines_model = PackingLinesModel(self)
        self.lines = QTableView(page)
        self.lines.setObjectName("packLines")
        self.lines.setAccessibleName(self.tr("Items on the order"))
        table_font = self.lines.font()
        table_font.setPointSizeF(table_font.pointSizeF() * 1.15)
        self.lines.setFont(table_font)
        self.lines_model.bold = QFont(table_font)
        self.lines_model.bold.setBold(True)
        configure_table(self.lines)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.lines.setModel(self.lines_model)
        heads = self.lines.horizontalHeader()
        heads.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heads.setSectionResizeMode(PackingLinesModel.NAME, QHeaderView.ResizeMode.Stretch)
        rows = self.lines.verticalHeader()
        rows.setDefaultSectionSize(int(self.lines.fontMetrics().height() * 2))
        column.addWidget(self.lines, 1)

        bottom = QHBoxLayout()
        self.ship_now = QCheckBox(
            self.tr("Ship &when it may ship (paid, cash on delivery or on account)"), page
        )
        self.ship_now.setChecked(True)
        bottom.addWidget(self.ship_now, 1)
        self.finish_action = screen_action(
            self, self.tr("Finish: print && ship"), self.finish_order
        )
        self.finish_action.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"), QKeySequence("F12")]
        )
        self.finish_button = QPushButton(self.tr("Finish: print && ship  (Ctrl+Enter)"), page)
        self.finish_button.setObjectName("finishButton")
        bfont = self.finish_button.font()
        bfont.setPointSizeF(bfont.pointSizeF() * 1.3)
        bfont.setBold(True)
        self.finish_button.setFont(bfont)
        self.finish_button.setMinimumHeight(48)
        self.finish_button.setAutoDefault(False)
        bottom.addWidget(self.finish_button)
        column.addLayout(bottom)

        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.finish_button.clicked.connect(self.finish_order)
        page.setTabOrder(self.scan_edit, self.reset_button)
        page.setTabOrder(self.reset_button, self.close_button)
        page.setTabOrder(self.close_button, self.ship_now)
        page.setTabOrder(self.ship_now, self.finish_button)
        return page

    def _build_batch(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Tick the orders to pick. One pick list groups their items by location; the "
                "shipping labels come out in the same order as this list."
            ),
            page,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.batch_notice = NoticeBar(page)
        column.addWidget(self.batch_notice)
        self.batch_model = OrdersToPackModel(self)
        self.batch_table = QTableView(page)
        self.batch_table.setObjectName("batchOrders")
        self.batch_table.setAccessibleName(self.tr("Warehouse-approved orders"))
        configure_table(self.batch_table)
        self.batch_table.setModel(self.batch_model)
        heads = self.batch_table.horizontalHeader()
        heads.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heads.setSectionResizeMode(OrdersToPackModel.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.batch_table, 1)
        buttons = QHBoxLayout()
        self.batch_summary = QLabel(page)
        buttons.addWidget(self.batch_summary, 1)
        self.select_all_button = QPushButton(self.tr("Tick &all"), page)
        self.select_none_button = QPushButton(self.tr("Tick &none"), page)
        self.batch_refresh_button = QPushButton(self.tr("&Reload"), page)
        self.batch_button = QPushButton(self.tr("Pick &list + labels"), page)
        self.batch_button.setObjectName("batchButton")
        for b in (
            self.select_all_button,
            self.select_none_button,
            self.batch_refresh_button,
            self.batch_button,
        ):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        column.addLayout(buttons)
        self.batch_model.dataChanged.connect(self._update_batch_summary)
        self.batch_model.modelReset.connect(self._update_batch_summary)
        self.select_all_button.clicked.connect(self._on_select_all_button_clicked)
        self.select_none_button.clicked.connect(self._on_select_none_button_clicked)
        self.batch_refresh_button.clicked.connect(self.refresh_batch)
        self.batch_button.clicked.connect(self.make_batch)
        page.setTabOrder(self.batch_table, self.select_all_button)
        page.setTabOrder(self.select_all_button, self.select_none_button)
        page.setTabOrder(self.select_none_button, self.batch_refresh_button)
        page.setTabOrder(self.batch_refresh_button, self.batch_button)
        return page

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open order and the batch list."""
        if self.view is not None:
            try:
                self._show_view(packing.packing_view(self._ctx, self._actor, self.view.order_id))
            except KnownError as exc:
                self._show_view(None)
                self._say(translate_error(exc), False)
        if self.tabs.currentWidget() is self.batch:
            self.refresh_batch()
        self._focus_scan()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_scan()

    def _focus_scan(self) -> None:
        if self.tabs.currentWidget() is self.station:
            self.scan_edit.setFocus()

    @property
    def packing_open(self) -> bool:
        """Whether an order is open and still being packed."""
        return self.view is not None and self.view.state == OrderState.WAREHOUSE_APPROVED

    def _show_view(self, view: PackingView | None) -> None:
        self.view = view
        self.lines_model.set_lines(view.lines if view else ())
        if view is None:
            for label in (
                self.customer_label,
                self.delivery_label,
                self.payment_label,
                self.note_label,
            ):
                label.setText("")
            self.number_label.setText(self.tr("(no order open)"))
            self.tracking_label.setText("—")
        else:
            state = QCoreApplication.translate("OrderState", STATE_LABELS.get(view.state, ""))
            self.number_label.setText(f"{view.number}  ·  {state}")
            self.tracking_label.setText(view.tracking_number or "—")
            customer = view.ship_name or view.customer_name
            self.customer_label.setText(
                "\n".join(x for x in (customer, view.ship_phone, view.ship_address) if x)
            )
            self.delivery_label.setText(view.delivery_name)
            payment = payment_text(view.payment_status, view.payment_terms)
            if view.balance_minor > 0:
                payment += " · " + self.tr("{amount} owed").format(
                    amount=money_text(view.balance_minor, self.currency)
                )
            self.payment_label.setText(payment)
            self.note_label.setText(view.warehouse_note)
        may = self._actor.can("warehouse.pack")
        self.reset_button.setEnabled(may and self.packing_open)
        self.close_button.setEnabled(view is not None)
        self.finish_button.setEnabled(may and self.packing_open)
        self.finish_action.setEnabled(may and self.packing_open)

    def _say(self, text: str, ok: bool | None, detail: str = "") -> None:
        """The status strip: green (ok), red with a beep (not ok) or neutral (None)."""
        self.status.setText(text)
        self.status.setStyleSheet(_NEUTRAL if ok is None else _GOOD if ok else _BAD)
        self.status_detail.setText(detail)
        if ok is False:
            QApplication.beep()

    def _progress_text(self, view: PackingView) -> str:
        if view.complete:
            return self.tr("OK — all {units} scanned: Finish (Ctrl+Enter) prints and ships").format(
                units=view.units
            )
        return self.tr("OK — {scanned} of {units} scanned").format(
            scanned=view.scanned, units=view.units
        )

    # -- scans ---------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """With no order being packed the code opens the order with that number or
        waybill; otherwise it verifies one item of the open order.  A wrong or extra item
        is refused in red with a beep; another order's number switches to that order only
        when this one is complete or after confirmation."""
        code = code.strip()
        self.scan_edit.clear()
        if self.tabs.currentWidget() is not self.station:
            self.tabs.setCurrentWidget(self.station)
        if not code:
            self._focus_scan()
            return
        if self.finishing:
            self._say(self.tr("Still finishing the last order — scan again in a moment."), False)
            return
        self.notice.clear()
        try:
            if not self.packing_open:
                self._open(code)
            elif self.view is not None and code.upper() in (
                self.view.number.upper(),
                self.view.tracking_number.upper(),
            ):
                self._say(
                    self.tr("{number} is already open.").format(number=self.view.number),
                    None,
                    self._progress_text(self.view),
                )
            else:
                self._verify(code)
        except KnownError as exc:
            self._say(translate_error(exc), False, self._so_far())
        except Exception as exc:
            show_error(self, exc)
        self._focus_scan()

    def _so_far(self) -> str:
        """Where the open order stands, under a refusal."""
        if not self.packing_open or self.view is None:
            return ""
        return self.tr("{number}: {scanned} of {units} scanned so far.").format(
            number=self.view.number, scanned=self.view.scanned, units=self.view.units
        )

    def _open(self, code: str) -> None:
        view = packing.open_for_packing(self._ctx, self._actor, code)
        self._show_view(view)
        if view.complete:
            text = self._progress_text(view)
        else:
            text = self.tr("{number} open — scan each item ({scanned} of {units} scanned)").format(
                number=view.number, scanned=view.scanned, units=view.units
            )
        self._say(text, None if not view.complete else True)

    def _verify(self, code: str) -> None:
        assert self.view is not None
        try:
            scan = packing.scan_item(self._ctx, self._actor, self.view.order_id, code)
        except packing.WrongItem as wrong:
            if not self._maybe_switch(code):
                self._say(translate_error(wrong), False, self._so_far())
            return
        except packing.AlreadyPacked as extra:
            self._refresh_view()
            self._say(translate_error(extra), False, self._so_far())
            return
        self._refresh_view()
        line = scan.line
        self.lines.selectRow(self.lines_model.row_of(line.id))
        detail = self.tr("{sku} · {name}: {packed} of {quantity}").format(
            sku=line.sku, name=line.name, packed=scan.packed, quantity=scan.quantity
        )
        if self.view is not None:
            self._say(self._progress_text(self.view), True, detail)

    def _refresh_view(self) -> None:
        if self.view is not None:
            self._show_view(packing.packing_view(self._ctx, self._actor, self.view.order_id))

    def _maybe_switch(self, code: str) -> bool:
        """``code`` was no item of the open order: if it is another order's number, switch
        (when the open one is complete or the user confirms).  Returns whether it was an
        order number."""
        try:
            other = packing.open_for_packing(self._ctx, self._actor, code)
        except NotFound:
            return False
        assert self.view is not None
        if not self.view.complete and not self.confirm_switch(self.view, other):
            self._say(
                self.tr("Still packing {number}; {other} was not opened.").format(
                    number=self.view.number, other=other.number
                ),
                None,
                self._progress_text(self.view),
            )
            return True
        self._show_view(other)
        self._say(
            self.tr("{number} open — scan each item ({scanned} of {units} scanned)").format(
                number=other.number, scanned=other.scanned, units=other.units
            ),
            None,
        )
        return True

    def confirm_switch(self, current: PackingView, other: PackingView) -> bool:
        """Ask before leaving an order whose items are not all scanned (tests patch it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Switch orders?"),
            self.tr(
                "{number} has {scanned} of {units} items scanned. Put it aside and open "
                "{other}? Its scans are kept."
            ).format(
                number=current.number,
                scanned=current.scanned,
                units=current.units,
                other=other.number,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- finishing -----------------------------------------------------------------------

    def documents_folder(self) -> Path:
        """Where PDFs are saved: the override, the desk setting ``documents_folder``, the
        data folder's ``documents``, or the user's documents folder."""
        if self.documents_dir is not None:
            return self.documents_dir
        settings = getattr(self._main, "settings", None)
        extra = getattr(settings, "extra", None) or {}
        if extra.get("documents_folder"):
            return Path(extra["documents_folder"])
        data_dir = getattr(settings, "data_dir", None)
        if data_dir is not None:
            return Path(data_dir) / "documents"
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) / "MerchantApp"

    def open_documents(self, paths: Sequence[Path]) -> None:
        """Open the saved PDFs in the desktop's viewer (tests patch this)."""
        for path in paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _run(self, work: Callable[[Any], Any], on_done: Callable[[Any], None], label: str) -> None:
        """Run ``work(progress)`` through the window's task runner, else here and now."""
        if self.runner is not None:
            self.runner.run(
                lambda progress, _token: work(progress),
                on_done=on_done,
                on_error=self._on_task_error,
                parent_widget=self,
                label=label,
                changes="orders",
            )
            return
        try:
            result = work(lambda *_a, **_k: None)
        except Exception as exc:
            self._on_task_error(exc)
            return
        on_done(result)

    def _on_task_error(self, exc: BaseException) -> None:
        self.finishing = False
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        if self.tabs.currentWidget() is self.batch:
            self.batch_notice.show_message(translate_error(exc), NoticeBar.ERROR)
            QApplication.beep()
        else:
            self._say(translate_error(exc), False)
            self._refresh_quietly()
        self._focus_scan()

    def _refresh_quietly(self) -> None:
        with contextlib.suppress(KnownError):
            self._refresh_view()

    def finish_order(self) -> None:
        """Pack, ship when it may, save the packing slip and label and open them."""
        if not self.packing_open or self.view is None:
            self._focus_scan()
            return
        if self.finishing:
            return
        ctx, actor, order_id = self._ctx, self._actor, self.view.order_id
        ship_now, folder = self.ship_now.isChecked(), self.documents_folder()

        def work(progress: Any) -> tuple[packing.PackResult, list[Path]]:
            progress(0, 0, "")
            result = packing.finish(ctx, actor, order_id, ship_now, tr=documents_tr)
            return result, packing.save_documents(result, folder)

        self.finishing = True
        self._say(self.tr("Packing and printing {number}…").format(number=self.view.number), None)
        self._run(work, self._on_finished, self.tr("Packing and printing…"))

    def _on_finished(self, outcome: tuple[packing.PackResult, list[Path]]) -> None:
        result, paths = outcome
        self.finishing = False
        self.last_result, self.saved_paths = result, paths
        self._refresh_quietly()
        folder = str(paths[0].parent) if paths else ""
        if result.shipped:
            text = self.tr("Shipped with {tracking}").format(tracking=result.tracking_number)
            ok: bool | None = True
        elif result.not_shipped_reason == "unpaid":
            text = self.tr("Packed; not shipped: unpaid ({amount} owed)").format(
                amount=money_text(result.balance_minor, self.currency)
            )
            ok = False
        else:
            text = self.tr("Packed; not shipped yet")
            ok = None
        self._say(
            text,
            ok,
            self.tr(
                "{number}: packing slip and label saved in {folder}. Scan the next order."
            ).format(number=result.number, folder=folder),
        )
        self.open_documents(paths)
        self._focus_scan()

    # -- batch mode ----------------------------------------------------------------------

    def refresh_batch(self) -> None:
        """Reload the warehouse-approved orders."""
        try:
            rows = packing.orders_to_pack(self._ctx, self._actor)
        except KnownError as exc:
            self.batch_model.set_rows([])
            self.batch_notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.batch_model.set_rows(rows)

    def _update_batch_summary(self, *_args: Any) -> None:
        chosen = len(self.batch_model.checked_ids())
        self.batch_summary.setText(
            self.tr("{chosen} of {total} orders ticked").format(
                chosen=chosen, total=self.batch_model.rowCount()
            )
        )
        self.batch_button.setEnabled(chosen > 0 and self._actor.can("warehouse.pack"))

    def make_batch(self) -> None:
        """Make the pick list and the labels of the ticked orders (same order), save and
        open them."""
        ids = self.batch_model.checked_ids()
        if not ids:
            self.batch_notice.show_message(self.tr("Tick at least one order."), NoticeBar.WARNING)
            return
        ctx, actor, folder = self._ctx, self._actor, self.documents_folder()

        def work(progress: Any) -> list[Path]:
            progress(0, 2, QCoreApplication.translate("PackingPanel", "Making the pick list…"))
            pick = packing.pick_list(ctx, actor, ids, tr=documents_tr)
            progress(1, 2, QCoreApplication.translate("PackingPanel", "Making the labels…"))
            labels = packing.shipping_labels(ctx, actor, ids, tr=documents_tr)
            progress(2, 2, "")
            return packing.save_batch(pick, labels, folder, ctx.clock())

        def done(paths: list[Path]) -> None:
            self.saved_paths = paths
            self.batch_notice.show_message(
                self.tr("Pick list and labels for {count} orders saved in {folder}.").format(
                    count=len(ids), folder=str(paths[0].parent)
                ),
                NoticeBar.SUCCESS,
            )
            self.open_documents(paths)

        self.batch_notice.clear()
        self._run(work, done, self.tr("Making the pick list and labels…"))

    # -- slots ---------------------------------------------------------------------------

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.batch:
            self.refresh_batch()
        else:
            QTimer.singleShot(0, self, self._focus_scan)

    def _on_scan_edit_return_pressed(self) -> None:
        self.handle_scan(self.scan_edit.text())

    def _on_reset_button_clicked(self) -> None:
        if self.view is None:
            return
        try:
            view = packing.reset_scans(self._ctx, self._actor, self.view.order_id)
        except KnownError as exc:
            self._say(translate_error(exc), False)
        else:
            self._show_view(view)
            self._say(
                self.tr("Scans cleared: scan every item of {number} again.").format(
                    number=view.number
                ),
                None,
            )
        self._focus_scan()

    def _on_close_button_clicked(self) -> None:
        self._show_view(None)
        self._say(self.tr("Scan an order number or waybill to start."), None)
        self._focus_scan()

    def _on_select_all_button_clicked(self) -> None:
        self.batch_model.set_all(True)

    def _on_select_none_button_clicked(self) -> None:
        self.batch_model.set_all(False)
