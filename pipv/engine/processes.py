"""The performance processes pipv models, one profile each.

A process code (the case file's ``employment.process``) is written here and nowhere else:
code that needs to know what a process does asks its profile, so a third process is one
new profile plus its texts. A profile holds the severance terms it fills in, the terms that
matter to it, its stages (the ways the job can end and how each one's last day is counted)
and which of those stages mean leaving now and which staying on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from .i18n import _
from .money import ZERO


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


TERM_NAMES = tuple(f.name for f in fields(Terms))


# The terms that set the date of each anchor a stage's last day counts from.
ANCHOR_TERMS: dict[str, tuple[str, ...]] = {
    "as_of": (),
    "decision_deadline": ("decision_business_days",),
    "plan_end": ("plan_days",),
    "appeal_end": ("plan_days", "appeal_days"),
}


@dataclass(frozen=True)
class StageSpec:
    """One way the job can end, as the stages module counts it.

    The last day is ``anchor`` (a date of the stages' ``Timeline``, or ``as_of``) plus the
    grace period when ``plus_grace``, plus ``plus_days``. Severance is ``weeks`` (a name in
    ``Terms``) of pay; ``None`` pays none, as leaving on one's own does.
    """

    id: str
    title: str
    funnel: str  # the step of the exit funnel the stage belongs to
    key: str  # the short mark the report's timeline draws for it
    rule: str
    anchor: str  # "as_of", "decision_deadline", "plan_end" or "appeal_end"
    weeks: str | None = None
    plus_grace: bool = False
    plus_days: int = 0
    # The stage has passed once its anchor has, even if a grace period runs on after it.
    passed_with_anchor: bool = False
    # Rules the stage's figures rest on besides its own and the money conventions.
    rules: tuple[str, ...] = ()
    # Events that, once the job has ended this way, are the act that ended it.
    ended_by: tuple[str, ...] = ()
    # Who ends the job this way: "you" (quitting), "offer" (you accept the employer's
    # severance offer, made to push you out) or "employer" (it ends the job for you). Laws
    # that spare a forced exit ask it (stay_or_pay); a lawyer decides how an offer counts.
    ended_on_whose_choice: str = "employer"

    @property
    def uses(self) -> tuple[str, ...]:
        """The terms whose defaults the stage's figures use (reported only when a default is
        used): the weeks of pay and the extra amount, the grace period if it runs on, and the
        terms that set the anchor's date."""
        pay = () if self.weeks is None else (self.weeks, "extra")
        grace = ("grace_days",) if self.plus_grace else ()
        return (*pay, *grace, *ANCHOR_TERMS[self.anchor])


@dataclass(frozen=True)
class ProcessProfile:
    code: str
    label: str
    # Amazon's process has a Pivot decision (take the offer or enter the plan) and an appeal;
    # its Pivot meeting puts the severance offer, and so the release, on the table.
    has_pivot: bool
    # Its severance terms are publicly reported; other employers' default to nothing.
    reported_terms: bool
    defaults: Terms
    # The terms the process actually uses; only these are reported as defaults.
    relevant_terms: tuple[str, ...]
    stages: tuple[StageSpec, ...]
    # The way out on the table first, then the stage staying on leads to.
    leave_stages: tuple[str, ...]
    stay_stages: tuple[str, ...]
    # What the report says of figures that use a default (``%(names)s``: the terms).
    defaults_note: str
    # What the questionnaire says under a term left empty (``%(value)s``: its default).
    left_empty_note: str
    # The same, in a few words for the terminal summary (English only).
    defaults_label: str


# Leaving now, on one's own: no severance. Every process has it, and it is the baseline the
# other stages are compared with.
RESIGN_NOW = StageSpec(
    id="resign_now",
    title=_("Leave now, no severance"),
    funnel=_("Warning signs / Focus"),
    key="R",
    rule="stage.resign_now",
    anchor="as_of",
    ended_on_whose_choice="you",
)

