"""The results page on a 390 x 844 phone: what to do next first, nothing sideways, no split
figure."""

import pytest

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import open_an_imported_report

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Every amount ("$39,692.31") and every written date ("Nov. 23, 2026", "July 20, 2026") in
# the report, each checked as one run of text: a range over it that the browser lays out on
# two lines has two boxes; one whose right edge is past its scrolling box (a table's, or the
# screen) is cut off, its last digits out of sight.
SPLIT_FIGURES = (
    r"""() => {
    const pattern = /\$[\d,]+\.\d\d|\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)"""
    r"""\.? \d{1,2}, \d{4}/g;
    const walker = document.createTreeWalker(
        document.querySelector('.report'), NodeFilter.SHOW_TEXT);
    const split = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !parent.getClientRects().length) continue;  // folded or hidden
        for (const match of node.data.matchAll(pattern)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) split.push(match[0] + " in " + parent.tagName);
            const box = parent.closest('.table-scroll');
            const edge = box ? box.getBoundingClientRect().right : window.innerWidth;
            if (range.getBoundingClientRect().right > Math.min(edge, window.innerWidth) + 1)
                split.push(match[0] + " cut off in " + parent.tagName);
        }
    }
    return split;
}"""
)


def open_the_example_report(page) -> None:
    open_an_imported_report(page, "phone", "amazon-focus-pivot.json")


def test_on_a_phone_the_next_thing_to_do_is_on_the_first_screen(page):
    page.set_viewport_size(PHONE)
    open_the_example_report(page)
    callout = page.locator(".report-next")
    # The example's Pivot meeting was Monday Nov. 16, 2026; five business days to choose,
    # not counting the meeting day, end on Monday Nov. 23, one day after the as-of date.
    assert "Choose: Pivot offer or improvement plan" in callout.inner_text()
    assert "Nov. 23, 2026" in callout.inner_text()
    assert "1 day left" in callout.inner_text()
    box = callout.bounding_box()
    assert box is not None and box["y"] + 60 < PHONE["height"], box
    # It opens the results: before the summary, the facts and the money.
    order = page.evaluate(
        """() => ['.report-next', '#sec-summary', '#sec-facts', '#sec-money']
            .map(s => document.querySelector(s).getBoundingClientRect().top)"""
    )
    assert order == sorted(order)


def test_on_a_phone_the_whole_report_fits_in_twelve_screens_with_sources_folded(page):
    page.set_viewport_size(PHONE)
    open_the_example_report(page)
    assert not page.locator(".sources-fold").evaluate("d => d.open")
    screenshot(page, "results-phone")
    page.set_viewport_size(PHONE)
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 12 * PHONE["height"], height / PHONE["height"]


def test_on_a_phone_nothing_scrolls_sideways_and_no_figure_breaks(page):
    page.set_viewport_size(PHONE)
    open_the_example_report(page)
    assert not has_horizontal_scroll(page)
    # The chart becomes a vertical timeline: every mark in view, none cut off on the right.
    beyond = page.evaluate(
        """() => [...document.querySelectorAll('.report *')]
            .filter(e => e.getClientRects().length
                         && e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
    )
    assert beyond == []
    assert page.evaluate(SPLIT_FIGURES) == []
    # Every fold opened (the timeline, the pairs, the vests, the sources, each deadline's
    # dates...): still nothing sideways, every figure whole, and the timeline is a vertical
    # list of all its marks.
    for summary in page.locator(".section-fold > summary, .runs-fold > summary").all():
        summary.click()
    assert not has_horizontal_scroll(page)
    assert page.evaluate(SPLIT_FIGURES) == []
    marks = page.locator(".timeline-table tbody tr")
    assert marks.count() >= 11  # 2 activities and 9 events, then the stage lines
    first, second = marks.nth(0).bounding_box(), marks.nth(1).bounding_box()
    assert first and second and second["y"] >= first["y"] + first["height"] - 1
    assert first["x"] + first["width"] <= PHONE["width"]
    assert axe_violations(page) == []
    screenshot(page, "results-phone-open")
