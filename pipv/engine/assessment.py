"""The assessment: timing, stages, deadlines, questions for the lawyer, and the rules used.

``assess`` is the one entry point the web app, the command line and the PDF share;
``to_document`` writes the ``pipv.assessment/1`` JSON of the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from .case import Case
from .deadlines import Deadline, compute_deadlines
from .i18n import _
from .labels import PAIR_NOTES
from .money import ZERO, decimal_text, money_text
from .questions import Question, ask
from .rules import RULES, Rule
from .stages import Stage, Terms, Timeline, compute_stages
from .timing import Timing, assess_timing

ASSESSMENT_FORMAT = "pipv.assessment/1"


# Every severance tier is paid only for a signed release of claims: the figures are not
# money the person simply has, and the claims given up include the ones in this report.
RELEASE_NOTE = _(
    "Severance is paid only in exchange for signing a release of claims, including the "
    "claims in this report."
)


@dataclass(frozen=True)
class MoneySummary:
    """The paths the person can still choose, and what staying to the next one changes.

    pipv names no "best" path: the totals are before tax, severance is paid only for a
    release, and the later paths depend on what the employer does.
    """

    open_stages: tuple[Stage, ...]  # still choosable, by last day
    leave: Stage | None  # the first way out still open
    stay: Stage | None  # staying on to the next stage
    severance_change: Decimal  # stay minus leave: negative when staying costs severance
    salary_change: Decimal
    vests_change: Decimal
    bonus_change: Decimal
    net_for_staying: Decimal
    release_note: str = RELEASE_NOTE


@dataclass(frozen=True)
class Assessment:
    case: Case
    as_of: date
    timing: Timing
    terms: Terms
    defaults_used: tuple[str, ...]
    timeline: Timeline
    stages: tuple[Stage, ...]
    deadlines: tuple[Deadline, ...]
    money: MoneySummary
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]

    @property
    def nearest_deadline(self) -> Deadline | None:
        """The nearest date the person must act by (not an employer's minimum or a what-if)."""
        return next(
            (d for d in self.deadlines if d.kind == "deadline" and not d.passed),
            None,
        )

    @property
    def passed_deadlines(self) -> tuple[Deadline, ...]:
        """Deadlines the person had to meet whose day has gone: these lead the report."""
        return tuple(d for d in self.deadlines if d.kind == "deadline" and d.passed)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)


def assess(case: Case, as_of: date | None = None) -> Assessment:
    if as_of is not None:
        case = replace(case, as_of=as_of)
    timing = assess_timing(case)
    terms, defaults_used, line, stages = compute_stages(case)
    deadlines = compute_deadlines(case, line, stages)
    money = _money_summary(case, stages)
    questions = ask(case, timing, line, stages, deadlines)

    used: list[str] = list(timing.rules_used)
    for rule_id in (
        [r for s in stages for r in s.rules]
        + [r for d in deadlines for r in (d.rule, *d.extra_rules)]
        + [q.rule for q in questions]
    ):
        if rule_id not in used:
            used.append(rule_id)
    return Assessment(
        case=case,
        as_of=case.as_of,
        timing=timing,
        terms=terms,
        defaults_used=defaults_used,
        timeline=line,
        stages=stages,
        deadlines=deadlines,
        money=money,
        questions=questions,
        rules=tuple(RULES[r] for r in used),
    )


# The way out on the table first, then the stage staying on leads to.
LEAVE_ORDER = {
    "amazon-focus-pivot": ("pivot_leave_t1", "resign_now"),
    "generic-pip": ("resign_now",),
}
STAY_ORDER = {
    "amazon-focus-pivot": ("plan_fail_t2", "appeal_fail_t3"),
    "generic-pip": ("pip_fail",),
}


def _money_summary(case: Case, stages: tuple[Stage, ...]) -> MoneySummary:
    open_stages = tuple(sorted((s for s in stages if not s.passed), key=lambda s: s.last_day))
    by_id = {s.id: s for s in open_stages}
    process = case.employment.process
    leave = next((by_id[i] for i in LEAVE_ORDER[process] if i in by_id), None)
    stay = next((by_id[i] for i in STAY_ORDER[process] if i in by_id), None)
    if leave is None or stay is None:
        return MoneySummary(open_stages, leave, stay, ZERO, ZERO, ZERO, ZERO, ZERO)
    return MoneySummary(
        open_stages=open_stages,
        leave=leave,
        stay=stay,
        severance_change=stay.severance - leave.severance,
        salary_change=stay.salary - leave.salary,
        vests_change=stay.vested_value - leave.vested_value,
        bonus_change=stay.bonus - leave.bonus,
        net_for_staying=stay.total - leave.total,
    )


# --------------------------------------------------------------------------- JSON


