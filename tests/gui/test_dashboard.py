"""The dashboard on real widgets and a small demo shop (SQLite file): the tiles show the
service's figures as the app shows numbers, a click on a tile opens the list behind it,
a click on a waiting-state bar opens that state's orders, a click on a day of the sales
chart opens that day's orders, a double click on an order row opens the order, a
low-stock row opens its product, refreshes are coalesced, the processing targets are
saved from the dialog, cost tiles stay hidden without ``report.view_cost``, and the
charts follow the dark theme."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.orders.order_detail import OrderDetailDialog
from merchant_app.gui.screens.reports.dashboard import DashboardPanel
from merchant_app.gui.screens.reports.targets_dialog import TargetsDialog
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.theme import apply_theme
from merchant_app.migrations import upgrade
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import auth, dashboard_lists, staff
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.dashboard import dashboard, get_timeliness_targets
from merchant_app.services.demo import DEMO_PASSWORDS, create_demo_shop
from merchant_app.services.order_flow import STATE_LABELS
from merchant_app.services.report_periods import (
    day_period,
    last_days,
    local_today,
    period_containing,
)
from merchant_app.services.report_types import DashboardFigures

DEMO_PRODUCTS, DEMO_ORDERS = 40, 60


class Demo(SimpleNamespace):
    """A demo shop: ``ctx``, ``clock``, ``owner``."""

    ctx: AppContext
    clock: ManualClock
    owner: Actor

    def add_user(self, login: str, permissions: set[str]) -> Actor:
        """A user whose own role has exactly ``permissions``."""
        role = staff.save_role(
            self.ctx,
            self.owner,
            role_id=None,
            name=f"role-{login}",
            description="",
            permissions=permissions,
        )
        staff.create_user(
            self.ctx,
            self.owner,
            login=login,
            display_name=login.title(),
            role_id=role.id,
            password="pass-word-1",
        )
        return auth.authenticate(self.ctx, login, "pass-word-1")


def make_demo(folder: Path) -> Demo:
    """A small demo shop (the real demo builder) in ``folder``."""
    db = Database(f"sqlite:///{folder / 'shop.sqlite3'}")
    upgrade(db)
    clock = ManualClock()
    ctx = AppContext(db=db, keys=MemoryKeyStore(), clock=clock)
    create_demo_shop(ctx, products=DEMO_PRODUCTS, orders=DEMO_ORDERS)
    owner = auth.authenticate(ctx, "owner", DEMO_PASSWORDS["owner"])
    return Demo(ctx=ctx, clock=clock, owner=owner)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    shop = make_demo(tmp_path_factory.mktemp("dashboard"))
    yield shop
    shop.ctx.db.dispose()


def window(runner: Any = None) -> SimpleNamespace:
    """What a panel needs of the main window."""
    return SimpleNamespace(
        runner=runner or TaskRunner(inline=True), shop=SimpleNamespace(currency="CNY")
    )


def open_panel(qtbot: Any, demo: Demo, actor: Actor | None = None, runner: Any = None) -> Any:
    panel = DashboardPanel(demo.ctx, actor or demo.owner, window(runner))
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.refresh()
    return panel


@pytest.fixture
def panel(qtbot: Any, demo: Demo) -> Iterator[DashboardPanel]:
    widget = open_panel(qtbot, demo)
    yield widget
    if widget.drill is not None:
        widget.drill.close()


def this_month(demo: Demo) -> DashboardFigures:
    return dashboard(demo.ctx, demo.owner, period_containing(demo.clock(), "month"))


def double_click(qtbot: Any, view: Any, row: int) -> None:
    """A real double click on ``row`` of a table view (press, release, press, double)."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def number(value: int) -> str:
    return QLocale().toString(value)


def percent(part: int, whole: int) -> str:
    return f"{QLocale().toString(part / whole * 100, 'f', 1)} %"


