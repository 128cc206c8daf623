"""Settings of this desk: language, appearance, idle lock; and what the desk is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.i18n import LANGUAGES
from merchant_app.gui.widgets import NoticeBar
from merchant_app.services import shop_rules


class SettingsScreen(QWidget):
    """Desk settings; changes are announced by signals and saved by the application."""

    required_permission = ""
    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    idle_minutes_chosen = Signal(int)
    server_chosen = Signal(object)  # new Settings saved by Settings → Server

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
        content = QWidget()  # in a scroll area: the screen is taller than a small window
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
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
        layout.addWidget(self._build_rules(ctx, actor))

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
        from merchant_app.gui.screens.server_settings import ServerSettingsPanel

        runner = getattr(parent, "runner", None)
        self.server_panel = ServerSettingsPanel(ctx, actor, settings, runner, self)
        self.server_panel.server_chosen.connect(self.server_chosen)
        layout.addWidget(self.server_panel)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        self.idle.editingFinished.connect(self._on_idle_editing_finished)

    def _build_rules(self, ctx: Any, actor: Any) -> QGroupBox:
        """The shop's inventory rules (shared by every desk)."""
        self._ctx, self._actor = ctx, actor
        box = QGroupBox(self.tr("Shop rules (all desks)"))
        form = QFormLayout(box)
        self.rules_notice = NoticeBar(box)
        form.addRow(self.rules_notice)
        self.auto_delist = QCheckBox(
            self.tr("Delist a product automatically when its stock reaches zero"), box
        )
        self.price_approval = QCheckBox(self.tr("Price changes need a manager's approval"), box)
        self.adjust_limit = QSpinBox(box)
        self.adjust_limit.setRange(0, shop_rules.MAX_ADJUST_THRESHOLD)
        self.adjust_limit.setSuffix(self.tr(" units"))
        form.addRow(self.auto_delist)
        form.addRow(self.price_approval)
        form.addRow(self.tr("Stock adjustments above this need approval:"), self.adjust_limit)
        self.save_rules = QPushButton(self.tr("Save shop &rules"), box)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_rules)
        form.addRow(save_row)
        editable = actor is not None and actor.can("settings.manage")
        for widget in (self.auto_delist, self.price_approval, self.adjust_limit, self.save_rules):
            widget.setEnabled(editable)
        self.save_rules.clicked.connect(self._on_save_rules_clicked)
        return box

    def refresh(self) -> None:
        """Show the shop's rules as they are now (another desk may have changed them)."""
        if self._ctx is None:
            return
        try:
            rules = shop_rules.get_inventory_rules(self._ctx, self._actor)
        except KnownError as exc:
            self.rules_notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.auto_delist.setChecked(rules.auto_delist_at_zero)
        self.price_approval.setChecked(rules.price_change_needs_approval)
        self.adjust_limit.setValue(rules.adjust_approval_threshold)

    def _on_save_rules_clicked(self) -> None:
        rules = shop_rules.InventoryRules(
            self.auto_delist.isChecked(),
            self.price_approval.isChecked(),
            self.adjust_limit.value(),
        )
        try:
            shop_rules.set_inventory_rules(self._ctx, self._actor, rules)
        except KnownError as exc:
            self.rules_notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.rules_notice.show_message(self.tr("Shop rules saved."), NoticeBar.SUCCESS)

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.language_chosen.emit(self.language.currentData())

    def _on_theme_current_index_changed(self, _index: int) -> None:
        self.theme_chosen.emit(self.theme.currentData())

    def _on_idle_editing_finished(self) -> None:
        self.idle_minutes_chosen.emit(self.idle.value())
