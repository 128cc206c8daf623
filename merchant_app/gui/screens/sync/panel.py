"""The Sync screen of a desk on a server (GROW-2): what this desk did offline and where
it stands (pending, sent, failed, with attempts and reasons), "Send now" and "Retry
failed" (in the background, through the window's :class:`DeskSync`), and — for holders
of ``order.approve_change`` — the conflicts the server found, each with its choices as
buttons.  An order in a conflict opens its detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.widgets import NoticeBar, configure_table, heading_label, local_datetime_text
from merchant_app.services.context import Actor, AppContext

CONFLICT_PERMISSION = "order.approve_change"


def status_text(status: str) -> str:
    """An outbox item's status in words."""
    names = {
        "pending": QCoreApplication.translate("SyncPanel", "Waiting"),
        "sent": QCoreApplication.translate("SyncPanel", "Sent"),
        "failed": QCoreApplication.translate("SyncPanel", "Failed"),
        "conflict": QCoreApplication.translate("SyncPanel", "Sent, with a conflict"),
    }
    return names.get(status, status)


def kind_text(kind: str) -> str:
    """An outbox item's kind in words."""
    names = {
        "order": QCoreApplication.translate("SyncPanel", "Order"),
        "payment": QCoreApplication.translate("SyncPanel", "Payment"),
        "member": QCoreApplication.translate("SyncPanel", "Member"),
        "points": QCoreApplication.translate("SyncPanel", "Points"),
        "audit": QCoreApplication.translate("SyncPanel", "Audit entries"),
    }
    return names.get(kind, kind)


def conflict_text(conflict: Any) -> str:
    """A conflict's reason in words, its fields filled in."""
    from merchant_app.services.sync_conflicts import REASONS

    template = QCoreApplication.translate("SyncConflict", REASONS.get(conflict.reason, ""))
    params = {
        k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in conflict.params.items()
    }
    try:
        return template.format(**params) if template else conflict.message
    except (KeyError, IndexError, ValueError):
        return conflict.message


def resolution_text(resolution: str) -> str:
    """A resolution's button text."""
    from merchant_app.services.sync_conflicts import RESOLUTION_LABELS

    label = RESOLUTION_LABELS.get(resolution, resolution)
    return QCoreApplication.translate("SyncConflict", label)


class ConflictCard(QFrame):
    """One open conflict: what happened, where, and one button per resolution (plus
    "Open order" for an order)."""

    def __init__(self, conflict: Any, screen: SyncScreen) -> None:
        super().__init__()
        self.conflict = conflict
        self.setObjectName("conflictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.message = QLabel(conflict_text(conflict))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        where = QLabel(
            self.tr("Desk {desk} · {when}").format(
                desk=conflict.desk_code or "—", when=local_datetime_text(conflict.created_at)
            )
        )
        where.setEnabled(False)
        layout.addWidget(where)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for choice in conflict.choices:
            button = QPushButton(resolution_text(choice))
            button.clicked.connect(lambda _=False, c=choice: screen.resolve(self.conflict, c))
            row.addWidget(button)
            self.buttons[choice] = button
        if conflict.kind == "order":
            self.open_button = QPushButton(self.tr("Open order"))
            self.open_button.clicked.connect(lambda: screen.open_order(self.conflict))
            row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)


