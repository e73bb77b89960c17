"""The shipped JSON Schemas are the ones the engine generates, and follow its vocabularies.

``manage.py schemas`` writes them from the registries and the reader's limits; a schema edited
by hand, or a new code added to a registry without running the command, fails here.
"""

import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pipv.engine import case, vocabulary
from pipv.engine.casefile import limits
from pipv.engine.schemas import generate, load


def test_the_committed_schemas_are_the_generated_ones():
    assert generate.stale() == [], "run: manage.py schemas"


def test_the_case_schema_offers_each_registrys_codes_in_its_order():
    properties = load("case")["properties"]
    employment = properties["employment"]["properties"]
    event = properties["events"]["items"]["properties"]
    activity = properties["protected_activities"]["items"]["properties"]
    assert event["kind"]["enum"] == list(case.EVENT_KINDS)
    assert event["kind"]["enum"][:3] == ["positive_feedback", "promotion_track", "award"]
    assert activity["kind"]["enum"] == [term.code for term in vocabulary.ACTIVITY_KIND]
    assert activity["subject"]["enum"] == [
        "securities_fraud",
        "workplace_safety",
        "wages_hours",
        "other_law",
    ]
    assert employment["work_state"]["enum"][:3] == ["AL", "AK", "AZ"]
    assert len(employment["work_state"]["enum"]) == 56  # 50 states, DC and five territories
    assert employment["process"]["enum"] == ["amazon-focus-pivot", "generic-pip"]


def test_the_case_schema_takes_the_readers_limits():
    employment = load("case")["properties"]["employment"]["properties"]
    assert employment["opt_unemployment_days_used"]["maximum"] == 150
    assert limits.MAX_OPT_UNEMPLOYMENT_DAYS == 150
    assert employment["weekly_hours"]["maximum"] == limits.MAX_WEEKLY_HOURS == 168
    assert employment["employer"]["maxLength"] == limits.MAX_SHORT_TEXT == 200


def test_the_check_fails_on_a_schema_that_differs_and_the_command_mends_it(tmp_path, monkeypatch):
    for name in generate.BUILDERS:
        shutil.copy(generate.path_of(name), tmp_path / f"{name}.schema.json")
    edited = json.loads((tmp_path / "case.schema.json").read_text())
    edited["properties"]["events"]["items"]["properties"]["kind"]["enum"].remove("demotion")
    (tmp_path / "case.schema.json").write_text(json.dumps(edited, indent=2) + "\n")
    monkeypatch.setattr(generate, "HERE", tmp_path)

    with pytest.raises(CommandError, match="case.schema.json"):
        call_command("schemas", "--check")

    call_command("schemas")
    call_command("schemas", "--check")
    assert (tmp_path / "case.schema.json").read_text() == generate.text_of("case")
    assert "demotion" in (tmp_path / "case.schema.json").read_text()
