"""Reading a case file: every problem at once, each naming its field; never a traceback."""

import json
import re
from datetime import date

import pytest
from jsonschema import Draft202012Validator

from pipv.engine import CaseInvalid, assess, dumps, loads, parse, to_document
from pipv.engine.schemas import load

from .cases import case as case_with
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


def test_a_release_cannot_be_signed_before_it_was_offered():
    # A mistyped date: read as given, the days to revoke would run from before the offer.
    signed_early = document(
        **{"severance.offer_date": "2026-11-20", "severance.release_signed_date": "2026-11-10"}
    )
    assert problems(signed_early) == [
        "severance.release_signed_date: 2026-11-10 is before the day the offer came, 2026-11-20"
    ]
    on_the_day = document(
        **{"severance.offer_date": "2026-11-20", "severance.release_signed_date": "2026-11-20"}
    )
    assert parse(on_the_day).severance.release_signed_date == date(2026, 11, 20)


def test_a_future_date_is_called_future_when_the_case_counts_from_today():
    # No date was chosen, so "the as-of date" would name something the person never set.
    doc = document(**{"employment.start_date": "2026-12-01"})
    del doc["as_of"]
    with pytest.raises(CaseInvalid) as raised:
        parse(doc, today=date(2026, 11, 22))
    assert [str(p) for p in raised.value.problems] == [
        "employment.start_date: 2026-12-01 is in the future: today is 2026-11-22"
    ]


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


def test_a_lone_surrogate_is_refused_naming_each_field_that_holds_one():
    # JSON can write "\ud800", which no UTF-8 text can hold: the case could be neither
    # encrypted nor shown. The message names the field and does not repeat the character.
    text = (
        b'{"format": "pipv.case/1", "employment": {"employer": "Acme\\ud800"},'
        b' "protected_activities": [{"id": "pa1", "notes": "\\udfff ok"}]}'
    )
    with pytest.raises(CaseInvalid) as raised:
        loads(text)
    problems = raised.value.problems
    assert [(p.path, p.code) for p in problems] == [
        ("employment.employer", "not_unicode"),
        ("protected_activities[0].notes", "not_unicode"),
    ]
    assert str(raised.value).encode()  # the explanation itself is printable


def test_text_pasted_from_a_word_processor_keeps_its_lines_and_loses_its_control_characters():
    # A manual line break is a vertical tab there, a page break a form feed; no font draws them.
    c = case_with(
        **{
            "employment.employer": "Acme\x1b[0m",
            "protected_activities.0.notes": (
                "Asked HR.\x0bNo answer.\x0cLater:\u2028ok\x07\r\nEnd\tat 5"
            ),
        }
    )
    assert c.employment.employer == "Acme[0m"
    assert c.protected_activities[0].notes == "Asked HR.\nNo answer.\nLater:\nok\r\nEnd\tat 5"
    # What is left must still be an answer where one is needed.
    assert problems(document(**{"employment.employer": "\x07\x08"})) == [
        "employment.employer: must not be empty"
    ]


def test_a_direction_override_left_open_is_closed_at_its_lines_end():
    # An unclosed U+202E would reverse what pipv prints after the person's words (the rest of
    # the cover's line, the PDF's running header). A text box ends it at the line's end, so
    # it is closed there: the person's words look as typed, and nothing after them turns.
    c = case_with(
        **{
            "employment.employer": "Acme\u202eCorp",
            "protected_activities.0.notes": "one \u2067two\u202athree\r\nfour \u202eok\u202c",
        }
    )
    assert c.employment.employer == "Acme\u202eCorp\u202c"
    assert (
        c.protected_activities[0].notes
        == "one \u2067two\u202athree\u202c\u2069\r\nfour \u202eok\u202c"
    )
    # Written and read again, it is the same: a file pipv wrote always reads back.
    assert loads(dumps(c)) == c


def test_a_line_ended_by_a_lone_carriage_return_closes_its_overrides_there():
    c = case_with(**{"protected_activities.0.notes": "\u202eabc\rdef"})
    assert c.protected_activities[0].notes == "\u202eabc\u202c\rdef"


def test_a_closing_mark_pipv_adds_does_not_count_against_a_limit():
    # A 200-character name with an open override was read before the mark was added; it
    # still is, and so is the file pipv writes with the mark.
    name = "\u202e" + "x" * 199
    c = case_with(**{"employment.employer": name})
    assert c.employment.employer == name + "\u202c"
    assert loads(dumps(c)) == c


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


