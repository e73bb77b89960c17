"""People treated better, typed as lines: the case file keeps a list of {"who", "what_happened"}.

The format, as the field's hint tells it: one person a line, "who: what happened to them". The
colon that ends "who" is a full-width one (a Chinese keyboard's) or one followed by a space or
the line's end, so a web address in a name does not cut it. Nothing typed is cut unseen: a line
that cannot be read as a person (no one before the colon, a name longer than a name can be) is
refused with the line named, and each person may say as much as a note.

A list imported from a file may hold what no line can: a story over several lines is shown on
one. Sent back as shown, the saved list is kept exactly as it was (``keeps``).
"""

from __future__ import annotations

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


def _people(text: str) -> tuple[list[dict[str, str]], list[str]]:
    """The people in ``text``, one a line, and what keeps a line from being read as one."""
    people: list[dict[str, str]] = []
    refused: list[str] = []
    for line in text.splitlines():
        if not line.strip():
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


def _shown(people: Any) -> str | None:
    lines = []
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, dict) or not person.get("who"):
            continue
        who = _one_line(str(person["who"]))
        what = _one_line(str(person.get("what_happened") or ""))
        lines.append(f"{who}: {what}" if what else who)
    return "\n".join(lines) or None


def _lines(text: str | None) -> list[str]:
    return [_one_line(line) for line in plain_text(text or "").splitlines() if line.strip()]


class ComparatorsField(TextField):
    """People treated better, one a line: "who: what happened" (see the module's docstring)."""

    def __init__(self, **kwargs):
        # Each person may say as much as a note (validate); the request's own size limit
        # bounds the box as a whole.
        kwargs.setdefault("max_length", None)
        super().__init__(long=True, **kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        _people_found, refused = _people(value or "")
        if refused:
            raise forms.ValidationError(refused)

    def to_document(self, value: str) -> list[dict[str, str]] | None:
        people, _refused = _people(value or "")
        return people or None

    def from_document(self, value: Any) -> Any:
        return _shown(value)

    def keeps(self, value: Any, saved: Any) -> bool:
        # Sent back as the page showed it: the saved list stays exactly as it is.
        return _lines(value) == _lines(_shown(saved))
