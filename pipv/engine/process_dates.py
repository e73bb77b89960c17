"""When the process's dates fall: the ``Timeline`` the stages hang from.

Each date is the one recorded for it where there is one (the Pivot meeting, the plan's start
or end, the appeal's filing or decision), and is otherwise counted from the one before it by
the process's terms, or projected from the as-of date when nothing has happened yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .calendar import FEDERAL, WEEKDAYS, add_business_days, add_days, either
from .case import Case, Event
from .processes import PROFILES, StageSpec, Terms


@dataclass(frozen=True)
class Timeline:
    """The key dates the stages hang from."""

    start: date  # the Pivot meeting, the plan start, or the projected equivalent
    start_event: str | None
    projected: bool  # no Pivot meeting, plan start or plan end: counted from as_of
    decision_deadline: date | None
    plan_end: date  # the day recorded for it (an improvement_plan_end event), or by length
    appeal_end: date | None  # the appeal's decision: recorded, or counted (see ``_appeal``)
    plan_end_event: str | None = None  # the event whose date the plan ends on, when recorded
    # Where the plan's length alone would end it; None when its start is not known.
    plan_end_by_length: date | None = None
    at_pivot_meeting: bool = False  # the start is a recorded Pivot meeting (its offer, its clock)
    plan_chosen: bool = False  # a plan (or its appeal) is recorded: the Pivot offer is gone
    # Only the plan's end is recorded: its start, and the Pivot offer's window, are counted
    # back from that end by the plan's length.
    counted_back: bool = False
    appeal_event: str | None = None  # the appeal's decision or filing, when recorded
    appeal_decided: bool = False  # the appeal's end is the decision recorded for it
    # The anchors (``StageSpec.anchor``) whose dates cannot be known yet: projected.
    estimated: tuple[str, ...] = ()
    # The Pivot choice's latest possible day: its business days counted with the federal
    # holidays and the work state's skipped. ``decision_deadline`` counts every weekday, the
    # earliest it can be; which holidays the employer skips is not published, so the offer
    # may be open until this.
    decision_open_until: date | None = None


def timeline(case: Case, terms: Terms) -> Timeline:
    has_pivot = PROFILES[case.employment.process].has_pivot
    pivot = case.latest_event("pivot_meeting")
    plan_start = case.latest_event("improvement_plan_start")
    recorded = case.latest_event("improvement_plan_end")
    # The plan chosen at the Pivot meeting (a plan before the meeting is another plan).
    chosen = (
        plan_start
        if has_pivot and plan_start is not None and (pivot is None or plan_start.date >= pivot.date)
        else None
    )
    # What the plan counts from: its start, else the meeting that announced it (Pivot).
    started = (plan_start or pivot) if not has_pivot else (pivot or chosen)
    # Only a failed plan is appealed: with nothing else recorded, an appeal shows the plan
    # had ended by the day it was filed (or decided).
    ended_by = recorded or (_first_appeal(case) if has_pivot and started is None else None)
    counted_back = started is None and ended_by is not None
    if started is not None:
        anchor, anchor_event = started.date, started.id
    elif ended_by is not None:
        # Only the plan's end (or its appeal) is recorded: the plan has begun (it may be
        # over), so nothing is projected from today; its start is counted back from the end
        # by its length.
        anchor, anchor_event = add_days(ended_by.date, -terms.plan_days), None
    else:
        # No Pivot meeting yet: counted as if it were today, the earliest it can come (a
        # Focus can be ended into Pivot at any time), as the case format says.
        anchor, anchor_event = case.as_of, None
    deadline = open_until = None
    if has_pivot:
        # With only the plan's start (or end) recorded, the choice had closed by its start.
        closed = pivot is None and (chosen is not None or counted_back)
        # The employer's business days: which holidays it skips is not known, so none are.
        deadline = (
            anchor if closed else add_business_days(anchor, terms.decision_business_days, WEEKDAYS)
        )
        # The latest it can be: an employer may close on a federal holiday or on one of the
        # work state's own (the day after Thanksgiving, in many states).
        closures = either(FEDERAL, case.employment.work_state)
        open_until = (
            None if closed else add_business_days(anchor, terms.decision_business_days, closures)
        )
    # The chosen plan starts on the day recorded for it, which may come before the decision
    # deadline or after it; otherwise when the window closes.
    plan_from = chosen.date if chosen is not None else deadline or anchor
    by_length = add_days(plan_from, terms.plan_days)
    plan_end, end_event = _plan_end(case, recorded, plan_from, by_length, has_pivot)
    appeal = _appeal(case, terms, plan_end) if has_pivot else None
    projected = started is None and ended_by is None
    return Timeline(
        start=anchor,
        start_event=anchor_event,
        projected=projected,
        decision_deadline=deadline,
        plan_end=plan_end,
        appeal_end=appeal.end if appeal else None,
        plan_end_event=end_event,
        plan_end_by_length=None if counted_back else by_length,
        at_pivot_meeting=has_pivot and pivot is not None,
        plan_chosen=chosen is not None or counted_back or bool(appeal and appeal.event),
        counted_back=counted_back,
        appeal_event=appeal.event if appeal else None,
        appeal_decided=bool(appeal and appeal.decided),
        estimated=_estimated(projected, counted_back, appeal),
        decision_open_until=open_until,
    )


def _plan_end(
    case: Case, recorded: Event | None, plan_from: date, by_length: date, has_pivot: bool
) -> tuple[date, str | None]:
    """The plan's last day, and the event it is recorded by.

    The day the person recorded for the plan's end is the plan's own (its letter, or an
    extension), where a length is only the process's usual one: it wins, unless it falls
    before the plan could start. Without it, an appeal recorded before the usual length ran
    out shows the plan had ended by then: only a failed plan is appealed.
    """
    if recorded is not None and recorded.date >= plan_from:
        return recorded.date, recorded.id
    appealed = [
        e.date
        for e in case.events
        if has_pivot and e.kind in ("appeal_filed", "appeal_decision") and e.date >= plan_from
    ]
    return min([by_length, *appealed]), None


def _first_appeal(case: Case) -> Event | None:
    appeals = [e for e in case.events if e.kind in ("appeal_filed", "appeal_decision")]
    return min(appeals, key=lambda e: e.date, default=None)


@dataclass(frozen=True)
class Appeal:
    end: date  # the panel's decision
    event: str | None  # the decision or the filing it is counted from, when recorded
    decided: bool
    projected: bool  # no decision recorded, and its usual day has passed: as_of instead


def _appeal(case: Case, terms: Terms, plan_end: date) -> Appeal:
    """The day the panel decides (the appeal's end), and what it is counted from.

    A decision recorded is the day itself. With only the filing recorded, the appeal's
    usual length after the filing, and never before as_of: an appeal not yet decided
    cannot already have been lost, so an overdue decision is projected to as_of, the
    earliest it can come. With neither, the appeal's length after the plan's end. Appeal
    events dated before this plan ended belong to another plan, and are not used.
    """
    filed = case.latest_event("appeal_filed")
    decision = case.latest_event("appeal_decision")
    filed = filed if filed is not None and filed.date >= plan_end else None
    if decision is not None and decision.date >= plan_end:
        if filed is None or decision.date >= filed.date:
            return Appeal(decision.date, decision.id, decided=True, projected=False)
    if filed is not None:
        expected = add_days(filed.date, terms.appeal_days)
        overdue = expected < case.as_of
        end = case.as_of if overdue else expected
        return Appeal(end, filed.id, decided=False, projected=overdue)
    return Appeal(add_days(plan_end, terms.appeal_days), None, decided=False, projected=False)


def _estimated(projected: bool, counted_back: bool, appeal: Appeal | None) -> tuple[str, ...]:
    """The anchors whose dates cannot be known yet, and are projected."""
    if projected:
        found = ["decision_deadline", "plan_end", "appeal_end"]
    else:
        found = ["decision_deadline"] if counted_back else []
    if appeal is not None and appeal.event is not None:
        found = [a for a in found if a != "appeal_end"]
        if appeal.projected:
            found.append("appeal_end")
    return tuple(found)


def anchor_terms(line: Timeline, anchor: str) -> tuple[str, ...]:
    """The severance terms that set an anchor's date on this timeline (a day recorded sets
    its own); reported as defaults used only by the stages counted from it."""
    plan = () if line.plan_end_event is not None else ("plan_days",)
    if anchor == "decision_deadline":
        return ("plan_days",) if line.counted_back else ("decision_business_days",)
    if anchor == "plan_end":
        return plan
    if anchor == "appeal_end":
        if line.appeal_decided:
            return ()
        return ("appeal_days",) if line.appeal_event is not None else (*plan, "appeal_days")
    return ()


def date_rules(line: Timeline, spec: StageSpec) -> tuple[str, ...]:
    """The rules a stage's last day rests on besides the stage's own rule."""
    if spec.anchor == "as_of":
        return ()
    if line.projected:
        return ("stage.projected",)
    if spec.anchor == "decision_deadline":
        return ("stage.plan_start_counted_back",) if line.counted_back else ()
    found = []
    # A recorded appeal dates the appeal's stages itself; it also ends the failed plan's offer.
    if line.plan_end_event is not None and not (spec.anchor == "appeal_end" and line.appeal_event):
        found.append("stage.plan_end_recorded")
    if line.appeal_event is not None:
        found.append("stage.appeal_recorded")
    return tuple(found)
