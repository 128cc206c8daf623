"""Settings of this desk: language, appearance, idle lock; and what the desk is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.gui.i18n import LANGUAGES


class SettingsScreen(QWidget):
    """Desk settings; changes are announced by signals and saved by the application."""

    required_permission = ""
    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    idle_minutes_chosen = Signal(int)

    def __init__(
        self,
        ctx: Any,
        actor: Any,
        parent: QWidget | None = None,
        *,
        settings: Any = None,
        desk: Any = None,
        shop: Any = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)

        look = QGroupBox(self.tr("This desk"))
        form = QFormLayout(look)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("&Language:"), self.language)
        self.theme = QComboBox()
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("&Appearance:"), self.theme)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setEnabled(actor.can("settings.manage"))
        if not actor.can("settings.manage"):
            self.idle.setToolTip(self.tr("Only staff who may change shop settings can set this."))
        form.addRow(self.tr("Lock the desk after &idle time:"), self.idle)
        layout.addWidget(look)

        about = QGroupBox(self.tr("Where the shop lives"))
        info = QFormLayout(about)
        kind = ctx.db.dialect if ctx is not None else ""
        keyring = {
            "os": self.tr("OS keyring"),
            "demo-memory": self.tr("memory (demo shop)"),
            "memory": self.tr("memory (tests)"),
        }.get(getattr(ctx.keys, "kind", ""), "")
        rows = [
            (self.tr("Shop:"), shop.name if shop else ""),
            (self.tr("Desk:"), f"{desk.code} — {desk.name}" if desk else ""),
            (self.tr("Database:"), "PostgreSQL" if kind == "postgresql" else "SQLite"),
            (self.tr("Data folder:"), str(settings.data_dir)),
            (self.tr("Passwords kept in:"), keyring),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(field.textInteractionFlags().TextSelectableByMouse)
            info.addRow(label, field)
        layout.addWidget(about)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        self.idle.editingFinished.connect(self._on_idle_editing_finished)

    def refresh(self) -> None:
        """Nothing to reload: the values are this desk's settings."""

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.language_chosen.emit(self.language.currentData())

    def _on_theme_current_index_changed(self, _index: int) -> None:
        self.theme_chosen.emit(self.theme.currentData())

    def _on_idle_editing_finished(self) -> None:
        self.idle_minutes_chosen.emit(self.idle.value())
