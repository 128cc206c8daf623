"""Signing in: the login window at start, and the same panel on a locked desk.

This module is imported before the database layer loads, so it imports no service at
module level: the services come in on the worker thread when the user signs in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_app import APP_NAME
from merchant_app.errors import KnownError

# top-left in its three-line box; set by style sheet because the window shows before
# Python first touches the Qt namespace (creating it costs ~20 ms of start-up)
_MESSAGE_STYLE = "qproperty-alignment: 'AlignTop | AlignLeft';"


class LoginPanel(QWidget):
    """Login and password fields; emits ``signed_in(actor)`` once the services agree.

    Until :meth:`set_context` is called the panel accepts typing but waits to check; an
    Enter pressed early is remembered and checked as soon as the shop is open."""

    signed_in = Signal(object)
    enrol_requested = Signal()
    kit_requested = Signal()

    def __init__(self, runner: Any, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._ctx: Any = None
        self._pending = False
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.subtitle)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 3)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("&Enrol on this desk…"))
        self.enrol_button.setAutoDefault(False)
        self.kit_button = QPushButton(self.tr("Import &recovery kit…"))
        self.kit_button.setAutoDefault(False)
        self.kit_button.setToolTip(
            self.tr("On a new computer: bring this shop's keys and the Owner's sign-in here")
        )
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.kit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.setTabOrder(self.login, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.enrol_button)
        self.setTabOrder(self.enrol_button, self.kit_button)
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_password_return_pressed)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.kit_button.clicked.connect(self.kit_requested)
        self.enrol_button.setEnabled(False)
        self.kit_button.setEnabled(False)
        self.set_message(self.tr("Opening the shop…"), error=False)

    def set_context(self, ctx: Any) -> None:
        """The shop is open: sign-ins can be checked now."""
        self._ctx = ctx
        self.enrol_button.setEnabled(True)
        self.kit_button.setEnabled(True)
        if self.message.text() == self.tr("Opening the shop…"):
            self.set_message("", error=False)
        if self._pending:
            self._pending = False
            self._submit()

    def set_message(self, text: str, *, error: bool = True) -> None:
        """Show a line under the fields (red for a refusal)."""
        self.message.setStyleSheet(_MESSAGE_STYLE + ("color: #c62828;" if error and text else ""))
        self.message.setText(text)

    def reset(self, login: str = "") -> None:
        """Empty the fields (keep ``login`` filled) and focus the right one."""
        self.login.setText(login)
        self.password.clear()
        self.set_message("", error=False)
        (self.password if login else self.login).setFocus()

    def _on_password_return_pressed(self) -> None:
        self._submit()

    def _on_sign_in_button_clicked(self) -> None:
        self._submit()

    def _submit(self) -> None:
        if self._busy:
            return
        login, password = self.login.text(), self.password.text()
        if not login.strip():
            self.set_message(self.tr("Enter your login."))
            self.login.setFocus()
            return
        if not password:
            self.set_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        if self._ctx is None:
            self._pending = True
            self.set_message(
                self.tr("Opening the shop… you will be signed in shortly."), error=False
            )
            return
        ctx = self._ctx
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.set_message(self.tr("Checking…"), error=False)

        def check(_progress: Any, _token: Any) -> Any:
            from merchant_app.services.auth import authenticate

            return authenticate(ctx, login, password)

        self._runner.run(
            check, on_done=self._on_checked, on_error=self._on_refused, parent_widget=self
        )

    def _on_checked(self, actor: Any) -> None:
        self._busy = False
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.set_message("", error=False)
        self.signed_in.emit(actor)

    def _on_refused(self, exc: BaseException) -> None:
        self._busy = False
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, KnownError):
            from merchant_app.gui.errors import translate_error

            self.set_message(translate_error(exc))
        else:
            from merchant_app.gui.errors import show_error

            show_error(self, exc)


class LoginWindow(QWidget):
    """The first window: the shop's name and the login panel.

    ``first_painted`` tells the application when the user can see it, so heavy loading
    starts only then and does not compete with the first paint."""

    first_painted = Signal()

    def __init__(self, runner: Any, shop_name: str, keyring_note: str = ""):
        super().__init__()
        self.setObjectName("LoginWindow")
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = LoginPanel(
            runner, shop_name or APP_NAME, self.tr("Sign in to start work at this desk."), self
        )
        layout.addWidget(self.panel)
        self.keyring_note = QLabel(keyring_note)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setContentsMargins(32, 0, 32, 16)
        self.keyring_note.setVisible(bool(keyring_note))
        layout.addWidget(self.keyring_note)
        self._painted = False
        self.resize(460, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def set_keyring_note(self, text: str) -> None:
        """Say where passwords are kept when that is not the OS keyring (the demo)."""
        self.keyring_note.setText(text)
        self.keyring_note.setVisible(bool(text))
