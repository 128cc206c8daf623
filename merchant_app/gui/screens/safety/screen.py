"""The Backups screen (SAFE-2): backups and restore on one tab, the recovery kit on the
other.  It composes the two panels and routes scanner reads (a printed kit's QR code)
to the kit tab; the panels hold the work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from merchant_app.gui.screens.safety.backups import BackupsPanel
from merchant_app.gui.screens.safety.recovery_kit import RecoveryKitPanel


class SafetyScreen(QWidget):
    """Backups, restore and the recovery kit for holders of ``backup.run``.

    ``settings_saved(settings)`` repeats the backups panel's: the desk settings changed
    (backup folder, schedule, retention) and the application should keep the new ones."""

    required_permission = "backup.run"
    settings_saved = Signal(object)

    def __init__(self, ctx: Any, actor: Any, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("safety_tabs")
        layout.addWidget(self.tabs)
        self.backups = BackupsPanel(ctx, actor, main_window)
        self.kit = RecoveryKitPanel(ctx, actor, main_window)
        self.tabs.addTab(self.backups, self.tr("&Backups"))
        self.tabs.addTab(self.kit, self.tr("&Recovery kit"))
        self.backups.settings_saved.connect(self.settings_saved)

    def show_kit(self) -> None:
        """Bring the recovery kit tab to the front."""
        self.tabs.setCurrentWidget(self.kit)

    def refresh(self) -> None:
        """Reload the tab in front."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def handle_scan(self, code: str) -> bool:
        """A scanned recovery kit goes to the kit tab (and brings it to the front)."""
        if self.kit.handle_scan(code):
            self.show_kit()
            return True
        return False
