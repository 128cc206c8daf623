"""The Orders screen: new order at the counter, the order list and review flow, the
packing desk, after-sales and the end-of-day settlement, each a tab the user's role may
use.  It composes the panels, builds each the first time its tab opens, and routes
scanner reads to the tab in front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from merchant_app.services.context import Actor, AppContext

# How each panel puts the cursor where its work starts.
FOCUS_METHODS = ("focus_search", "_focus_scan", "focus_entry")


class OrdersScreen(QWidget):
    """Orders (ORD-1 … ORD-9) for the signed-in user."""

    required_permission = ""
    loads_when_built = True  # the tab in front is built and loaded by __init__

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self._ctx, self._actor, self._main_window = ctx, actor, main_window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("orders_tabs")
        layout.addWidget(self.tabs)
        self._builders: dict[QWidget, Callable[[], QWidget]] = {}
        self.panels: dict[str, QWidget] = {}
        specs: list[tuple[str, str, str, Callable[[], QWidget]]] = [
            ("entry", self.tr("&New order"), "order.create", self._build_entry),
            ("list", self.tr("&Orders"), "", self._build_list),
            ("packing", self.tr("&Packing desk"), "warehouse.pack", self._build_packing),
            ("aftersales", self.tr("&After-sales"), "aftersales.handle", self._build_aftersales),
            ("settlement", self.tr("&Settlement"), "settlement.run", self._build_settlement),
        ]
        for key, title, permission, build in specs:
            if permission and not actor.can(permission):
                continue
            page = QWidget(self.tabs)
            page.setObjectName(f"orders_page_{key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._builders[page] = self._named(key, build)
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    # -- composition ---------------------------------------------------------------------

    def _named(self, key: str, build: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def make() -> QWidget:
            panel = build()
            self.panels[key] = panel
            return panel

        return make

    def _build_entry(self) -> QWidget:
        from merchant_app.gui.screens.orders.entry import OrderEntryPanel

        panel = OrderEntryPanel(self._ctx, self._actor, self._main_window)
        panel.order_placed.connect(self._on_entry_order_placed)
        return panel

    def _build_list(self) -> QWidget:
        from merchant_app.gui.screens.orders.order_list import OrderListPanel

        return OrderListPanel(self._ctx, self._actor, self._main_window)

    def _build_packing(self) -> QWidget:
        from merchant_app.gui.screens.orders.packing import PackingPanel

        return PackingPanel(self._ctx, self._actor, self._main_window)

    def _build_aftersales(self) -> QWidget:
        from merchant_app.gui.screens.orders.aftersales import AfterSalesPanel

        return AfterSalesPanel(self._ctx, self._actor, self._main_window)

    def _build_settlement(self) -> QWidget:
        from merchant_app.gui.screens.orders.settlement import SettlementPanel

        return SettlementPanel(self._ctx, self._actor, self._main_window)

    def _panel_at(self, index: int) -> QWidget | None:
        page = self.tabs.widget(index)
        if page is None:
            return None
        build = self._builders.pop(page, None)
        if build is not None:
            panel = build()
            page.layout().addWidget(panel)
            panel.show()  # a panel built without a parent stays hidden until shown
            return panel
        item = page.layout().itemAt(0)
        return item.widget() if item is not None else None

    # -- public --------------------------------------------------------------------------

    def show_tab(self, key: str) -> QWidget | None:
        """Bring the tab ``key`` to the front; its panel, or None when this user lacks it."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == f"orders_page_{key}":
                self.tabs.setCurrentIndex(index)
                return self._panel_at(index)
        return None

    def current_panel(self) -> QWidget | None:
        """The panel of the tab in front (built if needed)."""
        return self._panel_at(self.tabs.currentIndex())

    def refresh(self) -> None:
        """Reload what the tab in front shows."""
        refresh = getattr(self.current_panel(), "refresh", None)
        if callable(refresh):
            refresh()

    def handle_scan(self, code: str) -> None:
        """A scanner read goes to the tab in front: entry adds the product, packing
        verifies it, the list finds the order, after-sales opens a case."""
        handler = getattr(self.current_panel(), "handle_scan", None)
        if callable(handler):
            handler(code)

    # -- slots ---------------------------------------------------------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        if index < 0:
            return
        built_now = self.tabs.widget(index) in self._builders
        panel = self._panel_at(index)
        if panel is not None and not (built_now and getattr(panel, "loads_when_built", False)):
            refresh = getattr(panel, "refresh", None)
            if callable(refresh):
                refresh()
        self._focus_panel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_panel()

    def _focus_panel(self) -> None:
        """Put the cursor where the tab's work starts (the search or scan field), so keys
        and shortcuts work at once without a click."""
        panel = self.current_panel()
        if panel is None or not self.isVisible():
            return
        for name in FOCUS_METHODS:
            focus = getattr(panel, name, None)
            if callable(focus):
                focus()
                return
        panel.setFocus()

    def _on_entry_order_placed(self, _order: object) -> None:
        listing = self.panels.get("list")
        refresh = getattr(listing, "refresh", None)
        if callable(refresh):
            refresh()
