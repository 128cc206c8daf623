"""The Reports screen on real widgets and a small demo shop (SQLite file): the Reports tab
runs a report into a table (totals last, money as the app shows it) with its charts, the
filters that apply to the report narrow it, PDF and CSV exports land in the chosen files
(pdftotext reads the title back), a user without ``report.view_cost`` gets no cost or
margin column, and the main window gives the screen only to users with
``report.view``, opening a product of a report on the Inventory screen."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from merchant_app.config import Settings
from merchant_app.gui.main_window import MainWindow
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.reports.charts import ChartView
from merchant_app.gui.screens.reports.reports_view import ReportsPanel
from merchant_app.gui.screens.reports.screen import ReportsScreen
from merchant_app.gui.screens.reports.table_model import RAW_ROLE, ReportTableModel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.services import auth, reports
from merchant_app.services.audit import list_entries
from merchant_app.services.demo import DEMO_PASSWORDS
from merchant_app.services.report_periods import (
    day_period,
    local_today,
    period_containing,
    week_period,
)
from merchant_app.services.report_types import ReportFilters, ReportTable
from merchant_app.services.shop import open_shop
from tests.gui.test_dashboard import Demo, make_demo, window


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    shop = make_demo(tmp_path_factory.mktemp("reports"))
    yield shop
    shop.ctx.db.dispose()


def open_screen(qtbot: Any, demo: Demo, actor: Any = None) -> ReportsScreen:
    screen = ReportsScreen(demo.ctx, actor or demo.owner, window())
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


@pytest.fixture
def screen(qtbot: Any, demo: Demo) -> ReportsScreen:
    return open_screen(qtbot, demo)


@pytest.fixture
def panel(screen: ReportsScreen) -> ReportsPanel:
    return screen.show_reports()  # type: ignore[no-any-return]


def this_month(demo: Demo) -> Any:
    return period_containing(demo.clock(), "month")


def run(qtbot: Any, panel: ReportsPanel, kind: str) -> ReportTable:
    panel.set_kind(kind)
    with qtbot.waitSignal(panel.report_shown) as shown:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    table = shown.args[0]
    assert isinstance(table, ReportTable)
    return table


def headers(model: ReportTableModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_reports_tab_runs_a_report_with_its_charts(
    qtbot: Any, qtmodeltester: Any, panel: ReportsPanel, demo: Demo
) -> None:
    assert panel.period_bar.period() == this_month(demo)
    shown = run(qtbot, panel, "sales_product")
    expected = reports.run_report(demo.ctx, demo.owner, "sales_product", this_month(demo))
    assert shown.rows == expected.rows and shown.totals == expected.totals
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(expected.rows) + 1  # the totals row last
    last = model.rowCount() - 1
    assert model.text(last, 0) == "Total"
    assert model.data(model.index(last, 0), Qt.ItemDataRole.FontRole).bold()
    sales = expected.column_index("sales")
    assert model.text(0, sales) == money_text(int(expected.rows[0][sales] or 0), "CNY")
    assert model.text(last, sales) == money_text(int(expected.totals[sales] or 0), "CNY")
    units = expected.column_index("units")
    assert model.text(0, units) == QLocale().toString(int(expected.rows[0][units] or 0))
    share = expected.column_index("share")
    assert model.text(0, share).endswith(" %")
    right = model.data(model.index(0, sales), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight
    left = model.data(
        model.index(0, expected.column_index("product")), Qt.ItemDataRole.TextAlignmentRole
    )
    assert not left & Qt.AlignmentFlag.AlignRight
    assert "Margin" in headers(model)  # the Owner sees costs
    assert any("\u4e00" <= ch <= "\u9fff" for ch in model.text(0, 1))  # Chinese names as they are
    # the charts: as many as the report has, titled in words, drawn from its series
    shown_views = [v for v in panel.chart_views if v.isVisibleTo(panel)]
    assert len(shown_views) == len(expected.charts) == 2
    for view, chart in zip(shown_views, expected.charts, strict=True):
        assert isinstance(view, ChartView) and view.data is not None
        assert view.chart().title().startswith(chart.title)
        assert view.data.categories == chart.categories
    best = shown_views[1]
    top_bar = best.bar_sets[0].at(best._order.index(0))
    assert top_bar == pytest.approx(expected.charts[1].series[0].values[0] / 100)
    # a click on a header sorts the rows; the totals row stays last
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(units) + 5, 5),
    )
    raw = [model.data(model.index(r, units), RAW_ROLE) for r in range(len(expected.rows))]
    assert raw == sorted(raw)
    assert model.text(model.rowCount() - 1, 0) == "Total"


def test_filters_that_apply_narrow_the_report(qtbot: Any, panel: ReportsPanel, demo: Demo) -> None:
    choices = reports.report_choices(demo.ctx, demo.owner)
    combos = panel.filter_combos
    assert combos["desk"].count() == 1 + len(choices.desks)
    assert combos["category"].count() == 1 + len(choices.categories)
    hoodies = next(c for c in choices.categories if "Hoodies" in c.label)
    combos["category"].setCurrentIndex(combos["category"].findData(hoodies.id))
    combos["desk"].setCurrentIndex(1)
    shown = run(qtbot, panel, "sales_product")
    flt = ReportFilters(desk_id=choices.desks[0].id, category_id=hoodies.id)
    assert panel.filters() == flt
    expected = reports.run_report(demo.ctx, demo.owner, "sales_product", this_month(demo), flt)
    assert shown.rows == expected.rows
    everything = reports.run_report(demo.ctx, demo.owner, "sales_product", this_month(demo))
    assert 0 < len(expected.rows) < len(everything.rows)
    assert {r[expected.column_index("category")] for r in expected.rows} == {hoodies.label}
    # stock reports read the location, not the desk: that box is greyed and ignored
    panel.set_kind("stock_valuation")
    assert not combos["desk"].isEnabled() and combos["location"].isEnabled()
    assert panel.filters() == ReportFilters(category_id=hoodies.id)
    panel.set_kind("aftersales")
    assert panel.filters() == ReportFilters()


def test_the_period_chooser_gives_days_weeks_months_and_ranges(
    panel: ReportsPanel, demo: Demo
) -> None:
    bar = panel.period_bar
    day = date(2025, 12, 17)
    bar.set_grain("day", day)
    assert bar.period() == day_period(day)
    bar.set_grain("week", day)
    assert bar.period() == week_period(day)
    assert bar.span_label.text() == "2025-12-15 – 2025-12-21"
    bar.set_grain("custom")
    assert bar.period() == week_period(day)  # the custom range starts from the week shown
    bar.range.to_edit.setDate(bar.range.from_edit.date().addDays(-3))
    period = bar.period()
    assert period.first_day == period.last_day == date(2025, 12, 12)
    bar.set_grain("month", local_today(demo.clock(), None))
    assert bar.period() == this_month(demo)


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        [tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_exports_a_report_as_pdf_and_csv(
    qtbot: Any, panel: ReportsPanel, demo: Demo, tmp_path: Path, monkeypatch: Any
) -> None:
    table = run(qtbot, panel, "sales_product")
    asked: list[str] = []

    def save_as(_parent: Any, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / Path(suggested).stem), ""  # no extension typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(panel.exported) as pdf:
        qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("Sales_by_product_2026-01.pdf")
    pdf_path = Path(pdf.args[0])
    assert pdf_path.suffix == ".pdf" and pdf_path.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf_path)
    assert "Sales by product" in text
    assert table.rows[0][table.column_index("sku")] in text
    with qtbot.waitSignal(panel.exported) as exported:
        qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    raw = Path(exported.args[0]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese names right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["SKU", "Product"]
    assert len(rows) == 1 + len(table.rows) + 1
    assert rows[1][1] == table.rows[0][1]
    assert rows[-1][0] == "Total"
    assert "margin" in [c.key for c in table.columns]
    exports = list_entries(demo.ctx, demo.owner, text="report.export")
    assert len(exports) >= 2
    # cancelling the file dialog writes nothing
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert panel.export("csv") is False


def test_a_user_without_cost_permission_sees_no_margin_column(qtbot: Any, demo: Demo) -> None:
    clerk = demo.add_user("cleo", {"report.view"})
    screen = open_screen(qtbot, demo, clerk)
    panel = screen.show_reports()
    table = run(qtbot, panel, "sales_product")
    assert not table.shows_cost
    assert not any(c.cost for c in table.columns)
    titles = headers(panel.model)
    assert "Margin" not in titles and "Cost" not in titles and "Margin %" not in titles
    assert "Sales" in titles


def make_window(qtbot: Any, demo: Demo, actor: Any) -> MainWindow:
    info, desk = open_shop(demo.ctx, demo.ctx.desk_id)
    settings = Settings(data_dir=Path("."), desk_id=desk.id, shop_name=info.name)
    main = MainWindow(
        ctx=demo.ctx,
        actor=actor,
        shop=info,
        desk=desk,
        settings=settings,
        runner=TaskRunner(inline=True),
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.windowHandle().requestActivate()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_the_main_window_gives_the_screen_to_report_viewers_only(qtbot: Any, demo: Demo) -> None:
    clerk = auth.authenticate(demo.ctx, "clerk", DEMO_PASSWORDS["clerk"])
    assert not clerk.can("report.view")
    assert "reports" not in make_window(qtbot, demo, clerk).screens
    main = make_window(qtbot, demo, demo.owner)
    assert main.show_screen("reports")
    screen = main.current_screen()
    assert isinstance(screen, ReportsScreen)
    qtbot.waitUntil(screen.isVisible)
    assert screen.dashboard.figures is not None
    # a row of a report opens its product on the Inventory screen
    panel = screen.show_reports()
    table = run(qtbot, panel, "sales_product")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    inventory = main.current_screen()
    assert inventory is main.screens["inventory"]
    selected = inventory.products.model.row_at(inventory.products.table.currentIndex().row())
    assert selected is not None and selected.id == table.row_ids[0]
    # F5 reads the tab in front again
    main.show_screen("reports")
    loads: list[Any] = []
    screen.tabs.setCurrentIndex(0)
    screen.dashboard.loaded.connect(loads.append)
    screen.dashboard.refresh_button.setFocus()
    qtbot.keyClick(screen.dashboard.refresh_button, Qt.Key.Key_F5)
    assert len(loads) == 1
    screen.show_reports()
    panel.run_button.setFocus()
    with qtbot.waitSignal(panel.report_shown):  # F5 runs the report shown again
        qtbot.keyClick(panel.run_button, Qt.Key.Key_F5)
    # coming back to the screen keeps the report (no new run) and the dashboard quiet
    shown: list[Any] = []
    panel.report_shown.connect(shown.append)
    main.show_screen("orders")
    main.show_screen("reports")
    assert shown == [] and len(loads) == 1


def test_a_new_shop_without_sales_shows_empty_charts(qtbot: Any, tmp_path: Path) -> None:
    from tests.factories import make_shop

    world = make_shop(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        screen = ReportsScreen(
            world.ctx, world.owner, SimpleNamespace(runner=TaskRunner(inline=True))
        )
        qtbot.addWidget(screen)
        screen.show()
        dash = screen.dashboard
        assert dash.figures is not None and dash.figures.orders.value == 0
        assert dash.tiles["average_order"].value_label.text() == "—"
        assert "nothing in this period" in dash.sales_view.chart().title()
        panel = screen.show_reports()
        table = run(qtbot, panel, "sales_payment")
        assert panel.model.rowCount() == len(table.rows) + (1 if table.totals else 0)
    finally:
        world.ctx.db.dispose()
