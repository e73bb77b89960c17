"""Django refuses to start with a broken jurisdiction table, naming the entry."""

from django.core.checks import run_checks

from pipv.core import checks
from pipv.engine import jurisdictions


def test_the_installed_table_passes_the_start_up_check():
    assert [e for e in run_checks() if e.id == "pipv.E001"] == []


def test_a_broken_table_fails_the_check_with_each_entry_named(tmp_path, monkeypatch):
    broken = jurisdictions.TABLE_PATH.read_text(encoding="utf-8").replace(
        'charge_period = "6 months"\neeoc_300 = true\ncitation = "RCW',
        'charge_period = "six months"\neeoc_300 = true\ncitation = "RCW',
    )
    path = tmp_path / "jurisdictions.toml"
    path.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(jurisdictions, "TABLE_PATH", path)
    errors = checks.jurisdiction_table(None)
    assert [e.msg for e in errors] == [
        "states.WA: charge_period 'six months' is not '<n> days', '<n> months' or '<n> years'"
    ]
    assert errors[0].id == "pipv.E001"
