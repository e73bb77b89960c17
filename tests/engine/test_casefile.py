"""Reading a case file: every problem at once, each naming its field; never a traceback."""

import json

import pytest
from jsonschema import Draft202012Validator

from pipv.engine import CaseInvalid, assess, dumps, loads, parse, to_document
from pipv.engine.schemas import load

from .cases import document


def problems(doc) -> list[str]:
    with pytest.raises(CaseInvalid) as raised:
        parse(doc)
    return [str(p) for p in raised.value.problems]


def test_a_good_case_round_trips_through_its_canonical_text():
    c = parse(document())
    assert loads(dumps(c)) == c


def test_every_problem_is_reported_at_once_with_its_path():
    doc = document(
        **{
            "events.1.date": "2027-13-01",
            "protected_activities.0.kind": "fmla",
            "employment.base_salary_annual": "-1.00",
        }
    )
    found = problems(doc)
    assert 'events[1].date: "2027-13-01" is not a date (write it as YYYY-MM-DD)' in found
    assert 'protected_activities[0].kind: unknown kind "fmla"' in found
    assert "employment.base_salary_annual: must not be negative" in found
    assert len(found) == 3


def test_duplicate_ids_are_refused():
    doc = document(**{"events.1.id": "e1"})
    assert any(p.startswith("events[1].id") for p in problems(doc))


def test_a_plan_cannot_end_before_it_starts():
    doc = document(
        **{
            "events": [
                {"id": "e1", "kind": "improvement_plan_start", "date": "2026-11-10"},
                {"id": "e2", "kind": "improvement_plan_end", "date": "2026-11-01"},
            ]
        }
    )
    assert any("events[1]" in p for p in problems(doc))


def test_past_things_cannot_lie_after_as_of_but_scheduled_ones_can():
    assert any(
        p.startswith("protected_activities[0].date")
        for p in problems(document(**{"protected_activities.0.date": "2026-12-01"}))
    )
    assert any(
        p.startswith("events[0].date")
        for p in problems(document(**{"events.0.date": "2026-12-01"}))
    )
    # A plan end and a vest may lie ahead.
    parse(
        document(**{"events": [{"id": "e1", "kind": "improvement_plan_end", "date": "2026-12-20"}]})
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"{not json", "not valid JSON"),
        (b"[]", ""),
        (b'{"format": "pipv.case/2"}', "format"),
        (b"x" * 3_000_000, "too large"),
    ],
)
def test_files_that_are_not_case_files_are_explained(text, expected):
    with pytest.raises(CaseInvalid) as raised:
        loads(text)
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("as_of", "yesterday"),
        ("employment.work_state", "ZZ"),
        ("employment.process", "stack-ranking"),
        ("employment.immigration_status", "martian"),
        ("employment.start_date", 20210614),
        ("employment.age_40_or_over", "yes"),
        ("employment.base_salary_annual", "lots"),
        ("employment.base_salary_annual", "1.234"),
        ("employment.base_salary_annual", "99999999999.00"),
        ("employment.employer", ""),
        ("employment.employer", "x" * 201),
        ("protected_activities.0.reported_to", "the moon"),
        ("protected_activities.0.decision_maker_knew", "maybe"),
        ("protected_activities.0.in_writing", "true"),
        ("protected_activities.0.notes", "x" * 10_001),
        ("events.0.kind", "fired_for_cause"),
        ("compensation.share_price", "-3"),
        ("compensation.vests.0.shares", "many"),
        ("severance.t1_weeks", "-1"),
        ("severance.plan_days", -5),
    ],
)
def test_every_kind_of_bad_field_is_named(path, value):
    found = problems(document(**{path: value}))
    expected = path.replace(".0.", "[0].").replace(".0", "[0]")
    assert any(p.startswith(expected) for p in found), found


def test_shipped_schemas_accept_the_examples_and_the_assessment():
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    case_schema = Draft202012Validator(load("case"))
    assessment_schema = Draft202012Validator(load("assessment"))
    for path in examples.glob("*.json"):
        doc = json.loads(path.read_text())
        assert list(case_schema.iter_errors(doc)) == [], path
        out = to_document(assess(parse(doc)))
        assert list(assessment_schema.iter_errors(out)) == [], path
    assert list(case_schema.iter_errors({"format": "pipv.case/1"}))
