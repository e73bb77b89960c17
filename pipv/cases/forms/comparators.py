"""People treated better, typed as lines: the case file keeps a list of {"who", "what_happened"}.

The format, as the field's hint tells it: a line "who: what happened to them" starts a person;
a line after it with no such colon, or one that starts with a space, goes on with what happened
to that person, so a story told over several lines stays one person's. A line of a name alone
is a person with no story yet, and so is each such line after it. The colon that splits a
line is a full-width one (a Chinese keyboard's) or one followed by a space or the line's end,
so a web address in a name does not cut it. Shown again, a person's later lines start with two
spaces: saved unchanged, the page gives back the list it showed, whatever the text holds.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine.casefile import MAX_LONG_TEXT, MAX_SHORT_TEXT
from pipv.engine.casefile.limits import MAX_ITEMS

from .fields import TextField

# Where "who" ends: a full-width colon, or a colon before a space or the line's end.
_SPLIT = re.compile(r"：|:(?=\s|$)")
_MORE = "  "  # how a person's later lines start when shown again


def _people(text: str) -> tuple[list[dict[str, str]], list[str]]:
    """The people in ``text``, and what keeps a line from being read as the person typed it."""
    people: list[dict[str, str]] = []
    refused: list[str] = []
    told = False  # the last person was written with a colon: lines without one are their story
    for line in text.splitlines():
        if not line.strip():
            continue
        split = _SPLIT.search(line)
        if people and (line[:1].isspace() or (split is None and told)):
            person = people[-1]
            person["what_happened"] = "\n".join(
                filter(None, (person["what_happened"], line.strip()))
            )
            continue
        told = split is not None
        who, what = (line[: split.start()], line[split.end() :]) if split else (line, "")
        if not who.strip():
            refused.append(
                _("“%(line)s”: say who it was (a name or a role) before the colon.")
                % {"line": _start(line)}
            )
        elif len(who.strip()) > MAX_SHORT_TEXT:
            refused.append(
                _(
                    "“%(line)s”: who it was is at most %(limit)d characters. Put a colon after "
                    "the name or role, then what happened."
                )
                % {"line": _start(line), "limit": MAX_SHORT_TEXT}
            )
        else:
            people.append({"who": who.strip(), "what_happened": what.strip()})
    for person in people:
        if len(person["what_happened"]) > MAX_LONG_TEXT:
            refused.append(
                _("What happened to “%(who)s” is too long: at most %(limit)d characters.")
                % {"who": _start(person["who"]), "limit": MAX_LONG_TEXT}
            )
    if len(people) > MAX_ITEMS:
        refused.append(_("At most %(limit)d people.") % {"limit": MAX_ITEMS})
    return people, refused


def _start(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:40] + "…"


def _shown(people: Any) -> str | None:
    lines = []
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, dict) or not person.get("who"):
            continue
        first, *more = str(person.get("what_happened") or "").split("\n")
        lines.append(f"{person['who']}: {first}".rstrip())
        lines.extend(_MORE + line for line in more if line.strip())
    return "\n".join(lines) or None


def _same(typed: str | None, shown: str | None) -> bool:
    def lines(text: str | None) -> list[str]:
        return [line.rstrip() for line in (text or "").splitlines() if line.strip()]

    return lines(typed) == lines(shown)


class ComparatorsField(TextField):
    """People treated better, one a line: "who: what happened" (see the module's docstring)."""

    def __init__(self, **kwargs):
        # Each person may say as much as a note (validate); the box holds them all.
        kwargs.setdefault("max_length", MAX_LONG_TEXT * 20)
        super().__init__(long=True, **kwargs)

    def widget_attrs(self, widget: Any) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)  # as for a long answer: never cut unseen
        return attrs

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
        return _same(value, _shown(saved))
