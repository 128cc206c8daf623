"""One member: profile (masked until "Show personal data", which is audited), orders,
points history and tickets, and the actions on them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.members.register_dialog import MemberDialog
from merchant_app.gui.screens.members.table import CellsModel
from merchant_app.gui.widgets import (
    NoticeBar,
    action_button,
    configure_table,
    heading_label,
    local_datetime_text,
    screen_action,
    size_columns,
)
from merchant_app.services import member_points, members, service_tickets
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_tiers import SEGMENT_LABELS
from merchant_app.services.members import GENDER_LABELS, MemberInfo
from merchant_app.services.order_flow import STATE_LABELS


def segment_text(code: str) -> str:
    """A segment in words."""
    return QCoreApplication.translate("Segment", SEGMENT_LABELS.get(code, code))


class MemberDetail(QWidget):
    """The member shown on the right of the list; ``changed`` after an edit."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._currency = ctx, actor, currency
        self.member: MemberInfo | None = None
        self.notice = NoticeBar(self)
        self.title = heading_label("", self)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("card", self.tr("Card:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("Email:")),
            ("gender", self.tr("Gender:")),
            ("birthday", self.tr("Birthday:")),
            ("address", self.tr("Address:")),
            ("tier", self.tr("Tier / segment:")),
            ("points", self.tr("Points:")),
            ("spend", self.tr("Last 12 months:")),
            ("tags", self.tr("Tags:")),
            ("notes", self.tr("Notes:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.reveal_action = screen_action(self, self.tr("Show &personal data"), self._on_reveal)
        self.edit_action = screen_action(self, self.tr("&Edit…"), self._on_edit)
        self.points_action = screen_action(self, self.tr("Adjust p&oints…"), self._on_adjust)
        self.ticket_action = screen_action(self, self.tr("New &ticket…"), self._on_new_ticket)
        self.export_action = screen_action(self, self.tr("E&xport data…"), self._on_export)
        self.erase_action = screen_action(self, self.tr("E&rase…"), self._on_erase)
        self.reveal_action.setEnabled(actor.can("member.view_pii"))
        self.edit_action.setEnabled(actor.can("member.edit") and actor.can("member.view_pii"))
        self.points_action.setEnabled(actor.can("member.edit"))
        self.ticket_action.setEnabled(actor.can("aftersales.handle"))
        self.export_action.setEnabled(actor.can("member.export") and actor.can("member.view_pii"))
        self.erase_action.setEnabled(actor.can("member.export"))
        buttons = QHBoxLayout()
        for action in (
            self.reveal_action,
            self.edit_action,
            self.points_action,
            self.ticket_action,
            self.export_action,
            self.erase_action,
        ):
            buttons.addWidget(action_button(self, action))
        buttons.addStretch(1)

        money = self._money
        self.orders_model = CellsModel(
            (self.tr("Order"), self.tr("Date"), self.tr("State"), self.tr("Total")),
            lambda o: (
                o.number,
                local_datetime_text(o.created_at),
                QCoreApplication.translate("OrderState", STATE_LABELS.get(o.state, o.state)),
                money(o.total_minor),
            ),
            self,
            numeric=(3,),
        )
        self.points_model = CellsModel(
            (self.tr("When"), self.tr("Change"), self.tr("Points"), self.tr("Balance"),
             self.tr("Expires"), self.tr("Order / note")),
            lambda e: (
                local_datetime_text(e.at),
                QCoreApplication.translate("Points", member_points.KIND_LABELS.get(e.kind, e.kind)),
                f"{e.points:+d}",
                str(e.balance_after),
                local_datetime_text(e.expires_at),
                e.order_number or e.reference,
            ),
            self,
            numeric=(2, 3),
        )  # fmt: skip
        self.tickets_model = CellsModel(
            (self.tr("Ticket"), self.tr("Opened"), self.tr("Subject"), self.tr("Status")),
            lambda t: (
                t.number,
                local_datetime_text(t.created_at),
                t.subject,
                QCoreApplication.translate(
                    "Tickets", service_tickets.STATUS_LABELS.get(t.status, t.status)
                ),
            ),
            self,
        )
        self.tabs = QTabWidget(self)
        self.tables: list[QTableView] = []
        for model, title, widths, stretch in (
            (self.orders_model, self.tr("Orders"), {0: 12, 1: 18, 2: 14, 3: 10}, 2),
            (self.points_model, self.tr("Points history"), {0: 18, 1: 10, 2: 7, 3: 7, 4: 18}, 5),
            (self.tickets_model, self.tr("Tickets"), {0: 12, 1: 18, 3: 12}, 2),
        ):
            table = QTableView(self.tabs)
            table.setModel(model)
            configure_table(table)
            size_columns(table, widths, stretch)
            self.tabs.addTab(table, title)
            self.tables.append(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.show_member(None)

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency)

    def show_member(self, member_id: str | None, *, reveal: bool = False) -> None:
        """Load and show ``member_id`` (masked unless ``reveal``); None clears."""
        self.notice.clear()
        if member_id is None:
            self.member = None
            self.title.setText(self.tr("No member selected"))
            for label in self.fields.values():
                label.clear()
            for model in (self.orders_model, self.points_model, self.tickets_model):
                model.set_rows([])
            self._enable(False)
            return
        try:
            m = members.get_member(self._ctx, self._actor, member_id, reveal=reveal)
            orders = members.member_orders(self._ctx, self._actor, member_id)
            history = member_points.history(self._ctx, self._actor, member_id)
            tickets = service_tickets.list_tickets(self._ctx, self._actor, member_id=member_id)
            provisional = 0
            if hasattr(self._ctx.db, "read_local"):  # a desk on a server: it may be offline
                from merchant_app.services.sync import provisional_points

                provisional = provisional_points(self._ctx, self._actor, member_id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.member = m
        self._enable(m.status == "active")
        erased = self.tr(" (erased)") if m.status == "erased" else ""
        self.title.setText((m.name or self.tr("Anonymous member")) + erased)
        f = self.fields
        f["card"].setText(m.card_number)
        f["phone"].setText(m.phone)
        f["email"].setText(m.email)
        f["gender"].setText(
            QCoreApplication.translate("Gender", GENDER_LABELS.get(m.gender, m.gender))
            if m.revealed
            else "******"
        )
        f["birthday"].setText(m.birthday)
        f["address"].setText("\n".join(m.addresses))
        f["tier"].setText(f"{m.tier.title()} · {segment_text(m.segment)}")
        f["points"].setText(
            self.tr("{points} ({provisional} of them provisional until this desk syncs)").format(
                points=m.points, provisional=provisional
            )
            if provisional
            else str(m.points)
        )
        f["spend"].setText(
            self.tr("{orders} orders, {spend}").format(
                orders=m.orders_12m, spend=self._money(m.spend_12m_minor)
            )
        )
        f["tags"].setText(", ".join(m.tags))
        f["notes"].setText(m.notes)
        self.orders_model.set_rows(orders)
        self.points_model.set_rows(history)
        self.tickets_model.set_rows(tickets)
        self.reveal_action.setEnabled(
            self._actor.can("member.view_pii") and not m.revealed and m.status == "active"
        )

    def _enable(self, on: bool) -> None:
        a = self._actor
        self.reveal_action.setEnabled(on and a.can("member.view_pii"))
        self.edit_action.setEnabled(on and a.can("member.edit") and a.can("member.view_pii"))
        self.points_action.setEnabled(on and a.can("member.edit"))
        self.ticket_action.setEnabled(on and a.can("aftersales.handle"))
        self.export_action.setEnabled(on and a.can("member.export") and a.can("member.view_pii"))
        self.erase_action.setEnabled(on and a.can("member.export"))

    # ------------------------------------------------------------------ actions

    def _on_reveal(self) -> None:
        if self.member is not None:
            self.show_member(self.member.id, reveal=True)

    def _on_edit(self) -> None:
        if self.member is None:
            return
        try:
            full = members.get_member(self._ctx, self._actor, self.member.id, reveal=True)
        except KnownError as exc:
            show_error(self, exc)
            return
        dialog = MemberDialog(self._ctx, self._actor, self, full)
        if dialog.exec() == MemberDialog.DialogCode.Accepted:
            self.show_member(full.id, reveal=True)
            self.changed.emit()

    def _on_adjust(self) -> None:
        if self.member is None:
            return
        points, ok = QInputDialog.getInt(
            self, self.tr("Adjust points"), self.tr("Points to add (negative to take):"),
            0, -1_000_000, 1_000_000,
        )  # fmt: skip
        if not ok or points == 0:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Adjust points"), self.tr("Reason:"))
        if not ok:
            return
        try:
            result = member_points.adjust(self._ctx, self._actor, self.member.id, points, reason)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.show_member(self.member.id, reveal=self.member.revealed)
        if result.applied:
            self.notice.show_message(self.tr("Points adjusted."), NoticeBar.SUCCESS)
        else:
            self.notice.show_message(
                self.tr("The adjustment waits for a manager's approval."), NoticeBar.INFO
            )
        self.changed.emit()

    def _on_new_ticket(self) -> None:
        if self.member is None:
            return
        from merchant_app.gui.screens.members.tickets import TicketDialog

        dialog = TicketDialog(self._ctx, self._actor, self, member_id=self.member.id)
        if dialog.exec() == TicketDialog.DialogCode.Accepted:
            self.show_member(self.member.id, reveal=self.member.revealed)
            self.tabs.setCurrentIndex(2)

    def _on_export(self) -> None:
        if self.member is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export member data"),
            f"member-{self.member.card_number}.json",
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        try:
            text = members.export_member(self._ctx, self._actor, self.member.id)
            Path(path).write_text(text, encoding="utf-8")
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except OSError as exc:
            self.notice.show_message(str(exc), NoticeBar.ERROR)
            return
        self.notice.show_message(
            self.tr("Exported to {path}.").format(path=path), NoticeBar.SUCCESS
        )

    def _on_erase(self) -> None:
        if self.member is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase member"),
            self.tr(
                "Erase the personal data of member {card}? Their orders stay, without "
                "name, phone or address. This cannot be undone."
            ).format(card=self.member.card_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Erase member"), self.tr("Reason:"))
        if not ok:
            return
        try:
            members.erase_member(self._ctx, self._actor, self.member.id, reason)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.show_member(self.member.id)
        self.changed.emit()