def test_the_tiles_show_the_services_figures(panel: DashboardPanel, demo: Demo) -> None:
    f = this_month(demo)
    assert f.orders.value, "the demo shop sells this month"
    shown = {key: tile.value_label.text() for key, tile in panel.tiles.items()}
    assert shown["sales"] == money_text(f.sales.value or 0, "CNY")
    assert shown["orders"] == number(f.orders.value)
    assert shown["average_order"] == money_text(round(f.sales.value / f.orders.value), "CNY")
    assert shown["sales_today"] == money_text(f.sales_today.value or 0, "CNY")
    assert shown["orders_today"] == number(f.orders_today.value or 0)
    assert shown["return_rate"] == percent(f.return_rate.numerator, f.return_rate.denominator)
    assert shown["repurchase_rate"] == percent(
        f.repurchase_rate.numerator, f.repurchase_rate.denominator
    )
    assert shown["waiting"] == number(sum(w.count for w in f.waiting))
    assert shown["low_stock"] == number(f.low_stock_count)
    assert shown["points_liability"] == money_text(f.points_liability.value_minor, "CNY")
    assert shown["cost_of_goods"] == money_text(f.cost_of_goods.value or 0, "CNY")
    # the change against the month before, worked out here from the two values
    previous = f.sales.previous or 0
    assert previous
    change = (f.sales.value - previous) / previous * 100
    arrow = "▲" if change > 0 else "▼"
    assert panel.tiles["sales"].change_label.text() == (
        f"{arrow} {QLocale().toString(abs(change), 'f', 1)} %"
    )
    assert panel.tiles["sales"].note_label.text() == f"vs {money_text(previous, 'CNY')}"
    late = sum(w.late_count for w in f.waiting)
    assert panel.tiles["waiting"].change_label.text() == (f"{late} late" if late else "none late")
    assert "Orders placed in the period" in panel.tiles["orders"].toolTip()
    # the waiting table: one row per state with the oldest's age and the target
    model = panel.waiting_model
    assert model.rowCount() == len(f.waiting)
    for row, state in enumerate(f.waiting):
        assert model.text(row, 0) == STATE_LABELS[state.state]
        assert model.text(row, 1) == number(state.count)
    assert panel.low_model.rowCount() == len(f.low_stock)
    assert panel.span_label.text() == f.period.label


def test_a_click_on_a_tile_opens_the_list_behind_it(
    qtbot: Any, qtmodeltester: Any, panel: DashboardPanel, demo: Demo
) -> None:
    with qtbot.waitSignal(panel.drilled) as opened:
        qtbot.mouseClick(panel.tiles["sales"], Qt.MouseButton.LeftButton)
    assert opened.args == ["sales"]
    expected = dashboard_lists.drill_down(
        demo.ctx, demo.owner, "sales", period_containing(demo.clock(), "month")
    )
    drill = panel.drill
    assert drill is not None and drill.isVisible()
    assert drill.model.table is not None
    assert drill.model.table.rows == expected.rows
    assert drill.model.rowCount() == len(expected.rows) == this_month(demo).orders.value
    qtmodeltester.check(drill.model)
    total = expected.column_index("total")
    assert drill.model.text(0, total) == money_text(int(expected.rows[0][total] or 0), "CNY")
    alignment = drill.model.data(drill.model.index(0, total), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    # the keyboard opens a figure too, and the next list replaces the first
    panel.tiles["low_stock"].setFocus()
    with qtbot.waitSignal(panel.drilled):
        qtbot.keyClick(panel.tiles["low_stock"], Qt.Key.Key_Return)
    assert drill.model.table.row_kind == "product"
    assert drill.model.rowCount() == this_month(demo).low_stock_count


def test_a_click_on_a_waiting_bar_opens_that_states_orders(
    qtbot: Any, panel: DashboardPanel, demo: Demo
) -> None:
    f = this_month(demo)
    index = next(i for i, w in enumerate(f.waiting) if w.late_count)
    state = f.waiting[index].state
    view = panel.waiting_view
    point = view.bar_position(index, set_index=1)  # the red part: the late ones
    with qtbot.waitSignal(panel.drilled):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint())
    expected = dashboard_lists.drill_down(demo.ctx, demo.owner, "waiting", f.period, state=state)
    table = panel.drill.model.table
    assert table.row_ids == expected.row_ids
    assert len(table.rows) == f.waiting[index].count
    assert set(table.column_values("state")) == {STATE_LABELS[state]}
    # a double click on a row of the waiting table opens the same list
    other = next(i for i, w in enumerate(f.waiting) if w.count and i != index)
    with qtbot.waitSignal(panel.drilled):
        double_click(qtbot, panel.waiting_table, other)
    assert set(panel.drill.model.table.column_values("state")) == {
        STATE_LABELS[f.waiting[other].state]
    }


