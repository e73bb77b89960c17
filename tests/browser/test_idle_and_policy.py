"""In a real browser: the security policy blocks nothing of pipv's own, and an idle session
warns before it ends."""

import pytest
from playwright.sync_api import expect

from .journeys import sign_up

pytestmark = pytest.mark.browser


def test_the_content_security_policy_blocks_nothing_pipv_does(page):
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    sign_up(page, "careful")
    # htmx from its nonce'd script: an inline check when a field is left...
    page.fill("#id_base_salary_annual", "165,OOO")
    page.keyboard.press("Tab")
    expect(page.locator("#id_base_salary_annual_error")).to_contain_text("Enter an amount")
    page.fill("#id_base_salary_annual", "165,000")
    page.fill("#id_employer", "Amazon")
    page.check("#id_process_0")
    page.select_option("#id_work_state", "WA")
    page.fill("#id_start_date", "2021-06-14")
    page.check("#id_age_40_or_over_1")
    page.select_option("#id_immigration_status", "citizen_or_permanent_resident")
    page.click("button:has-text('Save and continue')")
    # ...and an item added in place, without a page load.
    page.select_option("#id_activities-new-kind", "fmla_request")
    page.fill("#id_activities-new-date", "2026-08-04")
    page.check("#id_activities-new-in_writing_0")
    page.check("#id_activities-new-decision_maker_knew_0")
    page.click("#add-activities button[value='add:activities']")
    expect(page.locator("#list-activities .item")).to_have_count(1)
    page.goto("/account/")
    assert refused == []


def test_an_idle_session_warns_first_and_stay_logged_in_keeps_it(page, settings):
    # Four seconds instead of thirty minutes: the warning comes at half-time (two seconds).
    settings.SESSION_COOKIE_AGE = 4
    sign_up(page, "dozer")
    page.fill("#id_employer", "Typed, not saved yet")
    warning = page.locator("#idle-warning")
    expect(warning).to_be_visible()
    expect(warning.get_by_role("button", name="Stay logged in")).to_be_focused()
    page.keyboard.press("Enter")
    expect(warning).to_be_hidden()
    # The page stayed where it was, with what was typed.
    assert page.input_value("#id_employer") == "Typed, not saved yet"
    assert "/step/job/" in page.url

    # Nobody answers the next warning: the page reloads into the log-in page.
    page.wait_for_url("**/account/login/**", timeout=15_000)
    expect(page.locator("h1")).to_have_text("Log in")
