"""The timeline's labels are set as runs, one text object each; the PDF shows the same words."""

import io
import re

import pytest
import weasyprint.svg
from pypdf import PdfReader
from weasyprint import HTML

from pipv.report import pdf as pdf_module
from pipv.report import svg_text
from pipv.report.render import pdf_for

from .conftest import example_case, pdf_text


def shows(svg_body: str) -> int:
    """How many times the PDF of an SVG holding ``svg_body`` shows text (Tj and TJ)."""
    html = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" width="200" '
        f'font-family="DejaVu Sans">{svg_body}</svg>'
    )
    pdf = PdfReader(io.BytesIO(HTML(string=html).write_pdf(font_config=pdf_module.fonts())))
    count = 0
    for page in pdf.pages:
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            count += len(re.findall(rb"T[jJ]\b", xobject.get_object().get_data()))
        count += len(re.findall(rb"T[jJ]\b", page.get_contents().get_data()))
    return count


def test_it_is_in_place_once_a_worker_is_ready_to_render():
    pdf_module.warm()
    assert svg_text.usable()
    assert weasyprint.svg.TAGS["text"] is svg_text.text


def test_a_label_with_one_position_is_shown_once_not_letter_by_letter():
    assert svg_text.install()
    assert shows('<text x="10" y="20" text-anchor="middle">Mar 2026</text>') == 1


@pytest.mark.parametrize(
    "label",
    [
        '<text x="10 20 30" y="20">abc</text>',
        '<text x="10" y="20" rotate="10">abc</text>',
        '<text x="10" y="20" letter-spacing="2">abc</text>',
    ],
)
def test_a_label_placed_letter_by_letter_is_still_set_by_weasyprint(label):
    assert svg_text.install()
    assert shows(label) == 3


def test_the_example_timeline_still_shows_every_label():
    text = pdf_text(pdf_for(example_case("amazon-focus-pivot"), "en"))
    for label in ("Mar 2026", "Jan 2027", "as of", "57 d", "119 d", "T1", "E9", "V2"):
        assert label in text


def test_another_weasyprint_keeps_its_own(monkeypatch):
    monkeypatch.setattr(svg_text, "SOURCE_HASH", "not this release")
    monkeypatch.setattr(weasyprint.svg, "text", svg_text.ORIGINAL_TEXT)
    monkeypatch.setitem(weasyprint.svg.TAGS, "text", svg_text.ORIGINAL_TEXT)
    assert not svg_text.install()
    assert weasyprint.svg.TAGS["text"] is svg_text.ORIGINAL_TEXT
