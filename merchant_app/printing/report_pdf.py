"""Reports as PDF (RPT-2): title, period, charts and the table, A4 or US Letter.

Data in, bytes out: a :class:`ReportDocument` holds text already formatted and
translated (the services build it from a report table) and chart values already scaled
(e.g. money in major units), so nothing here reads a database or knows a currency.

* All text is set in the bundled font (embedded subset), so Chinese prints and extracts.
* Charts are ReportLab graphics (vertical bars, or lines over time) with a legend when
  there is more than one series; long category labels are shortened and tilted, and a
  long time axis labels every n-th point only.
* The table repeats its header on every page; text cells wrap inside their column.
  Tables wider than seven columns print on landscape paper.  Long tables are laid out
  in blocks of :data:`BLOCK_ROWS` rows, which keeps layout time linear in the rows.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from merchant_app.printing.fonts import register_font

Paper = Literal["A4", "Letter"]
_PAGES = {"A4": A4, "Letter": LETTER}
_MARGIN = 12 * mm
BLOCK_ROWS = 60
LANDSCAPE_FROM = 8  # columns
CHART_HEIGHT = 62 * mm
_PALETTE = (
    colors.HexColor("#2f6db5"),
    colors.HexColor("#e08a1e"),
    colors.HexColor("#3a9a5b"),
    colors.HexColor("#b8403b"),
    colors.HexColor("#7a5cb0"),
)
_CELL_PT = 8
_HEAD_PT = 8


@dataclass(frozen=True)
class PdfChart:
    """A chart: ``kind`` ``bar`` or ``line``, its title, the x-axis ``categories``, one
    ``(name, values)`` per series (values already in the unit shown, e.g. yuan) and the
    unit's name for the axis (``"CNY"``, ``"%"`` or ``""``)."""

    kind: Literal["bar", "line"]
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str = ""


@dataclass(frozen=True)
class ReportDocument:
    """A report ready to print: every text translated and every cell formatted.
    ``numeric`` says which columns align right; ``totals`` (optional) is the last row,
    in bold; ``page_label`` is a template with ``{page}``."""

    title: str
    subtitle: str
    generated: str
    headers: tuple[str, ...]
    numeric: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    totals: tuple[str, ...] | None = None
    charts: tuple[PdfChart, ...] = ()
    note: str = ""
    footer: str = ""
    page_label: str = "Page {page}"
    empty_text: str = "Nothing to show for this period."


