"""The Labels screen (LBL-5, LBL-6): it composes the Print, Layouts, Printers and Reprint
log tabs and routes scans to the print job.  Each tab reloads when it comes to the front,
so a layout or printer saved in one tab is offered in the Print tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from merchant_app.gui.screens.labels.layout_editor import LayoutsPanel
from merchant_app.gui.screens.labels.print_log import PrintLogPanel
from merchant_app.gui.screens.labels.print_panel import PrintPanel
from merchant_app.gui.screens.labels.printers import PrintersPanel
from merchant_app.gui.widgets import heading_label
from merchant_app.services.context import Actor, AppContext


class LabelsScreen(QWidget):
    """Labels for the signed-in user (needs ``label.print``; changing layouts and
    printers needs ``settings.manage``)."""

    required_permission = "label.print"

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self._ctx, self._actor = ctx, actor
        self.runner = getattr(main_window, "runner", None)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("Labels"), self), 1)
        layout.addLayout(header)
        self.tabs = QTabWidget(self)
        self.print_panel = PrintPanel(ctx, actor, self.runner, self)
        self.layouts = LayoutsPanel(ctx, actor, self)
        self.printers = PrintersPanel(ctx, actor, self)
        self.log = PrintLogPanel(ctx, actor, self)
        self.tabs.addTab(self.print_panel, self.tr("&Print"))
        self.tabs.addTab(self.layouts, self.tr("La&youts"))
        self.tabs.addTab(self.printers, self.tr("Prin&ters"))
        self.tabs.addTab(self.log, self.tr("Reprint &log"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.print_panel.printed.connect(self._on_print_panel_printed)
        self.log.reprint_requested.connect(self._on_log_reprint_requested)

    def refresh(self) -> None:
        """Reload what the current tab shows."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def handle_scan(self, code: str) -> None:
        """A scanned product joins the print job (the Print tab comes to the front)."""
        if self.tabs.currentWidget() is not self.print_panel:
            self.tabs.setCurrentWidget(self.print_panel)
        self.print_panel.handle_scan(code)

    # -- slots ---------------------------------------------------------------------------

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.refresh()

    def _on_print_panel_printed(self, _entry: Any) -> None:
        if self.tabs.currentWidget() is self.log:
            self.log.refresh()

    def _on_log_reprint_requested(self, entry: Any) -> None:
        self.print_panel.reprint(entry)
        self.log.refresh()
