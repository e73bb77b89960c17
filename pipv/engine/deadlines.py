"""Deadlines that start running: agency charges, lawsuits, release review, visa, COBRA.

Each deadline names the record item it runs from and the rule that produced it, and is one of three
kinds: a ``deadline`` the person must meet, an ``employer_minimum`` (time the employer must
give) or a ``what_if`` (a clock that starts only if the person leaves a given way).

``file_by`` is the day the rule's count ends, never moved: the safe day to act by. Where
the agency itself accepts the next business day after a weekend or holiday (the EEOC says
so; state agencies by the state's own legal holidays), ``date`` is that day and says so.
Court, release and benefit periods are shown as counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from . import jurisdictions
from .calendar import FEDERAL, add_business_days, add_days, add_months, add_years
from .case import Case
from .clocks import KINDS, Clock, Deadline, Facts, each_act
from .federal_clocks import FEDERAL_FAMILIES
from .federal_clocks import TITLES as FEDERAL_TITLES
from .i18n import _
from .intake import employees_needed
from .process_dates import Timeline
from .processes import STAGES, profile_of
from .stages import Stage
from .state_clocks import STATE_LAW_FAMILIES, agency_charges, california_98_7
from .state_clocks import TITLES as STATE_TITLES
from .timing import is_adverse
from .visa_status import visa_grace_end, visa_rule

__all__ = [
    "KINDS",
    "OFFER_DAY_NOT_GIVEN",
    "VISA_VALID_UNTIL",
    "Deadline",
    "compute_deadlines",
    "firing_day_missing",
    "release_offer",
]

FMLA_KINDS = frozenset({"fmla_request", "fmla_leave"})

# The source of the release's clocks when an offer is in hand but its day is not given: they
# count from the as-of date, and the report says so and asks for the day.
OFFER_DAY_NOT_GIVEN = "severance.offer_in_hand"

# The source of the day visa status ends when the I-94 (or OPT) ends before a last day.
VISA_VALID_UNTIL = "employment.visa_valid_until"

# What a whistleblower report can be about when the person has not said: every law that
# could protect it (other_law has no deadline pipv knows).
ANY_SUBJECT = ("securities_fraud", "workplace_safety", "wages_hours")

# Safety complaints under a state plan, where the state gives a different period than the
# OSH Act's 30 days: (state, rule id, how to count from the act).
WA_WISHA_90_DAYS_FROM = date(2022, 7, 1)  # ESHB 1097


def _wa_wisha(day: date) -> date | None:
    # Before the change WISHA also gave 30 days: the same as the federal complaint.
    return add_days(day, 90) if day >= WA_WISHA_90_DAYS_FROM else None


STATE_SAFETY_PLAN: dict[str, tuple[Callable[[date], date | None], str]] = {
    "WA": (_wa_wisha, "state.wa.wisha"),
    "CA": (california_98_7, "state.ca.lc98_7"),
}

OWN_TITLES = {
    "pivot_decision": _("Choose: Pivot offer or improvement plan"),
    "eeoc_charge": _("Last day to file an EEOC charge"),
    "fmla_lawsuit": _("Last day to sue under the FMLA"),
    "fmla_lawsuit_willful": _("Last day to sue under the FMLA if the violation was willful"),
    "sox_complaint": _("Last day for a SOX complaint to OSHA"),
    "osha_safety_complaint": _("Last day for a safety retaliation complaint"),
    "nlra_charge": _("Last day for an NLRB charge"),
    "owbpa_consider": _("Age 40+: the release must give you until at least this day"),
    "owbpa_revoke": _("Age 40+: last day to cancel a signed release"),
    "ca_release_consider": _("California: at least 5 business days to consider the agreement"),
    "visa_grace_end": _("Visa grace period ends"),
    "visa_status_end": _("Visa status ends, unless extended"),
    "cobra_election": _("Earliest COBRA election deadline"),
}
# Every deadline's title, by its id: a family's clock carries no title of its own.
TITLES = {**OWN_TITLES, **FEDERAL_TITLES, **STATE_TITLES}
# A title for a deadline id under one rule, where the id's own would say something else: on
# F-1 OPT the day status ends is no visa grace period but the days allowed without a job
# running out (8 CFR 214.2(f)(10)(ii)(E)), or the 60 days after OPT (214.2(f)(5)(i)).
RULE_TITLES = {
    ("visa_grace_end", "opt.unemployment"): _("OPT: your F-1 status ends"),
}


def _pivot_decision(f: Facts) -> Iterator[Clock]:
    line = f.line
    # Only a recorded Pivot meeting (of a process that has one) starts the decision clock,
    # and only while the choice is still to make: once the job has ended, or the plan it
    # offers is recorded as chosen (the Pivot offer is then gone, as its stage says), there
    # is no choice left to act by.
    decided = f.case.employment.ended_on is not None or line.plan_chosen
    if line.at_pivot_meeting and line.start_event and line.decision_deadline and not decided:
        latest = line.decision_open_until
        later = latest is not None and latest > line.decision_deadline
        yield Clock(
            "pivot_decision",
            line.decision_deadline,
            line.start_event,
            line.start,
            "pivot.decision",
            extra_rules=("pivot.holidays_unknown",) if later else (),
            latest=latest if later else None,
        )


def _eeoc_charge(f: Facts) -> Iterator[Clock]:
    """Title VII/ADA: 300 days where a state agency enforces a similar law.

    The jurisdiction table says which states. A state it lists with no agency for private
    employers (Alabama, Georgia, Mississippi, North Carolina...) has the EEOC's 180 days
    (42 U.S.C. 2000e-5(e)(1); 29 CFR 1601.13(a)), with the state's rule saying where a local
    agency might give 300, and no later date is called likely. Only where pipv does not know
    the state (a territory not in the table) is 180 days the safe date and 300 the likely one.
    """
    entry = jurisdictions.state(f.case.employment.work_state)
    if entry is not None and entry.eeoc_300:
        yield from each_act(
            f.adverse, "eeoc_charge", lambda d: add_days(d, 300), "eeoc.charge", calendar=FEDERAL
        )
        return
    unknown = entry is None
    extra = ("eeoc.charge.conservative",) if entry is None else (entry.rule_id,)
    for event in f.adverse:
        yield Clock(
            "eeoc_charge",
            add_days(event.date, 180),
            event.id,
            event.date,
            "eeoc.charge",
            calendar=FEDERAL,
            extra_rules=extra,
            likely=add_days(event.date, 300) if unknown else None,
        )


def _fmla(f: Facts) -> Iterator[Clock]:
    """Each act has its own clock (29 U.S.C. 2617(c)), from the first FMLA activity on."""
    for event in f.after_kinds(FMLA_KINDS):
        for deadline_id, years in (("fmla_lawsuit", 2), ("fmla_lawsuit_willful", 3)):
            yield Clock(
                deadline_id, add_years(event.date, years), event.id, event.date, "fmla.lawsuit"
            )


def _whistleblower(f: Facts) -> Iterator[Clock]:
    """The deadlines a report's subject makes possible, from each later act."""
    emp = f.case.employment
    state = emp.work_state
    for report in f.case.protected_activities:
        if report.kind != "whistleblower_report":
            continue
        subjects = (report.subject,) if report.subject else ANY_SUBJECT
        # California's 98.7 covers every Labor Code complaint, not safety alone: a report
        # whose subject is not said gets it once, as the Labor Commissioner's general clock
        # (``state_clocks``), not a second time here.
        state_plan = state in STATE_SAFETY_PLAN and not (state == "CA" and report.subject is None)
        for event in f.adverse:
            if event.date < report.date:
                continue
            day = event.date
            if "securities_fraud" in subjects and emp.employer_public is not False:
                # Shown as counted: no public source read says OSHA takes it the next
                # business day (29 CFR 1980.103(d) says only what the filing date is).
                yield Clock("sox_complaint", add_days(day, 180), event.id, day, "sox.complaint")
            if "workplace_safety" in subjects:
                yield Clock(
                    "osha_safety_complaint",
                    add_days(day, 30),
                    event.id,
                    day,
                    "osha.safety_complaint",
                )
                if state_plan:
                    count, rule_id = STATE_SAFETY_PLAN[state]
                    counted = count(day)
                    if counted is not None:
                        yield Clock("osha_safety_complaint", counted, event.id, day, rule_id)
    # A report about wages and hours starts the FLSA's clocks: ``federal_clocks`` counts
    # them with a wage complaint's, one family from the earliest of either.


