"""The ``pipv.assessment/1`` document of an assessment: contract fields first, extras beside."""

from __future__ import annotations

from datetime import date
from typing import Any

from .assessment import Assessment
from .deadlines import Deadline
from .labels import PAIR_NOTES
from .money import decimal_text, money_text
from .stages import Stage
from .timing import Pair, Timing

ASSESSMENT_FORMAT = "pipv.assessment/1"


def to_document(assessment: Assessment) -> dict[str, Any]:
    """The ``pipv.assessment/1`` document: contract fields first, extras beside them."""
    a = assessment
    return {
        "format": ASSESSMENT_FORMAT,
        "as_of": a.as_of.isoformat(),
        "as_of_pinned": a.case.as_of_pinned,
        "process": a.case.employment.process,
        "timing": _timing_doc(a.timing),
        "terms": _terms_doc(a),
        "timeline": _fields(
            a.timeline,
            "start",
            "start_event",
            "projected",
            "decision_deadline",
            "plan_end",
            "appeal_end",
        ),
        "stages": [_stage_doc(s) for s in a.stages],
        "money": _money_doc(a),
        "deadlines": [_deadline_doc(d) for d in a.deadlines],
        "questions": [_fields(q, "id", "text", "rule", "refs") for q in a.questions],
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


def _timing_doc(timing: Timing) -> dict[str, Any]:
    return {
        "signal": timing.signal,
        "circuit": timing.circuit,
        "circuit_treatment": timing.circuit_treatment,
        "strongest": (
            {"activity": timing.strongest.activity, "event": timing.strongest.event}
            if timing.strongest
            else None
        ),
        "pairs": [_pair_doc(p) for p in timing.pairs],
        "signs": [_fields(s, "id", "direction", "text", "rule", "refs") for s in timing.signs],
    }


def _pair_doc(p: Pair) -> dict[str, Any]:
    fields = _fields(
        p,
        "activity",
        "event",
        "days",
        "band",
        "rule",
        "knowledge",
        "activity_date",
        "event_date",
        "adjusted_band",
        "contested",
        "signal",
        "ca_presumption",
        "measured_from",
        "measured_from_date",
        "rules",
    )
    return {**fields, "notes": [PAIR_NOTES[n] for n in p.notes]}


def _terms_doc(a: Assessment) -> dict[str, Any]:
    return {
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
    }


def _money_doc(a: Assessment) -> dict[str, Any]:
    return {
        "open_stages": [s.id for s in a.money.open_stages],
        "leave_stage": a.money.leave.id if a.money.leave else None,
        "stay_stage": a.money.stay.id if a.money.stay else None,
        "severance_change_by_staying": money_text(a.money.severance_change),
        "salary_change_by_staying": money_text(a.money.salary_change),
        "vests_change_by_staying": money_text(a.money.vests_change),
        "bonus_change_by_staying": money_text(a.money.bonus_change),
        "net_for_staying": money_text(a.money.net_for_staying),
        "release_note": a.money.release_note,
    }


def _deadline_doc(d: Deadline) -> dict[str, Any]:
    return {
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
        "employees_needed": d.employees_needed,
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


def _fields(item: object, *names: str) -> dict[str, Any]:
    """The named attributes of ``item``, each under its own name, as JSON holds them.

    Money is not among them: each amount is written as text by the field that holds it.
    """
    return {name: _plain(getattr(item, name)) for name in names}


def _plain(value: object) -> object:
    """A date as ISO text, a tuple as a list; anything else as it is (a missing date: None)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
