"""Reading and writing case files (``pipv.case/1``).

``validate`` returns every problem at once, each naming the field path
(``events[2].date``) and what is wrong, so a person can fix a file in one go.
``parse`` turns a valid document into a ``Case``; ``dump`` turns a ``Case``
back into the canonical document, so export, import and export again give the
same bytes.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .case import (
    ACTIVITY_KINDS,
    ARBITRATION,
    CASE_FORMAT,
    EVENT_KINDS,
    EXIT_PATHS,
    IMMIGRATION_STATUSES,
    KNOWLEDGE,
    PROCESSES,
    PROTECTED_CHARACTERISTICS,
    RATINGS,
    REPORTED_TO,
    SCHEDULED_EVENTS,
    SUBJECTS,
    US_STATES,
    Bonus,
    Case,
    Comparator,
    Compensation,
    Employment,
    Event,
    LastReview,
    ProtectedActivity,
    Severance,
    Vest,
)
from .i18n import _
from .money import decimal_text, money_text, parse_decimal, price_text

MAX_FILE_BYTES = 2_000_000
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 10_000
MAX_ITEMS = 500
MAX_MONEY = Decimal("1000000000")  # a billion dollars: anything above is a typo
MAX_DEPTH = 20  # a case file nests four levels deep; far deeper is not a case file
# Dates a working life can hold. Far beyond them, counting deadlines would leave the
# calendar (year 1 to 9999) altogether.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)

_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID_TEXT = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_WHOLE_TEXT = re.compile(r"^-?[0-9]+$")

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
    "unknown_choice": _('unknown %(what)s "%(value)s"'),
    "bad_id": _('"%(value)s" is not a usable id (letters, digits, - and _, at most 40)'),
    "duplicate_id": _('duplicate id "%(value)s" (also used at %(other)s)'),
    "after_as_of": _("%(value)s is after the as-of date %(as_of)s"),
    "before_date": _("%(value)s is before the activity's date %(date)s"),
    "before_start": _("%(value)s is before the %(start)s on %(start_date)s"),
    "format": _('must be "%(expected)s"'),
    "bad_json": _("the file is not valid JSON: %(detail)s"),
    "too_large": _("the file is too large (%(size)s bytes; at most %(limit)s)"),
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
        return self.template % dict(self.params)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CaseInvalid(ValueError):
    """A case file that cannot be assessed; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_json(text: str | bytes) -> Any:
    """Parse JSON text, keeping every number exact (``Decimal``, never float)."""
    size = len(text.encode() if isinstance(text, str) else text)
    if size > MAX_FILE_BYTES:
        raise CaseInvalid([Problem("", "too_large", {"size": size, "limit": MAX_FILE_BYTES})])
    too_deep = Problem("", "bad_json", {"detail": f"nested more than {MAX_DEPTH} levels deep"})
    try:
        value = json.loads(text, parse_float=Decimal)
    except RecursionError:
        raise CaseInvalid([too_deep]) from None
    except (ValueError, UnicodeDecodeError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        if isinstance(exc, json.JSONDecodeError):
            detail = f"{detail} (line {exc.lineno}, column {exc.colno})"
        raise CaseInvalid([Problem("", "bad_json", {"detail": detail})]) from exc
    if _depth(value) > MAX_DEPTH:
        raise CaseInvalid([too_deep])
    broken = _not_unicode(value)
    if broken:
        raise CaseInvalid([Problem(path, "not_unicode") for path in broken])
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _not_unicode(value: Any) -> list[str]:
    """Where a string holds what UTF-8 cannot store: JSON's "\\ud800" is a lone surrogate.

    Found before any field is read, so no message repeats the character, and no case holding
    one reaches the database (whose encryption, and every page, would fail on it).
    """
    found: list[str] = []
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if not _encodable(node):
                found.append(path)
        elif isinstance(node, dict):
            for key, child in node.items():
                name = key if _encodable(key) else "?"
                if name == "?":
                    found.append(f"{path}.?" if path else "?")
                stack.append((child, f"{path}.{name}" if path else name))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{index}]") for index, child in enumerate(node))
    return sorted(found)


