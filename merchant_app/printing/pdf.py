"""Labels as PDF (ReportLab): sheets and rolls, copies, "skip used positions", preview.

Guarantees, for every label drawn:

* every field is drawn inside its box, and every box lies inside the label (the layout
  guarantees the latter); text is shrunk, wrapped and ellipsised, never clipped or spilled;
* every barcode value is validated (:func:`merchant_app.barcodes.validate`) and drawn with
  quiet zones at a readable module width, or the whole job is refused with a
  :class:`~merchant_app.errors.InvalidInput` (no partial PDF is returned);
* text is set in the bundled font, embedded as a subset, so Chinese prints and extracts;
* any other problem with the data (a QR payload too long, a picture that is not one) is
  refused with a named :class:`~merchant_app.errors.KnownError`, never another exception.

Copies of one label are drawn once into a PDF form (XObject) and placed N times.  For
speed (1,000 distinct shipping labels with QR codes in well under a second) each label's
content is written as PDF operators rather than through ReportLab's per-call drawing
API: text as one text object per field (through the font's own subset mapping, so it
embeds and extracts exactly as ``drawString`` would), barcodes and QR codes as one path
of rectangles, and what repeats within a document (rules, a sender address) once.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from merchant_app.barcodes import Symbology
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.printing.data import LabelData, ProductLabelData, ShippingLabelData
from merchant_app.printing.fonts import register_font
from merchant_app.printing.layouts import (
    Align,
    Field,
    FieldKind,
    Layout,
    LayoutKind,
    StockKind,
    picture_data,
)
from merchant_app.printing.symbols import PT_PER_MM, linear_symbol, qr_symbol
from merchant_app.printing.textfit import fit_text, font_metrics, text_width

MM = PT_PER_MM

_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors", "The label layout “{layout}” is for {kind} labels, not for “{label}”."
)
_BAD_SKIP = QT_TRANSLATE_NOOP(
    "Errors",
    "Cannot skip {skip} positions on “{layout}”: a sheet has {positions} positions (a roll none).",
)
_BAD_COPIES = QT_TRANSLATE_NOOP("Errors", "The number of copies must be at least 1, not {copies}.")
_BAD_PICTURE = QT_TRANSLATE_NOOP(
    "Errors", "The picture for the field “{field}” cannot be read: it is not a PNG or JPEG file."
)


def check_labels(layout: Layout, labels: Sequence[LabelData]) -> None:
    """Refuse labels of the wrong kind for ``layout`` (shipping vs product)."""
    wanted = ShippingLabelData if layout.kind is LayoutKind.SHIPPING else ProductLabelData
    for label in labels:
        if not isinstance(label, wanted):
            raise InvalidInput(
                _WRONG_KIND, layout=layout.name, kind=layout.kind.value, label=type(label).__name__
            )


def _symbology(f: Field, values: dict[str, str]) -> Symbology:
    if f.symbology is not None:
        return f.symbology
    return Symbology(values.get("symbology", Symbology.CODE128))


_SURROGATE = re.compile("[\ud800-\udfff]")


def field_text(f: Field, values: dict[str, str]) -> str:
    """The text a text/price field shows: its fixed ``text`` then its source's value,
    with any lone surrogate (text that is not valid Unicode, e.g. from a damaged file)
    shown as U+FFFD rather than failing the label."""
    text = f.text + values.get(f.source, "") if f.source else f.text
    return _SURROGATE.sub("\ufffd", text)


def _rects_ops(rects: Sequence[tuple[float, float, float, float]], bx: float, top: float) -> str:
    """PDF operators filling ``rects`` (mm, y down from a box at ``bx``/``top`` points)."""
    parts = ["q 0 g"]
    append = parts.append
    for x, y, w, h in rects:
        append(f"{bx + x * MM:.2f} {top - (y + h) * MM:.2f} {w * MM:.2f} {h * MM:.2f} re")
    append("f Q")
    return "\n".join(parts)


_DARK_RUN = re.compile(b"\x01+")
_QR_CHUNK = 8
_QR_CHUNK_OPS: dict[tuple[int, int, bytes], str] = {}
"""``re`` operators for the dark runs of 8 modules of one QR row, by (row, first column,
modules).  A QR code of side n has at most n·⌈n/8⌉·256 of them (31,000 for the usual
33-module codes) and labels share most, so after a few hundred labels a code's path is
mostly joined from here; the dict is emptied when it grows past :data:`_QR_CHUNK_LIMIT`."""
_QR_CHUNK_LIMIT = 50_000


def _qr_path(grid: Sequence[bytes]) -> str:
    """``re`` operators (module units, y down) filling the dark modules of ``grid``.
    Runs are split at every 8th column; the pieces of one path abut, so they fill as one."""
    if len(_QR_CHUNK_OPS) > _QR_CHUNK_LIMIT:
        _QR_CHUNK_OPS.clear()
    get = _QR_CHUNK_OPS.get
    parts: list[str] = []
    append = parts.append
    for r, row in enumerate(grid):
        for start in range(0, len(row), _QR_CHUNK):
            chunk = row[start : start + _QR_CHUNK]
            key = (r, start, chunk)
            ops = get(key)
            if ops is None:
                ops = _QR_CHUNK_OPS[key] = " ".join(
                    f"{start + a} {r} {b - a} 1 re"
                    for a, b in (m.span() for m in _DARK_RUN.finditer(chunk))
                )
            if ops:
                append(ops)
    return "\n".join(parts)


def _qr_ops(f: Field, payload: str, label_h_mm: float, dpi: int) -> str:
    """PDF operators for a QR code: the module grid as a scaled coordinate system, dark
    runs as integer rectangles in one path (compact and fast to write)."""
    geom = qr_symbol(payload, f.w_mm, f.h_mm, field_name=f.name, align=f.align, dpi=dpi)
    gx = (f.x_mm + geom.grid_origin_mm[0]) * MM
    gy = (label_h_mm - f.y_mm - geom.grid_origin_mm[1]) * MM
    m = geom.module_mm * MM
    return f"q 0 g {m:.5f} 0 0 {-m:.5f} {gx:.3f} {gy:.3f} cm\n{_qr_path(geom.grid)}\nf Q"


@lru_cache(maxsize=4096)
def _barcode_ops(
    f: Field, value: str, symbology: Symbology, label_h_mm: float, dpi: int
) -> tuple[str, tuple[tuple[str, float, float, float, Align], ...]]:
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
    bx, top = f.x_mm * MM, (label_h_mm - f.y_mm) * MM
    texts = tuple(
        (t.text, bx + t.x_mm * MM, top - t.baseline_mm * MM, t.size_pt, t.anchor)
        for t in geom.texts
    )
    return _rects_ops(geom.rects, bx, top), texts


@lru_cache(maxsize=64)
def _image(data_hash: str, data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


@lru_cache(maxsize=16)
def _picture(image: str) -> bytes:
    """A field's fixed picture (validated with its layout) as bytes."""
    return picture_data(image)


