"""Customer-service tickets (MEM-5): the list (open, due follow-ups, all), a new ticket,
resolving, and statistics by category."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.screens.members.table import CellsModel
from merchant_app.gui.widgets import (
    NoticeBar,
    action_button,
    configure_table,
    fit_dialog,
    local_datetime_text,
    screen_action,
    size_columns,
)
from merchant_app.services import service_tickets as tickets
from merchant_app.services.context import Actor, AppContext


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Tickets", labels.get(code, code))


class TicketDialog(QDialog):
    """Open a ticket for a member (or an order)."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        member_id: str | None = None,
        order_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._member_id, self._order_id = member_id, order_id
        self.setWindowTitle(self.tr("New ticket"))
        self.notice = NoticeBar(self)
        self.kind = QComboBox(self)
        for code in tickets.KINDS:
            self.kind.addItem(_label(tickets.KIND_LABELS, code), code)
        self.category = QComboBox(self)
        for code in tickets.CATEGORIES:
            self.category.addItem(_label(tickets.CATEGORY_LABELS, code), code)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.follow_up = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_date = QDateEdit(QDate.currentDate().addDays(2), self)
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_date.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(follow)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_dialog(self, self.fontMetrics().averageCharWidth() * 60)

    def _on_buttons_accepted(self) -> None:
        follow = None
        if self.follow_up.isChecked():
            d = self.follow_date.date()
            follow = datetime(d.year(), d.month(), d.day(), 9, tzinfo=UTC)
        try:
            tickets.open_ticket(
                self._ctx,
                self._actor,
                kind=self.kind.currentData(),
                category=self.category.currentData(),
                subject=self.subject.text(),
                description=self.description.toPlainText(),
                member_id=self._member_id,
                order_id=self._order_id,
                follow_up_at=follow,
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.accept()


class TicketsPanel(QWidget):
    """The shop's tickets: a filter (open, due follow-ups, all), resolve, statistics."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.notice = NoticeBar(self)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Open tickets"), "open")
        self.filter.addItem(self.tr("Follow-ups due"), "due")
        self.filter.addItem(self.tr("All tickets"), "all")
        self.filter.setAccessibleName(self.tr("Which tickets"))
        self.filter.currentIndexChanged.connect(self.refresh)
        self.model = CellsModel(
            (self.tr("Ticket"), self.tr("Opened"), self.tr("Kind"), self.tr("Category"),
             self.tr("Subject"), self.tr("Member"), self.tr("Order"), self.tr("Status"),
             self.tr("Follow up"), self.tr("Resolution")),
            lambda t: (
                t.number, local_datetime_text(t.created_at),
                _label(tickets.KIND_LABELS, t.kind), _label(tickets.CATEGORY_LABELS, t.category),
                t.subject, t.member_card, t.order_number, _label(tickets.STATUS_LABELS, t.status),
                local_datetime_text(t.follow_up_at), t.resolution,
            ),
            self,
        )  # fmt: skip
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        size_columns(self.table, {0: 11, 1: 19, 2: 10, 3: 10, 4: 24, 5: 12, 6: 11, 7: 12, 8: 19}, 9)
        self.stats = QLabel(self)
        self.stats.setWordWrap(True)
        self.resolve_action = screen_action(self, self.tr("&Resolve…"), self._on_resolve)
        self.progress_action = screen_action(self, self.tr("In &progress"), self._on_progress)
        for action in (self.resolve_action, self.progress_action):
            action.setEnabled(actor.can("aftersales.handle"))
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(action_button(self, self.progress_action))
        top.addWidget(action_button(self, self.resolve_action))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.stats)

    def refresh(self) -> None:
        """Reload the list and the statistics."""
        which = self.filter.currentData()
        try:
            if which == "due":
                rows = tickets.due_follow_ups(self._ctx, self._actor)
            else:
                rows = tickets.list_tickets(self._ctx, self._actor, open_only=which == "open")
            stats = tickets.stats_by_category(
                self._ctx, self._actor, since=self._ctx.clock() - timedelta(days=90)
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.model.set_rows(rows)
        parts = [
            self.tr("{category}: {total} ({open} open)").format(
                category=_label(tickets.CATEGORY_LABELS, c.category), total=c.total, open=c.open
            )
            for c in stats
            if c.total
        ]
        self.stats.setText(
            self.tr("Last 90 days — ") + (" · ".join(parts) if parts else self.tr("no tickets"))
        )

    def _current(self) -> tickets.TicketInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_progress(self) -> None:
        t = self._current()
        if t is None:
            return
        try:
            tickets.update_ticket(self._ctx, self._actor, t.id, status="in_progress")
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.refresh()

    def _on_resolve(self) -> None:
        t = self._current()
        if t is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Resolve ticket"),
            self.tr("Resolution of {number}:").format(number=t.number),
        )
        if not ok:
            return
        try:
            tickets.resolve_ticket(self._ctx, self._actor, t.id, text)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.refresh()
