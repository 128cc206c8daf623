"""End-of-day settlement of this desk (ORD-5): what the payments say per method, what was
counted (cash must be counted; other methods start at what is expected), the difference
shown as it is typed (red when short), settling, and the report as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
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
from merchant_app.gui.widgets import (
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    configure_table,
    heading_label,
    local_datetime_text,
    size_columns,
)
from merchant_app.money import format_plain, minor_digits, parse_amount
from merchant_app.services import orders, settlement
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.settlement import SettlementInfo, SettlementPreview

_SHORT = QColor(205, 45, 45)
_OVER = QColor(214, 150, 0)


def method_text(method: str) -> str:
    """A payment method in words."""
    return QCoreApplication.translate("PaymentMethod", orders.METHOD_LABELS.get(method, method))


class SettlementsModel(RecordsTableModel[SettlementInfo]):
    """Past settlements, newest first."""

    NUMBER, AT, DESK, BY, PAYMENTS, CASH, DIFFERENCE = range(7)
    COLUMNS = 7
    RIGHT = frozenset({PAYMENTS, CASH, DIFFERENCE})

    def __init__(self, currency: str = "CNY", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return (
                self.tr("Number"),
                self.tr("Settled"),
                self.tr("Desk"),
                self.tr("By"),
                self.tr("Payments"),
                self.tr("Cash counted"),
                self.tr("Difference"),
            )[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if row is None or not 0 <= column < self.COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cash = row.line("cash")
            values = (
                row.number,
                local_datetime_text(row.at),
                row.desk_code,
                row.user_login,
                str(row.payments_count),
                money_text(cash.counted_minor if cash else 0, self.currency),
                money_text(row.difference_minor, self.currency),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.DIFFERENCE
            and row.difference_minor < 0
        ):
            return _SHORT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class SettlementPanel(QWidget):
    """Count the drawer and settle this desk; past settlements and their reports."""

    METHOD, TAKEN, REFUNDED, EXPECTED, COUNTED, DIFFERENCE = range(6)

    def __init__(
        self, ctx: AppContext, actor: Actor, main_window: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.main_window = ctx, actor, main_window
        shop = getattr(main_window, "shop", None)
        self.currency = getattr(shop, "currency", "") or self._shop_currency()
        self.digits = minor_digits(self.currency)
        self.preview: SettlementPreview | None = None
        self.edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("End-of-day settlement"), self), 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 6, top)
        self.table.setObjectName("settlementFigures")
        self.table.setAccessibleName(self.tr("Expected and counted per method"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Method"),
                self.tr("Taken"),
                self.tr("Refunded"),
                self.tr("Expected"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        configure_table(self.table)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top_layout.addWidget(self.table, 1)
        self.total_label = QLabel(top)
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.total_label.setFont(font)
        top_layout.addWidget(self.total_label)
        actions = QHBoxLayout()
        note_label = QLabel(self.tr("&Note:"), top)
        self.note_edit = QLineEdit(top)
        self.note_edit.setPlaceholderText(self.tr("Why the drawer is over or short, if it is"))
        note_label.setBuddy(self.note_edit)
        self.settle_button = QPushButton(self.tr("&Settle"), top)
        actions.addWidget(note_label)
        actions.addWidget(self.note_edit, 1)
        actions.addWidget(self.settle_button)
        top_layout.addLayout(actions)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        past_row = QHBoxLayout()
        past_label = QLabel(self.tr("&Past settlements"), bottom)
        self.report_button = QPushButton(self.tr("Save report &PDF…"), bottom)
        past_row.addWidget(past_label, 1)
        past_row.addWidget(self.report_button)
        bottom_layout.addLayout(past_row)
        self.past_model = SettlementsModel(self.currency, self)
        self.past = QTableView(bottom)
        self.past.setObjectName("pastSettlements")
        configure_table(self.past)
        self.past.setModel(self.past_model)
        m = SettlementsModel
        size_columns(
            self.past,
            {m.NUMBER: 12, m.AT: 20, m.DESK: 6, m.PAYMENTS: 9, m.CASH: 14, m.DIFFERENCE: 12},
            stretch=m.BY,
        )
        past_label.setBuddy(self.past)
        bottom_layout.addWidget(self.past, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([320, 320])
        layout.addWidget(splitter, 1)
        may = actor.can(settlement.PERMISSION)
        self.settle_button.setEnabled(may)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.settle_button.clicked.connect(self._on_settle_button_clicked)
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.past.selectionModel().currentRowChanged.connect(self._on_past_current_row_changed)
        self._update_report_button()

    def _shop_currency(self) -> str:
        from merchant_app.services.shop import get_shop

        try:
            info = get_shop(self._ctx)
        except KnownError:
            return "CNY"
        return info.currency if info else "CNY"

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read this desk's unsettled payments and the past settlements again."""
        try:
            self.preview = settlement.preview(self._ctx, self._actor)
            past = settlement.list_settlements(self._ctx, self._actor)
        except KnownError as exc:
            self.preview = None
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self.table.setRowCount(0)
            self.settle_button.setEnabled(False)
            return
        self.past_model.set_rows(past)
        self._fill(self.preview)
        self._update_report_button()

    def _fill(self, pre: SettlementPreview) -> None:
        self.edits = {}
        self.table.setRowCount(len(pre.methods))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        previous: QWidget = self.refresh_button
        for row, fig in enumerate(pre.methods):
            values = (
                method_text(fig.method),
                money_text(fig.taken_minor, self.currency),
                money_text(fig.refunded_minor, self.currency),
                money_text(fig.expected_minor, self.currency),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
            edit = QLineEdit(self.table)
            edit.setAlignment(right)
            edit.setObjectName(f"counted_{fig.method}")
            edit.setAccessibleName(
                self.tr("Counted {method}").format(method=method_text(fig.method))
            )
            if fig.method == "cash":
                edit.setPlaceholderText(self.tr("count the drawer"))
            else:
                edit.setText(format_plain(fig.expected_minor, self.digits))
            edit.textChanged.connect(self._on_counted_text_changed)
            self.table.setCellWidget(row, self.COUNTED, edit)
            self.table.setItem(row, self.DIFFERENCE, QTableWidgetItem(""))
            self.table.item(row, self.DIFFERENCE).setTextAlignment(right)
            self.edits[fig.method] = edit
            self.setTabOrder(previous, edit)
            previous = edit
        self.setTabOrder(previous, self.note_edit)
        self.setTabOrder(self.note_edit, self.settle_button)
        self.setTabOrder(self.settle_button, self.past)
        self.setTabOrder(self.past, self.report_button)
        count = len(pre.payment_ids)
        if count:
            self.summary.setText(
                self.tr(
                    "Desk {desk}: {count} payments and refunds not yet settled, "
                    "from {first} to {last}."
                ).format(
                    desk=pre.desk_code,
                    count=count,
                    first=local_datetime_text(pre.first_at),
                    last=local_datetime_text(pre.last_at),
                )
            )
        else:
            self.summary.setText(
                self.tr("Desk {desk}: no payments since the last settlement.").format(
                    desk=pre.desk_code
                )
            )
        self._update_differences()
        cash = self.edits.get("cash")
        if cash is not None:
            cash.setFocus()

    def set_counted(self, method: str, text: str) -> None:
        """Type ``text`` as the counted amount of ``method``."""
        edit = self.edits.get(method)
        if edit is not None:
            edit.setText(text)

    def counted(self) -> dict[str, int]:
        """The counted amounts typed (cash only when typed); raises InvalidInput."""
        out: dict[str, int] = {}
        for method, edit in self.edits.items():
            text = edit.text().strip()
            if text:
                out[method] = parse_amount(
                    text.lstrip("-"), self.digits, field=method_text(method)
                ) * (-1 if text.startswith("-") else 1)
        return out

    def _update_differences(self) -> None:
        pre = self.preview
        if pre is None:
            return
        total = 0
        problem = False
        for row, fig in enumerate(pre.methods):
            edit = self.edits[fig.method]
            item = self.table.item(row, self.DIFFERENCE)
            text = edit.text().strip()
            try:
                counted = (
                    parse_amount(text.lstrip("-"), self.digits)
                    * (-1 if text.startswith("-") else 1)
                    if text
                    else None
                )
            except KnownError:
                counted = None
                problem = bool(text)
            if counted is None:
                item.setText(self.tr("not counted") if not text else self.tr("not an amount"))
                item.setForeground(_SHORT if text else self.palette().placeholderText().color())
                continue
            diff = counted - fig.expected_minor
            total += diff
            item.setText(("+" if diff > 0 else "") + money_text(diff, self.currency))
            item.setForeground(
                _SHORT if diff < 0 else _OVER if diff > 0 else self.palette().text().color()
            )
        cash_typed = bool(self.edits.get("cash") and self.edits["cash"].text().strip())
        if not cash_typed:
            self.total_label.setText(self.tr("Count the cash in the drawer."))
            self.total_label.setStyleSheet("")
        elif total < 0:
            self.total_label.setText(
                self.tr("Short by {amount}").format(amount=money_text(-total, self.currency))
            )
            self.total_label.setStyleSheet("color: rgb(205, 45, 45);")
        elif total > 0:
            self.total_label.setText(
                self.tr("Over by {amount}").format(amount=money_text(total, self.currency))
            )
            self.total_label.setStyleSheet("color: rgb(170, 110, 0);")
        else:
            self.total_label.setText(self.tr("Balanced: counted equals expected."))
            self.total_label.setStyleSheet("color: rgb(46, 150, 67);")
        self.settle_button.setEnabled(
            self._actor.can(settlement.PERMISSION) and cash_typed and not problem
        )

    def _update_report_button(self) -> None:
        self.report_button.setEnabled(
            self._actor.can(settlement.PERMISSION) and self._selected_past() is not None
        )

    def _selected_past(self) -> SettlementInfo | None:
        index = self.past.currentIndex()
        return self.past_model.row_at(index.row()) if index.isValid() else None

    # -- actions -------------------------------------------------------------------------

    def settle(self) -> SettlementInfo | None:
        """Settle with the counted amounts; returns the settlement (None if refused)."""
        if self.preview is None:
            return None
        try:
            info = settlement.settle(
                self._ctx,
                self._actor,
                self.counted(),
                self.note_edit.text(),
                payment_ids=self.preview.payment_ids,
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        diff = info.difference_minor
        if diff:
            text = self.tr("Settled as {number}; difference {amount}.").format(
                number=info.number, amount=money_text(diff, self.currency)
            )
        else:
            text = self.tr("Settled as {number}; the drawer balances.").format(number=info.number)
        self.notice.show_message(
            text,
            NoticeBar.WARNING if diff else NoticeBar.SUCCESS,
            self.tr("Save report PDF…"),
            lambda: self.save_report(info.id),
        )
        self.note_edit.clear()
        self.refresh()
        row = self.past_model.row_of(info.id)
        if row >= 0:
            self.past.selectRow(row)
        return info

    def save_report(self, settlement_id: str) -> Path | None:
        """Ask where to save the report of ``settlement_id`` and write it there."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        info = self.past_model.row_at(self.past_model.row_of(settlement_id))
        name = f"settlement-{info.number if info else settlement_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save settlement report"), str(Path(start) / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        try:
            pdf = settlement.report_pdf(
                self._ctx,
                self._actor,
                settlement_id,
                translate=lambda context, text: QCoreApplication.translate(context, text),
                money=lambda minor: money_text(minor, self.currency),
            )
            Path(path).write_bytes(pdf)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return None
        except OSError as exc:
            self.notice.show_message(
                self.tr("The report could not be saved: {error}").format(error=exc.strerror),
                NoticeBar.ERROR,
            )
            return None
        self.notice.show_message(
            self.tr("Report saved to {path}.").format(path=path), NoticeBar.SUCCESS
        )
        return Path(path)

    # -- slots ---------------------------------------------------------------------------

    def _on_counted_text_changed(self, _text: str) -> None:
        self._update_differences()

    def _on_refresh_button_clicked(self) -> None:
        self.notice.clear()
        self.refresh()

    def _on_settle_button_clicked(self) -> None:
        self.settle()

    def _on_report_button_clicked(self) -> None:
        info = self._selected_past()
        if info is not None:
            self.save_report(info.id)

    def _on_past_current_row_changed(self, _current: Any, _previous: Any) -> None:
        self._update_report_button()
