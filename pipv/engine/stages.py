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

from .calendar import add_days
from .case import Bonus, Case, Severance
from .money import ZERO, cents
from .process_dates import Timeline, anchor_terms, date_rules, timeline
from .processes import PROFILES, StageSpec, Terms
from .stay_or_pay import repayments_in_doubt
from .visa_status import visa_grace_end, visa_rule

JUST_MISSED_DAYS = 90

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
    # Of those, the ones California's stay-or-pay law may make void on this way of leaving
    # (stay_or_pay): still subtracted above, flagged for the lawyer.
    repayments_in_doubt: tuple[str, ...]
    visa_grace_end: date | None  # the day status ends; before last_day if the I-94 ends first
    rules: tuple[str, ...]
    uses_defaults: tuple[str, ...]

    @property
    def visa_status_ends_first(self) -> bool:
        """Status ends while the job goes on: an I-94 (or OPT and its 60 days) ends before
        this last day, so no grace period follows it."""
        return self.visa_grace_end is not None and self.visa_grace_end < self.last_day


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
        # The Pivot offer stays open until the latest day its choice can be due.
        open_until = anchor
        if spec.anchor == "decision_deadline" and line.decision_open_until is not None:
            open_until = max(anchor, line.decision_open_until)
        passed = (open_until if spec.passed_with_anchor else last_day) < case.as_of
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
    in_doubt = repayments_in_doubt(case, plan.spec.id, repaid)

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
    if in_doubt:
        rules.append("ca.stay_or_pay")
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
        repayments_in_doubt=in_doubt,
        visa_grace_end=grace_end,
        rules=tuple(rules),
        uses_defaults=() if is_baseline else plan.uses_defaults,
    )


def held_until(case: Case) -> date:
    """Vests and bonuses dated up to this day are already the person's: the as-of date, or
    the job's real last day when it ended before. No stage counts them as lost."""
    ended = case.employment.ended_on
    return case.as_of if ended is None else min(case.as_of, ended)


def bonus_state(case: Case, bonus: Bonus) -> str:
    """``paid`` by the day the person still held it (see ``held_until``), ``after_job`` when
    the job ended before its date (no stage counts it as theirs), else ``to_be_paid``."""
    if bonus.date <= held_until(case):
        return "paid"
    return "after_job" if case.employment.ended_on is not None else "to_be_paid"


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
