"""Deadlines: one row a date, one group a kind, and the dates to act by that open the report."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.core import punctuation
from pipv.engine.assessment import Assessment
from pipv.engine.i18n import gettext_noop
from pipv.engine.rules import RULES

from .record import Record
from .rows import DeadlineGroup, DeadlineRow, NextStep
from .text import _days_left, _days_to_file_by, day, rule_ref

# A rule that says the deadline's date is its latest possible day (process_dates).
HOLIDAYS_UNKNOWN = "pivot.holidays_unknown"


def deadline_row(d, record: Record, a: Assessment, keys: dict[str, str]) -> DeadlineRow:
    detail = record(d.source)
    # On paper a kind's many dates each name what they run from by its key and date ("E5
    # (Sept. 15, 2026)"), the key of its fact in the chronology or of its stage on the
    # timeline: written in full, forty such lines took two pages.
    short = detail
    if d.source in keys:
        short = _("%(what)s (%(date)s)") % {"what": keys[d.source], "date": day(d.source_date)}
    if d.kind == "what_if" and d.path is not None:
        stage = a.stage(d.path)
        detail = _("if you leave this way: %(stage)s, last day %(date)s") % {
            "stage": _(stage.title) if stage else d.path,
            "date": day(d.source_date),
        }
        short = detail
        if d.path in keys:
            short = _("%(key)s (last day %(date)s)") % {
                "key": keys[d.path],
                "date": day(d.source_date),
            }
    if d.rolled_forward:
        detail = punctuation.aside(
            detail,
            _("on a weekend or holiday: the agency accepts it until %(date)s")
            % {"date": day(d.date)},
        )
        short = punctuation.aside(
            short, _("a weekend or holiday: accepted until %(date)s") % {"date": day(d.date)}
        )
    # Remarks both forms of the line carry, in brackets, in this order.
    notes = []
    if HOLIDAYS_UNKNOWN in d.extra_rules:
        notes.append(
            _("if your employer does not count the holiday as a working day: %(date)s")
            % {"date": day(d.date)}
        )
    if d.likely is not None:
        notes.append(
            _("180 days is the safe date; 300 days, %(date)s, likely applies: ask a lawyer")
            % {"date": day(d.likely)}
        )
    if d.projected:
        notes.append(_("projected: the event has not happened yet"))
    for note in notes:
        detail = punctuation.aside(detail, note)
        short = punctuation.aside(short, note)
    coverage = ""
    if d.employees_needed is not None:
        coverage = _(
            "Only if the law reaches your employer: you said about %(count)s employees, and it "
            "needs %(needs)s or more (a state law may reach a smaller employer). Ask a lawyer."
        ) % {"count": a.case.employment.employee_count, "needs": d.employees_needed}
    return DeadlineRow(
        id=d.id,
        title=_(d.title),
        date=day(d.file_by),
        iso=d.file_by.isoformat(),
        days_left_text=_days_left(_days_to_file_by(d)),
        passed=d.passed,
        rules=tuple(rule_ref(r) for r in (d.rule, *d.extra_rules)),
        detail=detail,
        unverified=RULES[d.rule].needs_confirmation,
        line=_("%(day)s: %(source)s") % {"day": day(d.file_by), "source": detail},
        short_line=_("%(day)s: %(source)s") % {"day": day(d.file_by), "source": short},
        kind=d.kind,
        coverage_note=coverage,
    )


KIND_NOTES = {
    "employer_minimum": gettext_noop(
        "Not a deadline for you: your employer must give you at least until this day."
    ),
    "what_if": gettext_noop(
        "Only if you leave this way: each way of leaving starts this clock on its own last day."
    ),
}


# Where a date's kind needs its own words: the ADEA's waiting period is no way of leaving.
ID_NOTES = {
    "adea_suit_earliest": gettext_noop(
        "Not a deadline: the earliest day you may sue under the ADEA if the agency has not "
        "finished. Nothing is lost if it passes."
    ),
}


def kind_note(row: DeadlineRow) -> str:
    if row.id in ID_NOTES:
        note = _(ID_NOTES[row.id])
    else:
        note = _(KIND_NOTES[row.kind]) if row.kind in KIND_NOTES else ""
    return punctuation.sentences([note, row.coverage_note])


def _deadline_groups(rows: tuple[DeadlineRow, ...]) -> tuple[DeadlineGroup, ...]:
    """Rows of the same kind and the same side of the as-of date: passed ones first."""
    groups: dict[tuple[str, bool, str], list[DeadlineRow]] = {}
    for row in sorted(rows, key=lambda r: (r.iso, r.id)):
        groups.setdefault((row.id, row.passed, row.kind), []).append(row)
    ordered = sorted(groups.values(), key=lambda g: (not g[0].passed, g[0].iso, g[0].id))
    return tuple(
        DeadlineGroup(
            title=items[0].title,
            first=items[0],
            items=tuple(items),
            passed=items[0].passed,
            rules=tuple({r.id: r for row in items for r in row.rules}.values()),
            kind=items[0].kind,
            kind_note=kind_note(items[0]),
            unverified=any(row.unverified for row in items),
        )
        for items in ordered
    )


PASSED_TODO = gettext_noop(
    "This date has passed. Tell a lawyer now: a later act can start a new period, and some "
    "periods can be extended."
)
REVOKE_PASSED = gettext_noop(
    "This date has passed: the release can no longer be cancelled this way. Ask a lawyer "
    "whether it met the law's terms."
)
# Where "a later act" starts nothing new: a choice, a status, a notice's own period.
PASSED_TODO_BY_ID = {
    "pivot_decision": gettext_noop(
        "This date has passed: the choice was due then. Tell a lawyer what you chose, and when."
    ),
    # 29 U.S.C. 1165(a)(1): 60 days after the later of the coverage's end and the notice.
    "cobra_election": gettext_noop(
        "This date has passed. Tell a lawyer or your plan now: the 60 days run from the day "
        "your election notice came, if it came after your coverage ended."
    ),
    "visa_grace_end": gettext_noop(
        "This date has passed. Talk to an immigration lawyer now about your status."
    ),
    "visa_status_end": gettext_noop(
        "This date has passed. Talk to an immigration lawyer now about your status."
    ),
    "owbpa_revoke": REVOKE_PASSED,
    # GOL 5-336(1)(b), 820 ILCS 96/1-30: a window after signing, which no later act reopens.
    "ny_release_revoke": REVOKE_PASSED,
    "il_release_revoke": REVOKE_PASSED,
    "right_to_sue_lawsuit": gettext_noop(
        "This date has passed. Tell a lawyer now: only rarely does a court allow a later suit."
    ),
}


def _next_steps(a: Assessment) -> tuple[NextStep, ...]:
    """The person's own dates to act by: every passed one (once a kind), then the next one."""
    own = sorted(
        (d for d in a.deadlines if d.kind == "deadline"),
        key=lambda d: (d.file_by, d.id),
    )
    steps: list[NextStep] = []
    seen: set[str] = set()
    for d in own:
        if d.passed and d.id not in seen:
            seen.add(d.id)
            steps.append(_next_step(d, passed=True))
    upcoming = [d for d in own if not d.passed]
    if upcoming:
        steps.append(_next_step(upcoming[0], passed=False))
    return tuple(steps)


def _next_step(d, *, passed: bool) -> NextStep:
    return NextStep(
        title=_(d.title),
        date=day(d.file_by),
        iso=d.file_by.isoformat(),
        days_left_text=_days_left(_days_to_file_by(d)),
        passed=passed,
        todo=_todo(d, passed),
    )


def _todo(d, passed: bool) -> str:
    if passed:
        return _(PASSED_TODO_BY_ID.get(d.id, PASSED_TODO))
    if _days_to_file_by(d) >= 0:
        return ""
    # The safe day is behind, the last one is not.
    if HOLIDAYS_UNKNOWN in d.extra_rules:
        return _(
            "If your employer counts the holiday as a working day, this has passed. If not, "
            "the choice is open until %(date)s: check your letter today."
        ) % {"date": day(d.date)}
    return _("The agency accepts it until %(date)s, the next business day: act by then.") % {
        "date": day(d.date)
    }
