"""The table's notes reach the translation catalogue through a generated module.

``makemessages`` reads Python, not TOML, so ``manage.py jurisdiction_texts`` writes every note of
``jurisdictions.toml`` into ``pipv/engine/jurisdiction_messages.py`` as a ``gettext_noop`` call.
A note edited in the table without running the command fails here, as a schema does.
"""

import ast
from dataclasses import replace

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pipv.engine import jurisdiction_texts, jurisdictions


def collected(source: str) -> list[str]:
    """The messages a module marks with gettext_noop, in order, as xgettext reads them."""
    return [
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "gettext_noop"
    ]


@pytest.fixture
def table_copy(tmp_path, monkeypatch):
    """A copy of the table and of the generated module that a test may edit."""
    toml = tmp_path / "jurisdictions.toml"
    toml.write_text(jurisdictions.TABLE_PATH.read_text("utf-8"), encoding="utf-8")
    module = tmp_path / "jurisdiction_messages.py"
    module.write_text(jurisdiction_texts.MODULE_PATH.read_text("utf-8"), encoding="utf-8")
    monkeypatch.setattr(jurisdictions, "TABLE_PATH", toml)
    monkeypatch.setattr(jurisdiction_texts, "MODULE_PATH", module)
    jurisdictions.table.cache_clear()
    yield toml, module
    jurisdictions.table.cache_clear()


def test_the_committed_module_is_the_generated_one():
    assert not jurisdiction_texts.stale(), "run: manage.py jurisdiction_texts"


def test_it_holds_every_note_of_the_table_once_and_no_name_or_citation():
    table = jurisdictions.table()
    entries = [*table.states.values(), *table.local.values()]
    messages = collected(jurisdiction_texts.MODULE_PATH.read_text("utf-8"))
    assert sorted(messages) == sorted({e.note for e in entries if e.note})
    assert len(messages) == len(set(messages)) == 46
    washington = table.states["WA"]
    assert washington.note in messages
    assert table.states["CA"].note.startswith("Up to 90 more days for an act discovered late")
    for e in entries:
        assert e.name not in messages
        assert e.agency not in messages
        assert e.citation not in messages


def test_the_check_fails_after_a_note_is_edited_and_the_command_mends_it(table_copy):
    toml, module = table_copy
    edited = 'note = "No charge is needed to sue under the Law Against Discrimination, which has '
    text = toml.read_text("utf-8")
    assert edited in text
    toml.write_text(text.replace(edited, edited + "(a clinic's edit) "), encoding="utf-8")
    jurisdictions.table.cache_clear()

    with pytest.raises(CommandError, match="jurisdiction_messages.py"):
        call_command("jurisdiction_texts", "--check")

    call_command("jurisdiction_texts")
    call_command("jurisdiction_texts", "--check")
    assert jurisdictions.state("WA").note in collected(module.read_text("utf-8"))
    assert not any("which has three years" in m for m in collected(module.read_text("utf-8")))


def test_the_command_names_the_notes_that_will_show_in_english(table_copy, capsys):
    toml, _module = table_copy
    text = toml.read_text("utf-8")
    old = jurisdictions.state("UT").note
    toml.write_text(text.replace(old, "The 180 days run from the last act."), encoding="utf-8")
    jurisdictions.table.cache_clear()

    call_command("jurisdiction_texts")

    out = capsys.readouterr().out
    assert "46 notes; 45 translated into Chinese." in out
    assert "states.UT: no Chinese translation yet, shown in English: The 180 days run" in out


def test_any_note_a_clinic_writes_comes_back_word_for_word():
    # Quotes, backslashes, a long unbroken word and double spaces: xgettext must collect the
    # very text the report looks up, or the translation is never found.
    notes = [
        'The "Important Deadlines" page says 6 months; the statute\'s text says 300 days.',
        "A path C:\\files\\x and " + "x" * 120 + " then  two spaces " + "word " * 40,
        "Short.",
    ]
    table = jurisdictions.table()
    states = dict(table.states)
    for code, note in zip(("WA", "CA", "TX"), notes, strict=True):
        states[code] = replace(states[code], note=note)
    edited = jurisdictions.Table(states, table.local)
    assert set(notes) <= set(collected(jurisdiction_texts.module_text(edited)))
