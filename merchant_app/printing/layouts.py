"""Label layouts as data (LBL-6): the stock a label is printed on and where each field goes.

A :class:`Layout` is a frozen dataclass; constructing one (also through
``dataclasses.replace``) validates it, so a layout that exists always has every field box
inside its label and every sheet grid inside its page.  Layouts are stored as JSON
(:func:`layout_from_json`, :func:`layout_to_json`, :func:`load_layout`, :func:`save_layout`);
the shipped ones live in ``resources/layouts/`` (:func:`shipped_layouts`).

Geometry is in millimetres, measured from the top-left corner of the label, y downwards
(as a layout editor and ZPL's ``^FO`` see it).
"""

from __future__ import annotations

import base64
import io
import json
import math
from dataclasses import MISSING, dataclass, fields
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from merchant_app.barcodes import Symbology
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.printing.fonts import KNOWN_FONTS, LABEL_FONT, resources_dir

LAYOUT_FORMAT = 1
LINE_HEIGHT = 1.2
"""Line spacing as a multiple of the font size (used by every renderer)."""
EPSILON_MM = 1e-6


class LayoutKind(StrEnum):
    """What a layout is for; decides which label data it takes."""

    SHIPPING = "shipping"
    PRODUCT = "product"


class StockKind(StrEnum):
    """Single labels on a roll (one label per page) or a sheet of labels."""

    ROLL = "roll"
    SHEET = "sheet"


class FieldKind(StrEnum):
    """How a field's value is drawn."""

    TEXT = "text"
    PRICE = "price"
    BARCODE = "barcode"
    QR = "qr"
    IMAGE = "image"


class Align(StrEnum):
    """Horizontal alignment of text (and of a barcode) within its box."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


LABEL_SOURCES: dict[LayoutKind, tuple[str, ...]] = {
    LayoutKind.SHIPPING: (
        "recipient_name",
        "recipient_address",
        "recipient_phone",
        "sender",
        "order_number",
        "tracking_number",
        "qr_payload",
        "weight",
        "delivery_method",
    ),
    LayoutKind.PRODUCT: ("name", "price", "sku", "barcode"),
}
"""The values a text, price, barcode or QR field may show, by layout kind (the keys of
:meth:`ShippingLabelData.values` and :meth:`ProductLabelData.values`)."""
IMAGE_SOURCES: dict[LayoutKind, tuple[str, ...]] = {
    LayoutKind.SHIPPING: ("logo",),
    LayoutKind.PRODUCT: (),
}
"""The pictures label data may bring for an image field, by layout kind."""
MAX_PICTURE_BYTES = 256 * 1024
"""The largest fixed picture (a logo) a layout may carry."""


@dataclass(frozen=True)
class Stock:
    """The label stock: label size and, for sheets, the page and its grid of labels."""

    kind: StockKind
    label_width_mm: float
    label_height_mm: float
    page_width_mm: float = 0.0
    page_height_mm: float = 0.0
    columns: int = 1
    rows: int = 1
    margin_left_mm: float = 0.0
    margin_top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0

    @property
    def per_page(self) -> int:
        """Labels on one page (1 for a roll)."""
        return self.columns * self.rows if self.kind is StockKind.SHEET else 1

    @property
    def page_size_mm(self) -> tuple[float, float]:
        """The page size: the sheet, or the label itself for a roll."""
        if self.kind is StockKind.SHEET:
            return (self.page_width_mm, self.page_height_mm)
        return (self.label_width_mm, self.label_height_mm)

    def position_mm(self, index: int) -> tuple[float, float]:
        """Top-left corner of label position ``index`` (0-based, row by row) on its page."""
        if self.kind is StockKind.ROLL:
            return (0.0, 0.0)
        row, col = divmod(index % self.per_page, self.columns)
        return (
            self.margin_left_mm + col * (self.label_width_mm + self.gap_x_mm),
            self.margin_top_mm + row * (self.label_height_mm + self.gap_y_mm),
        )


@dataclass(frozen=True)
class Field:
    """One thing drawn on a label, in a box (mm from the label's top-left corner).

    ``source`` names the value in the label data (e.g. ``"recipient_address"``); ``text``
    is fixed text used when ``source`` is empty and put before the value otherwise
    (a caption such as ``"TO "``).  Text is shrunk from ``max_font_pt`` down to
    ``min_font_pt``, then wrapped (if ``wrap``), then ellipsised to fit the box.
    ``symbology`` is for barcodes; ``None`` takes it from the data (product labels).
    ``image`` is an image field's fixed picture (a logo: PNG or JPEG, base64, at most
    :data:`MAX_PICTURE_BYTES`), shown when the label data brings no picture for
    ``source``."""

    name: str
    kind: FieldKind
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float
    source: str = ""
    text: str = ""
    font: str = LABEL_FONT
    max_font_pt: float = 10.0
    min_font_pt: float = 6.0
    align: Align = Align.LEFT
    wrap: bool = True
    bold: bool = False
    symbology: Symbology | None = None
    human_readable: bool = True
    image: str = ""


@dataclass(frozen=True)
class Rule:
    """A straight line drawn on every label (a separator), in mm from the top-left."""

    x1_mm: float
    y1_mm: float
    x2_mm: float
    y2_mm: float
    width_mm: float = 0.3


@dataclass(frozen=True)
class Layout:
    """A named label layout: stock, fields and rules.  Valid by construction."""

    name: str
    kind: LayoutKind
    stock: Stock
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    description: str = ""
    dpi: int = 203

    def __post_init__(self) -> None:
        _validate(self)

    def field(self, name: str) -> Field:
        """The field called ``name`` (KeyError if there is none)."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


