"""Charts of the Reports screen, drawn with QtCharts and themed from the palette.

:class:`ChartData` is what a chart shows, with every caption already in the interface
language and values in the units people read (major currency units, whole counts,
percentages); :func:`chart_data` makes one from a report's
:class:`~merchant_app.services.report_types.Chart`.  :class:`ChartView` draws it: lines
over time (a few evenly spaced labels, so thirty days stay readable) or bars (horizontal
when the categories are names, stacked when asked), with the light or dark QtCharts theme
that matches the palette and the palette's own text and background colours, so a chart
is readable in both themes and follows a theme switch.  A click on a bar, or anywhere
above a point of a line, emits :attr:`ChartView.category_clicked` with the category's
index; the tooltip over a bar shows its full category and values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from merchant_app.gui.money_text import money_text
from merchant_app.gui.theme import is_dark
from merchant_app.money import currency_symbol, minor_digits
from merchant_app.services.report_periods import Period
from merchant_app.services.report_types import Chart

LABEL_SPACING = 64  # pixels per label under a line chart (the others are left out)
NAME_SHARE = 0.36  # at most this share of a chart's width for category names
LATE_COLOUR = "#d84040"


@dataclass(frozen=True)
class ChartData:
    """A chart ready to draw: ``kind`` ``line`` or ``bar``; ``unit`` ``money`` (values in
    major units of ``currency``), ``int`` or ``percent`` (values in per cent);
    ``categories`` and series names translated; ``colours`` fixes a series' colour by
    position (``""``: the theme's); ``stacked`` stacks bars; ``dashed`` draws those line
    series dashed (e.g. the previous period); ``until`` stops the first line series
    after that many points (a period still running has no sales tomorrow yet)."""

    kind: str
    title: str
    unit: str
    currency: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    colours: tuple[str, ...] = ()
    stacked: bool = False
    dashed: tuple[int, ...] = field(default=())
    until: int | None = None  # a line's first series ends after this many points (now)

    @property
    def empty(self) -> bool:
        """Nothing to draw: no categories or every value zero."""
        return not self.categories or not any(v for _, values in self.series for v in values)


def points_until(period: Period | None, now: datetime | None, categories: int) -> int | None:
    """How many of a period's chart buckets have begun at ``now`` (``None`` when the
    chart is not over the period's buckets, or the period is over)."""
    if period is None or now is None:
        return None
    buckets = period.buckets()
    if len(buckets) != categories:
        return None
    begun = sum(1 for b in buckets if b.start <= now)
    return begun if begun < len(buckets) else None


def chart_data(
    chart: Chart, currency: str, period: Period | None = None, now: datetime | None = None
) -> ChartData:
    """A report's chart with its captions translated (``Reports`` context; categories in
    ``category_context`` when set) and values scaled for reading; a line over a
    ``period`` still running at ``now`` stops at now."""
    scale = 10 ** minor_digits(currency) if chart.unit == "money" else 1
    factor = 100.0 if chart.unit == "percent" else 1.0
    categories = tuple(
        QCoreApplication.translate(chart.category_context, c) if chart.category_context else c
        for c in chart.categories
    )
    series = tuple(
        (
            QCoreApplication.translate("Reports", s.name),
            tuple(v * factor / scale for v in s.values),
        )
        for s in chart.series
    )
    dashed = tuple(range(1, len(series))) if chart.kind == "line" else ()
    return ChartData(
        chart.kind,
        QCoreApplication.translate("Reports", chart.title),
        chart.unit,
        currency,
        categories,
        series,
        dashed=dashed,
        until=points_until(period, now, len(categories)) if chart.kind == "line" else None,
    )


def value_text(value: float, unit: str, currency: str) -> str:
    """A chart value as people read it: money with the currency, counts whole,
    percentages with one decimal."""
    locale = QLocale()
    if unit == "money":
        return money_text(round(value * 10 ** minor_digits(currency)), currency)
    if unit == "percent":
        return f"{locale.toString(value, 'f', 1)} %"
    return locale.toString(round(value))


def fit_label(text: str, metrics: QFontMetrics, width: int, lines: int = 1) -> str:
    """``text`` as an axis label (QtCharts reads it as rich text) at most ``width``
    pixels wide: as it is when it fits, else on two lines (``lines`` ≥ 2; split at the
    space nearest the middle, or in the middle of words without spaces), else shortened
    in the middle (names of variants differ at the end)."""
    width = max(24, width)

    def cut(part: str) -> str:
        return metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, width)

    if metrics.horizontalAdvance(text) <= width or lines < 2 or len(text) < 2:
        label = escape(cut(text))
        return f"<span>{label}</span>" if label != cut(text) else label
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    at = min(spaces, key=lambda i: abs(i - middle)) if spaces else middle
    first, second = text[:at].strip(), text[at:].strip()
    return f"{escape(cut(first))}<br>{escape(cut(second))}"


