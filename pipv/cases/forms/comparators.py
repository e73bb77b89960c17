"""People treated better, typed as lines: the case file keeps a list of {"who", "what_happened"}.

The format, as the field's hint tells it: one person a line, "who: what happened to them". The
colon that ends "who" is a full-width one (a Chinese keyboard's) or one followed by a space or
the line's end, so a web address in a name does not cut it. Nothing typed is cut unseen: a line
that cannot be read as a person (no one before the colon, a name longer than a name can be) is
refused with the line named, and each person may say as much as a note.

A list imported from a file may hold what no line can: a story over several lines, or a name
with ": " in it, is shown on one line that would read back otherwise. So each line sent back as
it was shown is the saved person, kept exactly as they were; only a line typed or changed is
read as above.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine.casefile import MAX_LONG_TEXT, MAX_SHORT_TEXT, plain_text
from pipv.engine.casefile.fields import text_length
from pipv.engine.casefile.limits import MAX_ITEMS

from .fields import TextField

# Where "who" ends: a full-width colon, or a colon before a space or the line's end.
_SPLIT = re.compile(r"：|:(?=\s|$)")


def _people(text: str, saved: Any) -> tuple[list[dict[str, str]], list[str]]:
    """The people in ``text``, one a line, and what keeps a line from being read as one.

    A line as the page showed a saved person is that person (each saved person once)."""
    people: list[dict[str, str]] = []
    refused: list[str] = []
    shown = _saved_by_line(saved)
    for line in text.splitlines():
        if not line.strip():
            continue
        same = shown.get(_key(line))
        if same:
            people.append(same.pop(0))
            continue
        split = _SPLIT.search(line)
        who, what = (line[: split.start()], line[split.end() :]) if split else (line, "")
        # Each part as the case file reader keeps it, so that the limits are the reader's.
        who, what = plain_text(who.strip()), plain_text(what.strip())
        if not who.strip():
            refused.append(
                _("“%(line)s”: say who it was (a name or a role) before the colon.")
                % {"line": _start(line)}
            )
        elif text_length(who) > MAX_SHORT_TEXT:
            refused.append(
                _(
                    "“%(line)s”: who it was is at most %(limit)d characters. Put a colon after "
                    "the name or role, then what happened."
                )
                % {"line": _start(line), "limit": MAX_SHORT_TEXT}
            )
        elif text_length(what) > MAX_LONG_TEXT:
            refused.append(
                _("What happened to “%(who)s” is too long: at most %(limit)d characters.")
                % {"who": _start(who), "limit": MAX_LONG_TEXT}
            )
        else:
            people.append({"who": who, "what_happened": what})
    if len(people) > MAX_ITEMS:
        refused.append(_("At most %(limit)d people.") % {"limit": MAX_ITEMS})
    return people, refused


def _start(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:40] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shown_people(people: Any) -> list[tuple[str, dict]]:
    """Each saved person the box shows, with their line."""
    shown = []
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, dict) or not person.get("who"):
            continue
        who = _one_line(str(person["who"]))
        what = _one_line(str(person.get("what_happened") or ""))
        shown.append((f"{who}: {what}" if what else who, person))
    return shown


def _key(line: str) -> str:
    # A browser sends the box back with its own line ends and may trim a line's spaces.
    return _one_line(plain_text(line))


def _saved_by_line(saved: Any) -> dict[str, list[dict]]:
    by_line: dict[str, list[dict]] = {}
    for line, person in _shown_people(saved):
        by_line.setdefault(_key(line), []).append(copy.deepcopy(person))
    return by_line


class ComparatorsField(TextField):
    """People treated better, one a line: "who: what happened" (see the module's docstring)."""

    def __init__(self, **kwargs):
        # Each person may say as much as a note (validate); the request's own size limit
        # bounds the box as a whole.
        kwargs.setdefault("max_length", None)
        super().__init__(long=True, **kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        _people_found, refused = _people(value or "", self.saved)
        if refused:
            raise forms.ValidationError(refused)

    def to_document(self, value: str) -> list[dict[str, str]] | None:
        people, _refused = _people(value or "", self.saved)
        return people or None

    def from_document(self, value: Any) -> Any:
        return "\n".join(line for line, _person in _shown_people(value)) or None
