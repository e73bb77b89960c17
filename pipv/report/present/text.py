"""Formatting helpers the report's builders and the calendar share: dates, amounts, day
counts and rule references in the active language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import formats
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from pipv.engine.i18n import gettext_noop
from pipv.engine.messages import Message
from pipv.engine.money import usd
from pipv.engine.rules import RULES, Rule


def tr(text: str | Message) -> str:
    """An engine message in the active language, blanks filled after translating.

    The engine fills dates in as ISO text; a reader gets them in the language's own form.
    A blank filled with another Message (a label) is translated too.
    """
    if isinstance(text, Message):
        if not text.params:
            return _(text.template)
        params = {
            key: tr(value) if isinstance(value, Message) else readable(value)
            for key, value in text.params.items()
        }
        return _(text.template) % params
    return _(text) if text else ""


def readable(value: object) -> object:
    """``value``, or the date it writes in ISO form as people read it."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return day(date.fromisoformat(value))
        except ValueError:
            return value
    return value


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(value: date | None) -> str:
    """A date as people read it in the active language ("Nov. 25, 2026", "2026年11月25日").

    Formatted once per language and date in a process: a large case names the same few
    hundred dates some two thousand times, and Django's date_format (a format lookup, a
    gettext per month name) was half of the time it took to build its report.
    """
    if not value:
        return ""
    key = (get_language(), value)
    text = _DAYS.get(key)
    if text is None:
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.clear()
        text = _DAYS[key] = formats.date_format(value, "DATE_FORMAT")
    return text


_DAYS: dict[tuple[str | None, date], str] = {}
_DAYS_KEPT = 20_000


def money(value: Decimal) -> str:
    return usd(value)


def _shares(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _signed(value: Decimal) -> str:
    """An amount with its sign spelled out: "+$4,000.00", "−$24,000.00", "$0.00"."""
    if value > 0:
        return "+" + money(value)
    if value < 0:
        return "\u2212" + money(-value)
    return money(value)


def _days(days: int) -> str:
    return ngettext("%(n)s day", "%(n)s days", days) % {"n": days}


def _days_left(days: int) -> str:
    if days < 0:
        return ngettext("passed %(n)s day ago", "passed %(n)s days ago", -days) % {"n": -days}
    if days == 0:
        return _("today")
    return ngettext("%(n)s day left", "%(n)s days left", days) % {"n": days}


def _days_to_file_by(d) -> int:
    """Days left to the safe day, which is the agency's day or earlier."""
    return d.days_left - (d.date - d.file_by).days


@dataclass(frozen=True)
class RuleRef:
    id: str
    title: str
    citation: str
    needs_confirmation: bool


def rule_ref(rule_id: str) -> RuleRef:
    r = RULES[rule_id]
    return RuleRef(r.id, rule_text(r, r.title), _(r.citation), r.needs_confirmation)


def rule_text(r: Rule, text: str) -> str:
    """A rule's title or explanation in the reader's language, its placeholders filled.

    Rules from the jurisdiction table carry their figures as arguments; a unit ("days") is
    translated, a day (the one a period changed) is written as the reader writes dates, and a
    note is translated where the catalogue holds it (``manage.py jurisdiction_texts`` puts the
    table's notes there). A note the catalogue lacks (a clinic's fresh edit) stays as the table
    says it, in English, as does an agency's name.
    """
    if not r.args:
        return _(text)
    return _(text) % {key: _argument(value) for key, value in r.args}


def _argument(value: str) -> object:
    if not value:
        return value
    return readable(value) if ISO_DATE.fullmatch(value) else _(value)


# The questionnaire asks "did they know?" in the user's voice; the report answers for a reader.
KNEW = {"yes": gettext_noop("yes"), "no": gettext_noop("no"), "unknown": gettext_noop("not known")}


YES_NO_UNKNOWN = {
    True: gettext_noop("yes"),
    False: gettext_noop("no"),
    None: gettext_noop("not known"),
}
