"""The shapes the templates read: one frozen dataclass per row, group and the whole report."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..timeline import Chart
from .text import RuleRef


@dataclass(frozen=True)
class PairRow:
    event: str
    days: int
    line: str  # the pair in one line: activity, days, band, knowledge, notes
    rules: tuple[RuleRef, ...]
    strongest: bool


@dataclass(frozen=True)
class EventGroup:
    """One event against you and every protected activity before it."""

    event: str
    contested: bool
    pairs: tuple[PairRow, ...]


@dataclass(frozen=True)
class SignRow:
    direction: str
    direction_label: str
    text: str
    record: tuple[str, ...]
    rule: RuleRef


@dataclass(frozen=True)
class StageRow:
    id: str
    title: str
    funnel: str
    last_day: str
    projected: bool
    passed: bool
    severance_weeks: str
    severance: str
    salary_days: int
    salary: str
    stock: str
    bonus: str
    total: str
    total_value: Decimal
    vests_lost_value: str
    just_missed_value: str
    bonuses_lost: tuple[str, ...]
    bonus_repayments: tuple[str, ...]
    # California's stay-or-pay law may make the repayment on this way out void: why.
    repayment_note: str
    visa_note: str  # when visa status ends on this way out
    uses_defaults: bool
    end_note: str = ""  # once the job has ended: the way it ended, or a way cut at its end


@dataclass(frozen=True)
class VestCell:
    stage: str  # the stage's title, the cell's label on a phone
    text: str  # "kept", "lost" or "lost, just missed"
    missed: bool  # lost within the just-missed window after the stage's last day


@dataclass(frozen=True)
class VestRow:
    """One vest and what each stage, in the stages' order, does to it."""

    name: str  # its date, shares and value
    cells: tuple[VestCell, ...]


@dataclass(frozen=True)
class DeadlineRow:
    id: str
    title: str
    date: str  # the safe day to act by (file_by), never the agency's later day
    iso: str
    days_left_text: str
    passed: bool
    rules: tuple[RuleRef, ...]
    detail: str  # what it runs from, with any note on the date
    unverified: bool  # its own rule needs confirmation: the report says so beside the date
    line: str  # the date, then the detail: one item of its group
    kind: str = "deadline"
    short_line: str = ""  # the same on paper: what it runs from by its key (E5, T1) and date
    # Whether the law reaches the employer, where the person said it has fewer employees
    # than the law needs: said once for the row's group, not on each of its dates.
    coverage_note: str = ""


@dataclass(frozen=True)
class DeadlineGroup:
    """Deadlines of one kind that are all ahead, or all passed: one row of the table.

    Each act starts its own agency clock and each possible last day its own COBRA and visa
    clock; one row a kind, its dates listed, reads faster than forty rows of the same words
    (and is much less work for the PDF).
    """

    title: str
    first: DeadlineRow
    items: tuple[DeadlineRow, ...]
    passed: bool
    rules: tuple[RuleRef, ...]
    kind: str = "deadline"
    kind_note: str = ""  # for an employer's minimum or a what-if: what kind of date it is
    unverified: bool = False  # the period is not verified: marked beside the date


@dataclass(frozen=True)
class RuleRow:
    id: str
    title: str
    explanation: str
    citation: str
    source_url: str
    status: str
    needs_confirmation: bool
    as_of: str
    paper_citation: str = ""  # on paper: a source shared with other rules as its number, [1]


@dataclass(frozen=True)
class RuleGroup:
    """The rules of one status, checked on one date: the status and date are said once.

    Said after each rule, "Status: verified in public sources. As of Nov. 22, 2026." would
    fill the Sources pages with the same words; grouped, a lawyer also sees at a glance which
    rules pipv could not verify.
    """

    status: str
    as_of: str
    needs_confirmation: bool
    rules: tuple[RuleRow, ...]


@dataclass(frozen=True)
class Line:
    """One labelled line: "Employer: Amazon"."""

    label: str
    value: str


@dataclass(frozen=True)
class NextStep:
    """A date the person must act by, for the callout that opens the results."""

    title: str
    date: str
    iso: str
    days_left_text: str
    passed: bool
    todo: str  # what to do now, for a date that has passed


@dataclass(frozen=True)
class Fact:
    """One protected activity or event, with everything the person told about it."""

    key: str  # its mark on the timeline (A1, E5)
    date: str
    iso: str
    what: str
    side: str  # a key of facts.SIDE_LABELS
    side_label: str
    details: tuple[Line, ...]

    @property
    def long(self) -> bool:
        """Told at such length that its row may run on to the next page on paper (kept whole,
        a page-long row left the page before it blank)."""
        text = sum(
            len(line.value) + LINE_BREAK_CHARACTERS * line.value.count("\n")
            for line in self.details
        )
        return text > LONG_FACT_CHARACTERS


# About a third of a page of the facts table's Details column; a line break counts as the
# characters of a line there (a story of many short lines is as tall as a long one).
LONG_FACT_CHARACTERS = 1200
LINE_BREAK_CHARACTERS = 60


@dataclass(frozen=True)
class Report:
    title: str
    person: str
    employer: str
    process: str
    as_of: str
    as_of_iso: str
    as_of_sentence: str  # "as of today (...)" or "as of the date you chose (...)"
    as_of_which: str  # the same without "as of", beside an "As of" label
    as_of_pinned: bool
    passed_sentences: tuple[str, ...]  # deadlines already passed: these lead
    signal: str
    signal_label: str
    signal_sentence: str
    money_sentences: tuple[str, ...]
    deadline_sentence: str
    chart: Chart
    pairs: tuple[PairRow, ...]
    pair_groups: tuple[EventGroup, ...]
    base_rules: tuple[RuleRef, ...]
    circuit_sentence: str
    signs: tuple[SignRow, ...]
    stages: tuple[StageRow, ...]
    vests: tuple[VestRow, ...]
    defaults_note: str
    deadlines: tuple[DeadlineGroup, ...]
    evidence: tuple[str, ...]
    questions: tuple[str, ...]
    to_confirm: tuple[RuleRef, ...]
    rules: tuple[RuleRow, ...]
    rule_groups: tuple[RuleGroup, ...] = field(default=())
    method: tuple[str, ...] = field(default=())
    shared_sources: tuple[str, ...] = field(default=())  # on paper: "[1] ..." after the rules
    # The intake packet: who, the facts that matter, what is at stake, what is not known.
    next_steps: tuple[NextStep, ...] = field(default=())
    who: tuple[Line, ...] = field(default=())
    key_facts: tuple[Fact, ...] = field(default=())
    facts: tuple[Fact, ...] = field(default=())
    stake: str = ""
    release_note: str = ""
    job_ended: bool = False  # the money table then reads as a record, not as choices
    unknowns: tuple[str, ...] = field(default=())
    # Above the deadlines when the job was ended for the person and the day they were told
    # is missing: the firing's own deadlines wait for that day.
    firing_day_note: str = ""
    firing_day_short: str = ""  # the same in one line, for the callout that opens the results
    firing_day_rule: RuleRef | None = None
    comparators: tuple[Line, ...] = field(default=())
    keep_safe: tuple[str, ...] = field(default=())
