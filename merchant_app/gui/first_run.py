"""First run: a wizard that creates the shop and its Owner account, or joins this desk
to an existing shop on a server with the desk set-up bundle the Owner exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from merchant_app.gui.dialogs import password_field

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "TWD", "JPY", "SGD", "AUD", "CAD", "CHF")
LOCALES = {
    "zh_CN": "中文（中国）",
    "en_US": "English (United States)",
    "en_GB": "English (United Kingdom)",
    "zh_TW": "中文（台灣）",
    "zh_HK": "中文（香港）",
    "de_DE": "Deutsch (Deutschland)",
    "fr_FR": "Français (France)",
    "ja_JP": "日本語（日本）",
}


PAGE_CHOICE, PAGE_SHOP, PAGE_OWNER, PAGE_JOIN = range(4)


class ChoicePage(QWizardPage):
    """A new shop, or this desk joins a shop that already runs on a server."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Is this the shop's first computer, or does the shop exist?"))
        layout = QVBoxLayout(self)
        self.create = QRadioButton(self.tr("&Create a new shop"))
        self.create.setChecked(True)
        self.join = QRadioButton(self.tr("&Join an existing shop with a desk set-up bundle"))
        layout.addWidget(self.create)
        layout.addWidget(self._note(self.tr("You become its Owner on this computer.")))
        layout.addWidget(self.join)
        layout.addWidget(
            self._note(
                self.tr(
                    "The shop runs on a server and the Owner gave you a bundle file and its "
                    "passphrase (Settings → Server on one of the shop's desks)."
                )
            )
        )
        layout.addStretch(1)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 8)
        return label


class JoinPage(QWizardPage):
    """The desk set-up bundle (pasted or opened from its file) and its passphrase."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Join an existing shop"))
        self.setSubTitle(
            self.tr(
                "Open the bundle file and enter its passphrase. Staff then enrol on this "
                "desk with the enrolment codes the Owner gives them."
            )
        )
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("MERCHANT-DESK-1: …")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.open_button = QPushButton(self.tr("&Open bundle file…"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        caption = QLabel(self.tr("&Bundle:"))
        caption.setBuddy(self.text)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        form = QFormLayout()
        self.passphrase = password_field(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        layout.addWidget(self.problem)

    def _on_open_button_clicked(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Open the desk set-up bundle"), "", self.tr("Text files (*.txt)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Put the bundle file's text into the field (or say why it cannot be read)."""
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8", errors="replace")[:20_000])
            self.problem.clear()
        except OSError as exc:
            self.problem.setText(
                self.tr("The file cannot be read: {reason}").format(reason=exc.strerror)
            )

    def validatePage(self) -> bool:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Open the bundle file, or paste its text."))
            return False
        if not self.passphrase.text():
            self.problem.setText(self.tr("Enter the bundle's passphrase."))
            return False
        self.problem.clear()
        return True


class ShopPage(QWizardPage):
    """Name, address, currency and locale of the shop."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr("This is printed on receipts and labels; you can change it later.")
        )
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().height() * 4)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.locale_box = QComboBox()
        for code, name in LOCALES.items():
            self.locale_box.addItem(name, code)
        form.addRow(self.tr("Shop &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Dates and numbers:"), self.locale_box)
        self.registerField("shop_name*", self.name)

    def validatePage(self) -> bool:
        return bool(self.name.text().strip())


class OwnerPage(QWizardPage):
    """The Owner's account: the first login, with every permission."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The Owner's account"))
        self.setSubTitle(
            self.tr(
                "The Owner can do everything, including adding staff. The password is kept "
                "in this computer's keyring, never in the shop's database."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("for example: anna"))
        self.password = password_field(self)
        self.confirm = password_field(self)
        form.addRow(self.tr("Your &name:"), self.full_name)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.confirm)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        layout.addWidget(self.problem)
        self.registerField("owner_name*", self.full_name)
        self.registerField("owner_login*", self.login)
        self.registerField("owner_password*", self.password)

    def validatePage(self) -> bool:
        if self.password.text() != self.confirm.text():
            self.problem.setText(self.tr("The two passwords are not the same."))
            return False
        from merchant_app.errors import KnownError
        from merchant_app.gui.errors import translate_error
        from merchant_app.security.passwords import check_password_rules

        try:
            check_password_rules(self.password.text(), self.login.text())
        except KnownError as exc:
            self.problem.setText(translate_error(exc))
            return False
        self.problem.clear()
        return True


class FirstRunWizard(QWizard):
    """Collects what :func:`services.shop.create_shop` needs; the caller runs it and
    closes the wizard with :meth:`close_after_success` (or shows why it failed)."""

    submitted = Signal(dict)
    join_submitted = Signal(dict)  # {"text": bundle text, "passphrase": ...}

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("Set up your shop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.choice_page = ChoicePage()
        self.shop_page = ShopPage()
        self.owner_page = OwnerPage()
        self.join_page = JoinPage()
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_SHOP, self.shop_page)
        self.setPage(PAGE_OWNER, self.owner_page)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(620, 460)

    def values(self) -> dict[str, str]:
        """The answers, as keyword arguments for ``create_shop``."""
        return {
            "name": self.shop_page.name.text(),
            "address": self.shop_page.address.toPlainText(),
            "currency": self.shop_page.currency.currentText(),
            "locale": self.shop_page.locale_box.currentData(),
            "owner_login": self.owner_page.login.text(),
            "owner_name": self.owner_page.full_name.text(),
            "owner_password": self.owner_page.password.text(),
        }

    def nextId(self) -> int:
        """Choice → new shop (shop, Owner) or → join (bundle)."""
        current = self.currentId()
        if current == PAGE_CHOICE:
            return PAGE_JOIN if self.choice_page.join.isChecked() else PAGE_SHOP
        return PAGE_OWNER if current == PAGE_SHOP else -1

    def accept(self) -> None:
        """Finish pressed: hand the answers over; stay open until the shop exists (or
        this desk has joined one)."""
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if self.currentId() == PAGE_JOIN:
            self.join_submitted.emit(
                {
                    "text": self.join_page.text.toPlainText(),
                    "passphrase": self.join_page.passphrase.text(),
                }
            )
            return
        self.submitted.emit(self.values())

    def join_failed(self, text: str) -> None:
        """Joining was refused: say why on the bundle page and let the user correct it."""
        self.join_page.problem.setText(text)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def close_after_success(self) -> None:
        """The shop was created."""
        super().accept()

    def creation_failed(self) -> None:
        """The shop could not be created; let the user correct the answers."""
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
