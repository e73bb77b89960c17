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
from .labels import ACTIVITY_KIND
from .messages import Message
from .money import ZERO, decimal_text, money_text, usd
from .rules import RULES, Rule
from .stages import Stage, Terms, Timeline, compute_stages
from .timing import Timing, assess_timing

ASSESSMENT_FORMAT = "pipv.assessment/1"


@dataclass(frozen=True)
class Question:
    id: str
    message: Message
    rule: str
    refs: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.message.text


@dataclass(frozen=True)
class MoneySummary:
    best: Stage | None
    worst: Stage | None
    leave: Stage | None
    stay: Stage | None
    severance_lost: Decimal
    vests_gained: Decimal
    net_for_staying: Decimal
    vest_beats_severance: bool


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
        return next((d for d in self.deadlines if d.days_left >= 0), None)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)


def assess(case: Case, as_of: date | None = None) -> Assessment:
    if as_of is not None:
        case = replace(case, as_of=as_of)
    timing = assess_timing(case)
    terms, defaults_used, line, stages = compute_stages(case)
    deadlines = compute_deadlines(case, line, stages)
    money = _money_summary(case, stages)
    questions = _questions(case, timing, line, stages, deadlines)

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


def _money_summary(case: Case, stages: tuple[Stage, ...]) -> MoneySummary:
    open_stages = [s for s in stages if not s.passed]
    best = max(open_stages, key=lambda s: s.total, default=None)
    worst = min(open_stages, key=lambda s: s.total, default=None)
    by_id = {s.id: s for s in stages}
    if case.employment.process == "amazon-focus-pivot":
        leave, stay = by_id.get("pivot_leave_t1"), by_id.get("plan_fail_t2")
    else:
        leave, stay = by_id.get("resign_now"), by_id.get("pip_fail")
    if leave is None or stay is None:
        return MoneySummary(best, worst, leave, stay, ZERO, ZERO, ZERO, False)
    severance_lost = leave.severance - stay.severance
    vests_gained = stay.vested_value - leave.vested_value
    return MoneySummary(
        best=best,
        worst=worst,
        leave=leave,
        stay=stay,
        severance_lost=severance_lost,
        vests_gained=vests_gained,
        net_for_staying=stay.total - leave.total,
        vest_beats_severance=vests_gained > severance_lost,
    )


