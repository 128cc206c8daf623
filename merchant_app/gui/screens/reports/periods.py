"""Period choosers of the Reports screen.

:class:`DashboardPeriodBar` offers the periods a shop looks at every day (today, this
week, this month, the last 7 or 30 days) and a custom range; :class:`ReportPeriodBar`
the day, ISO week or calendar month that contains a chosen date, or a custom range.
Both say :attr:`changed` when the user picks something else, and give the chosen
:class:`~merchant_app.services.report_periods.Period` (in this computer's time zone,
relative to the shop's clock, so tests with a manual clock see their own "today").  A
custom range never ends before it starts: moving one end past the other moves both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from merchant_app.services.report_periods import (
    Period,
    days_period,
    last_days,
    local_today,
    period_containing,
)

Clock = Callable[[], datetime]


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(to_qdate(day))
    return edit


class _RangeEdits:
    """A from/to pair of date fields that keeps ``from <= to``."""

    def __init__(self, parent: QWidget, layout: QHBoxLayout, day: date) -> None:
        self.from_label = QLabel(QCoreApplication.translate("PeriodBar", "From"), parent)
        self.from_edit = _date_edit(parent, day)
        self.to_label = QLabel(QCoreApplication.translate("PeriodBar", "to"), parent)
        self.to_edit = _date_edit(parent, day)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            layout.addWidget(widget)
        self.from_edit.dateChanged.connect(self._on_from_changed)
        self.to_edit.dateChanged.connect(self._on_to_changed)

    def set_visible(self, visible: bool) -> None:
        """Show or hide both fields and their labels."""
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(visible)

    def set_range(self, first: date, last: date) -> None:
        """Set both ends without signalling a change."""
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(to_qdate(first))
        self.to_edit.setDate(to_qdate(last))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)

    def days(self) -> tuple[date, date]:
        """The first and the last day."""
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def _on_from_changed(self, day: QDate) -> None:
        if self.to_edit.date() < day:
            self.to_edit.setDate(day)

    def _on_to_changed(self, day: QDate) -> None:
        if self.from_edit.date() > day:
            self.from_edit.setDate(day)


class DashboardPeriodBar(QWidget):
    """Today, this week, this month, the last 7 or 30 days, or a custom range."""

    changed = Signal()
    PRESETS = ("today", "week", "month", "last7", "last30", "custom")

    def __init__(self, clock: Clock, parent: QWidget | None = None, preset: str = "month"):
        super().__init__(parent)
        self._clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("dashboardPeriod")
        label.setBuddy(self.combo)
        for key, text in zip(
            self.PRESETS,
            (
                self.tr("Today"),
                self.tr("This week"),
                self.tr("This month"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Custom range"),
            ),
            strict=True,
        ):
            self.combo.addItem(text, key)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        today = local_today(clock(), None)
        self.range = _RangeEdits(self, layout, today)
        self._shown: Period | None = None
        self.combo.setCurrentIndex(self.PRESETS.index(preset))
        self._on_combo_changed()
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.range.from_edit.dateChanged.connect(self._on_range_changed)
        self.range.to_edit.dateChanged.connect(self._on_range_changed)

    def preset(self) -> str:
        """The chosen preset key (see :attr:`PRESETS`)."""
        return str(self.combo.currentData())

    def set_preset(self, key: str) -> None:
        """Choose a preset (emits :attr:`changed` when it differs)."""
        self.combo.setCurrentIndex(self.PRESETS.index(key))

    def set_range(self, first: date, last: date) -> None:
        """Choose the custom range ``first`` … ``last``."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.PRESETS.index("custom"))
        self.combo.blockSignals(False)
        self.range.set_visible(True)
        self.range.set_range(first, last)
        self._shown = self.period()
        self.changed.emit()

    def period(self) -> Period:
        """The chosen period, as of the shop's clock now."""
        key, now = self.preset(), self._clock()
        if key == "today":
            return period_containing(now, "day")
        if key == "week":
            return period_containing(now, "week")
        if key == "month":
            return period_containing(now, "month")
        if key == "last7":
            return last_days(now, 7)
        if key == "last30":
            return last_days(now, 30)
        return days_period(*self.range.days())

    def _on_combo_changed(self, *_args: object) -> None:
        custom = self.preset() == "custom"
        if custom and self._shown is not None:  # start from the period shown before
            self.range.set_range(self._shown.first_day, self._shown.last_day)
        self.range.set_visible(custom)
        self._shown = self.period()
        self.changed.emit()

    def _on_range_changed(self, *_args: object) -> None:
        if self.preset() == "custom":
            self._shown = self.period()
            self.changed.emit()


