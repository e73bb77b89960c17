"""What to bring to a lawyer, built from the record: one item per kind of record that backs a
finding, each a code with the ids of the things it names.

The report turns each code into its sentence (``labels.EVIDENCE``) and each id into the
record's name for it; nothing here is worded for a reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from .case import Case, Employment
from .timing import Timing

# Immigration statuses that put no visa clock on the job's end.
NO_VISA = frozenset({"citizen_or_permanent_resident", "prefer_not_to_say"})


def on_a_visa(employment: Employment) -> bool:
    """Whether the person's stay in the US depends on a visa: their visa papers matter and the
    job's end may start a grace period."""
    return employment.immigration_status not in NO_VISA


@dataclass(frozen=True)
class Evidence:
    code: str  # a key of labels.EVIDENCE
    refs: tuple[str, ...] = ()  # the activities or events it names, in the record's order


def evidence(case: Case, timing: Timing) -> tuple[Evidence, ...]:
    """What to bring, in the order a lawyer reads it: the activities, what was done against
    the person, then the papers about their job, pay and status."""
    items: list[Evidence] = []
    # One item for each kind of record, naming every activity or event, rather than one item
    # each: what to bring is the same kind of thing, and forty lines of it hide the rest.
    written = tuple(act.id for act in case.protected_activities if act.in_writing)
    spoken = tuple(act.id for act in case.protected_activities if not act.in_writing)
    if written:
        items.append(Evidence("activity.written", written))
    if spoken:
        items.append(Evidence("activity.spoken", spoken))
    paired = {p.event for p in timing.pairs}
    adverse = [ev for ev in case.events if ev.id in paired]
    if adverse:
        items.append(Evidence("event.record", tuple(ev.id for ev in adverse)))
    # What contradicts each event is in "Facts and chronology", in the person's own words.
    if any(ev.contradicting_evidence.strip() for ev in adverse):
        items.append(Evidence("event.contradictions"))
    if case.employment.last_review is not None:
        items.append(Evidence("review"))
    if case.compensation.vests:
        items.append(Evidence("stock.grants"))
    if case.compensation.bonuses:
        items.append(Evidence("bonus.letters"))
    if case.severance.offer_in_hand:
        items.append(Evidence("severance.offer"))
        # A release of age claims in a group exit is valid only with this list (29 U.S.C.
        # 626(f)(1)(H)): whether it came, and what it shows, is the lawyer's first check.
        if case.employment.age_40_or_over and case.severance.group_exit:
            items.append(Evidence("severance.group_list"))
    if case.employment.immigration_status == "f1_opt":
        # A student's status rests on the school's I-20 and the OPT card, not an I-797.
        items.append(Evidence("visa.documents_opt"))
    elif on_a_visa(case.employment):
        items.append(Evidence("visa.documents"))
    items.append(Evidence("report.copy"))
    return tuple(items)
