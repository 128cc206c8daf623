"""Settings → Server: point this desk at the shop's PostgreSQL server (GROW-1), test the
connection, and export the desk set-up bundle a new desk joins with.

The panel only gathers input and shows results; every rule is in
``services/desk_connection.py``, and the network work runs on the window's task runner
(inline when there is none, as in tests).  The password field is never filled in: a
password kept in this computer's keyring is used when the field is left empty.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.dialogs import FormDialog, password_field
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.widgets import NoticeBar

DEFAULT_PORT = 5432


class BundlePassphraseDialog(FormDialog):
    """Asks the Owner for the bundle's passphrase, twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export desk set-up bundle"),
            self.tr(
                "The bundle lets a new computer join this shop without typing the server's "
                "password or the member data key. It is locked with a passphrase: choose "
                "one of at least 12 characters, and give it to the person setting up the "
                "new desk separately from the file (say it, do not send it with the file)."
            ),
            parent,
        )
        self.passphrase = password_field(self)
        self.confirm = password_field(self)
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.form.addRow(self.tr("&Repeat passphrase:"), self.confirm)

    def _on_buttons_accepted(self) -> None:
        if self.passphrase.text() != self.confirm.text():
            self.show_problem(self.tr("The two passphrases are not the same."))
            return
        from merchant_app.services.desk_connection import check_bundle_passphrase

        try:
            check_bundle_passphrase(self.passphrase.text())
        except KnownError as exc:
            self.show_problem(translate_error(exc))
            return
        self.accept()