def _depth(value: Any) -> int:
    """How deeply lists and objects nest, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                children = node.values() if isinstance(node, dict) else node
                stack.extend((child, level + 1) for child in children)
    return deepest


def parse(document: Any, as_of: date | None = None, *, today: date | None = None) -> Case:
    """A ``Case`` from a case-file document, or ``CaseInvalid`` with every problem.

    ``as_of`` overrides the file's own as-of date (the ``--as-of`` option). A file without
    one (absent or null) counts from ``today``, which the caller passes in so that a test
    can fix it; left out, it is the computer's date.
    """
    reader = _Reader(as_of, today)
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


# --------------------------------------------------------------------------- reading


class _Reader:
    """Walks a document once, collecting problems instead of stopping at the first."""

    def __init__(self, as_of_override: date | None, today: date | None = None):
        self.problems: list[Problem] = []
        self.as_of_override = as_of_override
        self.as_of: date | None = as_of_override
        self.today = today
        self.pinned = True
        self.ids: dict[str, str] = {}

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

    def text(self, limit: int, *, non_empty: bool = False) -> Callable[[Any, str], str | None]:
        def read(value: Any, path: str) -> str | None:
            if not isinstance(value, str):
                self.problem(path, "not_text")
                return None
            if len(value) > limit:
                self.problem(path, "too_long", length=len(value), limit=limit)
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
                self.problem(path, "unknown_choice", what=what, value=shown[:60])
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
        if isinstance(value, str) and _DATE_TEXT.match(value):
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
            self.problem(path, "after_as_of", value=day.isoformat(), as_of=self.as_of.isoformat())
        return day

    def decimal(self, limit: Decimal, places: int = 4) -> Callable[[Any, str], Decimal | None]:
        def read(value: Any, path: str) -> Decimal | None:
            try:
                number = parse_decimal(value)
            except ValueError:
                self.problem(path, "not_number", value=_shown(value))
                return None
            if number < 0:
                self.problem(path, "negative")
                return None
            if number > limit:
                self.problem(path, "too_big", limit=decimal_text(limit))
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
            elif isinstance(value, str) and _WHOLE_TEXT.match(value.strip()):
                number = Decimal(value.strip())
            if number is None or not number.is_finite() or number != number.to_integral_value():
                self.problem(path, "not_whole", value=_shown(value))
                return None
            if number < 0:
                self.problem(path, "negative")
                return None
            if number > limit:
                self.problem(path, "too_big", limit=limit)
                return None
            return int(number)

        return read

    def item_id(self, item: Mapping[str, Any], path: str) -> str | None:
        value = self.field(item, "id", path, self.text(MAX_SHORT_TEXT))
        if value is None:
            return None
        if not _ID_TEXT.match(value):
            self.problem(f"{path}.id", "bad_id", value=value[:60])
            return None
        if value in self.ids:
            self.problem(f"{path}.id", "duplicate_id", value=value, other=self.ids[value])
            return None
        self.ids[value] = f"{path}.id"
        return value

    # --- the document, section by section

    def case(self, document: Any) -> Case | None:
        doc = self.obj(document, "")
        if doc is None:
            return None
        if doc.get("format") != CASE_FORMAT:
            self.problem("format", "format", expected=CASE_FORMAT)
        if self.as_of_override is None:
            if doc.get("as_of") is None:
                # No date chosen: count from today, worked out each time the case is read.
                self.as_of = self.today or date.today()
                self.pinned = False
            else:
                self.as_of = self.field(doc, "as_of", "", self.date)
        employment = self.field(doc, "employment", "", self.employment)
        activities = tuple(
            a
            for path, item in self.items(doc, "protected_activities", "protected_activities")
            if (a := self.activity(item, path)) is not None
        )
        events = tuple(
            e
            for path, item in self.items(doc, "events", "events")
            if (e := self.event(item, path)) is not None
        )
        self.check_event_order(doc)
        compensation = self.field(
            doc, "compensation", "", self.compensation, required=False, default=Compensation()
        )
        severance = self.field(
            doc, "severance", "", self.severance, required=False, default=Severance()
        )
        if self.problems or self.as_of is None or employment is None:
            return None
        return Case(
            as_of=self.as_of,
            employment=employment,
            protected_activities=tuple(sorted(activities, key=lambda a: (a.date, a.id))),
            events=tuple(sorted(events, key=lambda e: (e.date, e.id))),
            compensation=compensation,
            severance=severance,
            as_of_pinned=self.pinned,
        )

    def employment(self, value: Any, path: str) -> Employment | None:
        emp = self.obj(value, path)
        if emp is None:
            return None
        f = self.field
        values = {
            "employer": f(emp, "employer", path, self.text(MAX_SHORT_TEXT, non_empty=True)),
            "process": f(emp, "process", path, self.choice(PROCESSES, _("process"))),
            "work_state": f(emp, "work_state", path, self.state),
            "start_date": f(emp, "start_date", path, self.past_date),
            "base_salary_annual": f(
                emp, "base_salary_annual", path, self.decimal(MAX_MONEY, places=2)
            ),
            "age_40_or_over": f(emp, "age_40_or_over", path, self.boolean),
            "immigration_status": f(
                emp,
                "immigration_status",
                path,
                self.choice(IMMIGRATION_STATUSES, _("immigration status")),
            ),
        }
        optional = {
            "last_review": f(emp, "last_review", path, self.last_review, required=False),
            "employee_name": f(
                emp, "employee_name", path, self.text(MAX_SHORT_TEXT), required=False
            ),
            "manager_change_date": f(
                emp, "manager_change_date", path, self.past_date, required=False
            ),
            "visa_valid_until": f(emp, "visa_valid_until", path, self.date, required=False),
            "opt_stem_extension": f(
                emp, "opt_stem_extension", path, self.boolean, required=False, default=False
            ),
            "opt_unemployment_days_used": f(
                emp, "opt_unemployment_days_used", path, self.whole(150), required=False, default=0
            ),
            "ended_on": f(emp, "ended_on", path, self.past_date, required=False),
            "exit_path": f(
                emp, "exit_path", path, self.choice(EXIT_PATHS, _("way it ended")), required=False
            ),
            "employer_public": f(emp, "employer_public", path, self.boolean, required=False),
            "work_city": f(emp, "work_city", path, self.text(MAX_SHORT_TEXT), required=False),
        }
        intake = {
            "job_title": f(emp, "job_title", path, self.text(MAX_SHORT_TEXT), required=False),
            "job_level": f(emp, "job_level", path, self.text(MAX_SHORT_TEXT), required=False),
            "weekly_hours": f(emp, "weekly_hours", path, self.whole(168), required=False),
            "employee_count": f(
                emp, "employee_count", path, self.whole(10_000_000), required=False
            ),
            "arbitration_agreement": f(
                emp,
                "arbitration_agreement",
                path,
                self.choice(ARBITRATION, _("answer")),
                required=False,
            ),
        }
        comparators = tuple(
            c
            for item_path, item in self.items(emp, "comparators", f"{path}.comparators")
            if (c := self.comparator(item, item_path)) is not None
        )
        characteristics = self.characteristics(emp, f"{path}.protected_characteristics")
        if any(v is None for v in values.values()):
            return None
        if optional["opt_stem_extension"] is None or optional["opt_unemployment_days_used"] is None:
            return None
        return Employment(
            **values,
            **optional,
            **intake,
            comparators=comparators,
            protected_characteristics=characteristics,
        )

    def comparator(self, item: Mapping[str, Any], path: str) -> Comparator | None:
        who = self.field(item, "who", path, self.text(MAX_SHORT_TEXT, non_empty=True))
        what = self.field(
            item, "what_happened", path, self.text(MAX_LONG_TEXT), required=False, default=""
        )
        if who is None or what is None:
            return None
        return Comparator(who=who, what_happened=what)

    def characteristics(self, emp: Mapping[str, Any], path: str) -> tuple[str, ...]:
        value = emp.get("protected_characteristics")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(path, "not_list")
            return ()
        read = self.choice(PROTECTED_CHARACTERISTICS, _("characteristic"))
        found = [read(v, f"{path}[{i}]") for i, v in enumerate(value)]
        # Kept in the contract's order, each once, so export and import give the same file.
        return tuple(c for c in PROTECTED_CHARACTERISTICS if c in found)

    def state(self, value: Any, path: str) -> str | None:
        if isinstance(value, str) and value.upper() in US_STATES:
            return value.upper()
        return self.choice(tuple(US_STATES), _("state"))(value, path)

    def last_review(self, value: Any, path: str) -> LastReview | None:
        review = self.obj(value, path)
        if review is None:
            return None
        day = self.field(review, "date", path, self.past_date)
        rating = self.field(review, "rating", path, self.choice(RATINGS, _("rating")))
        if day is None or rating is None:
            return None
        return LastReview(date=day, rating=rating)

    def activity(self, item: Mapping[str, Any], path: str) -> ProtectedActivity | None:
        f = self.field
        values = {
            "id": self.item_id(item, path),
            "kind": f(item, "kind", path, self.choice(ACTIVITY_KINDS, _("kind"))),
            "date": f(item, "date", path, self.past_date),
            "reported_to": f(
                item,
                "reported_to",
                path,
                self.choice(REPORTED_TO, _("recipient")),
                required=False,
                default="other",
            ),
            "in_writing": f(item, "in_writing", path, self.boolean, required=False, default=False),
            "decision_maker_knew": f(
                item,
                "decision_maker_knew",
                path,
                self.choice(KNOWLEDGE, _("answer")),
                required=False,
                default="unknown",
            ),
            "notes": f(item, "notes", path, self.text(MAX_LONG_TEXT), required=False, default=""),
            "hr_response": f(
                item, "hr_response", path, self.text(MAX_LONG_TEXT), required=False, default=""
            ),
            "witnesses": f(
                item, "witnesses", path, self.text(MAX_LONG_TEXT), required=False, default=""
            ),
        }
        optional = {
            "subject": f(
                item, "subject", path, self.choice(SUBJECTS, _("subject")), required=False
            ),
            # A leave may still be running: its end may lie after the as-of date.
            "end_date": f(item, "end_date", path, self.date, required=False),
            "known_on": f(item, "known_on", path, self.past_date, required=False),
        }
        if any(v is None for v in values.values()):
            return None
        for name in ("end_date", "known_on"):
            later = optional[name]
            if later is not None and later < values["date"]:
                self.problem(
                    f"{path}.{name}",
                    "before_date",
                    value=later.isoformat(),
                    date=values["date"].isoformat(),
                )
                return None
        return ProtectedActivity(**values, **optional)

    def event(self, item: Mapping[str, Any], path: str) -> Event | None:
        f = self.field
        kind = f(item, "kind", path, self.choice(EVENT_KINDS, _("kind")))
        read_date = self.date if kind in SCHEDULED_EVENTS else self.past_date
        values = {
            "id": self.item_id(item, path),
            "kind": kind,
            "date": f(item, "date", path, read_date),
            "by": f(item, "by", path, self.text(MAX_SHORT_TEXT), required=False, default=""),
            "notes": f(item, "notes", path, self.text(MAX_LONG_TEXT), required=False, default=""),
            "contradicting_evidence": f(
                item,
                "contradicting_evidence",
                path,
                self.text(MAX_LONG_TEXT),
                required=False,
                default="",
            ),
            "witnesses": f(
                item, "witnesses", path, self.text(MAX_LONG_TEXT), required=False, default=""
            ),
        }
        if any(v is None for v in values.values()):
            return None
        return Event(**values)

    def check_event_order(self, doc: Mapping[str, Any]) -> None:
        """An end may not come before the first start of the same thing."""
        pairs = {
            "improvement_plan_end": ("improvement_plan_start", _("improvement plan's start")),
            "leave_end": ("leave_start", _("leave's start")),
            "appeal_decision": ("appeal_filed", _("appeal's filing")),
        }
        events = doc.get("events")
        if not isinstance(events, list):
            return
        dated: list[tuple[int, str, date]] = []
        for index, item in enumerate(events):
            if isinstance(item, Mapping) and isinstance(item.get("date"), str):
                try:
                    day = date.fromisoformat(item["date"])
                except ValueError:
                    continue
                dated.append((index, str(item.get("kind")), day))
        for index, kind, day in dated:
            if kind not in pairs:
                continue
            start_kind, start_name = pairs[kind]
            starts = [d for _i, k, d in dated if k == start_kind]
            if starts and day < min(starts):
                self.problem(
                    f"events[{index}].date",
                    "before_start",
                    value=day.isoformat(),
                    start=start_name,
                    start_date=min(starts).isoformat(),
                )

    def compensation(self, value: Any, path: str) -> Compensation | None:
        comp = self.obj(value, path)
        if comp is None:
            return None
        vests = tuple(
            v
            for item_path, item in self.items(comp, "vests", f"{path}.vests")
            if (v := self.vest(item, item_path)) is not None
        )
        bonuses = tuple(
            b
            for item_path, item in self.items(comp, "bonuses", f"{path}.bonuses")
            if (b := self.bonus(item, item_path)) is not None
        )
        price = self.field(
            comp, "share_price", path, self.decimal(Decimal("1000000")), required=bool(vests)
        )
        if vests and price is None:
            return None
        return Compensation(
            share_price=price if price is not None else Decimal("0"),
            vests=tuple(sorted(vests, key=lambda v: (v.date, v.id))),
            bonuses=tuple(sorted(bonuses, key=lambda b: (b.date, b.id))),
        )

    def vest(self, item: Mapping[str, Any], path: str) -> Vest | None:
        values = {
            "id": self.item_id(item, path),
            "date": self.field(item, "date", path, self.date),
            "shares": self.field(item, "shares", path, self.decimal(Decimal("100000000"))),
        }
        if any(v is None for v in values.values()):
            return None
        return Vest(**values)

    def bonus(self, item: Mapping[str, Any], path: str) -> Bonus | None:
        f = self.field
        values = {
            "id": self.item_id(item, path),
            "date": f(item, "date", path, self.date),
            "amount": f(item, "amount", path, self.decimal(MAX_MONEY, places=2)),
        }
        repay_before = f(item, "repay_if_leave_before", path, self.date, required=False)
        repay_amount = f(
            item, "repay_amount", path, self.decimal(MAX_MONEY, places=2), required=False
        )
        if any(v is None for v in values.values()):
            return None
        return Bonus(**values, repay_if_leave_before=repay_before, repay_amount=repay_amount)

    def severance(self, value: Any, path: str) -> Severance | None:
        sev = self.obj(value, path)
        if sev is None:
            return None
        weeks = self.decimal(Decimal("520"))
        f = self.field
        values = {
            "t1_weeks": f(sev, "t1_weeks", path, weeks, required=False),
            "t2_weeks": f(sev, "t2_weeks", path, weeks, required=False),
            "t3_weeks": f(sev, "t3_weeks", path, weeks, required=False),
            "extra": f(sev, "extra", path, self.decimal(MAX_MONEY, places=2), required=False),
            "grace_days": f(sev, "grace_days", path, self.whole(365), required=False),
            "decision_business_days": f(
                sev, "decision_business_days", path, self.whole(60), required=False
            ),
            "plan_days": f(sev, "plan_days", path, self.whole(730), required=False),
            "appeal_days": f(sev, "appeal_days", path, self.whole(365), required=False),
            "offer_date": f(sev, "offer_date", path, self.past_date, required=False),
            "release_signed_date": f(
                sev, "release_signed_date", path, self.past_date, required=False
            ),
        }
        flags = {
            "offer_in_hand": f(
                sev, "offer_in_hand", path, self.boolean, required=False, default=False
            ),
            "group_exit": f(sev, "group_exit", path, self.boolean, required=False, default=False),
        }
        if any(v is None for v in flags.values()):
            return None
        return Severance(**values, **flags)


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- writing


def dump(case: Case) -> dict[str, Any]:
    """The canonical case-file document for a case (what export writes)."""
    emp = case.employment
    employment: dict[str, Any] = {
        "employer": emp.employer,
        "process": emp.process,
        "work_state": emp.work_state,
        "start_date": emp.start_date.isoformat(),
        "base_salary_annual": money_text(emp.base_salary_annual),
        "age_40_or_over": emp.age_40_or_over,
        "immigration_status": emp.immigration_status,
    }
    if emp.last_review is not None:
        employment["last_review"] = {
            "date": emp.last_review.date.isoformat(),
            "rating": emp.last_review.rating,
        }
    _put(employment, "employee_name", emp.employee_name)
    _put(employment, "manager_change_date", emp.manager_change_date)
    _put(employment, "visa_valid_until", emp.visa_valid_until)
    if emp.opt_stem_extension:
        employment["opt_stem_extension"] = True
    if emp.opt_unemployment_days_used:
        employment["opt_unemployment_days_used"] = emp.opt_unemployment_days_used
    for name in ("job_title", "job_level", "weekly_hours", "employee_count"):
        _put(employment, name, getattr(emp, name))
    _put(employment, "arbitration_agreement", emp.arbitration_agreement)
    if emp.comparators:
        employment["comparators"] = [
            {"who": c.who, "what_happened": c.what_happened} for c in emp.comparators
        ]
    if emp.protected_characteristics:
        employment["protected_characteristics"] = list(emp.protected_characteristics)
    _put(employment, "ended_on", emp.ended_on)
    _put(employment, "exit_path", emp.exit_path)
    if emp.employer_public is not None:
        employment["employer_public"] = emp.employer_public
    _put(employment, "work_city", emp.work_city)

    comp = case.compensation
    sev = case.severance
    severance: dict[str, Any] = {}
    for name in ("t1_weeks", "t2_weeks", "t3_weeks"):
        weeks = getattr(sev, name)
        if weeks is not None:
            severance[name] = int(weeks) if weeks == weeks.to_integral_value() else str(weeks)
    if sev.extra is not None:
        severance["extra"] = money_text(sev.extra)
    for name in ("grace_days", "decision_business_days", "plan_days", "appeal_days"):
        _put(severance, name, getattr(sev, name))
    severance["offer_in_hand"] = sev.offer_in_hand
    _put(severance, "offer_date", sev.offer_date)
    if sev.group_exit:
        severance["group_exit"] = True
    _put(severance, "release_signed_date", sev.release_signed_date)

    document: dict[str, Any] = {"format": CASE_FORMAT}
    if case.as_of_pinned:
        document["as_of"] = case.as_of.isoformat()
    return document | {
        "employment": employment,
        "protected_activities": [_activity_doc(a) for a in case.protected_activities],
        "events": [_event_doc(e) for e in case.events],
        "compensation": {
            "share_price": price_text(comp.share_price),
            "vests": [
                {"id": v.id, "date": v.date.isoformat(), "shares": decimal_text(v.shares)}
                for v in comp.vests
            ],
            "bonuses": [_bonus_doc(b) for b in comp.bonuses],
        },
        "severance": severance,
    }


def dumps(case: Case) -> str:
    """Canonical JSON text: two-space indent, UTF-8 kept readable, newline at the end."""
    return json.dumps(dump(case), indent=2, ensure_ascii=False) + "\n"


def _activity_doc(activity: ProtectedActivity) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": activity.id,
        "kind": activity.kind,
        "date": activity.date.isoformat(),
        "reported_to": activity.reported_to,
        "in_writing": activity.in_writing,
        "decision_maker_knew": activity.decision_maker_knew,
        "notes": activity.notes,
    }
    _put(doc, "subject", activity.subject)
    _put(doc, "end_date", activity.end_date)
    _put(doc, "known_on", activity.known_on)
    for name in ("hr_response", "witnesses"):
        if getattr(activity, name):
            doc[name] = getattr(activity, name)
    return doc


def _event_doc(event: Event) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": event.id, "kind": event.kind, "date": event.date.isoformat()}
    for name in ("by", "notes", "contradicting_evidence", "witnesses"):
        if getattr(event, name):
            doc[name] = getattr(event, name)
    return doc


def _bonus_doc(bonus: Bonus) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": bonus.id,
        "date": bonus.date.isoformat(),
        "amount": money_text(bonus.amount),
        "repay_if_leave_before": (
            bonus.repay_if_leave_before.isoformat() if bonus.repay_if_leave_before else None
        ),
    }
    if bonus.repay_amount is not None:
        doc["repay_amount"] = money_text(bonus.repay_amount)
    return doc


def _put(target: dict[str, Any], key: str, value: date | int | str | None) -> None:
    if value is None:
        return
    target[key] = value.isoformat() if isinstance(value, date) else value