_PDF_ESCAPE = {
    c: f"\\{c:03o}" if c < 32 or c >= 127 else "\\" + chr(c) if c in b"\\()" else chr(c)
    for c in range(256)
}
"""Bytes of a string operand (read as Latin-1) to their escaped PDF text (as ReportLab's
``escapePDF``, but one ``str.translate`` instead of a Python loop)."""


def _text_ops(
    c: Canvas,
    font_name: str,
    size: float,
    placed: Sequence[tuple[float, float, str]],
    *,
    bold: bool = False,
) -> str:
    """PDF operators showing each ``(x, y, text)`` at its baseline in the bundled TrueType
    font, as ReportLab's ``drawString`` writes them (the font's subsets are named through
    ``splitString``/``getSubsetInternalName``, so the font is embedded as usual), but in
    one text object and without its per-call machinery (a third of a label's time).
    ``bold`` fills and strokes the glyphs (a faux bold: the font has no bold face)."""
    font = pdfmetrics.getFont(font_name)
    doc = c._doc
    tf = f"{size:.2f} Tf"
    parts = [f"q {size * 0.03:.3f} w BT 2 Tr" if bold else "BT"]
    append = parts.append
    current = -1
    for x, y, text in placed:
        append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, data in font.splitString(text, doc):
            if subset != current:
                append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                current = subset
            append(f"({data.decode('latin-1').translate(_PDF_ESCAPE)}) Tj")
    append("ET Q" if bold else "ET")
    return "\n".join(parts)


