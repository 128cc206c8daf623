"""First run: a wizard that creates the shop and its Owner account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("Set up your shop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.shop_page = ShopPage()
        self.owner_page = OwnerPage()
        self.addPage(self.shop_page)
        self.addPage(self.owner_page)
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

    def accept(self) -> None:
        """Finish pressed: hand the answers over; stay open until the shop exists."""
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.submitted.emit(self.values())

    def close_after_success(self) -> None:
        """The shop was created."""
        super().accept()

    def creation_failed(self) -> None:
        """The shop could not be created; let the user correct the answers."""
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