def test_a_number_of_thousands_of_digits_is_named_as_too_big_in_its_field():
    # Python refuses to read a whole number of over 4,300 digits, with advice about one of its
    # own settings; the person is told which answer is too big instead.
    text = json.dumps(document()).replace(
        '"offer_in_hand"', '"t1_weeks": 1' + "0" * 5000 + ', "offer_in_hand"'
    )
    with pytest.raises(CaseInvalid) as raised:
        loads(text)
    assert str(raised.value) == "severance.t1_weeks: must be at most 520"


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


def with_bonus_and_review(**changes):
    """The base document plus one bonus and a last review, then the changes."""
    doc = document(
        **{
            "compensation.bonuses": [
                {
                    "id": "b1",
                    "date": "2027-01-15",
                    "amount": "20000.00",
                    "repay_if_leave_before": "2027-06-01",
                    "repay_amount": "10000.00",
                }
            ],
            "employment.last_review": {"date": "2026-05-01", "rating": "exceeds"},
        }
    )
    parse(doc)  # the starting point itself is a good case file
    for path, value in changes.items():
        target = doc
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return doc


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        # bonuses: date, amount, repayment date and amount, id, the list itself
        ("compensation.bonuses.0.date", "2027-02-30", "is not a date"),
        ("compensation.bonuses.0.date", 20270115, "is not a date"),
        ("compensation.bonuses.0.date", DELETE, "is required"),
        ("compensation.bonuses.0.amount", "-5.00", "must not be negative"),
        ("compensation.bonuses.0.amount", "lots", "is not a number"),
        ("compensation.bonuses.0.amount", True, "is not a number"),
        ("compensation.bonuses.0.amount", "1.005", "decimal places"),
        ("compensation.bonuses.0.amount", "99999999999.00", "must be at most"),
        ("compensation.bonuses.0.amount", DELETE, "is required"),
        ("compensation.bonuses.0.repay_if_leave_before", "next June", "is not a date"),
        ("compensation.bonuses.0.repay_if_leave_before", "2027-06-31", "is not a date"),
        ("compensation.bonuses.0.repay_if_leave_before", 2027, "is not a date"),
        ("compensation.bonuses.0.repay_amount", "-1.00", "must not be negative"),
        ("compensation.bonuses.0.repay_amount", "half", "is not a number"),
        ("compensation.bonuses.0.id", "b 1!", "not a usable id"),
        ("compensation.bonuses.0.id", "v1", "duplicate id"),
        ("compensation.bonuses.0", "20000", "must be an object"),
        ("compensation.bonuses", {"b1": "20000"}, "must be a list"),
        # the last review: rating, date, shape
        ("employment.last_review.rating", "outstanding", 'unknown rating "outstanding"'),
        ("employment.last_review.rating", 5, "unknown rating"),
        ("employment.last_review.rating", DELETE, "is required"),
        ("employment.last_review.date", "2026-12-01", "is after the as-of date"),
        ("employment.last_review.date", "last spring", "is not a date"),
        ("employment.last_review", "exceeds", "must be an object"),
        # vests: date, shares, id, and the share price they need
        ("compensation.vests.0.date", "2026-02-30", "is not a date"),
        ("compensation.vests.0.date", DELETE, "is required"),
        ("compensation.vests.0.shares", "-1", "must not be negative"),
        ("compensation.vests.0.shares", "forty", "is not a number"),
        ("compensation.vests.0.shares", "1.23456", "decimal places"),
        ("compensation.vests.0.shares", "100000001", "must be at most"),
        ("compensation.vests.0.shares", DELETE, "is required"),
        ("compensation.vests.0.id", "e1", "duplicate id"),
        ("compensation.vests", "40 shares", "must be a list"),
        ("compensation.share_price", DELETE, "is required"),
        ("compensation.share_price", "210.00.00", "is not a number"),
        # other dates and counts a case file may carry
        ("employment.visa_valid_until", "2027/09/30", "is not a date"),
        ("employment.manager_change_date", "2026-12-01", "is after the as-of date"),
        ("employment.opt_stem_extension", "yes", "must be true or false"),
        ("employment.opt_unemployment_days_used", 151, "must be at most"),
        ("employment.opt_unemployment_days_used", 2.5, "is not a whole number"),
        # the generic plan's way of leaving, on Amazon's process
        ("employment.exit_path", "pip_fail", "is not a way of leaving in the process chosen"),
        # how the job ended, without the last day: it would be read as a job still going
        ("employment.exit_path", "plan_fail_t2", "says how the job ended, but not its last day"),
        ("severance.release_signed_date", "2026-12-01", "is after the as-of date"),
        ("severance.offer_date", "soon", "is not a date"),
        ("severance.group_exit", "yes", "must be true or false"),
        ("severance.decision_business_days", 61, "must be at most"),
        ("severance.grace_days", "two weeks", "is not a whole number"),
        ("severance.extra", "-100.00", "must not be negative"),
    ],
)
def test_every_kind_of_bad_compensation_review_and_date_field_is_named(path, value, message):
    found = problems(with_bonus_and_review(**{path: value}))
    expected = re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)
    # Exactly the one field is blamed, with words a person can act on.
    assert len(found) == 1, found
    assert found[0].startswith(expected + ":"), found
    assert message in found[0], found


