"""Writing a ``Case`` back as the canonical case-file document (what export writes).

Export, import and export again give the same bytes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..case import CASE_FORMAT, Bonus, Case, Employment, Event, ProtectedActivity, Severance
from ..money import decimal_text, money_text, price_text


def dump(case: Case) -> dict[str, Any]:
    """The canonical case-file document for a case (what export writes)."""
    comp = case.compensation
    document: dict[str, Any] = {"format": CASE_FORMAT}
    if case.as_of_pinned:
        document["as_of"] = case.as_of.isoformat()
    return document | {
        "employment": _employment_doc(case.employment),
        "protected_activities": [_activity_doc(a) for a in case.protected_activities],
        "events": [_event_doc(e) for e in case.events],
        "compensation": {
            "share_price": price_text(comp.share_price),
            "vests": [
                {"id": v.id, "date": v.date.isoformat(), "shares": decimal_text(v.shares)}
                for v in comp.vests
            ],
            "bonuses": [_bonus_doc(b) for b in comp.bonuses],
        },
        "severance": _severance_doc(case.severance),
    }


def _employment_doc(emp: Employment) -> dict[str, Any]:
    employment: dict[str, Any] = {
        "employer": emp.employer,
        "process": emp.process,
        "work_state": emp.work_state,
        "start_date": emp.start_date.isoformat(),
        "base_salary_annual": money_text(emp.base_salary_annual),
        "age_40_or_over": emp.age_40_or_over,
        "immigration_status": emp.immigration_status,
    }
    if emp.last_review is not None:
        employment["last_review"] = {
            "date": emp.last_review.date.isoformat(),
            "rating": emp.last_review.rating,
        }
    _put(employment, "employee_name", emp.employee_name)
    _put(employment, "manager_change_date", emp.manager_change_date)
    _put(employment, "visa_valid_until", emp.visa_valid_until)
    # A "no" and a 0 are answers too, kept as given; only an unanswered question is left out.
    _put(employment, "opt_stem_extension", emp.opt_stem_extension)
    _put(employment, "opt_unemployment_days_used", emp.opt_unemployment_days_used)
    for name in ("job_title", "job_level", "weekly_hours", "employee_count"):
        _put(employment, name, getattr(emp, name))
    _put(employment, "arbitration_agreement", emp.arbitration_agreement)
    if emp.comparators:
        employment["comparators"] = [
            {"who": c.who, "what_happened": c.what_happened} for c in emp.comparators
        ]
    if emp.protected_characteristics:
        employment["protected_characteristics"] = list(emp.protected_characteristics)
    _put(employment, "ended_on", emp.ended_on)
    _put(employment, "exit_path", emp.exit_path)
    if emp.employer_public is not None:
        employment["employer_public"] = emp.employer_public
    _put(employment, "work_city", emp.work_city)
    return employment


def _severance_doc(sev: Severance) -> dict[str, Any]:
    severance: dict[str, Any] = {}
    for name in ("t1_weeks", "t2_weeks", "t3_weeks"):
        weeks = getattr(sev, name)
        if weeks is not None:
            severance[name] = int(weeks) if weeks == weeks.to_integral_value() else str(weeks)
    if sev.extra is not None:
        severance["extra"] = money_text(sev.extra)
    for name in ("grace_days", "decision_business_days", "plan_days", "appeal_days"):
        _put(severance, name, getattr(sev, name))
    severance["offer_in_hand"] = sev.offer_in_hand
    _put(severance, "offer_date", sev.offer_date)
    _put(severance, "group_exit", sev.group_exit)
    _put(severance, "release_signed_date", sev.release_signed_date)
    return severance


def dumps(case: Case) -> str:
    """Canonical JSON text: two-space indent, UTF-8 kept readable, newline at the end."""
    return json.dumps(dump(case), indent=2, ensure_ascii=False) + "\n"


def _activity_doc(activity: ProtectedActivity) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": activity.id,
        "kind": activity.kind,
        "date": activity.date.isoformat(),
        "reported_to": activity.reported_to,
        "in_writing": activity.in_writing,
        "decision_maker_knew": activity.decision_maker_knew,
        "notes": activity.notes,
    }
    if activity.reported_to is None:
        del doc["reported_to"]
    _put(doc, "subject", activity.subject)
    _put(doc, "end_date", activity.end_date)
    _put(doc, "known_on", activity.known_on)
    for name in ("hr_response", "witnesses"):
        if getattr(activity, name):
            doc[name] = getattr(activity, name)
    return doc


def _event_doc(event: Event) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": event.id, "kind": event.kind, "date": event.date.isoformat()}
    for name in ("by", "notes", "contradicting_evidence", "witnesses"):
        if getattr(event, name):
            doc[name] = getattr(event, name)
    return doc


def _bonus_doc(bonus: Bonus) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": bonus.id,
        "date": bonus.date.isoformat(),
        "amount": money_text(bonus.amount),
        "repay_if_leave_before": (
            bonus.repay_if_leave_before.isoformat() if bonus.repay_if_leave_before else None
        ),
    }
    if bonus.repay_amount is not None:
        doc["repay_amount"] = money_text(bonus.repay_amount)
    return doc


def _put(target: dict[str, Any], key: str, value: date | int | str | None) -> None:
    if value is None:
        return
    target[key] = value.isoformat() if isinstance(value, date) else value
