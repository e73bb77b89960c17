"""Builds a ``Deadline`` for the clock families of ``federal_clocks`` and ``state_clocks``.

One place makes the record, so that the families stay in step with ``deadlines.Deadline``.
``deadlines.compute_deadlines`` imports the families inside the function: they import
``Deadline`` from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .case import Case
from .deadlines import Deadline


def deadline(
    case: Case,
    deadline_id: str,
    title: str,
    day: date,
    source: str,
    source_date: date,
    rule_id: str,
    *,
    roll: Callable[[date], date] | None = None,
    extra_rules: tuple[str, ...] = (),
    projected: bool = False,
) -> Deadline:
    """The deadline on ``day``, moved by ``roll`` (a calendar's next business day) if given."""
    final = roll(day) if roll is not None else day
    rolled = final != day
    return Deadline(
        id=deadline_id,
        date=final,
        source=source,
        source_date=source_date,
        rule=rule_id,
        title=title,
        days_left=(final - case.as_of).days,
        rolled_forward=rolled,
        projected=projected,
        extra_rules=extra_rules + (("deadline.roll_forward",) if rolled else ()),
    )
