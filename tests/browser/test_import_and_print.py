"""Journey 3: bring a case file, read its report, and print it without losing anything."""

import io

import pytest
from pypdf import PdfReader

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import open_an_imported_report

pytestmark = pytest.mark.browser


def test_an_imported_case_prints_its_whole_report(page):
    open_an_imported_report(page, "importer", "amazon-focus-pivot.json")
    assert axe_violations(page) == []
    screenshot(page, "import-results")
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert not has_horizontal_scroll(page), width

    # On a phone every stage's total, every pair's days and every deadline's rule are on
    # screen, each named by its column, not hidden at the far end of a sideways-scrolling box.
    page.set_viewport_size({"width": 390, "height": 900})
    out_of_sight = page.evaluate(
        """() => [...document.querySelectorAll(
                '.money-table td, .vest-table td, .deadline-table td, .pairs-table td')]
            .filter(td => td.getBoundingClientRect().right > window.innerWidth)
            .map(td => td.textContent.trim()).slice(0, 5)"""
    )
    assert out_of_sight == []
    total = page.locator(".money-table tr:has-text('Take the Pivot offer') td.total")
    assert total.inner_text() == "$40,163.54"
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('.money-table td.total'), '::before').content"
        )
        == '"Total"'
    )
    # Each vest's answer for a stage carries the stage's name, as its column heading did.
    # (The vest table is folded under the money table; a person opens it.)
    page.click("section[aria-labelledby='sec-money'] .section-fold > summary")
    second_stage = page.locator(".vest-table tbody tr").first.locator("td").nth(1)
    assert second_stage.inner_text() == "lost, just missed"
    assert (
        second_stage.evaluate("td => getComputedStyle(td, '::before').content")
        == '"Take the Pivot offer (T1)"'
    )
    assert axe_violations(page) == []

    # Zoomed to 200%, the page still reflows instead of scrolling sideways.
    page.set_viewport_size({"width": 640, "height": 900})
    page.evaluate("document.body.style.zoom = '2'")
    assert not has_horizontal_scroll(page)
    page.evaluate("document.body.style.zoom = ''")

    page.emulate_media(media="print")
    # The site's own navigation and the download links stay off paper.
    assert not page.is_visible(".site-header") and not page.is_visible(".report-actions")
    screenshot(page, "import-results-print")
    printed = page.pdf(format="Letter", print_background=True)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(printed)).pages
    )
    # The right-most column of each table made it onto paper: nothing is cut off.
    for figure in ("$40,163.54", "$34,600.99", "$31,284.23", "$98,270.13", "1 day left"):
        assert figure in text, figure
    assert "Sources and method" in text
    # Every folded part prints open, with no "Show ..." line that paper cannot press: the
    # signs a lawyer weighs, the questions to ask and each rule's sources.
    assert "(pretext)" in text and "will your state treat it as quitting" in text
    assert "29 U.S.C. 2617(c)(1)" in text
    assert "Show " not in text
    # And no element reaches past the printed page's width.
    overflow = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth + 1;
            return [...document.querySelectorAll('.report *')]
              .filter(e => e.getBoundingClientRect().right > width)
              .map(e => e.tagName + '.' + e.className).slice(0, 5);
        }"""
    )
    assert overflow == []


def test_a_browser_that_cannot_print_closed_folds_has_them_opened_for_the_printout(page):
    open_an_imported_report(page, "folder", "amazon-focus-pivot.json")
    closed = "document.querySelectorAll('details:not([open])').length"
    before = page.evaluate(closed)
    assert before > 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(closed) == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(closed) == before
