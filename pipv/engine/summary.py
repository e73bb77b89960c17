"""A plain-text assessment for the terminal (``manage.py assess --format text``)."""

from __future__ import annotations

from .assessment import Assessment
from .money import usd as _usd
from .processes import profile_of
from .stages import JUST_MISSED_DAYS, Stage
from .timing import BAND_LABELS, SIGNAL_LABELS


def render_text(a: Assessment) -> str:
    emp = a.case.employment
    lines = [
        f"pipv assessment as of {a.as_of.isoformat()}"
        + ("" if a.case.as_of_pinned else " (today)"),
        f"{emp.employer} ({emp.process}), work state {emp.work_state}",
        "Not legal advice. Figures are before tax.",
    ]
    for section in (_timing, _stages, _deadlines, _questions, _rules):
        lines += section(a)
    return "\n".join(lines) + "\n"


def _timing(a: Assessment) -> list[str]:
    lines = ["", f"TIMING SIGNAL: {SIGNAL_LABELS[a.timing.signal]}"]
    strongest = a.timing.strongest
    if strongest is not None:
        lines.append(
            f"  strongest pair: {strongest.activity} ({strongest.activity_date}) -> "
            f"{strongest.event} ({strongest.event_date}), {strongest.days} days"
        )
    for p in a.timing.pairs:
        flags = []
        if p.contested:
            flags.append("contested as adverse")
        if p.ca_presumption:
            flags.append("CA SB 497 presumption")
        adjusted = BAND_LABELS[p.adjusted_band] if p.adjusted_band else "no inference"
        lines.append(
            f"  {p.activity} -> {p.event}: {p.days} days, band {BAND_LABELS[p.band]}"
            f" (counted as {adjusted}), knew: {p.knowledge}"
            + (f"; {', '.join(flags)}" if flags else "")
        )
    if a.timing.signs:
        lines += ["", "WHAT A LAWYER WILL WEIGH"]
        for sign in a.timing.signs:
            lines.append(f"  [{sign.direction}] {sign.text} ({', '.join(sign.refs)})")
    return lines


def _stages(a: Assessment) -> list[str]:
    lines = ["", "STAGES (pre-tax)"]
    for s in a.stages:
        lines += _stage(s)
    if a.defaults_used:
        label = profile_of(a.case.employment.process).defaults_label
        lines.append(f"  defaults used ({label}): " + ", ".join(a.defaults_used))

    if a.money.leave is not None and a.money.stay is not None:
        lines.append(
            f"  staying ({a.money.stay.id}) instead of leaving ({a.money.leave.id}): "
            f"{_usd(a.money.net_for_staying)} in total"
        )
    lines.append(f"  {a.money.release_note}")
    return lines


def _stage(s: Stage) -> list[str]:
    """The stage's last day and sum, then only what it loses or starts."""
    marks = [m for m, on in (("projected", s.projected), ("passed", s.passed)) if on]
    lines = [
        f"  {s.id}: last day {s.last_day}" + (f" [{', '.join(marks)}]" if marks else ""),
        f"    severance {_usd(s.severance)} + salary {_usd(s.salary)} + stock "
        f"{_usd(s.vested_value)} + bonus {_usd(s.bonus)} = {_usd(s.total)}",
    ]
    if s.vests_lost:
        lines.append(f"    vests lost: {', '.join(s.vests_lost)} ({_usd(s.vests_lost_value)})")
    if s.just_missed:
        missed = ", ".join(s.just_missed)
        lines.append(
            f"    just missed (within {JUST_MISSED_DAYS} days): {missed} "
            f"({_usd(s.just_missed_value)})"
        )
    if s.visa_status_ends_first:
        lines.append(f"    visa status ends {s.visa_grace_end}, before this last day")
    elif s.visa_grace_end:
        lines.append(f"    visa grace ends {s.visa_grace_end}")
    return lines


def _deadlines(a: Assessment) -> list[str]:
    lines = ["", "DEADLINES (passed first; the date is the safe day to act by)"]
    for d in sorted(a.deadlines, key=lambda d: not d.passed):
        flags = []
        if d.passed:
            flags.append("PASSED: ask a lawyer now whether any exception applies")
        if d.kind != "deadline":
            flags.append(d.kind.replace("_", " ") + (f" ({d.path})" if d.path else ""))
        if d.rolled_forward:
            flags.append(f"agency accepts {d.date}")
        if d.likely is not None:
            flags.append(f"300 days likely: {d.likely}")
        flag = f" ({'; '.join(flags)})" if flags else ""
        # The days to the date shown, the safe one: days_left counts to the agency's.
        days = (d.file_by - a.as_of).days
        lines.append(f"  {d.file_by}  {days:>5} days  {d.id} from {d.source}{flag}  [{d.rule}]")
    return lines


def _questions(a: Assessment) -> list[str]:
    if not a.questions:
        return []
    return ["", "QUESTIONS FOR YOUR LAWYER", *(f"  - {q.text}" for q in a.questions)]


def _rules(a: Assessment) -> list[str]:
    lines = ["", "RULES USED"]
    for r in a.rules:
        flag = " (needs confirmation)" if r.needs_confirmation else ""
        lines.append(f"  {r.id}: {r.citation}; as of {r.as_of}{flag}")
    return lines