def _rules_ops(layout: Layout) -> str:
    """The layout's rules as one literal (the same on every label)."""
    lh = layout.stock.label_height_mm
    parts = [
        f"{r.width_mm * MM:.3f} w {r.x1_mm * MM:.2f} {(lh - r.y1_mm) * MM:.2f} m "
        f"{r.x2_mm * MM:.2f} {(lh - r.y2_mm) * MM:.2f} l S"
        for r in layout.rules
    ]
    return "q 0 G\n" + "\n".join(parts) + "\nQ" if parts else ""


class _LabelPainter:
    """Draws labels of one layout on one canvas.  What repeats within the document is
    made once: the rules, and the operators of a text field showing the same text again
    (a shop's sender address, a fixed caption); operators name the font's subsets of
    this document, so they are only reused within it."""

    def __init__(self, c: Canvas, layout: Layout) -> None:
        self.c = c
        self.layout = layout
        self.lh = layout.stock.label_height_mm
        self.rules = _rules_ops(layout)
        self.texts: dict[tuple[int, str], str] = {}

    def draw(self, label: LabelData) -> None:
        """Draw ``label`` with its bottom-left corner at the canvas origin (points)."""
        c, layout, lh = self.c, self.layout, self.lh
        values = label.values()
        if self.rules:
            c.addLiteral(self.rules)
        for i, f in enumerate(layout.fields):
            kind = f.kind
            if kind is FieldKind.TEXT or kind is FieldKind.PRICE:
                text = field_text(f, values)
                key = (i, text)
                ops = self.texts.get(key)
                if ops is None:
                    ops = self.texts[key] = self._text(f, text)
                if ops:
                    c.addLiteral(ops)
            elif kind is FieldKind.BARCODE:
                ops, texts = _barcode_ops(
                    f, values.get(f.source, ""), _symbology(f, values), lh, layout.dpi
                )
                c.addLiteral(ops)
                self._runs(f, texts)
            elif kind is FieldKind.QR:
                c.addLiteral(_qr_ops(f, values.get(f.source, ""), lh, layout.dpi))
            elif kind is FieldKind.IMAGE:
                self._image(f, label.images().get(f.source) or _picture(f.image))

    def _text(self, f: Field, text: str) -> str:
        """Operators for a text field: ``text`` fitted into its box ("" when empty)."""
        font = register_font(f.font)
        w, h = f.w_mm * MM, f.h_mm * MM
        fitted = fit_text(text, font, w, h, f.max_font_pt, f.min_font_pt, f.wrap)
        if not any(fitted.lines):
            return ""
        ascent, descent = font_metrics(font)
        size = fitted.size
        x, top = f.x_mm * MM, (self.lh - f.y_mm) * MM
        y = top - (fitted.leading - (ascent + descent) * size) / 2 - ascent * size
        placed: list[tuple[float, float, str]] = []
        for line in fitted.lines:
            if line:
                if f.align is Align.LEFT:
                    placed.append((x, y, line))
                elif f.align is Align.RIGHT:
                    placed.append((x + w - text_width(line, font, size), y, line))
                else:
                    placed.append((x + (w - text_width(line, font, size)) / 2, y, line))
            y -= fitted.leading
        return _text_ops(self.c, font, size, placed, bold=f.bold)

    def _runs(self, f: Field, texts: Sequence[tuple[str, float, float, float, Align]]) -> None:
        """The human-readable text under a linear barcode."""
        font = register_font(f.font)
        for text, x, y, size, anchor in texts:
            if anchor is Align.CENTER:
                x -= text_width(text, font, size) / 2
            elif anchor is Align.RIGHT:
                x -= text_width(text, font, size)
            self.c.addLiteral(_text_ops(self.c, font, size, [(x, y, text)]))

    def _image(self, f: Field, data: bytes | None) -> None:
        """A picture fitted into the field's box (its aspect kept), or nothing."""
        if not data:
            return
        anchor = {"left": "w", "center": "c", "right": "e"}[f.align.value]
        try:
            self.c.drawImage(
                _image(hashlib.sha1(data).hexdigest(), data),
                f.x_mm * MM,
                (self.lh - f.y_mm - f.h_mm) * MM,
                f.w_mm * MM,
                f.h_mm * MM,
                preserveAspectRatio=True,
                anchor=anchor,
                mask="auto",
            )
        except (OSError, ValueError, SyntaxError) as exc:  # Pillow cannot read it
            raise InvalidInput(_BAD_PICTURE, field=f.name) from exc