# --- validation ------------------------------------------------------------------------

_BAD_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, “{field}”: the setting “{key}” cannot be “{value}”."
)
_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, “{field}”: the setting “{key}” is missing."
)
_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, “{field}”: there is no setting called “{key}”."
)
_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: its box (x {x}, y {y}, {w} × {h} mm) "
    "does not lie inside the {lw} × {lh} mm label.",
)
_TOO_LOW = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: its box is {h} mm high, too low for one "
    "line of text at {size} pt.",
)
_FONT_SIZES = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: the smallest font size ({min} pt) must be "
    "positive and not larger than the largest ({max} pt).",
)
_EMPTY_BOX = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: its box must have a width and a height "
    "(it is {w} × {h} mm).",
)
_UNKNOWN_SOURCE = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: {kind} labels have no value “{source}” "
    "to show (they have: {known}).",
)
_NO_PICTURE = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: choose a picture for it (or a picture the "
    "label data brings).",
)
_PICTURE_NOT_BASE64 = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, field “{field}”: the picture is not stored as base64 text."
)
_PICTURE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”, field “{field}”: the picture has {size} KB; at most {limit} KB "
    "fit in a layout.",
)
_PICTURE_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, field “{field}”: the picture is not a PNG or JPEG file."
)
_PICTURE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, field “{field}”: the picture file is damaged."
)
_PICTURE_NOT_IMAGE_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, field “{field}”: only an image field can show a picture."
)
_UNKNOWN_FONT = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”, field “{field}”: the font “{font}” is not available."
)
_DUPLICATE = QT_TRANSLATE_NOOP(
    "Errors", "Label layout “{layout}”: there are two fields called “{field}”."
)
_GRID = QT_TRANSLATE_NOOP(
    "Errors",
    "Label layout “{layout}”: {columns} × {rows} labels of {lw} × {lh} mm with these "
    "margins and gaps do not fit on the {pw} × {ph} mm page.",
)
_BAD_JSON = QT_TRANSLATE_NOOP(
    "Errors", "The label layout “{layout}” cannot be read: it is not valid JSON ({problem})."
)


def _err(template: str, layout: str, field_name: str = "", **extra: object) -> InvalidInput:
    return InvalidInput(template, layout=layout, field=field_name, **extra)


def _mm(v: float) -> str:
    return f"{v:g}"


