"""Stages of the exit funnel and what each leaves you with in money.

The conventions are fixed by the case-file contract so anyone can check a figure
by hand: weekly pay = annual / 52; severance = weeks x weekly + extra; salary =
annual x days / 365 from as_of to the last day; vests and bonuses count when
as_of < date <= last day; every figure rounds half-up to cents, and the total is
the sum of the rounded figures.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

from .calendar import add_business_days, add_days
from .case import GRACE_PERIOD_VISAS, Case, Severance
from .i18n import _
from .money import ZERO, cents

JUST_MISSED_DAYS = 90
FOCUS_NEXT_STEPS_DAYS = 30
APPEAL_WIN_TEAM_SEARCH_DAYS = 60
VISA_GRACE_DAYS = 60
OPT_UNEMPLOYMENT_DAYS = 90
OPT_STEM_UNEMPLOYMENT_DAYS = 150


@dataclass(frozen=True)
class Terms:
    """Severance terms after defaults are filled in."""

    t1_weeks: Decimal
    t2_weeks: Decimal
    t3_weeks: Decimal
    extra: Decimal
    grace_days: int
    decision_business_days: int
    plan_days: int
    appeal_days: int


PROFILE_DEFAULTS: dict[str, Terms] = {
    # As publicly reported for Amazon (focus-pivot.md, legal-reference §g), unverified.
    "amazon-focus-pivot": Terms(
        t1_weeks=Decimal(12),
        t2_weeks=Decimal(4),
        t3_weeks=Decimal(2),
        extra=ZERO,
        grace_days=0,
        decision_business_days=5,
        plan_days=30,
        appeal_days=7,
    ),
    # Most employers publish no severance for a failed plan: nothing unless entered.
    "generic-pip": Terms(
        t1_weeks=ZERO,
        t2_weeks=ZERO,
        t3_weeks=ZERO,
        extra=ZERO,
        grace_days=0,
        decision_business_days=5,
        plan_days=30,
        appeal_days=7,
    ),
}

STAGE_TITLES = {
    "resign_now": _("Leave now, no severance"),
    "pivot_leave_t1": _("Take the Pivot offer (T1)"),
    "plan_fail_t2": _("Try the plan, it fails (T2)"),
    "appeal_fail_t3": _("Appeal, and lose (T3)"),
    "appeal_win": _("Appeal and win, no new team found"),
    "pip_fail": _("The plan fails"),
}

FUNNEL = {
    "resign_now": _("Warning signs / Focus"),
    "pivot_leave_t1": _("Pivot entry"),
    "plan_fail_t2": _("Improvement plan"),
    "appeal_fail_t3": _("Appeal"),
    "appeal_win": _("Appeal"),
    "pip_fail": _("Improvement plan"),
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
    visa_grace_end: date | None
    rules: tuple[str, ...]
    uses_defaults: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    """The key dates the stages hang from."""

    start: date  # the Pivot meeting, the plan start, or the projected equivalent
    start_event: str | None
    projected: bool
    decision_deadline: date | None
    plan_end: date
    appeal_end: date | None


# The terms each process actually uses; only these are reported as defaults.
RELEVANT_TERMS = {
    "amazon-focus-pivot": tuple(f.name for f in fields(Terms)),
    "generic-pip": ("t2_weeks", "extra", "plan_days"),
}


def resolve_terms(process: str, given: Severance) -> tuple[Terms, tuple[str, ...]]:
    """Fill missing severance terms from the process profile; name the defaults used."""
    defaults = PROFILE_DEFAULTS[process]
    values = {}
    used: list[str] = []
    for f in fields(Terms):
        mine = getattr(given, f.name)
        if mine is None:
            if f.name in RELEVANT_TERMS[process]:
                used.append(f.name)
            values[f.name] = getattr(defaults, f.name)
        else:
            values[f.name] = mine
    return Terms(**values), tuple(used)


def timeline(case: Case, terms: Terms) -> Timeline:
    pivot = case.latest_event("pivot_meeting")
    plan_start = case.latest_event("improvement_plan_start")
    if case.employment.process == "generic-pip" and plan_start is not None:
        anchor, anchor_event, projected = plan_start.date, plan_start.id, False
    elif pivot is not None:
        anchor, anchor_event, projected = pivot.date, pivot.id, False
    else:
        anchor, anchor_event, projected = _projected_start(case), None, True

    if case.employment.process == "generic-pip":
        return Timeline(
            start=anchor,
            start_event=anchor_event,
            projected=projected,
            decision_deadline=None,
            plan_end=add_days(anchor, terms.plan_days),
            appeal_end=None,
        )
    deadline = add_business_days(anchor, terms.decision_business_days)
    plan_end = add_days(deadline, terms.plan_days)
    return Timeline(
        start=anchor,
        start_event=anchor_event,
        projected=projected,
        decision_deadline=deadline,
        plan_end=plan_end,
        appeal_end=add_days(plan_end, terms.appeal_days),
    )


def _projected_start(case: Case) -> date:
    """No Pivot meeting yet: from today, or from a Focus entry's 30-day next-steps date."""
    focus = case.latest_event("focus_entry")
    if focus is None:
        return case.as_of
    return max(case.as_of, add_days(focus.date, FOCUS_NEXT_STEPS_DAYS))


