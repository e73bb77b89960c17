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
from .money import ZERO
from .process_dates import Timeline
from .processes import PROFILES
from .questions import Question, ask
from .rules import RULES, Rule
from .stages import Stage, Terms, compute_stages
from .timing import Timing, assess_timing

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

    # Each rule once, in the order first used: timing's first, then the stages', the
    # deadlines' and the questions'.
    used = dict.fromkeys(
        [
            *timing.rules_used,
            *(r for s in stages for r in s.rules),
            *(r for d in deadlines for r in (d.rule, *d.extra_rules)),
            *(q.rule for q in questions),
        ]
    )
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
