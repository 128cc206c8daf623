"""Labels as PDF (ReportLab): sheets and rolls, copies, "skip used positions", preview.

Guarantees, for every label drawn:

* every field is drawn inside its box, and every box lies inside the label (the layout
  guarantees the latter); text is shrunk, wrapped and ellipsised, never clipped or spilled;
* every barcode value is validated (:func:`merchant_app.barcodes.validate`) and drawn with
  quiet zones at a readable module width, or the whole job is refused with a
  :class:`~merchant_app.errors.InvalidInput` (no partial PDF is returned);
* text is set in the bundled font, embedded as a subset, so Chinese prints and extracts.

Copies of one label are drawn once into a PDF form (XObject) and placed N times.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from merchant_app.barcodes import Symbology
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.printing.data import LabelData, ProductLabelData, ShippingLabelData
from merchant_app.printing.fonts import register_font
from merchant_app.printing.layouts import Align, Field, FieldKind, Layout, LayoutKind, StockKind
from merchant_app.printing.symbols import PT_PER_MM, linear_symbol, qr_symbol
from merchant_app.printing.textfit import fit_text, font_metrics

MM = PT_PER_MM

_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors", "The label layout “{layout}” is for {kind} labels, not for “{label}”."
)
_BAD_SKIP = QT_TRANSLATE_NOOP(
    "Errors",
    "Cannot skip {skip} positions on “{layout}”: a sheet has {positions} positions (a roll none).",
)
_BAD_COPIES = QT_TRANSLATE_NOOP("Errors", "The number of copies must be at least 1, not {copies}.")


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


def field_text(f: Field, values: dict[str, str]) -> str:
    """The text a text/price field shows: its fixed ``text`` then its source's value."""
    return f.text + values.get(f.source, "") if f.source else f.text


def _rects_ops(rects: Sequence[tuple[float, float, float, float]], bx: float, top: float) -> str:
    """PDF operators filling ``rects`` (mm, y down from a box at ``bx``/``top`` points)."""
    parts = ["q 0 g"]
    append = parts.append
    for x, y, w, h in rects:
        append(f"{bx + x * MM:.2f} {top - (y + h) * MM:.2f} {w * MM:.2f} {h * MM:.2f} re")
    append("f Q")
    return "\n".join(parts)


def _qr_ops(f: Field, payload: str, label_h_mm: float, dpi: int) -> str:
    """PDF operators for a QR code: the module grid as a scaled coordinate system, dark
    runs as integer rectangles in one path (compact and fast to write)."""
    geom = qr_symbol(payload, f.w_mm, f.h_mm, field_name=f.name, align=f.align, dpi=dpi)
    gx = (f.x_mm + geom.grid_origin_mm[0]) * MM
    gy = (label_h_mm - f.y_mm - geom.grid_origin_mm[1]) * MM
    m = geom.module_mm * MM
    parts = [f"q 0 g {m:.5f} 0 0 {-m:.5f} {gx:.3f} {gy:.3f} cm"]
    parts.extend([f"{c} {r} {n} 1 re" for r, c, n in geom.grid_runs])
    parts.append("f Q")
    return "\n".join(parts)


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


def _draw_text(c: Canvas, f: Field, text: str, label_h_mm: float) -> None:
    font = register_font(f.font)
    w, h = f.w_mm * MM, f.h_mm * MM
    fitted = fit_text(text, font, w, h, f.max_font_pt, f.min_font_pt, f.wrap)
    if not any(fitted.lines):
        return
    ascent, descent = font_metrics(font)
    size = fitted.size
    x, top = f.x_mm * MM, (label_h_mm - f.y_mm) * MM
    y = top - (fitted.leading - (ascent + descent) * size) / 2 - ascent * size
    c.setFont(font, size, fitted.leading)
    mode = None
    if f.bold:
        c.setLineWidth(size * 0.03)
        mode = 2  # fill and stroke: a faux bold, the bundled font has no bold face
    for line in fitted.lines:
        if f.align is Align.LEFT:
            c.drawString(x, y, line, mode=mode)
        elif f.align is Align.RIGHT:
            c.drawRightString(x + w, y, line, mode=mode)
        else:
            c.drawCentredString(x + w / 2, y, line, mode=mode)
        y -= fitted.leading


def _draw_runs(
    c: Canvas, f: Field, texts: Sequence[tuple[str, float, float, float, Align]]
) -> None:
    font = register_font(f.font)
    for text, x, y, size, anchor in texts:
        c.setFont(font, size)
        if anchor is Align.CENTER:
            c.drawCentredString(x, y, text)
        elif anchor is Align.RIGHT:
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)


def draw_label(c: Canvas, layout: Layout, label: LabelData) -> None:
    """Draw ``label`` with its bottom-left corner at the canvas origin (points)."""
    values = label.values()
    lh = layout.stock.label_height_mm
    for rule in layout.rules:
        c.setLineWidth(rule.width_mm * MM)
        c.line(rule.x1_mm * MM, (lh - rule.y1_mm) * MM, rule.x2_mm * MM, (lh - rule.y2_mm) * MM)
    for f in layout.fields:
        if f.kind in (FieldKind.TEXT, FieldKind.PRICE):
            _draw_text(c, f, field_text(f, values), lh)
        elif f.kind is FieldKind.BARCODE:
            ops, texts = _barcode_ops(
                f, values.get(f.source, ""), _symbology(f, values), lh, layout.dpi
            )
            c.addLiteral(ops)
            _draw_runs(c, f, texts)
        elif f.kind is FieldKind.QR:
            c.addLiteral(_qr_ops(f, values.get(f.source, ""), lh, layout.dpi))
        elif f.kind is FieldKind.IMAGE:
            data = label.images().get(f.source)
            if data:
                img = _image(hashlib.sha1(data).hexdigest(), data)
                anchor = {"left": "w", "center": "c", "right": "e"}[f.align.value]
                c.drawImage(
                    img,
                    f.x_mm * MM,
                    (lh - f.y_mm - f.h_mm) * MM,
                    f.w_mm * MM,
                    f.h_mm * MM,
                    preserveAspectRatio=True,
                    anchor=anchor,
                    mask="auto",
                )


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
    slot = skip
    started = False
    for number, label in enumerate(labels):
        form = ""
        if copies > 1:
            form = f"label{number}"
            c.beginForm(form, 0, 0, stock.label_width_mm * MM, stock.label_height_mm * MM)
            draw_label(c, layout, label)
            c.endForm()
        for _ in range(copies):
            if started and (stock.kind is StockKind.ROLL or slot >= stock.per_page):
                c.showPage()
                slot = 0
            started = True
            x_mm, y_mm = stock.position_mm(slot)
            c.saveState()
            c.translate(x_mm * MM, (ph - y_mm - stock.label_height_mm) * MM)
            if form:
                c.doForm(form)
            else:
                draw_label(c, layout, label)
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
