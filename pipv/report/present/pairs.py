"""The timing table: each adverse event with every protected activity before it, and the
signs the record shows."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.engine import labels
from pipv.engine.assessment import Assessment
from pipv.engine.timing import BAND_LABELS, Pair

from .record import Record
from .rows import EventGroup, PairRow, SignRow
from .text import KNEW, _days, rule_ref

# Every pair applies these; the table names them once and each row only what it adds.
BASE_PAIR_RULES = ("proximity.band", "proximity.knowledge")
# Said once per event (contested) or once above the table (circuit) instead of in each row;
# the band and "did they know?" columns already say the last two.
SAID_ELSEWHERE = frozenset(
    {
        "contested_adverse",
        "circuit_lenient",
        "circuit_strict",
        "counted_weaker_knowledge_unknown",
        "did_not_know",
    }
)


def _groups(a: Assessment, rows: tuple[PairRow, ...]) -> tuple[EventGroup, ...]:
    groups: dict[str, list[tuple[Pair, PairRow]]] = {}
    for pair, row in zip(a.timing.pairs, rows, strict=True):
        groups.setdefault(pair.event, []).append((pair, row))
    ordered = sorted(groups.values(), key=lambda g: (g[0][0].event_date, g[0][0].event))
    return tuple(
        EventGroup(
            event=group[0][1].event,
            contested=group[0][0].contested,
            pairs=tuple(row for _, row in sorted(group, key=lambda pr: pr[0].days)),
        )
        for group in ordered
    )


def _pair_row(p: Pair, a: Assessment, record: Record) -> PairRow:
    band = _(BAND_LABELS[p.band])
    counted = _(BAND_LABELS[p.adjusted_band]) if p.adjusted_band else _("no inference")
    notes = tuple(_(labels.PAIR_NOTES[n]) for n in p.notes if n not in SAID_ELSEWHERE)
    line = _("%(activity)s: %(days)s, %(band)s, did they know: %(knew)s") % {
        "activity": record(p.activity),
        "days": _days(p.days),
        "band": band
        if counted == band
        else _("%(band)s, counted as %(counted)s") % {"band": band, "counted": counted},
        "knew": _(KNEW[p.knowledge]),
    }
    return PairRow(
        event=record(p.event),
        days=p.days,
        line=line + "".join(_("; ") + n for n in notes),
        rules=tuple(
            rule_ref(r)
            for r in p.rules
            if r not in BASE_PAIR_RULES and r != "proximity.contested_adverse"
        ),
        strongest=p is a.timing.strongest,
    )


def _signs(a: Assessment, record: Record) -> tuple[SignRow, ...]:
    return tuple(
        SignRow(
            s.direction,
            _(labels.DIRECTION[s.direction]),
            _(s.text),
            tuple(record(r) for r in s.refs),
            rule_ref(s.rule),
        )
        for s in a.timing.signs
    )
