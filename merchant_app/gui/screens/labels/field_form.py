"""The form for one field of a label layout in the layout editor: what it shows (its data
source and caption), its box, font, sizes, style and alignment, a barcode's symbology and
digits, an image field's picture.  Rows that do not apply to the field's kind are hidden.
The form edits nothing itself: it reports each change as ``(setting, value)``, and the
editor applies it to the layout and validates the whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.printing.fonts import KNOWN_FONTS
from merchant_app.printing.layouts import (
    IMAGE_SOURCES,
    LABEL_SOURCES,
    MAX_PICTURE_BYTES,
    Field,
    LayoutKind,
    picture_text,
)

MAX_MM = 1000.0
FIELD_BOX = ("x_mm", "y_mm", "w_mm", "h_mm")
FIELD_DEFAULTS: dict[str, Any] = {
    spec.name: spec.default
    for spec in Field.__dataclass_fields__.values()
    if spec.name not in ("name", "kind", *FIELD_BOX)
}
"""Each optional setting's default (a setting at its default is left out of the JSON)."""

KIND_NAMES = {
    "text": QT_TRANSLATE_NOOP("LayoutEditor", "Text"),
    "price": QT_TRANSLATE_NOOP("LayoutEditor", "Price"),
    "barcode": QT_TRANSLATE_NOOP("LayoutEditor", "Barcode"),
    "qr": QT_TRANSLATE_NOOP("LayoutEditor", "QR code"),
    "image": QT_TRANSLATE_NOOP("LayoutEditor", "Image"),
}
SOURCE_NAMES = {
    "recipient_name": QT_TRANSLATE_NOOP("LayoutEditor", "Recipient’s name"),
    "recipient_address": QT_TRANSLATE_NOOP("LayoutEditor", "Recipient’s address"),
    "recipient_phone": QT_TRANSLATE_NOOP("LayoutEditor", "Recipient’s phone"),
    "sender": QT_TRANSLATE_NOOP("LayoutEditor", "Sender (the shop)"),
    "order_number": QT_TRANSLATE_NOOP("LayoutEditor", "Order number"),
    "tracking_number": QT_TRANSLATE_NOOP("LayoutEditor", "Tracking number"),
    "qr_payload": QT_TRANSLATE_NOOP("LayoutEditor", "Tracking link"),
    "weight": QT_TRANSLATE_NOOP("LayoutEditor", "Weight"),
    "delivery_method": QT_TRANSLATE_NOOP("LayoutEditor", "Delivery method"),
    "name": QT_TRANSLATE_NOOP("LayoutEditor", "Product name"),
    "price": QT_TRANSLATE_NOOP("LayoutEditor", "Price"),
    "sku": QT_TRANSLATE_NOOP("LayoutEditor", "SKU"),
    "barcode": QT_TRANSLATE_NOOP("LayoutEditor", "Product barcode"),
    "logo": QT_TRANSLATE_NOOP("LayoutEditor", "Logo sent with the label"),
}
TEXT_KINDS = ("text", "price")


def kind_name(kind: str) -> str:
    """A field kind as the editor names it, in the user's language."""
    text = KIND_NAMES.get(kind)
    return QCoreApplication.translate("LayoutEditor", text) if text else kind


def source_name(source: str) -> str:
    """A data source as the editor names it, in the user's language."""
    text = SOURCE_NAMES.get(source)
    return QCoreApplication.translate("LayoutEditor", text) if text else source


def sources_for(layout_kind: str, field_kind: str) -> tuple[str, ...]:
    """The data sources a field of ``field_kind`` may show on ``layout_kind`` labels."""
    kind = LayoutKind(layout_kind)
    return IMAGE_SOURCES[kind] if field_kind == "image" else LABEL_SOURCES[kind]


