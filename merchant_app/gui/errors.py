"""Known errors become a message; bugs become a crash dialog and a log entry.

The split follows qutebrowser's KnownError/BugError: a :class:`KnownError` from the
services is translated and shown in a plain warning; anything else is a bug, logged with
its traceback to the log file and shown in a dialog the user can copy from.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import ERRORS_CONTEXT, KnownError

log = logging.getLogger("merchant_app")
_log_file: Path | None = None


def setup_logging(log_dir: Path) -> Path:
    """Log to ``log_dir/merchant-app.log`` (rotated); returns the file's path."""
    from logging.handlers import RotatingFileHandler

    global _log_file
    log_dir.mkdir(parents=True, exist_ok=True)
    _log_file = log_dir / "merchant-app.log"
    handler = RotatingFileHandler(_log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return _log_file


def translate_error(exc: KnownError) -> str:
    """The error's message in the interface language, fields filled in."""
    template = QCoreApplication.translate(ERRORS_CONTEXT, exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return exc.message


class CrashDialog(QDialog):
    """Shown for a bug: what happened, where the log is, and the traceback to copy."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "The app hit an unexpected problem. Nothing half-done was saved. "
            "Please send the details below to your support contact."
        )
        if log_file is not None:
            text += "\n" + self.tr("They are also in the log file: {path}").format(path=log_file)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the user: a warning for a known error, a crash dialog for a bug."""
    if isinstance(exc, KnownError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Cannot do that"), translate_error(exc)
        )
        return
    import traceback

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    CrashDialog(details, _log_file, parent).exec()


def install_exception_hook() -> None:
    """Route exceptions escaping Qt slots to :func:`show_error` instead of aborting."""

    def hook(exc_type, exc, tb):  # type: ignore[no-untyped-def]
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_error(parent, exc)

    sys.excepthook = hook