class ReportPeriodBar(QWidget):
    """The day, week or month containing a date, or a custom range; shows the period's
    dates beside the choice."""

    changed = Signal()
    GRAINS = ("day", "week", "month", "custom")

    def __init__(self, clock: Clock, parent: QWidget | None = None, grain: str = "month"):
        super().__init__(parent)
        self._clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("P&eriod:"), self)
        self.grain_combo = QComboBox(self)
        self.grain_combo.setObjectName("reportGrain")
        label.setBuddy(self.grain_combo)
        for key, text in zip(
            self.GRAINS,
            (self.tr("Day"), self.tr("Week"), self.tr("Month"), self.tr("Custom range")),
            strict=True,
        ):
            self.grain_combo.addItem(text, key)
        layout.addWidget(label)
        layout.addWidget(self.grain_combo)
        today = local_today(clock(), None)
        self.day_edit = _date_edit(self, today)
        self.day_edit.setToolTip(self.tr("Any day of the day, week or month to report"))
        layout.addWidget(self.day_edit)
        self.range = _RangeEdits(self, layout, today)
        self.span_label = QLabel(self)
        self.span_label.setObjectName("reportSpan")
        layout.addWidget(self.span_label)
        self._shown: Period | None = None
        self.grain_combo.setCurrentIndex(self.GRAINS.index(grain))
        self._on_grain_changed()
        self.grain_combo.currentIndexChanged.connect(self._on_grain_changed)
        self.day_edit.dateChanged.connect(self._on_dates_changed)
        self.range.from_edit.dateChanged.connect(self._on_dates_changed)
        self.range.to_edit.dateChanged.connect(self._on_dates_changed)

    def grain(self) -> str:
        """``day``, ``week``, ``month`` or ``custom``."""
        return str(self.grain_combo.currentData())

    def set_grain(self, grain: str, day: date | None = None) -> None:
        """Choose the grain (and the date in it)."""
        if day is not None:
            self.day_edit.setDate(to_qdate(day))
        self.grain_combo.setCurrentIndex(self.GRAINS.index(grain))

    def set_range(self, first: date, last: date) -> None:
        """Choose the custom range ``first`` … ``last``."""
        self.grain_combo.setCurrentIndex(self.GRAINS.index("custom"))
        self.range.set_range(first, last)
        self._on_dates_changed()

    def period(self) -> Period:
        """The chosen period."""
        grain = self.grain()
        if grain == "custom":
            return days_period(*self.range.days())
        day = from_qdate(self.day_edit.date())
        moment = datetime(day.year, day.month, day.day, 12).astimezone()
        return period_containing(moment, grain)  # type: ignore[arg-type]

    def _on_grain_changed(self, *_args: object) -> None:
        grain = self.grain()
        custom = grain == "custom"
        if custom and self._shown is not None:  # start from the period shown before
            self.range.set_range(self._shown.first_day, self._shown.last_day)
        self.day_edit.setVisible(not custom)
        self.day_edit.setDisplayFormat("yyyy-MM" if grain == "month" else "yyyy-MM-dd")
        self.range.set_visible(custom)
        self._on_dates_changed()

    def _on_dates_changed(self, *_args: object) -> None:
        self._shown = self.period()
        self.span_label.setText(self._shown.label)
        self.changed.emit()
