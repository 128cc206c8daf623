"""Receiving goods against purchase orders, built for a scanner (INV-3).

The panel lists the open purchase orders (draft, ordered, partly received) and the lines
of the selected one.  A draft is placed with one click; an ordered one is received in
:class:`ReceiveDialog`: each scan of a barcode or SKU on the order adds one to that
line's "receiving now" (a code that is not on the order is refused in red, with a beep),
quantities can also be typed, and OK books the whole receipt in one transaction.  A
refusal (say, more than was ordered) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.widgets import (
    ROOT,
    ModelIndex,
    NoticeBar,
    configure_table,
    local_datetime_text,
)
from merchant_app.services import purchasing_queries, stock
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.purchasing_queries import PurchaseLineRow, PurchaseOrderDetail

_OK_STYLE = "QLabel { color: palette(text); background: rgba(46,150,67,60); padding: 10px; }"
_BAD_STYLE = "QLabel { color: palette(text); background: rgba(205,45,45,70); padding: 10px; }"
RECEIVABLE = frozenset(stock.PO_RECEIVABLE)


def po_status_text(status: str) -> str:
    """A purchase order's status in words."""
    names = {
        "draft": QCoreApplication.translate("Inventory", "Draft"),
        "ordered": QCoreApplication.translate("Inventory", "Ordered"),
        "partly_received": QCoreApplication.translate("Inventory", "Partly received"),
        "received": QCoreApplication.translate("Inventory", "Received"),
        "cancelled": QCoreApplication.translate("Inventory", "Cancelled"),
    }
    return names.get(status, status)


def supplier_text(name: str) -> str:
    """The supplier's name, or a placeholder for an order without one."""
    return name or QCoreApplication.translate("Inventory", "(no supplier)")


class PurchaseOrdersModel(PagedTableModel[Any]):
    """Open purchase orders, newest first, paged by (created, id)."""

    NUMBER, SUPPLIER, LOCATION, STATUS, CREATED, PROGRESS = range(6)
    RIGHT_ALIGNED = frozenset({PROGRESS})

    def titles(self) -> Sequence[str]:
        return (
            self.tr("Number"),
            self.tr("Supplier"),
            self.tr("Location"),
            self.tr("Status"),
            self.tr("Created"),
            self.tr("Received / ordered"),
        )

    def key(self, row: Any) -> Any:
        return row.cursor

    def cell(self, row: Any, column: int) -> str:
        if column == self.NUMBER:
            return str(row.number)
        if column == self.SUPPLIER:
            return supplier_text(row.supplier_name)
        if column == self.LOCATION:
            return f"{row.location_code} · {row.location_name}"
        if column == self.STATUS:
            return po_status_text(row.status)
        if column == self.CREATED:
            return local_datetime_text(row.created_at)
        return f"{row.received} / {row.ordered}"


class PurchaseLinesModel(PagedTableModel[Any]):
    """The selected order's lines (one page: an order has a handful of lines)."""

    SKU, NAME, ORDERED, RECEIVED, DUE = range(5)
    RIGHT_ALIGNED = frozenset({ORDERED, RECEIVED, DUE})

    def titles(self) -> Sequence[str]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Received"),
            self.tr("Still due"),
        )

    def key(self, row: Any) -> Any:
        return row.sku

    def cell(self, row: Any, column: int) -> str:
        if column == self.SKU:
            return str(row.sku)
        if column == self.NAME:
            return str(row.name)
        return str((row.ordered, row.received, row.due)[column - self.ORDERED])


def line_for_code(lines: Sequence[PurchaseLineRow], code: str) -> int | None:
    """The index of the line whose barcode (exactly) or SKU (any case) is ``code``."""
    wanted = code.strip()
    for i, line in enumerate(lines):
        if wanted in line.barcodes:
            return i
    folded = wanted.casefold()
    for i, line in enumerate(lines):
        if line.sku.casefold() == folded:
            return i
    return None