def test_a_click_on_a_day_of_the_sales_chart_opens_its_orders(
    qtbot: Any, panel: DashboardPanel, demo: Demo
) -> None:
    panel.period_bar.set_preset("last30")
    qtbot.waitUntil(lambda: panel.figures is not None and panel.figures.period.days == 30)
    today = local_today(demo.clock(), None)
    day = today - timedelta(days=2)
    index = 27  # the 28th of the 30 days
    assert panel.figures.period.first_day + timedelta(days=index) == day
    point = panel.sales_view.point_position(index)
    with qtbot.waitSignal(panel.drilled):
        qtbot.mouseClick(
            panel.sales_view.viewport(), Qt.MouseButton.LeftButton, pos=point.toPoint()
        )
    table = panel.drill.model.table
    assert table.period == day_period(day)
    expected = dashboard_lists.drill_down(demo.ctx, demo.owner, "orders", day_period(day))
    assert table.row_ids == expected.row_ids


def test_a_double_click_on_an_order_row_opens_the_order(
    qtbot: Any, panel: DashboardPanel, demo: Demo
) -> None:
    panel.open_figure("orders")
    drill = panel.drill
    table = drill.model.table
    with qtbot.waitSignal(drill.record_opened) as opened:
        double_click(qtbot, drill.table, 1)
    assert opened.args == ["order", table.row_ids[1]]
    detail = drill.opened
    assert isinstance(detail, OrderDetailDialog)
    assert detail.order_id == table.row_ids[1]
    assert detail.order is not None and detail.order.number == table.rows[1][0]
    detail.close()


def test_a_low_stock_row_opens_its_product_on_the_inventory_screen(qtbot: Any, demo: Demo) -> None:
    shown: list[str] = []
    inventory = SimpleNamespace(
        tabs=SimpleNamespace(setCurrentIndex=lambda i: shown.append(f"tab {i}")),
        products=SimpleNamespace(select_product=lambda pid, sku: shown.append(f"{pid} {sku}")),
    )
    main = window()
    main.screens = {"inventory": inventory}
    main.show_screen = lambda key: shown.append(key) or key in main.screens
    panel = DashboardPanel(demo.ctx, demo.owner, main)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    first = this_month(demo).low_stock[0]
    panel.low_table.setFocus()
    panel.low_table.setCurrentIndex(panel.low_model.index(0, 0))
    qtbot.keyClick(panel.low_table, Qt.Key.Key_Return)
    assert shown == ["inventory", "tab 0", f"{first.product_id} {first.sku}"]


def test_period_changes_are_coalesced_into_one_refresh(qtbot: Any, demo: Demo) -> None:
    panel = open_panel(qtbot, demo)
    loads: list[DashboardFigures] = []
    panel.loaded.connect(loads.append)
    for preset in ("today", "week", "last7"):
        panel.period_bar.set_preset(preset)
    assert loads == []  # nothing read yet: the period may change again
    qtbot.waitUntil(lambda: len(loads) == 1, timeout=2000)
    qtbot.wait(400)
    assert len(loads) == 1
    assert loads[0].period == last_days(demo.clock(), 7)


