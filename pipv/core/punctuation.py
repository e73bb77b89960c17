"""Punctuation and spacing that come from the language, not from the code.

English puts a colon, then a space; Chinese puts a full-width colon, which carries its own
space, and no word space at all. Each pattern is a message of its own, so a translation gives
its language's marks (``%(label)s：``, ``%(text)s（%(note)s）``, ``；``) and English stays as
it was. Sentences built in code or templates use these instead of ASCII ``": "``, ``" ("``
and ``"; "``.
"""

from __future__ import annotations

from django.utils.translation import gettext, pgettext


def colon(label: str) -> str:
    """``label`` with its colon: "Employer:", "雇主：". A question keeps its question mark alone
    ("您是否年满 40 岁？：" read as two marks in a row)."""
    if label.rstrip().endswith(("?", "？", ":", "：")):
        return label
    return pgettext("a label and its colon", "%(label)s:") % {"label": label}


def gap() -> str:
    """What comes between a label's colon and its text: a space in English, none in Chinese."""
    pattern = pgettext("a label with its colon, then its text", "%(label)s %(text)s")
    return pattern.replace("%(label)s", "").replace("%(text)s", "")


def labelled(label: str, text: str) -> str:
    """ "Employer: Amazon", "雇主：Amazon"."""
    return colon(label) + gap() + text


def aside(text: str, note: str) -> str:
    """A remark in brackets after a text: "x (moved)", "x（已顺延）"."""
    return pgettext("a remark in brackets after a text", "%(text)s (%(note)s)") % {
        "text": text,
        "note": note,
    }


def item_field(item: str, field: str) -> str:
    """An item of a list, then one of its questions: "Plan ends, When?",
    "改进计划结束，什么时候？"."""
    return pgettext("an item, then one of its questions", "%(item)s, %(field)s") % {
        "item": item,
        "field": field,
    }


def items(parts: list[str]) -> str:
    """Items of a list in running text, each of which may hold commas: "a; b", "a；b"."""
    return gettext("; ").join(parts)


def sentences(parts: list[str]) -> str:
    """Whole sentences one after another: a space between them in English, none in Chinese."""
    pattern = pgettext("two sentences, one after the other", "%(first)s %(next)s")
    between = pattern.replace("%(first)s", "").replace("%(next)s", "")
    return between.join(p for p in parts if p)


def full_stop() -> str:
    return pgettext("the end of a sentence", ".")


def brackets() -> tuple[str, str]:
    """What opens and closes a remark in brackets: " (" and ")" in English, "（" "）" in Chinese."""
    pattern = pgettext("a remark in brackets after a text", "%(text)s (%(note)s)")
    opening, _, rest = pattern.partition("%(note)s")
    return opening.replace("%(text)s", ""), rest