class SyncScreen(QWidget):
    """Pending, sent and failed items of this desk's queue; conflicts for managers."""

    loads_when_built = True

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window)
        self.ctx, self.actor, self.main_window = ctx, actor, main_window
        self.runner = main_window.runner
        self.desk_sync = getattr(main_window, "desk_sync", None)
        self.items: list[Any] = []
        self.conflicts: list[Any] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Sync with the shop's server")))
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        top = QHBoxLayout()
        self.counts = QLabel()
        top.addWidget(self.counts, 1)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setToolTip(self.tr("Send what waits now, if the server answers."))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.setToolTip(self.tr("Put the failed items back in the queue and send."))
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.reload_button = QPushButton(self.tr("Refresh"))
        self.reload_button.clicked.connect(self.refresh)
        for button in (self.send_button, self.retry_button, self.reload_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Kind"),
                self.tr("Number"),
                self.tr("Made"),
                self.tr("Attempts"),
                self.tr("Reason"),
            ]
        )
        configure_table(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 3)
        self.can_resolve = actor.can(CONFLICT_PERMISSION)
        self.conflict_heading = heading_label(self.tr("Conflicts to resolve"))
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.conflict_box = QWidget()
        self.conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflict_layout.setContentsMargins(0, 0, 0, 0)
        self.conflict_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.conflict_box)
        self.cards: list[ConflictCard] = []
        for widget in (self.conflict_heading, self.conflict_note):
            layout.addWidget(widget)
            widget.setVisible(self.can_resolve)
        layout.addWidget(scroll, 2)
        scroll.setVisible(self.can_resolve)
        if self.desk_sync is not None:
            self.desk_sync.synced.connect(self._on_desk_sync_synced)
            self.desk_sync.status_changed.connect(self._on_desk_sync_status_changed)
        self._last_state = ""
        self.refresh()

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the queue (from this desk's copy) and the open conflicts (from the
        server; a note says when it cannot be reached)."""
        ctx, actor, can_resolve = self.ctx, self.actor, self.can_resolve

        def load(_p: Any, _t: Any) -> Any:
            from merchant_app.services import sync, sync_conflicts

            items = sync.list_outbox(ctx, actor)
            counts = sync.outbox_counts(ctx)
            conflicts: list[Any] | None = None
            error = ""
            if can_resolve:
                try:
                    conflicts = sync_conflicts.list_conflicts(ctx, actor)
                except KnownError as exc:
                    error = translate_error(exc)
            return items, counts, conflicts, error

        self.runner.run(
            load, on_done=self._show, on_error=self._on_load_error, parent_widget=self, quiet=True
        )

    def _on_load_error(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        else:
            show_error(self, exc)

    def _show(self, result: Any) -> None:
        items, counts, conflicts, error = result
        self.items = items
        self.counts.setText(
            self.tr("Waiting: {pending} · Sent: {sent} · Failed: {failed}").format(
                pending=counts.get("pending", 0),
                sent=counts.get("sent", 0) + counts.get("conflict", 0),
                failed=counts.get("failed", 0),
            )
        )
        self.retry_button.setEnabled(bool(counts.get("failed", 0)))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                status_text(item.status),
                kind_text(item.kind),
                item.label,
                local_datetime_text(item.created_at),
                str(item.attempts),
                item.last_error,
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 5 and text:
                    cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        if self.can_resolve:
            self._show_conflicts(conflicts, error)

    def _show_conflicts(self, conflicts: list[Any] | None, error: str) -> None:
        for card in self.cards:
            self.conflict_layout.removeWidget(card)
            card.hide()  # gone at once, not when the event loop deletes it
            card.deleteLater()
        self.cards = []
        if conflicts is None:
            self.conflict_note.setText(
                self.tr("Conflicts are listed when the server can be reached. {reason}").format(
                    reason=error
                )
            )
            self.conflicts = []
            return
        self.conflicts = conflicts
        self.conflict_note.setText(
            self.tr("No conflicts: every offline sale reached the server as it was made.")
            if not conflicts
            else self.tr(
                "No sale was lost. These need a manager's decision: act on each, then "
                "choose how it was resolved."
            )
        )
        for conflict in conflicts:
            card = ConflictCard(conflict, self)
            self.conflict_layout.insertWidget(self.conflict_layout.count() - 1, card)
            self.cards.append(card)

    # -- actions -----------------------------------------------------------------------

    def resolve(self, conflict: Any, resolution: str) -> None:
        """Resolve ``conflict`` with ``resolution`` (audited by the service)."""
        ctx, actor = self.ctx, self.actor

        def work(_p: Any, _t: Any) -> Any:
            from merchant_app.services import sync_conflicts

            return sync_conflicts.resolve_conflict(ctx, actor, conflict.id, resolution)

        def done(_info: Any) -> None:
            self.notice.show_message(
                self.tr("Conflict resolved: {choice}.").format(choice=resolution_text(resolution)),
                NoticeBar.SUCCESS,
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
                self.refresh()
            else:
                show_error(self, exc)

        self.runner.run(work, on_done=done, on_error=failed, parent_widget=self)

    def open_order(self, conflict: Any) -> Any:
        """Open the detail of the order a conflict is about."""
        from merchant_app.gui.screens.reports.records import open_record

        return open_record(
            "order",
            conflict.record_id,
            ctx=self.ctx,
            actor=self.actor,
            main_window=self.main_window,
            parent=self,
        )

    def _on_send_button_clicked(self) -> None:
        if self.desk_sync is None:
            return
        self.notice.show_message(self.tr("Sending…"), NoticeBar.INFO)
        self.desk_sync.send_now()

    def _on_retry_button_clicked(self) -> None:
        if self.desk_sync is None:
            return
        self.notice.show_message(self.tr("Sending the failed items again…"), NoticeBar.INFO)
        self.desk_sync.retry_failed(self.actor)

    def _on_desk_sync_synced(self, report: Any) -> None:
        if report is not None and getattr(report, "error", ""):
            self.notice.show_message(report.error, NoticeBar.WARNING)
        elif report is not None and hasattr(report, "sent"):
            self.notice.show_message(
                self.tr("Sent {sent}; failed {failed}; still waiting {remaining}.").format(
                    sent=report.sent + report.already,
                    failed=report.failed,
                    remaining=report.remaining,
                ),
                NoticeBar.SUCCESS if not report.failed else NoticeBar.WARNING,
            )
        elif self.notice.level == NoticeBar.INFO:
            self.notice.clear()
        if self.isVisible():
            self.refresh()

    def _on_desk_sync_status_changed(self, status: Any) -> None:
        changed = status.state != self._last_state
        self._last_state = status.state
        if changed and self.isVisible():
            self.refresh()
