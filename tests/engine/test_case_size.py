"""How large a case may be: timing compares every protected activity with every event, and
lists each pair (case-format.md), so activities x events is bounded, in words a person reads.

A person's case holds some 1-30 protected activities and 5-100 events; 500 of each (the limit
of one list) made 250,000 pairs, minutes of work and gigabytes for one PDF.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipv.engine import CaseInvalid, assess, parse, to_document
from tests.factories import many

ROOT = Path(__file__).resolve().parents[2]

REFUSED_500_BY_500 = (
    "This case has 500 protected activities and 500 events against you. pipv compares every "
    "protected activity with every event against you: that makes 250,000 pairs, and a case can "
    "have at most 10,000. Remove the activities or events that matter least."
)


def problems_of(document) -> list[str]:
    with pytest.raises(CaseInvalid) as raised:
        parse(document)
    return [str(p) for p in raised.value.problems]


def test_500_activities_by_500_events_is_refused_naming_the_numbers():
    assert problems_of(many(500, 500)) == [REFUSED_500_BY_500]


def test_one_activity_past_the_limit_is_refused():
    (problem,) = problems_of(many(101, 100))
    assert problem.startswith("This case has 101 protected activities and 100 events against you.")
    assert "that makes 10,100 pairs, and a case can have at most 10,000." in problem


def test_only_events_against_the_person_count_toward_the_limit():
    # A careful note-taker: 60 activities, 200 events of which 20 are against them. Timing
    # pairs an activity only with an act against the person: 1,200 pairs, well inside.
    document = many(60, 20)
    praise = {"kind": "positive_feedback", "by": "manager"}
    document["events"] += [
        {**praise, "id": f"f{i}", "date": f"2025-0{1 + i % 9}-1{i % 9}"} for i in range(180)
    ]
    assert len(parse(document).events) == 200
    # The message counts what it compares.
    (problem,) = problems_of(many(101, 100))
    assert "101 protected activities and 100 events against you" in problem


def test_the_limit_is_told_with_the_files_other_problems():
    document = many(500, 500)
    document["events"][3]["date"] = "2025-02-30"
    found = problems_of(document)
    assert REFUSED_500_BY_500 in found
    assert 'events[3].date: "2025-02-30" is not a date (write it as YYYY-MM-DD)' in found


@pytest.mark.parametrize(("activities", "events"), [(100, 100), (20, 500), (500, 20)])
def test_a_case_at_the_limit_is_assessed_with_every_pair_listed(activities, events):
    """10,000 pairs, each listed, as the contract asks."""
    assessment = to_document(assess(parse(many(activities, events))))
    pairs = assessment["timing"]["pairs"]
    assert {(p["activity"], p["event"]) for p in pairs} == {
        (f"pa{a + 1}", f"e{e + 1}") for a in range(activities) for e in range(events)
    }


def test_a_list_alone_may_still_hold_500():
    assert len(parse(many(500, 1)).protected_activities) == 500
    assert len(parse(many(1, 500)).events) == 500


@pytest.mark.parametrize("command", ["assess", "report"])
def test_the_command_line_refuses_it_with_exit_2_and_the_message(tmp_path, command):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(many(500, 500)))
    pdf = ["-o", str(path.with_suffix(".pdf"))] if command == "report" else []
    result = subprocess.run(
        [sys.executable, "manage.py", command, str(path), *pdf],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert REFUSED_500_BY_500 in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not path.with_suffix(".pdf").exists()