def test_a_no_and_a_zero_survive_export_and_import_and_no_answer_stays_none():
    answered = case_with(
        **{
            "severance.group_exit": False,
            "employment.immigration_status": "f1_opt",
            "employment.opt_stem_extension": False,
            "employment.opt_unemployment_days_used": 0,
        }
    )
    again = json.loads(dumps(loads(dumps(answered))))
    assert again["severance"]["group_exit"] is False
    assert again["employment"]["opt_stem_extension"] is False
    assert again["employment"]["opt_unemployment_days_used"] == 0
    # Questions never answered are not written as a "no".
    unanswered = json.loads(dumps(case_with()))
    assert "group_exit" not in unanswered["severance"]
    assert "opt_stem_extension" not in unanswered["employment"]


def test_who_was_told_left_unanswered_is_not_read_as_someone_else():
    doc = document()
    del doc["protected_activities"][0]["reported_to"]
    c = parse(doc)
    assert c.protected_activities[0].reported_to is None
    assert "reported_to" not in json.loads(dumps(c))["protected_activities"][0]


def test_an_event_at_work_before_the_first_day_there_is_refused_as_a_typo():
    # 2018 typed for 2026: read as it is, the report would open on long-passed deadlines.
    doc = document(**{"events.0.date": "2018-09-02"})
    assert problems(doc) == [
        "events[0].date: 2018-09-02 is before your first day at this employer, 2021-06-14"
    ]
    # A protected activity may come first: an accommodation asked for while being hired.
    assert parse(document(**{"protected_activities.0.date": "2021-05-03"}))


def test_an_event_at_work_after_the_last_day_there_is_refused_as_a_typo():
    # Dec. 12 typed for Nov. 12: read as it is, the agency deadlines would run a month late.
    ended = {"employment.ended_on": "2026-11-20", "employment.exit_path": "other"}
    doc = document(**ended, **{"events.1.date": "2026-11-21"})
    assert problems(doc) == [
        "events[1].date: 2026-11-21 is after your last day at this employer, 2026-11-20"
    ]
    # On the last day itself it is read.
    assert parse(document(**ended, **{"events.1.date": "2026-11-20"}))


def test_what_comes_after_a_job_has_ended_is_still_read_after_the_last_day():
    ended = {"employment.ended_on": "2026-11-20", "employment.exit_path": "other"}
    later = [
        # By letter after the last day: an offer, a notice (even one dated back), a right to sue.
        ("severance_offer", "2026-11-21"),
        ("termination_notice", "2026-11-21"),
        ("right_to_sue_notice", "2026-11-21"),
        # A plan's or an appeal's date as written, and an act against a former employee.
        ("improvement_plan_end", "2026-12-31"),
        ("appeal_decision", "2026-12-31"),
        ("appeal_filed", "2026-11-21"),
        ("other_adverse", "2026-11-21"),
        # What can still be done to a former employee (Robinson v. Shell Oil): a bonus
        # cancelled, a rating or a reference sent later.
        ("pay_cut", "2026-11-21"),
        ("negative_feedback", "2026-11-21"),
        ("positive_feedback", "2026-11-21"),
    ]
    for kind, day in later:
        extra = {"id": "e9", "kind": kind, "date": day}
        events = [*document()["events"], extra]
        if kind == "improvement_plan_end":
            events.append({"id": "e8", "kind": "improvement_plan_start", "date": "2026-11-19"})
        if kind == "appeal_decision":
            events.append({"id": "e8", "kind": "appeal_filed", "date": "2026-11-19"})
        assert parse(document(**ended, events=events)), kind


def test_a_last_day_before_the_first_day_is_refused():
    doc = document(**{"employment.ended_on": "2020-11-20", "employment.exit_path": "other"})
    assert problems(doc) == [
        "employment.ended_on: 2020-11-20 is before your first day at this employer, 2021-06-14"
    ]


def test_a_file_in_another_encoding_is_named_as_such_not_in_pythons_words():
    text = '{"format": "pipv.case/1", "employment": {"employer": "Café"}}'.encode("cp1252")
    with pytest.raises(CaseInvalid) as raised:
        loads(text)
    (message,) = [str(p) for p in raised.value.problems]
    assert "not saved as UTF-8 text" in message and "codec" not in message
