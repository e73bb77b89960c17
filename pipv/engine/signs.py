"""§b.4: what strengthens or weakens a timing argument, each sign tied to the record.

One function per sign, listed in ``SIGNS`` in the order the report shows them. Each reads
the same ``Record`` (the case, its adverse events by the as-of date, the timing pairs) and
returns its sign, or None where the record does not show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .case import FAVOURABLE_EVENTS, Case, Event
from .i18n import _

if TYPE_CHECKING:
    from .timing import Pair

PRIOR_RECORD_WINDOW_DAYS = 365
MANAGER_CHANGE_WINDOW_DAYS = 180


@dataclass(frozen=True)
class Sign:
    id: str
    direction: str  # "supporting", "contrary" or "either"
    text: str
    rule: str
    refs: tuple[str, ...]


@dataclass(frozen=True)
class Record:
    """What the signs read: the case, its adverse events and the timing pairs."""

    case: Case
    adverse: list[Event]  # the employer's acts by the as-of date, in date order
    pairs: tuple[Pair, ...]
    circuit: str | None

    @property
    def first_activity(self) -> date | None:
        activities = self.case.protected_activities
        return activities[0].date if activities else None

    @property
    def adverse_since_activity(self) -> list[Event]:
        """The acts on or after the first protected activity; none when there was none."""
        first = self.first_activity
        return [e for e in self.adverse if first and e.date >= first]

    @property
    def first_adverse(self) -> Event | None:
        """The first act after the first protected activity, else the first act at all."""
        after = self.adverse_since_activity
        return after[0] if after else (self.adverse[0] if self.adverse else None)


def _sign(sign_id: str, direction: str, text: str, rule_id: str, refs: list[str]) -> Sign | None:
    """The sign, tied to the record items that show it; no items, no sign."""
    return Sign(sign_id, direction, text, rule_id, tuple(refs)) if refs else None


def _prior_favourable(r: Record) -> Sign | None:
    first_adverse = r.first_adverse
    if first_adverse is None:
        return None
    window_start = first_adverse.date - timedelta(days=PRIOR_RECORD_WINDOW_DAYS)
    review = r.case.employment.last_review
    refs: list[str] = []
    if (
        review
        and review.rating in ("exceeds", "meets")
        and window_start <= review.date <= first_adverse.date
    ):
        refs.append("employment.last_review")
    refs += [
        e.id
        for e in r.case.events
        if e.kind in FAVOURABLE_EVENTS and window_start <= e.date <= first_adverse.date
    ]
    return _sign(
        "prior_favourable",
        "supporting",
        _(
            "A favourable review, award or promotion track in the 12 months "
            "before the first adverse event."
        ),
        "signs.prior_favourable",
        refs,
    )


def _prior_low_rating(r: Record) -> Sign | None:
    review = r.case.employment.last_review
    below = review is not None and review.rating == "below"
    return _sign(
        "prior_low_rating",
        "contrary",
        _("The last review before these events was below expectations."),
        "signs.prior_problems",
        ["employment.last_review"] if below else [],
    )


def _prior_problems(r: Record) -> Sign | None:
    first_activity = r.first_activity
    if first_activity is None:
        return None
    earlier = [e.id for e in r.adverse if e.date < first_activity]
    return _sign(
        "prior_problems",
        "contrary",
        _("Criticism or a plan is recorded before the first protected activity."),
        "signs.prior_problems",
        earlier,
    )


def _contradicting_evidence(r: Record) -> Sign | None:
    contradicted = [e.id for e in r.adverse if e.contradicting_evidence.strip()]
    return _sign(
        "contradicting_evidence",
        "supporting",
        _("You have evidence that contradicts the stated reason."),
        "signs.contradicting_evidence",
        contradicted,
    )


def _manager_change(r: Record) -> Sign | None:
    first_adverse = r.first_adverse
    if first_adverse is None:
        return None
    refs = [
        e.id
        for e in r.case.events
        if e.kind == "manager_change"
        and e.date <= first_adverse.date
        and (first_adverse.date - e.date).days <= MANAGER_CHANGE_WINDOW_DAYS
    ]
    change_date = r.case.employment.manager_change_date
    if change_date and 0 <= (first_adverse.date - change_date).days <= MANAGER_CHANGE_WINDOW_DAYS:
        refs.append("employment.manager_change_date")
    return _sign(
        "manager_change",
        "either",
        _("Your manager changed in the six months before the first adverse event."),
        "signs.manager_change",
        refs,
    )


def _transfer_restricted(r: Record) -> Sign | None:
    restricted = [e.id for e in r.adverse_since_activity if e.kind == "transfer_restricted"]
    return _sign(
        "transfer_restricted",
        "supporting",
        _("An internal transfer was restricted after a protected activity."),
        "signs.transfer_restricted",
        restricted,
    )


def _several_activities(r: Record) -> Sign | None:
    activities = r.case.protected_activities
    return _sign(
        "several_activities",
        "supporting",
        _("More than one protected activity; timing is measured from each."),
        "signs.several_activities",
        [a.id for a in activities] if len(activities) >= 2 else [],
    )


def _no_knowledge(r: Record) -> Sign | None:
    unknowing = sorted({p.activity for p in r.pairs if p.knowledge == "no"})
    return _sign(
        "no_knowledge",
        "contrary",
        _("You said the decision-maker did not know of this activity."),
        "proximity.knowledge",
        unknowing,
    )


def _indirect_knowledge(r: Record) -> Sign | None:
    indirect = [
        a.id
        for a in r.case.protected_activities
        if a.reported_to in ("hr", "ethics_line", "agency") and a.decision_maker_knew != "yes"
    ]
    if r.circuit == "2d":
        text = _(
            "The activity went to HR, an ethics line or an agency; in the 2nd "
            "Circuit general company knowledge may be enough."
        )
    else:
        text = _(
            "The activity went to HR, an ethics line or an agency; whether your "
            "manager knew is a question of fact."
        )
    # With no timing pair there is no gap whose knowledge matters.
    return _sign(
        "indirect_knowledge",
        "either",
        text,
        "signs.independent_knowledge",
        indirect if r.pairs else [],
    )


SIGNS: tuple[Callable[[Record], Sign | None], ...] = (
    _prior_favourable,
    _prior_low_rating,
    _prior_problems,
    _contradicting_evidence,
    _manager_change,
    _transfer_restricted,
    _several_activities,
    _no_knowledge,
    _indirect_knowledge,
)


def signs_of(record: Record) -> tuple[Sign, ...]:
    return tuple(sign for find in SIGNS if (sign := find(record)) is not None)
