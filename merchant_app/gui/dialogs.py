"""Small dialogs around signing in: enrolment on this desk and changing a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def password_field(parent: QWidget) -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class FormDialog(QDialog):
    """A dialog with an explanation, a form and OK/Cancel; ``error`` shows a problem inline."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        """Show why OK did not go through, without closing."""
        self.error.setText(text)
        self.error.show()

    def _on_buttons_accepted(self) -> None:
        self.accept()


class EnrolDialog(FormDialog):
    """Enrol on this desk with a code the Owner issued: login, code, new password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Enrol on this desk"),
            self.tr(
                "Your Owner gave you an enrolment code for this desk. Enter it with your "
                "login and choose the password you will use here."
            ),
            parent,
        )
        self.login = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.password = password_field(self)
        self.confirm = password_field(self)
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("Enrolment &code:"), self.code)
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.confirm)

    def _on_buttons_accepted(self) -> None:
        if not self.login.text().strip() or not self.code.text().strip():
            self.show_problem(self.tr("Enter your login and the enrolment code."))
            return
        if self.password.text() != self.confirm.text():
            self.show_problem(self.tr("The two passwords are not the same."))
            return
        self.accept()


class ChangePasswordDialog(FormDialog):
    """A signed-in user changes their own password on this desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change my password"),
            self.tr(
                "At least 8 characters, not only digits, and not your login. "
                "The new password is for this desk."
            ),
            parent,
        )
        self.old = password_field(self)
        self.new = password_field(self)
        self.confirm = password_field(self)
        self.form.addRow(self.tr("&Current password:"), self.old)
        self.form.addRow(self.tr("&New password:"), self.new)
        self.form.addRow(self.tr("&Repeat new password:"), self.confirm)

    def _on_buttons_accepted(self) -> None:
        if self.new.text() != self.confirm.text():
            self.show_problem(self.tr("The two new passwords are not the same."))
            return
        self.accept()
