"""The JSON Schema of the assessment document (``to_document``), built from the engine's codes."""

from __future__ import annotations

from ..deadlines import KINDS as DEADLINE_KINDS
from ..document import ASSESSMENT_FORMAT
from ..timing import BANDS, SIGNALS
from ..vocabulary import DIRECTION, EXIT_PATH, KNOWLEDGE
from .case_schema import BOOLEAN, DATE, Schema, choice, record

TEXT: Schema = {"type": "string"}
TEXTS: Schema = {"type": "array", "items": TEXT}
CENTS: Schema = {"type": "string", "pattern": r"^-?\d+\.\d{2}$"}
DATE_OR_NULL: Schema = {"oneOf": [DATE, {"type": "null"}]}
TEXT_OR_NULL: Schema = {"type": ["string", "null"]}
# A stage is one of the ways a job can end; "other" is the user's answer, never a stage.
STAGE_IDS = EXIT_PATH.codes(lambda path: path.code != "other")
# The protected activity's date fields a timing gap can be counted from.
MEASURED_FROM = ("date", "end_date", "known_on")


def pair() -> Schema:
    return record(
        ("activity", "event", "days", "band", "rule", "knowledge"),
        {
            "activity": TEXT,
            "event": TEXT,
            "days": {"type": "integer", "minimum": 0},
            "band": choice(BANDS),
            "adjusted_band": {"enum": [*BANDS, None]},
            "rule": TEXT,
            "knowledge": choice(KNOWLEDGE),
            "contested": BOOLEAN,
            "signal": choice(SIGNALS),
            "measured_from": choice(MEASURED_FROM),
            "measured_from_date": DATE,
        },
    )


def timing() -> Schema:
    sign = record(("id", "direction", "rule", "refs"), {"direction": choice(DIRECTION)})
    return record(
        ("signal", "pairs"),
        {
            "signal": choice(SIGNALS),
            "pairs": {"type": "array", "items": pair()},
            "signs": {"type": "array", "items": sign},
        },
    )


def stage() -> Schema:
    money = ("severance", "salary", "vested_value", "bonus", "total")
    return record(
        ("id", "last_day", *money, "vests_kept", "vests_lost"),
        {"id": choice(STAGE_IDS), "last_day": DATE}
        | {name: CENTS for name in money}
        | dict.fromkeys(("vests_kept", "vests_lost", "just_missed"), TEXTS)
        | dict.fromkeys(("projected", "passed"), BOOLEAN)
        | {"visa_grace_end": DATE_OR_NULL},
    )


def deadline() -> Schema:
    return record(
        ("id", "date", "from", "rule", "kind", "file_by", "passed"),
        {
            "id": TEXT,
            "date": DATE,
            "from": TEXT,
            "rule": TEXT,
            "days_left": {"type": "integer"},
            "kind": choice(DEADLINE_KINDS),
            "file_by": DATE,
            "passed": BOOLEAN,
            "likely": DATE_OR_NULL,
            "path": TEXT_OR_NULL,
            "employees_needed": {
                "type": ["integer", "null"],
                "description": "the employees the law needs, where the employer has fewer",
            },
        },
    )


def rule() -> Schema:
    return record(
        ("title", "citation", "as_of", "explanation", "needs_confirmation"),
        {
            "title": TEXT,
            "citation": TEXT,
            "as_of": DATE,
            "explanation": TEXT,
            "needs_confirmation": BOOLEAN,
            "source_url": TEXT_OR_NULL,
        },
    )


def assessment_schema() -> Schema:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ASSESSMENT_FORMAT,
        "title": "pipv assessment, version 1",
    } | record(
        ("format", "as_of", "timing", "stages", "deadlines", "rules"),
        {
            "format": {"const": ASSESSMENT_FORMAT},
            "as_of": DATE,
            "timing": timing(),
            "stages": {"type": "array", "items": stage()},
            "deadlines": {"type": "array", "items": deadline()},
            "rules": {"type": "object", "additionalProperties": rule()},
            "as_of_pinned": {
                "type": "boolean",
                "description": "false: no date was chosen, counted from today",
            },
        },
    )
