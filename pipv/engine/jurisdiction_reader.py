"""Reading ``jurisdictions.toml``: every entry checked, each problem named by its entry.

The table's types and lookups are in ``jurisdictions``; this is the reader behind its
``parse``, kept apart so that the rules of the file do not crowd the rules of the law.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date
from types import MappingProxyType
from typing import Any

import holidays

from .jurisdictions import (
    NO_AGENCY,
    OPTIONAL,
    REQUIRED,
    STATUSES,
    VERIFIED,
    Jurisdiction,
    JurisdictionTableInvalid,
    Period,
    Table,
)

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


def read_table(text: str) -> Table:
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