def _validate(layout: Layout) -> None:
    name = layout.name or "?"
    stock = layout.stock
    if not layout.name.strip():
        raise _err(_BAD_VALUE, name, "name", key="name", value=layout.name)
    if layout.dpi not in (203, 300, 600):
        raise _err(_BAD_VALUE, name, "dpi", key="dpi", value=layout.dpi)
    for key in ("label_width_mm", "label_height_mm"):
        if not getattr(stock, key) > 0:
            raise _err(_BAD_VALUE, name, "stock", key=key, value=getattr(stock, key))
    if stock.kind is StockKind.SHEET:
        if stock.columns < 1 or stock.rows < 1:
            raise _err(_BAD_VALUE, name, "stock", key="columns", value=stock.columns)
        right = (
            stock.margin_left_mm
            + stock.columns * stock.label_width_mm
            + (stock.columns - 1) * stock.gap_x_mm
        )
        bottom = (
            stock.margin_top_mm
            + stock.rows * stock.label_height_mm
            + (stock.rows - 1) * stock.gap_y_mm
        )
        if (
            min(stock.margin_left_mm, stock.margin_top_mm, stock.gap_x_mm, stock.gap_y_mm) < 0
            or right > stock.page_width_mm + EPSILON_MM
            or bottom > stock.page_height_mm + EPSILON_MM
        ):
            raise _err(
                _GRID,
                name,
                columns=stock.columns,
                rows=stock.rows,
                lw=_mm(stock.label_width_mm),
                lh=_mm(stock.label_height_mm),
                pw=_mm(stock.page_width_mm),
                ph=_mm(stock.page_height_mm),
            )
    seen: set[str] = set()
    for f in layout.fields:
        if f.name in seen:
            raise _err(_DUPLICATE, name, f.name)
        seen.add(f.name)
        _validate_field(name, layout.kind, stock, f)
    for rule in layout.rules:
        xs, ys = (rule.x1_mm, rule.x2_mm), (rule.y1_mm, rule.y2_mm)
        if (
            min(xs + ys) < 0
            or max(xs) > stock.label_width_mm + EPSILON_MM
            or max(ys) > stock.label_height_mm + EPSILON_MM
        ):
            raise _err(
                _OUTSIDE,
                name,
                "rule",
                x=_mm(rule.x1_mm),
                y=_mm(rule.y1_mm),
                w=_mm(rule.x2_mm - rule.x1_mm),
                h=_mm(rule.y2_mm - rule.y1_mm),
                lw=_mm(stock.label_width_mm),
                lh=_mm(stock.label_height_mm),
            )


def _validate_field(name: str, kind: LayoutKind, stock: Stock, f: Field) -> None:
    if not f.name.strip():
        raise _err(_BAD_VALUE, name, "?", key="name", value=f.name)
    if f.w_mm <= 0 or f.h_mm <= 0:
        raise _err(_EMPTY_BOX, name, f.name, w=_mm(f.w_mm), h=_mm(f.h_mm))
    if (
        f.x_mm < 0
        or f.y_mm < 0
        or f.w_mm <= 0
        or f.h_mm <= 0
        or f.x_mm + f.w_mm > stock.label_width_mm + EPSILON_MM
        or f.y_mm + f.h_mm > stock.label_height_mm + EPSILON_MM
    ):
        raise _err(
            _OUTSIDE,
            name,
            f.name,
            x=_mm(f.x_mm),
            y=_mm(f.y_mm),
            w=_mm(f.w_mm),
            h=_mm(f.h_mm),
            lw=_mm(stock.label_width_mm),
            lh=_mm(stock.label_height_mm),
        )
    if f.font not in KNOWN_FONTS:
        raise _err(_UNKNOWN_FONT, name, f.name, font=f.font)
    if not 0 < f.min_font_pt <= f.max_font_pt:
        raise _err(_FONT_SIZES, name, f.name, min=_mm(f.min_font_pt), max=_mm(f.max_font_pt))
    if f.kind in (FieldKind.TEXT, FieldKind.PRICE):
        if f.min_font_pt * LINE_HEIGHT * 25.4 / 72 > f.h_mm + EPSILON_MM:
            raise _err(_TOO_LOW, name, f.name, h=_mm(f.h_mm), size=_mm(f.min_font_pt))
        if not f.source and not f.text:
            raise _err(_MISSING, name, f.name, key="source")
    elif f.kind is FieldKind.IMAGE:
        if not f.source and not f.image:
            raise _err(_NO_PICTURE, name, f.name)
    elif not f.source:
        raise _err(_MISSING, name, f.name, key="source")
    known = IMAGE_SOURCES[kind] if f.kind is FieldKind.IMAGE else LABEL_SOURCES[kind]
    if f.source and f.source not in known:
        raise _err(
            _UNKNOWN_SOURCE,
            name,
            f.name,
            kind=kind.value,
            source=f.source,
            known=", ".join(known) or "—",
        )
    if f.image:
        if f.kind is not FieldKind.IMAGE:
            raise _err(_PICTURE_NOT_IMAGE_FIELD, name, f.name)
        problem = picture_problem(f.image)
        if problem is not None:
            raise _err(problem[0], name, f.name, **problem[1])
    if f.kind is FieldKind.BARCODE and f.symbology is Symbology.QR:
        raise _err(_BAD_VALUE, name, f.name, key="symbology", value=f.symbology)