class ReceiveModel(QAbstractTableModel):
    """The lines being received: ordered, received before, still due and the editable
    "receiving now" (scans add to it; typing replaces it; never negative)."""

    SKU, NAME, ORDERED, RECEIVED, DUE, NOW = range(6)
    RIGHT_ALIGNED = frozenset({ORDERED, RECEIVED, DUE, NOW})
    MAXIMUM = 1_000_000

    def __init__(self, lines: Sequence[PurchaseLineRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = list(lines)
        self.now = [0] * len(self.lines)

    def titles(self) -> Sequence[str]:
        """Column titles (translated)."""
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Received"),
            self.tr("Still due"),
            self.tr("Receiving now"),
        )

    def add(self, row: int, qty: int = 1) -> int:
        """Add ``qty`` to ``row``'s "receiving now"; returns the new figure."""
        self.setData(self.index(row, self.NOW), self.now[row] + qty)
        return self.now[row]

    def fill_due(self) -> None:
        """Receive everything still due on every line."""
        for row, line in enumerate(self.lines):
            self.setData(self.index(row, self.NOW), line.due)

    def receipt(self) -> list[tuple[str, int]]:
        """(line id, quantity) of every line receiving something now."""
        return [(ln.id, n) for ln, n in zip(self.lines, self.now, strict=True) if n > 0]

    def over_due(self) -> list[PurchaseLineRow]:
        """The lines where more is being received than is still due."""
        return [ln for ln, n in zip(self.lines, self.now, strict=True) if n > ln.due]

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            return self.titles()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NOW:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.lines) and 0 <= column < self.columnCount()):
            return None
        line, now = self.lines[row], self.now[row]
        if role == Qt.ItemDataRole.EditRole and column == self.NOW:
            return now
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (line.sku, line.name, line.ordered, line.received, line.due, now)
            return str(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and column == self.NOW and now:
            return QColor(205, 45, 45, 70) if now > line.due else QColor(46, 150, 67, 60)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.NOW:
            return False
        try:
            qty = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= qty <= self.MAXIMUM or not 0 <= index.row() < len(self.lines):
            return False
        self.now[index.row()] = qty
        self.dataChanged.emit(index, index)
        return True


class ReceiveDialog(QDialog):
    """Receive goods against one purchase order: scan or type, then OK (one receipt)."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        detail: PurchaseOrderDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.order = detail.order
        self.result_info: stock.PurchaseOrderInfo | None = None
        self.received_units = 0
        self.setWindowTitle(self.tr("Receive {number}").format(number=self.order.number))
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("<b>{number}</b> · {supplier} · to {location}").format(
                number=self.order.number,
                supplier=supplier_text(self.order.supplier_name),
                location=f"{self.order.location_code} · {self.order.location_name}",
            ),
            self,
        )
        layout.addWidget(title)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.feedback = QLabel(self.tr("Scan each item, or type the quantities."), self)
        self.feedback.setObjectName("scanFeedback")
        font = self.feedback.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.feedback.setFont(font)
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        codes = QHBoxLayout()
        code_label = QLabel(self.tr("&Code:"), self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("Scan, or type a barcode or SKU and press Enter"))
        self.code_edit.setAccessibleName(self.tr("Barcode or SKU"))
        code_label.setBuddy(self.code_edit)
        codes.addWidget(code_label)
        codes.addWidget(self.code_edit, 1)
        self.fill_button = QPushButton(self.tr("Receive &all due"), self)
        self.fill_button.setAutoDefault(False)
        codes.addWidget(self.fill_button)
        layout.addLayout(codes)
        self.model = ReceiveModel(detail.lines, self)
        self.table = QTableView(self)
        self.table.setObjectName("receiveLines")
        configure_table(self.table)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReceiveModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Type a quantity in “Receiving now” to change it"))
        layout.addWidget(self.table, 1)
        self.totals = QLabel(self)
        layout.addWidget(self.totals)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Receive"))
        ok.setAutoDefault(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.fill_button.clicked.connect(self._on_fill_button_clicked)
        self.model.dataChanged.connect(self._update_totals)
        self.setTabOrder(self.code_edit, self.fill_button)
        self.setTabOrder(self.fill_button, self.table)
        self.setTabOrder(self.table, self.buttons)
        self._update_totals()
        self.setMinimumSize(640, 360)
        self.resize(820, 480)
        self.code_edit.setFocus()

    def handle_scan(self, code: str) -> bool:
        """Add one of the scanned product to its line; a code not on this order is
        refused in red with a beep.  Returns whether the scan was taken."""
        row = line_for_code(self.model.lines, code)
        if row is None:
            self._say(
                self.tr("{code} is not on {number}: set the item aside.").format(
                    code=code.strip(), number=self.order.number
                ),
                ok=False,
            )
            return False
        n = self.model.add(row)
        line = self.model.lines[row]
        self.table.selectRow(row)
        if n > line.due:
            self._say(
                self.tr("{name} ({sku}): receiving {n}, but only {due} still due.").format(
                    name=line.name, sku=line.sku, n=n, due=line.due
                ),
                ok=False,
            )
        else:
            self._say(
                self.tr("{name} ({sku}): receiving {n} of {due} due.").format(
                    name=line.name, sku=line.sku, n=n, due=line.due
                ),
                ok=True,
            )
        return True

    def accept(self) -> None:
        """Book the receipt (one transaction); on a refusal stay open and say why."""
        lines = self.model.receipt()
        if not lines:
            self.notice.show_message(self.tr("Nothing to receive yet."), NoticeBar.WARNING)
            return
        try:
            self.result_info = stock.receive(self._ctx, self._actor, self.order.id, lines)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            QApplication.beep()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.received_units = sum(n for _, n in lines)
        super().accept()

    def _say(self, text: str, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(_OK_STYLE if ok else _BAD_STYLE)
        if not ok:
            QApplication.beep()

    def _update_totals(self, *_args: Any) -> None:
        lines = self.model.receipt()
        self.totals.setText(
            self.tr("Receiving {units} units on {lines} of {all} lines.").format(
                units=sum(n for _, n in lines), lines=len(lines), all=self.model.rowCount()
            )
        )

    def _on_code_edit_return_pressed(self) -> None:
        code = self.code_edit.text().strip()
        self.code_edit.clear()
        if code:
            self.handle_scan(code)

    def _on_fill_button_clicked(self) -> None:
        self.model.fill_due()
        self._say(self.tr("Everything still due is entered."), ok=True)


class ReceivingPanel(QWidget):
    """Open purchase orders and their lines; place drafts, receive ordered goods."""

    def __init__(
        self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._currency = ctx, actor, currency
        self.detail: PurchaseOrderDetail | None = None
        self.receive_dialog: ReceiveDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.summary = QLabel(self.tr("Select a purchase order."), self)
        self.summary.setWordWrap(True)
        buttons.addWidget(self.summary, 1)
        self.place_button = QPushButton(self.tr("P&lace order"), self)
        self.place_button.setToolTip(self.tr("Send a draft to the supplier: it can be received"))
        self.receive_button = QPushButton(self.tr("Recei&ve…"), self)
        self.receive_button.setToolTip(self.tr("Receive goods against this order by scanning"))
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.receive_button)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.orders_model = PurchaseOrdersModel(self)
        self.orders = QTableView(self)
        self.orders.setObjectName("purchaseOrders")
        self.orders.setAccessibleName(self.tr("Open purchase orders"))
        configure_table(self.orders)
        self.orders.setModel(self.orders_model)
        header = self.orders.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PurchaseOrdersModel.SUPPLIER, QHeaderView.ResizeMode.Stretch)
        self.lines_model = PurchaseLinesModel(self)
        self.lines = QTableView(self)
        self.lines.setObjectName("purchaseLines")
        self.lines.setAccessibleName(self.tr("Lines of the selected purchase order"))
        configure_table(self.lines)
        self.lines.setModel(self.lines_model)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PurchaseLinesModel.NAME, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self._captioned(self.tr("Open purchase orders"), self.orders))
        splitter.addWidget(self._captioned(self.tr("Lines of the selected order"), self.lines))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.orders.selectionModel().currentRowChanged.connect(self._on_orders_current_row_changed)
        self.orders.activated.connect(self._on_orders_activated)
        self.place_button.clicked.connect(self._on_place_button_clicked)
        self.receive_button.clicked.connect(self._on_receive_button_clicked)
        self.setTabOrder(self.orders, self.place_button)
        self.setTabOrder(self.place_button, self.receive_button)
        self.setTabOrder(self.receive_button, self.lines)
        self._update_buttons()

    def _captioned(self, caption: str, table: QTableView) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        label = QLabel(caption, box)
        label.setBuddy(table)
        column.addWidget(label)
        column.addWidget(table, 1)
        return box

    # -- loading -------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the open orders, keeping (or moving to ``select_id``) the selection."""
        keep = select_id or (self.detail.order.id if self.detail else None)
        self.detail = None  # read again below, even if the same order stays selected
        ctx, actor = self._ctx, self._actor

        def fetch(after: Any, limit: int) -> list[Any]:
            return purchasing_queries.list_purchase_orders(ctx, actor, limit=limit, before=after)

        try:
            self.orders_model.set_query(fetch)
        except KnownError as exc:
            self.orders_model.set_query(None)
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self._show_order(None)
            return
        rows = self.orders_model.loaded_rows()
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if index >= 0:
            self.orders.selectRow(index)  # loads its lines through currentRowChanged
        if self.detail is None:
            self._show_order(rows[index].id if index >= 0 else None)

    def select_order(self, purchase_order_id: str) -> bool:
        """Select that order in the list (if it is open); returns whether it is shown."""
        for i, row in enumerate(self.orders_model.loaded_rows()):
            if row.id == purchase_order_id:
                self.orders.selectRow(i)
                return True
        return False

    def _show_order(self, purchase_order_id: str | None) -> None:
        self.detail = None
        if purchase_order_id is not None:
            try:
                self.detail = purchasing_queries.purchase_order_detail(
                    self._ctx, self._actor, purchase_order_id
                )
            except KnownError as exc:
                self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        if self.detail is None:
            self.lines_model.set_query(None)
            self.summary.setText(self.tr("Select a purchase order."))
        else:
            lines = list(self.detail.lines)
            self.lines_model.set_query(lambda after, _n: [] if after else lines)
            order = self.detail.order
            self.summary.setText(
                self.tr("{number} · {supplier} · {status} · {due} units still due").format(
                    number=order.number,
                    supplier=supplier_text(order.supplier_name),
                    status=po_status_text(order.status),
                    due=sum(ln.due for ln in lines),
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.detail.order.status if self.detail else ""
        may = self._actor.can("stock.receive")
        self.place_button.setEnabled(may and status == "draft")
        self.receive_button.setEnabled(may and status in RECEIVABLE)

    # -- scans ---------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """With the receive dialog open, the scan receives one item; otherwise it selects
        the scanned product's line of the selected order (or says it is not on it)."""
        if self.receive_dialog is not None:
            self.receive_dialog.handle_scan(code)
            return
        if self.detail is None:
            self.notice.show_message(
                self.tr("Select a purchase order before scanning."), NoticeBar.WARNING
            )
            QApplication.beep()
            return
        row = line_for_code(self.detail.lines, code)
        if row is None:
            self.notice.show_message(
                self.tr("{code} is not on {number}.").format(
                    code=code.strip(), number=self.detail.order.number
                ),
                NoticeBar.ERROR,
            )
            QApplication.beep()
            return
        self.notice.clear()
        self.lines.selectRow(row)

    # -- slots ---------------------------------------------------------------------------

    def _on_orders_current_row_changed(self, current: Any, _previous: Any) -> None:
        row = self.orders_model.row_at(current.row())
        if row is None:
            self._show_order(None)
        elif self.detail is None or self.detail.order.id != row.id:
            self._show_order(row.id)

    def _on_orders_activated(self, _index: Any) -> None:
        if self.receive_button.isEnabled():
            self.open_receive_dialog()

    def _on_place_button_clicked(self) -> None:
        if self.detail is None:
            return
        try:
            info = stock.place_purchase_order(self._ctx, self._actor, self.detail.order.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.notice.show_message(
            self.tr("{number} is placed and can be received.").format(number=info.number),
            NoticeBar.SUCCESS,
        )
        self.refresh(info.id)

    def _on_receive_button_clicked(self) -> None:
        self.open_receive_dialog()

    def open_receive_dialog(self) -> ReceiveDialog | None:
        """Open (window-modal, without blocking) the receive dialog for the selected
        order; scans go to it while it is open.  Returns the dialog."""
        if self.detail is None or self.detail.order.status not in RECEIVABLE:
            return None
        if self.receive_dialog is not None:
            return self.receive_dialog
        self.notice.clear()
        dialog = ReceiveDialog(self._ctx, self._actor, self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_receive_dialog_finished)
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def _on_receive_dialog_finished(self, _result: int) -> None:
        dialog, self.receive_dialog = self.receive_dialog, None
        if dialog is None or dialog.result_info is None:
            return
        info = dialog.result_info
        self.notice.show_message(
            self.tr("Received {units} units on {number}. Status: {status}.").format(
                units=dialog.received_units,
                number=info.number,
                status=po_status_text(info.status),
            ),
            NoticeBar.SUCCESS,
        )
        self.refresh(info.id)
