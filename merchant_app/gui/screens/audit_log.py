"""The audit trail (SAFE-4): browse and filter it, verify its hash chain, export it.

The table pages through the trail newest first with keyset paging (``before_seq``), so
it stays quick however long the trail grows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error
from merchant_app.gui.widgets import (
    ROOT,
    LazyScreen,
    ModelIndex,
    NoticeBar,
    action_button,
    configure_table,
    heading_label,
    local_datetime_text,
    screen_action,
)
from merchant_app.services import audit
from merchant_app.services.audit import AuditRow
from merchant_app.services.context import Actor, AppContext

PAGE_SIZE = 500


def action_text(action: str) -> str:
    """An audited action in words (the technical name when it is not known here)."""
    names = {
        "shop.create": QCoreApplication.translate("AuditScreen", "Shop created"),
        "desk.register": QCoreApplication.translate("AuditScreen", "Desk registered"),
        "user.create": QCoreApplication.translate("AuditScreen", "User created"),
        "user.activate": QCoreApplication.translate("AuditScreen", "User reactivated"),
        "user.deactivate": QCoreApplication.translate("AuditScreen", "User deactivated"),
        "user.unlock": QCoreApplication.translate("AuditScreen", "User unlocked"),
        "user.role_change": QCoreApplication.translate("AuditScreen", "Role of user changed"),
        "role.save": QCoreApplication.translate("AuditScreen", "Role saved"),
        "login.ok": QCoreApplication.translate("AuditScreen", "Signed in"),
        "login.failed": QCoreApplication.translate("AuditScreen", "Sign-in failed"),
        "login.refused": QCoreApplication.translate("AuditScreen", "Sign-in refused"),
        "password.change": QCoreApplication.translate("AuditScreen", "Password changed"),
        "password.reset": QCoreApplication.translate("AuditScreen", "Password reset"),
        "password.confirm.ok": QCoreApplication.translate("AuditScreen", "Password confirmed"),
        "password.confirm.failed": QCoreApplication.translate(
            "AuditScreen", "Password confirmation failed"
        ),
        "password.confirm.refused": QCoreApplication.translate(
            "AuditScreen", "Password confirmation refused"
        ),
        "approval.credentials.ok": QCoreApplication.translate(
            "AuditScreen", "Approver signed in on the spot"
        ),
        "approval.credentials.failed": QCoreApplication.translate(
            "AuditScreen", "Approver sign-in failed"
        ),
        "approval.credentials.refused": QCoreApplication.translate(
            "AuditScreen", "Approver sign-in refused"
        ),
        "enrolment.issue": QCoreApplication.translate("AuditScreen", "Enrolment code issued"),
        "enrolment.use": QCoreApplication.translate("AuditScreen", "Enrolled on a desk"),
        "approval.request": QCoreApplication.translate("AuditScreen", "Approval requested"),
        "approval.approve": QCoreApplication.translate("AuditScreen", "Request approved"),
        "approval.refuse": QCoreApplication.translate("AuditScreen", "Request refused"),
        "audit.verify": QCoreApplication.translate("AuditScreen", "Audit trail verified"),
        "audit.export": QCoreApplication.translate("AuditScreen", "Audit trail exported"),
        "aftersales.close": QCoreApplication.translate("AuditScreen", "After-sales case closed"),
        "aftersales.open": QCoreApplication.translate("AuditScreen", "After-sales case opened"),
        "backup.create": QCoreApplication.translate("AuditScreen", "Backup made"),
        "backup.prune": QCoreApplication.translate("AuditScreen", "Old backups removed"),
        "backup.restore": QCoreApplication.translate("AuditScreen", "Backup restored"),
        "backup.undo_restore": QCoreApplication.translate("AuditScreen", "Restore undone"),
        "backup.verify": QCoreApplication.translate("AuditScreen", "Backup checked"),
        "category.create": QCoreApplication.translate("AuditScreen", "Category created"),
        "category.delete": QCoreApplication.translate("AuditScreen", "Category deleted"),
        "category.move": QCoreApplication.translate("AuditScreen", "Category moved"),
        "category.rename": QCoreApplication.translate("AuditScreen", "Category renamed"),
        "delivery.methods": QCoreApplication.translate("AuditScreen", "Delivery methods changed"),
        "desk.server_change": QCoreApplication.translate("AuditScreen", "Desk pointed at a server"),
        "desk_bundle.export": QCoreApplication.translate(
            "AuditScreen", "Desk set-up bundle exported"
        ),
        "desk_bundle.import": QCoreApplication.translate(
            "AuditScreen", "Desk joined with a set-up bundle"
        ),
        "label.layout.copy": QCoreApplication.translate("AuditScreen", "Label layout copied"),
        "label.layout.default_shipping": QCoreApplication.translate(
            "AuditScreen", "Default shipping label layout set"
        ),
        "label.layout.delete": QCoreApplication.translate("AuditScreen", "Label layout deleted"),
        "label.layout.save": QCoreApplication.translate("AuditScreen", "Label layout saved"),
        "label.printer.delete": QCoreApplication.translate("AuditScreen", "Label printer removed"),
        "label.printer.save": QCoreApplication.translate("AuditScreen", "Label printer saved"),
        "location.create": QCoreApplication.translate("AuditScreen", "Location created"),
        "member.erase": QCoreApplication.translate("AuditScreen", "Member erased"),
        "member.export": QCoreApplication.translate("AuditScreen", "Members exported"),
        "member.key_export": QCoreApplication.translate("AuditScreen", "Member data key exported"),
        "member.key_install": QCoreApplication.translate(
            "AuditScreen", "Member data key installed"
        ),
        "member.points_adjust": QCoreApplication.translate("AuditScreen", "Points adjusted"),
        "member.points_coupon": QCoreApplication.translate(
            "AuditScreen", "Points turned into a coupon"
        ),
        "member.register": QCoreApplication.translate("AuditScreen", "Member registered"),
        "member.segment_export": QCoreApplication.translate(
            "AuditScreen", "Member segment exported"
        ),
        "member.update": QCoreApplication.translate("AuditScreen", "Member changed"),
        "member.view_pii": QCoreApplication.translate(
            "AuditScreen", "Member contact details viewed"
        ),
        "order.cancel": QCoreApplication.translate("AuditScreen", "Order cancelled"),
        "order.compensation": QCoreApplication.translate("AuditScreen", "Compensation paid"),
        "order.discount_override": QCoreApplication.translate(
            "AuditScreen", "Discount below the floor approved"
        ),
        "order.import": QCoreApplication.translate("AuditScreen", "Orders imported"),
        "order.modify": QCoreApplication.translate("AuditScreen", "Order changed"),
        "order.refund": QCoreApplication.translate("AuditScreen", "Refund issued"),
        "product.barcode_add": QCoreApplication.translate("AuditScreen", "Barcode added"),
        "product.barcode_remove": QCoreApplication.translate("AuditScreen", "Barcode removed"),
        "product.create": QCoreApplication.translate("AuditScreen", "Product created"),
        "product.delist": QCoreApplication.translate("AuditScreen", "Product delisted"),
        "product.delist.auto": QCoreApplication.translate(
            "AuditScreen", "Product delisted at zero stock"
        ),
        "product.export": QCoreApplication.translate("AuditScreen", "Products exported"),
        "product.import": QCoreApplication.translate("AuditScreen", "Products imported"),
        "product.price_change": QCoreApplication.translate("AuditScreen", "Price changed"),
        "product.status": QCoreApplication.translate("AuditScreen", "Product status changed"),
        "product.update": QCoreApplication.translate("AuditScreen", "Product changed"),
        "promotion.create": QCoreApplication.translate("AuditScreen", "Promotion created"),
        "promotion.update": QCoreApplication.translate("AuditScreen", "Promotion changed"),
        "purchase_order.create": QCoreApplication.translate(
            "AuditScreen", "Purchase order drafted"
        ),
        "purchase_order.place": QCoreApplication.translate("AuditScreen", "Purchase order placed"),
        "recovery_kit.export": QCoreApplication.translate("AuditScreen", "Recovery kit made"),
        "recovery_kit.import": QCoreApplication.translate("AuditScreen", "Recovery kit imported"),
        "report.export": QCoreApplication.translate("AuditScreen", "Report exported"),
        "settings.inventory_rules": QCoreApplication.translate(
            "AuditScreen", "Inventory rules changed"
        ),
        "settings.member_segments": QCoreApplication.translate(
            "AuditScreen", "Member segments changed"
        ),
        "settings.member_tiers": QCoreApplication.translate("AuditScreen", "Member tiers changed"),
        "settings.order_rules": QCoreApplication.translate("AuditScreen", "Order rules changed"),
        "settings.points": QCoreApplication.translate("AuditScreen", "Points rules changed"),
        "settings.timeliness_targets": QCoreApplication.translate(
            "AuditScreen", "Order timeliness targets changed"
        ),
        "settlement.run": QCoreApplication.translate("AuditScreen", "End-of-day settlement"),
        "stock.adjust": QCoreApplication.translate("AuditScreen", "Stock adjusted"),
        "stock.count.apply": QCoreApplication.translate("AuditScreen", "Stock count applied"),
        "stock.count.start": QCoreApplication.translate("AuditScreen", "Stock count started"),
        "stock.receive": QCoreApplication.translate("AuditScreen", "Goods received"),
        "stock.transfer": QCoreApplication.translate("AuditScreen", "Stock transferred"),
        "supplier.create": QCoreApplication.translate("AuditScreen", "Supplier created"),
        "supplier.update": QCoreApplication.translate("AuditScreen", "Supplier changed"),
        "sync.conflict_resolve": QCoreApplication.translate(
            "AuditScreen", "Sync conflict resolved"
        ),
        "ticket.open": QCoreApplication.translate("AuditScreen", "Service ticket opened"),
        "ticket.reopen": QCoreApplication.translate("AuditScreen", "Service ticket reopened"),
        "ticket.resolve": QCoreApplication.translate("AuditScreen", "Service ticket resolved"),
        "ticket.update": QCoreApplication.translate("AuditScreen", "Service ticket changed"),
    }
    return names.get(action, action)


def details_text(details: str) -> str:
    """The details JSON on one line: ``key: value; key: value``."""
    try:
        value = json.loads(details)
    except (TypeError, ValueError):
        return details
    if not isinstance(value, dict):
        return details
    return "; ".join(f"{key}: {_value_text(item)}" for key, item in value.items())


def _value_text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditScreen", "yes")
            if value
            else QCoreApplication.translate("AuditScreen", "no")
        )
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value) or "—"
    return str(value)


def _details_tooltip(details: str) -> str:
    try:
        return json.dumps(json.loads(details), ensure_ascii=False, indent=2)
    except (TypeError, ValueError):
        return details


@dataclass(frozen=True)
class AuditFilter:
    """What the audit list is narrowed to; ``since``/``until`` are aware UTC times."""

    text: str = ""
    login: str = ""
    since: datetime | None = None
    until: datetime | None = None


class AuditTableModel(QAbstractTableModel):
    """The audit trail, newest first, a page at a time (``canFetchMore``/``fetchMore``).

    :meth:`reload` raises the service's known errors to the caller; a failure while the
    view fetches more is reported through ``fetch_failed`` instead.
    """

    SEQ, TIME, USER, DESK, ACTION, TARGET, DETAILS = range(7)
    COLUMNS = 7
    ROW_ROLE = Qt.ItemDataRole.UserRole

    fetch_failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.page_size = page_size
        self.filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._more = False

    def _page(self, before_seq: int | None) -> tuple[list[AuditRow], bool]:
        """The next page and whether older entries remain (one extra row tells)."""
        f = self.filter
        rows = audit.list_entries(
            self._ctx,
            self._actor,
            text=f.text,
            login=f.login,
            since=f.since,
            until=f.until,
            before_seq=before_seq,
            limit=self.page_size + 1,
        )
        return rows[: self.page_size], len(rows) > self.page_size

    def set_filter(self, f: AuditFilter) -> None:
        """Narrow the list to ``f`` and load its first page."""
        self.filter = f
        self.reload()

    def reload(self) -> None:
        """Drop every row and load the first page again."""
        self.beginResetModel()
        try:
            self._rows, self._more = [], False
            self._rows, self._more = self._page(None)
        finally:
            self.endResetModel()

    def clear(self) -> None:
        """Show nothing (after a failure)."""
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()

    def has_more(self) -> bool:
        """Whether older entries remain to be fetched."""
        return self._more

    def row_at(self, row: int) -> AuditRow | None:
        """The entry shown in ``row``, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: ModelIndex = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        before = self._rows[-1].seq if self._rows else None
        try:
            page, more = self._page(before)
        except KnownError as exc:
            self._more = False
            self.fetch_failed.emit(exc)
            return
        self._more = more
        if page:
            start = len(self._rows)
            self.beginInsertRows(ROOT, start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("#"),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Desk"),
                self.tr("Action"),
                self.tr("Target"),
                self.tr("Details"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SEQ:
            return self.tr("Position in the chain")
        return None

    def _desk_text(self, desk_id: str | None) -> str:
        if not desk_id:
            return ""
        if desk_id == self._ctx.desk_id:
            return self.tr("This desk")
        return "…" + desk_id[-6:]

    def _text(self, e: AuditRow, column: int) -> str:
        if column == self.SEQ:
            return QLocale().toString(e.seq)
        if column == self.TIME:
            return local_datetime_text(e.at)
        if column == self.USER:
            return e.actor_login
        if column == self.DESK:
            return self._desk_text(e.desk_id)
        if column == self.ACTION:
            return action_text(e.action)
        if column == self.TARGET:
            return e.target
        return details_text(e.details)

    def _tooltip(self, e: AuditRow, column: int) -> str:
        if column == self.TIME:
            return e.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        if column == self.DESK:
            return e.desk_id or ""
        if column == self.ACTION:
            return e.action
        if column == self.DETAILS:
            return _details_tooltip(e.details)
        return self._text(e, column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        e = self.row_at(index.row())
        column = index.column()
        if e is None or not 0 <= column < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == self.ROW_ROLE:
            return e
        return None


class AnyDateEdit(QDateEdit):
    """A date field whose lowest value means “any date” (shown as such); Delete clears it,
    and its calendar opens on today rather than on the lowest date."""

    EARLIEST = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EARLIEST)
        self.setSpecialValueText(self.tr("Any date"))
        locale_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in locale_format:
            locale_format = locale_format.replace("yy", "yyyy")
        self.setDisplayFormat(locale_format)
        self.clear_date()
        self.calendarWidget().installEventFilter(self)

    def value(self) -> QDate | None:
        """The chosen date, or None for any date."""
        return None if self.date() == self.minimumDate() else self.date()

    def clear_date(self) -> None:
        """Back to “any date”."""
        self.setDate(self.minimumDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is None or self.lineEdit().selectedText() == self.text()
        ):
            self.clear_date()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def _local_midnight_utc(day: QDate) -> datetime:
    seconds = QDateTime(day, QTime(0, 0)).toSecsSinceEpoch()
    return datetime.fromtimestamp(seconds, UTC)


class AuditScreen(LazyScreen):
    """The audit trail for holders of ``audit.view``: filter, verify, export."""

    required_permission = "audit.view"

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._sized = False

        self.model = AuditTableModel(ctx, actor, self, page_size)
        self.model.fetch_failed.connect(self._on_model_fetch_failed)
        self.model.modelReset.connect(self._on_model_rows_changed)
        self.model.rowsInserted.connect(self._on_model_rows_changed)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table, single=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.text_edit = QLineEdit(self)
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(self.tr("Action, target or details"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setClearButtonEnabled(True)
        self.login_edit.setPlaceholderText(self.tr("Any user"))
        self.login_edit.setMaxLength(40)
        self.from_edit = AnyDateEdit(self)
        self.to_edit = AnyDateEdit(self)
        self.from_edit.setToolTip(self.tr("Entries on or after this day"))
        self.to_edit.setToolTip(self.tr("Entries on or before this day"))
        metrics = self.fontMetrics()
        self.login_edit.setMaximumWidth(metrics.averageCharWidth() * 18)
        self.text_edit.setMinimumWidth(metrics.averageCharWidth() * 22)

        self.verify_action = screen_action(
            self, self.tr("&Verify chain"), self._on_verify_action_triggered
        )
        self.verify_action.setToolTip(
            self.tr("Check that no entry was changed or deleted since it was written")
        )
        self.export_action = screen_action(
            self, self.tr("&Export CSV…"), self._on_export_action_triggered
        )
        self.refresh_action = screen_action(self, self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.clear_action = screen_action(
            self, self.tr("&Clear filters"), self._on_clear_action_triggered
        )
        self.find_action = screen_action(self, self.tr("Find"), self._on_find_action_triggered)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.text_edit.textChanged.connect(self._on_filter_changed)
        self.login_edit.textChanged.connect(self._on_filter_changed)
        self.text_edit.returnPressed.connect(self.apply_filter)
        self.login_edit.returnPressed.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self._on_filter_changed)
        self.to_edit.dateChanged.connect(self._on_filter_changed)

        top = QHBoxLayout()
        top.addWidget(heading_label(self.tr("Audit trail"), self))
        top.addStretch(1)
        self.verify_button = action_button(self, self.verify_action)
        self.export_button = action_button(self, self.export_action)
        self.refresh_button = action_button(self, self.refresh_action)
        top.addWidget(self.verify_button)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)

        filters = QHBoxLayout()
        for text, field, stretch in (
            (self.tr("&Search:"), self.text_edit, 3),
            (self.tr("&User:"), self.login_edit, 1),
            (self.tr("Fr&om:"), self.from_edit, 0),
            (self.tr("&To:"), self.to_edit, 0),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, stretch)
            filters.addSpacing(6)
        self.clear_button = action_button(self, self.clear_action)
        filters.addWidget(self.clear_button)

        self.notice = NoticeBar(self)
        self.footer = QLabel(self)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

        chain: list[QWidget] = [
            self.text_edit,
            self.login_edit,
            self.from_edit,
            self.to_edit,
            self.clear_button,
            self.table,
            self.verify_button,
            self.export_button,
            self.refresh_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ data

    def current_filter(self) -> AuditFilter:
        """The filter as the bar shows it (dates are whole local days)."""
        since = self.from_edit.value()
        until = self.to_edit.value()
        return AuditFilter(
            text=self.text_edit.text().strip(),
            login=self.login_edit.text().strip(),
            since=_local_midnight_utc(since) if since else None,
            until=_local_midnight_utc(until.addDays(1)) if until else None,
        )

    def refresh(self) -> None:
        """Reload the first page with the current filter."""
        self.apply_filter()

    def apply_filter(self) -> None:
        """Load the trail narrowed to the filter bar (first page)."""
        self._filter_timer.stop()
        self._loaded = True
        try:
            self.model.set_filter(self.current_filter())
        except KnownError as exc:
            self.model.clear()
            show_error(self, exc)
            return
        if not self._sized and self.model.rowCount():
            self._sized = True
            self.table.resizeColumnsToContents()
            chars = self.fontMetrics().averageCharWidth()
            for column, limit in ((AuditTableModel.TARGET, 30), (AuditTableModel.ACTION, 30)):
                width = min(self.table.columnWidth(column), chars * limit)
                self.table.setColumnWidth(column, width + chars * 2)

    # ----------------------------------------------------------------- slots

    def _on_filter_changed(self, *_args: Any) -> None:
        self._filter_timer.start()

    def _on_clear_action_triggered(self) -> None:
        for widget in (self.text_edit, self.login_edit, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        try:
            self.text_edit.clear()
            self.login_edit.clear()
            self.from_edit.clear_date()
            self.to_edit.clear_date()
        finally:
            for widget in (self.text_edit, self.login_edit, self.from_edit, self.to_edit):
                widget.blockSignals(False)
        self.apply_filter()

    def _on_find_action_triggered(self) -> None:
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    def _on_model_fetch_failed(self, exc: KnownError) -> None:
        show_error(self, exc)

    def _on_model_rows_changed(self, *_args: Any) -> None:
        count = self.model.rowCount()
        if self.model.has_more():
            text = self.tr("Showing the newest %n entries; scroll down for older ones.", "", count)
        else:
            text = self.tr("Entries: %n", "", count)
        self.footer.setText(text)

    def _on_verify_action_triggered(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = audit.verify_chain(self._ctx, self._actor)
        except KnownError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        if report.ok:
            self.notice.show_message(
                self.tr("Intact: %n entries", "", report.entries), NoticeBar.SUCCESS
            )
        else:
            problem = QCoreApplication.translate("Errors", report.problem).format(
                seq=report.bad_seq
            )
            self.notice.show_message(
                self.tr("Broken at entry {seq}: {problem}").format(
                    seq=report.bad_seq, problem=problem
                ),
                NoticeBar.ERROR,
            )
        self.apply_filter()  # the check itself is audited

    def _on_export_action_triggered(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = self._ctx.clock().astimezone().strftime("%Y-%m-%d")
        suggested = str(Path(folder) / f"audit-trail-{stamp}.csv")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export audit trail"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv")
        try:
            text = audit.export_csv(self._ctx, self._actor)
        except KnownError as exc:
            show_error(self, exc)
            return
        try:
            # UTF-8 with a BOM so that Excel reads non-Latin logins and targets correctly
            target.write_text(text, encoding="utf-8-sig", newline="")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The file {path} could not be written: {reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
            )
            return
        self.notice.show_message(
            self.tr("The audit trail was exported to {path}.").format(path=target),
            NoticeBar.SUCCESS,
        )
        self.apply_filter()  # the export itself is audited
