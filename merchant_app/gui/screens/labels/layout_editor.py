"""The Layouts tab of the Labels screen (LBL-6): the shipped layouts and the shop's
copies.  A copy can be adjusted in the editor: stock size, sheet grid, margins and gaps,
and its fields — add one (text, price, barcode, QR code or image), remove one, or change
what it shows, its box, font, sizes, style, alignment, symbology or picture — with a live
preview (the field being edited outlined) that follows the values shortly after they
change.  Every change is validated at once (a box off the label or without a size is
named in the notice bar) and saving goes through the service, which validates again:
nothing invalid is saved.  A shipping layout can be made the one the packing desk prints."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
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
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.screens.labels.field_form import (
    FIELD_BOX,
    FIELD_DEFAULTS,
    KIND_NAMES,
    FieldForm,
    kind_name,
    sources_for,
)
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
PREFERRED_SOURCE = {
    ("shipping", "text"): "recipient_name",
    ("shipping", "price"): "weight",
    ("shipping", "barcode"): "tracking_number",
    ("shipping", "qr"): "qr_payload",
    ("shipping", "image"): "logo",
    ("product", "text"): "name",
    ("product", "price"): "price",
    ("product", "barcode"): "barcode",
    ("product", "qr"): "sku",
}
"""What a new field shows first, by layout kind and field kind (the user may change it)."""
KEEP_WHEN_DEFAULT = ("max_font_pt", "min_font_pt")
"""Settings written even at their default value (so a layout file shows its sizes)."""


def new_field(data: dict[str, Any], kind: str) -> dict[str, Any]:
    """A new field of ``kind`` for the layout ``data`` (its JSON object): a name not yet
    used, the first value such a field can show, and a box of a usual size in the
    label's top-left corner (clipped to the label)."""
    names = {str(f.get("name", "")) for f in data.get("fields", [])}
    number = 1
    while f"{kind}_{number}" in names:
        number += 1
    stock = data["stock"]
    lw, lh = float(stock["label_width_mm"]), float(stock["label_height_mm"])
    margin = round(min(2.0, lw / 10, lh / 10), 1)
    room_w, room_h = max(0.5, lw - 2 * margin), max(0.5, lh - 2 * margin)
    sizes = {
        "text": (30.0, 6.0),
        "price": (25.0, 8.0),
        "barcode": (room_w, 12.0),
        "qr": (20.0, 20.0),
        "image": (20.0, 10.0),
    }
    w, h = (round(min(v, room), 1) for v, room in zip(sizes[kind], (room_w, room_h), strict=True))
    if kind == "qr":
        w = h = min(w, h)
    preferred = PREFERRED_SOURCE.get((str(data["kind"]), kind), "")
    source = preferred if preferred in sources_for(str(data["kind"]), kind) else ""
    field: dict[str, Any] = {
        "name": f"{kind}_{number}",
        "kind": kind,
        "x_mm": margin,
        "y_mm": margin,
        "w_mm": w,
        "h_mm": h,
    }
    if source:
        field["source"] = source
    if kind in ("text", "price"):
        field["max_font_pt"] = FIELD_DEFAULTS["max_font_pt"]
        field["min_font_pt"] = FIELD_DEFAULTS["min_font_pt"]
    return field


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
        body = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(body, 1)

        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QWidget(scroll)
        scroll.setWidget(left)
        edit = QVBoxLayout(left)
        edit.setContentsMargins(0, 0, 6, 0)
        top = QFormLayout()
        self.name = QLineEdit(left)
        self.name.setMaxLength(label_layouts_store.MAX_NAME)
        name_label = QLabel(self.tr("&Name:"), left)
        name_label.setBuddy(self.name)
        top.addRow(name_label, self.name)
        edit.addLayout(top)
        edit.addWidget(self._build_stock(left))
        edit.addWidget(self._build_fields(left), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Revert"), left)
        self.save_button = QPushButton(self.tr("&Save layout"), left)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        edit.addLayout(buttons)

        right = QWidget(body)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(6, 0, 0, 0)
        self.preview_caption = QLabel(self.tr("Preview with a sample label"), right)
        self.preview_caption.setWordWrap(True)
        rcol.addWidget(self.preview_caption)
        self.preview = PdfPreview(right)
        rcol.addWidget(self.preview, 1)
        body.addWidget(scroll)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 400])

        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.name.textEdited.connect(self._on_name_text_edited)

    def _build_stock(self, parent: QWidget) -> QGroupBox:
        self.stock_box = QGroupBox(self.tr("Stock"), parent)
        grid = QGridLayout(self.stock_box)
        self.stock: dict[str, QDoubleSpinBox] = {}
        for i, (key, text) in enumerate(STOCK_KEYS):
            spin = QDoubleSpinBox(self.stock_box)
            spin.setRange(-MAX_MM, MAX_MM)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
            self.stock[key] = spin
            label = QLabel(QCoreApplication.translate("LayoutEditor", text), self.stock_box)
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            spin.valueChanged.connect(lambda v, k=key: self._on_stock_changed(k, round(v, 1)))
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
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return self.stock_box

    def _build_fields(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Fields"), parent)
        row = QHBoxLayout(box)
        col = QVBoxLayout()
        self.fields = QListWidget(box)
        self.fields.setAccessibleName(self.tr("Fields"))
        self.fields.setMinimumWidth(150)
        self.fields.setMaximumWidth(210)
        col.addWidget(self.fields, 1)
        self.add_button = QPushButton(self.tr("&Add field"), box)
        self.add_menu = QMenu(self.add_button)
        self.add_actions: dict[str, QAction] = {}
        for kind in KIND_NAMES:
            action = self.add_menu.addAction(kind_name(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_field(k))
            self.add_actions[kind] = action
        self.add_button.setMenu(self.add_menu)
        self.remove_field_button = QPushButton(self.tr("Re&move field"), box)
        col.addWidget(self.add_button)
        col.addWidget(self.remove_field_button)
        row.addLayout(col)
        self.field_form = FieldForm(box)
        row.addWidget(self.field_form, 1)
        self.box = self.field_form.box
        self.max_font = self.field_form.max_font
        self.min_font = self.field_form.min_font
        self.fields.currentRowChanged.connect(self._on_fields_current_row_changed)
        self.remove_field_button.clicked.connect(self._on_remove_field_button_clicked)
        self.field_form.edited.connect(self._on_field_form_edited)
        return box

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
        self.problem = ""
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
            self.fields.addItem(self._field_item(f))
        for w in (self.name, self.add_button, self.save_button, self.revert_button):
            w.setEnabled(not self.read_only)
        self._loading = False
        self.fields.setCurrentRow(min(max(0, field_row), self.fields.count() - 1))
        self._show_field()
        self.update_preview()

    def _field_item(self, f: dict[str, Any]) -> QListWidgetItem:
        item = QListWidgetItem(str(f.get("name", "")))
        item.setToolTip(kind_name(str(f.get("kind", ""))))
        return item

    def current_field(self) -> dict[str, Any] | None:
        """The selected field's JSON object (edited in place), if any."""
        row = self.fields.currentRow()
        fields = self.data.get("fields", [])
        return fields[row] if 0 <= row < len(fields) else None

    def _show_field(self) -> None:
        f = self.current_field()
        self.field_form.show_field(f, str(self.data.get("kind", "product")), not self.read_only)
        self.remove_field_button.setEnabled(not self.read_only and f is not None)
        self._show_highlight()

    def _show_highlight(self) -> None:
        f = self.current_field()
        if f is None:
            self.preview.set_highlight(None)
            return
        try:
            x, y, w, h = (float(f[k]) for k in FIELD_BOX)
        except (KeyError, TypeError, ValueError):
            self.preview.set_highlight(None)
            return
        self.preview.set_highlight(QRectF(x, y, w, h))

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
        self._show_highlight()
        self._timer.start()

    def _on_stock_changed(self, key: str, value: float) -> None:
        if self._loading or self.read_only:
            return
        self.data["stock"][key] = value
        self._changed()

    def set_field_setting(self, key: str, value: Any) -> None:
        """Change setting ``key`` of the selected field to ``value`` (a setting at its
        default is left out) and re-validate."""
        f = self.current_field()
        if self.read_only or f is None:
            return
        if key not in KEEP_WHEN_DEFAULT and key in FIELD_DEFAULTS and value == FIELD_DEFAULTS[key]:
            f.pop(key, None)
        else:
            f[key] = value
        if key == "name":
            item = self.fields.currentItem()
            if item is not None:
                item.setText(str(value))
        self._changed()

    def _on_field_form_edited(self, key: str, value: object) -> None:
        if not self._loading:
            self.set_field_setting(key, value)

    def add_field(self, kind: str) -> None:
        """Add a new field of ``kind`` (text, price, barcode, qr or image) and select it."""
        if self.read_only or not self.data:
            return
        field = new_field(self.data, kind)
        self.data["fields"].append(field)
        self.fields.addItem(self._field_item(field))
        self.fields.setCurrentRow(self.fields.count() - 1)
        self._changed()

    def remove_field(self) -> None:
        """Remove the selected field."""
        row = self.fields.currentRow()
        if self.read_only or not 0 <= row < len(self.data["fields"]):
            return
        del self.data["fields"][row]
        self._loading = True
        self.fields.takeItem(row)
        self._loading = False
        self.fields.setCurrentRow(min(row, self.fields.count() - 1))
        self._show_field()
        self._changed()

    def _on_name_text_edited(self, text: str) -> None:
        if not self.read_only:
            self.data["name"] = text
            self._changed()

    def _on_fields_current_row_changed(self, _row: int) -> None:
        if not self._loading:
            self._show_field()

    def _on_remove_field_button_clicked(self) -> None:
        self.remove_field()

    def _on_revert_button_clicked(self) -> None:
        info = LayoutInfo(self.original_name, "", "", "", False, "", "", 0, 0, 0)
        self.load(info, not self.read_only)

    def preview_pending(self) -> bool:
        """Whether the preview is about to be redrawn (a change is less than a moment old)."""
        return self._timer.isActive()

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
        self._show_highlight()

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
    """The layouts list with Copy…, Delete and "use at the packing desk" (for shipping
    layouts), and the editor for the selected one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.can_manage = actor.can("settings.manage")
        self.layouts: list[LayoutInfo] = []
        self.packing_layout = ""
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
        self.default_button = QPushButton(self.tr("Use at the &packing desk"), left)
        self.default_button.setToolTip(
            self.tr("The packing desk prints shipping labels on this layout.")
        )
        col.addWidget(self.default_button)
        self.editor = LayoutEditor(ctx, actor, splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 990])
        row.addWidget(splitter)
        self.copy_button.setEnabled(self.can_manage)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.editor.saved.connect(self._on_editor_saved)

    def refresh(self, select: str = "") -> None:
        """Reload the list, keeping (or moving to) the layout ``select``."""
        keep = select or (self.current().name if self.current() else "")
        try:
            self.layouts = label_layouts_store.list_layouts(self._ctx, self._actor)
            packing = label_layouts_store.default_shipping_layout(self._ctx, self._actor)
        except KnownError as exc:
            self.editor.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.packing_layout = packing.name
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.layouts:
            text = info.name if info.shipped else self.tr("{name} (shop)").format(name=info.name)
            if info.name == self.packing_layout:
                text = self.tr("{layout} · packing desk").format(layout=text)
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
        self.default_button.setEnabled(
            self.can_manage and info.kind == "shipping" and info.name != self.packing_layout
        )
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

    def use_at_packing_desk(self) -> bool:
        """Make the selected shipping layout the one the packing desk prints on."""
        info = self.current()
        if info is None:
            return False
        try:
            label_layouts_store.set_default_shipping_layout(self._ctx, self._actor, info.name)
        except KnownError as exc:
            self.editor.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return False
        self.refresh(select=info.name)
        self.editor.notice.show_message(
            self.tr("The packing desk now prints shipping labels on “{name}”.").format(
                name=info.name
            ),
            NoticeBar.SUCCESS,
        )
        self.changed.emit()
        return True

    def _on_default_button_clicked(self) -> None:
        self.use_at_packing_desk()

    def _on_editor_saved(self, name: str) -> None:
        self.refresh(select=name)
        self.changed.emit()
