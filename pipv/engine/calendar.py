"""Dates: business days (weekends and US holidays as observed) and calendar months.

A federal rule counts federal holidays; a state's rule counts that state's own legal
holidays (Washington keeps no Columbus Day, RCW 1.16.050), so ``calendar`` is "US" for the
federal list or a state's code. The Pivot decision window counts federal business days with
the meeting day not counted.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.easter import easter


@lru_cache(maxsize=64)
def _federal_holidays(year: int) -> frozenset[date]:
    # The "US" calendar without a subdivision is the federal one, with the observed
    # weekday when a holiday falls on a weekend (e.g. 2026-07-03 for July 4th).
    return frozenset(holidays.country_holidays("US", years=year, observed=True).keys())


FEDERAL = "US"
# Weekdays only: an employer's own working days, whose holidays nobody publishes. Counting a
# holiday as a working day gives the earliest day the employer's count can end on.
WEEKDAYS = "weekdays"


JUNETEENTH = "Juneteenth National Independence Day"

# Days the package lists for a state on which a deadline there does not move: optional or
# commemorative days, when offices stay open. Where a day's effect is in doubt it is left out,
# so the next business day shown is never later than the one the law gives.
NOT_DEADLINE_HOLIDAYS: dict[str, frozenset[str]] = {
    # Tex. Gov't Code 662.003(c), 662.013: optional holidays, worked in place of another;
    # 662.004(a): on the other state holidays agencies stay open to conduct their business
    # (Juneteenth is Texas's Emancipation Day, 662.003(b)(4)).
    "TX": frozenset(
        {
            "Good Friday",
            "Cesar Chavez Day",
            "Confederate Memorial Day",
            "Texas Independence Day",
            "San Jacinto Day",
            "Emancipation Day In Texas",
            JUNETEENTH,
            "Lyndon Baines Johnson Day",
        }
    ),
    # Cal. Code Civ. Proc. 12a, 135: only judicial holidays move a deadline; Gov. Code 6700
    # has no Susan B. Anthony Day, and CCP 135 leaves out Diwali (Stats. 2025, ch. 358).
    "CA": frozenset({"Susan B. Anthony Day", "Diwali"}),
    # N.Y. Gen. Constr. Law 24, 25-a: its public holidays have no Susan B. Anthony Day.
    "NY": frozenset({"Susan B. Anthony Day"}),
    # Fla. Stat. 110.117(1): the paid holidays, the days state offices close, have neither.
    # Juneteenth is no legal holiday of 683.01 but an observance (683.21); Susan B. Anthony's
    # Birthday is one of 683.01(1)(f), but offices stay open on it.
    "FL": frozenset({"Susan B. Anthony Day", JUNETEENTH}),
    # Wis. Stat. 230.35(4)(a): state offices stay open on every day but Saturdays, Sundays and
    # nine holidays (New Year's Day, the 3rd Monday in January, Memorial Day, July 4, Labor
    # Day, Thanksgiving, December 24, 25 and 31), so the other days the package lists close
    # none of them.
    "WI": frozenset(
        {
            "Susan B. Anthony Day",
            "Washington's Birthday",
            JUNETEENTH,
            "Veterans Day",
        }
    ),
    # N.J.S.A. 36:1-1(d): state offices open on Lincoln's Birthday. Their Juneteenth is the
    # third Friday in June (11A:6-24.1(a)(6)), added below; June 19 itself closes none.
    "NJ": frozenset({"Lincoln's Birthday", JUNETEENTH}),
    # Iowa Code 1C.2(1): state offices close on nine paid holidays only. Lincoln's and
    # Washington's Birthdays are legal holidays of 1C.1 but offices stay open, and Juneteenth
    # is a day of recognition (1C.14); whether a deadline moves off them is in doubt.
    "IA": frozenset(
        {
            "Lincoln's Birthday",
            "Washington's Birthday",
            JUNETEENTH,
        }
    ),
    # The package lists Juneteenth for every state from 2021, as the federal list does. These
    # states' own lists of legal holidays, and of the days their offices close, do not name it
    # (a governor may proclaim it for one year; no later year is assumed):
    # AS 44.12.010(a), which has no Indigenous Peoples' Day either.
    "AK": frozenset({JUNETEENTH, "Indigenous Peoples' Day"}),
    "AZ": frozenset({JUNETEENTH}),  # A.R.S. 1-301(A)
    "HI": frozenset({JUNETEENTH}),  # HRS 8-1
    "IN": frozenset({JUNETEENTH}),  # IC 1-1-9-1(a)
    # K.S.A. 35-107(a); K.A.R. 1-9-2: offices close on Christmas Eve only in a year the
    # governor designates it.
    "KS": frozenset({JUNETEENTH, "Christmas Eve"}),
    # KRS 2.110(1), 18A.190(1): Good Friday closes offices for half a day only, and the day
    # added to New Year's Day is the governor's to choose.
    "KY": frozenset({JUNETEENTH, "Good Friday", "New Year's Eve"}),
    "MT": frozenset({JUNETEENTH}),  # MCA 1-1-216(1)
    "ND": frozenset({JUNETEENTH}),  # NDCC 1-03-01
    # RSA 288:1 names neither Juneteenth (an observance, RSA 4:13-aa) nor the day after
    # Thanksgiving.
    "NH": frozenset({JUNETEENTH, "Day After Thanksgiving"}),
    "OK": frozenset({JUNETEENTH}),  # 25 O.S. 82.1(A)
    "SC": frozenset({JUNETEENTH}),  # S.C. Code 53-5-10
    "WV": frozenset({JUNETEENTH}),  # W. Va. Code 2-2-1(a)
    "WY": frozenset({JUNETEENTH}),  # W.S. 8-4-101(a); 8-4-107(c) closes no office
    # 1 V.S.A. 371(b) leaves the closing of state offices on a legal holiday to collective
    # bargaining, and they stayed open on Juneteenth; whether a deadline moves is in doubt.
    "VT": frozenset({JUNETEENTH}),
    # NMSA 12-5-2 names no Juneteenth; 12-5-14 commemorates it on the third Saturday in June.
    "NM": frozenset({JUNETEENTH}),
    # C.R.S. 24-11-112: a state employee may take Cesar Chavez Day in lieu of another holiday,
    # and offices stay open; it is no legal holiday of 24-11-101.
    "CO": frozenset({"Cesar Chavez Day"}),
    # La. R.S. 1:55 keeps New Year's Day, Independence Day and Christmas on the Friday before
    # or the Monday after a weekend, and no other holiday: a moved Veterans Day or Juneteenth
    # ("(observed)") closes nothing.
    "LA": frozenset({"Veterans Day (observed)", JUNETEENTH + " (observed)"}),
    # Idaho Code 73-108 names no Juneteenth (a governor's proclamation for one year is not
    # assumed for the next).
    "ID": frozenset({JUNETEENTH}),
}


# Days the package lists in more years than the state's law keeps them: the first and last
# year the state's day falls where the package puts it; outside them a deadline there does
# not move. California's courts first closed for Juneteenth in 2023, when AB 1655 (Stats.
# 2022) added it to Gov. Code 6700 and so to CCP 135; the package has it from 2021, as the
# federal list does. Utah keeps Juneteenth on a Monday from 2025 (added below).
KEPT_YEARS: dict[str, dict[str, tuple[int, int]]] = {
    "CA": {JUNETEENTH: (2023, 9999)},
    "UT": {JUNETEENTH: (1, 2024)},
    # A Rhode Island holiday from 2024 (2023-S 0444A, 2023-H 5380A).
    "RI": {JUNETEENTH: (2024, 9999)},
}


MONDAY = 0
SATURDAY = 5
SUNDAY = 6


def _lincoln_day(year: int) -> date:
    # Gov. Code 6701: kept the Monday after when it falls on a Sunday; CCP 135 leaves a
    # Saturday's to the Judicial Council, so none is assumed.
    day = date(year, 2, 12)
    return day + timedelta(days=1) if day.weekday() == SUNDAY else day


def _weekdays_of(year: int, month: int, weekday: int) -> list[date]:
    """Every ``weekday`` (the calendar module's: MONDAY 0 … SUNDAY 6) of a month, in order."""
    weeks = _stdlib_calendar.monthcalendar(year, month)
    return [date(year, month, week[weekday]) for week in weeks if week[weekday]]


def _native_american_day(year: int) -> date:
    return _weekdays_of(year, 9, _stdlib_calendar.FRIDAY)[3]


def _third_friday_of_june(year: int) -> date:
    return _weekdays_of(year, 6, _stdlib_calendar.FRIDAY)[2]


def _good_friday(year: int) -> date:
    return easter(year) - timedelta(days=2)


def _day_after_thanksgiving(year: int) -> date:
    return _weekdays_of(year, 11, _stdlib_calendar.THURSDAY)[3] + timedelta(days=1)


def _monday_after_a_saturday(month: int, day: int) -> Callable[[int], date | None]:
    def kept(year: int) -> date | None:
        holiday = date(year, month, day)
        return holiday + timedelta(days=2) if holiday.weekday() == SATURDAY else None

    return kept


def _utah_juneteenth(year: int) -> date:
    # Utah Code 63G-1-301(2)(c)-(d): the Monday before June 19 when it falls on a Tuesday to
    # Friday, the Monday after when it falls on a weekend, else June 19, a Monday.
    day = date(year, 6, 19)
    if day.weekday() >= 5:
        return day + timedelta(days=7 - day.weekday())
    return day - timedelta(days=day.weekday())


# Holidays a state's law adds to the package's list for that state, which holds the days its
# offices close. Cal. Code Civ. Proc. 135 makes every full-day holiday of Gov. Code 6700 a
# judicial holiday, save the few it names. So Lincoln Day (Feb. 12) is one, and so is Native
# American Day (the fourth Friday in September) since AB 855 (Stats. 2021, ch. 283) took it
# off the list of exceptions in 2022.
# New Jersey's state offices close for Juneteenth on the third Friday in June (N.J.S.A.
# 11A:6-24.1(a)(6)); counted from 2024, the first year a public source here shows it kept.
# Utah's Juneteenth is a Monday from 2025 (Utah Code 63G-1-301(2)(c)-(d), May 7, 2025).
# Rhode Island's state employees keep New Year's Day, Independence Day, Veterans Day and
# Christmas on the Monday after when they fall on a Saturday (R.I. Gen. Laws 25-1-1).
ADDED_HOLIDAYS: dict[str, tuple[tuple[Callable[[int], date | None], int], ...]] = {
    "CA": ((_lincoln_day, 1), (_native_american_day, 2022)),
    "NJ": ((_third_friday_of_june, 2024),),
    "UT": ((_utah_juneteenth, 2025),),
    # Holidays the state's statute names that the package leaves out: Good Friday in Hawaii
    # (HRS 8-1) and North Dakota (NDCC 1-03-01(5)); Lincoln's Birthday in Missouri (RSMo 9.010,
    # which moves a Sunday's to the Monday only, as _lincoln_day does); Nebraska's day after
    # Thanksgiving.
    "HI": ((_good_friday, 1),),
    "ND": ((_good_friday, 1),),
    "MO": ((_lincoln_day, 1),),
    # Neb. Rev. Stat. 25-2221: the day after Thanksgiving.
    "NE": ((_day_after_thanksgiving, 1),),
    "RI": tuple(
        (_monday_after_a_saturday(m, d), 1) for m, d in ((1, 1), (7, 4), (11, 11), (12, 25))
    ),
}

# Where a state's law moves fewer weekend holidays than the package does (Saturday's to the
# Friday before, Sunday's to the Monday after), the weekdays on which it keeps a moved one.
# Keeping the others would show a deadline accepted later than the law allows.
MOVED_HOLIDAYS_KEPT_ON: dict[str, frozenset[int]] = {
    # N.Y. Gen. Constr. Law 24: a public holiday on a Sunday is kept the next day; one on a
    # Saturday is not moved.
    "NY": frozenset({MONDAY}),
    # 5 ILCS 490/60 moves a holiday off a Sunday only, and 5 ILCS 70/1.11 skips only the
    # holidays a statute fixes.
    "IL": frozenset({MONDAY}),
    # Tex. Gov't Code 662.003 fixes each holiday to its day, and one on a Saturday or Sunday
    # is not observed on another (662.004(b), 662.006(a)).
    "TX": frozenset(),
    # Wis. Stat. 230.35(4)(a)10: offices close the day after January 1, July 4 or December
    # 25 when it falls on a Sunday; a Saturday's is not moved to the Friday.
    "WI": frozenset({MONDAY}),
    # W.S. 8-4-101(b): New Year's Day, Independence Day, Christmas Day or Veterans Day on a
    # Sunday is kept the Monday after; nothing moves a Saturday's.
    "WY": frozenset({MONDAY}),
    # R.I. Gen. Laws 25-1-1: a Sunday's is kept the Monday after, and a Saturday's too (added
    # above), never on the Friday before.
    "RI": frozenset({MONDAY}),
    # RSMo 9.010 and MCL 435.102 keep a holiday falling on a Sunday on the Monday after, and
    # move none off a Saturday.
    "MO": frozenset({MONDAY}),
    "MI": frozenset({MONDAY}),
}
EVERY_WEEKDAY = frozenset(range(5))


@lru_cache(maxsize=256)
def _state_holidays(year: int, state: str) -> frozenset[date]:
    # The package's US subdivision is the state's own list (with the federal holidays the
    # state also keeps): for WA it has no Columbus Day, for MA it has Patriots' Day.
    listed = holidays.US(subdiv=state, years=year, observed=True)
    not_kept = {
        name
        for name, (first, last) in KEPT_YEARS.get(state, {}).items()
        if not first <= year <= last
    }
    left_out = NOT_DEADLINE_HOLIDAYS.get(state, frozenset()) | not_kept
    kept_on = MOVED_HOLIDAYS_KEPT_ON.get(state, EVERY_WEEKDAY)
    added = {
        day
        for day_of, since in ADDED_HOLIDAYS.get(state, ())
        if year >= since and (day := day_of(year)) is not None
    }
    return (
        frozenset(
            day
            for day, names in listed.items()
            if not _only(names, left_out, moved_kept=day.weekday() in kept_on)
        )
        | added
    )


def _only(names: str, left_out: frozenset[str], *, moved_kept: bool = True) -> bool:
    """Every holiday on the day (the package joins them with "; ") is one left out, or one
    moved there from a weekend ("(observed)") where the state keeps no moved holiday. A name
    left out with its "(observed)" leaves out only the day it was moved to."""
    return all(
        (name.endswith(" (observed)") and not moved_kept)
        or name in left_out
        or name.removesuffix(" (observed)") in left_out
        for name in names.split("; ")
    )


def is_federal_holiday(day: date) -> bool:
    return day in _federal_holidays(day.year)


def either(*calendars: str) -> str:
    """A calendar whose holidays are those of every one of ``calendars``: "US+WA"."""
    return "+".join(calendars)


def is_holiday(day: date, calendar: str = FEDERAL) -> bool:
    """A holiday on ``calendar``: "US" for the federal list, a state's code for its own, or
    several joined by ``either``."""
    if "+" in calendar:
        return any(is_holiday(day, one) for one in calendar.split("+"))
    if calendar == FEDERAL:
        return is_federal_holiday(day)
    if calendar == WEEKDAYS:
        return False
    return day in _state_holidays(day.year, calendar)


def is_business_day(day: date, calendar: str = FEDERAL) -> bool:
    return day.weekday() < 5 and not is_holiday(day, calendar)


def roll_forward(day: date, calendar: str = FEDERAL) -> date:
    """The same day if it is a business day on ``calendar``, else the next business day."""
    while not is_business_day(day, calendar):
        day += timedelta(days=1)
    return day


def add_business_days(start: date, count: int, calendar: str = FEDERAL) -> date:
    """The date ``count`` business days on ``calendar`` after ``start``; ``start`` itself is
    not counted.

    The result is always a business day: with ``count`` 0 it is ``start`` if that is a
    business day, else the next one (a choice due "the same day" as a Saturday meeting is
    due on Monday).
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if count == 0:
        return roll_forward(start, calendar)
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, calendar):
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
