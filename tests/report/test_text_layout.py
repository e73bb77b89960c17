"""Text is set with shared Pango contexts and font descriptions, and the PDF is the same."""

import pytest
from weasyprint import HTML
from weasyprint.text import line_break
from weasyprint.text.fonts import FontConfiguration

from pipv.report import pdf as pdf_module
from pipv.report import text_layout
from pipv.report.render import pdf_html

from .conftest import example_case, pdf_text


def test_it_is_in_place_once_a_worker_is_ready_to_render():
    pdf_module.warm()
    assert text_layout.usable()
    assert line_break.Layout.setup is text_layout._setup


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_example_pdf_is_byte_for_byte_the_same(monkeypatch, language):
    html = pdf_module.paper_markup(pdf_html(example_case("amazon-focus-pivot"), language)[0])

    def render(config) -> bytes:
        # Without the case file attached: its dates change from one second to the next.
        return HTML(string=html, base_url=pdf_module.BASE_URL).write_pdf(
            stylesheets=pdf_module.stylesheets(), font_config=config, pdf_variant="pdf/a-3a"
        )

    assert text_layout.install()
    shared = render(pdf_module.fonts())
    monkeypatch.setattr(line_break.Layout, "setup", text_layout.ORIGINAL_SETUP)
    assert render(pdf_module.fonts()) == shared


def test_each_font_configuration_shares_its_own():
    assert text_layout.install()
    html = "<p lang='en'>pipv <b>bold</b></p><p lang='zh-Hans'>陈林</p><p>pipv</p>"
    config = FontConfiguration()
    HTML(string=html).write_pdf(font_config=config)
    shared = config.pipv_shared_text
    # One context per direction and language (en, zh-Hans, none); a description per font.
    assert {lang for _, lang in shared.contexts} == {"en", "zh-Hans", None}
    assert {key[3] for key in shared.descriptions} >= {400, 700}
    contexts = dict(shared.contexts)
    HTML(string=html).write_pdf(font_config=config)
    assert shared.contexts == contexts  # made once, then reused


def test_another_weasyprint_keeps_its_own_setup(monkeypatch):
    monkeypatch.setattr(text_layout, "SOURCE_HASH", "0" * 64)
    monkeypatch.setattr(line_break.Layout, "setup", text_layout.ORIGINAL_SETUP)
    assert not text_layout.install()
    assert line_break.Layout.setup is text_layout.ORIGINAL_SETUP


def test_the_cache_starts_again_rather_than_grow(monkeypatch):
    assert text_layout.install()
    monkeypatch.setattr(text_layout, "MOST_KEPT", 3)
    config = FontConfiguration()
    sizes = "".join(f"<p style='font-size: {10 + n}px'>pipv {n}</p>" for n in range(8))
    pdf = HTML(string=sizes).write_pdf(font_config=config)
    assert len(config.pipv_shared_text.descriptions) <= 3
    assert all(f"pipv {n}" in pdf_text(pdf) for n in range(8))
