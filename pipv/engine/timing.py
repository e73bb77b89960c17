"""Timing: how each adverse event lines up with each earlier protected activity.

Implements legal-reference §a.8 (knowledge), §a.9 (materially adverse), §b.2-§b.3
(bands, circuits, signal) and §b.4 (what a lawyer will weigh). pipv never concludes
that retaliation happened; it says what the dates and the record show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .case import ADVERSE_EVENTS, FAVOURABLE_EVENTS, Case, Event, ProtectedActivity
from .i18n import _

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

# §a.9: events many courts do not treat as materially adverse on their own.
CONTESTED_ADVERSE = frozenset(
    {
        "negative_feedback",
        "contradicting_recap",
        "coaching_plan",
        "focus_entry",
        "pivot_meeting",
        "improvement_plan_start",
        "improvement_plan_end",
        "appeal_decision",
        "severance_offer",
        "other_adverse",
    }
)

# The employee's own appeal is not the employer's act: no timing pair and no charge deadline
# runs from it (legal-reference, Corrections).
EMPLOYEE_ACTS = frozenset({"appeal_filed"})

# Once the job has ended one of these ways, the event that ended it is plainly adverse: the
# plan's end that ended the job, and the appeal decision that upheld the firing.
ENDED_BY = {
    "improvement_plan_end": frozenset({"plan_fail_t2", "appeal_fail_t3", "pip_fail"}),
    "appeal_decision": frozenset({"appeal_fail_t3"}),
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

PRIOR_RECORD_WINDOW_DAYS = 365
MANAGER_CHANGE_WINDOW_DAYS = 180


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
class Sign:
    id: str
    direction: str  # "supporting", "contrary" or "either"
    text: str
    rule: str
    refs: tuple[str, ...]


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


def pair_up(
    activity: ProtectedActivity, event: Event, state: str, exit_path: str | None = None
) -> Pair:
    """One activity and a later adverse event: days, band, and what they amount to."""
    counted_from, from_date = measured_from(activity, event)
    learned_after = counted_from == "known_on" and from_date > event.date
    if learned_after:
        # No gap to measure from the learning; the days say how far the activity itself was.
        counted_from, from_date = "date", activity.date
    days = (event.date - from_date).days
    band = band_for_days(days)
    contested = is_contested(event, exit_path)
    rules = ["proximity.band", "proximity.knowledge"]
    notes: list[str] = []
    if counted_from == "end_date":
        notes.append("counted_from_leave_end")
    elif counted_from == "known_on":
        notes.append("counted_from_known_on")

    adjusted = band
    treatment = circuit_treatment(CIRCUIT_OF_STATE.get(state))
    if treatment == "lenient" and band == "weak":
        adjusted = "close"
        rules.append("proximity.circuit")
        notes.append("circuit_lenient")
    elif treatment == "strict" and band == "close":
        adjusted = "weak"
        rules.append("proximity.circuit")
        notes.append("circuit_strict")

    knowledge = activity.decision_maker_knew
    if learned_after:
        # The decision-maker learned of it only after this event: nothing to infer here.
        knowledge = "no"
    final: str | None = adjusted
    if knowledge == "unknown":
        # §b.3 keeps "none" for remote gaps and for knowledge "no": a weak gap whose knowledge
        # is unknown is still weak (as is a close one a strict circuit already counted weak),
        # and a remote one has nothing weaker to become.
        if adjusted in ("very_close", "close"):
            final = _weaker(adjusted)
            notes.append("counted_weaker_knowledge_unknown")
        elif adjusted == "weak":
            notes.append("counted_weak_knowledge_unknown")
    elif learned_after:
        final = None
        notes.append("learned_later")
    elif knowledge == "no":
        final = None
        notes.append("did_not_know")

    if contested:
        rules.append("proximity.contested_adverse")
        notes.append("contested_adverse")

    ca_presumption = activity.kind in SB497_KINDS and state == "CA" and days <= SB497_DAYS
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
    signs = tuple(_signs(case, adverse, pairs, circuit))
    used: list[str] = []
    for rule_id in [r for p in pairs for r in p.rules] + [s.rule for s in signs]:
        if rule_id not in used:
            used.append(rule_id)
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


def _signs(
    case: Case, adverse: list[Event], pairs: tuple[Pair, ...], circuit: str | None
) -> list[Sign]:
    """§b.4: what strengthens or weakens a timing argument, each tied to the record."""
    signs: list[Sign] = []
    activities = case.protected_activities
    first_activity = activities[0].date if activities else None
    after_activity = [e for e in adverse if first_activity and e.date >= first_activity]
    first_adverse = after_activity[0] if after_activity else (adverse[0] if adverse else None)

    if first_adverse is not None:
        window_start = first_adverse.date - timedelta(days=PRIOR_RECORD_WINDOW_DAYS)
        review = case.employment.last_review
        favourable_refs: list[str] = []
        if (
            review
            and review.rating in ("exceeds", "meets")
            and window_start <= review.date <= first_adverse.date
        ):
            favourable_refs.append("employment.last_review")
        favourable_refs += [
            e.id
            for e in case.events
            if e.kind in FAVOURABLE_EVENTS and window_start <= e.date <= first_adverse.date
        ]
        if favourable_refs:
            signs.append(
                Sign(
                    "prior_favourable",
                    "supporting",
                    _(
                        "A favourable review, award or promotion track in the 12 months "
                        "before the first adverse event."
                    ),
                    "signs.prior_favourable",
                    tuple(favourable_refs),
                )
            )

    if case.employment.last_review and case.employment.last_review.rating == "below":
        signs.append(
            Sign(
                "prior_low_rating",
                "contrary",
                _("The last review before these events was below expectations."),
                "signs.prior_problems",
                ("employment.last_review",),
            )
        )
    if first_activity is not None:
        earlier = [e.id for e in adverse if e.date < first_activity]
        if earlier:
            signs.append(
                Sign(
                    "prior_problems",
                    "contrary",
                    _("Criticism or a plan is recorded before the first protected activity."),
                    "signs.prior_problems",
                    tuple(earlier),
                )
            )

    contradicted = [e.id for e in adverse if e.contradicting_evidence.strip()]
    if contradicted:
        signs.append(
            Sign(
                "contradicting_evidence",
                "supporting",
                _("You have evidence that contradicts the stated reason."),
                "signs.contradicting_evidence",
                tuple(contradicted),
            )
        )

    if first_adverse is not None:
        changes = [
            e for e in case.events if e.kind == "manager_change" and e.date <= first_adverse.date
        ]
        refs = [
            e.id
            for e in changes
            if (first_adverse.date - e.date).days <= MANAGER_CHANGE_WINDOW_DAYS
        ]
        change_date = case.employment.manager_change_date
        if (
            change_date
            and 0 <= (first_adverse.date - change_date).days <= MANAGER_CHANGE_WINDOW_DAYS
        ):
            refs.append("employment.manager_change_date")
        if refs:
            signs.append(
                Sign(
                    "manager_change",
                    "either",
                    _("Your manager changed in the six months before the first adverse event."),
                    "signs.manager_change",
                    tuple(refs),
                )
            )

    if first_activity is not None:
        restricted = [
            e.id for e in adverse if e.kind == "transfer_restricted" and e.date >= first_activity
        ]
        if restricted:
            signs.append(
                Sign(
                    "transfer_restricted",
                    "supporting",
                    _("An internal transfer was restricted after a protected activity."),
                    "signs.transfer_restricted",
                    tuple(restricted),
                )
            )

    if len(activities) >= 2:
        signs.append(
            Sign(
                "several_activities",
                "supporting",
                _("More than one protected activity; timing is measured from each."),
                "signs.several_activities",
                tuple(a.id for a in activities),
            )
        )

    unknowing = sorted({p.activity for p in pairs if p.knowledge == "no"})
    if unknowing:
        signs.append(
            Sign(
                "no_knowledge",
                "contrary",
                _("You said the decision-maker did not know of this activity."),
                "proximity.knowledge",
                tuple(unknowing),
            )
        )
    indirect = [
        a.id
        for a in activities
        if a.reported_to in ("hr", "ethics_line", "agency") and a.decision_maker_knew != "yes"
    ]
    if indirect and pairs:
        signs.append(
            Sign(
                "indirect_knowledge",
                "either",
                _(
                    "The activity went to HR, an ethics line or an agency; whether your "
                    "manager knew is a question of fact."
                )
                if circuit != "2d"
                else _(
                    "The activity went to HR, an ethics line or an agency; in the 2nd "
                    "Circuit general company knowledge may be enough."
                ),
                "signs.independent_knowledge",
                tuple(indirect),
            )
        )
    return signs
