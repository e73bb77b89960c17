"""The as-of banner: a chosen date in the past is said, and one click counts from today."""

import pytest

from .a11y import axe_violations, has_horizontal_scroll
from .journeys import log_in, open_an_imported_report

pytestmark = pytest.mark.browser


def test_a_past_chosen_date_is_said_and_one_click_counts_from_today(page, page_without_js):
    open_an_imported_report(page, "asof", "generic-pip.json")
    banner = page.locator(".as-of-banner")
    assert "the date you chose, not from today" in banner.inner_text()
    assert "the date you chose, Nov. 22, 2026" in page.inner_text(".report-facts")
    # The money summary names no best path and says what severance is paid for.
    summary = page.inner_text(".report-summary")
    assert "Best outcome" not in summary
    assert "release of claims, including the claims in this report" in summary
    assert axe_violations(page) == []
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert not has_horizontal_scroll(page), width

    # Without JavaScript the button is a plain form post.
    results = page.url
    log_in(page_without_js, "asof")
    page_without_js.goto(results)
    page_without_js.click(".as-of-banner button:has-text('Count from today')")
    page_without_js.wait_for_url(results)
    assert page_without_js.locator(".as-of-banner").count() == 0
    assert "today, " in page_without_js.inner_text(".report-facts")
    # No axe run here: a page without JavaScript cannot run it (the evaluation never returns),
    # and the same page with JavaScript was checked above.
