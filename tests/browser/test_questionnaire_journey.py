"""A new user's journey in a real browser: sign up, answer, leave, come back, resume."""

import pytest

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import sign_up

pytestmark = pytest.mark.browser


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
    page.click("button:has-text('Save and continue')")
    assert "Step 3 of 7: Protected activity" in page.inner_text(".progress-count")

    # An item is added in place: the page is not reloaded.
    page.evaluate("window.notReloaded = true")
    page.select_option("#id_activities-new-kind", "fmla_request")
    page.fill("#id_activities-new-date", "2026-08-04")
    page.check("#id_activities-new-in_writing_0")
    page.check("#id_activities-new-decision_maker_knew_0")
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
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert axe_violations(page) == []


def test_items_work_without_javascript(page_without_js):
    page = page_without_js
    sign_up(page, "nojs")
    page.goto(page.url.replace("/job/", "/events/"))
    page.select_option("#id_events-new-kind", "negative_feedback")
    page.fill("#id_events-new-date", "2026-09-02")
    page.click("button:has-text('Add an event')")
    assert page.is_visible("#list-events .item:has-text('Negative feedback')")
    page.click("#list-events .item a:has-text('Change')")
    page.fill("#list-events .item input[name$='-by']", "manager")
    page.click("#list-events .item button:has-text('Save')")
    assert page.is_visible("#list-events .item:has-text('manager')")
    page.click("#list-events .item button:has-text('Remove')")
    assert page.is_visible("text=None yet")


def test_the_questionnaire_fits_a_phone(page):
    sign_up(page, "phone")
    for slug in ("job", "events", "pay", "review"):
        page.goto(page.url.rsplit("/step/", 1)[0] + f"/step/{slug}/")
        page.set_viewport_size({"width": 390, "height": 800})
        assert not has_horizontal_scroll(page), slug
