"""Case files for the engine's tests: the hand-worked base case (tests/factories.py), changed
per test.

The base case is chosen so the arithmetic can be done by hand: a salary of $156,000 makes
weekly pay exactly $3,000, and the share price is $100. 2026-11-22, its as-of date, is a Sunday.
"""

from __future__ import annotations

from typing import Any

from pipv.engine import Case, parse
from tests.factories import HAND_WORKED, changed

BASE = HAND_WORKED


def document(**changes: Any) -> dict[str, Any]:
    """The base document with changes at dotted paths ("employment.work_state", "events.0.date")."""
    return changed(BASE, **changes)


def case(**changes: Any) -> Case:
    return parse(document(**changes))