AMAZON = ProcessProfile(
    code="amazon-focus-pivot",
    label=_("Amazon Focus and Pivot"),
    has_pivot=True,
    reported_terms=True,
    # As publicly reported for Amazon (the press reports cited by its rules), unverified.
    defaults=Terms(
        t1_weeks=Decimal(12),
        t2_weeks=Decimal(4),
        t3_weeks=Decimal(2),
        extra=ZERO,
        grace_days=0,
        decision_business_days=5,
        plan_days=30,
        appeal_days=7,
    ),
    relevant_terms=TERM_NAMES,
    stages=(
        RESIGN_NOW,
        StageSpec(
            id="pivot_leave_t1",
            title=_("Take the Pivot offer (T1)"),
            funnel=_("Pivot entry"),
            key="T1",
            rule="stage.amazon.pivot_leave_t1",
            anchor="decision_deadline",
            weeks="t1_weeks",
            plus_grace=True,
            passed_with_anchor=True,
            rules=("amazon.severance_defaults", "pivot.decision"),
            ended_on_whose_choice="offer",
        ),
        StageSpec(
            id="plan_fail_t2",
            title=_("Try the plan, it fails (T2)"),
            funnel=_("Improvement plan"),
            key="T2",
            rule="stage.amazon.plan_fail_t2",
            anchor="plan_end",
            weeks="t2_weeks",
            # The reports give a grace period to T1 and to a lost appeal, none to a failed
            # plan (focus-pivot.md's table; the forum thread it cites).
            rules=("amazon.severance_defaults",),
            ended_by=("improvement_plan_end",),
        ),
        StageSpec(
            id="appeal_fail_t3",
            title=_("Appeal, and lose (T3)"),
            funnel=_("Appeal"),
            key="T3",
            rule="stage.amazon.appeal_fail_t3",
            anchor="appeal_end",
            weeks="t3_weeks",
            plus_grace=True,
            rules=("amazon.severance_defaults",),
            ended_by=("improvement_plan_end", "appeal_decision"),
        ),
        StageSpec(
            id="appeal_win",
            title=_("Appeal and win, no new team found"),
            funnel=_("Appeal"),
            key="W",
            rule="stage.amazon.appeal_win",
            anchor="appeal_end",
            weeks="t1_weeks",
            # The time a won appeal gives to find a new team inside the company.
            plus_days=60,
            rules=("amazon.severance_defaults",),
        ),
    ),
    leave_stages=("pivot_leave_t1", "resign_now"),
    stay_stages=("plan_fail_t2", "appeal_fail_t3"),
    defaults_note=_(
        "Figures marked * use Amazon's terms as publicly reported, unverified (%(names)s). "
        "Your own letter wins: change them in the questionnaire."
    ),
    defaults_label="as publicly reported, unverified",
    left_empty_note=_("%(value)s if left empty, as publicly reported for Amazon (unverified)."),
)

GENERIC = ProcessProfile(
    code="generic-pip",
    label=_("Another employer's performance plan (PIP)"),
    has_pivot=False,
    reported_terms=False,
    # Most employers publish no severance for a failed plan: nothing unless entered. The
    # plan's timing is the reported one.
    defaults=replace(AMAZON.defaults, t1_weeks=ZERO, t2_weeks=ZERO, t3_weeks=ZERO),
    relevant_terms=("t2_weeks", "extra", "plan_days"),
    stages=(
        # "Focus" is Amazon's word: another employer's warning signs are only that.
        replace(RESIGN_NOW, funnel=_("Warning signs")),
        StageSpec(
            id="pip_fail",
            title=_("The plan fails"),
            funnel=_("Improvement plan"),
            key="P",
            rule="stage.generic.pip_fail",
            anchor="plan_end",
            weeks="t2_weeks",
            ended_by=("improvement_plan_end",),
        ),
    ),
    leave_stages=("resign_now",),
    stay_stages=("pip_fail",),
    defaults_note=_(
        "Figures marked * use pipv's defaults for a generic plan (%(names)s). Your own "
        "letter wins: change them in the questionnaire."
    ),
    defaults_label="pipv's defaults for a generic plan",
    left_empty_note=_("%(value)s if left empty. Most employers publish no figure."),
)

PROFILES: dict[str, ProcessProfile] = {p.code: p for p in (AMAZON, GENERIC)}

# Every stage of every process, by id, in the order the processes list them.
STAGES: dict[str, StageSpec] = {s.id: s for p in PROFILES.values() for s in p.stages}

# The short mark of each stage on the report's timeline.
STAGE_KEYS: dict[str, str] = {s.id: s.key for s in STAGES.values()}


def profile_of(code: str | None) -> ProcessProfile:
    """The profile of a process code; an unknown or missing code is a generic plan."""
    return PROFILES.get(code or "", GENERIC)