class FieldForm(QWidget):
    """Shows one field's settings (a layout JSON field object) and emits ``edited(setting,
    value)`` when the user changes one; :meth:`show_field` never emits."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._layout_kind = "product"
        self._kind = ""
        self.picture = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form

        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self._row(self.tr("&Name:"), self.name)
        self.name.textEdited.connect(lambda text: self._emit("name", text))

        self.kind = QLabel(self)
        self._row(self.tr("Kind:"), self.kind)

        self.source = QComboBox(self)
        self.source_label = self._row(self.tr("&Shows:"), self.source)
        self.source.currentIndexChanged.connect(
            lambda _i: self._emit("source", self.source.currentData() or "")
        )

        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("Fixed text before the value, e.g. “TO ”"))
        self._row(self.tr("&Caption:"), self.caption)
        self.caption.textEdited.connect(lambda text: self._emit("text", text))

        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.box: dict[str, QDoubleSpinBox] = {}
        for i, (key, text) in enumerate(
            zip(
                FIELD_BOX,
                (self.tr("X"), self.tr("Y"), self.tr("Width"), self.tr("Height")),
                strict=True,
            )
        ):
            spin = QDoubleSpinBox(box)
            spin.setRange(-MAX_MM, MAX_MM)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
            spin.setAccessibleName(text)
            self.box[key] = spin
            label = QLabel(text, box)
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            spin.valueChanged.connect(lambda v, k=key: self._emit(k, round(v, 1)))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._row(self.tr("Box:"), box)

        self.font = QComboBox(self)
        for name in sorted(KNOWN_FONTS):
            self.font.addItem(name, name)
        self._row(self.tr("&Font:"), self.font)
        self.font.currentIndexChanged.connect(
            lambda _i: self._emit("font", self.font.currentData())
        )

        sizes = QWidget(self)
        srow = QHBoxLayout(sizes)
        srow.setContentsMargins(0, 0, 0, 0)
        self.max_font = self._pt_spin(sizes)
        self.min_font = self._pt_spin(sizes)
        self.max_font.setAccessibleName(self.tr("Largest font size"))
        self.min_font.setAccessibleName(self.tr("Smallest font size"))
        self.down_to = QLabel(self.tr("down to"), sizes)
        srow.addWidget(self.max_font)
        srow.addWidget(self.down_to)
        srow.addWidget(self.min_font)
        srow.addStretch(1)
        self._row(self.tr("Si&ze:"), sizes, buddy=self.max_font)
        self.max_font.valueChanged.connect(lambda v: self._emit("max_font_pt", v))
        self.min_font.valueChanged.connect(lambda v: self._emit("min_font_pt", v))

        style = QWidget(self)
        strow = QHBoxLayout(style)
        strow.setContentsMargins(0, 0, 0, 0)
        self.bold = QCheckBox(self.tr("&Bold"), style)
        self.wrap = QCheckBox(self.tr("&Wrap long text"), style)
        strow.addWidget(self.bold)
        strow.addWidget(self.wrap)
        strow.addStretch(1)
        self._row(self.tr("Style:"), style)
        self.bold.toggled.connect(lambda on: self._emit("bold", on))
        self.wrap.toggled.connect(lambda on: self._emit("wrap", on))

        self.align = QComboBox(self)
        for value, text in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            self.align.addItem(text, value)
        self._row(self.tr("&Align:"), self.align)
        self.align.currentIndexChanged.connect(
            lambda _i: self._emit("align", self.align.currentData())
        )

        self.symbology = QComboBox(self)
        for value, text in (
            (None, self.tr("From the data (EAN-13, UPC-A or Code 128)")),
            ("code128", "Code 128"),
            ("ean13", "EAN-13"),
            ("upca", "UPC-A"),
        ):
            self.symbology.addItem(text, value)
        self._row(self.tr("&Barcode:"), self.symbology)
        self.symbology.currentIndexChanged.connect(
            lambda _i: self._emit("symbology", self.symbology.currentData())
        )
        self.digits = QCheckBox(self.tr("Show the &digits under the bars"), self)
        self._row("", self.digits)
        self.digits.toggled.connect(lambda on: self._emit("human_readable", on))

        pic = QWidget(self)
        prow = QHBoxLayout(pic)
        prow.setContentsMargins(0, 0, 0, 0)
        self.picture_status = QLabel(pic)
        self.picture_button = QPushButton(self.tr("C&hoose picture…"), pic)
        self.picture_clear = QPushButton(self.tr("No picture"), pic)
        prow.addWidget(self.picture_status, 1)
        prow.addWidget(self.picture_button)
        prow.addWidget(self.picture_clear)
        self._row(self.tr("Picture:"), pic, buddy=self.picture_button)
        self.picture_button.clicked.connect(self._on_picture_button_clicked)
        self.picture_clear.clicked.connect(self._on_picture_clear_clicked)

    def _row(self, text: str, widget: QWidget, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy or widget)
        self.form.addRow(label, widget)
        return label

    def _pt_spin(self, parent: QWidget) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(0, 200)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" pt")
        return spin

    def _emit(self, key: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit(key, value)

    # -- showing a field ----------------------------------------------------------------

    def show_field(self, field: dict[str, Any] | None, layout_kind: str, editable: bool) -> None:
        """Show ``field`` (a layout JSON field object) of a ``layout_kind`` layout; the
        inputs are enabled when ``editable``.  ``None`` clears and disables the form."""
        self._loading = True
        try:
            self._layout_kind = layout_kind
            self._kind = str(field["kind"]) if field else ""
            self._fill(field or {})
            self._show_rows()
            for w in self.findChildren(QWidget):
                if not isinstance(w, QLabel):
                    w.setEnabled(editable and field is not None)
        finally:
            self._loading = False

    def _value(self, field: dict[str, Any], key: str) -> Any:
        return field.get(key, FIELD_DEFAULTS.get(key))

    def _fill(self, f: dict[str, Any]) -> None:
        self.name.setText(str(f.get("name", "")))
        self.kind.setText(kind_name(self._kind))
        self.source.clear()
        if self._kind in TEXT_KINDS:
            self.source.addItem(self.tr("Nothing: the caption only"), "")
        elif self._kind == "image":
            self.source.addItem(self.tr("Nothing: the picture below"), "")
        if self._kind:
            for source in sources_for(self._layout_kind, self._kind):
                self.source.addItem(source_name(source), source)
        current = str(f.get("source", ""))
        if self.source.findData(current) < 0:  # not offered (an old layout): keep it
            self.source.addItem(current, current)
        self.source.setCurrentIndex(self.source.findData(current))
        self.caption.setText(str(self._value(f, "text")))
        for key, spin in self.box.items():
            spin.setValue(float(f.get(key, 0.0)))
        font = str(self._value(f, "font"))
        if self.font.findData(font) < 0:
            self.font.addItem(font, font)
        self.font.setCurrentIndex(self.font.findData(font))
        self.max_font.setValue(float(self._value(f, "max_font_pt")))
        self.min_font.setValue(float(self._value(f, "min_font_pt")))
        self.bold.setChecked(bool(self._value(f, "bold")))
        self.wrap.setChecked(bool(self._value(f, "wrap")))
        self.align.setCurrentIndex(max(0, self.align.findData(self._value(f, "align"))))
        self.symbology.setCurrentIndex(max(0, self.symbology.findData(self._value(f, "symbology"))))
        self.digits.setChecked(bool(self._value(f, "human_readable")))
        self.picture = str(self._value(f, "image"))
        self._show_picture_status()

    def _show_rows(self) -> None:
        kind = self._kind
        texts = kind in TEXT_KINDS
        rows: dict[QWidget, bool] = {
            self.source: bool(kind),
            self.caption: texts,
            self.font: texts or kind == "barcode",
            self.max_font.parentWidget(): texts or kind == "barcode",
            self.bold.parentWidget(): texts,
            self.symbology: kind == "barcode",
            self.digits: kind == "barcode",
            self.picture_button.parentWidget(): kind == "image",
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        self.min_font.setVisible(texts)
        self.down_to.setVisible(texts)

    def _show_picture_status(self) -> None:
        if self.picture:
            size = len(self.picture) * 3 // 4
            self.picture_status.setText(
                self.tr("A picture of {size} KB").format(size=max(1, round(size / 1024)))
            )
        else:
            self.picture_status.setText(self.tr("No picture"))
        self.picture_clear.setVisible(bool(self.picture))

    # -- the picture ------------------------------------------------------------------

    def choose_picture_file(self) -> str:
        """Ask for a PNG or JPEG file (tests replace this)."""
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        return path

    def load_picture(self, path: str) -> str:
        """Read the picture at ``path`` into the field; returns why it could not be read
        ("" when it was).  Whether it is a usable PNG or JPEG is checked with the layout."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return self.tr("The picture could not be read: {problem}").format(
                problem=exc.strerror or str(exc)
            )
        if len(data) > MAX_PICTURE_BYTES:
            return self.tr("The picture has {size} KB; at most {limit} KB fit in a layout.").format(
                size=-(-len(data) // 1024), limit=MAX_PICTURE_BYTES // 1024
            )
        self.picture = picture_text(data)
        self._show_picture_status()
        self._emit("image", self.picture)
        return ""

    def _on_picture_button_clicked(self) -> None:
        path = self.choose_picture_file()
        if path:
            problem = self.load_picture(path)
            if problem:
                self.picture_status.setText(problem)

    def _on_picture_clear_clicked(self) -> None:
        self.picture = ""
        self._show_picture_status()
        self._emit("image", "")


__all__ = ["FIELD_BOX", "FIELD_DEFAULTS", "FieldForm", "kind_name", "source_name", "sources_for"]
