"""The Reports screen: the dashboard and the reports, each a tab.

Needs ``report.view`` (the main window shows the screen only to users who have it).  The
dashboard loads when the screen is built; the Reports tab is built the first time it
opens.  F5 (or the dashboard's Refresh) reads the dashboard again, or runs the report
shown again; orders, stock and members changed on other screens (the task runner's
``changes``) refresh the dashboard while it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from merchant_app.gui.screens.reports.dashboard import DashboardPanel
from merchant_app.services.context import Actor, AppContext


class ReportsScreen(QWidget):
    """Dashboard and reports for the signed-in user."""

    required_permission = "report.view"
    loads_when_built = True  # the dashboard starts loading in __init__

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self._ctx, self._actor, self._main_window = ctx, actor, main_window
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports_tabs")
        layout.addWidget(self.tabs)
        self.dashboard = DashboardPanel(ctx, actor, main_window, self.tabs)
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self._reports_page = QWidget(self.tabs)
        page_layout = QVBoxLayout(self._reports_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._reports_page, self.tr("R&eports"))
        self.reports: Any = None  # the ReportsPanel, built when its tab first opens
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._on_refresh_shortcut_activated)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.dashboard.refresh()

    def show_reports(self) -> Any:
        """Bring the Reports tab to the front; its panel."""
        self.tabs.setCurrentWidget(self._reports_page)
        return self._reports_panel()

    def _reports_panel(self) -> Any:
        if self.reports is None:
            from merchant_app.gui.screens.reports.reports_view import ReportsPanel

            self.reports = ReportsPanel(
                self._ctx, self._actor, self._main_window, self._reports_page
            )
            self._reports_page.layout().addWidget(self.reports)
            self.reports.load_choices()
        return self.reports

    def refresh(self) -> None:
        """The screen comes to the front: read the dashboard again, or the report
        filters' choices (a report shown stays: running one may take a while)."""
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()
        else:
            self._reports_panel().refresh()

    def _on_refresh_shortcut_activated(self) -> None:
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()
        else:
            self._reports_panel().reload()

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self._reports_page:
            self._reports_panel()
