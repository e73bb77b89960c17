"""What is wrong with a case file: each problem names its field path and what is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..i18n import _

MESSAGES: dict[str, str] = {
    "required": _("is required"),
    "not_object": _("must be an object with named fields"),
    "not_list": _("must be a list"),
    "not_text": _("must be text"),
    "empty": _("must not be empty"),
    "not_bool": _("must be true or false"),
    "not_date": _('"%(value)s" is not a date (write it as YYYY-MM-DD)'),
    "date_out_of_range": _("%(value)s is not between %(first)s and %(last)s"),
    "not_number": _('"%(value)s" is not a number'),
    "not_whole": _('"%(value)s" is not a whole number'),
    "negative": _("must not be negative"),
    "too_big": _("must be at most %(limit)s"),
    "too_long": _("is too long (%(length)s characters; at most %(limit)s)"),
    "too_many": _("has %(count)s items; at most %(limit)s"),
    "too_many_pairs": _(
        "This case has %(activities)s protected activities and %(events)s events against you. "
        "pipv compares every protected activity with every event against you: that makes "
        "%(pairs)s pairs, and a case can have at most %(limit)s. Remove the activities or "
        "events that matter least."
    ),
    "unknown_choice": _('unknown %(what)s "%(value)s"'),
    "bad_id": _('"%(value)s" is not a usable id (letters, digits, - and _, at most 40)'),
    "duplicate_id": _('duplicate id "%(value)s" (also used at %(other)s)'),
    "after_as_of": _("%(value)s is after the as-of date %(as_of)s"),
    "after_today": _("%(value)s is in the future: today is %(as_of)s"),
    "before_date": _("%(value)s is before the activity's date %(date)s"),
    "before_start": _("%(value)s is before the %(start)s on %(start_date)s"),
    "before_offer": _("%(value)s is before the day the offer came, %(date)s"),
    "before_employment": _("%(value)s is before your first day at this employer, %(start_date)s"),
    "after_employment": _("%(value)s is after your last day at this employer, %(end_date)s"),
    "not_this_process": _("is not a way of leaving in the process chosen (%(value)s)"),
    "needs_ended_on": _("says how the job ended, but not its last day (employment.ended_on)"),
    "not_utf8": _(
        "the file is not saved as UTF-8 text, as pipv's exports are (the first byte it cannot "
        "read is number %(position)s)"
    ),
    "format": _('must be "%(expected)s"'),
    "bad_json": _("the file is not valid JSON: %(detail)s"),
    "too_large": _("the file is too large (%(size)s bytes; at most %(limit)s)"),
    "too_deep": _(
        "the file nests lists and objects more than %(limit)s levels deep; a case file nests four"
    ),
    "too_precise": _("has more than %(places)s decimal places"),
    "not_unicode": _("holds a character that cannot be stored as text"),
}

# Blanks filled with a word that is itself a message id (what kind of choice, whose start):
# whoever translates a problem's template translates these words too.
WORD_PARAMS = frozenset({"what", "start"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case file: where, and what (as a translatable template)."""

    path: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        # A count as people write it (10,100 pairs); what the file held stays as it was.
        return self.template % {
            key: f"{value:,}" if type(value) is int else value for key, value in self.params.items()
        }

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CaseInvalid(ValueError):
    """A case file that cannot be assessed; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