def _nlra(f: Facts) -> Iterator[Clock]:
    # Shown as counted: the EEOC's next business day is no source for the NLRB's six months,
    # and no NLRB rule read says the charge (and its service) may come the next business day.
    acts = f.after_kinds({"concerted_activity"})
    yield from each_act(acts, "nlra_charge", lambda d: add_months(d, 6), "nlra.charge")


def _release(f: Facts) -> Iterator[Clock]:
    """Time to consider a release (age 40 and over; California), and to revoke it."""
    if f.offer is None:
        return
    case = f.case
    source, offer_date = f.offer
    if case.employment.age_40_or_over:
        days = 45 if case.severance.group_exit else 21
        consider = add_days(offer_date, days)
        yield Clock(
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
            yield Clock(
                "owbpa_revoke",
                add_days(signed, 7),
                "severance.release_signed_date",
                signed,
                "owbpa.revoke",
            )
    if case.employment.work_state == "CA":
        # A California rule: its business days skip California's holidays (the day after
        # Thanksgiving among them), not only the federal ones.
        yield Clock(
            "ca_release_consider",
            add_business_days(offer_date, 5, "CA"),
            source,
            offer_date,
            "ca.sb331.consider",
            kind="employer_minimum",
        )


def _after_last_day(f: Facts) -> Iterator[Clock]:
    """COBRA and the visa grace period, counted from a last day of work.

    Once the job has ended, from the real last day; until then, as what-ifs from the last
    day of each way of leaving still open.
    """
    ended = f.case.employment.ended_on
    if ended is not None:
        yield from _from_last_day(f.case, ended, "employment.ended_on", "deadline", None)
        return
    for stage in f.stages:
        if not stage.passed:
            yield from _from_last_day(f.case, stage.last_day, stage.id, "what_if", stage)


def _from_last_day(
    case: Case, last_day: date, source: str, kind: str, stage: Stage | None
) -> Iterator[Clock]:
    emp = case.employment
    path = stage.id if stage is not None else None
    projected = stage.projected if stage is not None else False
    grace_end = stage.visa_grace_end if stage is not None else visa_grace_end(case, last_day)
    rule_id = visa_rule(case)
    if grace_end is not None and grace_end < last_day and emp.visa_valid_until is not None:
        # The I-94 (or OPT and its 60 days) ends while the job goes on: no grace period
        # after this last day, and status ends then however the job ends, unless extended.
        # One deadline, from that date itself, for every way of leaving that runs past it.
        yield Clock("visa_status_end", grace_end, VISA_VALID_UNTIL, emp.visa_valid_until, rule_id)
    elif grace_end is not None:
        yield Clock(
            "visa_grace_end",
            grace_end,
            source,
            last_day,
            rule_id,
            kind=kind,
            projected=projected,
            path=path,
        )
    yield Clock(
        "cobra_election",
        add_days(last_day, 60),
        source,
        last_day,
        "cobra.election",
        kind=kind,
        projected=projected,
        path=path,
    )


# Every deadline family, in the order they are counted. Where two give the same clock (the
# same deadline from the same act under the same rule, as after two reports of one kind),
# the first one stays.
FAMILIES: tuple[Callable[[Facts], Iterator[Clock]], ...] = (
    _pivot_decision,
    _eeoc_charge,
    _fmla,
    _whistleblower,
    _nlra,
    _release,
    _after_last_day,
    agency_charges,
    *FEDERAL_FAMILIES,
    *STATE_LAW_FAMILIES,
)


def compute_deadlines(
    case: Case, line: Timeline, stages: tuple[Stage, ...]
) -> tuple[Deadline, ...]:
    adverse = [e for e in case.events if is_adverse(e) and e.date <= case.as_of]
    facts = Facts(case, line, stages, adverse, release_offer(case, line))
    found: dict[tuple[str, str, str], Deadline] = {}
    for family in FAMILIES:
        for clock in family(facts):
            found.setdefault(
                (clock.id, clock.rule, clock.source), clock.count(case.as_of, _title(clock))
            )
    counted = (replace(d, employees_needed=employees_needed(case, d.id)) for d in found.values())
    return tuple(sorted(counted, key=lambda d: (d.date, d.id, d.source)))


def _title(clock: Clock) -> str:
    return RULE_TITLES.get((clock.id, clock.rule), TITLES[clock.id])


def release_offer(case: Case, line: Timeline) -> tuple[str, date] | None:
    """When a release was offered: the user's date, an offer event, or the Pivot meeting."""
    sev = case.severance
    if sev.offer_date is not None:
        return "severance.offer_date", sev.offer_date
    offered = case.latest_event("severance_offer")
    if offered is not None:
        return offered.id, offered.date
    # The Pivot meeting puts the severance offer, and its release, on the table.
    if line.at_pivot_meeting and line.start_event:
        return line.start_event, line.start
    if sev.offer_in_hand:
        return OFFER_DAY_NOT_GIVEN, case.as_of
    return None


def firing_day_missing(case: Case) -> str | None:
    """Whether the job may have been ended for the person with the day they were told of it
    missing from the record: "fired", "if_fired" (the way it ended does not say), or None.

    The deadlines to file a charge about a firing run from the day the decision was made and
    told (Delaware State College v. Ricks, 449 U.S. 250 (1980)), not from the last day, which
    can come later: pipv asks for that day rather than count from a day that may be too late.
    The day is on record as "Told I am fired", or the plan's end that ended the job, on or
    before the last day. An appeal of the decision does not move its day (Electrical Workers v.
    Robbins & Myers, 429 U.S. 229 (1976)), and a letter dated after the last day may only
    confirm what the person was told before.
    """
    emp = case.employment
    ended = emp.ended_on
    profile = profile_of(emp.process)
    if ended is None or emp.exit_path in profile.leave_stages:
        return None
    stage = STAGES.get(emp.exit_path or "")
    plan_end = (
        ("improvement_plan_end",) if stage and "improvement_plan_end" in stage.ended_by else ()
    )
    if any(e.date <= ended for e in case.events_of("termination_notice", *plan_end)):
        return None
    # Staying on ends only by the employer's choice; after another way ("other", not said,
    # or a won appeal with no new team found) the person may have left on their own.
    return "fired" if emp.exit_path in profile.stay_stages else "if_fired"
