"""Printed documents as PDF (LBL-3), A4 or US Letter, via ReportLab platypus.

Packing slip (order number as a Code 128 barcode), pick list grouped by location, invoice
or receipt, stock count sheet (blank count column), end-of-day settlement report.  All
text is set in the bundled font (embedded subset), so Chinese prints and extracts; long
text wraps inside its table cell.  Fixed captions are English templates marked for Qt's
lupdate in the ``Documents`` context; pass ``tr`` (e.g. a ``QCoreApplication.translate``
wrapper) to print them translated.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from merchant_app.barcodes import Symbology
from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.printing.data import (
    InvoiceData,
    PackingSlipData,
    Party,
    PickListData,
    SettlementReportData,
    StockCountSheetData,
)
from merchant_app.printing.fonts import register_font
from merchant_app.printing.layouts import Align
from merchant_app.printing.symbols import PT_PER_MM, linear_symbol

Paper = Literal["A4", "Letter"]
Translate = Callable[[str], str]
_PAGES = {"A4": A4, "Letter": LETTER}
_MARGIN = 15 * mm


def _same(text: str) -> str:
    return text


def _styles() -> dict[str, ParagraphStyle]:
    font = register_font()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=21, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=15, spaceBefore=6),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class BarcodeFlowable(Flowable):
    """A Code 128 (or EAN-13/UPC-A) symbol with quiet zones and human-readable text."""

    def __init__(self, value: str, width_mm: float, height_mm: float, symbology: Symbology) -> None:
        super().__init__()
        self.geom = linear_symbol(
            value,
            symbology,
            width_mm,
            height_mm,
            field_name="barcode",
            align=Align.LEFT,
            font=register_font(),
            max_text_pt=9,
            dpi=600,
        )
        self.width = width_mm * mm
        self.height = height_mm * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The flowable's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the bars (one path) and the text, bottom-left at the origin."""
        c = self.canv
        top = self.height
        ops = ["q 0 g"]
        for x, y, w, h in self.geom.rects:
            ops.append(
                f"{x * PT_PER_MM:.2f} {top - (y + h) * PT_PER_MM:.2f} "
                f"{w * PT_PER_MM:.2f} {h * PT_PER_MM:.2f} re"
            )
        ops.append("f Q")
        c.addLiteral("\n".join(ops))
        for run in self.geom.texts:
            c.setFont(register_font(), run.size_pt)
            c.drawCentredString(run.x_mm * PT_PER_MM, top - run.baseline_mm * PT_PER_MM, run.text)


def _table(rows: list[list[Any]], widths: Sequence[float], numeric: Sequence[int] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), register_font(), 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
    ]
    for col in numeric:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[Flowable], paper: Paper, title: str, tr: Translate) -> bytes:
    buf = io.BytesIO()
    pagesize = _PAGES[paper]
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=title,
        creator="merchant-app",
        invariant=1,
    )
    page_label = tr(QT_TRANSLATE_NOOP("Documents", "Page {page}"))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(register_font(), 8)
        canvas.drawRightString(
            pagesize[0] - _MARGIN, _MARGIN / 2, page_label.format(page=document.page)
        )
        canvas.drawString(_MARGIN, _MARGIN / 2, title)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _party(party: Party, caption: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = [party.name, party.address] + ([party.phone] if party.phone else [])
    return [_p(caption, st["small"]), _p("\n".join(lines), st["body"])]


def _width(paper: Paper) -> float:
    return float(_PAGES[paper][0] - 2 * _MARGIN)


def render_packing_slip(
    data: PackingSlipData, *, paper: Paper = "A4", tr: Translate = _same
) -> bytes:
    """A packing slip: shop and recipient, order number (text and Code 128), the lines with
    location and a tick box, and the note.  The barcode value is validated first."""
    st = _styles()
    width = _width(paper)
    title = tr(QT_TRANSLATE_NOOP("Documents", "Packing slip"))
    header = Table(
        [
            [
                [_p(title, st["title"]), _p(data.shop.name, st["body"])],
                BarcodeFlowable(data.order_number, 75, 16, Symbology.CODE128),
            ]
        ],
        colWidths=[width - 80 * mm, 80 * mm],
    )
    header.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    )
    order = tr(QT_TRANSLATE_NOOP("Documents", "Order {number} of {date}")).format(
        number=data.order_number, date=data.order_date
    )
    parties = Table(
        [
            [
                _party(data.shop, tr(QT_TRANSLATE_NOOP("Documents", "From")), st),
                _party(data.recipient, tr(QT_TRANSLATE_NOOP("Documents", "Ship to")), st),
            ]
        ],
        colWidths=[width / 2, width / 2],
    )
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows: list[list[Any]] = [
        [
            tr(QT_TRANSLATE_NOOP("Documents", "Location")),
            tr(QT_TRANSLATE_NOOP("Documents", "SKU")),
            tr(QT_TRANSLATE_NOOP("Documents", "Product")),
            tr(QT_TRANSLATE_NOOP("Documents", "Qty")),
            "✓",
        ]
    ]
    for line in data.lines:
        rows.append(
            [line.location, _p(line.sku, st["cell"]), _p(line.name, st["cell"]), line.quantity, "□"]
        )
    story: list[Flowable] = [
        header,
        _p(order, st["h2"]),
        Spacer(1, 3 * mm),
        parties,
        Spacer(1, 5 * mm),
        _table(rows, [25 * mm, 35 * mm, width - 95 * mm, 20 * mm, 15 * mm], numeric=(3,)),
    ]
    if data.delivery_method:
        story += [Spacer(1, 3 * mm), _p(data.delivery_method, st["body"])]
    if data.note:
        story += [Spacer(1, 3 * mm), _p(data.note, st["body"])]
    return _build(story, paper, f"{title} {data.order_number}", tr)