def compute_stages(case: Case) -> tuple[Terms, tuple[str, ...], Timeline, tuple[Stage, ...]]:
    terms, defaults_used = resolve_terms(case.employment.process, case.severance)
    line = timeline(case, terms)
    amazon = case.employment.process == "amazon-focus-pivot"
    tier_defaults = defaults_used
    plans: list[tuple[str, date, Decimal, bool, tuple[str, ...], str]] = [
        ("resign_now", case.as_of, ZERO, False, (), "stage.resign_now")
    ]
    if amazon:
        assert line.decision_deadline is not None and line.appeal_end is not None
        grace = terms.grace_days
        plans += [
            (
                "pivot_leave_t1",
                add_days(line.decision_deadline, grace),
                terms.t1_weeks,
                line.decision_deadline < case.as_of,
                _only(tier_defaults, "t1_weeks", "extra", "grace_days", "decision_business_days"),
                "stage.amazon.pivot_leave_t1",
            ),
            (
                "plan_fail_t2",
                add_days(line.plan_end, grace),
                terms.t2_weeks,
                add_days(line.plan_end, grace) < case.as_of,
                _only(tier_defaults, "t2_weeks", "extra", "grace_days", "plan_days"),
                "stage.amazon.plan_fail_t2",
            ),
            (
                "appeal_fail_t3",
                add_days(line.appeal_end, grace),
                terms.t3_weeks,
                add_days(line.appeal_end, grace) < case.as_of,
                _only(tier_defaults, "t3_weeks", "extra", "grace_days", "plan_days", "appeal_days"),
                "stage.amazon.appeal_fail_t3",
            ),
            (
                "appeal_win",
                add_days(line.appeal_end, APPEAL_WIN_TEAM_SEARCH_DAYS),
                terms.t1_weeks,
                add_days(line.appeal_end, APPEAL_WIN_TEAM_SEARCH_DAYS) < case.as_of,
                _only(tier_defaults, "t1_weeks", "extra", "plan_days", "appeal_days"),
                "stage.amazon.appeal_win",
            ),
        ]
    else:
        plans.append(
            (
                "pip_fail",
                line.plan_end,
                terms.t2_weeks,
                line.plan_end < case.as_of,
                _only(tier_defaults, "t2_weeks", "extra", "plan_days"),
                "stage.generic.pip_fail",
            )
        )
    stages = tuple(
        _stage(case, terms, line, stage_id, last_day, weeks, passed, uses, rule_id)
        for stage_id, last_day, weeks, passed, uses, rule_id in plans
    )
    if case.employment.ended_on is not None:
        # The job has ended: no path is still open and none is projected. The stages stay
        # for the record of what each would have paid; the real last day's clocks are the
        # deadlines.
        stages = tuple(replace(s, passed=True, projected=False) for s in stages)
    return terms, defaults_used, line, stages


