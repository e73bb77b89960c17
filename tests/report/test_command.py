"""`manage.py report`: the PDF and calendar from a case file, without the web app."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from icalendar import Calendar
from pypdf import PdfReader

from .conftest import EXAMPLES, pdf_text


def test_the_command_writes_the_pdf_and_the_calendar(tmp_path):
    out, ics = tmp_path / "report.pdf", tmp_path / "deadlines.ics"
    stdout = io.StringIO()
    call_command(
        "report", str(EXAMPLES / "generic-pip.json"), output=str(out), ics=str(ics), stdout=stdout
    )
    assert f"wrote {out}" in stdout.getvalue() and f"wrote {ics}" in stdout.getvalue()
    reader = PdfReader(out)
    assert list(reader.attachments) == ["case.json"]
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT")


def test_the_calendar_is_in_the_language_asked_for_like_the_pdf(tmp_path):
    out, ics = tmp_path / "report.pdf", tmp_path / "deadlines.ics"
    case = str(EXAMPLES / "amazon-focus-pivot.json")
    call_command("report", case, output=str(out), ics=str(ics), language="zh-hans")
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    titles = {str(e["summary"]) for e in events}
    assert "向美国平等就业机会委员会（EEOC）提出指控的最后一天" in titles
    assert all("请在" in str(e["description"]) for e in events)


def test_as_of_moves_the_days_left(tmp_path):
    out = tmp_path / "later.pdf"
    call_command(
        "report", str(EXAMPLES / "amazon-focus-pivot.json"), output=str(out), as_of="2026-11-20"
    )
    # Nov 20 to the Pivot decision on Nov 23 is 3 days.
    assert "3 days left" in pdf_text(out.read_bytes())


def test_a_bad_case_file_exits_2_listing_every_problem(tmp_path):
    bad = tmp_path / "bad.json"
    document = json.loads((EXAMPLES / "amazon-focus-pivot.json").read_text())
    document["events"][0]["date"] = "2027-13-01"
    document["employment"]["base_salary_annual"] = "-5"
    bad.write_text(json.dumps(document))
    with pytest.raises(CommandError) as raised:
        call_command("report", str(bad), output=str(tmp_path / "x.pdf"))
    assert raised.value.returncode == 2
    message = str(raised.value)
    assert "2 problems" in message
    assert 'events[0].date: "2027-13-01" is not a date' in message
    assert "employment.base_salary_annual" in message
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_output_exits_2(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command(
            "report",
            str(EXAMPLES / "generic-pip.json"),
            output=str(tmp_path / "no" / "such" / "dir.pdf"),
        )
    assert raised.value.returncode == 2
    assert "cannot write" in str(raised.value)


def test_the_command_runs_as_a_program(tmp_path):
    """The contract is the command line: run it the way other tools do."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "manage.py", "report", "/nonexistent.json", "--output", "x.pdf"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "/nonexistent.json: cannot read the file" in result.stderr
