"""Labels as ZPL II for Zebra-compatible thermal printers (203 dpi default, 300 optional).

Each label is one ``^XA … ^XZ`` format, positioned from the same layout boxes as the PDF:
``^FO`` origins, ``^A0`` text in ``^FB`` blocks (lines pre-fitted with the bundled font's
metrics, which are wider than the printer's font 0, so they fit), ``^BC`` Code 128,
``^BE`` EAN-13, ``^BU`` UPC-A, ``^BQ`` QR, ``^GB`` rules.  All field data goes through
``^FH`` with ``^``, ``~`` and ``_`` hex-escaped.  Copies use ``^PQ``; a per-printer offset
is ``^LH`` and darkness ``~SD``.

Non-Latin text is sent as UTF-8 (``^CI28``).  The printer's built-in font 0 has no
Chinese glyphs: the printer needs a CJK TrueType font downloaded and mapped (``^CW``),
or Chinese text prints as boxes.  Image fields are not sent (use the PDF for logos).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from merchant_app.barcodes import Symbology, validate
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.printing.data import LabelData
from merchant_app.printing.fonts import register_font
from merchant_app.printing.layouts import Align, Field, FieldKind, Layout, StockKind
from merchant_app.printing.pdf import check_labels, field_text
from merchant_app.printing.symbols import PT_PER_MM, linear_symbol, qr_symbol
from merchant_app.printing.textfit import fit_text

ZPL_DPIS = (203, 300)
_JUSTIFY = {Align.LEFT: "L", Align.CENTER: "C", Align.RIGHT: "R"}

_NOT_THERMAL = QT_TRANSLATE_NOOP(
    "Errors", "The label layout “{layout}” is for sheets; ZPL is only for thermal label rolls."
)
_BAD_SETTING = QT_TRANSLATE_NOOP(
    "Errors", "The printer setting “{field}” cannot be {value} (allowed: {allowed})."
)


def escape_field_data(text: str, *, block: bool = False) -> str:
    """Field data for ``^FH^FD``: ``^``, ``~``, ``_`` and control characters as ``_hh``
    hex escapes, so no data can end a field or start a command.  In a ``^FB`` text block
    (``block``) line breaks become ``\\&`` and a backslash is doubled; elsewhere (barcode
    and QR data) a line break is kept as ``_0A``, so the code carries exactly the data."""
    out = text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")
    if block:
        out = out.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\&")
    return _CONTROL.sub(_hex_escape, out)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _hex_escape(match: re.Match[str]) -> str:
    return f"_{ord(match.group()):02X}"


def _dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _text(f: Field, text: str, dpi: int) -> list[str]:
    font = register_font(f.font)
    fitted = fit_text(
        text, font, f.w_mm * PT_PER_MM, f.h_mm * PT_PER_MM, f.max_font_pt, f.min_font_pt, f.wrap
    )
    if not any(fitted.lines):
        return []
    height = max(10, round(fitted.size / 72 * dpi))
    spacing = max(0, round((fitted.leading - fitted.size) / 72 * dpi))
    data = escape_field_data("\n".join(fitted.lines), block=True)
    return [
        f"^FO{_dots(f.x_mm, dpi)},{_dots(f.y_mm, dpi)}^A0N,{height},0"
        f"^FB{_dots(f.w_mm, dpi)},{len(fitted.lines)},{spacing},{_JUSTIFY[f.align]},0"
        f"^FH^FD{data}^FS"
    ]


def _barcode(f: Field, value: str, symbology: Symbology, dpi: int) -> list[str]:
    geom = linear_symbol(
        value,
        symbology,
        f.w_mm,
        f.h_mm,
        field_name=f.name,
        align=f.align,
        human_readable=f.human_readable,
        font=register_font(f.font),
        max_text_pt=f.max_font_pt,
        dpi=dpi,
    )
    code = geom.value
    module = round(geom.module_mm * dpi / 25.4)
    bar_h = _dots(min(r[3] for r in geom.rects), dpi)
    quiet = {Symbology.CODE128: 10, Symbology.EAN13: 11, Symbology.UPCA: 9}[symbology]
    x = _dots(f.x_mm + geom.x_mm, dpi) + quiet * module
    y = _dots(f.y_mm, dpi)
    hr = "Y" if f.human_readable else "N"
    if symbology is Symbology.CODE128:
        command, data = f"^BCN,{bar_h},{hr},N,N,A", code
    elif symbology is Symbology.EAN13:
        command, data = f"^BEN,{bar_h},{hr},N", code[:12]
    else:
        command, data = f"^BUN,{bar_h},{hr},N,Y", code[:11]
    return [f"^FO{x},{y}^BY{module},3,{bar_h}{command}^FH^FD{escape_field_data(data)}^FS"]


def _qr(f: Field, payload: str, dpi: int) -> list[str]:
    geom = qr_symbol(payload, f.w_mm, f.h_mm, field_name=f.name, align=f.align, dpi=dpi)
    magnification = max(1, min(10, round(geom.module_mm * dpi / 25.4)))
    x = _dots(f.x_mm + geom.grid_origin_mm[0], dpi)
    y = _dots(f.y_mm + geom.grid_origin_mm[1], dpi)
    return [f"^FO{x},{y}^BQN,2,{magnification}^FH^FDMA,{escape_field_data(geom.value)}^FS"]


def label_format(layout: Layout, label: LabelData, *, dpi: int, copies: int = 1) -> str:
    """One label as a ``^XA … ^XZ`` format (without printer settings)."""
    values = label.values()
    stock = layout.stock
    out = [
        "^XA",
        "^CI28",
        f"^PW{_dots(stock.label_width_mm, dpi)}",
        f"^LL{_dots(stock.label_height_mm, dpi)}",
    ]
    for rule in layout.rules:
        thick = max(1, _dots(rule.width_mm, dpi))
        x, y = _dots(min(rule.x1_mm, rule.x2_mm), dpi), _dots(min(rule.y1_mm, rule.y2_mm), dpi)
        w = max(thick, _dots(abs(rule.x2_mm - rule.x1_mm), dpi))
        h = max(thick, _dots(abs(rule.y2_mm - rule.y1_mm), dpi))
        out.append(f"^FO{x},{y}^GB{w},{h},{thick}^FS")
    for f in layout.fields:
        if f.kind in (FieldKind.TEXT, FieldKind.PRICE):
            out += _text(f, field_text(f, values), dpi)
        elif f.kind is FieldKind.BARCODE:
            symbology = f.symbology or Symbology(values.get("symbology", Symbology.CODE128))
            validate(values.get(f.source, ""), symbology)
            out += _barcode(f, values.get(f.source, ""), symbology, dpi)
        elif f.kind is FieldKind.QR:
            out += _qr(f, values.get(f.source, ""), dpi)
    if copies > 1:
        out.append(f"^PQ{copies}")
    out.append("^XZ")
    return "\n".join(out)


def render_zpl(
    layout: Layout,
    labels: Sequence[LabelData],
    *,
    copies: int = 1,
    offset_dots: tuple[int, int] = (0, 0),
    darkness: int | None = None,
    dpi: int = 203,
) -> bytes:
    """ZPL II for ``labels`` on a thermal roll layout, as UTF-8 bytes ready to send to the
    printer (port 9100) or save to a file.

    ``offset_dots`` shifts every label (``^LH``, per printer), ``darkness`` 0–30 sets
    ``~SD``, ``copies`` prints each label that many times (``^PQ``).  Every barcode is
    validated and must fit its box; raises :class:`InvalidInput` otherwise."""
    if layout.stock.kind is not StockKind.ROLL:
        raise InvalidInput(_NOT_THERMAL, layout=layout.name, field="layout")
    if dpi not in ZPL_DPIS:
        raise InvalidInput(_BAD_SETTING, field="dpi", value=dpi, allowed="203, 300")
    if copies < 1:
        raise InvalidInput(_BAD_SETTING, field="copies", value=copies, allowed="1 or more")
    if darkness is not None and not 0 <= darkness <= 30:
        raise InvalidInput(_BAD_SETTING, field="darkness", value=darkness, allowed="0–30")
    check_labels(layout, labels)
    parts: list[str] = []
    if darkness is not None:
        parts.append(f"~SD{darkness:02d}")
    lh = f"^LH{int(offset_dots[0])},{int(offset_dots[1])}"
    for label in labels:
        fmt = label_format(layout, label, dpi=dpi, copies=copies)
        parts.append(fmt.replace("^XA\n", f"^XA\n{lh}\n", 1))
    return ("\n".join(parts) + "\n").encode("utf-8")
