"""What every deadline family shares: the ``Deadline`` record, the ``Clock`` a family gives
before it is counted against the as-of date, and the ``Facts`` the families read.

A family is a function from ``Facts`` to the clocks it starts (``deadlines.FAMILIES`` lists
them). ``Clock.count`` makes every family's record the same way: ``file_by`` is the day
counted, never moved; ``date`` is the next business day only where the agency accepts it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .calendar import roll_forward
from .case import Case, Event, ProtectedActivity
from .process_dates import Timeline
from .stages import Stage

KINDS = ("deadline", "employer_minimum", "what_if")


@dataclass(frozen=True)
class Deadline:
    id: str
    date: date  # file_by, or the next business day where the agency accepts it
    source: str  # the id of the event, stage or record item it runs from
    source_date: datetime.date  # "date" is a field above
    rule: str
    title: str
    days_left: int
    file_by: datetime.date  # the day the count ends, never moved: the safe day to act by
    kind: str = "deadline"  # KINDS
    rolled_forward: bool = False
    projected: bool = False
    extra_rules: tuple[str, ...] = ()
    # Where pipv does not know which period applies, the longer one that probably does
    # (the EEOC's 300 days in a state pipv has not researched); file_by is the shorter.
    likely: datetime.date | None = None
    path: str | None = None  # for a what-if: the stage (way of leaving) it depends on
    # The employees the law behind it needs, where the person said the employer has fewer
    # (intake.employees_needed): shown, since the count is an estimate, with that said.
    employees_needed: int | None = None

    @property
    def passed(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Clock:
    """A deadline as a family counts it, before the as-of date and the weekend rule."""

    id: str
    counted: date  # the day the rule's count ends
    source: str
    source_date: date
    rule: str
    # Where the agency accepts the next business day after a weekend or holiday, whose
    # holidays count ("US" for a federal agency, a state's ``holidays`` subdivision for a
    # state's); None for a period shown as counted.
    calendar: str | None = None
    kind: str = "deadline"
    projected: bool = False
    extra_rules: tuple[str, ...] = ()
    likely: date | None = None
    path: str | None = None
    # Where the count's end rests on holidays nobody publishes (an employer's): the latest
    # day it can be. The deadline's date (and whether it has passed) follow it; file_by stays
    # the earliest.
    latest: date | None = None

    def count(self, as_of: date, title: str) -> Deadline:
        final = (
            roll_forward(self.counted, self.calendar) if self.calendar is not None else self.counted
        )
        rolled = final != self.counted
        if self.latest is not None:
            final, rolled = max(self.latest, self.counted), False
        return Deadline(
            id=self.id,
            date=final,
            source=self.source,
            source_date=self.source_date,
            rule=self.rule,
            title=title,
            days_left=(final - as_of).days,
            file_by=self.counted,
            kind=self.kind,
            rolled_forward=rolled,
            projected=self.projected,
            extra_rules=self.extra_rules + (("deadline.roll_forward",) if rolled else ()),
            likely=self.likely,
            path=self.path,
        )


@dataclass(frozen=True)
class Facts:
    """What the deadline families read."""

    case: Case
    line: Timeline
    stages: tuple[Stage, ...]
    adverse: list[Event]  # the employer's acts by the as-of date
    # When a release was offered (the record item and its date), if it was.
    offer: tuple[str, date] | None

    def after_first(self, counts: Callable[[ProtectedActivity], bool]) -> list[Event]:
        """The adverse acts on or after the first protected activity that ``counts``."""
        since = [a.date for a in self.case.protected_activities if counts(a)]
        return [e for e in self.adverse if since and e.date >= min(since)]

    def charges(self) -> list[ProtectedActivity]:
        """The agency charges the person has filed."""
        return [a for a in self.case.protected_activities if a.kind == "agency_charge"]

    def after_kinds(self, kinds: Iterable[str]) -> list[Event]:
        kinds = frozenset(kinds)
        return self.after_first(lambda a: a.kind in kinds)


def each_act(
    acts: Iterable[Event | ProtectedActivity],
    deadline_id: str,
    period: Callable[[date], date],
    rule_id: str,
    *,
    calendar: str | None = None,
    kind: str = "deadline",
) -> Iterator[Clock]:
    """A clock from each act (an event, or the person's own, such as a charge): ``period``
    counts its last day from the act's date."""
    for act in acts:
        yield Clock(deadline_id, period(act.date), act.id, act.date, rule_id, calendar, kind)
