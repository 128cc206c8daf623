"""The Print tab of the Labels screen: build a job (products by SKU or scan with copies,
or shipping labels for orders in a state or chosen by number), pick layout and printer,
skip used positions on a sheet, watch the preview of the first page, then print through
Qt, save as PDF or send ZPL.  Jobs run through the main window's task runner (progress
and cancel) and end up in the reprint log."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.screens.labels.preview import PdfPreview, print_pdf
from merchant_app.gui.tasks import CancelToken
from merchant_app.gui.widgets import NoticeBar
from merchant_app.services import label_layouts_store, label_printing
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_layouts_store import LayoutInfo
from merchant_app.services.label_printing import (
    LabelOutput,
    LabelRequest,
    OrderRef,
    PrinterSettings,
    PrintLogEntry,
)
from merchant_app.services.order_flow import STATE_LABELS, OrderState


@dataclass
class Destination:
    """Where a job goes: ``printer`` (a QPrinter, with the shop's settings for it when
    it is one of the shop's printers), ``pdf`` or ``zpl_file`` (a path), or a ZPL
    printer (``zpl_network``/``zpl_file`` with ``settings``)."""

    kind: str
    qprinter: QPrinter | None = None
    settings: PrinterSettings | None = None
    path: str = ""


class PrintPanel(QWidget):
    """Builds, previews and prints label jobs."""

    printed = Signal(object)  # the PrintLogEntry of a finished job

    PRODUCT, SHIPPING = "product", "shipping"

    def __init__(
        self, ctx: AppContext, actor: Actor, runner: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.runner = ctx, actor, runner
        self.items: list[tuple[str, str, int]] = []  # sku, name, copies
        self.orders: list[OrderRef] = []
        self.layouts: list[LayoutInfo] = []
        self.shipping_default = ""
        self.printers: list[PrinterSettings] = []
        self.last_output: LabelOutput | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        splitter = QSplitter(self)
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        form = QFormLayout()
        self.kind = QComboBox(left)
        self.kind.addItem(self.tr("Product labels"), self.PRODUCT)
        self.kind.addItem(self.tr("Shipping labels"), self.SHIPPING)
        form.addRow(self._buddy(self.tr("&Labels for:"), self.kind), self.kind)
        column.addLayout(form)
        self.pages = QStackedWidget(left)
        self.pages.addWidget(self._products_page())
        self.pages.addWidget(self._orders_page())
        column.addWidget(self.pages, 1)
        settings = QGroupBox(self.tr("Layout and printer"), left)
        sform = QFormLayout(settings)
        self.layout_combo = QComboBox(settings)
        self.layout_combo.setMinimumContentsLength(22)
        sform.addRow(self._buddy(self.tr("La&yout:"), self.layout_combo), self.layout_combo)
        self.printer_combo = QComboBox(settings)
        sform.addRow(self._buddy(self.tr("P&rinter:"), self.printer_combo), self.printer_combo)
        self.skip = QSpinBox(settings)
        self.skip.setToolTip(
            self.tr("Label positions already used on the first sheet, counted row by row")
        )
        sform.addRow(self._buddy(self.tr("S&kip used positions:"), self.skip), self.skip)
        column.addWidget(settings)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), left)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), left)
        self.zpl_button = QPushButton(self.tr("Send &ZPL…"), left)
        for b in (self.print_button, self.pdf_button, self.zpl_button):
            buttons.addWidget(b)
        column.addLayout(buttons)
        right = QWidget(splitter)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(6, 0, 0, 0)
        self.preview_caption = QLabel(self.tr("Preview of the first page"), right)
        rcol.addWidget(self.preview_caption)
        self.preview = PdfPreview(right)
        rcol.addWidget(self.preview, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        outer.addWidget(splitter, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.layout_combo.currentIndexChanged.connect(self._on_layout_combo_current_index_changed)
        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_current_index_changed)
        self.skip.valueChanged.connect(self.schedule_preview)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.zpl_button.clicked.connect(self._on_zpl_button_clicked)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _products_page(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.code = QLineEdit(page)
        self.code.setPlaceholderText(self.tr("Scan or type a SKU or barcode"))
        self.copies = QSpinBox(page)
        self.copies.setRange(1, label_printing.MAX_COPIES)
        self.copies.setPrefix(self.tr("× "))
        self.copies.setToolTip(self.tr("Copies of each product added"))
        self.add_button = QPushButton(self.tr("&Add"), page)
        row.addWidget(self.code, 1)
        row.addWidget(self.copies)
        row.addWidget(self.add_button)
        col.addLayout(row)
        self.items_table = QTableWidget(0, 3, page)
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Product"), self.tr("Copies")]
        )
        self._table_look(self.items_table, stretch=1)
        col.addWidget(self.items_table, 1)
        actions = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Re&move"), page)
        self.clear_button = QPushButton(self.tr("Clear"), page)
        self.items_total = QLabel(page)
        actions.addWidget(self.items_total, 1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.clear_button)
        col.addLayout(actions)
        self.code.returnPressed.connect(self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        return page

    def _orders_page(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        grid = QFormLayout()
        self.by_state = QRadioButton(self.tr("Orders in &state"), page)
        self.by_number = QRadioButton(self.tr("Order &numbers"), page)
        group = QButtonGroup(page)
        group.addButton(self.by_state)
        group.addButton(self.by_number)
        self.by_state.setChecked(True)
        self.state_combo = QComboBox(page)
        for state in (OrderState.WAREHOUSE_APPROVED, OrderState.PACKED, OrderState.SHIPPED):
            self.state_combo.addItem(
                QCoreApplication.translate("OrderState", STATE_LABELS[state]), str(state)
            )
        self.numbers = QLineEdit(page)
        self.numbers.setPlaceholderText(self.tr("Order or tracking numbers, separated by spaces"))
        grid.addRow(self.by_state, self.state_combo)
        grid.addRow(self.by_number, self.numbers)
        col.addLayout(grid)
        row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("&Find orders"), page)
        self.orders_total = QLabel(page)
        row.addWidget(self.orders_total, 1)
        row.addWidget(self.find_button)
        col.addLayout(row)
        self.orders_table = QTableWidget(0, 3, page)
        self.orders_table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Recipient"), self.tr("Tracking number")]
        )
        self._table_look(self.orders_table, stretch=1)
        col.addWidget(self.orders_table, 1)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.numbers.returnPressed.connect(self._on_find_button_clicked)
        self.numbers.textEdited.connect(lambda _t: self.by_number.setChecked(True))
        self.state_combo.activated.connect(lambda _i: self.by_state.setChecked(True))
        return page

    @staticmethod
    def _table_look(table: QTableWidget, stretch: int) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- data ------------------------------------------------------------------------

    @property
    def job_kind(self) -> str:
        """``product`` or ``shipping``."""
        return str(self.kind.currentData())

    def refresh(self) -> None:
        """Reload layouts and printers (keeping the choices), then the preview."""
        try:
            self.layouts = label_layouts_store.list_layouts(self._ctx, self._actor)
            self.printers = label_printing.list_printers(self._ctx, self._actor)
            self.shipping_default = label_layouts_store.default_shipping_layout(
                self._ctx, self._actor
            ).name
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self._fill_layouts()
        self._fill_printers()
        self.schedule_preview()

    def _fill_layouts(self) -> None:
        keep = self.layout_combo.currentData()
        self.layout_combo.blockSignals(True)
        self.layout_combo.clear()
        for info in self.layouts:
            if info.kind != self.job_kind:
                continue
            text = info.name if info.shipped else self.tr("{name} (shop)").format(name=info.name)
            self.layout_combo.addItem(text, info.name)
        index = self.layout_combo.findData(keep)
        if index < 0 and self.job_kind == self.SHIPPING:  # the packing desk's layout first
            index = self.layout_combo.findData(self.shipping_default)
        self.layout_combo.setCurrentIndex(max(0, index))
        self.layout_combo.blockSignals(False)
        self._layout_changed()

    def _fill_printers(self) -> None:
        keep = self.printer_combo.currentData()
        self.printer_combo.blockSignals(True)
        self.printer_combo.clear()
        self.printer_combo.addItem(self.tr("Choose when printing"), "")
        for p in self.printers:
            self.printer_combo.addItem(p.name, p.id)
        index = self.printer_combo.findData(keep) if keep else -1
        if index < 0:
            default = label_printing.default_printer(self.printers, self.job_kind)
            index = self.printer_combo.findData(default.id) if default else 0
        self.printer_combo.setCurrentIndex(max(0, index))
        self.printer_combo.blockSignals(False)
        self._update_buttons()

    def current_layout(self) -> LayoutInfo | None:
        """The chosen layout."""
        name = self.layout_combo.currentData()
        return next((i for i in self.layouts if i.name == name), None)

    def current_printer(self) -> PrinterSettings | None:
        """The chosen shop printer, if any."""
        pid = self.printer_combo.currentData()
        return next((p for p in self.printers if p.id == pid), None)

    def select_layout(self, name: str) -> bool:
        """Choose the layout ``name``; False when it is not offered for this kind."""
        index = self.layout_combo.findData(name)
        if index >= 0:
            self.layout_combo.setCurrentIndex(index)
        return index >= 0

    def select_printer(self, name: str) -> bool:
        """Choose the shop printer called ``name``."""
        printer = next((p for p in self.printers if p.name == name), None)
        index = self.printer_combo.findData(printer.id) if printer else -1
        if index >= 0:
            self.printer_combo.setCurrentIndex(index)
        return index >= 0

    def request(self) -> LabelRequest:
        """The job as it stands."""
        layout = self.current_layout()
        name = layout.name if layout else ""
        if self.job_kind == self.PRODUCT:
            return LabelRequest(
                self.PRODUCT,
                name,
                tuple((sku, n) for sku, _name, n in self.items),
                skip=self.skip.value(),
            )
        return LabelRequest(
            self.SHIPPING,
            name,
            order_ids=tuple(o.id for o in self.orders if o.printable),
            skip=self.skip.value(),
        )

    def _layout_changed(self) -> None:
        layout = self.current_layout()
        sheet = layout is not None and layout.stock_kind == "sheet"
        self.skip.setEnabled(sheet)
        self.skip.setRange(0, max(0, layout.per_page - 1) if sheet and layout else 0)
        self._update_buttons()
        self.schedule_preview()

    def _update_buttons(self) -> None:
        layout = self.current_layout()
        printer = self.current_printer()
        roll = layout is not None and layout.stock_kind == "roll"
        self.zpl_button.setEnabled(roll and (printer is None or printer.is_zpl))
        self.print_button.setEnabled(printer is None or not printer.is_zpl)
        self.zpl_button.setText(
            self.tr("Send &ZPL")
            if printer is not None and printer.is_zpl
            else self.tr("Send &ZPL…")
        )

    def schedule_preview(self) -> None:
        """Update the preview shortly (changes in quick succession render once)."""
        self._preview_timer.start()

    def update_preview(self) -> None:
        """Render the first page of the job (a sample label while the job is empty)."""
        self._preview_timer.stop()
        if self.current_layout() is None:
            self.preview.set_message(self.tr("Choose a layout."))
            return
        try:
            data = label_printing.preview_pdf(self._ctx, self._actor, self.request())
        except KnownError as exc:
            self.preview.set_message(translate_error(exc))
            return
        self.preview.set_pdf(data)
        empty = not (self.items if self.job_kind == self.PRODUCT else self.orders)
        self.preview_caption.setText(
            self.tr("Preview with a sample label")
            if empty
            else self.tr("Preview of the first page")
        )

    # -- products ----------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """Add the scanned product (by barcode or SKU) to the job, switching to product
        labels; scanning it again adds more copies."""
        if self.job_kind != self.PRODUCT:
            self.kind.setCurrentIndex(self.kind.findData(self.PRODUCT))
        self.add_code(code)

    def add_code(self, code: str, copies: int | None = None) -> bool:
        """Add ``copies`` (default: the copies box) labels of the product ``code``."""
        if not code.strip():
            return False
        n = copies if copies is not None else self.copies.value()
        try:
            found = label_printing.find_product(self._ctx, self._actor, code)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.WARNING)
            return False
        self.notice.clear()
        for i, (sku, name, have) in enumerate(self.items):
            if sku == found.sku:
                self.items[i] = (sku, name, min(have + n, label_printing.MAX_COPIES))
                break
        else:
            self.items.append((found.sku, found.name, n))
        self.code.clear()
        self._show_items()
        return True

    def _show_items(self) -> None:
        table = self.items_table
        table.setRowCount(len(self.items))
        for row, (sku, name, n) in enumerate(self.items):
            table.setItem(row, 0, QTableWidgetItem(sku))
            table.setItem(row, 1, QTableWidgetItem(name))
            spin = QSpinBox(table)
            spin.setRange(1, label_printing.MAX_COPIES)
            spin.setValue(n)
            spin.setAccessibleName(self.tr("Copies of {sku}").format(sku=sku))
            spin.valueChanged.connect(lambda value, r=row: self._on_copies_value_changed(r, value))
            table.setCellWidget(row, 2, spin)
        total = sum(n for _s, _n, n in self.items)
        self.items_total.setText(
            self.tr("{products} products, {labels} labels").format(
                products=len(self.items), labels=total
            )
            if self.items
            else ""
        )
        self.schedule_preview()

    def _on_copies_value_changed(self, row: int, value: int) -> None:
        if 0 <= row < len(self.items):
            sku, name, _n = self.items[row]
            self.items[row] = (sku, name, value)
            self._show_items_total()

    def _show_items_total(self) -> None:
        total = sum(n for _s, _n, n in self.items)
        self.items_total.setText(
            self.tr("{products} products, {labels} labels").format(
                products=len(self.items), labels=total
            )
        )
        self.schedule_preview()

    def _on_add_button_clicked(self) -> None:
        self.add_code(self.code.text())

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.items_table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.items[row]
        self._show_items()

    def _on_clear_button_clicked(self) -> None:
        self.items.clear()
        self._show_items()

    # -- orders ------------------------------------------------------------------------

    def find_orders(self) -> None:
        """Load the orders of the chosen state, or with the typed numbers."""
        try:
            if self.by_state.isChecked():
                found = label_printing.orders_for_labels(
                    self._ctx, self._actor, state=str(self.state_combo.currentData())
                )
            else:
                numbers = [n for n in re.split(r"[\s,;]+", self.numbers.text()) if n]
                found = label_printing.orders_for_labels(self._ctx, self._actor, numbers=numbers)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.WARNING)
            return
        self.notice.clear()
        self.orders = found
        table = self.orders_table
        table.setRowCount(len(found))
        for row, o in enumerate(found):
            tracking = o.tracking_number
            if not o.needs_label:
                tracking = self.tr("pickup: no label")
            elif not o.tracking_number:
                tracking = self.tr("no tracking number yet")
            for col, text in enumerate((o.number, o.recipient, tracking)):
                item = QTableWidgetItem(text)
                if not o.printable:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, col, item)
        printable = sum(o.printable for o in found)
        self.orders_total.setText(
            self.tr("{orders} orders, {labels} labels").format(orders=len(found), labels=printable)
        )
        self.schedule_preview()

    def _on_find_button_clicked(self) -> None:
        self.find_orders()

    # -- slots -------------------------------------------------------------------------

    def _on_kind_current_index_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.layout_combo.blockSignals(True)
        self.layout_combo.clear()
        self.layout_combo.blockSignals(False)
        self._fill_layouts()
        self._fill_printers()

    def _on_layout_combo_current_index_changed(self, _index: int) -> None:
        self._layout_changed()

    def _on_printer_combo_current_index_changed(self, _index: int) -> None:
        self._update_buttons()

    def _check_ready(self) -> LabelRequest | None:
        request = self.request()
        if self.job_kind == self.PRODUCT and not request.items:
            self.notice.show_message(
                self.tr("Add products first: scan them or type a SKU."), NoticeBar.WARNING
            )
            return None
        if self.job_kind == self.SHIPPING and not request.order_ids:
            self.notice.show_message(
                self.tr("Find the orders first; only orders with a tracking number get a label."),
                NoticeBar.WARNING,
            )
            return None
        return request

    def _on_print_button_clicked(self) -> None:
        request = self._check_ready()
        if request is None:
            return
        settings = self.current_printer()
        qprinter = self.choose_qprinter(settings)
        if qprinter is not None:
            self.run_job(request, Destination("printer", qprinter, settings))

    def _on_pdf_button_clicked(self) -> None:
        request = self._check_ready()
        if request is None:
            return
        path = self.choose_path(
            self.tr("Save labels as PDF"), "labels.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.run_job(request, Destination("pdf", path=path))

    def _on_zpl_button_clicked(self) -> None:
        request = self._check_ready()
        if request is None:
            return
        printer = self.current_printer()
        if printer is not None and printer.is_zpl:
            self.run_job(request, Destination(printer.kind, settings=printer))
            return
        path = self.choose_path(
            self.tr("Save labels as ZPL"), "labels.zpl", self.tr("ZPL files (*.zpl)")
        )
        if path:
            self.run_job(request, Destination("zpl_file", path=path))

    # -- choosing where (overridden in tests) --------------------------------------------

    def choose_qprinter(self, settings: PrinterSettings | None) -> QPrinter | None:
        """Ask for the printer (preset to the shop printer's installed printer)."""
        qprinter = QPrinter(QPrinter.PrinterMode.HighResolution)
        if settings is not None and settings.system_name:
            qprinter.setPrinterName(settings.system_name)
        dialog = QPrintDialog(qprinter, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return qprinter

    def choose_path(self, title: str, name: str, filters: str) -> str:
        """Ask for a file to write."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(start) / name), filters)
        return path

    def reprint(self, entry: PrintLogEntry) -> None:
        """Make the labels of log ``entry`` again and send them where they went then:
        the same shop printer (if it still exists), else ask for a printer or file."""
        self.printers = label_printing.list_printers(self._ctx, self._actor)
        printer = next((p for p in self.printers if p.name == entry.printer_name), None)
        if entry.output in ("zpl_network", "zpl_file") and printer is not None and printer.is_zpl:
            self.run_job(
                entry.request, Destination(printer.kind, settings=printer), reprint_of=entry
            )
        elif entry.output in ("pdf", "zpl_file"):
            zpl = entry.output == "zpl_file"
            path = self.choose_path(
                self.tr("Reprint labels"),
                "labels.zpl" if zpl else "labels.pdf",
                self.tr("ZPL files (*.zpl)") if zpl else self.tr("PDF files (*.pdf)"),
            )
            if path:
                self.run_job(entry.request, Destination(entry.output, path=path), reprint_of=entry)
        else:
            settings = printer if printer is not None and not printer.is_zpl else None
            qprinter = self.choose_qprinter(settings)
            if qprinter is not None:
                self.run_job(
                    entry.request, Destination("printer", qprinter, settings), reprint_of=entry
                )

    # -- running jobs ------------------------------------------------------------------

    def run_job(
        self,
        request: LabelRequest,
        destination: Destination,
        *,
        reprint_of: PrintLogEntry | None = None,
    ) -> None:
        """Make the labels and deliver them, in the background with progress and cancel;
        log the job when it was delivered."""
        ctx, actor = self._ctx, self._actor
        fmt = "zpl" if destination.kind.startswith("zpl") else "pdf"
        preparing, printing = (
            self.tr("Preparing labels…"),
            self.tr("Printing page {done} of {total}…"),
        )

        def work(progress: Any, token: CancelToken) -> PrintLogEntry:
            def step(done: int, total: int) -> None:
                progress(done, total, preparing)
                token.raise_if_cancelled()

            def page(done: int, total: int) -> None:
                progress(done, total, printing.format(done=done, total=total))
                token.raise_if_cancelled()

            printer = destination.settings if fmt == "zpl" else None
            if reprint_of is not None:
                _entry, out = label_printing.reprint(
                    ctx, actor, reprint_of.id, printer=printer, progress=step
                )
                out = _as_format(ctx, actor, out, fmt, printer, step)
            else:
                out = label_printing.make_labels(
                    ctx, actor, request, fmt=fmt, printer=printer, progress=step
                )
            printer_name = ""
            if destination.kind == "printer":
                assert destination.qprinter is not None
                print_pdf(out.data, destination.qprinter, destination.settings, page)
                printer_name = (
                    destination.settings.name
                    if destination.settings
                    else destination.qprinter.printerName()
                )
            elif destination.settings is not None:
                label_printing.send_zpl(destination.settings, out.data, when=ctx.clock())
                printer_name = destination.settings.name
            else:
                _write(Path(destination.path), out.data)
            self.last_output = out
            return label_printing.log_print(
                ctx,
                actor,
                out,
                destination.kind,
                printer_name=printer_name,
                reprint_of=reprint_of.id if reprint_of else None,
            )

        self._run(work, self._job_label(destination), self._on_job_done)

    def _job_label(self, destination: Destination) -> str:
        if destination.kind == "printer":
            return self.tr("Printing labels…")
        if destination.kind == "zpl_network":
            return self.tr("Sending labels to the printer…")
        return self.tr("Writing labels…")

    def _on_job_done(self, entry: PrintLogEntry) -> None:
        where = entry.printer_name
        if entry.output == "printer":
            text = self.tr("Printed {n} labels on {printer}.").format(
                n=entry.label_count, printer=where
            )
        elif entry.output == "zpl_network":
            text = self.tr("Sent {n} labels to {printer}.").format(
                n=entry.label_count, printer=where
            )
        else:
            text = self.tr("Wrote {n} labels.").format(n=entry.label_count)
        self.notice.show_message(text, NoticeBar.SUCCESS)
        self.printed.emit(entry)

    def _run(
        self, work: Callable[[Any, CancelToken], Any], label: str, on_done: Callable[[Any], None]
    ) -> None:
        if self.runner is not None:
            self.runner.run(
                work,
                parent_widget=self,
                label=label,
                cancellable=True,
                on_done=on_done,
                on_error=self._on_job_error,
                on_cancelled=self._on_job_cancelled,
                changes="labels",
            )
            return
        try:
            result = work(lambda *_a: None, CancelToken())
        except Exception as exc:
            self._on_job_error(exc)
            return
        on_done(result)

    def _on_job_error(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        else:
            show_error(self, exc)

    def _on_job_cancelled(self) -> None:
        self.notice.show_message(self.tr("Printing was cancelled."), NoticeBar.WARNING)


def _as_format(
    ctx: AppContext,
    actor: Actor,
    out: LabelOutput,
    fmt: str,
    printer: PrinterSettings | None,
    step: Callable[[int, int], None],
) -> LabelOutput:
    """A reprint goes where the user sends it now: remake it if the format differs."""
    if out.format == fmt:
        return out
    return label_printing.make_labels(
        ctx, actor, out.request, fmt=fmt, printer=printer, progress=step
    )


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