def _only(used: tuple[str, ...], *names: str) -> tuple[str, ...]:
    return tuple(n for n in used if n in names)


def _stage(
    case: Case,
    terms: Terms,
    line: Timeline,
    stage_id: str,
    last_day: date,
    weeks: Decimal,
    passed: bool,
    uses_defaults: tuple[str, ...],
    stage_rule: str,
) -> Stage:
    emp = case.employment
    as_of = case.as_of
    annual = emp.base_salary_annual
    is_baseline = stage_id == "resign_now"
    # weeks x (annual / 52), multiplied before dividing: annual / 52 rarely ends, and its
    # 28-digit rounding could tip an exact half cent (26 x 6,748.21 / 52 = 3,374.105) down.
    severance = ZERO if is_baseline else weeks * annual / 52 + terms.extra
    salary_days = max(0, (last_day - as_of).days)
    salary = annual * salary_days / 365

    comp = case.compensation
    kept = [v for v in comp.vests if as_of < v.date <= last_day]
    lost = [v for v in comp.vests if v.date > last_day]
    missed = [v for v in lost if v.date <= last_day + timedelta(days=JUST_MISSED_DAYS)]

    received = [b for b in comp.bonuses if as_of < b.date <= last_day]
    bonuses_lost = [b for b in comp.bonuses if b.date > last_day]
    repaid = [
        b
        for b in comp.bonuses
        if b.date <= last_day
        and b.repay_if_leave_before is not None
        and last_day < b.repay_if_leave_before
    ]
    bonus = sum((b.amount for b in received), ZERO) - sum(
        (b.repay_amount if b.repay_amount is not None else b.amount for b in repaid), ZERO
    )

    def value(vests: list) -> Decimal:
        return sum((v.shares * comp.share_price for v in vests), ZERO)

    parts = [cents(severance), cents(salary), cents(value(kept)), cents(bonus)]
    rules = [stage_rule, "money.conventions"]
    if case.employment.process == "amazon-focus-pivot" and not is_baseline:
        rules.append("amazon.severance_defaults")
        if stage_id == "pivot_leave_t1":
            rules.append("pivot.decision")
    if line.projected and not is_baseline:
        rules.append("stage.projected")
    if missed:
        rules.append("vesting.just_missed")
    if repaid:
        rules.append("bonus.repayment")
    grace_end = visa_grace_end(case, last_day)
    if grace_end is not None:
        rules.append("opt.unemployment" if emp.immigration_status == "f1_opt" else "visa.grace")

    return Stage(
        id=stage_id,
        title=STAGE_TITLES[stage_id],
        funnel_stage=FUNNEL[stage_id],
        last_day=last_day,
        projected=line.projected and not is_baseline,
        passed=passed,
        severance_weeks=ZERO if is_baseline else weeks,
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
        uses_defaults=() if is_baseline else uses_defaults,
    )


def visa_grace_end(case: Case, last_day: date) -> date | None:
    """8 CFR 214.1(l)(2): 60 days or the I-94 end, whichever is sooner; OPT: days left.

    A grace period runs after the last day, so its end is never before it: an I-94 that ends
    sooner leaves no grace at all, and the last day is then the day status ends.
    """
    emp = case.employment
    if emp.immigration_status in GRACE_PERIOD_VISAS:
        end = add_days(last_day, VISA_GRACE_DAYS)
        if emp.visa_valid_until is not None:
            end = max(last_day, min(end, emp.visa_valid_until))
        return end
    if emp.immigration_status == "f1_opt":
        allowed = OPT_STEM_UNEMPLOYMENT_DAYS if emp.opt_stem_extension else OPT_UNEMPLOYMENT_DAYS
        return add_days(last_day, max(0, allowed - emp.opt_unemployment_days_used))
    return None
