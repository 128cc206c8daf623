"""Users (AUTH-1..3): the staff list and what an Owner does with it: create users, change
roles (through an approval), deactivate, unlock, reset passwords and issue enrolment codes
for other desks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error
from merchant_app.gui.screens.approvals import OnTheSpotApprovalDialog
from merchant_app.gui.widgets import (
    LazyScreen,
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    action_button,
    action_with_mnemonic,
    configure_table,
    fit_dialog,
    heading_label,
    local_datetime_text,
    screen_action,
)
from merchant_app.services import auth, staff
from merchant_app.services.approvals import APPROVED, PENDING, ApprovalInfo
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.staff import RoleRow, UserRow


class UsersTableModel(RecordsTableModel[UserRow]):
    """The staff list; holds frozen :class:`UserRow` records, in the service's order."""

    LOGIN, NAME, ROLE, STATUS, LOCKED, FAILED = range(6)
    COLUMNS = 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Login"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Locked"),
                self.tr("Failed attempts"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FAILED:
            return self.tr("Failed sign-in attempts in a row since the last good one")
        return None

    def _text(self, u: UserRow, column: int) -> str:
        if column == self.LOGIN:
            return u.login
        if column == self.NAME:
            return u.display_name
        if column == self.ROLE:
            return u.role_name
        if column == self.STATUS:
            return self.tr("Active") if u.active else self.tr("Deactivated")
        if column == self.LOCKED:
            return self.tr("Locked") if u.locked else ""
        return str(u.failed_attempts)

    def _tooltip(self, u: UserRow, column: int) -> str:
        if column == self.LOGIN:
            return self.tr("{login}, created {time}").format(
                login=u.login, time=local_datetime_text(u.created_at)
            )
        if column == self.STATUS and not u.active:
            return self.tr("Deactivated: cannot sign in on any desk")
        if column == self.LOCKED and u.locked:
            return self.tr("Locked after too many failed attempts; use Unlock")
        return self._text(u, column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        u = self.row_at(index.row())
        column = index.column()
        if u is None or not 0 <= column < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(u, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(u, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FAILED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            palette = QGuiApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and u.locked and column == self.LOCKED:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        if role == self.ROW_ROLE:
            return u
        return None


def _role_combo(parent: QWidget, roles: list[RoleRow], current_id: str = "") -> QComboBox:
    combo = QComboBox(parent)
    for r in roles:
        combo.addItem(r.name, r.id)
    combo.setCurrentIndex(combo.findData(current_id) if current_id else -1)
    return combo


def _form_row(form: QFormLayout, parent: QWidget, text: str, field: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def _ok_cancel(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class NewUserDialog(QDialog):
    """Login, name, role and a first password; ``accept()`` creates the user (enrolled
    on this desk) or shows why not and stays open.  ``created`` holds the new user."""

    def __init__(
        self, ctx: AppContext, actor: Actor, roles: list[RoleRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.created: UserRow | None = None
        self.setWindowTitle(self.tr("New user"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setMaxLength(40)
        self.login_edit.setPlaceholderText(self.tr("e.g. clara or wang.li"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(80)
        self.role_combo = _role_combo(self, roles)
        self.role_combo.setPlaceholderText(self.tr("Choose a role…"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mismatch_label = QLabel(self.tr("The two passwords differ."), self)
        self.mismatch_label.setStyleSheet("color: rgb(198, 40, 40);")
        self.mismatch_label.setVisible(False)

        form = QFormLayout()
        _form_row(form, self, self.tr("&Login:"), self.login_edit)
        _form_row(form, self, self.tr("&Name:"), self.name_edit)
        _form_row(form, self, self.tr("&Role:"), self.role_combo)
        _form_row(form, self, self.tr("&Password:"), self.password_edit)
        _form_row(form, self, self.tr("Con&firm password:"), self.confirm_edit)
        form.addRow("", self.mismatch_label)
        hint = QLabel(
            self.tr(
                "The password works on this desk. For another desk, issue an enrolment "
                "code afterwards."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Create &user"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        for edit in (self.login_edit, self.name_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_field_changed)
        self.role_combo.currentIndexChanged.connect(self._on_field_changed)
        self._on_field_changed()
        fit_dialog(self, 420)
        self.login_edit.setFocus()

    def _on_field_changed(self, *_args: Any) -> None:
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        mismatch = bool(confirm) and password != confirm
        self.mismatch_label.setVisible(mismatch)
        self.ok_button.setEnabled(
            bool(self.login_edit.text().strip() and self.name_edit.text().strip())
            and self.role_combo.currentIndex() >= 0
            and bool(password)
            and password == confirm
        )

    def accept(self) -> None:
        try:
            self.created = staff.create_user(
                self._ctx,
                self._actor,
                login=self.login_edit.text(),
                display_name=self.name_edit.text(),
                role_id=self.role_combo.currentData(),
                password=self.password_edit.text(),
            )
        except KnownError as exc:
            show_error(self, exc)
            return
        self.password_edit.clear()
        self.confirm_edit.clear()
        super().accept()


class ChangeRoleDialog(QDialog):
    """Another role for a user, with a reason; ``accept()`` submits the request, which is
    applied at once or waits for approval.  ``result_info`` holds the request."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        user: UserRow,
        roles: list[RoleRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.user = ctx, actor, user
        self.result_info: ApprovalInfo | None = None
        self.setWindowTitle(self.tr("Change role"))
        intro = QLabel(
            self.tr("{name} ({login}) has the role “{role}”.").format(
                name=user.display_name, login=user.login, role=user.role_name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.role_combo = _role_combo(self, roles, user.role_id)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("Why the change is needed"))
        form = QFormLayout()
        _form_row(form, self, self.tr("New &role:"), self.role_combo)
        _form_row(form, self, self.tr("R&eason:"), self.reason_edit)
        note = QLabel(
            self.tr(
                "If you may not approve role changes yourself, the change waits for "
                "someone who may."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("&Change role"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.role_combo.currentIndexChanged.connect(self._on_role_combo_changed)
        self._on_role_combo_changed()
        fit_dialog(self, 420)
        self.role_combo.setFocus()

    def role_name(self) -> str:
        """The role chosen."""
        return self.role_combo.currentText()

    def _on_role_combo_changed(self, *_args: Any) -> None:
        role_id = self.role_combo.currentData()
        self.ok_button.setEnabled(role_id is not None and role_id != self.user.role_id)

    def accept(self) -> None:
        try:
            self.result_info = staff.request_role_change(
                self._ctx,
                self._actor,
                self.user.id,
                self.role_combo.currentData(),
                self.reason_edit.text(),
            )
        except KnownError as exc:
            show_error(self, exc)
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """A new password for another user on this desk; ``accept()`` sets it."""

    def __init__(
        self, ctx: AppContext, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.user = ctx, actor, user
        self.setWindowTitle(self.tr("Reset password on this desk"))
        intro = QLabel(
            self.tr(
                "Choose a new password for {name} ({login}). It is stored in this desk's "
                "keyring only; on other desks they keep their password or enrol with a code."
            ).format(name=user.display_name, login=user.login),
            self,
        )
        intro.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mismatch_label = QLabel(self.tr("The two passwords differ."), self)
        self.mismatch_label.setStyleSheet("color: rgb(198, 40, 40);")
        self.mismatch_label.setVisible(False)
        form = QFormLayout()
        _form_row(form, self, self.tr("New &password:"), self.password_edit)
        _form_row(form, self, self.tr("&Confirm password:"), self.confirm_edit)
        form.addRow("", self.mismatch_label)
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("&Set password"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.password_edit.textChanged.connect(self._on_field_changed)
        self.confirm_edit.textChanged.connect(self._on_field_changed)
        self._on_field_changed()
        fit_dialog(self, 420)
        self.password_edit.setFocus()

    def _on_field_changed(self, *_args: Any) -> None:
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        self.mismatch_label.setVisible(bool(confirm) and password != confirm)
        self.ok_button.setEnabled(bool(password) and password == confirm)

    def accept(self) -> None:
        try:
            auth.reset_password(self._ctx, self._actor, self.user.id, self.password_edit.text())
        except KnownError as exc:
            show_error(self, exc)
            return
        self.password_edit.clear()
        self.confirm_edit.clear()
        super().accept()


class EnrolmentCodeDialog(QDialog):
    """Issue a single-use code with which a user sets their password on another desk,
    then show it large and selectable with its expiry and what to do with it."""

    VALIDITY_HOURS = (1, 4, 24, 72, 168)

    def __init__(
        self, ctx: AppContext, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.user = ctx, actor, user
        self.code = ""
        self.setWindowTitle(self.tr("Enrolment code for {login}").format(login=user.login))
        self.pages = QStackedWidget(self)

        ask = QWidget(self.pages)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "An enrolment code lets {name} ({login}) set their password on another "
                "desk. It works once and only until it expires."
            ).format(name=user.display_name, login=user.login),
            ask,
        )
        intro.setWordWrap(True)
        ask_layout.addWidget(intro)
        self.validity_combo = QComboBox(ask)
        for hours in self.VALIDITY_HOURS:
            self.validity_combo.addItem(self._validity_text(hours), hours)
        self.validity_combo.setCurrentIndex(self.VALIDITY_HOURS.index(24))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        _form_row(form, ask, self.tr("&Valid for:"), self.validity_combo)
        ask_layout.addLayout(form)
        ask_layout.addStretch(1)
        self.pages.addWidget(ask)

        shown = QWidget(self.pages)
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.setSpacing(10)
        self.code_label = QLabel(shown)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.4)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAccessibleName(self.tr("Enrolment code"))
        self.expiry_label = QLabel(shown)
        self.expiry_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions_label = QLabel(shown)
        self.instructions_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("C&opy code"), shown)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        shown_layout.addWidget(self.code_label)
        shown_layout.addWidget(self.expiry_label)
        shown_layout.addWidget(self.instructions_label)
        shown_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages.addWidget(shown)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = self.buttons.addButton(
            self.tr("&Issue code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        fit_dialog(self, 460)
        self.validity_combo.setFocus()

    def _validity_text(self, hours: int) -> str:
        texts = {
            1: self.tr("1 hour"),
            4: self.tr("4 hours"),
            24: self.tr("1 day"),
            72: self.tr("3 days"),
            168: self.tr("7 days"),
        }
        return texts[hours]

    def _on_buttons_accepted(self) -> None:
        if self.code:
            self.accept()
        else:
            self.issue()

    def issue(self) -> bool:
        """Ask the service for a code and show it; False (error shown) if refused."""
        hours = int(self.validity_combo.currentData())
        try:
            self.code = auth.issue_enrolment_code(self._ctx, self._actor, self.user.id, hours)
        except KnownError as exc:
            show_error(self, exc)
            return False
        # the service does not return the expiry; it is issue time + validity
        expires = self._ctx.clock() + timedelta(hours=hours)
        self.code_label.setText(self.code)
        self.expiry_label.setText(
            self.tr("For {login}, valid until {time}").format(
                login=self.user.login, time=local_datetime_text(expires)
            )
        )
        self.instructions_label.setText(
            self.tr(
                "On the other desk choose “Enrol on this desk” and enter this code. "
                "{name} then chooses a password there. The code works once; it is not "
                "shown again."
            ).format(name=self.user.display_name)
        )
        self.pages.setCurrentIndex(1)
        fit_dialog(self, self.width())
        self.buttons.clear()
        done = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        done.clicked.connect(self.accept)
        done.setDefault(True)
        self.code_label.setFocus()
        return True

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText(self.tr("Copied"))


class UsersScreen(LazyScreen):
    """The staff list for holders of ``user.manage``, with every user action."""

    required_permission = "user.manage"

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._list_ok = True
        self.dialog: QDialog | None = None

        self.model = UsersTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UsersTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.new_action = screen_action(
            self, self.tr("&New user…"), self._on_new_action_triggered, QKeySequence.StandardKey.New
        )
        self.change_role_action = screen_action(
            self, self.tr("Change &role…"), self._on_change_role_action_triggered
        )
        self.toggle_active_action = screen_action(
            self, self.tr("&Deactivate"), self._on_toggle_active_action_triggered
        )
        self.unlock_action = screen_action(
            self, self.tr("&Unlock"), self._on_unlock_action_triggered
        )
        self.reset_password_action = screen_action(
            self, self.tr("Reset &password on this desk…"), self._on_reset_password_action_triggered
        )
        self.enrol_action = screen_action(
            self, self.tr("Issue &enrolment code…"), self._on_enrol_action_triggered
        )
        self.enrol_action.setToolTip(
            self.tr("A single-use code with which the user sets a password on another desk")
        )
        self.refresh_action = screen_action(
            self, self.tr("Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        for action in (
            self.change_role_action,
            self.toggle_active_action,
            self.unlock_action,
            self.reset_password_action,
            self.enrol_action,
        ):
            self.table.addAction(action)

        self.notice = NoticeBar(self)
        top = QHBoxLayout()
        top.addWidget(heading_label(self.tr("Users"), self))
        top.addStretch(1)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        bar = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        for action in (
            self.new_action,
            self.change_role_action,
            self.toggle_active_action,
            self.unlock_action,
            self.reset_password_action,
            self.enrol_action,
        ):
            button = action_button(self, action)
            self.buttons.append(button)
            bar.addWidget(button)
        bar.addStretch(1)
        refresh_button = action_button(self, self.refresh_action)
        bar.addWidget(refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        chain: list[QWidget] = [*self.buttons, refresh_button, self.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_actions()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Reload the users, keeping the selection when the user is still listed."""
        self._loaded = True
        current = self.selected_user()
        try:
            rows = staff.list_users(self._ctx, self._actor)
        except KnownError as exc:
            self._list_ok = False
            self.model.set_rows([])
            self._update_actions()
            show_error(self, exc)
            return
        self._list_ok = True
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        for column in range(UsersTableModel.COLUMNS):
            width = max(self.table.columnWidth(column), metrics.averageCharWidth() * 10)
            self.table.setColumnWidth(column, width + metrics.averageCharWidth() * 2)
        if current is not None:
            self.select_user(current.id)
        self._update_actions()

    def selected_user(self) -> UserRow | None:
        """The user selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, user_id: str) -> None:
        """Select the row of ``user_id`` if it is listed."""
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)

    def _roles(self) -> list[RoleRow] | None:
        try:
            return staff.list_roles(self._ctx, self._actor)
        except KnownError as exc:
            show_error(self, exc)
            return None

    def _update_actions(self) -> None:
        user = self.selected_user()
        self.new_action.setEnabled(self._list_ok)
        someone_else = user is not None and user.id != self._actor.user_id
        self.change_role_action.setEnabled(someone_else)
        self.toggle_active_action.setEnabled(someone_else)
        if user is not None and not user.active:
            action_with_mnemonic(self.toggle_active_action, self.tr("Re&activate"))
        else:
            action_with_mnemonic(self.toggle_active_action, self.tr("&Deactivate"))
        self.unlock_action.setEnabled(
            user is not None and (user.locked or user.failed_attempts > 0)
        )
        self.reset_password_action.setEnabled(user is not None and user.active)
        self.enrol_action.setEnabled(user is not None and user.active)
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Users: %n", "", count) if self._list_ok else "")

    # ----------------------------------------------------------------- slots

    def _on_table_selection_changed(self, *_args: Any) -> None:
        self._update_actions()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        if self.change_role_action.isEnabled():
            self.change_role_action.trigger()

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Open ``dialog`` window-modal without blocking; tests reach it as ``dialog``."""
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_new_action_triggered(self) -> None:
        roles = self._roles()
        if roles is None:
            return
        dialog = NewUserDialog(self._ctx, self._actor, roles, self)
        self._open(dialog, lambda: self._on_new_user_dialog_accepted(dialog))

    def _on_new_user_dialog_accepted(self, dialog: NewUserDialog) -> None:
        self.refresh()
        if dialog.created is not None:
            self.select_user(dialog.created.id)
            self.notice.show_message(
                self.tr(
                    "{login} can now sign in on this desk. To let them use another desk, "
                    "issue an enrolment code."
                ).format(login=dialog.created.login),
                NoticeBar.SUCCESS,
                self.tr("Issue enrolment code…"),
                self.enrol_action.trigger,
            )

    def _on_change_role_action_triggered(self) -> None:
        user = self.selected_user()
        roles = self._roles() if user is not None else None
        if user is None or roles is None:
            return
        dialog = ChangeRoleDialog(self._ctx, self._actor, user, roles, self)
        self._open(dialog, lambda: self._on_change_role_dialog_accepted(dialog))

    def _on_change_role_dialog_accepted(self, dialog: ChangeRoleDialog) -> None:
        info = dialog.result_info
        self.refresh()
        if info is None:
            return
        if info.status == APPROVED:
            self.notice.show_message(
                self.tr("{login} now has the role “{role}”.").format(
                    login=dialog.user.login, role=dialog.role_name()
                ),
                NoticeBar.SUCCESS,
            )
        elif info.status == PENDING:
            self.notice.show_message(
                self.tr(
                    "The change of {login} to “{role}” is waiting for approval by someone "
                    "who may change roles. A manager can approve now at this desk."
                ).format(login=dialog.user.login, role=dialog.role_name()),
                NoticeBar.WARNING,
                self.tr("Approve at this desk…"),
                lambda: self.approve_on_the_spot(info),
            )

    def approve_on_the_spot(self, request: ApprovalInfo) -> OnTheSpotApprovalDialog:
        """Open the dialog where a manager approves ``request`` at this desk."""
        dialog = OnTheSpotApprovalDialog(self._ctx, request, self)
        self._open(dialog, lambda: self._on_on_the_spot_dialog_accepted(dialog))
        return dialog

    def _on_on_the_spot_dialog_accepted(self, dialog: OnTheSpotApprovalDialog) -> None:
        self.refresh()
        info = dialog.result_info
        if info is not None:
            self.notice.show_message(
                self.tr("{approver} approved: {summary}").format(
                    approver=info.decided_by or "", summary=info.summary
                ),
                NoticeBar.SUCCESS,
            )

    def _on_toggle_active_action_triggered(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active:
            question = self.tr(
                "Deactivate {name} ({login})? They are signed out of every desk at their "
                "next action and can no longer sign in. You can reactivate them later."
            )
            title = self.tr("Deactivate user")
        else:
            question = self.tr("Reactivate {name} ({login})? They can sign in again.")
            title = self.tr("Reactivate user")
        answer = QMessageBox.question(
            self,
            title,
            question.format(name=user.display_name, login=user.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            staff.set_user_active(self._ctx, self._actor, user.id, not user.active)
        except KnownError as exc:
            show_error(self, exc)
            return
        self.refresh()
        text = (
            self.tr("{login} has been reactivated.")
            if not user.active
            else self.tr("{login} has been deactivated and can no longer sign in.")
        )
        self.notice.show_message(text.format(login=user.login), NoticeBar.SUCCESS)

    def _on_unlock_action_triggered(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            staff.unlock_user(self._ctx, self._actor, user.id)
        except KnownError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.notice.show_message(
            self.tr("{login} is unlocked and can try to sign in again.").format(login=user.login),
            NoticeBar.SUCCESS,
        )

    def _on_reset_password_action_triggered(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self._ctx, self._actor, user, self)
        self._open(dialog, lambda: self._on_reset_password_dialog_accepted(dialog))

    def _on_reset_password_dialog_accepted(self, dialog: ResetPasswordDialog) -> None:
        self.refresh()
        self.notice.show_message(
            self.tr("The password of {login} on this desk has been changed.").format(
                login=dialog.user.login
            ),
            NoticeBar.SUCCESS,
        )

    def _on_enrol_action_triggered(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = EnrolmentCodeDialog(self._ctx, self._actor, user, self)
        self._open(dialog, lambda: None)
