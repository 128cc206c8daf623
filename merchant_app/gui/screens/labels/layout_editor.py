"""The Layouts tab of the Labels screen (LBL-6): the shipped layouts and the shop's
copies; a copy can be adjusted in the editor (stock size, sheet grid, margins and gaps,
each field's box, font sizes, alignment and barcode symbology) with a live preview that
follows the values shortly after they change.  Saving goes through the service, which
validates the whole layout: a box off the label is refused with a message naming the
field, and nothing is saved."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.screens.labels.preview import PdfPreview
from merchant_app.gui.widgets import NoticeBar
from merchant_app.printing.layouts import layout_from_dict, layout_to_dict
from merchant_app.printing.pdf import render_label_pdf
from merchant_app.services import label_layouts_store
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_layouts_store import LayoutInfo

MAX_MM = 1000.0
STOCK_KEYS = (
    ("label_width_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Label width:")),
    ("label_height_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Label height:")),
    ("page_width_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Page width:")),
    ("page_height_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Page height:")),
    ("margin_left_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Left margin:")),
    ("margin_top_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Top margin:")),
    ("gap_x_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Gap across:")),
    ("gap_y_mm", QT_TRANSLATE_NOOP("LayoutEditor", "Gap down:")),
)
FIELD_BOX = ("x_mm", "y_mm", "w_mm", "h_mm")
FIELD_DEFAULTS: dict[str, Any] = {
    "text": "",
    "max_font_pt": 10.0,
    "min_font_pt": 6.0,
    "align": "left",
    "symbology": None,
}


class LayoutEditor(QWidget):
    """Edits one layout as its JSON object (:attr:`data`).  Every change re-validates
    it and, after a short pause, redraws the preview; problems show in the notice bar
    (the preview keeps the last valid state).  ``saved`` is emitted with the layout's
    new name after a successful save."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.data: dict[str, Any] = {}
        self.original_name = ""
        self.read_only = True
        self.problem = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        edit = QVBoxLayout()
        body.addLayout(edit, 3)
        top = QFormLayout()
        self.name = QLineEdit(self)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        top.addRow(name_label, self.name)
        edit.addLayout(top)
        self.stock_box = QGroupBox(self.tr("Stock"), self)
        grid = QGridLayout(self.stock_box)
        self.stock: dict[str, QDoubleSpinBox] = {}
        for i, (key, text) in enumerate(STOCK_KEYS):
            spin = self._spin()
            self.stock[key] = spin
            label = QLabel(QCoreApplication.translate("LayoutEditor", text), self.stock_box)
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            spin.valueChanged.connect(lambda v, k=key: self._on_stock_changed(k, v))
        self.columns = QSpinBox(self.stock_box)
        self.rows = QSpinBox(self.stock_box)
        for i, (spin, text, key) in enumerate(
            ((self.columns, self.tr("Columns:"), "columns"), (self.rows, self.tr("Rows:"), "rows"))
        ):
            spin.setRange(0, 100)
            label = QLabel(text, self.stock_box)
            label.setBuddy(spin)
            grid.addWidget(label, 4, i * 2)
            grid.addWidget(spin, 4, i * 2 + 1)
            spin.valueChanged.connect(lambda v, k=key: self._on_stock_changed(k, v))
        edit.addWidget(self.stock_box)
        fields_box = QGroupBox(self.tr("Fields"), self)
        frow = QHBoxLayout(fields_box)
        self.fields = QListWidget(fields_box)
        self.fields.setMaximumWidth(200)
        frow.addWidget(self.fields)
        fform = QFormLayout()
        frow.addLayout(fform, 1)
        self.field_kind = QLabel(fields_box)
        fform.addRow(self.tr("Shows:"), self.field_kind)
        self.box: dict[str, QDoubleSpinBox] = {}
        box_row = QGridLayout()
        for i, (key, text) in enumerate(
            zip(
                FIELD_BOX,
                (self.tr("X"), self.tr("Y"), self.tr("Width"), self.tr("Height")),
                strict=True,
            )
        ):
            spin = self._spin()
            self.box[key] = spin
            label = QLabel(text, fields_box)
            label.setBuddy(spin)
            box_row.addWidget(label, i // 2, (i % 2) * 2)
            box_row.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            spin.valueChanged.connect(lambda v, k=key: self._on_field_changed(k, v))
        fform.addRow(self.tr("Box (mm):"), box_row)
        self.max_font = self._pt_spin()
        self.min_font = self._pt_spin()
        fonts = QHBoxLayout()
        fonts.addWidget(self.max_font)
        fonts.addWidget(QLabel(self.tr("down to"), fields_box))
        fonts.addWidget(self.min_font)
        fonts.addStretch(1)
        font_label = QLabel(self.tr("&Font size:"), fields_box)
        font_label.setBuddy(self.max_font)
        fform.addRow(font_label, fonts)
        self.max_font.valueChanged.connect(lambda v: self._on_field_changed("max_font_pt", v))
        self.min_font.valueChanged.connect(lambda v: self._on_field_changed("min_font_pt", v))
        self.align = QComboBox(fields_box)
        for value, text in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            self.align.addItem(text, value)
        align_label = QLabel(self.tr("&Align:"), fields_box)
        align_label.setBuddy(self.align)
        fform.addRow(align_label, self.align)
        self.align.currentIndexChanged.connect(
            lambda _i: self._on_field_changed("align", self.align.currentData())
        )
        self.symbology = QComboBox(fields_box)
        for value, text in (
            (None, self.tr("From the product (EAN-13, UPC-A or Code 128)")),
            ("code128", "Code 128"),
            ("ean13", "EAN-13"),
            ("upca", "UPC-A"),
        ):
            self.symbology.addItem(text, value)
        sym_label = QLabel(self.tr("&Barcode:"), fields_box)
        sym_label.setBuddy(self.symbology)
        fform.addRow(sym_label, self.symbology)
        self.symbology.currentIndexChanged.connect(
            lambda _i: self._on_field_changed("symbology", self.symbology.currentData())
        )
        self.caption = QLineEdit(fields_box)
        self.caption.setPlaceholderText(self.tr("Fixed text before the value, e.g. “TO ”"))
        cap_label = QLabel(self.tr("&Caption:"), fields_box)
        cap_label.setBuddy(self.caption)
        fform.addRow(cap_label, self.caption)
        self.caption.textEdited.connect(lambda text: self._on_field_changed("text", text))
        self.remove_field_button = QPushButton(self.tr("Remove &field"), fields_box)
        fform.addRow("", self.remove_field_button)
        edit.addWidget(fields_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.save_button = QPushButton(self.tr("&Save layout"), self)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        edit.addLayout(buttons)
        right = QVBoxLayout()
        self.preview_caption = QLabel(self.tr("Preview with a sample label"), self)
        right.addWidget(self.preview_caption)
        self.preview = PdfPreview(self)
        right.addWidget(self.preview, 1)
        body.addLayout(right, 2)
        self.fields.currentRowChanged.connect(self._on_fields_current_row_changed)
        self.remove_field_button.clicked.connect(self._on_remove_field_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.name.textEdited.connect(self._on_name_text_edited)

    def _spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-MAX_MM, MAX_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setKeyboardTracking(True)
        return spin

    def _pt_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 200)
        spin.setDecimals(1)
        spin.setSuffix(" pt")
        return spin

    # -- loading -----------------------------------------------------------------------

    def load(self, info: LayoutInfo, can_edit: bool) -> None:
        """Show ``info``'s layout; editable when it is the shop's and ``can_edit``."""
        try:
            layout = label_layouts_store.get_layout(self._ctx, self._actor, info.name)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        row = self.fields.currentRow() if info.name == self.original_name else 0
        self.original_name = info.name
        self.read_only = info.shipped or not can_edit
        self.set_data(layout_to_dict(layout), field_row=row)
        if info.shipped:
            self.notice.show_message(
                self.tr("This layout comes with the app. Copy it to adjust it."), NoticeBar.INFO
            )
        elif not can_edit:
            self.notice.show_message(
                self.tr("Changing layouts needs the permission to change shop settings."),
                NoticeBar.INFO,
            )
        else:
            self.notice.clear()

    def set_data(self, data: dict[str, Any], field_row: int = 0) -> None:
        """Edit ``data`` (a layout's JSON object), with field ``field_row`` selected."""
        self._loading = True
        self.data = copy.deepcopy(data)
        self.name.setText(str(self.data.get("name", "")))
        stock = self.data["stock"]
        sheet = stock.get("kind") == "sheet"
        for key, spin in self.stock.items():
            spin.setValue(float(stock.get(key, 0.0)))
            spin.setEnabled(not self.read_only and (sheet or key.startswith("label_")))
        for spin, key in ((self.columns, "columns"), (self.rows, "rows")):
            spin.setValue(int(stock.get(key, 1)))
            spin.setEnabled(not self.read_only and sheet)
        self.fields.clear()
        for f in self.data["fields"]:
            self.fields.addItem(QListWidgetItem(str(f["name"])))
        for w in (self.name, self.remove_field_button, self.save_button, self.revert_button):
            w.setEnabled(not self.read_only)
        self._loading = False
        self.fields.setCurrentRow(min(max(0, field_row), self.fields.count() - 1))
        self._show_field()
        self.update_preview()

    def _current_field(self) -> dict[str, Any] | None:
        row = self.fields.currentRow()
        fields = self.data.get("fields", [])
        return fields[row] if 0 <= row < len(fields) else None

    def _show_field(self) -> None:
        f = self._current_field()
        self._loading = True
        editable = f is not None and not self.read_only
        if f is not None:
            kind = str(f["kind"])
            self.field_kind.setText(
                self.tr("{kind} from “{source}”").format(kind=kind, source=f.get("source", ""))
                if f.get("source")
                else kind
            )
            for key, spin in self.box.items():
                spin.setValue(float(f[key]))
            self.max_font.setValue(float(f.get("max_font_pt", FIELD_DEFAULTS["max_font_pt"])))
            self.min_font.setValue(float(f.get("min_font_pt", FIELD_DEFAULTS["min_font_pt"])))
            self.align.setCurrentIndex(max(0, self.align.findData(f.get("align", "left"))))
            self.symbology.setCurrentIndex(max(0, self.symbology.findData(f.get("symbology"))))
            self.caption.setText(str(f.get("text", "")))
            self.symbology.setEnabled(editable and kind == "barcode")
            self.caption.setEnabled(editable and kind in ("text", "price"))
            self.min_font.setEnabled(editable and kind in ("text", "price"))
        for w in (*self.box.values(), self.max_font, self.align):
            w.setEnabled(editable)
        self._loading = False

    # -- changes -----------------------------------------------------------------------

    def _changed(self) -> None:
        try:
            layout_from_dict(self.data)
        except KnownError as exc:
            self.problem = translate_error(exc)
            self.notice.show_message(self.problem, NoticeBar.ERROR)
        else:
            self.problem = ""
            if self.notice.level == NoticeBar.ERROR:
                self.notice.clear()
        self._timer.start()

    def _on_stock_changed(self, key: str, value: float) -> None:
        if self._loading or self.read_only:
            return
        self.data["stock"][key] = value
        self._changed()

    def _on_field_changed(self, key: str, value: Any) -> None:
        f = self._current_field()
        if self._loading or self.read_only or f is None:
            return
        if value == FIELD_DEFAULTS.get(key, object()) and key not in ("max_font_pt", "min_font_pt"):
            f.pop(key, None)
        else:
            f[key] = value
        self._changed()

    def _on_name_text_edited(self, text: str) -> None:
        if not self.read_only:
            self.data["name"] = text
            self._changed()

    def _on_fields_current_row_changed(self, _row: int) -> None:
        self._show_field()

    def _on_remove_field_button_clicked(self) -> None:
        row = self.fields.currentRow()
        if self.read_only or not 0 <= row < len(self.data["fields"]):
            return
        del self.data["fields"][row]
        self.fields.takeItem(row)
        self._changed()

    def _on_revert_button_clicked(self) -> None:
        info = LayoutInfo(self.original_name, "", "", "", False, "", "", 0, 0, 0)
        self.load(info, not self.read_only)

    def update_preview(self) -> None:
        """Draw the layout with a sample label, if it is valid now."""
        self._timer.stop()
        try:
            layout = layout_from_dict(self.data)
            pdf = render_label_pdf(layout, label_layouts_store.sample_label(layout.kind))
        except KnownError as exc:
            self.problem = translate_error(exc)
            self.notice.show_message(self.problem, NoticeBar.ERROR)
            return
        self.preview.set_pdf(pdf)

    def save(self) -> bool:
        """Save the layout (the service validates it); False, with the reason shown,
        when it was refused: nothing is saved then."""
        if self.read_only:
            return False
        try:
            layout = label_layouts_store.save_layout(
                self._ctx, self._actor, self.original_name, self.data
            )
        except KnownError as exc:
            self.problem = translate_error(exc)
            self.notice.show_message(
                self.tr("Not saved: {problem}").format(problem=self.problem), NoticeBar.ERROR
            )
            return False
        self.original_name = layout.name
        self.notice.show_message(
            self.tr("Layout “{name}” saved.").format(name=layout.name), NoticeBar.SUCCESS
        )
        self.saved.emit(layout.name)
        return True

    def _on_save_button_clicked(self) -> None:
        self.save()


class LayoutsPanel(QWidget):
    """The layouts list with Copy… and Delete, and the editor for the selected one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.can_manage = actor.can("settings.manage")
        self.layouts: list[LayoutInfo] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(self)
        left = QWidget(splitter)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 6, 0)
        self.list = QListWidget(left)
        col.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy…"), left)
        self.delete_button = QPushButton(self.tr("&Delete"), left)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.delete_button)
        col.addLayout(buttons)
        self.editor = LayoutEditor(ctx, actor, splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        row.addWidget(splitter)
        self.copy_button.setEnabled(self.can_manage)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.editor.saved.connect(self._on_editor_saved)

    def refresh(self, select: str = "") -> None:
        """Reload the list, keeping (or moving to) the layout ``select``."""
        keep = select or (self.current().name if self.current() else "")
        try:
            self.layouts = label_layouts_store.list_layouts(self._ctx, self._actor)
        except KnownError as exc:
            self.editor.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.layouts:
            text = info.name if info.shipped else self.tr("{name} (shop)").format(name=info.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.description or info.based_on)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, info in enumerate(self.layouts) if info.name == keep), 0)
        self.list.setCurrentRow(row)
        self._on_list_current_row_changed(row)

    def current(self) -> LayoutInfo | None:
        """The selected layout."""
        row = self.list.currentRow()
        return self.layouts[row] if 0 <= row < len(self.layouts) else None

    def select(self, name: str) -> None:
        """Select the layout called ``name``."""
        row = next((i for i, info in enumerate(self.layouts) if info.name == name), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    def _on_list_current_row_changed(self, _row: int) -> None:
        info = self.current()
        if info is None:
            return
        self.delete_button.setEnabled(self.can_manage and not info.shipped)
        self.editor.load(info, self.can_manage)

    def copy_current(self, new_name: str) -> bool:
        """Copy the selected layout as ``new_name`` and open the copy in the editor."""
        info = self.current()
        if info is None:
            return False
        try:
            label_layouts_store.copy_layout(self._ctx, self._actor, info.name, new_name)
        except KnownError as exc:
            self.editor.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return False
        self.refresh(select=new_name.strip())
        self.changed.emit()
        return True

    def _on_copy_button_clicked(self) -> None:
        info = self.current()
        if info is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Copy layout"),
            self.tr("Name of the copy:"),
            text=self.tr("{name} (ours)").format(name=info.name),
        )
        if ok:
            self.copy_current(name)

    def _on_delete_button_clicked(self) -> None:
        info = self.current()
        if info is None or info.shipped:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete layout"),
            self.tr("Delete the layout “{name}”? Jobs printed with it cannot be reprinted.").format(
                name=info.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            label_layouts_store.delete_layout(self._ctx, self._actor, info.name)
        except KnownError as exc:
            self.editor.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.refresh()
        self.changed.emit()

    def _on_editor_saved(self, name: str) -> None:
        self.refresh(select=name)
        self.changed.emit()
