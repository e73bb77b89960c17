"""Reading one value of a case file: each reader records a problem and returns None."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from ..money import decimal_text, parse_decimal
from .limits import (
    DATE_TEXT,
    FIRST_DAY,
    ID_TEXT,
    LAST_DAY,
    MAX_CHOICE_SHOWN,
    MAX_ITEMS,
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    NUMBER_PLACES,
    WHOLE_TEXT,
)
from .problems import Problem

T = TypeVar("T")
Read = Callable[[Any, str], T | None]

# Text pasted from another program can hold characters that end a line there but that no font
# draws: a word processor writes its manual line break as a vertical tab and its page break as
# a form feed. Each becomes the newline the person saw. Other control characters mean nothing
# in an answer and would print as empty boxes in the PDF, so they go; tab, newline and
# carriage return stay as they are.
_LINE_ENDS = {ord(ch): "\n" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
_CONTROLS = [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0xA0)]
# U+0085 (next line) is both: a line end, so it is put in last.
_PLAIN = str.maketrans({**dict.fromkeys(_CONTROLS), **_LINE_ENDS})


# A direction override or isolate left open (a stray U+202E, pasted or planted) would reverse
# whatever pipv prints after the person's words on the same line: the rest of a sentence, the
# PDF's running header. A text box ends them at each line's end, so the person saw them end
# there; each is closed there, the way they saw it.
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # closed by U+202C
_ISOLATES = frozenset("\u2066\u2067\u2068")  # closed by U+2069
_OPENERS = _EMBEDDINGS | _ISOLATES
_POP_EMBEDDING, _POP_ISOLATE = "\u202c", "\u2069"


_LINE_END = re.compile(r"(\r\n|\r|\n)")


def plain_text(value: str) -> str:
    """``value`` with its line-ending characters made newlines, other controls left out, and
    each direction override or isolate it opens closed by the end of its line."""
    value = value.translate(_PLAIN)
    if _OPENERS.isdisjoint(value):
        return value
    parts = _LINE_END.split(value)  # lines, with the line ends between them
    return "".join(_closed(part) if i % 2 == 0 else part for i, part in enumerate(parts))


def text_length(value: str) -> int:
    """How long ``value`` is against a limit: the marks that close a direction, invisible and
    added by ``plain_text`` where the text left one open, do not count."""
    return len(value) - value.count(_POP_EMBEDDING) - value.count(_POP_ISOLATE)


def _closed(line: str) -> str:
    open_marks: list[str] = []  # the closing mark each open one waits for, innermost last
    for ch in line:
        if ch in _EMBEDDINGS:
            open_marks.append(_POP_EMBEDDING)
        elif ch in _ISOLATES:
            open_marks.append(_POP_ISOLATE)
        elif ch == _POP_EMBEDDING and open_marks and open_marks[-1] == _POP_EMBEDDING:
            open_marks.pop()
        elif ch == _POP_ISOLATE and _POP_ISOLATE in open_marks:
            # It ends its isolate and every embedding opened inside it.
            while open_marks.pop() != _POP_ISOLATE:
                pass
    return line + "".join(reversed(open_marks))


class FieldReader:
    """Collects problems instead of stopping at the first; the document reader builds on it."""

    def __init__(self, as_of_override: date | None, today: date | None = None):
        self.problems: list[Problem] = []
        self.as_of_override = as_of_override
        self.as_of: date | None = as_of_override
        self.today = today
        self.pinned = True
        self.ids: dict[str, str] = {}
        self.start_date: date | None = None  # the job's first day, once read
        self.end_date: date | None = None  # its last day, once read and when it has ended

    def problem(self, path: str, code: str, **params: object) -> None:
        self.problems.append(Problem(path, code, params))

    # --- scalar readers: each returns None after recording a problem

    def obj(self, value: Any, path: str) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.problem(path, "not_object")
            return None
        return value

    def items(self, parent: Mapping[str, Any], key: str, path: str) -> Iterator[tuple[str, Any]]:
        value = parent.get(key, [])
        if value is None:
            return
        if not isinstance(value, list):
            self.problem(path, "not_list")
            return
        if len(value) > MAX_ITEMS:
            self.problem(path, "too_many", count=len(value), limit=MAX_ITEMS)
            return
        for index, item in enumerate(value):
            item_path = f"{path}[{index}]"
            if self.obj(item, item_path) is not None:
                yield item_path, item

    def field(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        read: Callable[[Any, str], Any],
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        full = f"{path}.{key}" if path else key
        if key not in parent or parent[key] is None:
            if required:
                self.problem(full, "required")
            return default
        return read(parent[key], full)

    def optional(
        self, parent: Mapping[str, Any], key: str, path: str, read: Read[T], default: Any = None
    ) -> Any:
        return self.field(parent, key, path, read, required=False, default=default)

    def note(self, parent: Mapping[str, Any], key: str, path: str) -> Any:
        """A free-text answer that may be left out (empty)."""
        return self.optional(parent, key, path, self.text(MAX_LONG_TEXT), "")

    def each(self, parent: Mapping[str, Any], key: str, path: str, read: Read[T]) -> tuple[T, ...]:
        """Every item of the list ``parent[key]`` that ``read`` makes something of."""
        return tuple(
            found
            for item_path, item in self.items(parent, key, path)
            if (found := read(item, item_path)) is not None
        )

    def text(self, limit: int, *, non_empty: bool = False) -> Callable[[Any, str], str | None]:
        def read(value: Any, path: str) -> str | None:
            if not isinstance(value, str):
                self.problem(path, "not_text")
                return None
            value = plain_text(value)
            if text_length(value) > limit:
                self.problem(path, "too_long", length=text_length(value), limit=limit)
                return None
            if non_empty and not value.strip():
                self.problem(path, "empty")
                return None
            return value

        return read

    def choice(self, options: tuple[str, ...], what: str) -> Callable[[Any, str], str | None]:
        def read(value: Any, path: str) -> str | None:
            if not isinstance(value, str) or value not in options:
                shown = value if isinstance(value, str) else json.dumps(value, default=str)
                self.problem(path, "unknown_choice", what=what, value=shown[:MAX_CHOICE_SHOWN])
                return None
            return value

        return read

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.problem(path, "not_bool")
            return None
        return value

    def date(self, value: Any, path: str) -> date | None:
        day = None
        if isinstance(value, str) and DATE_TEXT.match(value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                pass
        if day is None:
            self.problem(path, "not_date", value=_shown(value))
            return None
        if not FIRST_DAY <= day <= LAST_DAY:
            first, last = FIRST_DAY.isoformat(), LAST_DAY.isoformat()
            self.problem(path, "date_out_of_range", value=day.isoformat(), first=first, last=last)
            return None
        return day

    def past_date(self, value: Any, path: str) -> datetime.date | None:  # self.date shadows
        day = self.date(value, path)
        if day is not None and self.as_of is not None and day > self.as_of:
            # Without a chosen date the case counts from today: say "future", not "as-of".
            code = "after_as_of" if self.pinned else "after_today"
            self.problem(path, code, value=day.isoformat(), as_of=self.as_of.isoformat())
        return day

    def decimal(
        self, limit: Decimal, places: int = NUMBER_PLACES
    ) -> Callable[[Any, str], Decimal | None]:
        def read(value: Any, path: str) -> Decimal | None:
            try:
                number = parse_decimal(value)
            except ValueError:
                self.problem(path, "not_number", value=_shown(value))
                return None
            if not self.in_range(number, path, limit, decimal_text(limit)):
                return None
            exponent = number.as_tuple().exponent
            if isinstance(exponent, int) and -exponent > places:
                self.problem(path, "too_precise", places=places)
                return None
            return number

        return read

    def whole(self, limit: int) -> Callable[[Any, str], int | None]:
        def read(value: Any, path: str) -> int | None:
            # Compared as a Decimal before it becomes an int: int(Decimal("1E+999999999"))
            # would spell out a billion digits.
            number: Decimal | None = None
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                number = Decimal(value)
            elif isinstance(value, str) and WHOLE_TEXT.match(value.strip()):
                number = Decimal(value.strip())
            if number is None or not number.is_finite() or number != number.to_integral_value():
                self.problem(path, "not_whole", value=_shown(value))
                return None
            if not self.in_range(number, path, limit, limit):
                return None
            return int(number)

        return read

    def in_range(self, number: Decimal, path: str, limit: Decimal | int, shown: object) -> bool:
        """Whether a number is between 0 and its limit (``shown``: the limit as a problem says)."""
        if number < 0:
            self.problem(path, "negative")
            return False
        if number > limit:
            self.problem(path, "too_big", limit=shown)
            return False
        return True

    def item_id(self, item: Mapping[str, Any], path: str) -> str | None:
        value = self.field(item, "id", path, self.text(MAX_SHORT_TEXT))
        if value is None:
            return None
        if not ID_TEXT.match(value):
            self.problem(f"{path}.id", "bad_id", value=value[:MAX_CHOICE_SHOWN])
            return None
        if value in self.ids:
            self.problem(f"{path}.id", "duplicate_id", value=value, other=self.ids[value])
            return None
        self.ids[value] = f"{path}.id"
        return value


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= MAX_CHOICE_SHOWN else text[: MAX_CHOICE_SHOWN - 3] + "..."
