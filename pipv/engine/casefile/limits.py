"""How large each value in a case file may be: one place for the reader, the schema and the forms.

A limit stops a typo (a year of 3,650 days, a billion-dollar bonus) and keeps counting in the
calendar; none of them is a legal figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from ..case import ADVERSE_EVENTS
from ..timing import EMPLOYEE_ACTS
from .problems import Problem

MAX_FILE_BYTES = 2_000_000
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 10_000
MAX_ITEMS = 500
# Timing compares every protected activity with every event, and the results page and the
# PDF list each pair (case-format.md): activities x events bounds that work, as no one list's
# limit can. 500 x 500 made 250,000 pairs: a 4.5-minute, 2.9 GB PDF. 10,000 pairs take a PDF
# some 15 s of CPU and 360 MB (bench/sizes.py), well inside a worker's 60 s; a person's case
# holds some 30 activities x 100 events at most. Every activity and event counts, in any order.
MAX_PAIRS = 10_000
# The events timing pairs with an activity: the employer's acts (timing.is_adverse).
PAIRED_EVENT_KINDS = frozenset(ADVERSE_EVENTS) - EMPLOYEE_ACTS
MAX_MONEY = Decimal("1000000000")  # a billion dollars: anything above is a typo
MAX_DEPTH = 20  # a case file nests four levels deep; far deeper is not a case file
# Dates a working life can hold. Far beyond them, counting deadlines would leave the
# calendar (year 1 to 9999) altogether.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)

MONEY_PLACES = 2  # dollars and cents
NUMBER_PLACES = 4  # shares, a share price, weeks

MAX_SHARE_PRICE = Decimal("1000000")
MAX_SHARES = Decimal("100000000")
MAX_SEVERANCE_WEEKS = Decimal("520")  # ten years of pay
MAX_GRACE_DAYS = 365
MAX_DECISION_BUSINESS_DAYS = 60
MAX_PLAN_DAYS = 730
MAX_APPEAL_DAYS = 365
MAX_OPT_UNEMPLOYMENT_DAYS = 150  # the most OPT allows, with the STEM extension
MAX_WEEKLY_HOURS = 168  # every hour of the week
MAX_EMPLOYEE_COUNT = 10_000_000
MAX_CHOICE_SHOWN = 60  # how much of an unknown choice or id a problem repeats

DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID_TEXT = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
WHOLE_TEXT = re.compile(r"^-?[0-9]+$")


def too_many_pairs(doc: Mapping[str, Any]) -> list[Problem]:
    """Activities x events past ``MAX_PAIRS``. Every item counts, read or not, so that a file
    is told of this with its other problems, not only once they are put right."""
    activities = len(value) if isinstance(value := doc.get("protected_activities"), list) else 0
    # Only the events against the person pair with an activity (timing.is_adverse): praise,
    # a manager's change or a leave cost nothing here.
    listed = doc.get("events")
    events = sum(
        1
        for e in (listed if isinstance(listed, list) else ())
        if isinstance(e, Mapping)
        and isinstance(kind := e.get("kind"), str)
        and kind in PAIRED_EVENT_KINDS
    )
    if activities * events <= MAX_PAIRS:
        return []
    params = {"activities": activities, "events": events, "pairs": activities * events}
    return [Problem("", "too_many_pairs", {**params, "limit": MAX_PAIRS})]
