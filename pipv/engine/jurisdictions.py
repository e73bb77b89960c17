"""The jurisdiction table: each state's and city's agency, charge period and holidays.

The periods live in ``jurisdictions.toml`` beside this module, so that a legal clinic can keep
them current without reading Python. The file is read and checked once; any problem (a missing
state, a period pipv cannot count, a verified entry without the day it was read) raises
``JurisdictionTableInvalid`` naming the entry, and Django refuses to start (``pipv.core``'s
system check) as does ``make test``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import calendar
from .calendar import add_days, add_months, add_years

TABLE_PATH = Path(__file__).with_name("jurisdictions.toml")

# Every state, DC and Puerto Rico must have an entry; the other territories may.
REQUIRED = tuple(
    (
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
    ).split()
)
OPTIONAL = ("GU", "VI", "MP", "AS")

VERIFIED = "verified"
NEEDS_CONFIRMATION = "needs_confirmation"
STATUSES = (VERIFIED, NEEDS_CONFIRMATION)
NO_AGENCY = "none"


class JurisdictionTableInvalid(ValueError):
    """The table has problems; ``problems`` names each entry and what is wrong with it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"jurisdictions.toml has {len(problems)} problem(s):\n  " + "\n  ".join(problems)
        )


@dataclass(frozen=True)
class Period:
    count: int
    unit: str  # "days", "months" or "years"

    def after(self, day: date) -> date:
        """The last day of the period that starts the day after ``day`` (calendar months)."""
        if self.unit == "days":
            return add_days(day, self.count)
        if self.unit == "months":
            return add_months(day, self.count)
        return add_years(day, self.count)

    def __str__(self) -> str:
        unit = self.unit[:-1] if self.count == 1 else self.unit
        return f"{self.count} {unit}"


@dataclass(frozen=True)
class Jurisdiction:
    """One state's (or city's) agency for private-sector discrimination and retaliation charges."""

    code: str
    name: str
    agency: str | None  # None: no agency takes charges against private employers
    charge_period: Period | None
    earlier_period: Period | None
    changed_on: date | None  # acts before this day keep ``earlier_period``
    eeoc_300: bool
    sue_after_notice: Period | None
    sue_status: str
    citation: str
    source_url: str
    status: str
    verified_on: date | None
    as_of: date
    note: str
    holidays: str  # the ``holidays`` package's subdivision for the state's legal holidays
    holidays_note: str
    rule_id: str
    state: str  # the state itself, or the state a city is in
    cities: tuple[str, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.status != VERIFIED

    def period_for(self, act: date) -> Period | None:
        """The period that applies to an act on ``act``: the earlier one before a change."""
        if self.earlier_period is not None and self.changed_on and act < self.changed_on:
            return self.earlier_period
        return self.charge_period

    def charge_deadline(self, act: date) -> date | None:
        """The last day counted by the period, before any weekend or holiday move."""
        period = self.period_for(act)
        return None if period is None else period.after(act)

    def is_business_day(self, day: date) -> bool:
        return calendar.is_business_day(day, self.holidays)

    def roll_forward(self, day: date) -> date:
        """The same day if it is a business day in this state, else the next one."""
        return calendar.roll_forward(day, self.holidays)


@dataclass(frozen=True)
class Table:
    states: Mapping[str, Jurisdiction]
    local: Mapping[str, Jurisdiction]

    def state(self, code: str) -> Jurisdiction | None:
        return self.states.get(code)

    def local_agency(self, state: str, city: str | None) -> Jurisdiction | None:
        """The local agency for a city in ``state``; case, spaces and dots do not matter, nor
        the work state or a ZIP code written after the city ("Evanston, IL 60201")."""
        if not city:
            return None
        entry_of_state = self.states.get(state)
        state_names = {state} | ({entry_of_state.name} if entry_of_state else set())
        wanted = _without_address_tail(_city_key(city), {_city_key(n) for n in state_names})
        for entry in self.local.values():
            if entry.state == state and wanted in {_city_key(c) for c in entry.cities}:
                return entry
        return None


def _city_key(city: str) -> str:
    return " ".join(re.sub(r"[.,]", " ", city).casefold().split())


_ZIP = re.compile(r" \d{5}(?:-\d{4})?$")


def _without_address_tail(key: str, state_names: set[str]) -> str:
    """``key`` without a trailing ZIP code, then without a trailing name of the work state."""
    key = _ZIP.sub("", key)
    for name in sorted(state_names, key=len, reverse=True):
        if key.endswith(" " + name):
            return key.removesuffix(" " + name)
    return key


def parse(text: str) -> Table:
    """The table from TOML text, every entry checked; ``JurisdictionTableInvalid`` otherwise."""
    from .jurisdiction_reader import read_table  # the reader builds this module's types

    return read_table(text)


@lru_cache(maxsize=1)
def table() -> Table:
    """The installed table, read and checked on first use."""
    return parse(TABLE_PATH.read_text(encoding="utf-8"))


def state(code: str) -> Jurisdiction | None:
    return table().state(code)


def local_agency(state_code: str, city: str | None) -> Jurisdiction | None:
    return table().local_agency(state_code, city)
