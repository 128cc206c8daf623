"""The recovery kit on screen (SAFE-2): make one (PDF and/or text file), import one.

* :class:`RecoveryKitPanel` — for a signed-in user (Settings → Backups): export with a
  passphrase typed twice, saved as a printable PDF and/or a ``.txt`` file (both from the
  same kit until the passphrase is typed again); import by pasting, opening the ``.txt``
  or scanning the printed QR code (:meth:`RecoveryKitPanel.handle_scan`).
* :class:`RecoveryKitDialog` — for the sign-in window, before anyone is signed in, when
  this computer lacks the shop's keys (``services.recovery_kit.kit_prompt_due``): the
  kit's passphrase alone authorises the import, which installs the data key and the
  Owners' password verifiers so the Owner can sign in.

The slow part (the passphrase's key derivation, the PDF) runs through the window's task
runner.  Passphrases are never stored: the fields are cleared after each use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.dialogs import password_field
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.widgets import NoticeBar, heading_label, local_datetime_text

MAX_KIT_FILE_BYTES = 64 * 1024
"""A kit's text file is ~1 KB; anything far larger is not one (and is not read whole)."""


def _documents_tr(text: str) -> str:
    """The kit sheet's captions in the interface language (``Documents`` context)."""
    return QCoreApplication.translate("Documents", text)


def import_summary(result: Any) -> str:
    """What an import did, in a sentence or two (for the panel and the dialog)."""
    parts: list[str] = []
    if result.key_installed:
        parts.append(
            QCoreApplication.translate(
                "RecoveryKit",
                "The shop's data key is now on this computer: member records can be read.",
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "RecoveryKit", "This computer already had the shop's data key."
            )
        )
    if result.restored_logins:
        parts.append(
            QCoreApplication.translate(
                "RecoveryKit",
                "{logins} can sign in here with the password they had when the kit was made.",
            ).format(logins=", ".join(result.restored_logins))
        )
    if result.refused_logins:
        parts.append(
            QCoreApplication.translate(
                "RecoveryKit",
                "Not restored, because they are no longer active Owners: {logins}.",
            ).format(logins=", ".join(result.refused_logins))
        )
    return " ".join(parts)


class KitImportForm(QWidget):
    """The kit's text (pasted, typed, scanned or opened from a ``.txt``) and its
    passphrase; emits ``submitted`` when Enter is pressed in the passphrase."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("kitText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("MERCHANT-KIT-1: … — scan the QR code, paste the text or open the .txt file")
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(mono)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(lines * 5 + 12)
        self.text.setMaximumHeight(lines * 21 + 12)  # the largest kit's lines
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open .txt file…"), self)
        self.open_button.setAutoDefault(False)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("kitPassphrase")
        form.addRow(self.tr("Kit &passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.passphrase.returnPressed.connect(self.submitted)

    def set_text(self, text: str) -> None:
        """Put a kit's text in the field, laid out as on the printed sheet, and move on
        to the passphrase."""
        from merchant_app.services.recovery_kit import kit_display_text

        self.text.setPlainText(kit_display_text(text))
        self.passphrase.setFocus()

    def _on_open_button_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a recovery kit"),
            start,
            self.tr("Recovery kit (*.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> str:
        """Read a kit's ``.txt`` into the field; returns a problem to show, or ``""``."""
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_KIT_FILE_BYTES + 1)
        except OSError as exc:
            return self.tr("The file could not be read: {error}").format(
                error=exc.strerror or str(exc)
            )
        if len(raw) > MAX_KIT_FILE_BYTES:
            return self.tr("{name} is too large to be a recovery kit.").format(name=path.name)
        self.set_text(raw.decode("utf-8", errors="replace"))
        return ""


