"""Timing: how each adverse event lines up with each earlier protected activity.

Covers the decision-maker's knowledge, which acts are materially adverse, the day bands,
the circuits, the overall signal and what a lawyer will weigh. pipv never concludes
that retaliation happened; it says what the dates and the record show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .case import ADVERSE_EVENTS, Case, Event, ProtectedActivity
from .i18n import _
from .processes import STAGES
from .signs import Record, Sign, signs_of
from .vocabulary import CONTESTED_ADVERSE

BANDS = ("very_close", "close", "weak", "remote")
SIGNALS = ("strong", "moderate", "weak", "none")

BAND_LABELS = {
    "very_close": _("very close"),
    "close": _("close"),
    "weak": _("weak"),
    "remote": _("remote"),
}
SIGNAL_LABELS = {
    "strong": _("strong"),
    "moderate": _("moderate"),
    "weak": _("weak"),
    "none": _("none"),
}

# The employee's own appeal is not the employer's act: no timing pair and no charge deadline
# runs from it.
EMPLOYEE_ACTS = frozenset({"appeal_filed"})

# Once the job has ended one of these ways, the event that ended it is plainly adverse: the
# plan's end that ended the job, and the appeal decision that upheld the firing.
ENDED_BY: dict[str, frozenset[str]] = {
    kind: frozenset(s.id for s in STAGES.values() if kind in s.ended_by)
    for kind in dict.fromkeys(k for s in STAGES.values() for k in s.ended_by)
}

# §b.2 standard geography: work state -> federal circuit.
CIRCUIT_OF_STATE = {
    **dict.fromkeys(("ME", "MA", "NH", "RI", "PR"), "1st"),
    **dict.fromkeys(("CT", "NY", "VT"), "2d"),
    **dict.fromkeys(("DE", "NJ", "PA", "VI"), "3d"),
    **dict.fromkeys(("MD", "NC", "SC", "VA", "WV"), "4th"),
    **dict.fromkeys(("LA", "MS", "TX"), "5th"),
    **dict.fromkeys(("KY", "MI", "OH", "TN"), "6th"),
    **dict.fromkeys(("IL", "IN", "WI"), "7th"),
    **dict.fromkeys(("AR", "IA", "MN", "MO", "NE", "ND", "SD"), "8th"),
    **dict.fromkeys(
        ("AK", "AZ", "CA", "HI", "ID", "MT", "NV", "OR", "WA", "GU", "MP", "AS"), "9th"
    ),
    **dict.fromkeys(("CO", "KS", "NM", "OK", "UT", "WY"), "10th"),
    **dict.fromkeys(("AL", "FL", "GA"), "11th"),
    "DC": "D.C.",
}
LENIENT_CIRCUITS = frozenset({"2d", "9th"})
STRICT_CIRCUITS = frozenset({"4th", "7th", "8th", "10th", "11th"})

# §a.6: SB 497 covers Labor Code activity only, not FEHA/CFRA complaints.
SB497_KINDS = frozenset({"whistleblower_report", "wage_complaint"})
SB497_DAYS = 90


@dataclass(frozen=True)
class Pair:
    activity: str
    event: str
    activity_date: date
    event_date: date
    days: int
    band: str  # by days alone, as the contract defines it
    adjusted_band: str | None  # after circuit and knowledge; None when knowledge is "no"
    knowledge: str
    contested: bool
    signal: str
    rules: tuple[str, ...]
    notes: tuple[str, ...]  # codes, each a key of labels.PAIR_NOTES
    ca_presumption: bool = False
    # Which of the activity's dates the days count from: "date" (the activity itself),
    # "end_date" (a leave's end, the return) or "known_on" (when the decision-maker learned).
    measured_from: str = "date"
    measured_from_date: date | None = None

    rule: str = "proximity.band"


@dataclass(frozen=True)
class Timing:
    signal: str
    circuit: str | None
    circuit_treatment: str  # "lenient", "strict" or "middle"
    pairs: tuple[Pair, ...]
    strongest: Pair | None
    signs: tuple[Sign, ...]
    rules_used: tuple[str, ...]


def band_for_days(days: int) -> str:
    """§b.3 bands: 0-30 very close, 31-90 close, 91-180 weak, more remote."""
    if days <= 30:
        return "very_close"
    if days <= 90:
        return "close"
    if days <= 180:
        return "weak"
    return "remote"


def _weaker(band: str) -> str:
    return BANDS[min(BANDS.index(band) + 1, len(BANDS) - 1)]


def circuit_treatment(circuit: str | None) -> str:
    if circuit in LENIENT_CIRCUITS:
        return "lenient"
    if circuit in STRICT_CIRCUITS:
        return "strict"
    return "middle"


def is_adverse(event: Event) -> bool:
    """An employer's act against the person (the person's own appeal is not one)."""
    return event.kind in ADVERSE_EVENTS and event.kind not in EMPLOYEE_ACTS


def is_contested(event: Event, exit_path: str | None = None) -> bool:
    """Whether many courts would not count the event as materially adverse on its own."""
    if exit_path is not None and exit_path in ENDED_BY.get(event.kind, frozenset()):
        return False
    return event.kind in CONTESTED_ADVERSE


def measured_from(activity: ProtectedActivity, event: Event) -> tuple[str, date]:
    """The activity's date the gap to ``event`` counts from, and which one it is.

    Courts count from when the decision-maker learned (``known_on``, when later), and for a
    leave from its end (the return) as well as its start: the closer of these that came
    before the event counts.
    """
    start_name, start = "date", activity.date
    if activity.known_on is not None and activity.known_on > activity.date:
        start_name, start = "known_on", activity.known_on
    if activity.end_date is not None and start < activity.end_date <= event.date:
        return "end_date", activity.end_date
    return start_name, start


# The note that says which of the activity's dates the gap counts from, when not its own.
_FROM_NOTES: dict[str, tuple[str, ...]] = {
    "end_date": ("counted_from_leave_end",),
    "known_on": ("counted_from_known_on",),
}


def pair_up(
    activity: ProtectedActivity, event: Event, state: str, exit_path: str | None = None
) -> Pair:
    """One activity and a later adverse event: days, band, and what they amount to."""
    counted_from, from_date, learned_after = _gap_start(activity, event)
    days = (event.date - from_date).days
    band = band_for_days(days)
    contested = is_contested(event, exit_path)
    # Learned of only after this event, the activity cannot have moved the decision-maker.
    knowledge = "no" if learned_after else activity.decision_maker_knew
    adjusted, circuit_rules, circuit_notes = _circuit_band(band, state)
    final, knowledge_notes = _knowledge_band(adjusted, knowledge, learned_after)
    ca_presumption = activity.kind in SB497_KINDS and state == "CA" and days <= SB497_DAYS

    rules = ["proximity.band", "proximity.knowledge", *circuit_rules]
    notes = [*_FROM_NOTES.get(counted_from, ()), *circuit_notes, *knowledge_notes]
    if contested:
        rules.append("proximity.contested_adverse")
        notes.append("contested_adverse")
    if ca_presumption:
        rules.append("ca.sb497.presumption")
        notes.append("ca_presumption")

    return Pair(
        activity=activity.id,
        event=event.id,
        activity_date=activity.date,
        event_date=event.date,
        days=days,
        band=band,
        adjusted_band=final,
        knowledge=knowledge,
        contested=contested,
        signal=_pair_signal(final, contested),
        rules=tuple(rules),
        notes=tuple(notes),
        ca_presumption=ca_presumption,
        measured_from=counted_from,
        measured_from_date=from_date,
    )


def _gap_start(activity: ProtectedActivity, event: Event) -> tuple[str, date, bool]:
    """Which of the activity's dates the gap counts from, that date, and whether the
    decision-maker learned of the activity only after the event."""
    counted_from, from_date = measured_from(activity, event)
    if counted_from == "known_on" and from_date > event.date:
        # No gap to measure from the learning; the days say how far the activity itself was.
        return "date", activity.date, True
    return counted_from, from_date, False


def _circuit_band(band: str, state: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The band as the work state's circuit reads a gap, with the rule and note that moved it."""
    treatment = circuit_treatment(CIRCUIT_OF_STATE.get(state))
    if treatment == "lenient" and band == "weak":
        return "close", ("proximity.circuit",), ("circuit_lenient",)
    if treatment == "strict" and band == "close":
        return "weak", ("proximity.circuit",), ("circuit_strict",)
    return band, (), ()


