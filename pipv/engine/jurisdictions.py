"""The jurisdiction table: each state's and city's agency, charge period and holidays.

The periods live in ``jurisdictions.toml`` beside this module, so that a legal clinic can keep
them current without reading Python. The file is read and checked once; any problem (a missing
state, a period pipv cannot count, a verified entry without the day it was read) raises
``JurisdictionTableInvalid`` naming the entry, and Django refuses to start (``pipv.core``'s
system check) as does ``make test``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import holidays

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

UNITS = {"day": "days", "days": "days", "month": "months", "months": "months"}
UNITS |= {"year": "years", "years": "years"}
_PERIOD = re.compile(r"^\s*(\d+)\s+([a-z]+)\s*$")

_COMMON_KEYS = {
    "name",
    "agency",
    "charge_period",
    "earlier_period",
    "changed_on",
    "eeoc_300",
    "sue_after_notice",
    "sue_status",
    "citation",
    "source_url",
    "status",
    "verified_on",
    "as_of",
    "note",
    "holidays",
    "holidays_note",
    "rule",
}
_STATE_KEYS = frozenset(_COMMON_KEYS)
_LOCAL_KEYS = frozenset(_COMMON_KEYS | {"state", "cities"})
_REQUIRED_KEYS = ("name", "agency", "eeoc_300", "citation", "status", "as_of")


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
        return day.weekday() < 5 and day not in _state_holidays(self.holidays, day.year)

    def roll_forward(self, day: date) -> date:
        """The same day if it is a business day in this state, else the next one."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day


@dataclass(frozen=True)
class Table:
    states: Mapping[str, Jurisdiction]
    local: Mapping[str, Jurisdiction]

    def state(self, code: str) -> Jurisdiction | None:
        return self.states.get(code)

    def local_agency(self, state: str, city: str | None) -> Jurisdiction | None:
        """The local agency for a city in ``state``; case, spaces and dots do not matter."""
        if not city:
            return None
        wanted = _city_key(city)
        for entry in self.local.values():
            if entry.state == state and wanted in {_city_key(c) for c in entry.cities}:
                return entry
        return None


@lru_cache(maxsize=256)
def _state_holidays(subdivision: str, year: int) -> frozenset[date]:
    days = holidays.country_holidays("US", subdiv=subdivision, years=year, observed=True)
    return frozenset(days.keys())


def _city_key(city: str) -> str:
    return " ".join(re.sub(r"[.,]", " ", city).casefold().split())


def parse(text: str) -> Table:
    """The table from TOML text, every entry checked; ``JurisdictionTableInvalid`` otherwise."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise JurisdictionTableInvalid([f"not valid TOML: {error}"]) from None
    problems: list[str] = []
    for key in raw:
        if key not in ("states", "local"):
            problems.append(f"{key}: unknown section (expected [states.XX] or [local.XXX])")
    states_raw = raw.get("states", {})
    states = _section("states", states_raw, _STATE_KEYS, _own_state, problems)
    for code in REQUIRED:
        if code not in states_raw:
            problems.append(f"states.{code}: missing (every state, DC and PR needs an entry)")
    local = _section("local", raw.get("local", {}), _LOCAL_KEYS, _city_state, problems)
    if problems:
        raise JurisdictionTableInvalid(problems)
    return Table(MappingProxyType(states), MappingProxyType(local))


class _Fields:
    """Reads one entry's values, noting each problem under the entry's name."""

    def __init__(self, where: str, entry: dict[str, Any]) -> None:
        self.where = where
        self.entry = entry
        self.found: list[str] = []

    def bad(self, message: str) -> None:
        self.found.append(f"{self.where}: {message}")

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.entry.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            self.bad(f"{key} must be {'non-empty ' if required else ''}text")
            return ""
        return value.strip()

    def day(self, key: str) -> date | None:
        value = self.entry.get(key)
        if value is None:
            return None
        # TOML dates are written bare (2026-12-01); a date-time or a quoted string is a mistake.
        if not isinstance(value, date) or hasattr(value, "hour"):
            self.bad(f"{key} must be a date written as YYYY-MM-DD, without quotes")
            return None
        return value

    def period(self, key: str) -> Period | None:
        value = self.entry.get(key)
        if value is None:
            return None
        match = _PERIOD.match(value) if isinstance(value, str) else None
        if not match or match.group(2) not in UNITS or int(match.group(1)) <= 0:
            self.bad(f"{key} {value!r} is not '<n> days', '<n> months' or '<n> years'")
            return None
        return Period(int(match.group(1)), UNITS[match.group(2)])

    def cities(self) -> tuple[str, ...]:
        raw = self.entry.get("cities")
        if (
            not isinstance(raw, list)
            or not raw
            or not all(isinstance(c, str) and c.strip() for c in raw)
        ):
            self.bad("cities must be a non-empty list of names")
            return ()
        return tuple(raw)


def _check_agency(f: _Fields, agency: str | None, eeoc_300: Any) -> None:
    """An entry's agency, its periods and the EEOC's 300 days must agree."""
    entry = f.entry
    if not isinstance(eeoc_300, bool):
        f.bad("eeoc_300 must be true or false")
    if agency is None:
        if "charge_period" in entry or "sue_after_notice" in entry:
            f.bad('an entry with agency = "none" has no charge_period or sue_after_notice')
        if eeoc_300 is True:
            f.bad('eeoc_300 = true needs an agency (agency = "none" means 180 days)')
    elif "charge_period" not in entry:
        f.bad("missing 'charge_period' (or write agency = \"none\")")
    if ("earlier_period" in entry) != ("changed_on" in entry):
        f.bad("earlier_period and changed_on go together")


def _check_status(f: _Fields, status: str, verified_on: date | None, as_of: date | None) -> str:
    """Check the entry's status and its dates; return the status of its time to sue."""
    if status not in STATUSES:
        f.bad(f"status {status!r} must be one of {', '.join(STATUSES)}")
    if status == VERIFIED and verified_on is None:
        f.bad("a verified entry needs verified_on, the day its source was read")
    if verified_on and as_of and verified_on > as_of:
        f.bad("verified_on is after as_of")
    sue_status = f.text("sue_status") or status
    if "sue_status" in f.entry and sue_status not in STATUSES:
        f.bad(f"sue_status {sue_status!r} must be one of {', '.join(STATUSES)}")
    if "sue_status" in f.entry and "sue_after_notice" not in f.entry:
        f.bad("sue_status without sue_after_notice")
    return sue_status


