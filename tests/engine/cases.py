"""Case files for the engine's tests: the hand-worked base case (tests/factories.py), changed
per test.

The base case is chosen so the arithmetic can be done by hand: a salary of $156,000 makes
weekly pay exactly $3,000, and the share price is $100. 2026-11-22, its as-of date, is a Sunday.
"""

from __future__ import annotations

from typing import Any

from pipv.engine import Case, assess, parse
from pipv.engine.clocks import Deadline
from tests.factories import HAND_WORKED, changed

BASE = HAND_WORKED
# A first day before every change of the law the tests look at: acts at work come after it.
LONG_AGO = "2000-01-03"


def document(**changes: Any) -> dict[str, Any]:
    """The base document with changes at dotted paths ("employment.work_state", "events.0.date")."""
    return changed(BASE, **changes)


def case(**changes: Any) -> Case:
    return parse(document(**changes))


def by_act(c: Case, deadline_id: str) -> dict[str, Deadline]:
    """The assessed deadlines of one kind, by the act (event or activity id) each runs from."""
    return {d.source: d for d in assess(c).deadlines if d.id == deadline_id}


def two_acts(state: str, before: str, on: str) -> Case:
    """A demotion (e1) and a pay cut (e2) at work in ``state``: an act before a change of the
    law and one on the day it took effect, by someone who has worked there since 2000."""
    return case(
        **{
            "employment.work_state": state,
            "employment.start_date": LONG_AGO,
            "events": [
                {"id": "e1", "kind": "demotion", "date": before},
                {"id": "e2", "kind": "pay_cut", "date": on},
            ],
        }
    )
