"""A manager approves a discount below the floor at the desk: login and password, asked
in a small dialog while the order stays on screen."""

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

from merchant_app.gui.widgets import fit_dialog


class ManagerApprovalDialog(QDialog):
    """Asks for a manager's login and password; :meth:`ask` returns them (or None)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manager approval"))
        layout = QVBoxLayout(self)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        form = QFormLayout()
        self.login = QLineEdit(self)
        self.login.setAccessibleName(self.tr("Manager's login"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Manager's password"))
        form.addRow(self.tr("Manager's &login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.login.setFocus()
        fit_dialog(self, 420)

    def credentials(self) -> tuple[str, str]:
        """The login and password typed."""
        return self.login.text().strip(), self.password.text()

    @classmethod
    def ask(cls, reason: str, parent: QWidget | None = None) -> tuple[str, str] | None:
        """Show the dialog; the login and password, or None when cancelled or empty."""
        dialog = cls(reason, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            login, password = dialog.credentials()
            return (login, password) if login and password else None
        finally:
            dialog.password.clear()
            dialog.deleteLater()