def distinct_labels(
    texts: Sequence[str], metrics: QFontMetrics, width: int, lines: int = 1
) -> list[str]:
    """:func:`fit_label` of each text, still distinct from each other (an axis keeps
    only one of equal labels) and never empty."""
    out: list[str] = []
    seen: set[str] = set()
    for text in texts:
        label = fit_label(text, metrics, width, lines) or " "
        while label in seen:  # an invisible difference: a zero-width space
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out


def axis_scale(top: float, whole: bool, max_steps: int = 5) -> tuple[float, int]:
    """A value axis from 0 to a round end at or above ``top``, in at most ``max_steps``
    round steps (1, 2, 2.5, 5 × a power of ten; whole steps for counts): ``(end,
    ticks)``."""
    max_steps = max(1, max_steps)
    if top <= 0:
        return (float(max_steps) if whole else 1.0), max_steps + 1
    power = 10.0 ** math.floor(math.log10(top / max_steps))
    factors = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    for factor in factors:
        step = factor * power
        if whole:
            step = max(1.0, round(step))
        steps = math.ceil(top / step - 1e-9)
        if steps <= max_steps:
            return steps * step, steps + 1
    return top, 2  # not reached: max_steps steps of 10 × power cover top


class ChartView(QChartView):
    """Draws one :class:`ChartData`; see the module docstring for clicks and themes."""

    category_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: ChartData | None = None
        self.bar_sets: list[QBarSet] = []
        self.line_series: list[QLineSeries] = []
        self._restyling = False
        self._tip = ""
        self._top, self._horizontal = 0.0, False
        self._value_axis: QValueAxis | None = None
        self._category_axis: QAbstractAxis | None = None
        self._order: list[int] = []  # bar position -> category (horizontal bars run upwards)
        self.setChart(QChart())
        self._style()

    # -- drawing ---------------------------------------------------------------------

    def show_chart(self, data: ChartData | None, empty_text: str = "") -> None:
        """Draw ``data`` (``None``: an empty chart titled ``empty_text``)."""
        self.data = data
        self.bar_sets, self.line_series = [], []
        self._top, self._horizontal = 0.0, False
        self._value_axis, self._category_axis, self._order = None, None, []
        chart = QChart()
        chart.setMargins(QMargins(8, 4, 8, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if data is None:
            chart.setTitle(empty_text)
            chart.legend().hide()
        else:
            unit = ""
            if data.unit == "money":
                unit = currency_symbol(data.currency).strip()
            elif data.unit == "percent":
                unit = "%"
            title = f"{data.title} ({unit})" if unit else data.title
            if data.empty:
                title += " · " + self.tr("nothing in this period")
            chart.setTitle(title)
            if data.kind == "line" and len(data.categories) > 2:
                self._draw_lines(chart, data)
            else:
                self._draw_bars(chart, data)
            chart.legend().setVisible(len(data.series) > 1)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._style()
        self._fit()
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if data is not None else Qt.CursorShape.ArrowCursor
        )

    def _make_value_axis(self, data: ChartData, top: float) -> QValueAxis:
        axis = QValueAxis()
        axis.setMinorTickCount(0)
        self._top, self._value_axis = top, axis
        return axis

    def _draw_lines(self, chart: QChart, data: ChartData) -> None:
        top = 0.0
        for i, (name, values) in enumerate(data.series):
            series = QLineSeries()
            series.setName(name)
            shown = values[: data.until] if i == 0 and data.until is not None else values
            for x, v in enumerate(shown):
                series.append(float(x), float(v))
                top = max(top, float(v))
            chart.addSeries(series)
            self.line_series.append(series)
        n = len(data.categories)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(0, max(1, n - 1))
        x_axis.setGridLineVisible(False)
        x_axis.setTruncateLabels(False)
        self._category_axis = x_axis
        y_axis = self._make_value_axis(data, top)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self.line_series:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _draw_bars(self, chart: QChart, data: ChartData) -> None:
        horizontal = len(data.categories) > 6 or any(len(c) > 9 for c in data.categories)
        kinds: dict[tuple[bool, bool], type[QAbstractBarSeries]] = {
            (False, False): QBarSeries,
            (False, True): QStackedBarSeries,
            (True, False): QHorizontalBarSeries,
            (True, True): QHorizontalStackedBarSeries,
        }
        series = kinds[(horizontal, data.stacked)]()
        top = 0.0
        sums = [0.0] * len(data.categories)
        # horizontal bars run bottom to top: reverse so the first category is on top
        order = list(range(len(data.categories)))
        if horizontal:
            order.reverse()
        for name, values in data.series:
            bar_set = QBarSet(name)
            for i in order:
                v = float(values[i]) if i < len(values) else 0.0
                bar_set.append(v)
                sums[i] += v
                top = max(top, v)
            bar_set.hovered.connect(self._on_bar_set_hovered)
            bar_set.clicked.connect(self._on_bar_set_clicked)
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        if data.stacked:
            top = max(sums, default=0.0)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(
            distinct_labels([data.categories[i] for i in order], self.fontMetrics(), 200)
        )
        cat_axis.setTruncateLabels(False)
        cat_axis.setGridLineVisible(False)
        self._category_axis, self._horizontal = cat_axis, horizontal
        value_axis = self._make_value_axis(data, top)
        chart.addAxis(
            cat_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
        self._order = order

    def _fit(self) -> None:
        """Fit the axes' labels to the chart's size: value steps, how many dates under a
        line, how long category names may be."""
        data, width = self.data, max(1, self.width())
        if data is None or self._value_axis is None:
            return
        axis = self._value_axis
        whole = data.unit == "int"
        if self._horizontal:  # the value labels side by side under the bars: room for each
            plot = width * (1 - NAME_SHARE) - 40
            digits = QFontMetrics(axis.labelsFont())
            steps = 5
            end, ticks = axis_scale(self._top, whole, steps)
            while steps > 1 and (digits.horizontalAdvance(f"{end:.0f}") + 14) * ticks > plot:
                steps -= 1
                end, ticks = axis_scale(self._top, whole, steps)
        else:
            end, ticks = axis_scale(self._top, whole, min(5, (self.height() - 90) // 36))
        axis.setRange(0, end)
        axis.setTickCount(ticks)
        if data.unit == "int" or end >= 10:
            axis.setLabelFormat("%.0f")
        else:
            axis.setLabelFormat("%.1f" if end >= 1 else "%.2f")
        categories = self._category_axis
        metrics = QFontMetrics(categories.labelsFont()) if categories is not None else None
        if isinstance(categories, QCategoryAxis) and metrics is not None:
            for label in categories.categoriesLabels():
                categories.remove(label)
            n = len(data.categories)
            room = max(2, (width - 80) // LABEL_SPACING)
            step = max(1, math.ceil(n / room))
            for x in range(0, n, step):
                categories.append(data.categories[x], float(x))
        elif isinstance(categories, QBarCategoryAxis) and metrics is not None:
            texts = [data.categories[i] for i in self._order]
            if self._horizontal:
                room = int(width * NAME_SHARE)
                per_bar = (self.height() - 110) / max(1, len(texts))
            else:
                room = int((width - 60) / max(1, len(texts))) - 6
                per_bar = 3 * metrics.height()
            lines = 2 if per_bar >= 2.2 * metrics.height() else 1
            categories.setCategories(distinct_labels(texts, metrics, room, lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self._fit()

    # -- theme -----------------------------------------------------------------------

    def _style(self) -> None:
        """Theme and colours from the application's palette (again after a switch)."""
        app = QApplication.instance()
        chart = self.chart()
        if chart is None or not isinstance(app, QApplication):
            return
        self._restyling = True
        try:
            dark = is_dark(app)
            chart.setTheme(
                QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
            )
            palette = app.palette()
            text = palette.color(QPalette.ColorRole.Text)
            base = palette.color(QPalette.ColorRole.Base)
            grid = palette.color(QPalette.ColorRole.Mid)
            if dark:
                grid = grid.lighter(170)
            chart.setBackgroundBrush(QBrush(base))
            chart.setBackgroundRoundness(0)
            chart.setTitleBrush(QBrush(text))
            title_font = QFont(self.font())
            title_font.setBold(True)
            chart.setTitleFont(title_font)
            chart.legend().setLabelColor(text)
            chart.legend().setFont(self.font())
            axes: Sequence[QAbstractAxis] = chart.axes()
            for axis in axes:
                axis.setLabelsColor(text)
                axis.setLabelsFont(self.font())
                axis.setGridLineColor(grid)
                axis.setLinePenColor(grid)
            self._colour_series()
            self.setBackgroundBrush(QBrush(base))
        finally:
            self._restyling = False

    def _colour_series(self) -> None:
        data = self.data
        if data is None:
            return
        for i, bar_set in enumerate(self.bar_sets):
            colour = data.colours[i] if i < len(data.colours) else ""
            if colour:
                bar_set.setColor(QColor(colour))
                bar_set.setBorderColor(QColor(colour))
        for i, series in enumerate(self.line_series):
            pen = QPen(series.pen())
            pen.setWidthF(2.0)
            if i in data.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidthF(1.5)
            series.setPen(pen)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._style()

    # -- clicks ----------------------------------------------------------------------

    def _category_of_bar(self, position: int) -> int:
        order = self._order
        return order[position] if 0 <= position < len(order) else -1

    def _on_bar_set_clicked(self, position: int) -> None:
        index = self._category_of_bar(position)
        if index >= 0:
            self.category_clicked.emit(index)

    def setToolTip(self, text: str) -> None:
        """The tooltip shown away from the bars (over a bar: its category and values)."""
        self._tip = text
        super().setToolTip(text)

    def _on_bar_set_hovered(self, status: bool, position: int) -> None:
        data = self.data
        index = self._category_of_bar(position)
        if not status or data is None or index < 0:
            super().setToolTip(self._tip)
            return
        lines = [data.categories[index]]
        for name, values in data.series:
            if index < len(values):
                lines.append(f"{name}: {value_text(values[index], data.unit, data.currency)}")
        super().setToolTip("\n".join(lines))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self.line_series:
            return
        index = self.line_index_at(event.position())
        if index >= 0:
            self.category_clicked.emit(index)

    def line_index_at(self, position: QPointF) -> int:
        """The category of a line chart under ``position`` (view coordinates), -1 when
        outside the plot."""
        chart, data = self.chart(), self.data
        if data is None or not self.line_series or chart is None:
            return -1
        scene = self.mapToScene(position.toPoint())
        at = chart.mapFromScene(scene)
        if not chart.plotArea().contains(at):
            return -1
        value = chart.mapToValue(at, self.line_series[0])
        index = round(value.x())
        return index if 0 <= index < len(data.categories) else -1

    def point_position(self, index: int) -> QPointF:
        """Where category ``index`` of a line chart is (mid-height), in view coordinates
        (for tests: a real click there opens that category)."""
        chart = self.chart()
        series = self.line_series[0]
        at = chart.mapToPosition(QPointF(float(index), 0.0), series)
        at.setY(chart.plotArea().center().y())
        return QPointF(self.mapFromScene(chart.mapToScene(at)))

    def bar_position(self, index: int, set_index: int = 0) -> QPointF:
        """The middle of category ``index``'s bar of bar set ``set_index``, in view
        coordinates (for tests: a real click there hits the bar)."""
        chart, data = self.chart(), self.data
        assert data is not None
        position = float(self._order.index(index))
        series = chart.series()[0]
        horizontal = isinstance(series, QHorizontalBarSeries | QHorizontalStackedBarSeries)
        values = [float(v[index]) for _, v in data.series]
        if data.stacked:
            middle = sum(values[:set_index]) + values[set_index] / 2
        else:  # side by side: each set's bar is its share of the 0.7 bar width
            middle = values[set_index] / 2
            width = 0.7 / max(1, len(values))
            position += -0.35 + width * (set_index + 0.5)
        point = QPointF(middle, position) if horizontal else QPointF(position, middle)
        at = chart.mapToPosition(point, series)
        return QPointF(self.mapFromScene(chart.mapToScene(at)))
