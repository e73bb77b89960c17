"""Questions for the lawyer: what the record leaves open that the answer turns on.

One function per question, listed in ``QUESTIONS`` in the order the report asks them. Each
returns the question (or none, when the record does not raise it) as a code with its
parameters (ids, dates, amounts); ``labels.QUESTIONS`` holds each code's sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .case import GRACE_PERIOD_VISAS, Case
from .deadlines import Deadline, firing_day_missing
from .evidence import on_a_visa
from .labels import ACTIVITY_KIND
from .labels import QUESTIONS as WORDING
from .messages import Message
from .money import usd
from .process_dates import Timeline
from .processes import RESIGN_NOW, profile_of
from .stages import Stage, bonus_state
from .stay_or_pay import under_ca_law
from .timing import Timing
from .visa_status import OPT_STEM_UNEMPLOYMENT_DAYS, OPT_UNEMPLOYMENT_DAYS, visa_rule

WHISTLEBLOWER_DEADLINES = frozenset({"sox_complaint", "osha_safety_complaint", "flsa_lawsuit"})


@dataclass(frozen=True)
class Question:
    id: str  # unique in one assessment: "knowledge.pa1", "vesting.pivot_leave_t1"
    code: str  # which question it is, a key of labels.QUESTIONS
    rule: str
    refs: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        return Message(WORDING[self.code], self.params)

    @property
    def text(self) -> str:
        return self.message.text


@dataclass(frozen=True)
class Record:
    """What the questions read: the case and what the engine found in it."""

    case: Case
    timing: Timing
    line: Timeline
    stages: tuple[Stage, ...]
    deadlines: tuple[Deadline, ...]


def knowledge(r: Record) -> list[Question]:
    return [
        Question(
            f"knowledge.{activity.id}",
            "knowledge.activity",
            "proximity.knowledge",
            (activity.id,),
            {"kind": Message(ACTIVITY_KIND[activity.kind]), "date": activity.date.isoformat()},
        )
        for activity in r.case.protected_activities
        if activity.decision_maker_knew == "unknown"
    ]


def indirect_knowledge(r: Record) -> list[Question]:
    if not any(s.id == "indirect_knowledge" for s in r.timing.signs):
        return []
    return [Question("knowledge.indirect", "knowledge.indirect", "signs.independent_knowledge")]


def pivot_conflict(r: Record) -> list[Question]:
    by_id = {d.id: d for d in r.deadlines}
    decision, consider = by_id.get("pivot_decision"), by_id.get("owbpa_consider")
    if not (decision and consider and decision.date < consider.date):
        return []
    params = {"decision": decision.date.isoformat(), "consider": consider.date.isoformat()}
    code = "owbpa.pivot_conflict"
    return [Question(code, code, "owbpa.consider", (decision.source,), params)]


def _reports(r: Record) -> list:
    return [a for a in r.case.protected_activities if a.kind == "whistleblower_report"]


def whistleblower_subject(r: Record) -> list[Question]:
    unsaid = tuple(a.id for a in _reports(r) if a.subject is None)
    if not (unsaid and any(d.id in WHISTLEBLOWER_DEADLINES for d in r.deadlines)):
        return []
    code = "whistleblower.subject"
    return [Question(code, code, "whistleblower.subject", unsaid)]


def whistleblower_public(r: Record) -> list[Question]:
    if r.case.employment.employer_public is not None:
        return []
    if not any(d.id == "sox_complaint" for d in r.deadlines):
        return []
    return [Question("whistleblower.public", "whistleblower.public", "sox.complaint")]


def whistleblower_other_law(r: Record) -> list[Question]:
    other_law = tuple(a.id for a in _reports(r) if a.subject == "other_law")
    if not other_law:
        return []
    code = "whistleblower.other_law"
    return [Question(code, code, "whistleblower.subject", other_law)]


def unemployment_after_pivot(r: Record) -> list[Question]:
    """Whether taking the Pivot offer counts as quitting: asked while the offer can still be
    taken, or once the job has ended by taking it. Once the offer is gone (its window closed,
    the plan chosen, the job ended another way) the question no longer fits the person."""
    emp = r.case.employment
    profile = profile_of(emp.process)
    if not profile.has_pivot:
        return []
    offer = profile.leave_stages[0]  # the way out on the table: the Pivot offer (T1)
    took_it = emp.ended_on is not None and emp.exit_path == offer
    offer_open = any(s.id == offer and not s.passed for s in r.stages)
    # Taken and not left yet: the grace period runs to the offer's last day, and nothing in
    # the record says so until the job has ended. Unless a plan was chosen, ask until then.
    in_grace = not r.line.plan_chosen and any(
        s.id == offer and s.last_day >= r.case.as_of for s in r.stages
    )
    if not (offer_open or in_grace or took_it):
        return []
    return [Question("unemployment.t1", "unemployment.t1", "unemployment.after_severance")]


def visa_grace(r: Record) -> list[Question]:
    emp = r.case.employment
    if not on_a_visa(emp):
        return []
    # pipv shows no grace period end for "other_visa" (GRACE_PERIOD_VISAS), so it asks.
    code = "visa.grace_other" if emp.immigration_status == "other_visa" else "visa.grace_start"
    asked = [Question("visa.grace_start", code, visa_rule(r.case))]
    if emp.immigration_status == "f1_opt":
        allowed = OPT_STEM_UNEMPLOYMENT_DAYS if emp.opt_stem_extension else OPT_UNEMPLOYMENT_DAYS
        used = emp.opt_unemployment_days_used or 0
        if used >= allowed:
            # No day without a job is left: status may end with the job, or have ended.
            counts = {"used": used, "allowed": allowed}
            code = "visa.opt_days_used_up"
            asked.append(Question(code, code, "opt.unemployment", (), counts))
    # On OPT the date is the EAD card's, which leaves 60 days after it: these questions are
    # about an I-94 that ends status itself.
    valid_until = emp.visa_valid_until if emp.immigration_status in GRACE_PERIOD_VISAS else None
    if valid_until is None:
        return asked
    if valid_until < r.case.as_of:
        # A status that ended before the as-of date leaves no grace after the last day (the
        # stages show none), which is news to act on at once, or a date typed wrong.
        code = "visa.valid_until_passed"
    elif any(not s.passed and s.visa_status_ends_first for s in r.stages):
        # Status would end while the job goes on: an extension is the employer's to file.
        code = "visa.valid_until_before_last_day"
    else:
        return asked
    params = {"valid_until": valid_until.isoformat()}
    return [*asked, Question(code, code, "visa.grace", (), params)]


# 29 U.S.C. 2101(a)(1): the WARN Act binds employers of 100 or more.
WARN_EMPLOYERS = 100


def warn_site_layoff(r: Record) -> list[Question]:
    """Others offered an exit at the same time (the OWBPA's group exit) is no plant closing or
    mass layoff (29 U.S.C. 2101(a)(2)-(3): 50 or more at one site within 30 days, and more),
    which the record cannot show: a lawyer asks rather than pipv showing a date."""
    emp = r.case.employment
    if not r.case.severance.group_exit:
        return []
    if emp.employee_count is not None and emp.employee_count < WARN_EMPLOYERS:
        return []
    # 2101(a)(6): leaving on one's own is no employment loss, so no notice was owed for it.
    if emp.ended_on is not None and emp.exit_path == RESIGN_NOW.id:
        return []
    return [Question("warn.site_layoff", "warn.site_layoff", "warn.notice")]


def fmla_causation(r: Record) -> list[Question]:
    if not {a.kind for a in r.case.protected_activities} & {"fmla_request", "fmla_leave"}:
        return []
    return [Question("fmla.causation", "fmla.causation", "fmla.causation_split")]


def vests_just_missed(r: Record) -> list[Question]:
    # The first stage that pays severance is the choice on the table; the baseline comes last.
    for stage in sorted(r.stages, key=lambda s: s.id == "resign_now"):
        if stage.just_missed and not stage.passed:
            params = {
                "last_day": stage.last_day.isoformat(),
                "value": usd(stage.just_missed_value),
            }
            return [
                Question(
                    f"vesting.{stage.id}",
                    "vesting.just_missed",
                    "vesting.just_missed",
                    stage.just_missed,
                    params,
                )
            ]
    return []


def bonus_repayment(r: Record) -> list[Question]:
    """Whether a bonus must be paid back after a forced exit: asked of each bonus that
    California's stay-or-pay law may reach, in its terms, and once of the others."""
    repaid = {b for s in r.stages for b in s.bonus_repayments}
    bonuses = [b for b in r.case.compensation.bonuses if b.id in repaid]
    in_california = [b for b in bonuses if under_ca_law(r.case, b)]
    asked = []
    if len(in_california) < len(bonuses):
        asked.append(Question("bonus.repayment", "bonus.repayment", "bonus.repayment"))
    for bonus in in_california:
        assert bonus.repay_if_leave_before is not None  # under_ca_law asks for it
        params = {
            "amount": usd(bonus.amount),
            "date": bonus.date.isoformat(),
            "until": bonus.repay_if_leave_before.isoformat(),
        }
        code = "bonus.repayment.ca"
        wording = code if bonus_state(r.case, bonus) == "paid" else f"{code}.to_be_paid"
        asked.append(Question(f"{code}.{bonus.id}", wording, "ca.stay_or_pay", (bonus.id,), params))
    return asked


def plan_end_differs(r: Record) -> list[Question]:
    """The recorded end of the plan is not where its length ends it (the stages use the
    recorded day), or it falls before the plan could start (they use the length's)."""
    recorded = r.case.latest_event("improvement_plan_end")
    by_length = r.line.plan_end_by_length
    if recorded is None or by_length is None or recorded.date == by_length:
        return []
    params = {"recorded": recorded.date.isoformat(), "computed": by_length.isoformat()}
    if r.line.plan_end_event == recorded.id:
        code, rule = "plan_end.differs", "stage.plan_end_recorded"
    else:
        code, rule = "plan_end.too_early", "money.conventions"
    return [Question(code, code, rule, (recorded.id,), params)]


def firing_day(r: Record) -> list[Question]:
    """The job may have been ended for the person, and the day they were told is not in the
    record; "firing_day.if_fired" when the way it ended does not say who ended it."""
    ended = r.case.employment.ended_on
    missing = firing_day_missing(r.case)
    if ended is None or missing is None:
        return []
    code = "firing_day" if missing == "fired" else "firing_day.if_fired"
    return [Question("firing_day", code, "charge.firing_day", (), {"date": ended.isoformat()})]


QUESTIONS: tuple[Callable[[Record], list[Question]], ...] = (
    knowledge,
    indirect_knowledge,
    pivot_conflict,
    whistleblower_subject,
    whistleblower_public,
    whistleblower_other_law,
    unemployment_after_pivot,
    visa_grace,
    warn_site_layoff,
    fmla_causation,
    vests_just_missed,
    bonus_repayment,
    plan_end_differs,
    firing_day,
)


def ask(
    case: Case,
    timing: Timing,
    line: Timeline,
    stages: tuple[Stage, ...],
    deadlines: tuple[Deadline, ...],
) -> tuple[Question, ...]:
    """Every question the record raises, in the order of ``QUESTIONS``."""
    record = Record(case, timing, line, stages, deadlines)
    return tuple(q for question in QUESTIONS for q in question(record))
