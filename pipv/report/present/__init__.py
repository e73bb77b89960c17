"""The report's words and figures, ready for a template: the engine's assessment, translated.

The engine hands over codes and English message ids; this package turns them into the
sentences a reader sees, in the active language, once. The results page, the PDF and the
calendar all read the same ``Report``, so they cannot disagree on a figure.

Each module holds one part of the report: ``summary`` (the opening sentences), ``pairs``
(timing), ``money`` (stages and vests), ``deadlines``, ``sources`` (the rules), ``facts``
(the intake packet), ``consultation`` (what to bring and ask); ``rows`` holds the shapes the
templates read and ``text`` the formatting helpers they all share.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.engine import labels
from pipv.engine.assessment import Assessment
from pipv.engine.timing import SIGNAL_LABELS

from ..timeline import build_chart, mark_keys
from .consultation import KEEP_SAFE, _evidence, _questions
from .deadlines import _deadline_groups, _next_steps, deadline_row
from .facts import _facts, _firing_day_note, _key_facts, _unknowns, _who
from .money import _defaults_note, _stage_row, _vest_rows
from .pairs import BASE_PAIR_RULES, _groups, _pair_row, _signs
from .record import Record
from .rows import (
    DeadlineGroup,
    DeadlineRow,
    EventGroup,
    Fact,
    Line,
    NextStep,
    PairRow,
    Report,
    RuleGroup,
    RuleRow,
    SignRow,
    StageRow,
    VestCell,
    VestRow,
)
from .sources import _rule_groups, _rule_row, _shared_sources, _to_confirm
from .summary import (
    _circuit_sentence,
    _deadline_sentence,
    _method,
    _money_sentences,
    _passed_sentences,
    _signal_sentence,
    _stake,
    as_of_sentence,
)
from .text import RuleRef, day, money, rule_ref, rule_text, tr

__all__ = [
    "DeadlineGroup",
    "DeadlineRow",
    "EventGroup",
    "Fact",
    "Line",
    "NextStep",
    "PairRow",
    "Record",
    "Report",
    "RuleGroup",
    "RuleRef",
    "RuleRow",
    "SignRow",
    "StageRow",
    "VestCell",
    "VestRow",
    "as_of_sentence",
    "build_report",
    "day",
    "money",
    "rule_ref",
    "rule_text",
    "tr",
]


def build_report(a: Assessment) -> Report:
    """Everything the report shows, translated into the active language."""
    case = a.case
    emp = case.employment
    record = Record(a)
    pairs = tuple(_pair_row(p, a, record) for p in a.timing.pairs)
    rules, shared_sources = _shared_sources(tuple(_rule_row(r) for r in a.rules))
    keys = mark_keys(a)
    facts = _facts(a, keys)
    firing_day = _firing_day_note(a)

    return Report(
        title=_("Timing, money and deadlines"),
        person=emp.employee_name or _("Employee"),
        employer=emp.employer,
        process=_(labels.PROCESS[emp.process]),
        as_of=day(a.as_of),
        as_of_iso=a.as_of.isoformat(),
        as_of_sentence=as_of_sentence(a),
        as_of_which=(
            _("the date you chose, %(date)s") if case.as_of_pinned else _("today, %(date)s")
        )
        % {"date": day(a.as_of)},
        as_of_pinned=case.as_of_pinned,
        passed_sentences=_passed_sentences(a, record),
        signal=a.timing.signal,
        signal_label=_(SIGNAL_LABELS[a.timing.signal]),
        signal_sentence=_signal_sentence(a, record),
        money_sentences=_money_sentences(a),
        deadline_sentence=_deadline_sentence(a),
        chart=build_chart(a, record, keys),
        pairs=pairs,
        pair_groups=_groups(a, pairs),
        base_rules=tuple(rule_ref(r) for r in BASE_PAIR_RULES if a.timing.pairs),
        circuit_sentence=_circuit_sentence(a),
        signs=_signs(a, record),
        stages=tuple(_stage_row(s, a, record) for s in a.stages),
        vests=_vest_rows(a, record),
        defaults_note=_defaults_note(a),
        deadlines=_deadline_groups(tuple(deadline_row(d, record, a, keys) for d in a.deadlines)),
        evidence=_evidence(a, record),
        questions=_questions(a, record),
        to_confirm=_to_confirm(a),
        rules=rules,
        rule_groups=_rule_groups(a.rules, rules),
        method=_method(a),
        shared_sources=shared_sources,
        next_steps=_next_steps(a),
        who=_who(a),
        key_facts=_key_facts(facts),
        facts=facts,
        stake=_stake(a),
        release_note=_(a.money.release_note),
        job_ended=case.employment.ended_on is not None,
        unknowns=_unknowns(a),
        firing_day_note=firing_day[0],
        firing_day_short=firing_day[1],
        firing_day_rule=rule_ref("charge.firing_day"),
        comparators=tuple(Line(c.who, c.what_happened) for c in case.employment.comparators),
        keep_safe=tuple(_(line) for line in KEEP_SAFE),
    )
