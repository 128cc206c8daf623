"""Approvals (AUTH-4): the list of requests, deciding them, and approving on the spot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error
from merchant_app.gui.widgets import (
    LazyScreen,
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    action_button,
    configure_table,
    fit_dialog,
    heading_label,
    local_datetime_text,
    screen_action,
)
from merchant_app.services import approvals
from merchant_app.services.approvals import APPROVED, PENDING, REFUSED, ApprovalInfo
from merchant_app.services.context import Actor, AppContext


def kind_text(kind: str) -> str:
    """A kind of request in words (the technical name when unknown)."""
    names = {"user.role_change": QCoreApplication.translate("Approvals", "Role change")}
    return names.get(kind, kind)


def status_text(status: str) -> str:
    """A request's status in words."""
    names = {
        PENDING: QCoreApplication.translate("Approvals", "Pending"),
        APPROVED: QCoreApplication.translate("Approvals", "Approved"),
        REFUSED: QCoreApplication.translate("Approvals", "Refused"),
    }
    return names.get(status, status)


def may_decide(actor: Actor, request: ApprovalInfo) -> bool:
    """Whether to offer Approve/Refuse on ``request`` (the service checks again)."""
    if request.status != PENDING or request.requested_by == actor.login:
        return False
    try:
        kind = approvals.get_kind(request.kind)
    except KnownError:
        return False
    return actor.can(kind.approve_permission)


class ApprovalsTableModel(RecordsTableModel[ApprovalInfo]):
    """Approval requests as rows; holds frozen :class:`ApprovalInfo` records."""

    REQUESTED, BY, KIND, SUMMARY, REASON, STATUS, DECIDED_BY, DECIDED, NOTE = range(9)
    COLUMNS = 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 9:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Requested"),
            self.tr("By"),
            self.tr("Request"),
            self.tr("Summary"),
            self.tr("Reason"),
            self.tr("Status"),
            self.tr("Decided by"),
            self.tr("Decided"),
            self.tr("Note"),
        )[section]

    def _text(self, r: ApprovalInfo, column: int) -> str:
        if column == self.REQUESTED:
            return local_datetime_text(r.requested_at)
        if column == self.BY:
            return r.requested_by
        if column == self.KIND:
            return kind_text(r.kind)
        if column == self.SUMMARY:
            return r.summary
        if column == self.REASON:
            return r.reason
        if column == self.STATUS:
            return status_text(r.status)
        if column == self.DECIDED_BY:
            return r.decided_by or ""
        if column == self.DECIDED:
            return local_datetime_text(r.decided_at)
        return r.decision_note

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.row_at(index.row())
        column = index.column()
        if r is None or not 0 <= column < 9:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.KIND:
                return r.kind
            return self._text(r, column)
        if role == self.ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.FontRole and r.status == PENDING and column == self.STATUS:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None


def _request_box(owner: QWidget, request: ApprovalInfo) -> QGroupBox:
    """The read-only facts of a request, shared by the decision dialogs."""
    box = QGroupBox(QCoreApplication.translate("Approvals", "Request"), owner)
    form = QFormLayout(box)

    for caption, value in (
        (QCoreApplication.translate("Approvals", "Request:"), kind_text(request.kind)),
        (QCoreApplication.translate("Approvals", "Change:"), request.summary),
        (QCoreApplication.translate("Approvals", "Requested by:"), request.requested_by),
        (
            QCoreApplication.translate("Approvals", "Requested at:"),
            local_datetime_text(request.requested_at),
        ),
        (QCoreApplication.translate("Approvals", "Reason:"), request.reason or "—"),
    ):
        label = QLabel(value, box)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, label)
    return box


class DecisionDialog(QDialog):
    """Approve or refuse a request at one's own login, with an optional note.

    ``accept()`` calls the service; on a known error the dialog shows it and stays open.
    ``result_info`` holds the decided request afterwards.
    """

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        request: ApprovalInfo,
        approve: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.request, self.approve = ctx, actor, request, approve
        self.result_info: ApprovalInfo | None = None
        self.setWindowTitle(self.tr("Approve request") if approve else self.tr("Refuse request"))
        layout = QVBoxLayout(self)
        layout.addWidget(_request_box(self, request))
        form = QFormLayout()
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.note_edit.setPlaceholderText(
            self.tr("Optional: why you approve")
            if approve
            else self.tr("Tell the requester why (recommended)")
        )
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Approve") if approve else self.tr("&Refuse"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_dialog(self, 440)
        self.note_edit.setFocus()

    def accept(self) -> None:
        try:
            self.result_info = approvals.decide(
                self._ctx,
                self._actor,
                self.request.id,
                approve=self.approve,
                note=self.note_edit.toPlainText(),
            )
        except KnownError as exc:
            show_error(self, exc)
            return
        super().accept()


