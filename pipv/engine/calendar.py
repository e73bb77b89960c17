"""Dates: business days (weekends and US federal holidays as observed) and calendar months.

Agency deadlines that land on a weekend or holiday move to the next business day;
the Pivot decision window counts business days with the meeting day not counted.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _federal_holidays(year: int) -> frozenset[date]:
    # The "US" calendar without a subdivision is the federal one, with the observed
    # weekday when a holiday falls on a weekend (e.g. 2026-07-03 for July 4th).
    return frozenset(holidays.country_holidays("US", years=year, observed=True).keys())


def is_federal_holiday(day: date) -> bool:
    return day in _federal_holidays(day.year)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and not is_federal_holiday(day)


def roll_forward(day: date) -> date:
    """The same day if it is a business day, else the next business day."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(start: date, count: int) -> date:
    """The date ``count`` business days after ``start``; ``start`` itself is not counted.

    The result is always a business day: with ``count`` 0 it is ``start`` if that is a
    business day, else the next one (a choice due "the same day" as a Saturday meeting is
    due on Monday).
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if count == 0:
        return roll_forward(start)
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


def add_days(start: date, count: int) -> date:
    return start + timedelta(days=count)


def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's end (Jan 31 + 1 month = Feb 28 or 29)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)