def to_document(assessment: Assessment) -> dict[str, Any]:
    """The ``pipv.assessment/1`` document: contract fields first, extras beside them."""
    a = assessment
    timing = a.timing
    return {
        "format": ASSESSMENT_FORMAT,
        "as_of": a.as_of.isoformat(),
        "as_of_pinned": a.case.as_of_pinned,
        "process": a.case.employment.process,
        "timing": {
            "signal": timing.signal,
            "circuit": timing.circuit,
            "circuit_treatment": timing.circuit_treatment,
            "strongest": (
                {"activity": timing.strongest.activity, "event": timing.strongest.event}
                if timing.strongest
                else None
            ),
            "pairs": [
                {
                    "activity": p.activity,
                    "event": p.event,
                    "days": p.days,
                    "band": p.band,
                    "rule": p.rule,
                    "knowledge": p.knowledge,
                    "activity_date": p.activity_date.isoformat(),
                    "event_date": p.event_date.isoformat(),
                    "adjusted_band": p.adjusted_band,
                    "contested": p.contested,
                    "signal": p.signal,
                    "ca_presumption": p.ca_presumption,
                    "measured_from": p.measured_from,
                    "measured_from_date": _iso(p.measured_from_date),
                    "rules": list(p.rules),
                    "notes": [PAIR_NOTES[n] for n in p.notes],
                }
                for p in timing.pairs
            ],
            "signs": [
                {
                    "id": s.id,
                    "direction": s.direction,
                    "text": s.text,
                    "rule": s.rule,
                    "refs": list(s.refs),
                }
                for s in timing.signs
            ],
        },
        "terms": {
            "t1_weeks": decimal_text(a.terms.t1_weeks),
            "t2_weeks": decimal_text(a.terms.t2_weeks),
            "t3_weeks": decimal_text(a.terms.t3_weeks),
            "extra": money_text(a.terms.extra),
            "grace_days": a.terms.grace_days,
            "decision_business_days": a.terms.decision_business_days,
            "plan_days": a.terms.plan_days,
            "appeal_days": a.terms.appeal_days,
            "defaults_used": list(a.defaults_used),
            "weekly_pay": money_text(a.case.employment.base_salary_annual / 52),
        },
        "timeline": {
            "start": a.timeline.start.isoformat(),
            "start_event": a.timeline.start_event,
            "projected": a.timeline.projected,
            "decision_deadline": _iso(a.timeline.decision_deadline),
            "plan_end": a.timeline.plan_end.isoformat(),
            "appeal_end": _iso(a.timeline.appeal_end),
        },
        "stages": [_stage_doc(s) for s in a.stages],
        "money": {
            "open_stages": [s.id for s in a.money.open_stages],
            "leave_stage": a.money.leave.id if a.money.leave else None,
            "stay_stage": a.money.stay.id if a.money.stay else None,
            "severance_change_by_staying": money_text(a.money.severance_change),
            "salary_change_by_staying": money_text(a.money.salary_change),
            "vests_change_by_staying": money_text(a.money.vests_change),
            "bonus_change_by_staying": money_text(a.money.bonus_change),
            "net_for_staying": money_text(a.money.net_for_staying),
            "release_note": a.money.release_note,
        },
        "deadlines": [
            {
                "id": d.id,
                "date": d.date.isoformat(),
                "from": d.source,
                "rule": d.rule,
                "title": d.title,
                "source_date": d.source_date.isoformat(),
                "days_left": d.days_left,
                "kind": d.kind,
                "file_by": d.file_by.isoformat(),
                "passed": d.passed,
                "likely": _iso(d.likely),
                "path": d.path,
                "rolled_forward": d.rolled_forward,
                "projected": d.projected,
                "rules": [d.rule, *d.extra_rules],
            }
            for d in a.deadlines
        ],
        "questions": [
            {"id": q.id, "text": q.text, "rule": q.rule, "refs": list(q.refs)} for q in a.questions
        ],
        "rules": {
            r.id: {
                "title": r.title_text,
                "explanation": r.explanation_text,
                "citation": r.citation,
                "source_url": r.source_url or None,
                "as_of": r.as_of.isoformat(),
                "status": r.status,
                "needs_confirmation": r.needs_confirmation,
            }
            for r in a.rules
        },
    }


def _stage_doc(s: Stage) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "funnel_stage": s.funnel_stage,
        "last_day": s.last_day.isoformat(),
        "projected": s.projected,
        "passed": s.passed,
        "severance_weeks": decimal_text(s.severance_weeks),
        "severance": money_text(s.severance),
        "salary_days": s.salary_days,
        "salary": money_text(s.salary),
        "vested_value": money_text(s.vested_value),
        "bonus": money_text(s.bonus),
        "total": money_text(s.total),
        "vests_kept": list(s.vests_kept),
        "vests_lost": list(s.vests_lost),
        "vests_lost_value": money_text(s.vests_lost_value),
        "just_missed": list(s.just_missed),
        "just_missed_value": money_text(s.just_missed_value),
        "bonuses_kept": list(s.bonuses_kept),
        "bonuses_lost": list(s.bonuses_lost),
        "bonus_repayments": list(s.bonus_repayments),
        "visa_grace_end": _iso(s.visa_grace_end),
        "uses_defaults": list(s.uses_defaults),
        "rules": list(s.rules),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