class OnTheSpotApprovalDialog(QDialog):
    """A manager approves a request at the requester's desk by typing their own login and
    password; the requester stays signed in.

    ``accept()`` calls :func:`merchant_app.services.approvals.approve_on_the_spot`; a wrong
    password or a missing permission is shown and the dialog stays open.
    """

    def __init__(
        self, ctx: AppContext, request: ApprovalInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self.request = ctx, request
        self.result_info: ApprovalInfo | None = None
        self.setWindowTitle(self.tr("Approve at this desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone who may approve this request can do it here with their own login "
                "and password. The person signed in on this desk stays signed in."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(_request_box(self, request))
        approver = QGroupBox(self.tr("Approver"), self)
        form = QFormLayout(approver)
        self.login_edit = QLineEdit(self)
        self.login_edit.setMaxLength(40)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        for text, widget in (
            (self.tr("Approver &login:"), self.login_edit),
            (self.tr("&Password:"), self.password_edit),
            (self.tr("&Note:"), self.note_edit),
        ):
            label = QLabel(text, approver)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addWidget(approver)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.login_edit.textChanged.connect(self._on_field_text_changed)
        self.password_edit.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed()
        fit_dialog(self, 460)
        self.login_edit.setFocus()

    def _on_field_text_changed(self) -> None:
        self.ok_button.setEnabled(
            bool(self.login_edit.text().strip() and self.password_edit.text())
        )

    def accept(self) -> None:
        try:
            self.result_info = approvals.approve_on_the_spot(
                self._ctx,
                self.login_edit.text(),
                self.password_edit.text(),
                self.request.id,
                note=self.note_edit.text(),
            )
        except KnownError as exc:
            self.password_edit.clear()
            show_error(self, exc)
            self.password_edit.setFocus()
            return
        self.password_edit.clear()  # the password stays in the widget no longer than needed
        super().accept()


class ApprovalsScreen(LazyScreen):
    """Requests the actor made or may decide; approve or refuse them, or let a manager
    approve one of one's own requests here at this desk."""

    required_permission = ""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.dialog: QDialog | None = None

        self.model = ApprovalsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.status_combo = QComboBox(self)
        for text, status in (
            (self.tr("Pending"), PENDING),
            (self.tr("Approved"), APPROVED),
            (self.tr("Refused"), REFUSED),
            (self.tr("All"), ""),
        ):
            self.status_combo.addItem(text, status)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        status_label = QLabel(self.tr("&Show:"), self)
        status_label.setBuddy(self.status_combo)

        self.approve_action = screen_action(
            self, self.tr("&Approve…"), self._on_approve_action_triggered
        )
        self.refuse_action = screen_action(
            self, self.tr("&Refuse…"), self._on_refuse_action_triggered
        )
        self.on_the_spot_action = screen_action(
            self, self.tr("Approve at this &desk…"), self._on_on_the_spot_action_triggered
        )
        self.on_the_spot_action.setToolTip(
            self.tr("A manager approves your request here by typing their own login")
        )
        self.refresh_action = screen_action(self, self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

        self.notice = NoticeBar(self)
        self.details = QLabel(self)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3 + 14)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        top = QHBoxLayout()
        top.addWidget(heading_label(self.tr("Approvals"), self))
        top.addStretch(1)
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        refresh_button = action_button(self, self.refresh_action)
        top.addWidget(refresh_button)
        buttons = QHBoxLayout()
        self.approve_button = action_button(self, self.approve_action)
        self.refuse_button = action_button(self, self.refuse_action)
        self.on_the_spot_button = action_button(self, self.on_the_spot_action)
        for button in (self.approve_button, self.refuse_button, self.on_the_spot_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.status_combo, refresh_button)
        QWidget.setTabOrder(refresh_button, self.table)
        QWidget.setTabOrder(self.table, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.refuse_button)
        QWidget.setTabOrder(self.refuse_button, self.on_the_spot_button)
        self._update_actions()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Reload the requests for the chosen status, keeping the selection if possible."""
        self._loaded = True
        current = self.selected_request()
        try:
            rows = approvals.list_requests(
                self._ctx, self._actor, status=self.status_combo.currentData()
            )
        except KnownError as exc:
            self.model.set_rows([])
            self._update_actions()
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self._fit_columns()
        if current is not None:
            self.select_request(current.id)
        self._update_actions()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        for column, chars in (
            (ApprovalsTableModel.SUMMARY, 34),
            (ApprovalsTableModel.REASON, 26),
        ):
            width = min(self.table.columnWidth(column), metrics.averageCharWidth() * chars)
            self.table.setColumnWidth(column, max(width, metrics.averageCharWidth() * 12))

    def selected_request(self) -> ApprovalInfo | None:
        """The request selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_request(self, request_id: str) -> None:
        """Select the row of ``request_id`` if it is listed."""
        row = self.model.row_of(request_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        request = self.selected_request()
        decidable = request is not None and may_decide(self._actor, request)
        self.approve_action.setEnabled(decidable)
        self.refuse_action.setEnabled(decidable)
        own_pending = (
            request is not None
            and request.status == PENDING
            and request.requested_by == self._actor.login
        )
        self.on_the_spot_action.setEnabled(own_pending)
        self.details.setText(self._details_text(request))

    def _details_text(self, r: ApprovalInfo | None) -> str:
        if r is None:
            return self.tr("Select a request to see its details.")
        lines = [
            self.tr("{kind}: {summary}").format(kind=kind_text(r.kind), summary=r.summary),
            self.tr("Requested by {login} at {time}. Reason: {reason}").format(
                login=r.requested_by,
                time=local_datetime_text(r.requested_at),
                reason=r.reason or "—",
            ),
        ]
        if r.status != PENDING:
            lines.append(
                self.tr("{status} by {login} at {time}. Note: {note}").format(
                    status=status_text(r.status),
                    login=r.decided_by or "",
                    time=local_datetime_text(r.decided_at),
                    note=r.decision_note or "—",
                )
            )
        elif r.requested_by == self._actor.login:
            lines.append(
                self.tr(
                    "Waiting for approval. A manager can approve now at this desk "
                    "with “Approve at this desk…”."
                )
            )
        return "\n".join(lines)

    # ----------------------------------------------------------------- slots

    def _on_table_selection_changed(self, *_args: Any) -> None:
        self._update_actions()

    def _on_status_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        if self.approve_action.isEnabled():
            self.approve_action.trigger()
        elif self.on_the_spot_action.isEnabled():
            self.on_the_spot_action.trigger()

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_approve_action_triggered(self) -> None:
        self._decide(approve=True)

    def _on_refuse_action_triggered(self) -> None:
        self._decide(approve=False)

    def _decide(self, approve: bool) -> None:
        request = self.selected_request()
        if request is None:
            return
        dialog = DecisionDialog(self._ctx, self._actor, request, approve, self)
        self._open(dialog, lambda: self._on_decision_dialog_accepted(dialog))

    def _on_decision_dialog_accepted(self, dialog: DecisionDialog) -> None:
        info = dialog.result_info
        if info is not None:
            text = (
                self.tr("Approved and applied: {summary}")
                if info.status == APPROVED
                else self.tr("Refused: {summary}")
            )
            self.notice.show_message(
                text.format(summary=info.summary),
                NoticeBar.SUCCESS if info.status == APPROVED else NoticeBar.INFO,
            )
        self.refresh()

    def _on_on_the_spot_action_triggered(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        dialog = OnTheSpotApprovalDialog(self._ctx, request, self)
        self._open(dialog, lambda: self._on_on_the_spot_dialog_accepted(dialog))

    def _on_on_the_spot_dialog_accepted(self, dialog: OnTheSpotApprovalDialog) -> None:
        info = dialog.result_info
        if info is not None:
            self.notice.show_message(
                self.tr("{login} approved: {summary}").format(
                    login=info.decided_by or "", summary=info.summary
                ),
                NoticeBar.SUCCESS,
            )
        self.refresh()
