"""Opening what a report row stands for, and exporting a table to a file.

:func:`open_record` opens an order in its detail dialog (as the order list does), a
product on the Inventory screen, a member on the Members screen and a stock count on the
Inventory screen's counts tab; it returns what it opened (``None`` when this user
cannot open it, with the reason shown over the caller).  :func:`export_table` asks where
to save a report as PDF or CSV and writes it through the window's task runner (the
service checks permissions and audits the export), so the window stays responsive.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from merchant_app.gui.errors import show_error
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.report_types import ReportTable

OPENABLE = frozenset({"order", "product", "member", "count"})
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def window_runner(main_window: Any, owner: QWidget) -> Any:
    """The window's task runner, or (a panel shown on its own, as in tests) one of the
    panel's own."""
    runner = getattr(main_window, "runner", None)
    if runner is None:
        from merchant_app.gui.tasks import TaskRunner

        runner = TaskRunner(owner)
    return runner


def window_currency(main_window: Any) -> str:
    """The shop's currency code as the window knows it (``CNY`` without a window)."""
    return str(getattr(getattr(main_window, "shop", None), "currency", "") or "CNY")


def _screen(main_window: Any, key: str) -> Any:
    """The main window's screen ``key`` brought to the front (``None``: not this user's)."""
    show = getattr(main_window, "show_screen", None)
    if not callable(show) or not show(key):
        return None
    return main_window.screens[key]


def open_record(
    kind: str,
    record_id: str,
    *,
    ctx: AppContext,
    actor: Actor,
    main_window: Any,
    parent: QWidget,
    sku: str = "",
) -> Any:
    """Open the record ``record_id`` of ``kind`` (see the module docstring)."""
    if kind == "order":
        from merchant_app.gui.screens.orders.order_detail import OrderDetailDialog

        try:
            dialog = OrderDetailDialog(ctx, actor, record_id, parent)
        except Exception as exc:  # a deleted order, a locked database …
            show_error(parent, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
    if kind == "product":
        screen = _screen(main_window, "inventory")
        if screen is None:
            _cannot(parent)
            return None
        if not sku:
            from merchant_app.services import catalog

            sku = catalog.get_product(ctx, actor, record_id).sku
        screen.tabs.setCurrentIndex(0)
        screen.products.select_product(record_id, sku)
        return screen
    if kind == "member":
        screen = _screen(main_window, "members")
        if screen is None:
            _cannot(parent)
            return None
        screen.open_member(record_id)
        return screen
    if kind == "count":
        screen = _screen(main_window, "inventory")
        if screen is None:
            _cannot(parent)
            return None
        screen.tabs.setCurrentWidget(screen.counts)
        return screen
    return None


def _cannot(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ReportsScreen", "Cannot open"),
        QCoreApplication.translate(
            "ReportsScreen", "Your role does not have the screen that shows this record."
        ),
    )


def suggested_file_name(table: ReportTable, extension: str) -> str:
    """``Sales by product 2026-01.pdf``-like name without characters file systems refuse."""
    title = QCoreApplication.translate("Reports", table.title)
    period = table.period.label.replace(" – ", "_") if table.period is not None else ""
    stem = _UNSAFE.sub("_", f"{title} {period}".strip()).strip("_") or "report"
    return f"{stem}.{extension}"


def paper_size() -> Literal["A4", "Letter"]:
    """Letter where the locale measures in US units, A4 elsewhere."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, so a failed write
    never leaves half a file under the chosen name."""
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def export_table(
    parent: QWidget,
    runner: Any,
    ctx: AppContext,
    actor: Actor,
    table: ReportTable,
    fmt: Literal["pdf", "csv"],
    on_saved: Callable[[str], None],
) -> bool:
    """Ask for a file name, then export ``table`` there in the background; ``on_saved``
    gets the path once the file is written.  False when the user cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or ".") / suggested_file_name(table, fmt))
    if fmt == "pdf":
        caption = QCoreApplication.translate("ReportsScreen", "Export PDF")
        filters = QCoreApplication.translate("ReportsScreen", "PDF files (*.pdf)")
    else:
        caption = QCoreApplication.translate("ReportsScreen", "Export CSV")
        filters = QCoreApplication.translate("ReportsScreen", "CSV files (*.csv)")
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    if not path:
        return False
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    paper = paper_size()

    def work(_progress: Any, _token: Any) -> str:
        from merchant_app.services import reports

        if fmt == "pdf":
            data = reports.export_report_pdf(
                ctx, actor, table, translator=QCoreApplication.translate, paper=paper
            )
        else:
            data = reports.export_report_csv(
                ctx, actor, table, translator=QCoreApplication.translate
            )
        write_atomically(target, data)
        return str(target)

    runner.run(
        work,
        on_done=on_saved,
        parent_widget=parent,
        label=QCoreApplication.translate("ReportsScreen", "Exporting the report…"),
    )
    return True
