"""The assessment: timing, stages, deadlines, questions for the lawyer, and the rules used.

``assess`` is the one entry point the web app, the command line and the PDF share;
``document.to_document`` writes it as the ``pipv.assessment/1`` JSON of the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .case import Case
from .deadlines import Deadline, compute_deadlines
from .i18n import _
from .labels import ACTIVITY_KIND
from .messages import Message
from .money import ZERO, usd
from .processes import PROFILES
from .rules import RULES, Rule
from .stages import Stage, Terms, Timeline, compute_stages
from .timing import Timing, assess_timing

WHISTLEBLOWER_DEADLINES = frozenset({"sox_complaint", "osha_safety_complaint", "flsa_lawsuit"})


@dataclass(frozen=True)
class Question:
    id: str
    message: Message
    rule: str
    refs: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.message.text


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
    open_stages = tuple(sorted((s for s in stages if not s.passed), key=lambda s: s.last_day))
    by_id = {s.id: s for s in open_stages}
    profile = PROFILES[case.employment.process]
    leave = next((by_id[i] for i in profile.leave_stages if i in by_id), None)
    stay = next((by_id[i] for i in profile.stay_stages if i in by_id), None)
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
    reports = [a for a in case.protected_activities if a.kind == "whistleblower_report"]
    unsaid = [a.id for a in reports if a.subject is None]
    if unsaid and any(d.id in WHISTLEBLOWER_DEADLINES for d in deadlines):
        questions.append(
            Question(
                "whistleblower.subject",
                Message(
                    _(
                        "What was your report about: fraud or securities, safety, or wages "
                        "and hours? The deadline depends on it, and pipv shows every one "
                        "that could apply, the 30-day safety complaint first."
                    )
                ),
                "whistleblower.subject",
                tuple(unsaid),
            )
        )
    if emp.employer_public is None and any(d.id == "sox_complaint" for d in deadlines):
        questions.append(
            Question(
                "whistleblower.public",
                Message(
                    _(
                        "Are your employer's shares publicly traded (or is it owned by a "
                        "company whose shares are)? Only then does SOX protect your report."
                    )
                ),
                "sox.complaint",
            )
        )
    other_law = [a.id for a in reports if a.subject == "other_law"]
    if other_law:
        questions.append(
            Question(
                "whistleblower.other_law",
                Message(
                    _(
                        "Your report was about another law: which law protects it, and what "
                        "deadline does that law set? pipv does not know it."
                    )
                ),
                "whistleblower.subject",
                tuple(other_law),
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
