"""Case files for the engine's tests: one plain base case, changed per test.

The base case is chosen so the arithmetic can be done by hand: a salary of $156,000 makes
weekly pay exactly $3,000, and the share price is $100.
"""

from __future__ import annotations

from typing import Any

from pipv.engine import Case, parse
from tests.factories import changed

BASE: dict[str, Any] = {
    "format": "pipv.case/1",
    "as_of": "2026-11-22",  # a Sunday
    "employment": {
        "employer": "Amazon",
        "process": "amazon-focus-pivot",
        "work_state": "WA",
        "start_date": "2021-06-14",
        "base_salary_annual": "156000.00",
        "age_40_or_over": False,
        "immigration_status": "citizen_or_permanent_resident",
    },
    "protected_activities": [
        {
            "id": "pa1",
            "kind": "fmla_request",
            "date": "2026-08-04",
            "reported_to": "manager",
            "in_writing": True,
            "decision_maker_knew": "yes",
        }
    ],
    "events": [
        {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02", "by": "manager"},
        {"id": "e2", "kind": "pivot_meeting", "date": "2026-11-18", "by": "manager"},
    ],
    "compensation": {
        "share_price": "100.00",
        "vests": [
            {"id": "v1", "date": "2026-12-14", "shares": "40"},
            {"id": "v2", "date": "2027-02-01", "shares": "10"},
        ],
        "bonuses": [],
    },
    "severance": {"offer_in_hand": False},
}


def document(**changes: Any) -> dict[str, Any]:
    """The base document with changes at dotted paths ("employment.work_state", "events.0.date")."""
    return changed(BASE, **changes)


def case(**changes: Any) -> Case:
    return parse(document(**changes))
