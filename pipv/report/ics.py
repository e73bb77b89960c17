"""The deadlines as an iCalendar file: one all-day event each, with the rule behind it.

UIDs are built from the case's key and the deadline's own id and source, never from its
date or position, so importing a newer download updates the same events instead of adding
copies beside them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from pipv.engine.assessment import Assessment
from pipv.engine.rules import RULES

from .present import Record, rule_text


def deadline_uid(case_key: str, deadline_id: str, source: str) -> str:
    return f"{deadline_id}.{source}.{case_key}@pipv"


def build_calendar(a: Assessment, case_key: str, stamp: datetime | None = None) -> bytes:
    record = Record(a)
    calendar = Calendar()
    calendar.add("prodid", "-//pipv//deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("pipv deadlines"))
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for d in a.deadlines:
        event = Event()
        event.add("uid", deadline_uid(case_key, d.id, d.source))
        event.add("dtstamp", stamp)
        event.add("dtstart", d.date)
        event.add("dtend", d.date + timedelta(days=1))
        event.add("summary", _(d.title))
        lines = [_("Runs from: %(source)s") % {"source": record(d.source)}]
        for rule_id in (d.rule, *d.extra_rules):
            r = RULES[rule_id]
            lines.append(f"{rule_text(r, r.title)} ({r.id}): {r.citation}")
        if d.rolled_forward:
            lines.append(_("Moved to the next business day."))
        if d.projected:
            lines.append(_("Projected: the event it runs from has not happened yet."))
        lines.append(_("Not legal advice: confirm every deadline with a lawyer."))
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["pipv"])
        calendar.add_component(event)
    return calendar.to_ical()
