"""The deadlines as an iCalendar file: one all-day event for each date the person must meet.

Only dates still ahead go in, each with reminders a week and a day before. An employer's
minimum is not the person's deadline and stays out; a what-if date (COBRA or the visa grace
period after a way of leaving not yet taken) goes in once per kind, the earliest, with the way
of leaving named in its title. Descriptions are plain words and the public citation, no ids.

UIDs are built from the case's key and the deadline's own id and source (and its rule where
one act starts two clocks of the same kind), never from its date or position, so importing a
newer download updates the same events instead of adding copies beside them.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from pipv.core import punctuation
from pipv.engine.assessment import Assessment
from pipv.engine.deadlines import Deadline
from pipv.engine.rules import RULES

from .present import Record, rule_text
from .present.deadlines import deadline_row, kind_note

REMINDERS = (timedelta(days=7), timedelta(days=1))


def deadline_uid(case_key: str, deadline_id: str, source: str, rule: str = "") -> str:
    suffix = f".{rule}" if rule else ""
    return f"{deadline_id}.{source}{suffix}.{case_key}@pipv"


def calendar_deadlines(a: Assessment) -> tuple[Deadline, ...]:
    """What goes into the calendar: deadlines ahead, and the earliest what-if of each kind."""
    chosen: list[Deadline] = []
    seen_what_if: set[str] = set()
    for d in a.deadlines:  # earliest first
        if d.passed or d.kind == "employer_minimum":
            continue
        if d.kind == "what_if":
            if d.id in seen_what_if:
                continue
            seen_what_if.add(d.id)
        chosen.append(d)
    return tuple(chosen)


def _title(d: Deadline, a: Assessment) -> str:
    if d.kind == "what_if" and d.path is not None:
        stage = a.stage(d.path)
        return _("%(title)s, if you leave this way: %(stage)s") % {
            "title": _(d.title),
            "stage": _(stage.title) if stage else d.path,
        }
    return _(d.title)


def _description(d: Deadline, record: Record, a: Assessment) -> str:
    # The table's own row: the calendar carries the same remarks on the date (the agency's
    # later day, a holiday the employer may not count, the 300 days, a projection) and the
    # same note on whether the law reaches the employer, in the same words.
    row = deadline_row(d, record, a, {})
    if d.kind == "what_if" and d.path is not None:
        # The detail already says which way of leaving and its last day.
        first = _("Act by %(date)s, %(source)s.")
    else:
        first = _("Act by %(date)s. It runs from: %(source)s.")
    lines = [first % {"date": row.date, "source": row.detail}]
    if note := kind_note(row):
        lines.append(note)
    for rule_id in (d.rule, *d.extra_rules):
        r = RULES[rule_id]
        lines.append(punctuation.aside(rule_text(r, r.explanation), r.citation))
    lines.append(_("Not legal advice: confirm every deadline with a lawyer."))
    return "\n".join(lines)


def build_calendar(a: Assessment, case_key: str, stamp: datetime | None = None) -> bytes:
    record = Record(a)
    calendar = Calendar()
    calendar.add("prodid", "-//pipv//deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("pipv deadlines"))
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    chosen = calendar_deadlines(a)
    repeats = Counter((d.id, d.source) for d in chosen)
    for d in chosen:
        event = Event()
        rule = d.rule if repeats[(d.id, d.source)] > 1 else ""
        event.add("uid", deadline_uid(case_key, d.id, d.source, rule))
        event.add("dtstamp", stamp)
        # The safe day: the one the person should act by.
        event.add("dtstart", d.file_by)
        event.add("dtend", d.file_by + timedelta(days=1))
        title = _title(d, a)
        event.add("summary", title)
        event.add("description", _description(d, record, a))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["pipv"])
        for before in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
