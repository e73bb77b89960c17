"""The Simplified Chinese catalogue is complete: every message collected today has a translation.

``makemessages`` runs on a copy of the tree, merging into a copy of the committed catalogue,
exactly as a developer would run it; whatever it adds (a new string nobody translated) or
marks fuzzy (a changed string whose old translation no longer fits) fails the test.
"""

import re
import shutil

import pytest
from django.core.management import call_command
from django.test import override_settings

from pipv.engine import jurisdiction_texts

from .catalogue import CATALOGUE, ROOT, Entry, placeholders, read

# Ordinals ("9th Circuit", "2d Circuit") are written out in Chinese (第九巡回区).
ORDINAL = re.compile(r"\b\d+(st|nd|rd|th|d)\b")
LAW_NAME = re.compile(r"《[^》]*》")


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """The catalogue as makemessages leaves it after collecting every message in the tree."""
    tree = tmp_path_factory.mktemp("tree")
    for folder in ("pipv", "templates"):
        shutil.copytree(
            ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    shutil.copytree(ROOT / "locale", tree / "locale", ignore=shutil.ignore_patterns("*.mo"))
    with override_settings(LOCALE_PATHS=[tree / "locale"]), pytest.MonkeyPatch.context() as mp:
        mp.chdir(tree)
        call_command("makemessages", locale=["zh_Hans"], no_obsolete=True, verbosity=0)
    return read(tree / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po")


def test_makemessages_finds_the_engines_sentences(collected):
    msgids = {e.msgid for e in collected}
    # gettext_noop in pipv/engine (labels, rules, deadlines) is one of xgettext's keywords.
    assert "Asked for FMLA leave" in msgids
    assert "Last day to file an EEOC charge" in msgids
    assert "Did the decision-maker know?" in msgids


def test_makemessages_finds_every_note_of_the_jurisdiction_table_word_for_word(collected):
    # The report looks a note up by the table's text; xgettext must collect that very text.
    notes = [text for text, _places in jurisdiction_texts.texts()]
    assert len(notes) >= 44
    assert [note for note in notes if note not in {e.msgid for e in collected}] == []


def to_translate(entries: list[Entry]) -> list[Entry]:
    """Every message but a note of the jurisdiction table. A clinic that edits a note may leave
    its translation to later (README): the report shows the note as the table writes it, in
    English, and makemessages would find it untranslated, or fuzzy beside the old note's."""
    notes = {text for text, _places in jurisdiction_texts.texts()}
    return [e for e in entries if e.msgid not in notes]


def test_every_collected_message_is_translated(collected):
    untranslated = [
        e.msgid for e in to_translate(collected) if not all(s.strip() for s in e.msgstr)
    ]
    assert untranslated == []


def test_a_clinics_fresh_note_may_wait_for_its_translation_and_nothing_else_may():
    note = jurisdiction_texts.texts()[0][0]
    waiting = [
        Entry(msgid=note, msgstr=[""]),
        Entry(msgid="Last day to file an EEOC charge", msgstr=[""]),
    ]
    assert [e.msgid for e in to_translate(waiting)] == ["Last day to file an EEOC charge"]


def test_no_translation_is_fuzzy(collected):
    assert [e.msgid for e in to_translate(collected) if "fuzzy" in e.flags] == []
    assert [e.msgid for e in read(CATALOGUE) if "fuzzy" in e.flags] == []


def test_translations_keep_every_placeholder():
    wrong = [
        e.msgid
        for e in read(CATALOGUE)
        for s in e.msgstr
        if placeholders(s) != placeholders(e.msgid_plural or e.msgid)
    ]
    assert wrong == []


def test_translations_keep_every_number():
    # A date in an example, 180 days, 5/15/40/40: a translation must not change a figure.
    # A law's Chinese name carries its year (《1964年民权法案》) where the English names it by
    # title only ("Title VII"); the name is not a figure the translation could change.
    def numbers(text):
        return sorted(re.findall(r"\d+", LAW_NAME.sub("", ORDINAL.sub("", text))))

    wrong = [e.msgid for e in read(CATALOGUE) for s in e.msgstr if numbers(s) != numbers(e.msgid)]
    assert wrong == []


def test_legal_terms_keep_their_english_acronym():
    for e in read(CATALOGUE):
        for acronym in ("FMLA", "ADA", "EEOC", "OWBPA", "RSU", "Pivot", "PIP", "OPT", "COBRA"):
            if re.search(rf"\b{acronym}\b", e.msgid):
                assert acronym in e.msgstr[0], (acronym, e.msgid)