class HeldRunner(TaskRunner):
    """Keeps each task until :meth:`release` runs it (a slow database, seen from the GUI)."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.held: list[tuple[Any, dict[str, Any]]] = []

    def run(self, fn: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        self.held.append((fn, kwargs))

    def release(self) -> None:
        fn, kwargs = self.held.pop(0)
        kwargs.pop("quiet", None)
        super().run(fn, **kwargs)


def test_refreshes_asked_while_one_runs_make_one_more(qtbot: Any, demo: Demo) -> None:
    runner = HeldRunner()
    panel = open_panel(qtbot, demo, runner=runner)
    assert len(runner.held) == 1 and panel.loading_label.isVisibleTo(panel)
    for _ in range(3):
        panel.refresh()
    assert len(runner.held) == 1  # the one running; the three asks wait as one
    runner.release()
    assert panel.figures is not None
    qtbot.waitUntil(lambda: len(runner.held) == 1)
    runner.release()
    qtbot.wait(50)
    assert runner.held == []
    assert not panel.loading_label.isVisibleTo(panel)


def test_new_orders_elsewhere_refresh_the_dashboard(qtbot: Any, demo: Demo) -> None:
    runner = TaskRunner(inline=True)
    panel = open_panel(qtbot, demo, runner=runner)
    with qtbot.waitSignal(panel.loaded, timeout=4000):
        runner.changes.emit("orders")
    runner.changes.emit("labels")
    assert not panel._timer.isActive()


def test_the_owner_sets_the_processing_targets(
    qtbot: Any, panel: DashboardPanel, demo: Demo
) -> None:
    assert panel.targets_button.isVisibleTo(panel)
    before = get_timeliness_targets(demo.ctx, demo.owner)
    qtbot.mouseClick(panel.targets_button, Qt.MouseButton.LeftButton)
    dialog = panel.targets_dialog
    assert isinstance(dialog, TargetsDialog)
    assert dialog.review.value() == before.review_minutes
    dialog.review.setValue(45)
    dialog.ship.setValue(48)
    with qtbot.waitSignal(panel.loaded):
        dialog.accept()
    saved = get_timeliness_targets(demo.ctx, demo.owner)
    assert (saved.review_minutes, saved.ship_hours) == (45, 48)
    row = [w.state for w in panel.figures.waiting].index("pending_review")
    assert panel.waiting_model.text(row, 3) == "00:45"
    manager = demo.add_user("mia", {"report.view"})
    other = open_panel(qtbot, demo, manager)
    assert not other.targets_button.isVisibleTo(other)


def test_cost_tiles_need_the_cost_permission(qtbot: Any, demo: Demo) -> None:
    viewer = demo.add_user("vic", {"report.view"})
    panel = open_panel(qtbot, demo, viewer)
    assert panel.figures is not None and not panel.figures.shows_cost
    assert panel.tiles["cost_of_goods"].isHidden()
    assert panel.tiles["gross_margin"].isHidden()
    assert not panel.tiles["sales"].isHidden()
    panel.open_figure("top_products")
    assert panel.drill.model.table is not None
    assert "margin" not in [c.key for c in panel.drill.model.table.columns]
    panel.drill.close()


def test_charts_follow_the_dark_theme(qtbot: Any, qapp: QApplication, demo: Demo) -> None:
    try:
        apply_theme(qapp, "dark")
        panel = open_panel(qtbot, demo)
        chart = panel.sales_view.chart()
        assert chart.theme() == QChart.ChartTheme.ChartThemeDark
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert chart.backgroundBrush().color() == base
        text = qapp.palette().color(QPalette.ColorRole.Text)
        assert all(axis.labelsColor() == text for axis in chart.axes())
        apply_theme(qapp, "light")
        qtbot.waitUntil(
            lambda: panel.sales_view.chart().theme() == QChart.ChartTheme.ChartThemeLight
        )
        light_base = qapp.palette().color(QPalette.ColorRole.Base)
        assert panel.sales_view.chart().backgroundBrush().color() == light_base
    finally:
        apply_theme(qapp, "system")


def test_clicks_outside_the_plot_open_nothing(qtbot: Any, panel: DashboardPanel) -> None:
    opened: list[int] = []
    panel.sales_view.category_clicked.connect(opened.append)
    qtbot.mouseClick(panel.sales_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert opened == []


@pytest.fixture
def threaded(qtbot: Any) -> Iterator[TaskRunner]:
    """A runner with a worker thread that opens its progress dialog at once."""
    runner = TaskRunner(progress_delay_ms=0)
    yield runner
    assert runner.wait_idle(10_000)


def test_refreshing_on_the_worker_thread_opens_no_progress_dialog(
    qtbot: Any, demo: Demo, monkeypatch: Any, threaded: TaskRunner
) -> None:
    runner = threaded
    opened: list[Any] = []
    monkeypatch.setattr(
        TaskRunner, "_open_progress_dialog", lambda _self, task: opened.append(task)
    )
    panel = DashboardPanel(demo.ctx, demo.owner, window(runner))
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
        assert panel.loading_label.isVisibleTo(panel)  # says so, without blocking
    assert runner.wait_idle()
    assert opened == []
    assert not panel.loading_label.isVisibleTo(panel)
    assert panel.tiles["orders"].value_label.text() == number(this_month(demo).orders.value or 0)
    # the same runner does open its dialog for other (slow) work: the hook above sees it
    runner.run(lambda _progress, _token: time.sleep(0.3))
    assert runner.wait_idle()
    assert len(opened) == 1