class ServerSettingsPanel(QGroupBox):
    """Where this desk's shop lives, and the buttons to test, use and share a server.

    ``server_chosen(settings)`` is emitted after "Use this server" saved the new settings
    (the shop opens on the server when the app starts again)."""

    server_chosen = Signal(object)
    connection_tested = Signal(object)
    bundle_exported = Signal(object)

    def __init__(
        self,
        ctx: Any,
        actor: Any,
        settings: Any,
        runner: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Server (several desks, one shop)"), parent)
        self._ctx, self._actor, self._settings, self.runner = ctx, actor, settings, runner
        self._on_server = bool(ctx is not None and ctx.db.dialect == "postgresql")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Desks share one shop through a PostgreSQL server. The server's password "
                "is kept in this computer's keyring, never in the settings file."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)

        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example shop-server or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = password_field(self)
        self.encryption = QComboBox()
        for code, label in (
            ("prefer", self.tr("Use it when the server offers it")),
            ("require", self.tr("Required")),
            ("verify-full", self.tr("Required, and check the server's certificate")),
            ("disable", self.tr("Off (only on a trusted network)")),
        ):
            self.encryption.addItem(label, code)
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("name=value&name=value (rarely needed)"))
        where = QHBoxLayout()
        where.addWidget(self.host, 1)
        port_label = QLabel(self.tr("P&ort:"))
        port_label.setBuddy(self.port)
        where.addWidget(port_label)
        where.addWidget(self.port)
        host_label = QLabel(self.tr("&Server:"))
        host_label.setBuddy(self.host)
        form.addRow(host_label, where)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("User &name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Encryption:"), self.encryption)
        form.addRow(self.tr("Other o&ptions:"), self.options)
        layout.addLayout(form)

        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.use_button = QPushButton(self.tr("&Use this server"))
        self.export_button = QPushButton(self.tr("E&xport desk set-up bundle…"))
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        may_change = actor is not None and actor.can("settings.manage")
        self.use_button.setEnabled(may_change)
        if not may_change:
            self.use_button.setToolTip(
                self.tr("Only staff who may change shop settings can point this desk elsewhere.")
            )
        may_export = actor is not None and actor.can("backup.run") and self._on_server
        self.export_button.setEnabled(may_export)
        if not self._on_server:
            self.export_button.setToolTip(
                self.tr("Only a shop kept on a PostgreSQL server can be joined by other desks.")
            )
        elif not may_export:
            self.export_button.setToolTip(
                self.tr("Only staff who may make backups can export the bundle.")
            )
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self._fill()

    # -- showing ----------------------------------------------------------------------

    def _fill(self) -> None:
        """Show where the shop lives now, and prefill the fields with its server."""
        if not self._on_server:
            self.current.setText(self.tr("This desk keeps the shop in a file on this computer."))
            return
        from merchant_app.services.desk_connection import server_address

        address = server_address(self._ctx)
        if address is None:
            return
        self.current.setText(
            self.tr("This desk works on the server {server}.").format(server=address.display())
        )
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        mode = address.option("sslmode", "prefer")
        index = self.encryption.findData(mode)
        self.encryption.setCurrentIndex(max(index, 0))
        rest = [(k, v) for k, v in address.options if k != "sslmode"]
        from urllib.parse import urlencode

        self.options.setText(urlencode(rest, safe="=,") if rest else "")

    def address(self) -> Any:
        """The address the fields describe (validated; :class:`InvalidInput` otherwise)."""
        from urllib.parse import parse_qsl

        from merchant_app.security.server_secret import ServerAddress

        options = tuple(parse_qsl(self.options.text().strip(), keep_blank_values=True))
        address = ServerAddress(
            host=self.host.text(),
            database=self.database.text(),
            user=self.user.text(),
            port=self.port.value(),
            options=options,
        )
        mode = self.encryption.currentData()
        return address.with_option("sslmode", "" if mode == "prefer" else mode).validated()

    def _password_for(self, address: Any) -> str | None:
        """The typed password, else the one this desk's keyring keeps for ``address``."""
        typed = self.password.text()
        if typed or self._ctx is None:
            return typed or None
        from merchant_app.services.desk_connection import stored_password

        return stored_password(self._ctx.keys, address)

    def _report_text(self, report: Any) -> tuple[str, str]:
        """The notice for a successful connection test: (text, level)."""
        from merchant_app.services.desk_connection import SCHEMA_EMPTY, SCHEMA_OLDER

        if report.schema == SCHEMA_EMPTY:
            return (
                self.tr(
                    "Connected. The database is empty: after “Use this server” and a "
                    "restart, a new shop is set up there."
                ),
                NoticeBar.SUCCESS,
            )
        text = self.tr("Connected. The server holds the shop “{shop}”.").format(
            shop=report.shop_name
        )
        if report.schema == SCHEMA_OLDER:
            text += " " + self.tr(
                "Its database will be updated for this version of the app when the shop "
                "opens on it."
            )
        if self._ctx is not None and report.shop_id != self._ctx.shop_id:
            text += " " + self.tr(
                "It is not the shop open on this desk now: this desk would join it as a "
                "new desk, and staff enrol there with codes from its Owner."
            )
            return text, NoticeBar.WARNING
        return text, NoticeBar.SUCCESS

    # -- running ------------------------------------------------------------------------

    def _run(self, fn: Any, on_done: Any, label: str) -> None:
        """``fn()`` on the task runner (here and now without one); known errors go to the
        notice bar, bugs to the crash dialog."""

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, KnownError):
                self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            else:
                show_error(self, exc)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self._set_busy(True)
        if self.runner is None:
            try:
                result = fn()
            except BaseException as exc:
                failed(exc)
                return
            done(result)
            return
        self.runner.run(
            lambda _p, _t: fn(), on_done=done, on_error=failed, parent_widget=self, label=label
        )

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        may_change = self._actor is not None and self._actor.can("settings.manage")
        self.use_button.setEnabled(not busy and may_change)

    def _checked_address(self) -> Any:
        try:
            return self.address()
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return None

    def _on_test_button_clicked(self) -> None:
        address = self._checked_address()
        if address is None:
            return
        self.notice.show_message(self.tr("Testing the connection…"), NoticeBar.INFO)

        def work() -> Any:
            from merchant_app.services.desk_connection import test_connection

            return test_connection(address, self._password_for(address))

        self._run(work, self._on_tested, self.tr("Testing the connection…"))

    def _on_tested(self, report: Any) -> None:
        if report.problem is not None:
            self.notice.show_message(translate_error(report.problem), NoticeBar.ERROR)
        else:
            self.notice.show_message(*self._report_text(report))
        self.connection_tested.emit(report)

    def _on_use_button_clicked(self) -> None:
        address = self._checked_address()
        if address is None:
            return
        ctx, actor, settings = self._ctx, self._actor, self._settings

        def work() -> Any:
            from merchant_app.services.desk_connection import use_server

            return use_server(ctx, actor, settings, address, self._password_for(address))

        self._run(work, self._on_used, self.tr("Checking the server…"))

    def _on_used(self, choice: Any) -> None:
        self._settings = choice.settings
        self.password.clear()
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        server = choice.report.address.display()
        if choice.report.shop_id and choice.same_shop:
            text = self.tr(
                "Saved. Close the app and start it again: the shop will then open on {server}."
            ).format(server=server)
        elif choice.report.shop_id:
            text = self.tr(
                "Saved. Close the app and start it again: this desk will then open the shop "
                "“{shop}” on {server} as a new desk. Staff enrol there with enrolment codes "
                "from its Owner."
            ).format(shop=choice.report.shop_name, server=server)
        else:
            text = self.tr(
                "Saved. Close the app and start it again: a new shop will then be set up on "
                "{server}."
            ).format(server=server)
        self.notice.show_message(text, NoticeBar.SUCCESS)
        self.server_chosen.emit(choice.settings)

    # -- the bundle ---------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        dialog = BundlePassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = self.tr("desk-set-up-bundle.txt")
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the desk set-up bundle"),
            str(Path.home() / name),
            self.tr("Text files (*.txt)"),
        )
        if path:
            self.export_to(Path(path), dialog.passphrase.text())

    def export_to(self, path: Path, passphrase: str) -> None:
        """Export the bundle sealed with ``passphrase`` into ``path`` (readable by this
        computer's user only) and say where it went."""
        ctx, actor = self._ctx, self._actor

        def work() -> Any:
            from merchant_app.services.desk_connection import bundle_text_file, export_bundle

            bundle = export_bundle(ctx, actor, passphrase)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii", newline="\n") as handle:
                handle.write(bundle_text_file(bundle))
            return bundle

        def done(bundle: Any) -> None:
            self.notice.show_message(
                self.tr(
                    "The desk set-up bundle for “{shop}” is saved in {path}. On the new "
                    "computer, choose “Join an existing shop” when the app first starts. "
                    "Give the passphrase separately."
                ).format(shop=bundle.shop_name, path=str(path)),
                NoticeBar.SUCCESS,
            )
            self.bundle_exported.emit(bundle)

        self._run(work, done, self.tr("Sealing the desk set-up bundle…"))