def render_pick_list(data: PickListData, *, paper: Paper = "A4", tr: Translate = _same) -> bytes:
    """A pick list for many orders: items grouped by location (locations sorted), each
    group with its total quantity, so the picker walks the store once."""
    st = _styles()
    width = _width(paper)
    story: list[Flowable] = [_p(data.title, st["title"]), _p(data.created, st["small"])]
    ordered = sorted(data.items, key=lambda i: (i.location, i.sku, i.order_number))
    for location, group in groupby(ordered, key=lambda i: i.location):
        items = list(group)
        rows: list[list[Any]] = [
            [
                tr(QT_TRANSLATE_NOOP("Documents", "SKU")),
                tr(QT_TRANSLATE_NOOP("Documents", "Product")),
                tr(QT_TRANSLATE_NOOP("Documents", "Order")),
                tr(QT_TRANSLATE_NOOP("Documents", "Qty")),
                "✓",
            ]
        ]
        for item in items:
            rows.append(
                [
                    _p(item.sku, st["cell"]),
                    _p(item.name, st["cell"]),
                    item.order_number,
                    item.quantity,
                    "□",
                ]
            )
        total = sum(i.quantity for i in items)
        heading = tr(QT_TRANSLATE_NOOP("Documents", "Location {location} — {total} pcs")).format(
            location=location or "—", total=total
        )
        story.append(
            KeepTogether(
                [
                    _p(heading, st["h2"]),
                    _table(
                        rows, [35 * mm, width - 95 * mm, 30 * mm, 15 * mm, 15 * mm], numeric=(3,)
                    ),
                ]
            )
        )
    return _build(story, paper, data.title, tr)


