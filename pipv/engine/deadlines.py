"""Deadlines that start running: agency charges, lawsuits, release review, visa, COBRA.

From legal-reference §c (filing), §d (releases) and §e (other clocks). Each deadline
names the record item it runs from and the rule that produced it, and is one of three
kinds: a ``deadline`` the person must meet, an ``employer_minimum`` (time the employer must
give) or a ``what_if`` (a clock that starts only if the person leaves a given way).

``file_by`` is the day the rule's count ends, never moved: the safe day to act by. Where
the agency itself accepts the next business day after a weekend or holiday (the EEOC says
so; state agencies by the state's own legal holidays), ``date`` is that day and says so.
Court, release and benefit periods are shown as counted.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import jurisdictions
from .calendar import FEDERAL, add_business_days, add_days, add_months, add_years, roll_forward
from .case import Case, Event, ProtectedActivity
from .i18n import _
from .processes import profile_of
from .stages import Stage, Timeline, visa_grace_end
from .timing import is_adverse

KINDS = ("deadline", "employer_minimum", "what_if")

FMLA_KINDS = frozenset({"fmla_request", "fmla_leave"})

# What a whistleblower report can be about when the person has not said: every law that
# could protect it (other_law has no deadline pipv knows).
ANY_SUBJECT = ("securities_fraud", "workplace_safety", "wages_hours")

# Safety complaints under a state plan, where the state gives a different period than the
# OSH Act's 30 days: (state, rule id, how to count from the act).
WA_WISHA_90_DAYS_FROM = date(2022, 7, 1)  # ESHB 1097
CA_LC_98_7_ONE_YEAR_FROM = date(2021, 1, 1)  # AB 1947 (Stats. 2020, ch. 344)


def _wa_wisha(day: date) -> date | None:
    # Before the change WISHA also gave 30 days: the same as the federal complaint.
    return add_days(day, 90) if day >= WA_WISHA_90_DAYS_FROM else None


def _ca_98_7(day: date) -> date | None:
    return add_years(day, 1) if day >= CA_LC_98_7_ONE_YEAR_FROM else add_months(day, 6)


STATE_SAFETY_PLAN: dict[str, tuple[Callable[[date], date | None], str]] = {
    "WA": (_wa_wisha, "state.wa.wisha"),
    "CA": (_ca_98_7, "state.ca.lc98_7"),
}

TITLES = {
    "pivot_decision": _("Choose: Pivot offer or improvement plan"),
    "eeoc_charge": _("Last day to file an EEOC charge"),
    "state_agency_charge": _("Last day to file with the state agency"),
    "fmla_lawsuit": _("Last day to sue under the FMLA"),
    "fmla_lawsuit_willful": _("Last day to sue under the FMLA if the violation was willful"),
    "sox_complaint": _("Last day for a SOX complaint to OSHA"),
    "osha_safety_complaint": _("Last day for a safety retaliation complaint"),
    "nlra_charge": _("Last day for an NLRB charge"),
    "owbpa_consider": _("Age 40+: the release must give you until at least this day"),
    "owbpa_revoke": _("Age 40+: last day to cancel a signed release"),
    "ca_release_consider": _("California: at least 5 business days to consider the agreement"),
    "visa_grace_end": _("Visa grace period ends"),
    "cobra_election": _("Earliest COBRA election deadline"),
}


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

    @property
    def passed(self) -> bool:
        return self.days_left < 0


def make_deadline(
    deadline_id: str,
    counted: date,
    source: str,
    source_date: date,
    rule_id: str,
    as_of: date,
    *,
    calendar: str | None = None,
    kind: str = "deadline",
    projected: bool = False,
    extra_rules: tuple[str, ...] = (),
    likely: date | None = None,
    path: str | None = None,
    title: str | None = None,
) -> Deadline:
    """One deadline, counted to ``counted``.

    ``calendar``: where the agency accepts the next business day after a weekend or
    holiday, whose holidays count ("US" for a federal agency, a state's code for a state's);
    None for a period shown as counted.
    """
    final = roll_forward(counted, calendar) if calendar is not None else counted
    rolled = final != counted
    return Deadline(
        id=deadline_id,
        date=final,
        source=source,
        source_date=source_date,
        rule=rule_id,
        title=title if title is not None else TITLES[deadline_id],
        days_left=(final - as_of).days,
        file_by=counted,
        kind=kind,
        rolled_forward=rolled,
        projected=projected,
        extra_rules=extra_rules + (("deadline.roll_forward",) if rolled else ()),
        likely=likely,
        path=path,
    )


def compute_deadlines(
    case: Case, line: Timeline, stages: tuple[Stage, ...]
) -> tuple[Deadline, ...]:
    found: dict[tuple[str, str, str], Deadline] = {}

    def add(
        deadline_id: str,
        day: date,
        source: str,
        source_date: date,
        rule_id: str,
        **options: object,
    ) -> None:
        deadline = make_deadline(
            deadline_id,
            day,
            source,
            source_date,
            rule_id,
            case.as_of,
            **options,  # type: ignore[arg-type]
        )
        # The same act after two reports of the same kind gives one deadline, not two.
        found.setdefault((deadline_id, rule_id, source), deadline)

    emp = case.employment
    ended = emp.ended_on is not None
    if (
        profile_of(emp.process).has_pivot
        and line.start_event
        and line.decision_deadline
        and not ended
    ):
        add(
            "pivot_decision", line.decision_deadline, line.start_event, line.start, "pivot.decision"
        )

    adverse = [e for e in case.events if is_adverse(e) and e.date <= case.as_of]
    state = emp.work_state
    # Title VII/ADA: 300 days where a state agency enforces a similar law (the jurisdiction
    # table says which). Elsewhere 180 days is the safe date; 300 the likely one where pipv
    # does not know the state (a territory not in the table) or the table's "no agency" is
    # not yet verified, since a local agency may still give 300. A verified "no agency"
    # (Alabama, Arkansas) is 180 days and nothing likelier.
    entry = jurisdictions.state(state)
    extra: tuple[str, ...] = ("eeoc.charge.conservative",)
    unsure = True
    if entry is not None:
        unsure = entry.needs_confirmation
        extra = (entry.rule_id, *extra) if unsure else (entry.rule_id,)
    for event in adverse:
        likely = add_days(event.date, 300) if unsure else None
        if entry is not None and entry.eeoc_300:
            add(
                "eeoc_charge",
                add_days(event.date, 300),
                event.id,
                event.date,
                "eeoc.charge",
                calendar=FEDERAL,
            )
        else:
            add(
                "eeoc_charge",
                add_days(event.date, 180),
                event.id,
                event.date,
                "eeoc.charge",
                calendar=FEDERAL,
                extra_rules=extra,
                likely=likely,
            )

    # FMLA: each act has its own clock (29 U.S.C. 2617(c)), from the first FMLA activity on.
    fmla_since = [a.date for a in case.protected_activities if a.kind in FMLA_KINDS]
    if fmla_since:
        for event in _after(adverse, min(fmla_since)):
            add("fmla_lawsuit", add_years(event.date, 2), event.id, event.date, "fmla.lawsuit")
            add(
                "fmla_lawsuit_willful",
                add_years(event.date, 3),
                event.id,
                event.date,
                "fmla.lawsuit",
            )

    for report in case.protected_activities:
        if report.kind == "whistleblower_report":
            for event in _after(adverse, report.date):
                _whistleblower(case, report, event, add)

    concerted = [a.date for a in case.protected_activities if a.kind == "concerted_activity"]
    if concerted:
        for event in _after(adverse, min(concerted)):
            add(
                "nlra_charge",
                add_months(event.date, 6),
                event.id,
                event.date,
                "nlra.charge",
                calendar=FEDERAL,
            )

    offer = release_offer(case, line)
    if offer is not None:
        source, offer_date = offer
        if emp.age_40_or_over:
            days = 45 if case.severance.group_exit else 21
            consider = add_days(offer_date, days)
            add(
                "owbpa_consider",
                consider,
                source,
                offer_date,
                "owbpa.consider",
                kind="employer_minimum",
            )
            signed = case.severance.release_signed_date
            # The 7 days run from the signing (29 U.S.C. 626(f)(1)(G)): no date, no clock.
            if signed is not None:
                add(
                    "owbpa_revoke",
                    add_days(signed, 7),
                    "severance.release_signed_date",
                    signed,
                    "owbpa.revoke",
                )
        if state == "CA":
            add(
                "ca_release_consider",
                add_business_days(offer_date, 5),
                source,
                offer_date,
                "ca.sb331.consider",
                kind="employer_minimum",
            )

    if emp.ended_on is not None:
        # The job has ended: the real last day's clocks, and no what-ifs.
        _after_last_day(case, emp.ended_on, "employment.ended_on", "deadline", None, add)
    else:
        for stage in stages:
            if not stage.passed:
                _after_last_day(case, stage.last_day, stage.id, "what_if", stage, add)

    # The jurisdiction table's agencies and the federal and state families of
    # ``federal_clocks`` and ``state_clocks``; imported here because they build on this
    # module's Deadline. Where a family gives a deadline this module already gave (the same
    # clock from the same act under the same rule), the first one stays.
    from .federal_clocks import federal_clocks
    from .state_clocks import agency_charges, state_law_clocks

    for family in (
        agency_charges(case, adverse),
        federal_clocks(case, adverse, stages),
        state_law_clocks(case, adverse, release_offer(case, line)),
    ):
        for deadline in family:
            found.setdefault((deadline.id, deadline.rule, deadline.source), deadline)

    return tuple(sorted(found.values(), key=lambda d: (d.date, d.id, d.source)))


def _whistleblower(
    case: Case, report: ProtectedActivity, event: Event, add: Callable[..., None]
) -> None:
    """The deadlines a report's subject makes possible, from one later act."""
    subjects = (report.subject,) if report.subject else ANY_SUBJECT
    day = event.date
    if "securities_fraud" in subjects and case.employment.employer_public is not False:
        add("sox_complaint", add_days(day, 180), event.id, day, "sox.complaint", calendar=FEDERAL)
    if "workplace_safety" in subjects:
        add("osha_safety_complaint", add_days(day, 30), event.id, day, "osha.safety_complaint")
        state = case.employment.work_state
        # California's 98.7 covers every Labor Code complaint, not safety alone: a report
        # whose subject is not said gets it once, as the Labor Commissioner's general clock
        # (``state_clocks``), not a second time here.
        general = state == "CA" and report.subject is None
        if state in STATE_SAFETY_PLAN and not general:
            count, rule_id = STATE_SAFETY_PLAN[state]
            counted = count(day)
            if counted is not None:
                add("osha_safety_complaint", counted, event.id, day, rule_id)
    # A report about wages and hours starts the FLSA's clocks: ``federal_clocks`` counts
    # them with a wage complaint's, one family from the earliest of either.


