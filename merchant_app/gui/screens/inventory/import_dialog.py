"""Importing products from a CSV file: choose the file, check it (dry run), import.

Reading, checking and writing run on the task runner's worker with progress and
cancel; the import is all-or-nothing, so a refusal or a cancel leaves the catalog as it
was.  Every problem is listed with its row and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.widgets import NoticeBar, fit_dialog
from merchant_app.money import minor_digits
from merchant_app.services import product_import
from merchant_app.services.context import Actor, AppContext

MAX_LISTED_ISSUES = 500


class ImportProductsDialog(QDialog):
    """Check or import a product file; ``imported`` is True once rows were written."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        runner: Any,
        parent: QWidget | None = None,
        currency: str = "CNY",
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._runner = ctx, actor, runner
        self._digits = minor_digits(currency)
        self.imported = False
        self.setWindowTitle(self.tr("Import products"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("A CSV file: this app's, WooCommerce's or Shopify's"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form.addRow(self.tr("&File:"), file_row)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Detect from the header"), None)
        self.format.addItem(self.tr("This app's format"), "app")
        self.format.addItem("WooCommerce", "woocommerce")
        self.format.addItem("Shopify", "shopify")
        form.addRow(self.tr("F&ormat:"), self.format)
        layout.addLayout(form)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Problems found in the file are listed here."))
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("&Check only"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        fit_dialog(self, 640)
        self.resize(640, 420)

    def _on_browse_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a product file"), start, self.tr("CSV files (*.csv *.txt)")
        )
        if name:
            self.path.setText(name)

    def start(self, dry_run: bool) -> None:
        """Read, check and (unless ``dry_run``) import the chosen file in the background."""
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.notice.show_message(
                self.tr("Choose a file that exists: {path}").format(path=str(path)),
                NoticeBar.ERROR,
            )
            return
        ctx, actor, fmt, digits = self._ctx, self._actor, self.format.currentData(), self._digits

        def work(progress: Any, token: Any) -> Any:
            progress(0, 0, self.tr("Reading the file…"))
            _format, report = product_import.import_file(
                ctx,
                actor,
                path.read_bytes(),
                fmt,
                minor_digits=digits,
                dry_run=dry_run,
                progress=lambda done, total: progress(done, total, ""),
                cancel=lambda: token.cancelled,
            )
            return report

        self.report.clear()
        self.notice.clear()
        self._runner.run(
            work,
            parent_widget=self,
            label=self.tr("Checking products…") if dry_run else self.tr("Importing products…"),
            cancellable=True,
            changes="" if dry_run else "products",
            on_done=lambda result: self._on_finished(result, dry_run),
            on_error=self._on_failed,
            on_cancelled=lambda: self.notice.show_message(
                self.tr("Cancelled: nothing was imported."), NoticeBar.WARNING
            ),
        )

    def _list_issues(self, issues: list[Any]) -> None:
        lines = [str(i) for i in issues[:MAX_LISTED_ISSUES]]
        if len(issues) > MAX_LISTED_ISSUES:
            lines.append(self.tr("… and {n} more").format(n=len(issues) - MAX_LISTED_ISSUES))
        self.report.setPlainText("\n".join(lines))

    def _on_finished(self, result: Any, dry_run: bool) -> None:
        created, updated = result.created, result.updated
        if dry_run:
            text = self.tr("The file is fine: {c} new and {u} changed products.")
        else:
            self.imported = True
            text = self.tr("Imported: {c} new and {u} changed products.")
        self.notice.show_message(text.format(c=created, u=updated), NoticeBar.SUCCESS)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        issues = list(getattr(exc, "issues", []) or [])
        if issues:
            self._list_issues(issues)
            self.notice.show_message(
                self.tr("The file has {n} problem(s); nothing was imported.").format(n=len(issues)),
                NoticeBar.ERROR,
            )
            return
        self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
