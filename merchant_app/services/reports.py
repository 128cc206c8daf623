"""Reports (RPT-2): one entry point for every report, and export as CSV and PDF.

* :func:`run_report` makes any :class:`ReportKind` for a period and filters (the
  functions of ``report_sales``, ``report_stock`` and ``report_members`` can be called
  directly too).  Needs ``report.view``; cost columns need ``report.view_cost``.
* :func:`report_csv` turns a table into CSV bytes (UTF-8 with a byte-order mark, so
  Excel opens Chinese text correctly; one header row, the rows, the totals row);
  :func:`report_pdf_document` into printing data.  Both are pure.
* :func:`export_report_csv` and :func:`export_report_pdf` re-check the permissions the
  table needs, write an audit entry (``report.export``: report, format, period, rows)
  and return the bytes: exports are sensitive actions (SAFE-4).

Cells are written as people read them: money as plain decimals of the currency (CSV)
or with thousands separators (PDF), fractions as percentages, times in the period's time
zone (this computer's when the table has no period), durations as ``[Nd ]HH:MM``.
Captions are translated with ``translator(context, text)`` (e.g. ``QCoreApplication.translate``);
without one they stay English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from typing import Literal

from sqlalchemy import select

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotPermitted
from merchant_app.models import Category, Desk, Location, Shop, User
from merchant_app.money import format_plain, minor_digits
from merchant_app.printing.report_pdf import PdfChart, ReportDocument, render_report
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.report_members import aftersales_report, member_segments
from merchant_app.services.report_periods import Period, local_datetime
from merchant_app.services.report_queries import VIEW_COST, authorize_report
from merchant_app.services.report_sales import (
    sales_by_category,
    sales_by_desk,
    sales_by_payment,
    sales_by_product,
    sales_by_staff,
)
from merchant_app.services.report_stock import (
    abc_classification,
    slow_movers,
    stock_movement,
    stock_valuation,
)
from merchant_app.services.report_types import (
    Cell,
    Chart,
    Choice,
    Column,
    ReportChoices,
    ReportFilters,
    ReportKind,
    ReportTable,
)

Translate = Callable[[str, str], str]
"""``translator(context, text)``: a translation function such as ``QCoreApplication.translate``."""

Style = Literal["csv", "pdf"]
MADE_BY = QT_TRANSLATE_NOOP("Reports", "Made {time} by {name}")
FIRST_ROWS = QT_TRANSLATE_NOOP("Reports", "First {rows} rows only")
PAGE = QT_TRANSLATE_NOOP("Reports", "Page {page}")
NOTHING = QT_TRANSLATE_NOOP("Reports", "Nothing to show for this period.")
REPORTS_CONTEXT = "Reports"
ReportFunction = Callable[[AppContext, Actor, Period, ReportFilters | None], ReportTable]

REPORTS: dict[ReportKind, ReportFunction] = {
    ReportKind.SALES_BY_PRODUCT: sales_by_product,
    ReportKind.SALES_BY_CATEGORY: sales_by_category,
    ReportKind.SALES_BY_DESK: sales_by_desk,
    ReportKind.SALES_BY_STAFF: sales_by_staff,
    ReportKind.SALES_BY_PAYMENT: sales_by_payment,
    ReportKind.STOCK_VALUATION: stock_valuation,
    ReportKind.STOCK_MOVEMENT: stock_movement,
    ReportKind.SLOW_MOVERS: slow_movers,
    ReportKind.ABC: abc_classification,
    ReportKind.MEMBER_SEGMENTS: member_segments,
    ReportKind.AFTERSALES: aftersales_report,
}


def run_report(
    ctx: AppContext,
    actor: Actor,
    kind: ReportKind | str,
    period: Period,
    filters: ReportFilters | None = None,
) -> ReportTable:
    """Make the report ``kind`` for ``period`` narrowed by ``filters`` (see each report's
    function for what it shows and which filters apply).  Needs ``report.view``; an
    unknown kind raises :class:`InvalidInput`."""
    try:
        report = REPORTS[ReportKind(kind)]
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown report “{kind}”."), kind=str(kind), field="kind"
        ) from None
    return report(ctx, actor, period, filters)


def report_choices(ctx: AppContext, actor: Actor) -> ReportChoices:
    """The values the report filters can take (see :class:`ReportChoices`); needs
    ``report.view``, so a user without user management can still pick a staff member."""
    with ctx.db.reading() as s:
        authorize_report(s, actor)

        def sorted_choices(rows: object) -> tuple[Choice, ...]:
            found = [Choice(str(i), str(label)) for i, label in rows]  # type: ignore[attr-defined]
            return tuple(sorted(found, key=lambda c: (c.label.casefold(), c.id)))

        return ReportChoices(
            desks=sorted_choices(
                (i, f"{code} {name}")
                for i, code, name in s.execute(select(Desk.id, Desk.code, Desk.name))
            ),
            staff=sorted_choices(
                (i, f"{name} ({login})")
                for i, login, name in s.execute(select(User.id, User.login, User.display_name))
            ),
            categories=sorted_choices(s.execute(select(Category.id, Category.path))),
            locations=sorted_choices(
                (i, f"{code} {name}")
                for i, code, name in s.execute(
                    select(Location.id, Location.code, Location.name).where(
                        Location.active.is_(True)
                    )
                )
            ),
        )


# ---------------------------------------------------------------------------- cells


def _same(_context: str, text: str) -> str:
    return text


def duration_text(seconds: int) -> str:
    """``3725`` → ``01:02``; ``90061`` → ``1d 01:01`` (hours and minutes, days when any)."""
    sign = "-" if seconds < 0 else ""
    minutes = abs(seconds) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    core = f"{hours:02d}:{minutes:02d}"
    return f"{sign}{days}d {core}" if days else f"{sign}{core}"


def cell_text(
    value: Cell,
    column: Column,
    table: ReportTable,
    translator: Translate = _same,
    style: Style = "csv",
) -> str:
    """One cell as text (see the module docstring); ``None`` is empty."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "label" and isinstance(value, str):
        return translator(column.context, value) if value else ""
    if kind == "money" and isinstance(value, int):
        plain = format_plain(value, minor_digits(table.currency))
        if style == "csv":
            return plain
        whole, _, frac = plain.lstrip("-").partition(".")
        grouped = f"{int(whole):,}" + (f".{frac}" if frac else "")
        return f"-{grouped}" if value < 0 else grouped
    if kind == "int" and isinstance(value, int):
        return str(value) if style == "csv" else f"{value:,}"
    if kind == "percent" and isinstance(value, int | float):
        return f"{value * 100:.2f}%" if style == "csv" else f"{value * 100:.1f} %"
    if kind == "duration" and isinstance(value, int):
        return duration_text(value)
    if isinstance(value, datetime):
        tz = table.period.tz if table.period is not None else None
        return local_datetime(value, tz).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _header(column: Column, table: ReportTable, translator: Translate) -> str:
    text = translator(REPORTS_CONTEXT, column.label)
    return f"{text} ({table.currency})" if column.kind == "money" else text


