"""The JSON Schema of the case file, built from the vocabularies and the reader's limits.

The schema describes the file's shape for other tools; the reader (``pipv.engine.casefile``)
is what pipv itself checks with. Where the schema is looser than the reader (no upper bound
on the severance terms, no cap on vests and bonuses), it stays as it was published, so that
no file it accepted before is refused now. Activities x events is a limit JSON Schema cannot
state: the two lists describe it in words.
"""

from __future__ import annotations

from typing import Any

from .. import vocabulary as v
from ..case import CASE_FORMAT, PROCESSES
from ..casefile.limits import (
    DATE_TEXT,
    ID_TEXT,
    MAX_EMPLOYEE_COUNT,
    MAX_ITEMS,
    MAX_LONG_TEXT,
    MAX_OPT_UNEMPLOYMENT_DAYS,
    MAX_PAIRS,
    MAX_SHORT_TEXT,
    MAX_WEEKLY_HOURS,
    MONEY_PLACES,
)
from ..vocabulary import Vocabulary

Schema = dict[str, Any]

DATE: Schema = {"type": "string", "pattern": DATE_TEXT.pattern}
ID: Schema = {"type": "string", "pattern": ID_TEXT.pattern}
MONEY: Schema = {"type": "string", "pattern": rf"^\d+(\.\d{{1,{MONEY_PLACES}}})?$"}
NUMBER: Schema = {"type": "string", "pattern": r"^\d+(\.\d+)?$"}
BOOLEAN: Schema = {"type": "boolean"}
WEEKS: Schema = {"oneOf": [{"type": "number", "minimum": 0}, NUMBER]}
SHORT_TEXT: Schema = {"type": "string", "maxLength": MAX_SHORT_TEXT}
LONG_TEXT: Schema = {"type": "string", "maxLength": MAX_LONG_TEXT}
NAME: Schema = {"type": "string", "minLength": 1, "maxLength": MAX_SHORT_TEXT}
# A limit across two lists, which JSON Schema cannot state: the reader refuses more.
PAIRED: Schema = {
    "description": (
        f"protected_activities x events against the person: at most {MAX_PAIRS} "
        "(timing compares every protected activity with every adverse event)"
    )
}


def choice(vocabulary: Vocabulary[Any] | tuple[str, ...]) -> Schema:
    codes = vocabulary if isinstance(vocabulary, tuple) else vocabulary.codes()
    return {"enum": list(codes)}


def whole(limit: int | None = None) -> Schema:
    schema: Schema = {"type": "integer", "minimum": 0}
    if limit is not None:
        schema["maximum"] = limit
    return schema


def record(required: tuple[str, ...], properties: Schema) -> Schema:
    schema: Schema = {"type": "object"}
    if required:
        schema["required"] = list(required)
    return schema | {"properties": properties}


def items(item: Schema, *, capped: bool = True) -> Schema:
    schema: Schema = {"type": "array"}
    if capped:
        schema["maxItems"] = MAX_ITEMS
    return schema | {"items": item}


def employment() -> Schema:
    required = (
        "employer",
        "process",
        "work_state",
        "start_date",
        "base_salary_annual",
        "age_40_or_over",
        "immigration_status",
    )
    return record(
        required,
        {
            "employer": NAME,
            "process": choice(PROCESSES),
            "work_state": choice(v.STATE),
            "start_date": DATE,
            "base_salary_annual": MONEY,
            "age_40_or_over": BOOLEAN,
            "immigration_status": choice(v.IMMIGRATION_STATUS),
            "last_review": record(("date", "rating"), {"date": DATE, "rating": choice(v.RATING)}),
            "employee_name": SHORT_TEXT,
            "manager_change_date": DATE,
            "visa_valid_until": DATE,
            "opt_stem_extension": BOOLEAN,
            "opt_unemployment_days_used": whole(MAX_OPT_UNEMPLOYMENT_DAYS),
            "job_title": SHORT_TEXT,
            "job_level": SHORT_TEXT,
            "weekly_hours": whole(MAX_WEEKLY_HOURS),
            "employee_count": whole(MAX_EMPLOYEE_COUNT),
            "arbitration_agreement": choice(v.ARBITRATION),
            "comparators": items(record(("who",), {"who": NAME, "what_happened": LONG_TEXT})),
            "protected_characteristics": {
                "type": "array",
                "uniqueItems": True,
                "items": choice(v.PROTECTED_CHARACTERISTIC),
            },
            "ended_on": DATE,
            "exit_path": choice(v.EXIT_PATH),
            "employer_public": BOOLEAN,
            "work_city": SHORT_TEXT,
        },
    )


def happening(kinds: Vocabulary[Any], fields: Schema) -> Schema:
    """A protected activity or an event: an id, a kind and a date, then its own fields."""
    return record(("id", "kind", "date"), {"id": ID, "kind": choice(kinds), "date": DATE} | fields)


def activity() -> Schema:
    return happening(
        v.ACTIVITY_KIND,
        {
            "reported_to": choice(v.REPORTED_TO),
            "in_writing": BOOLEAN,
            "decision_maker_knew": choice(v.KNOWLEDGE),
        }
        | dict.fromkeys(("notes", "hr_response", "witnesses"), LONG_TEXT)
        | {"subject": choice(v.SUBJECT), "end_date": DATE, "known_on": DATE},
    )


def event() -> Schema:
    notes = ("notes", "contradicting_evidence", "witnesses")
    return happening(v.EVENT_KIND, {"by": SHORT_TEXT} | dict.fromkeys(notes, LONG_TEXT))


def compensation() -> Schema:
    vest = record(("id", "date", "shares"), {"id": ID, "date": DATE, "shares": NUMBER})
    bonus = record(
        ("id", "date", "amount"),
        {
            "id": ID,
            "date": DATE,
            "amount": MONEY,
            "repay_if_leave_before": {"oneOf": [DATE, {"type": "null"}]},
            "repay_amount": MONEY,
        },
    )
    return record(
        (),
        {
            "share_price": NUMBER,
            "vests": items(vest, capped=False),
            "bonuses": items(bonus, capped=False),
        },
    )


def severance() -> Schema:
    return record(
        (),
        {
            "t1_weeks": WEEKS,
            "t2_weeks": WEEKS,
            "t3_weeks": WEEKS,
            "extra": MONEY,
            "grace_days": whole(),
            "decision_business_days": whole(),
            "plan_days": whole(),
            "appeal_days": whole(),
            "offer_in_hand": BOOLEAN,
            "offer_date": DATE,
            "group_exit": BOOLEAN,
            "release_signed_date": DATE,
        },
    )


def case_schema() -> Schema:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": CASE_FORMAT,
        "title": "pipv case file, version 1",
    } | record(
        ("format", "employment"),
        {
            "format": {"const": CASE_FORMAT},
            "as_of": {
                "oneOf": [DATE, {"type": "null"}],
                "description": "absent or null: count from today",
            },
            "employment": employment(),
            "protected_activities": PAIRED | items(activity()),
            "events": PAIRED | items(event()),
            "compensation": compensation(),
            "severance": severance(),
        },
    )