def picture_data(image: str) -> bytes:
    """The bytes of a field's fixed picture (its base64 text; empty for none)."""
    return base64.b64decode(image, validate=True) if image else b""


@lru_cache(maxsize=32)
def picture_problem(image: str) -> tuple[str, dict[str, int]] | None:
    """Why ``image`` (base64) cannot be a layout's picture, as an error template (with
    ``layout`` and ``field`` still to fill) and its other parameters; ``None`` when it
    can: it must decode, be a PNG or JPEG that Pillow reads, and be at most
    :data:`MAX_PICTURE_BYTES`."""
    try:
        data = picture_data(image)
    except ValueError:
        return _PICTURE_NOT_BASE64, {}
    if len(data) > MAX_PICTURE_BYTES:
        return _PICTURE_TOO_BIG, {"size": -(-len(data) // 1024), "limit": MAX_PICTURE_BYTES // 1024}
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return _PICTURE_NOT_IMAGE, {}
    from PIL import Image  # Pillow comes with ReportLab; only pictures need it

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return _PICTURE_DAMAGED, {}
    return None


def picture_text(data: bytes) -> str:
    """``data`` (a PNG or JPEG file's bytes) as a field's ``image`` setting."""
    return base64.b64encode(data).decode("ascii")


# --- JSON ------------------------------------------------------------------------------


_BOOL_KEYS = frozenset({"wrap", "bold", "human_readable"})
_INT_KEYS = frozenset({"columns", "rows", "dpi"})


def _convert(layout: str, where: str, key: str, value: Any) -> Any:
    """Check a JSON value's type for setting ``key`` and convert it."""
    try:
        if key in _BOOL_KEYS:
            if not isinstance(value, bool):
                raise ValueError
            return value
        if key in _INT_KEYS:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError
            return value
        if key.endswith(("_mm", "_pt")):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError
            if not math.isfinite(value):
                raise ValueError
            return float(value)
        if key == "align":
            return Align(value)
        if key == "symbology":
            return None if value is None else Symbology(value)
        if not isinstance(value, str):
            raise ValueError
        return value
    except (ValueError, TypeError):
        raise _err(_BAD_VALUE, layout, where, key=key, value=value) from None


def _build(cls: type, layout: str, where: str, data: Any, enum_kind: type | None) -> Any:
    if not isinstance(data, dict):
        raise _err(_BAD_VALUE, layout, where, key=where, value=str(data)[:40])
    specs = {f.name: f for f in fields(cls)}
    for key in data:
        if key not in specs:
            raise _err(_UNKNOWN_KEY, layout, where, key=key)
    kwargs: dict[str, Any] = {}
    for key, spec in specs.items():
        if key not in data:
            if spec.default is MISSING:
                raise _err(_MISSING, layout, where, key=key)
            continue
        value = data[key]
        if key == "kind" and enum_kind is not None:
            try:
                value = enum_kind(value)
            except ValueError:
                raise _err(_BAD_VALUE, layout, where, key=key, value=value) from None
        else:
            value = _convert(layout, where, key, value)
        kwargs[key] = value
    return cls(**kwargs)


def layout_from_dict(data: Any, source_name: str = "") -> Layout:
    """Build a :class:`Layout` from its JSON object; raises :class:`InvalidInput` naming the
    layout and field for unknown or missing settings, bad values and boxes off the label."""
    if not isinstance(data, dict):
        raise _err(_BAD_VALUE, source_name or "?", "layout", key="layout", value=str(data)[:40])
    layout_name = str(data.get("name") or source_name or "?")
    known = {"format", "name", "kind", "description", "dpi", "stock", "fields", "rules"}
    for key in data:
        if key not in known:
            raise _err(_UNKNOWN_KEY, layout_name, "layout", key=key)
    if data.get("format", LAYOUT_FORMAT) != LAYOUT_FORMAT:
        raise _err(_BAD_VALUE, layout_name, "layout", key="format", value=data.get("format"))
    for key in ("name", "kind", "stock", "fields"):
        if key not in data:
            raise _err(_MISSING, layout_name, "layout", key=key)
    try:
        kind = LayoutKind(data["kind"])
    except ValueError:
        raise _err(_BAD_VALUE, layout_name, "layout", key="kind", value=data["kind"]) from None
    stock = _build(Stock, layout_name, "stock", data["stock"], StockKind)
    raw_fields = data["fields"]
    if not isinstance(raw_fields, list):
        raise _err(_BAD_VALUE, layout_name, "layout", key="fields", value=str(raw_fields)[:40])
    built: list[Field] = []
    for i, raw in enumerate(raw_fields):
        where = str(raw.get("name", f"#{i + 1}")) if isinstance(raw, dict) else f"#{i + 1}"
        built.append(_build(Field, layout_name, where, raw, FieldKind))
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise _err(_BAD_VALUE, layout_name, "layout", key="rules", value=str(raw_rules)[:40])
    rules = tuple(_build(Rule, layout_name, "rule", r, None) for r in raw_rules)
    dpi = _convert(layout_name, "layout", "dpi", data.get("dpi", 203))
    description = _convert(layout_name, "layout", "description", data.get("description", ""))
    return Layout(
        name=_convert(layout_name, "layout", "name", data["name"]),
        kind=kind,
        stock=stock,
        fields=tuple(built),
        rules=rules,
        description=description,
        dpi=dpi,
    )


def layout_to_dict(layout: Layout) -> dict[str, Any]:
    """The JSON object for ``layout`` (settings equal to their default are left out)."""

    def plain(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in fields(obj):
            value = getattr(obj, spec.name)
            if spec.default is not MISSING and value == spec.default and spec.name != "kind":
                continue
            if isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, float):
                value = round(value, 4)
            out[spec.name] = value
        return out

    return {
        "format": LAYOUT_FORMAT,
        "name": layout.name,
        "kind": layout.kind.value,
        "description": layout.description,
        "dpi": layout.dpi,
        "stock": plain(layout.stock),
        "fields": [plain(f) for f in layout.fields],
        "rules": [plain(r) for r in layout.rules],
    }


def layout_from_json(text: str, source_name: str = "") -> Layout:
    """Parse a layout from JSON text; bad JSON raises :class:`InvalidInput`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _err(_BAD_JSON, source_name or "?", problem=str(exc)) from None
    return layout_from_dict(data, source_name)


def layout_to_json(layout: Layout) -> str:
    """``layout`` as indented JSON text (what :func:`layout_from_json` reads back)."""
    return json.dumps(layout_to_dict(layout), ensure_ascii=False, indent=2) + "\n"


def load_layout(path: Path) -> Layout:
    """Read a layout from a JSON file."""
    return layout_from_json(path.read_text(encoding="utf-8"), path.stem)


def save_layout(layout: Layout, path: Path) -> None:
    """Write ``layout`` to ``path`` as JSON (UTF-8), replacing the file atomically."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(layout_to_json(layout), encoding="utf-8")
    tmp.replace(path)


def layouts_dir() -> Path:
    """Where the shipped layouts are (``resources/layouts``)."""
    return resources_dir() / "layouts"


@cache
def _shipped() -> tuple[Layout, ...]:
    return tuple(load_layout(p) for p in sorted(layouts_dir().glob("*.json")))


def shipped_layouts() -> dict[str, Layout]:
    """The layouts that come with the app, by name (a fresh dict; layouts are immutable)."""
    return {layout.name: layout for layout in _shipped()}


__all__ = [
    "IMAGE_SOURCES",
    "LABEL_SOURCES",
    "LINE_HEIGHT",
    "MAX_PICTURE_BYTES",
    "Align",
    "Field",
    "FieldKind",
    "Layout",
    "LayoutKind",
    "Rule",
    "Stock",
    "StockKind",
    "layout_from_dict",
    "layout_from_json",
    "layout_to_dict",
    "layout_to_json",
    "load_layout",
    "picture_data",
    "picture_problem",
    "picture_text",
    "save_layout",
    "shipped_layouts",
]