def _after_last_day(
    case: Case,
    last_day: date,
    source: str,
    kind: str,
    stage: Stage | None,
    add: Callable[..., None],
) -> None:
    """COBRA and the visa grace period, counted from a last day of work."""
    emp = case.employment
    path = stage.id if stage is not None else None
    projected = stage.projected if stage is not None else False
    grace_end = stage.visa_grace_end if stage is not None else visa_grace_end(case, last_day)
    if grace_end is not None:
        rule_id = "opt.unemployment" if emp.immigration_status == "f1_opt" else "visa.grace"
        add(
            "visa_grace_end",
            grace_end,
            source,
            last_day,
            rule_id,
            kind=kind,
            projected=projected,
            path=path,
        )
    add(
        "cobra_election",
        add_days(last_day, 60),
        source,
        last_day,
        "cobra.election",
        kind=kind,
        projected=projected,
        path=path,
    )


def _after(events: list[Event], since: date) -> list[Event]:
    return [e for e in events if e.date >= since]


def release_offer(case: Case, line: Timeline) -> tuple[str, date] | None:
    """When a release was offered: the user's date, an offer event, or the Pivot meeting."""
    sev = case.severance
    if sev.offer_date is not None:
        return "severance.offer_date", sev.offer_date
    offered = case.latest_event("severance_offer")
    if offered is not None:
        return offered.id, offered.date
    # The Pivot meeting puts the severance offer, and its release, on the table.
    pivot = profile_of(case.employment.process).has_pivot
    if pivot and line.start_event and not line.projected:
        return line.start_event, line.start
    if sev.offer_in_hand:
        return "severance.offer_in_hand", case.as_of
    return None
