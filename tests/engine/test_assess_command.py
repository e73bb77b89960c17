"""`manage.py assess`: the contract's command line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def assess(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "assess", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_json_output_follows_the_assessment_format():
    result = assess("examples/amazon-focus-pivot.json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["format"] == "pipv.assessment/1" and out["as_of"] == "2026-11-22"
    totals = {s["id"]: s["total"] for s in out["stages"]}
    # T1: 12 x 172,000/52 = 39,692.31 severance + 172,000 x 1/365 = 471.23 salary.
    assert totals["pivot_leave_t1"] == "40163.54"
    assert {"id": "pivot_decision", "date": "2026-11-23"}.items() <= next(
        d for d in out["deadlines"] if d["id"] == "pivot_decision"
    ).items()


def test_text_output_and_another_as_of():
    result = assess("examples/generic-pip.json", "--format", "text", "--as-of", "2026-12-01")
    assert result.returncode == 0
    assert result.stdout.startswith("pipv assessment as of 2026-12-01")
    assert "Not legal advice" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{oops", "not valid JSON"),
        # No as_of counts from today (case-format, second round); the job is still required.
        ('{"format": "pipv.case/1"}', "employment: is required"),
    ],
)
def test_bad_files_exit_2_with_every_problem(tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    result = assess(str(bad))
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_exits_2():
    result = assess("no/such/case.json")
    assert result.returncode == 2 and "cannot read the file" in result.stderr


def test_a_bad_as_of_exits_2():
    result = assess("examples/generic-pip.json", "--as-of", "soon")
    assert result.returncode == 2 and "--as-of" in result.stderr


def test_text_output_counts_the_days_to_the_date_it_shows():
    # The example's E9 state charge ends Sat May 16, 2027; the agency accepts Mon May 17.
    # The line shows the Saturday, the safe day, so its count runs to it: 175 days from
    # Nov 22, 2026, not the 176 to the Monday.
    result = assess("examples/amazon-focus-pivot.json", "--format", "text")
    (line,) = [line for line in result.stdout.splitlines() if "state_agency_charge from e9" in line]
    assert line.split()[:3] == ["2027-05-16", "175", "days"]
    assert "agency accepts 2027-05-17" in line
