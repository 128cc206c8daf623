"""Report periods in the shop's local time (RPT-1, RPT-2).

Orders and moves are stored in UTC; "today", days, weeks and months are the shop's
local calendar.  The shop has no time-zone setting (documents and labels print in this
computer's zone too), so every period carries a ``tz``: a ``tzinfo`` (e.g.
``ZoneInfo("Asia/Shanghai")``) or ``None`` for this computer's local zone, daylight
saving included (the conversion goes through the operating system, like
``datetime.astimezone()``).

A :class:`Period` is a run of whole local days, ``first_day`` to ``last_day`` inclusive;
:attr:`Period.start` and :attr:`Period.end` are the UTC instants of its first midnight and
of the midnight after its last day (end exclusive).  Weeks start on Monday (ISO 8601).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

Grain = Literal["day", "week", "month"]
MAX_DAYS = 3660  # ten years: longer reports are refused with a message
HOURLY_UP_TO = 1  # days: a one-day period is charted by hour
DAILY_UP_TO = 92  # days: up to a quarter, by day; then by week up to two years
WEEKLY_UP_TO = 731


def local_datetime(value: datetime, tz: tzinfo | None) -> datetime:
    """``value`` (aware) as wall-clock time in ``tz`` (``None``: this computer's zone)."""
    return value.astimezone(tz) if tz is not None else value.astimezone()


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The UTC instant at which ``day`` begins in ``tz`` (``None``: this computer's zone)."""
    if tz is None:
        return datetime.combine(day, time(0)).astimezone().astimezone(UTC)
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def local_today(now: datetime, tz: tzinfo | None) -> date:
    """The local calendar day of the instant ``now``."""
    return local_datetime(now, tz).date()


@dataclass(frozen=True)
class Bucket:
    """One point of a chart's time axis: ``label`` (``"08-03"``, ``"09:00"``, ``"2026-08"``)
    and its UTC interval ``[start, end)``."""

    label: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Period:
    """Whole local days ``first_day`` … ``last_day`` (inclusive) in ``tz``.

    Guarantees ``first_day <= last_day`` and at most :data:`MAX_DAYS` days (otherwise
    :class:`InvalidInput` naming the field ``period``)."""

    first_day: date
    last_day: date
    tz: tzinfo | None = None

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The report period must not end ({last}) before it starts ({first})."
                ),
                first=self.first_day.isoformat(),
                last=self.last_day.isoformat(),
                field="period",
            )
        if self.days > MAX_DAYS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A report period may cover at most {limit} days; {days} were asked."
                ),
                limit=MAX_DAYS,
                days=self.days,
                field="period",
            )

    @property
    def days(self) -> int:
        """How many local days the period has."""
        return (self.last_day - self.first_day).days + 1

    @property
    def start(self) -> datetime:
        """UTC instant of the first day's local midnight (inclusive)."""
        return local_midnight(self.first_day, self.tz)

    @property
    def end(self) -> datetime:
        """UTC instant of the local midnight after the last day (exclusive)."""
        return local_midnight(self.last_day + timedelta(days=1), self.tz)

    @property
    def label(self) -> str:
        """``2026-08-03`` (a day), ``2026-08`` (a calendar month) or
        ``2026-08-03 – 2026-08-09`` (anything else); the same in every language."""
        if self.days == 1:
            return self.first_day.isoformat()
        month_end = calendar.monthrange(self.first_day.year, self.first_day.month)[1]
        if self.first_day.day == 1 and self.last_day == self.first_day.replace(day=month_end):
            return f"{self.first_day.year:04d}-{self.first_day.month:02d}"
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"

    def previous(self) -> Period:
        """The period of equal length (in local days) that ends where this one starts:
        the day before, the week before, the 31 days before August (July), the 31 days
        before March (29 January – 28 February)."""
        return Period(
            self.first_day - timedelta(days=self.days),
            self.first_day - timedelta(days=1),
            self.tz,
        )

    def contains(self, instant: datetime) -> bool:
        """Whether the instant falls in the period."""
        return self.start <= instant < self.end

    def buckets(self) -> tuple[Bucket, ...]:
        """The chart axis: hours for one day, days up to 92 days, weeks (Monday to
        Sunday, clipped to the period) up to two years, months beyond.  Buckets cover
        the period exactly, in order, without gaps or overlaps."""
        if self.days <= HOURLY_UP_TO:
            return self._hours()
        if self.days <= DAILY_UP_TO:
            return self._runs(lambda d: d + timedelta(days=1), self._day_label)
        if self.days <= WEEKLY_UP_TO:
            return self._runs(lambda d: d + timedelta(days=7 - d.weekday()), self._day_label)
        return self._runs(_next_month_start, lambda d: f"{d.year:04d}-{d.month:02d}")

    def _day_label(self, day: date) -> str:
        if self.first_day.year == self.last_day.year:
            return f"{day.month:02d}-{day.day:02d}"
        return day.isoformat()

    def _hours(self) -> tuple[Bucket, ...]:
        out: list[Bucket] = []
        at, end = self.start, self.end
        while at < end:
            nxt = min(at + timedelta(hours=1), end)
            out.append(Bucket(local_datetime(at, self.tz).strftime("%H:%M"), at, nxt))
            at = nxt
        return tuple(out)

    def _runs(
        self, step: Callable[[date], date], label: Callable[[date], str]
    ) -> tuple[Bucket, ...]:
        out: list[Bucket] = []
        day = self.first_day
        after_last = self.last_day + timedelta(days=1)
        while day < after_last:
            nxt = min(step(day), after_last)
            out.append(
                Bucket(label(day), local_midnight(day, self.tz), local_midnight(nxt, self.tz))
            )
            day = nxt
        return tuple(out)


def _next_month_start(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def day_period(day: date, tz: tzinfo | None = None) -> Period:
    """One local day."""
    return Period(day, day, tz)


def week_period(day: date, tz: tzinfo | None = None) -> Period:
    """The ISO week (Monday to Sunday) that contains ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), tz)


def month_period(year: int, month: int, tz: tzinfo | None = None) -> Period:
    """A calendar month."""
    if not 1 <= month <= 12:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no month {month}."), month=month, field="period"
        )
    first = date(year, month, 1)
    return Period(first, first.replace(day=calendar.monthrange(year, month)[1]), tz)


def days_period(first_day: date, last_day: date, tz: tzinfo | None = None) -> Period:
    """Any run of whole days, both ends included (checked as :class:`Period` says)."""
    return Period(first_day, last_day, tz)


def period_containing(now: datetime, grain: Grain, tz: tzinfo | None = None) -> Period:
    """The local day, week or month that contains the instant ``now`` (e.g. "this
    month" with ``ctx.clock()``), whole: it runs to its end, past ``now``."""
    today = local_today(now, tz)
    if grain == "day":
        return day_period(today, tz)
    if grain == "week":
        return week_period(today, tz)
    if grain == "month":
        return month_period(today.year, today.month, tz)
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Unknown report period “{grain}”."), grain=grain, field="period"
    )


def last_days(now: datetime, days: int, tz: tzinfo | None = None) -> Period:
    """The ``days`` local days ending with today (today included)."""
    today = local_today(now, tz)
    return Period(today - timedelta(days=days - 1), today, tz)
