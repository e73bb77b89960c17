"""Case documents for the tests: one complete case file, changed per test at dotted paths.

The engine's tests start from a hand-worked variant of it (``HAND_WORKED``: a salary of
$156,000 makes a week's pay exactly $3,000); both change their base with ``changed``.
"""

from __future__ import annotations

import copy
from typing import Any

COMPLETE: dict[str, Any] = {
    "format": "pipv.case/1",
    "as_of": "2026-11-22",
    "employment": {
        "employer": "Amazon",
        "process": "amazon-focus-pivot",
        "work_state": "WA",
        "start_date": "2021-06-14",
        "base_salary_annual": "165000.00",
        "age_40_or_over": False,
        "immigration_status": "h1b",
        "last_review": {"date": "2025-05-01", "rating": "exceeds"},
    },
    "protected_activities": [
        {
            "id": "pa1",
            "kind": "fmla_request",
            "date": "2026-08-04",
            "reported_to": "manager",
            "in_writing": True,
            "decision_maker_knew": "yes",
            "notes": "asked for 6 weeks of leave for my father's surgery",
        }
    ],
    "events": [
        {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02", "by": "manager"},
        {"id": "e2", "kind": "pivot_meeting", "date": "2026-11-18", "by": "manager"},
    ],
    "compensation": {
        "share_price": "210.00",
        "vests": [{"id": "v1", "date": "2026-12-14", "shares": "40"}],
        "bonuses": [
            {"id": "b1", "date": "2027-01-15", "amount": "20000.00", "repay_if_leave_before": None}
        ],
    },
    "severance": {"offer_in_hand": False},
}

# Every step a complete case has been through (the review is never "done").
ALL_STEPS = ["before", "job", "visa", "activities", "events", "pay", "severance", "offer"]

# A value for ``changed`` that removes the key instead of setting it.
DELETE = object()


def changed(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``base`` with values set at dotted paths ("employment.work_state",
    "events.0.date"); a number is a list index."""
    doc = copy.deepcopy(base)
    for path, value in changes.items():
        target = doc
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        key = int(last) if last.isdigit() else last
        if value is DELETE:
            del target[key]
        else:
            target[key] = value
    return doc


# The engine's base case, chosen so the arithmetic can be done by hand: a salary of $156,000
# makes weekly pay exactly $3,000, the share price is $100, no visa, no bonus, no review.
HAND_WORKED: dict[str, Any] = changed(
    COMPLETE,
    **{
        "employment.base_salary_annual": "156000.00",
        "employment.immigration_status": "citizen_or_permanent_resident",
        "employment.last_review": DELETE,
        "protected_activities.0.notes": DELETE,
        "compensation.share_price": "100.00",
        "compensation.vests": [
            {"id": "v1", "date": "2026-12-14", "shares": "40"},
            {"id": "v2", "date": "2027-02-01", "shares": "10"},
        ],
        "compensation.bonuses": [],
    },
)


def complete(**changes: Any) -> dict[str, Any]:
    """The complete case file, changed at dotted paths."""
    return changed(COMPLETE, **changes)


def case_record(owner, title="Full", document=None, progress=ALL_STEPS):
    """A stored case of ``owner``'s: the complete case, every step passed, unless told."""
    from pipv.cases.models import CaseRecord

    return CaseRecord.objects.create(
        owner=owner,
        title=title,
        document=complete() if document is None else document,
        progress=list(progress),
    )


def step_url(case, slug: str) -> str:
    """The address of one step of a stored case's questionnaire."""
    from django.urls import reverse

    return reverse("cases:step", args=[case.pk, slug])


def stored(case):
    """The case as it is stored now (what a save wrote, not the test's copy)."""
    from pipv.cases.models import CaseRecord

    return CaseRecord.objects.get(pk=case.pk)


def many(activities: int, events: int, **changes: Any) -> dict[str, Any]:
    """The complete case with ``activities`` protected activities, one a day from Jan. 1,
    2023, and ``events`` adverse events, one a day from Jan. 1, 2025: every activity comes
    before every event, so timing lists ``activities`` x ``events`` pairs."""
    from datetime import date, timedelta

    def day(first: date, n: int) -> str:
        return (first + timedelta(days=n)).isoformat()

    return complete(
        protected_activities=[
            {
                "id": f"pa{i + 1}",
                "kind": "discrimination_complaint",
                "date": day(date(2023, 1, 1), i),
                "reported_to": "hr",
                "in_writing": True,
                "decision_maker_knew": "yes",
            }
            for i in range(activities)
        ],
        events=[
            {"id": f"e{i + 1}", "kind": "negative_feedback", "date": day(date(2025, 1, 1), i)}
            for i in range(events)
        ],
        **changes,
    )