class RecoveryKitPanel(QWidget):
    """Make and import the shop's recovery kit (making one needs ``backup.run``, as
    does importing one while signed in; the service checks both)."""

    required_permission = "backup.run"
    kit_exported = Signal(object)
    kit_imported = Signal(object)

    def __init__(self, ctx: Any, actor: Any, window: Any = None) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self._ctx, self._actor = ctx, actor
        self.runner = getattr(window, "runner", None)
        self._kit: Any = None  # the kit last exported, reused for the other file format
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Recovery kit"), self))
        intro = QLabel(
            self.tr(
                "A backup alone cannot be opened on a new computer: the key to the member "
                "records and the Owners' passwords stay in this computer's keyring. The "
                "recovery kit carries them, locked with a passphrase you choose. Print it "
                "and keep it apart from the passphrase."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.status = QLabel(self)
        self.status.setObjectName("kitStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        export_box = QGroupBox(self.tr("Make a recovery kit"), self)
        export_layout = QVBoxLayout(export_box)
        form = QFormLayout()
        self.passphrase = password_field(export_box)
        self.passphrase.setObjectName("newPassphrase")
        self.confirm = password_field(export_box)
        self.confirm.setObjectName("confirmPassphrase")
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.confirm)
        export_layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "At least 12 characters; a few unrelated words are easy to remember. Write "
                "the passphrase down and keep it somewhere other than the printed kit: "
                "without it the kit cannot be opened, and nobody can recover it."
            ),
            export_box,
        )
        hint.setWordWrap(True)
        export_layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_pdf_button = QPushButton(self.tr("Save as P&DF…"), export_box)
        self.save_text_button = QPushButton(self.tr("Save as &text…"), export_box)
        buttons.addWidget(self.save_text_button)
        buttons.addWidget(self.save_pdf_button)
        export_layout.addLayout(buttons)
        layout.addWidget(export_box)

        import_box = QGroupBox(self.tr("Import a recovery kit"), self)
        import_layout = QVBoxLayout(import_box)
        explain = QLabel(
            self.tr(
                "On a computer that lacks the shop's keys (a new desk, or after a restore): "
                "scan the kit's QR code, paste its text or open its .txt file, then enter "
                "its passphrase."
            ),
            import_box,
        )
        explain.setWordWrap(True)
        import_layout.addWidget(explain)
        self.import_form = KitImportForm(import_box)
        import_layout.addWidget(self.import_form, 1)
        import_buttons = QHBoxLayout()
        import_buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import kit"), import_box)
        import_buttons.addWidget(self.import_button)
        import_layout.addLayout(import_buttons)
        layout.addWidget(import_box)
        layout.addStretch(1)

        allowed = bool(actor is not None and actor.can("backup.run"))
        for widget in (self.passphrase, self.confirm, self.save_pdf_button, self.save_text_button):
            widget.setEnabled(allowed)
        self.import_button.setEnabled(allowed)
        if not allowed:
            export_box.setToolTip(self.tr("Only staff who may make backups can make a kit."))
        self.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        self.save_text_button.clicked.connect(self._on_save_text_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.import_form.submitted.connect(self._on_import_button_clicked)
        self.passphrase.textEdited.connect(self._on_passphrase_text_edited)
        self.confirm.textEdited.connect(self._on_passphrase_text_edited)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the data key's state on this computer and when the last kit was made."""
        from merchant_app.services.recovery_kit import kit_status

        try:
            status = kit_status(self._ctx)
        except KnownError as exc:
            self.status.setText(translate_error(exc))
            return
        if status.made_at is not None:
            made = self.tr("The last kit was made on {when} by {login}.").format(
                when=local_datetime_text(status.made_at), login=status.made_by
            )
        else:
            made = self.tr("No recovery kit has been made for this shop yet.")
        if status.data_key in ("missing", "mismatch"):
            made += " " + self.tr(
                "This computer does not have the shop's data key: import the kit below."
            )
        self.status.setText(made)
        if status.reminder_due and self.notice.isHidden():
            self.notice.show_message(
                self.tr(
                    "Make a recovery kit now: without it, a backup cannot be restored on "
                    "another computer."
                ),
                NoticeBar.WARNING,
            )

    def handle_scan(self, code: str) -> bool:
        """A scanned QR code: a kit goes into the import field (then type its
        passphrase); anything else is refused with a message.  Returns whether the code
        was a kit."""
        from merchant_app.services.recovery_kit import looks_like_kit

        if not looks_like_kit(code):
            self.notice.show_message(
                self.tr("The scanned code is not a recovery kit."), NoticeBar.WARNING
            )
            return False
        self.import_form.set_text(code)
        self.notice.show_message(
            self.tr("Recovery kit scanned. Enter its passphrase, then choose Import kit."),
            NoticeBar.INFO,
        )
        return True

    def save_kit(self, kind: str) -> None:
        """Ask where to save the kit as ``"pdf"`` or ``"txt"``, make it if needed (the
        passphrase fields), and write the file."""
        if self._kit is None and not self._passphrases_ok():
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "recovery-kit." + kind
        if kind == "pdf":
            title, filters = self.tr("Save the recovery kit as PDF"), self.tr("PDF (*.pdf)")
        else:
            title, filters = self.tr("Save the recovery kit as text"), self.tr("Text (*.txt)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(start) / name), filters)
        if not path:
            return
        ctx, actor, kit, passphrase = self._ctx, self._actor, self._kit, self.passphrase.text()

        def work(_progress: Any, _token: Any) -> Any:
            from merchant_app.services import recovery_kit

            made = kit or recovery_kit.export_kit(ctx, actor, passphrase)
            if kind == "pdf":
                data = recovery_kit.kit_pdf(made, tr=_documents_tr)
            else:
                data = recovery_kit.kit_text_file(made).encode("ascii")
            Path(path).write_bytes(data)
            return made

        self._set_busy(True)
        self._run(
            work,
            on_done=lambda made: self._on_kit_saved(made, path, kind),
            label=self.tr("Making the recovery kit…"),
        )

    # -- helpers ---------------------------------------------------------------------------

    def _passphrases_ok(self) -> bool:
        from merchant_app.services.recovery_kit import check_kit_passphrase

        if self.passphrase.text() != self.confirm.text():
            self.notice.show_message(
                self.tr("The two passphrases are not the same."), NoticeBar.ERROR
            )
            self.confirm.setFocus()
            return False
        try:
            check_kit_passphrase(self.passphrase.text())
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            self.passphrase.setFocus()
            return False
        return True

    def _run(self, work: Any, *, on_done: Any, label: str, on_error: Any = None) -> None:
        failed = on_error or self._on_task_failed
        if self.runner is None:  # no window: run here (a bare panel in a script)
            try:
                result = work(None, None)
            except Exception as exc:
                failed(exc)
            else:
                on_done(result)
            return
        self.runner.run(work, on_done=on_done, on_error=failed, parent_widget=self, label=label)

    def _set_busy(self, busy: bool) -> None:
        allowed = self._actor is not None and self._actor.can("backup.run")
        for button in (self.save_pdf_button, self.save_text_button, self.import_button):
            button.setEnabled(allowed and not busy)

    def _clear_passphrases(self) -> None:
        for field in (self.passphrase, self.confirm, self.import_form.passphrase):
            field.clear()

    # -- slots -----------------------------------------------------------------------------

    def _on_save_pdf_button_clicked(self) -> None:
        self.save_kit("pdf")

    def _on_save_text_button_clicked(self) -> None:
        self.save_kit("txt")

    def _on_passphrase_text_edited(self, _text: str) -> None:
        self._kit = None  # a new passphrase makes a new kit

    def _on_kit_saved(self, kit: Any, path: str, kind: str) -> None:
        self._set_busy(False)
        self._kit = kit
        self._clear_passphrases()
        other = self.tr("as text") if kind == "pdf" else self.tr("as PDF")
        self.notice.show_message(
            self.tr(
                "Recovery kit saved to {path}. Print it and keep it apart from the "
                "passphrase. You can also save the same kit {other}."
            ).format(path=path, other=other),
            NoticeBar.SUCCESS,
        )
        self.refresh()
        self.kit_exported.emit(kit)

    def _on_import_button_clicked(self) -> None:
        text = self.import_form.text.toPlainText()
        if not text.strip():
            self.notice.show_message(
                self.tr("Scan, paste or open the kit's text first."), NoticeBar.ERROR
            )
            self.import_form.text.setFocus()
            return
        ctx, actor, passphrase = self._ctx, self._actor, self.import_form.passphrase.text()

        def work(_progress: Any, _token: Any) -> Any:
            from merchant_app.services.recovery_kit import import_kit

            return import_kit(ctx, actor, text, passphrase)

        self._set_busy(True)
        self._run(
            work,
            on_done=self._on_kit_imported,
            on_error=self._on_import_failed,
            label=self.tr("Opening the recovery kit…"),
        )

    def _on_kit_imported(self, result: Any) -> None:
        self._set_busy(False)
        self.import_form.passphrase.clear()
        self.import_form.text.clear()
        self.notice.show_message(import_summary(result), NoticeBar.SUCCESS)
        self.refresh()
        self.kit_imported.emit(result)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_form.passphrase.clear()
        self.import_form.passphrase.setFocus()
        self._on_task_failed(exc)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        elif isinstance(exc, OSError):
            self.notice.show_message(
                self.tr("The kit could not be saved: {error}").format(
                    error=exc.strerror or str(exc)
                ),
                NoticeBar.ERROR,
            )
        else:
            show_error(self, exc)


class RecoveryKitDialog(QDialog):
    """The sign-in window's import: no one is signed in, the kit's passphrase is the
    authority.  Accepted once the kit is imported (``result_import`` holds what was
    done, ``imported`` carries it); "Not now" leaves everything as it was."""

    imported = Signal(object)

    def __init__(self, ctx: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.result_import: Any = None
        self.setWindowTitle(self.tr("Import recovery kit"))
        layout = QVBoxLayout(self)
        title = heading_label(self.tr("This shop's keys are not on this computer"), self)
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Import the shop's recovery kit to read member records and to let the Owner "
                "sign in here (after a restore on a new computer nobody can sign in until "
                "then). Scan the kit's QR code, paste its text or open its .txt file, then "
                "enter its passphrase."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = KitImportForm(self)
        layout.addWidget(self.form, 1)
        self.error = QLabel(self)
        self.error.setObjectName("kitError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import kit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self._on_buttons_accepted)
        self.form.text.setFocus()
        self.setMinimumWidth(560)
        self.resize(620, 440)

    def handle_scan(self, code: str) -> bool:
        """A scanned kit fills the text (when the application's scan recogniser is on)."""
        from merchant_app.services.recovery_kit import looks_like_kit

        if not looks_like_kit(code):
            self._show_problem(self.tr("The scanned code is not a recovery kit."))
            return False
        self.error.hide()
        self.form.set_text(code)
        return True

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_buttons_accepted(self) -> None:
        text = self.form.text.toPlainText()
        if not text.strip():
            self._show_problem(self.tr("Scan, paste or open the kit's text first."))
            self.form.text.setFocus()
            return
        ctx, passphrase = self._ctx, self.form.passphrase.text()

        def work(_progress: Any, _token: Any) -> Any:
            from merchant_app.services.recovery_kit import import_kit_unsigned

            return import_kit_unsigned(ctx, text, passphrase)

        self.import_button.setEnabled(False)
        self._runner.run(
            work,
            on_done=self._on_import_done,
            on_error=self._on_import_failed,
            parent_widget=self,
            label=self.tr("Opening the recovery kit…"),
        )

    def _on_import_done(self, result: Any) -> None:
        self.import_button.setEnabled(True)
        self.form.passphrase.clear()
        self.result_import = result
        self.imported.emit(result)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.form.passphrase.clear()
        if isinstance(exc, KnownError):
            self._show_problem(translate_error(exc))
            self.form.passphrase.setFocus()
        else:
            show_error(self, exc)
