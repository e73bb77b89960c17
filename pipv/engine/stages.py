"""Stages of the exit funnel and what each leaves you with in money.

The conventions are fixed by the case-file contract so anyone can check a figure
by hand: weekly pay = annual / 52; severance = weeks x weekly + extra; salary =
annual x days / 365 from as_of to the last day; vests and bonuses count when
as_of < date <= last day; every figure rounds half-up to cents, and the total is
the sum of the rounded figures. Vests and bonuses dated on or before as_of (or the job's real
last day, once it has ended) are already held: no stage, passed or not, counts them as lost.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

from .calendar import add_business_days, add_days
from .case import GRACE_PERIOD_VISAS, Bonus, Case, Severance
from .money import ZERO, cents
from .processes import PROFILES, StageSpec, Terms

JUST_MISSED_DAYS = 90
VISA_GRACE_DAYS = 60
OPT_UNEMPLOYMENT_DAYS = 90
OPT_STEM_UNEMPLOYMENT_DAYS = 150
OPT_DEPARTURE_DAYS = 60

# Derived from the process profiles; the questionnaire reads them by process code.
PROFILE_DEFAULTS: dict[str, Terms] = {code: p.defaults for code, p in PROFILES.items()}
RELEVANT_TERMS: dict[str, tuple[str, ...]] = {
    code: p.relevant_terms for code, p in PROFILES.items()
}


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    funnel_stage: str
    last_day: date
    projected: bool
    passed: bool
    severance_weeks: Decimal
    severance: Decimal
    salary_days: int
    salary: Decimal
    vested_value: Decimal
    bonus: Decimal
    total: Decimal
    vests_kept: tuple[str, ...]
    vests_lost: tuple[str, ...]
    vests_lost_value: Decimal
    just_missed: tuple[str, ...]
    just_missed_value: Decimal
    bonuses_kept: tuple[str, ...]
    bonuses_lost: tuple[str, ...]
    bonus_repayments: tuple[str, ...]
    visa_grace_end: date | None  # the day status ends; before last_day if the I-94 ends first
    rules: tuple[str, ...]
    uses_defaults: tuple[str, ...]

    @property
    def visa_status_ends_first(self) -> bool:
        """Status ends while the job goes on: an I-94 (or OPT and its 60 days) ends before
        this last day, so no grace period follows it."""
        return self.visa_grace_end is not None and self.visa_grace_end < self.last_day


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


@dataclass(frozen=True)
class StagePlan:
    """One stage before its money is counted: when it ends and what it pays."""

    spec: StageSpec
    last_day: date
    weeks: Decimal
    passed: bool
    uses_defaults: tuple[str, ...]
    real_last_day: bool = False  # the job's own last day, not one counted from the terms


def resolve_terms(process: str, given: Severance) -> tuple[Terms, tuple[str, ...]]:
    """Fill missing severance terms from the process profile; name the defaults used."""
    profile = PROFILES[process]
    values = {}
    used: list[str] = []
    for f in fields(Terms):
        mine = getattr(given, f.name)
        if mine is None:
            if f.name in profile.relevant_terms:
                used.append(f.name)
            values[f.name] = getattr(profile.defaults, f.name)
        else:
            values[f.name] = mine
    return Terms(**values), tuple(used)


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
    counted_back = started is None and recorded is not None
    if started is not None:
        anchor, anchor_event = started.date, started.id
    elif recorded is not None:
        # Only the plan's end is recorded: the plan has begun (it may be over), so nothing
        # is projected from today; its start is counted back from the end by its length.
        anchor, anchor_event = add_days(recorded.date, -terms.plan_days), None
    else:
        # No Pivot meeting yet: counted as if it were today, the earliest it can come (a
        # Focus can be ended into Pivot at any time), as the case format says.
        anchor, anchor_event = case.as_of, None
    deadline = None
    if has_pivot:
        # With only the plan's start (or end) recorded, the choice had closed by its start.
        closed = pivot is None and (chosen is not None or counted_back)
        deadline = anchor if closed else add_business_days(anchor, terms.decision_business_days)
    # The chosen plan starts on the day recorded for it, which may come before the decision
    # deadline or after it; otherwise when the window closes.
    plan_from = chosen.date if chosen is not None else deadline or anchor
    # The day the person recorded for the plan's end is the plan's own (its letter, or an
    # extension), where a length is only the process's usual one: it wins, unless it
    # falls before the plan could start.
    by_length = add_days(plan_from, terms.plan_days)
    if recorded is not None and recorded.date >= plan_from:
        plan_end, end_event = recorded.date, recorded.id
    else:
        plan_end, end_event = by_length, None
    appeal = _appeal(case, terms, plan_from, plan_end) if has_pivot else None
    projected = started is None and recorded is None
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
    )


@dataclass(frozen=True)
class Appeal:
    end: date  # the panel's decision
    event: str | None  # the decision or the filing it is counted from, when recorded
    decided: bool
    projected: bool  # no decision recorded, and its usual day has passed: as_of instead


def _appeal(case: Case, terms: Terms, plan_from: date, plan_end: date) -> Appeal:
    """The day the panel decides (the appeal's end), and what it is counted from.

    A decision recorded is the day itself. With only the filing recorded, the appeal's
    usual length after the filing, and never before as_of: an appeal not yet decided
    cannot already have been lost, so an overdue decision is projected to as_of, the
    earliest it can come. With neither, the appeal's length after the plan's end. Appeal
    events dated before this plan could start belong to another plan, and are not used.
    """
    filed = case.latest_event("appeal_filed")
    decision = case.latest_event("appeal_decision")
    filed = filed if filed is not None and filed.date >= plan_from else None
    if decision is not None and decision.date >= plan_from:
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


def plan_stage(
    case: Case, terms: Terms, line: Timeline, spec: StageSpec, defaults_used: tuple[str, ...]
) -> StagePlan:
    """When a stage's last day falls, whether it has passed, and the weeks it pays."""
    emp = case.employment
    weeks = getattr(terms, spec.weeks) if spec.weeks else ZERO
    pay = () if spec.weeks is None else (spec.weeks, "extra")
    uses = {*pay, *(("grace_days",) if spec.plus_grace else ()), *anchor_terms(line, spec.anchor)}
    anchor = case.as_of if spec.anchor == "as_of" else getattr(line, spec.anchor)
    assert anchor is not None, f"{spec.id}: the timeline has no {spec.anchor}"
    last_day = add_days(anchor, (terms.grace_days if spec.plus_grace else 0) + spec.plus_days)
    ended = emp.ended_on
    if ended is not None and (emp.exit_path == spec.id or last_day > ended):
        # The way the job ended, and any way that would have run past its end, end on the
        # real last day: no salary or vest after it, and no term dated it.
        return StagePlan(
            spec=spec,
            last_day=ended,
            weeks=weeks,
            passed=True,
            uses_defaults=tuple(n for n in defaults_used if n in {spec.weeks, "extra"}),
            real_last_day=True,
        )
    passed = False
    if spec.anchor != "as_of":
        passed = (anchor if spec.passed_with_anchor else last_day) < case.as_of
    if spec.anchor == "decision_deadline" and line.plan_chosen:
        passed = True  # the plan was chosen: the offer it was chosen over is gone
    if spec.anchor == "plan_end" and line.appeal_event is not None:
        passed = True  # the appeal was chosen: the failed plan's offer is gone
    return StagePlan(
        spec=spec,
        last_day=last_day,
        weeks=weeks,
        passed=passed,
        uses_defaults=tuple(n for n in defaults_used if n in uses),
    )


def compute_stages(case: Case) -> tuple[Terms, tuple[str, ...], Timeline, tuple[Stage, ...]]:
    terms, defaults_used = resolve_terms(case.employment.process, case.severance)
    line = timeline(case, terms)
    stages = tuple(
        _stage(case, terms, line, plan_stage(case, terms, line, spec, defaults_used))
        for spec in PROFILES[case.employment.process].stages
    )
    if case.employment.ended_on is not None:
        # The job has ended: no path is still open and none is projected. The stages stay
        # for the record of what each would have paid, none past the real last day
        # (plan_stage); that day's clocks are the deadlines.
        stages = tuple(replace(s, passed=True, projected=False) for s in stages)
    return terms, defaults_used, line, stages


def _stage(case: Case, terms: Terms, line: Timeline, plan: StagePlan) -> Stage:
    emp = case.employment
    as_of = case.as_of
    last_day = plan.last_day
    annual = emp.base_salary_annual
    is_baseline = plan.spec.weeks is None
    # weeks x (annual / 52), multiplied before dividing: annual / 52 rarely ends, and its
    # 28-digit rounding could tip an exact half cent (26 x 6,748.21 / 52 = 3,374.105) down.
    severance = ZERO if is_baseline else plan.weeks * annual / 52 + terms.extra
    salary_days = max(0, (last_day - as_of).days)
    salary = annual * salary_days / 365

    comp = case.compensation
    held = held_until(case)
    kept = [v for v in comp.vests if as_of < v.date <= last_day]
    # A vest the person already holds is theirs, whatever a passed stage's day would have done.
    lost = [v for v in comp.vests if v.date > last_day and v.date > held]
    missed = [v for v in lost if v.date <= last_day + timedelta(days=JUST_MISSED_DAYS)]
    received, bonuses_lost, repaid, bonus = _bonuses(case, last_day)

    def value(vests: list) -> Decimal:
        return sum((v.shares * comp.share_price for v in vests), ZERO)

    parts = [cents(severance), cents(salary), cents(value(kept)), cents(bonus)]
    grace_end = _stage_grace_end(case, plan)
    rules = [plan.spec.rule, "money.conventions", *plan.spec.rules]
    if not is_baseline and not plan.real_last_day:
        rules.extend(date_rules(line, plan.spec))
    if missed:
        rules.append("vesting.just_missed")
    if repaid:
        rules.append("bonus.repayment")
    if grace_end is not None:
        rules.append(visa_rule(case))

    return Stage(
        id=plan.spec.id,
        title=plan.spec.title,
        funnel_stage=plan.spec.funnel,
        last_day=last_day,
        projected=plan.spec.anchor in line.estimated and not is_baseline,
        passed=plan.passed,
        severance_weeks=ZERO if is_baseline else plan.weeks,
        severance=parts[0],
        salary_days=salary_days,
        salary=parts[1],
        vested_value=parts[2],
        bonus=parts[3],
        total=sum(parts, ZERO),
        vests_kept=tuple(v.id for v in kept),
        vests_lost=tuple(v.id for v in lost),
        vests_lost_value=cents(value(lost)),
        just_missed=tuple(v.id for v in missed),
        just_missed_value=cents(value(missed)),
        bonuses_kept=tuple(b.id for b in received),
        bonuses_lost=tuple(b.id for b in bonuses_lost),
        bonus_repayments=tuple(b.id for b in repaid),
        visa_grace_end=grace_end,
        rules=tuple(rules),
        uses_defaults=() if is_baseline else plan.uses_defaults,
    )


def held_until(case: Case) -> date:
    """Vests and bonuses dated up to this day are already the person's: the as-of date, or
    the job's real last day when it ended before. No stage counts them as lost."""
    ended = case.employment.ended_on
    return case.as_of if ended is None else min(case.as_of, ended)


def _stage_grace_end(case: Case, plan: StagePlan) -> date | None:
    """Once the job has ended, visa status runs on from its real last day only: the ways it
    did not end have no grace period of their own to show."""
    emp = case.employment
    if emp.ended_on is not None and emp.exit_path != plan.spec.id:
        return None
    return visa_grace_end(case, plan.last_day)


def _bonuses(case: Case, last_day: date) -> tuple[list[Bonus], list[Bonus], list[Bonus], Decimal]:
    """Bonuses received by the last day, those lost, those to repay, and the net amount."""
    as_of = case.as_of
    bonuses = case.compensation.bonuses
    received = [b for b in bonuses if as_of < b.date <= last_day]
    held = held_until(case)
    lost = [b for b in bonuses if b.date > last_day and b.date > held]
    repaid = [
        b
        for b in bonuses
        if b.date <= last_day
        and b.repay_if_leave_before is not None
        and last_day < b.repay_if_leave_before
    ]
    net = sum((b.amount for b in received), ZERO) - sum(
        (b.repay_amount if b.repay_amount is not None else b.amount for b in repaid), ZERO
    )
    return received, lost, repaid, net


def visa_rule(case: Case) -> str:
    """The rule behind the day status ends: OPT's days without a job, or a visa's grace."""
    return "opt.unemployment" if case.employment.immigration_status == "f1_opt" else "visa.grace"


def visa_grace_end(case: Case, last_day: date) -> date | None:
    """The day status ends if the job ends on ``last_day``.

    8 CFR 214.1(l)(2): up to 60 days after the job or until the end of the authorized
    validity period (the I-94), whichever is shorter; OPT: see ``opt_status_end``. An
    I-94 (or OPT's 60 days) that ends before the last day leaves no grace period at all:
    status ends while the job goes on, so that earlier day is the one returned.
    """
    emp = case.employment
    if emp.immigration_status in GRACE_PERIOD_VISAS:
        end = add_days(last_day, VISA_GRACE_DAYS)
        if emp.visa_valid_until is not None:
            end = min(end, emp.visa_valid_until)
        return end
    if emp.immigration_status == "f1_opt":
        return opt_status_end(case, last_day)
    return None


def opt_status_end(case: Case, last_day: date) -> date:
    """The day F-1 status ends on post-completion OPT if the job ends on ``last_day``.

    Days without a job count only while OPT is authorised (8 CFR 214.2(f)(10)(ii)(E)). If
    the days left run out on or before OPT's own end (the EAD card's date), status ends
    then. If OPT ends first, with days to spare, the person has completed OPT and has the
    60 days after it to leave or change status (8 CFR 214.2(f)(5)(i)): the EAD's end + 60.
    The days left, not the 60 days, also decide an EAD end that is exactly the day they run
    out: the earlier, safer day.
    """
    emp = case.employment
    allowed = OPT_STEM_UNEMPLOYMENT_DAYS if emp.opt_stem_extension else OPT_UNEMPLOYMENT_DAYS
    days_run_out = add_days(last_day, max(0, allowed - (emp.opt_unemployment_days_used or 0)))
    ead_end = emp.visa_valid_until
    if ead_end is None or days_run_out <= ead_end:
        return days_run_out
    return add_days(ead_end, OPT_DEPARTURE_DAYS)