def _totals_texts(table: ReportTable, translator: Translate, style: Style) -> list[str]:
    """The totals row as text: its first cell is a caption in the ``Reports`` context
    whatever the first column holds."""
    assert table.totals is not None
    first, *rest = table.totals
    texts = [translator(REPORTS_CONTEXT, first) if isinstance(first, str) else ""]
    texts += [
        cell_text(v, c, table, translator, style)
        for v, c in zip(rest, table.columns[1:], strict=True)
    ]
    return texts


# ---------------------------------------------------------------------------- CSV


def report_csv(table: ReportTable, translator: Translate | None = None) -> bytes:
    """The table as CSV: UTF-8 with a byte-order mark, comma-separated, CRLF line ends;
    a header row (money columns name the currency), the rows, then the totals row."""
    translator = translator or _same
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_header(c, table, translator) for c in table.columns])
    for row in table.rows:
        writer.writerow(
            [cell_text(v, c, table, translator) for v, c in zip(row, table.columns, strict=True)]
        )
    if table.totals is not None:
        writer.writerow(_totals_texts(table, translator, "csv"))
    return out.getvalue().encode("utf-8-sig")


# ---------------------------------------------------------------------------- PDF


def _chart_data(chart: Chart, table: ReportTable, translator: Translate) -> PdfChart:
    scale = 10 ** minor_digits(table.currency) if chart.unit == "money" else 1
    factor = 100.0 if chart.unit == "percent" else 1.0
    unit = {"money": table.currency, "percent": "%"}.get(chart.unit, "")
    categories = tuple(
        translator(chart.category_context, c) if chart.category_context else c
        for c in chart.categories
    )
    return PdfChart(
        chart.kind,
        translator(REPORTS_CONTEXT, chart.title),
        categories,
        tuple(
            (
                translator(REPORTS_CONTEXT, series.name),
                tuple(v * factor / scale for v in series.values),
            )
            for series in chart.series
        ),
        unit,
    )


