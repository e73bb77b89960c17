"""A new user's journey in a real browser: sign up, answer, leave, come back, resume."""

import pytest
from playwright.sync_api import expect

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import (
    EXAMPLES,
    import_case_file,
    sign_up,
    start_a_case,
    step_url,
    type_activity,
)

pytestmark = pytest.mark.browser

STEPS = ("before", "job", "visa", "activities", "events", "pay", "severance", "offer", "review")


def test_a_new_user_answers_leaves_and_resumes(page):
    sign_up(page)
    assert "Step 2 of 7: Your job" in page.inner_text(".progress-count")
    assert axe_violations(page) == []
    page.fill("#id_employer", "Amazon")
    page.check("#id_process_0")
    page.select_option("#id_work_state", "WA")
    page.fill("#id_start_date", "2021-06-14")
    # Inline check when the field is left: the message appears, the typing stays.
    page.fill("#id_base_salary_annual", "165,OOO")
    page.keyboard.press("Tab")
    page.wait_for_selector("#id_base_salary_annual_error:has-text('Enter an amount')")
    assert page.input_value("#id_base_salary_annual") == "165,OOO"
    page.fill("#id_base_salary_annual", "$165,000")
    page.keyboard.press("Tab")
    page.wait_for_selector("#id_base_salary_annual_error:empty", state="attached")
    page.check("#id_age_40_or_over_1")
    page.select_option("#id_immigration_status", "citizen_or_permanent_resident")
    # The click starts the next page's load; wait for it rather than read the old page.
    page.click("button:has-text('Save and continue')")
    expect(page.locator(".progress-count")).to_contain_text("Step 3 of 7: Protected activity")

    # An item is added in place: the page is not reloaded.
    page.evaluate("window.notReloaded = true")
    type_activity(page)
    page.click("button:has-text('Add a protected activity')")
    page.wait_for_selector("#list-activities .item:has-text('Asked for FMLA leave')")
    assert page.evaluate("window.notReloaded") is True
    assert axe_violations(page) == []
    screenshot(page, "questionnaire-activities")

    # Leave, come back: resume lands where the user left.
    page.click("button:has-text('Log out')")
    page.goto("/account/login/")
    page.fill("#id_username", "newcomer")
    page.fill("#id_password", "a calm long phrase 42")
    page.click("main button:has-text('Log in')")
    page.click("a.button:has-text('Continue')")
    assert "Step 3 of 7: Protected activity" in page.inner_text(".progress-count")
    assert page.is_visible("#list-activities .item:has-text('Asked for FMLA leave')")


def test_an_invalid_step_moves_focus_to_the_error_summary(page):
    sign_up(page, "hasty")
    page.click("button:has-text('Save and continue')")
    page.wait_for_load_state()
    # pipv.js moves focus once the page has loaded (or htmx has settled), a moment
    # after the summary is there.
    expect(page.locator("#error-summary")).to_be_focused()
    assert axe_violations(page) == []


def test_items_work_without_javascript(page_without_js):
    page = page_without_js
    sign_up(page, "nojs")
    page.goto(page.url.replace("/job/", "/events/"))
    page.select_option("#id_events-new-kind", "negative_feedback")
    page.fill("#id_events-new-date", "2026-09-02")
    page.click("button:has-text('Add an event')")
    assert page.is_visible("#list-events .item:has-text('Negative feedback')")
    page.click("#list-events .item button:has-text('Change')")
    page.fill("#list-events .item input[name$='-by']", "manager")
    page.click("#list-events .item button:has-text('Save')")
    assert page.is_visible("#list-events .item:has-text('manager')")
    page.click("#list-events .item button:has-text('Remove')")
    # No dialog without JavaScript: a page names the item and asks first.
    assert page.is_visible("h1:has-text('Remove this item?')")
    assert page.is_visible("main .item:has-text('manager')")
    page.click("main form button:has-text('Remove')")
    assert page.is_visible("text=None yet")


def fits(page, name: str) -> None:
    """No sideways scrolling on a phone, or at 200% zoom: a 1280 x 900 window zoomed to
    200% lays out like a 640 x 450 one."""
    for width, height in ((390, 800), (640, 450)):
        page.set_viewport_size({"width": width, "height": height})
        assert not has_horizontal_scroll(page), (name, width)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_every_step_fits_a_phone_and_200_percent_zoom(page):
    # "Before you start", which a new case opens on, before anything is answered.
    start_a_case(page, "phone")
    assert "Before you start" in page.inner_text(".progress-count")
    assert axe_violations(page) == []
    screenshot(page, "questionnaire-before")
    fits(page, "before")

    # The review of a case with nothing answered lists what still needs a look.
    page.goto(step_url(page, "review"))
    page.wait_for_selector("#error-summary")
    assert axe_violations(page) == []
    screenshot(page, "questionnaire-review-problems")
    fits(page, "review-problems")

    # Every step of a complete case, the visa and the offer included (the example is on an
    # H-1B visa and holds a written offer).
    import_case_file(page, EXAMPLES / "amazon-focus-pivot.json")
    page.wait_for_url("**/step/review/")
    for slug in STEPS:
        page.goto(step_url(page, slug))
        assert page.url.endswith(f"/step/{slug}/"), slug
        fits(page, slug)
