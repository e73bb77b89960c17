"""Reading and writing case files (``pipv.case/1``).

``validate`` returns every problem at once, each naming the field path
(``events[2].date``) and what is wrong, so a person can fix a file in one go.
``parse`` turns a valid document into a ``Case``; ``dump`` turns a ``Case``
back into the canonical document, so export, import and export again give the
same bytes. The limits on each value are in ``limits``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..case import Case
from .fields import plain_text
from .limits import MAX_FILE_BYTES, MAX_LONG_TEXT, MAX_SHORT_TEXT
from .loading import left_out, load_json
from .problems import MESSAGES, WORD_PARAMS, CaseInvalid, Problem
from .reader import Reader
from .writer import dump, dumps

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LONG_TEXT",
    "MAX_SHORT_TEXT",
    "MESSAGES",
    "WORD_PARAMS",
    "CaseInvalid",
    "Problem",
    "dump",
    "dumps",
    "left_out",
    "load_json",
    "loads",
    "parse",
    "plain_text",
    "validate",
]


def parse(document: Any, as_of: date | None = None, *, today: date | None = None) -> Case:
    """A ``Case`` from a case-file document, or ``CaseInvalid`` with every problem.

    ``as_of`` overrides the file's own as-of date (the ``--as-of`` option). A file without
    one (absent or null) counts from ``today``, which the caller passes in so that a test
    can fix it; left out, it is the computer's date.
    """
    reader = Reader(as_of, today)
    case = reader.case(document)
    if reader.problems or case is None:
        raise CaseInvalid(reader.problems)
    return case


def validate(
    document: Any, as_of: date | None = None, *, today: date | None = None
) -> list[Problem]:
    """Every problem in a case-file document; an empty list means it can be assessed."""
    try:
        parse(document, as_of, today=today)
    except CaseInvalid as exc:
        return exc.problems
    return []


def loads(text: str | bytes, as_of: date | None = None, *, today: date | None = None) -> Case:
    return parse(load_json(text), as_of, today=today)