def _entry(
    where: str,
    code: str,
    state: str,
    entry: Any,
    allowed: frozenset[str],
    problems: list[str],
) -> Jurisdiction | None:
    """One state's or city's entry of the table; None, with what is wrong added to
    ``problems``, when it cannot be used."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    f = _Fields(where, entry)
    _check_keys(f, allowed)
    local = "cities" in allowed
    jurisdiction = None if f.found else _jurisdiction(f, code, state, local=local)
    if jurisdiction is None:
        problems.extend(f.found)
    return jurisdiction


def _check_keys(f: _Fields, allowed: frozenset[str]) -> None:
    """Every key is one the table knows, and the required ones are all there."""
    for key in sorted(set(f.entry) - allowed):
        f.bad(f"unknown key {key!r}")
    for key in _REQUIRED_KEYS:
        if key not in f.entry:
            f.bad(f"missing {key!r}")


def _holidays_of(f: _Fields, state: str) -> str:
    """Whose holidays the agency's deadlines skip: the entry's own, else the state's."""
    subdivision = f.text("holidays") or state
    if subdivision not in holidays.US.subdivisions:
        f.bad(f"holidays {subdivision!r} is not a US subdivision of the holidays package")
    return subdivision


def _jurisdiction(f: _Fields, code: str, state: str, *, local: bool) -> Jurisdiction | None:
    """The entry's values, read and checked together; None when any of them is wrong."""
    name = f.text("name", required=True)
    agency_text = f.text("agency", required=True)
    agency = None if agency_text == NO_AGENCY else agency_text
    charge = f.period("charge_period")
    earlier = f.period("earlier_period")
    changed_on = f.day("changed_on")
    sue = f.period("sue_after_notice")
    citation = f.text("citation", required=True)
    status = f.text("status")
    verified_on = f.day("verified_on")
    as_of = f.day("as_of")
    eeoc_300 = f.entry.get("eeoc_300")
    _check_agency(f, agency, eeoc_300)
    sue_status = _check_status(f, status, verified_on, as_of)
    subdivision = _holidays_of(f, state)
    cities = f.cities() if local else ()
    if f.found or as_of is None:
        return None
    kind = "local" if local else "state"
    return Jurisdiction(
        code=code,
        name=name,
        agency=agency,
        charge_period=charge,
        earlier_period=earlier,
        changed_on=changed_on,
        eeoc_300=bool(eeoc_300),
        sue_after_notice=sue,
        sue_status=sue_status,
        citation=citation,
        source_url=f.text("source_url"),
        status=status,
        verified_on=verified_on,
        as_of=as_of,
        note=f.text("note"),
        holidays=subdivision,
        holidays_note=f.text("holidays_note"),
        rule_id=f.text("rule") or f"{kind}.{code.lower()}.agency",
        state=state,
        cities=cities,
    )


# How a section finds the state an entry belongs to: None, with the problem noted, when it
# names none the table knows.
StateOf = Callable[[str, str, Any, list[str]], str | None]


def _section(
    name: str, entries: dict[str, Any], keys: frozenset[str], state_of: StateOf, problems: list[str]
) -> dict[str, Jurisdiction]:
    """One section of the table ([states.XX] or [local.XXX]): its entries that check out."""
    found: dict[str, Jurisdiction] = {}
    for code, entry in entries.items():
        where = f"{name}.{code}"
        state = state_of(where, code, entry, problems)
        built = None if state is None else _entry(where, code, state, entry, keys, problems)
        if built is not None:
            found[code] = built
    return found


def _own_state(where: str, code: str, entry: Any, problems: list[str]) -> str | None:
    """A state's entry is named by its own code."""
    if code not in REQUIRED and code not in OPTIONAL:
        problems.append(f"{where}: not a state, DC or territory code")
        return None
    return code


def _city_state(where: str, code: str, entry: Any, problems: list[str]) -> str | None:
    """A city's entry names its state."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    state = entry.get("state")
    if state not in REQUIRED and state not in OPTIONAL:
        problems.append(f"{where}: state {state!r} is not a state code")
        return None
    return state


@lru_cache(maxsize=1)
def table() -> Table:
    """The installed table, read and checked on first use."""
    return parse(TABLE_PATH.read_text(encoding="utf-8"))


def state(code: str) -> Jurisdiction | None:
    return table().state(code)


def local_agency(state_code: str, city: str | None) -> Jurisdiction | None:
    return table().local_agency(state_code, city)