def _knowledge_band(
    band: str, knowledge: str, learned_after: bool
) -> tuple[str | None, tuple[str, ...]]:
    """The band once the decision-maker's knowledge is weighed (None: nothing to infer from the
    gap), with the note that says why."""
    if knowledge == "unknown":
        # §b.3 keeps "none" for remote gaps and for knowledge "no": a weak gap whose knowledge
        # is unknown is still weak (as is a close one a strict circuit already counted weak),
        # and a remote one has nothing weaker to become.
        if band in ("very_close", "close"):
            return _weaker(band), ("counted_weaker_knowledge_unknown",)
        if band == "weak":
            return band, ("counted_weak_knowledge_unknown",)
        return band, ()
    if learned_after:
        return None, ("learned_later",)
    if knowledge == "no":
        return None, ("did_not_know",)
    return band, ()


def _pair_signal(band: str | None, contested: bool) -> str:
    """§b.3: very close and clearly adverse is strong; contested caps it at moderate."""
    if band is None or band == "remote":
        return "none"
    if band == "very_close":
        return "moderate" if contested else "strong"
    if band == "close":
        return "moderate"
    return "weak"


def pair_strength(pair: Pair) -> tuple[int, int, date, str]:
    """Sort key: the strongest pair first (its signal, then the shorter gap, then the earlier)."""
    return (SIGNALS.index(pair.signal), pair.days, pair.event_date, pair.activity)


def assess_timing(case: Case) -> Timing:
    state = case.employment.work_state
    circuit = CIRCUIT_OF_STATE.get(state)
    # Only what has happened by the as-of date is part of the record.
    adverse = [e for e in case.events if is_adverse(e) and e.date <= case.as_of]
    exit_path = case.employment.exit_path if case.employment.ended_on else None
    pairs = tuple(
        pair_up(activity, event, state, exit_path)
        for event in adverse
        for activity in case.protected_activities
        if activity.date <= event.date
    )
    strongest = min(pairs, key=pair_strength, default=None)
    signal = strongest.signal if strongest else "none"
    signs = signs_of(Record(case, adverse, pairs, circuit))
    # Each rule once, in the order first used; the band rule even when there is no pair.
    used = list(dict.fromkeys([r for p in pairs for r in p.rules] + [s.rule for s in signs]))
    if not pairs:
        used.insert(0, "proximity.band")
    return Timing(
        signal=signal,
        circuit=circuit,
        circuit_treatment=circuit_treatment(circuit),
        pairs=pairs,
        strongest=strongest,
        signs=signs,
        rules_used=tuple(used),
    )