def _questions(
    case: Case,
    timing: Timing,
    line: Timeline,
    stages: tuple[Stage, ...],
    deadlines: tuple[Deadline, ...],
) -> tuple[Question, ...]:
    questions: list[Question] = []
    emp = case.employment
    for activity in case.protected_activities:
        if activity.decision_maker_knew == "unknown":
            questions.append(
                Question(
                    f"knowledge.{activity.id}",
                    Message(
                        _(
                            "Did the person who acted against you know about this: %(kind)s "
                            "(%(date)s)? How could that be shown?"
                        ),
                        {
                            "kind": Message(ACTIVITY_KIND[activity.kind]),
                            "date": activity.date.isoformat(),
                        },
                    ),
                    "proximity.knowledge",
                    (activity.id,),
                )
            )
    if any(s.id == "indirect_knowledge" for s in timing.signs):
        questions.append(
            Question(
                "knowledge.indirect",
                Message(
                    _(
                        "The activity went to HR or another channel: did your manager learn "
                        "of it, and when?"
                    )
                ),
                "signs.independent_knowledge",
            )
        )

    by_id = {d.id: d for d in deadlines}
    decision, consider = by_id.get("pivot_decision"), by_id.get("owbpa_consider")
    if decision and consider and decision.date < consider.date:
        questions.append(
            Question(
                "owbpa.pivot_conflict",
                Message(
                    _(
                        "The Pivot choice is due %(decision)s, but a release of age claims must "
                        "give you until %(consider)s to consider it. Does the offer meet the "
                        "OWBPA, and what happens if you take the full time?"
                    ),
                    {"decision": decision.date.isoformat(), "consider": consider.date.isoformat()},
                ),
                "owbpa.consider",
                (decision.source,),
            )
        )
    if emp.process == "amazon-focus-pivot":
        questions.append(
            Question(
                "unemployment.t1",
                Message(
                    _(
                        "If you take the Pivot offer (T1), will your state treat it as quitting "
                        "or as a discharge for unemployment benefits, and does the severance "
                        "delay them?"
                    )
                ),
                "unemployment.after_severance",
            )
        )
    if emp.immigration_status not in ("citizen_or_permanent_resident", "prefer_not_to_say"):
        if emp.immigration_status == "other_visa":
            # pipv shows no grace period end for it (GRACE_PERIOD_VISAS), so ask.
            grace = _(
                "For your visa: is there a grace period after the job ends, and from which "
                "day? (E-1, E-2 and H-1B1 holders have the same 60 days as H-1B; many other "
                "visas have none, so pipv shows no grace period end.)"
            )
        else:
            grace = _(
                "For your visa: does a paid grace period or garden leave move the day your "
                "grace period starts, and what must your employer do when the job ends (for "
                "H-1B, return transport and notice to USCIS)?"
            )
        questions.append(
            Question(
                "visa.grace_start",
                Message(grace),
                "opt.unemployment" if emp.immigration_status == "f1_opt" else "visa.grace",
            )
        )
    if {a.kind for a in case.protected_activities} & {"fmla_request", "fmla_leave"}:
        questions.append(
            Question(
                "fmla.causation",
                Message(_("Which causation test will your court use for FMLA retaliation?")),
                "fmla.causation_split",
            )
        )
    # The first stage that pays severance is the choice on the table; the baseline comes last.
    for stage in sorted(stages, key=lambda s: s.id == "resign_now"):
        if stage.just_missed and not stage.passed:
            questions.append(
                Question(
                    f"vesting.{stage.id}",
                    Message(
                        _(
                            "Leaving on %(last_day)s loses vests worth %(value)s within 90 days. "
                            "What does your grant agreement (and its governing law) say?"
                        ),
                        {
                            "last_day": stage.last_day.isoformat(),
                            "value": usd(stage.just_missed_value),
                        },
                    ),
                    "vesting.just_missed",
                    stage.just_missed,
                )
            )
            break
    if any(s.bonus_repayments for s in stages):
        questions.append(
            Question(
                "bonus.repayment",
                Message(_("Can your employer make you repay a bonus if it pushes you out?")),
                "bonus.repayment",
            )
        )
    recorded_end = case.latest_event("improvement_plan_end")
    if recorded_end is not None and recorded_end.date != line.plan_end:
        questions.append(
            Question(
                "plan_end.differs",
                Message(
                    _(
                        "Your record shows the plan ending on %(recorded)s, but the stages use "
                        "%(computed)s (from the plan length). Change the plan length if your "
                        "letter says otherwise."
                    ),
                    {
                        "recorded": recorded_end.date.isoformat(),
                        "computed": line.plan_end.isoformat(),
                    },
                ),
                "money.conventions",
                (recorded_end.id,),
            )
        )
    return tuple(questions)


# --------------------------------------------------------------------------- JSON


def to_document(assessment: Assessment) -> dict[str, Any]:
    """The ``pipv.assessment/1`` document: contract fields first, extras beside them."""
    a = assessment
    timing = a.timing
    return {
        "format": ASSESSMENT_FORMAT,
        "as_of": a.as_of.isoformat(),
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
                    "rules": list(p.rules),
                    "notes": list(p.notes),
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
            "best_stage": a.money.best.id if a.money.best else None,
            "worst_stage": a.money.worst.id if a.money.worst else None,
            "leave_stage": a.money.leave.id if a.money.leave else None,
            "stay_stage": a.money.stay.id if a.money.stay else None,
            "severance_lost_by_staying": money_text(a.money.severance_lost),
            "vests_gained_by_staying": money_text(a.money.vests_gained),
            "net_for_staying": money_text(a.money.net_for_staying),
            "vest_beats_severance": a.money.vest_beats_severance,
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