def render_invoice(data: InvoiceData, *, paper: Paper = "A4", tr: Translate = _same) -> bytes:
    """An invoice or receipt: seller, buyer, lines, totals (money as given), payment."""
    st = _styles()
    width = _width(paper)
    head = tr(QT_TRANSLATE_NOOP("Documents", "No. {number} — {date}")).format(
        number=data.number, date=data.issued
    )
    story: list[Flowable] = [_p(data.title, st["title"]), _p(head, st["body"]), Spacer(1, 4 * mm)]
    parties: list[Any] = [_party(data.seller, tr(QT_TRANSLATE_NOOP("Documents", "Seller")), st)]
    parties.append(
        _party(data.buyer, tr(QT_TRANSLATE_NOOP("Documents", "Buyer")), st) if data.buyer else ""
    )
    table = Table([parties], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 5 * mm)]
    rows: list[list[Any]] = [
        [
            tr(QT_TRANSLATE_NOOP("Documents", "Product")),
            tr(QT_TRANSLATE_NOOP("Documents", "Qty")),
            tr(QT_TRANSLATE_NOOP("Documents", "Unit price")),
            tr(QT_TRANSLATE_NOOP("Documents", "Amount")),
        ]
    ]
    for line in data.lines:
        name = f"{line.name}\n{line.sku}" if line.sku else line.name
        rows.append([_p(name, st["cell"]), line.quantity, line.unit_price, line.total])
    story.append(_table(rows, [width - 90 * mm, 20 * mm, 35 * mm, 35 * mm], numeric=(1, 2, 3)))
    totals = Table([[label, amount] for label, amount in data.totals], colWidths=[55 * mm, 35 * mm])
    totals.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_font(), 10),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    totals.hAlign = "RIGHT"
    story += [Spacer(1, 3 * mm), totals]
    if data.payment:
        story += [Spacer(1, 4 * mm), _p(data.payment, st["body"])]
    if data.footer:
        story += [Spacer(1, 6 * mm), _p(data.footer, st["small"])]
    return _build(story, paper, f"{data.title} {data.number}", tr)


def render_stock_count_sheet(
    data: StockCountSheetData, *, paper: Paper = "A4", tr: Translate = _same
) -> bytes:
    """A stock count sheet sorted by location: location, SKU, name, barcode and an empty
    column to write the counted quantity in."""
    st = _styles()
    width = _width(paper)
    rows: list[list[Any]] = [
        [
            tr(QT_TRANSLATE_NOOP("Documents", "Location")),
            tr(QT_TRANSLATE_NOOP("Documents", "SKU")),
            tr(QT_TRANSLATE_NOOP("Documents", "Product")),
            tr(QT_TRANSLATE_NOOP("Documents", "Barcode")),
            tr(QT_TRANSLATE_NOOP("Documents", "Counted")),
        ]
    ]
    for row in sorted(data.rows, key=lambda r: (r.location, r.sku)):
        rows.append(
            [row.location, _p(row.sku, st["cell"]), _p(row.name, st["cell"]), row.barcode, ""]
        )
    table = _table(rows, [25 * mm, 32 * mm, width - 115 * mm, 33 * mm, 25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (4, 1), (4, -1), 0.5, colors.black),
                ("INNERGRID", (4, 1), (4, -1), 0.5, colors.black),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    counted_by = tr(QT_TRANSLATE_NOOP("Documents", "Counted by: ____________   Date: __________"))
    story: list[Flowable] = [
        _p(data.title, st["title"]),
        _p(data.created, st["small"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        _p(counted_by, st["body"]),
    ]
    return _build(story, paper, data.title, tr)


def render_settlement_report(
    data: SettlementReportData, *, paper: Paper = "A4", tr: Translate = _same
) -> bytes:
    """An end-of-day settlement report: per desk and payment method, expected vs counted
    and the difference (money as given), with signature lines."""
    st = _styles()
    width = _width(paper)
    rows: list[list[Any]] = [
        [
            tr(QT_TRANSLATE_NOOP("Documents", "Desk")),
            tr(QT_TRANSLATE_NOOP("Documents", "Method")),
            tr(QT_TRANSLATE_NOOP("Documents", "Expected")),
            tr(QT_TRANSLATE_NOOP("Documents", "Counted")),
            tr(QT_TRANSLATE_NOOP("Documents", "Difference")),
        ]
    ]
    for row in data.rows:
        rows.append(
            [
                _p(row.desk, st["cell"]),
                _p(row.method, st["cell"]),
                row.expected,
                row.counted,
                row.difference,
            ]
        )
    signatures = tr(
        QT_TRANSLATE_NOOP("Documents", "Prepared by: {name}        Checked by: ____________")
    ).format(name=data.prepared_by or "____________")
    story: list[Flowable] = [
        _p(data.title, st["title"]),
        _p(data.business_day, st["body"]),
        Spacer(1, 4 * mm),
        _table(rows, [35 * mm, width - 140 * mm, 35 * mm, 35 * mm, 35 * mm], numeric=(2, 3, 4)),
        Spacer(1, 10 * mm),
        _p(signatures, st["body"]),
    ]
    return _build(story, paper, data.title, tr)