def _styles() -> dict[str, ParagraphStyle]:
    font = register_font()
    base = ParagraphStyle("body", fontName=font, fontSize=9, leading=11.5, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=20, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=13),
        "cell": ParagraphStyle("cell", parent=base, fontSize=_CELL_PT, leading=9.5),
        "head": ParagraphStyle("head", parent=base, fontSize=_HEAD_PT, leading=9.5),
        "head_right": ParagraphStyle(
            "head_right", parent=base, fontSize=_HEAD_PT, leading=9.5, alignment=2
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _axis_format(high: float) -> Callable[[float], str]:
    """Tick labels for an axis reaching ``high``: ``2.5M``, ``300k`` or ``1,200``."""

    def millions(value: float) -> str:
        return f"{value / 1_000_000:,.1f}".removesuffix(".0") + "M"

    def thousands(value: float) -> str:
        return f"{value / 1_000:,.0f}k"

    def plain(value: float) -> str:
        return f"{value:,.0f}" if high >= 10 else f"{value:,.1f}".removesuffix(".0")

    if high >= 1_000_000:
        return millions
    if high >= 10_000:
        return thousands
    return plain


def _chart(chart: PdfChart, width: float) -> Drawing:
    """One chart as a drawing ``width`` wide."""
    font = register_font()
    drawing = Drawing(width, CHART_HEIGHT)
    title = String(0, CHART_HEIGHT - 10, chart.title, fontName=font, fontSize=9.5)
    drawing.add(title)
    if chart.unit:
        drawing.add(
            String(
                width, CHART_HEIGHT - 10, chart.unit, fontName=font, fontSize=7.5, textAnchor="end"
            )
        )
    n = max(1, len(chart.categories))
    tilt = chart.kind == "bar" and n > 4
    bottom = 30 * mm if tilt else 12 * mm
    legend_h = 8 * mm if len(chart.series) > 1 else 0
    plot: Any = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
    plot.x = 16 * mm
    plot.y = bottom
    plot.width = width - plot.x - 4 * mm
    plot.height = CHART_HEIGHT - bottom - 16 - legend_h
    data = [list(values) or [0.0] for _, values in chart.series] or [[0.0]]
    plot.data = data
    labels = [_short(c, 14) for c in chart.categories] or [""]
    room = max(2, int(plot.width // (24 if chart.kind == "line" else 12)))
    if n > room:  # label every step-th point of a long axis
        step = -(-n // room)
        labels = [c if i % step == 0 else "" for i, c in enumerate(labels)]
    plot.categoryAxis.categoryNames = labels
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = 6.5
    if tilt:
        plot.categoryAxis.labels.angle = 35
        plot.categoryAxis.labels.boxAnchor = "ne"
        plot.categoryAxis.labels.dx = 2
        plot.categoryAxis.labels.dy = -2
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 6.5
    low = min(min(v) for v in data)
    high = max(max(v) for v in data)
    plot.valueAxis.labelTextFormat = _axis_format(max(abs(low), abs(high)))
    plot.valueAxis.valueMin = min(0.0, low)
    plot.valueAxis.valueMax = (
        high if high > plot.valueAxis.valueMin else plot.valueAxis.valueMin + 1
    )
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    plot.valueAxis.gridStrokeWidth = 0.3
    for i in range(len(data)):
        color = _PALETTE[i % len(_PALETTE)]
        if chart.kind == "bar":
            plot.bars[i].fillColor = color
            plot.bars[i].strokeColor = None
        else:
            plot.lines[i].strokeColor = color
            plot.lines[i].strokeWidth = 1.4 if i == 0 else 0.9
            if i:
                plot.lines[i].strokeDashArray = (3, 2)
    if chart.kind == "bar":
        plot.barSpacing = 1
        plot.groupSpacing = 4
    drawing.add(plot)
    if legend_h:
        legend = Legend()
        legend.x = plot.x
        legend.y = CHART_HEIGHT - 16
        legend.alignment = "right"
        legend.fontName = font
        legend.fontSize = 7
        legend.columnMaximum = 1
        legend.deltax = 70
        legend.dxTextSpace = 4
        legend.boxAnchor = "nw"
        legend.colorNamePairs = [
            (_PALETTE[i % len(_PALETTE)], name) for i, (name, _) in enumerate(chart.series)
        ]
        drawing.add(legend)
    return drawing


def _widths(doc: ReportDocument, total: float) -> list[float]:
    """Column widths in points: by the longest text of each column (capped), scaled to
    the page width; numbers never narrower than their longest value."""
    font = register_font()
    wanted = []
    sample = list(doc.rows[:400]) + ([doc.totals] if doc.totals else [])
    for i, header in enumerate(doc.headers):
        longest = max((stringWidth(r[i], font, _CELL_PT) for r in sample), default=0.0)
        head = min(stringWidth(header, font, _HEAD_PT), 60.0)
        cap = 90.0 if doc.numeric[i] else 200.0
        wanted.append(min(max(longest, head) + 8, cap))
    scale = total / sum(wanted) if sum(wanted) else 1.0
    return [w * scale for w in wanted]


def _cells(
    row: Sequence[str], widths: list[float], numeric: Sequence[bool], style: ParagraphStyle
) -> list[Any]:
    font = register_font()
    out: list[Any] = []
    for text, width, right in zip(row, widths, numeric, strict=True):
        if not right and stringWidth(text, font, _CELL_PT) > width - 6:
            out.append(_p(text, style))  # wraps inside the column
        else:
            out.append(text)
    return out


def _table_blocks(doc: ReportDocument, width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    widths = _widths(doc, width)
    header = [
        _p(h, st["head_right"] if right else st["head"])
        for h, right in zip(doc.headers, doc.numeric, strict=True)
    ]
    body = [_cells(r, widths, doc.numeric, st["cell"]) for r in doc.rows]
    if doc.totals is not None:
        body.append(_cells(doc.totals, widths, doc.numeric, st["cell"]))
    blocks: list[Any] = []
    starts = range(0, max(1, len(body)), BLOCK_ROWS)
    for start in starts:
        chunk = body[start : start + BLOCK_ROWS]
        table = Table([header, *chunk], colWidths=widths, repeatRows=1)
        style: list[Any] = [
            ("FONT", (0, 0), (-1, -1), register_font(), _CELL_PT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in range(1, len(chunk) + 1, 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.97, 0.97, 0.97)))
        for col, right in enumerate(doc.numeric):
            if right:
                style.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
        last = start + len(chunk) >= len(body)
        if last and doc.totals is not None:
            style += [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, -1), (-1, -1), colors.white),
            ]
        table.setStyle(TableStyle(style))
        blocks.append(table)
    return blocks


def render_report(doc: ReportDocument, *, paper: Paper = "A4") -> bytes:
    """The report as PDF bytes: title, subtitle, generated line, charts (two per row
    when there are two or more), the note, then the table (or ``empty_text``)."""
    st = _styles()
    pagesize = _PAGES[paper]
    if len(doc.headers) >= LANDSCAPE_FROM:
        pagesize = landscape(pagesize)
    width = float(pagesize[0] - 2 * _MARGIN)
    story: list[Flowable] = [
        _p(doc.title, st["title"]),
        _p(doc.subtitle, st["subtitle"]),
        _p(doc.generated, st["small"]),
        Spacer(1, 4 * mm),
    ]
    charts = list(doc.charts)
    if len(charts) == 1:
        story.append(_chart(charts[0], width))
    for i in range(0, len(charts) if len(charts) > 1 else 0, 2):
        pair = charts[i : i + 2]
        half = (width - 6 * mm) / 2
        cells = [_chart(c, half) for c in pair] + ([""] if len(pair) == 1 else [])
        grid = Table([cells], colWidths=[half + 3 * mm, half + 3 * mm])
        grid.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(grid)
    if charts:
        story.append(Spacer(1, 3 * mm))
    if doc.note:
        story += [_p(doc.note, st["small"]), Spacer(1, 2 * mm)]
    if doc.rows or doc.totals is not None:
        story += _table_blocks(doc, width, st)
    else:
        story.append(_p(doc.empty_text, st["body"]))
    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 2 * mm,
        title=f"{doc.title} {doc.subtitle}",
        creator="merchant-app",
        invariant=1,
    )

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(register_font(), 7.5)
        canvas.drawRightString(
            pagesize[0] - _MARGIN, _MARGIN / 2, doc.page_label.format(page=document.page)
        )
        canvas.drawString(_MARGIN, _MARGIN / 2, f"{doc.footer}  {doc.title} {doc.subtitle}".strip())
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
