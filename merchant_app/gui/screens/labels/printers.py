"""The Printers tab of the Labels screen: the shop's label printers with their offset,
scale and darkness, and a test print that shows where a label lands.  Changing printers
needs ``settings.manage``; everyone else sees them read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.screens.labels.preview import print_pdf
from merchant_app.gui.widgets import NoticeBar
from merchant_app.services import label_layouts_store, label_printing
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_printing import PrinterSettings


class PrintersPanel(QWidget):
    """Lists the shop's printers and edits the selected one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.can_manage = actor.can("settings.manage")
        self.printers: list[PrinterSettings] = []
        self.editing: PrinterSettings | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setMinimumWidth(220)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New printer"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        row.addLayout(left)
        self.form_box = QGroupBox(self.tr("Printer"), self)
        form = QFormLayout(self.form_box)
        self.form = form
        self.name = QLineEdit(self.form_box)
        self.kind = QComboBox(self.form_box)
        self.kind.addItem(self.tr("Installed printer (through the system)"), "system")
        self.kind.addItem(self.tr("ZPL label printer on the network"), "zpl_network")
        self.kind.addItem(self.tr("ZPL files in a folder"), "zpl_file")
        self.system_name = QComboBox(self.form_box)
        self.system_name.setEditable(True)
        self.system_name.addItems(QPrinterInfo.availablePrinterNames())
        self.system_name.setMinimumContentsLength(24)
        self.host = QLineEdit(self.form_box)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.50"))
        self.port = QSpinBox(self.form_box)
        self.port.setRange(1, 65535)
        self.port.setValue(9100)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self.form_box)
        self.browse_button = QPushButton(self.tr("&Browse…"), self.form_box)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.dpi = QComboBox(self.form_box)
        for dpi in label_printing.DPIS:
            self.dpi.addItem(self.tr("{dpi} dpi").format(dpi=dpi), dpi)
        self.offset_x = self._mm_spin()
        self.offset_y = self._mm_spin()
        for w in (self.port, self.dpi):
            w.setMaximumWidth(180)
        self.scale = QSpinBox(self.form_box)
        self.scale.setRange(*label_printing.SCALE_RANGE)
        self.scale.setSuffix(" %")
        self.scale.setValue(100)
        self.darkness = QSpinBox(self.form_box)
        self.darkness.setRange(-1, 30)
        self.darkness.setSpecialValueText(self.tr("Printer's own"))
        self.darkness.setValue(-1)
        for w in (self.scale, self.darkness):
            w.setMaximumWidth(180)
        self.default_shipping = QCheckBox(self.tr("Default for &shipping labels"), self.form_box)
        self.default_product = QCheckBox(self.tr("Default for p&roduct labels"), self.form_box)
        self.rows: dict[str, QWidget] = {}
        for key, text, widget in (
            ("name", self.tr("&Name:"), self.name),
            ("kind", self.tr("&Kind:"), self.kind),
            ("system_name", self.tr("&Installed printer:"), self.system_name),
            ("host", self.tr("&Host:"), self.host),
            ("port", self.tr("&Port:"), self.port),
            ("folder", self.tr("&Folder:"), folder_row),
            ("dpi", self.tr("&Resolution:"), self.dpi),
            ("offset_x", self.tr("Offset &right:"), self.offset_x),
            ("offset_y", self.tr("Offset do&wn:"), self.offset_y),
            ("scale", self.tr("&Scale:"), self.scale),
            ("darkness", self.tr("Dar&kness (ZPL):"), self.darkness),
        ):
            label = QLabel(text, self.form_box)
            buddy = widget if isinstance(widget, QWidget) else self.folder
            label.setBuddy(buddy)
            form.addRow(label, widget)
            self.rows[key] = label
        form.addRow("", self.default_shipping)
        form.addRow("", self.default_product)
        hint = QLabel(
            self.tr(
                "Offsets move everything printed (negative: left or up); the scale corrects "
                "printers that shrink or stretch. Make a test print on plain paper to check."
            ),
            self.form_box,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        test_row = QHBoxLayout()
        self.test_layout = QComboBox(self.form_box)
        self.test_button = QPushButton(self.tr("&Test print"), self.form_box)
        self.save_button = QPushButton(self.tr("Sa&ve printer"), self.form_box)
        test_row.addWidget(self.test_layout, 1)
        test_row.addWidget(self.test_button)
        test_row.addStretch(0)
        test_row.addWidget(self.save_button)
        test_label = QLabel(self.tr("Test &layout:"), self.form_box)
        test_label.setBuddy(self.test_layout)
        form.addRow(test_label, test_row)
        row.addWidget(self.form_box, 2)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        for w in (self.new_button, self.delete_button, self.save_button):
            w.setEnabled(self.can_manage)
        self.form_box.setEnabled(False)
        self._show_kind()

    def _mm_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-label_printing.MAX_OFFSET_MM, label_printing.MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setMaximumWidth(180)
        return spin

    # -- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the printers and the layouts for test prints."""
        try:
            self.printers = label_printing.list_printers(self._ctx, self._actor)
            layouts = label_layouts_store.list_layouts(self._ctx, self._actor)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        keep = self.editing.id if self.editing else ""
        self.test_layout.clear()
        for info in layouts:
            self.test_layout.addItem(info.name, info.name)
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.printers:
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, p in enumerate(self.printers) if p.id == keep), 0)
        if self.printers:
            self.list.setCurrentRow(row)
            self._load(self.printers[row])
        else:
            self._on_new_button_clicked()

    def _load(self, p: PrinterSettings) -> None:
        self.editing = p
        self.form_box.setEnabled(True)
        self.name.setText(p.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.system_name.setCurrentText(p.system_name)
        self.host.setText(p.host)
        self.port.setValue(p.port)
        self.folder.setText(p.folder)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(p.dpi)))
        self.offset_x.setValue(p.offset_x_mm)
        self.offset_y.setValue(p.offset_y_mm)
        self.scale.setValue(p.scale_pct)
        self.darkness.setValue(-1 if p.darkness is None else p.darkness)
        self.default_shipping.setChecked(p.default_shipping)
        self.default_product.setChecked(p.default_product)
        for w in self._editors():
            w.setEnabled(self.can_manage)
        self.delete_button.setEnabled(self.can_manage and bool(p.id))
        self._show_kind()

    def _editors(self) -> list[QWidget]:
        return [
            self.name,
            self.kind,
            self.system_name,
            self.host,
            self.port,
            self.folder,
            self.browse_button,
            self.dpi,
            self.offset_x,
            self.offset_y,
            self.scale,
            self.darkness,
            self.default_shipping,
            self.default_product,
        ]

    def settings(self) -> PrinterSettings:
        """The printer as the form shows it."""
        return PrinterSettings(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            system_name=self.system_name.currentText().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            folder=self.folder.text().strip(),
            dpi=int(self.dpi.currentData()),
            offset_x_mm=round(self.offset_x.value(), 1),
            offset_y_mm=round(self.offset_y.value(), 1),
            scale_pct=self.scale.value(),
            darkness=None if self.darkness.value() < 0 else self.darkness.value(),
            default_shipping=self.default_shipping.isChecked(),
            default_product=self.default_product.isChecked(),
            id=self.editing.id if self.editing else "",
        )

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        visible = {
            "system_name": kind == "system",
            "host": kind == "zpl_network",
            "port": kind == "zpl_network",
            "folder": kind == "zpl_file",
            "scale": kind == "system",
            "darkness": kind != "system",
        }
        for key, shown in visible.items():
            self.form.setRowVisible(self.rows[key], shown)

    # -- slots -------------------------------------------------------------------------

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.printers):
            self.notice.clear()
            self._load(self.printers[row])

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._show_kind()

    def _on_new_button_clicked(self) -> None:
        self.list.clearSelection()
        names = [QPrinterInfo.defaultPrinterName()] if QPrinterInfo.defaultPrinterName() else []
        self._load(
            PrinterSettings(self.tr("Label printer"), "system", system_name=(names or [""])[0])
        )
        self.name.setFocus()
        self.name.selectAll()

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for ZPL files"))
        if folder:
            self.folder.setText(folder)

    def save(self) -> PrinterSettings | None:
        """Save the form; a refusal is shown above it and nothing changes."""
        try:
            saved = label_printing.save_printer(self._ctx, self._actor, self.settings())
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return None
        self.editing = saved
        self.notice.show_message(
            self.tr("Printer “{name}” saved.").format(name=saved.name), NoticeBar.SUCCESS
        )
        self.refresh()
        self.changed.emit()
        return saved

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_delete_button_clicked(self) -> None:
        if self.editing is None or not self.editing.id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete printer"),
            self.tr("Delete the printer “{name}”?").format(name=self.editing.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            label_printing.delete_printer(self._ctx, self._actor, self.editing.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.editing = None
        self.refresh()
        self.changed.emit()

    def _on_test_button_clicked(self) -> None:
        self.test_print()

    def test_print(self, qprinter: QPrinter | None = None) -> bool:
        """Print a sample label with its edges outlined on the test layout, with the
        form's settings (saved or not): through Qt for an installed printer (asking
        which, unless ``qprinter`` is given), as ZPL otherwise."""
        settings = self.settings()
        try:
            label_printing.check_printer(settings)
            layout = label_layouts_store.get_layout(self._ctx, self._actor, self.layout_for_test())
            if settings.is_zpl:
                data = label_printing.test_label(layout, "zpl", settings)
                where = label_printing.send_zpl(settings, data, when=self._ctx.clock())
            else:
                qprinter = qprinter or self.choose_qprinter(settings)
                if qprinter is None:
                    return False
                print_pdf(label_printing.test_label(layout, "pdf"), qprinter, settings)
                where = settings.name
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return False
        except OSError as exc:
            show_error(self, exc)
            return False
        self.notice.show_message(
            self.tr("Test label sent to {where}.").format(where=where), NoticeBar.SUCCESS
        )
        return True

    def choose_qprinter(self, settings: PrinterSettings) -> QPrinter | None:
        """Ask for the printer, preset to the installed printer of ``settings``."""
        qprinter = QPrinter(QPrinter.PrinterMode.HighResolution)
        if settings.system_name:
            qprinter.setPrinterName(settings.system_name)
        dialog = QPrintDialog(qprinter, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return qprinter

    def layout_for_test(self) -> str:
        """The layout chosen for test prints."""
        return str(self.test_layout.currentData() or "")