def draw_label(c: Canvas, layout: Layout, label: LabelData) -> None:
    """Draw ``label`` with its bottom-left corner at the canvas origin (points)."""
    _LabelPainter(c, layout).draw(label)


def _outline(c: Canvas, layout: Layout) -> None:
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.25)
    c.rect(0, 0, layout.stock.label_width_mm * MM, layout.stock.label_height_mm * MM)
    c.restoreState()


def render_pdf(
    layout: Layout,
    labels: Sequence[LabelData],
    *,
    skip: int = 0,
    copies: int = 1,
    outlines: bool = False,
    title: str = "",
) -> bytes:
    """Render ``labels`` (each ``copies`` times, in order) on ``layout``'s stock as PDF.

    On a sheet the first label goes to position ``skip + 1`` (positions counted row by
    row from the top left), so a half-used sheet can be reused; on a roll each label is a
    page of the label's size and ``skip`` must be 0.  ``outlines`` draws the label edges
    (for a test print on plain paper).  Raises :class:`InvalidInput` for bad barcodes,
    labels of the wrong kind, or bad ``skip``/``copies`` before drawing anything."""
    stock = layout.stock
    if copies < 1:
        raise InvalidInput(_BAD_COPIES, copies=copies, field="copies")
    positions = stock.per_page if stock.kind is StockKind.SHEET else 0
    if skip < 0 or (skip and skip >= positions):
        raise InvalidInput(
            _BAD_SKIP, skip=skip, layout=layout.name, positions=positions, field="skip"
        )
    check_labels(layout, labels)
    pw, ph = stock.page_size_mm
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(pw * MM, ph * MM), pageCompression=1, invariant=1)
    c.setTitle(title or layout.name)
    c.setCreator("merchant-app")
    painter = _LabelPainter(c, layout)
    roll = stock.kind is StockKind.ROLL
    slot = skip
    started = False
    for number, label in enumerate(labels):
        form = ""
        if copies > 1:
            form = f"label{number}"
            c.beginForm(form, 0, 0, stock.label_width_mm * MM, stock.label_height_mm * MM)
            painter.draw(label)
            c.endForm()
        for _ in range(copies):
            if started and (roll or slot >= stock.per_page):
                c.showPage()
                slot = 0
            started = True
            if roll and not outlines:  # the label is the page: nothing to move or restore
                if form:
                    c.doForm(form)
                else:
                    painter.draw(label)
                continue
            x_mm, y_mm = stock.position_mm(slot)
            c.saveState()
            c.translate(x_mm * MM, (ph - y_mm - stock.label_height_mm) * MM)
            if form:
                c.doForm(form)
            else:
                painter.draw(label)
            if outlines:
                _outline(c, layout)
            c.restoreState()
            slot += 1
    if not started:
        c.setFont(register_font(), 1)  # an empty job is one blank page
    c.showPage()
    c.save()
    return buf.getvalue()


def render_label_pdf(layout: Layout, label: LabelData, *, outline: bool = True) -> bytes:
    """One label on a page of its own size (for the live preview: rasterise it with Qt's
    QPdfDocument in the GUI).  ``outline`` draws the label's edge in grey."""
    check_labels(layout, [label])
    stock = layout.stock
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(stock.label_width_mm * MM, stock.label_height_mm * MM), invariant=1)
    c.setTitle(layout.name)
    draw_label(c, layout, label)
    if outline:
        _outline(c, layout)
    c.showPage()
    c.save()
    return buf.getvalue()