def report_pdf_document(
    table: ReportTable,
    *,
    translator: Translate | None = None,
    shop_name: str = "",
    generated_by: str = "",
) -> ReportDocument:
    """The table as printing data: captions translated, cells formatted for print."""
    translator = translator or _same
    period = table.period.label if table.period is not None else ""
    when = ""
    if table.generated_at is not None:
        tz = table.period.tz if table.period is not None else None
        when = local_datetime(table.generated_at, tz).strftime("%Y-%m-%d %H:%M")
    generated = translator(REPORTS_CONTEXT, MADE_BY).format(time=when, name=generated_by or "—")
    if table.truncated:
        generated += " · " + translator(REPORTS_CONTEXT, FIRST_ROWS).format(rows=len(table.rows))
    rows = tuple(
        tuple(
            cell_text(v, c, table, translator, "pdf")
            for v, c in zip(row, table.columns, strict=True)
        )
        for row in table.rows
    )
    totals = tuple(_totals_texts(table, translator, "pdf")) if table.totals is not None else None
    return ReportDocument(
        title=translator(REPORTS_CONTEXT, table.title),
        subtitle=period,
        generated=generated,
        headers=tuple(_header(c, table, translator) for c in table.columns),
        numeric=tuple(c.numeric for c in table.columns),
        rows=rows,
        totals=totals,
        charts=tuple(_chart_data(c, table, translator) for c in table.charts),
        note=translator(REPORTS_CONTEXT, table.note) if table.note else "",
        footer=shop_name,
        page_label=translator(REPORTS_CONTEXT, PAGE),
        empty_text=translator(REPORTS_CONTEXT, NOTHING),
    )


# ---------------------------------------------------------------------------- exports


def _export(ctx: AppContext, actor: Actor, table: ReportTable, fmt: str) -> tuple[Actor, str]:
    """Check and audit an export in one transaction; returns the fresh actor and the
    shop's name."""
    with ctx.db.transaction() as s:
        current, can_cost = authorize_report(s, actor)
        if (table.shows_cost or any(c.cost for c in table.columns)) and not can_cost:
            raise NotPermitted(permission=VIEW_COST)
        audit.record(
            s,
            ctx,
            current,
            "report.export",
            table.kind,
            {
                "format": fmt,
                "title": table.title,
                "period": table.period.label if table.period is not None else "",
                "rows": len(table.rows),
                "cost": table.shows_cost,
            },
        )
        return current, s.scalar(select(Shop.name).limit(1)) or ""


def export_report_csv(
    ctx: AppContext, actor: Actor, table: ReportTable, *, translator: Translate | None = None
) -> bytes:
    """:func:`report_csv` of ``table`` for ``actor``: needs ``report.view`` (and
    ``report.view_cost`` when the table shows cost); audited as ``report.export``."""
    _export(ctx, actor, table, "csv")
    return report_csv(table, translator)


def export_report_pdf(
    ctx: AppContext,
    actor: Actor,
    table: ReportTable,
    *,
    translator: Translate | None = None,
    paper: Literal["A4", "Letter"] = "A4",
) -> bytes:
    """The table as a PDF with its charts (see :mod:`merchant_app.printing.report_pdf`),
    with the shop's name and who made it; permissions and audit as
    :func:`export_report_csv`."""
    current, shop_name = _export(ctx, actor, table, "pdf")
    doc = report_pdf_document(
        table, translator=translator, shop_name=shop_name, generated_by=current.display_name
    )
    return render_report(doc, paper=paper)
