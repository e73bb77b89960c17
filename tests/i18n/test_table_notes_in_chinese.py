"""A state's note from the jurisdiction table reads in Chinese, on the results page and the PDF.

The notes explain a person's deadlines ("Up to 90 more days for an act discovered late"); a
Chinese reader on a visa got them in English. The catalogue now holds each note
(``manage.py jurisdiction_texts``). Agency names and citations stay in English; a note the
catalogue lacks (a clinic's fresh edit) shows whole, in English, never empty or broken.
"""

from dataclasses import replace

import pytest
from django.urls import reverse

from pipv.engine.rules import RULES
from pipv.report.render import pdf_for
from tests.factories import case_record
from tests.report.conftest import example_case, example_document, pdf_text

from .test_every_page_in_chinese import english_in, get, visible_text

WASHINGTON = (
    "No charge is needed to sue under the Law Against Discrimination, which has three years "
    "(RCW 4.16.080(2)). State legal holidays: RCW 1.16.050 (no Columbus Day)."
)
WASHINGTON_ZH = (
    "依据《华盛顿州反歧视法》起诉无需先提出指控，起诉期限为三年（RCW 4.16.080(2)）。"
    "州法定假日：RCW 1.16.050（不含哥伦布日）。"
)
CALIFORNIA = "Up to 90 more days for an act discovered late (Gov. Code 12960(e))."
CALIFORNIA_ZH = "对于较晚才发现的行为，期限最多可再延长 90 天（Gov. Code 12960(e)）。"
EXAMPLES = {
    "amazon-focus-pivot": (WASHINGTON, WASHINGTON_ZH),
    "generic-pip": (CALIFORNIA, CALIFORNIA_ZH),
}


def squeezed(text: str) -> str:
    """Text without spaces: a PDF's lines break inside a Chinese sentence, and the page keeps
    a law's name or a date from breaking by wrapping it in an element of its own."""
    return "".join(text.split())


@pytest.fixture
def reader(client, alice):
    client.force_login(alice)
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    return client


def results(reader, alice, example):
    record = case_record(alice, example, example_document(example))
    return get(reader, reverse("report:results", args=[record.pk]))


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_results_page_gives_the_states_note_in_chinese(reader, alice, example):
    english, chinese = EXAMPLES[example]
    page = results(reader, alice, example)
    text = squeezed(visible_text(page))
    assert squeezed(chinese) in text
    assert squeezed(english) not in text
    assert english_in(page) == []


def test_the_agencys_name_and_the_citation_stay_in_english(reader, alice):
    text = squeezed(visible_text(results(reader, alice, "amazon-focus-pivot")))
    assert squeezed("Washington：Washington State Human Rights Commission") in text
    assert (
        squeezed("每项行为发生后 6 个月内向 Washington State Human Rights Commission 投诉") in text
    )
    assert "RCW49.60.230(2)" in text


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_chinese_pdf_gives_the_states_note_in_chinese(example):
    english, chinese = EXAMPLES[example]
    text = squeezed(pdf_text(pdf_for(example_case(example), "zh-hans")))
    assert squeezed(chinese) in text
    assert squeezed(english) not in text


def test_a_note_the_catalogue_lacks_shows_whole_in_english(reader, alice, monkeypatch):
    # A clinic adds a sentence to Washington's note and leaves the translation to later.
    edited = WASHINGTON + " Checked again by the clinic on 2026-12-05."
    rule = RULES["state.wa.wshrc"]
    args = tuple((key, edited if key == "note" else value) for key, value in rule.args)
    monkeypatch.setitem(RULES, rule.id, replace(rule, args=args))

    page = results(reader, alice, "amazon-focus-pivot")

    text = squeezed(visible_text(page))
    shown = "每项行为发生后 6 个月内向 Washington State Human Rights Commission 投诉。" + edited
    assert squeezed(shown) in text
    assert squeezed(WASHINGTON_ZH) not in text
    # The check that no English is left on a Chinese page knows the note is the table's own.
    assert english_in(page) == []
