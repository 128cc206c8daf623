"""Report periods in local time (RPT-1, RPT-2): days, weeks, months, the period before,
chart buckets, daylight saving and this computer's zone.  No database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import pairwise

import pytest

from merchant_app.errors import InvalidInput
from merchant_app.services.report_periods import (
    MAX_DAYS,
    Period,
    day_period,
    days_period,
    last_days,
    month_period,
    period_containing,
    week_period,
)

CN = timezone(timedelta(hours=8))


def covers_exactly(period: Period) -> None:
    buckets = period.buckets()
    assert buckets[0].start == period.start and buckets[-1].end == period.end
    for a, b in pairwise(buckets):
        assert a.end == b.start and a.start < a.end


def test_days_weeks_and_months_in_local_time() -> None:
    week = week_period(date(2026, 1, 7), CN)  # a Wednesday
    assert (week.first_day, week.last_day, week.days) == (date(2026, 1, 5), date(2026, 1, 11), 7)
    assert week.start == datetime(2026, 1, 4, 16, tzinfo=UTC)  # local midnight in UTC
    assert week.end == datetime(2026, 1, 11, 16, tzinfo=UTC)
    assert week.label == "2026-01-05 – 2026-01-11"
    assert day_period(date(2026, 1, 5), CN).label == "2026-01-05"
    assert month_period(2026, 8, CN).label == "2026-08"
    assert month_period(2026, 2, CN).days == 28
    assert week.contains(week.start) and not week.contains(week.end)


def test_the_period_before_has_the_same_number_of_days() -> None:
    assert week_period(date(2026, 1, 7)).previous() == week_period(date(2025, 12, 31))
    march = month_period(2026, 3, CN).previous()
    assert (march.first_day, march.last_day) == (date(2026, 1, 29), date(2026, 2, 28))
    assert month_period(2026, 8, CN).previous() == month_period(2026, 7, CN)
    assert day_period(date(2026, 3, 1)).previous() == day_period(date(2026, 2, 28))


def test_chart_buckets_cover_the_period_without_gaps() -> None:
    day = day_period(date(2026, 1, 5), CN)
    assert len(day.buckets()) == 24 and day.buckets()[0].label == "00:00"
    week = week_period(date(2026, 1, 5), CN)
    assert [b.label for b in week.buckets()] == [f"01-{d:02d}" for d in range(5, 12)]
    quarter_plus = days_period(date(2026, 1, 7), date(2026, 5, 31), CN)  # 145 days: weeks
    weeks = quarter_plus.buckets()
    assert weeks[0].label == "01-07" and weeks[1].label == "01-12"  # clipped, then Mondays
    assert (weeks[0].end - weeks[0].start) == timedelta(days=5)
    years = days_period(date(2024, 12, 15), date(2026, 12, 31), CN)  # months, across years
    assert [b.label for b in years.buckets()[:3]] == ["2024-12", "2025-01", "2025-02"]
    across = days_period(date(2025, 12, 30), date(2026, 1, 2), CN)
    assert [b.label for b in across.buckets()] == [
        "2025-12-30",
        "2025-12-31",
        "2026-01-01",
        "2026-01-02",
    ]
    for period in (day, week, quarter_plus, years, across):
        covers_exactly(period)


def test_daylight_saving_days_are_23_and_25_hours_long() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        london = zoneinfo.ZoneInfo("Europe/London")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database")
    spring = day_period(date(2026, 3, 29), london)
    autumn = day_period(date(2026, 10, 25), london)
    assert spring.end - spring.start == timedelta(hours=23)
    assert autumn.end - autumn.start == timedelta(hours=25)
    assert len(spring.buckets()) == 23 and len(autumn.buckets()) == 25
    covers_exactly(spring)
    march = month_period(2026, 3, london)
    assert march.start == datetime(2026, 3, 1, tzinfo=UTC)
    assert march.end == datetime(2026, 3, 31, 23, tzinfo=UTC)  # April starts in summer time
    covers_exactly(march)


def test_without_a_zone_this_computers_local_time_is_used() -> None:
    day = day_period(date(2026, 6, 1))
    assert day.start == datetime.combine(date(2026, 6, 1), time(0)).astimezone().astimezone(UTC)
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert period_containing(now, "day").first_day == now.astimezone().date()


def test_the_period_containing_an_instant_and_the_last_days() -> None:
    late = datetime(2026, 1, 31, 20, tzinfo=UTC)  # already 1 February in UTC+8
    assert period_containing(late, "month", CN) == month_period(2026, 2, CN)
    assert period_containing(late, "week", CN) == week_period(date(2026, 2, 1), CN)
    assert period_containing(late, "day", CN) == day_period(date(2026, 2, 1), CN)
    seven = last_days(late, 7, CN)
    assert (seven.first_day, seven.last_day) == (date(2026, 1, 26), date(2026, 2, 1))


def test_bad_periods_are_refused_with_a_message() -> None:
    with pytest.raises(InvalidInput, match="must not end"):
        days_period(date(2026, 1, 2), date(2026, 1, 1))
    with pytest.raises(InvalidInput, match="at most"):
        days_period(date(2000, 1, 1), date(2000, 1, 1) + timedelta(days=MAX_DAYS))
    with pytest.raises(InvalidInput):
        month_period(2026, 13)
    with pytest.raises(InvalidInput):
        period_containing(datetime(2026, 1, 1, tzinfo=UTC), "year", CN)  # type: ignore[arg-type]
