"""What one more item would pass: a list's own limit, or activities x events (MAX_PAIRS).

The engine names such a problem on the whole list or the whole case; the questionnaire says
it of the item being added, which is refused, and keeps what is saved as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.formats import number_format
from django.utils.translation import gettext

from pipv.engine import Problem
from pipv.engine.casefile.limits import MAX_ITEMS

from .steps import ItemList

# The lists whose items timing pairs with each other.
PAIRED_LISTS = frozenset({"protected_activities", "events"})


def grouped(params: Mapping[str, object]) -> dict[str, str]:
    """Counts as a page writes a number: 250,000, not 250000."""
    return {key: number_format(value, force_grouping=True) for key, value in params.items()}


def past_a_limit(problem: Problem, lst: ItemList) -> str | None:
    """Why one more item cannot join ``lst``, when ``problem`` is a limit it would pass."""
    if problem.code == "too_many" and problem.path == lst.path:
        return gettext(
            "Not added: a case can hold at most %(limit)s of these. To add this one, first "
            "remove one that matters less."
        ) % grouped(problem.params)
    if problem.code == "too_many_pairs" and lst.path in PAIRED_LISTS:
        return gettext(
            "Not added: with it, this case would have %(activities)s protected activities and "
            "%(events)s events against you. pipv compares every protected activity with every "
            "event against you: that would make %(pairs)s pairs, and a case can have at most "
            "%(limit)s. To add this one, first remove an activity or event that matters less."
        ) % grouped(problem.params)
    return None


def grant_past_the_limit(held: int, adding: int) -> str | None:
    """Why a grant's vests cannot all join a list of ``held`` vests, if they cannot."""
    if held + adding <= MAX_ITEMS:
        return None
    return gettext(
        "Not added: this grant's %(count)s vests would make %(total)s, and a case can "
        "hold at most %(limit)s. Remove vests that are already yours (before the day "
        "the results count from), or add fewer years."
    ) % grouped({"count": adding, "total": held + adding, "limit": MAX_ITEMS})
