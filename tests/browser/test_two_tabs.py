"""Two tabs on one case in a real browser: the tab that saves first wins, the other is told.

What the server does is in tests/cases/test_stale_edits.py; here, that pipv.js keeps one tab's
own saves (a field's check, an item added in place) from ever looking like another tab's.
"""

import pytest
from playwright.sync_api import expect

from .a11y import axe_violations
from .journeys import sign_up, step_url

pytestmark = pytest.mark.browser

CHANGED = "This case was changed in another tab or window since you opened this page."


def test_the_older_tab_is_refused_and_shown_the_newer_answers(page):
    sign_up(page, "twotabs")
    second = page.context.new_page()
    second.goto(page.url)

    # The first tab saves a field as it is left, adds nothing else, and moves on: its own
    # save never counts against it.
    page.fill("#id_employer", "Amazon Web Services")
    with page.expect_response("**/check/") as checked:
        page.keyboard.press("Tab")
    assert checked.value.status == 200
    page.fill("#id_employer", "Amazon")
    page.click("#step-form button[value='continue']")
    page.wait_for_selector("#error-summary")
    assert CHANGED not in page.inner_text("main")

    # The second tab, loaded before either save, changes the same answer.
    second.fill("#id_employer", "Amazon Retail")
    second.keyboard.press("Tab")
    notice = second.locator("#stale-notice")
    expect(notice).to_contain_text(CHANGED)
    expect(notice).to_be_focused()
    expect(notice).to_contain_text("Amazon Retail")
    assert second.input_value("#id_employer") == "Amazon"
    assert axe_violations(second) == []

    # Typed again, now on the newest version, it is saved.
    second.fill("#id_employer", "Amazon Retail")
    second.click("#step-form button[value='continue']")
    second.wait_for_selector("#error-summary")
    assert CHANGED not in second.inner_text("main")
    page.goto(page.url)
    assert page.input_value("#id_employer") == "Amazon Retail"


def test_items_added_in_place_keep_the_tab_current(page):
    sign_up(page, "items", to_step="activities")
    page.on("dialog", lambda dialog: dialog.accept())  # "Remove this item?"
    for count, day in enumerate(("2026-08-04", "2026-08-20"), start=1):
        page.select_option("#id_activities-new-kind", "fmla_request")
        page.fill("#id_activities-new-date", day)
        page.check("#id_activities-new-in_writing_0")
        page.check("#id_activities-new-decision_maker_knew_0")
        page.click("#add-activities button[value='add:activities']")
        expect(page.locator("#list-activities .item")).to_have_count(count)
    page.click("#list-activities .item >> nth=0 >> button:has-text('Remove')")
    expect(page.locator("#list-activities .item")).to_have_count(1)
    page.click("#step-form button[value='continue']")
    page.wait_for_url(step_url(page, "events"))
