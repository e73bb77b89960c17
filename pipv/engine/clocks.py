"""Builds a ``Deadline`` for the clock families of ``federal_clocks`` and ``state_clocks``.

One place makes the record, through ``deadlines.make_deadline``, so that the families keep
the same ``file_by`` (never moved), ``kind`` and weekend rules as the deadlines module.
``deadlines.compute_deadlines`` imports the families inside the function: they import
``Deadline`` from it.
"""

from __future__ import annotations

from datetime import date

from .case import Case
from .deadlines import Deadline, make_deadline


def deadline(
    case: Case,
    deadline_id: str,
    title: str,
    day: date,
    source: str,
    source_date: date,
    rule_id: str,
    *,
    calendar: str | None = None,
    kind: str = "deadline",
    extra_rules: tuple[str, ...] = (),
    projected: bool = False,
    path: str | None = None,
) -> Deadline:
    """The deadline counted to ``day``.

    ``calendar``: where the agency accepts the next business day after a weekend or holiday,
    whose holidays count (a state's ``holidays`` subdivision for a state agency); None for a
    period shown as counted.
    """
    return make_deadline(
        deadline_id,
        day,
        source,
        source_date,
        rule_id,
        case.as_of,
        calendar=calendar,
        kind=kind,
        projected=projected,
        extra_rules=extra_rules,
        path=path,
        title=title,
    )
