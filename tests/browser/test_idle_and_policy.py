"""In a real browser: the security policy blocks nothing of pipv's own, and an idle session
warns before it ends."""

import pytest
from playwright.sync_api import expect

from .journeys import PASSWORD, fill_the_job_step, sign_up, type_activity

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
    fill_the_job_step(page, salary="165,000")
    page.click("button:has-text('Save and continue')")
    # ...and an item added in place, without a page load.
    type_activity(page)
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


def test_typing_keeps_the_session_so_a_long_answer_is_never_reloaded_away(page, settings):
    # Six seconds instead of thirty minutes: a silent page warns after three. Typing restarts
    # the count at most every 1.5 s here (a quarter of the time), once a minute for real.
    settings.SESSION_COOKIE_AGE = 6
    sign_up(page, "slowwriter")
    warning = page.locator("#idle-warning")
    field = page.locator("#id_employer")
    field.click()
    # Eleven seconds of slow typing: almost twice the time a silent page is given.
    for letter in "Typed slowly, word by word":
        page.keyboard.type(letter)
        page.wait_for_timeout(550)
        assert warning.is_hidden()
    assert "/step/job/" in page.url
    assert page.input_value("#id_employer") == "Typed slowly, word by word"
    # Still logged in: the step saves, no log-in page.
    page.reload()
    assert "/step/job/" in page.url


def test_what_was_typed_on_a_step_outlives_an_idle_session(page, settings):
    # Eight seconds instead of thirty minutes; nobody answers the warning. The typing is sent
    # two seconds before the end, room enough for a busy machine.
    settings.SESSION_COOKIE_AGE = 8
    sign_up(page, "walked-away")
    page.fill("#id_employer", "Typed, then walked away")
    page.wait_for_url("**/account/login/**", timeout=20_000)
    settings.SESSION_COOKIE_AGE = 1800
    page.fill("#id_username", "walked-away")
    page.fill("#id_password", PASSWORD)
    page.click("main button:has-text('Log in')")
    page.wait_for_url("**/step/job/")
    assert page.input_value("#id_employer") == "Typed, then walked away"


def log_in_and_save_what_was_kept(page, name: str) -> None:
    """On the log-in page that holds what was typed: log in, then save it."""
    expect(page.locator("main")).to_contain_text("Your session ended")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("main button:has-text('Log in')")
    expect(page.locator("h1")).to_have_text("Save what you typed")
    page.click("button:has-text('Save what I typed')")


def test_without_javascript_an_answer_sent_after_the_session_ended_is_kept(page_without_js):
    """Nothing warns without JavaScript: a story typed for longer than the idle time is sent
    with no session. The log-in page holds it, and the next page saves it."""
    from django.contrib.sessions.models import Session

    page = page_without_js
    sign_up(page, "slow-no-js", to_step="activities")
    story = "My manager read my leave request aloud in the team meeting.\nSecond line."
    type_activity(page, notes=story)
    Session.objects.all().delete()  # the idle time has passed
    page.click("#add-activities button[value='add:activities']")

    expect(page.locator("h1")).to_have_text("Log in")
    log_in_and_save_what_was_kept(page, "slow-no-js")

    page.wait_for_url("**/step/activities/**")
    item = page.locator("#list-activities .item")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("My manager read my leave request aloud")


def test_typing_sent_too_late_by_the_idle_time_out_is_kept_through_the_log_in(page, settings):
    # A computer asleep: the session ended on the server before idle.js's last send, which
    # then reaches no session. It takes the person to the log-in page holding the typing.
    from django.contrib.sessions.models import Session

    settings.SESSION_COOKIE_AGE = 8
    sign_up(page, "fell-asleep")
    page.fill("#id_employer", "Typed, then the lid closed")
    page.wait_for_timeout(1_000)  # the typing's keep-alive has come and gone
    Session.objects.all().delete()
    expect(page.locator("#id_password")).to_be_visible(timeout=20_000)
    settings.SESSION_COOKIE_AGE = 1800
    log_in_and_save_what_was_kept(page, "fell-asleep")
    page.wait_for_url("**/step/job/")
    assert page.input_value("#id_employer") == "Typed, then the lid closed"


def test_a_field_left_after_the_session_ended_shows_the_log_in_page_holding_the_step(page):
    # Leaving a field checks it with htmx. With no session left, the answer is the log-in
    # page, shown whole (not in the field's error slot), holding what was typed on the step.
    from django.contrib.sessions.models import Session

    sign_up(page, "back-from-lunch")
    page.fill("#id_employer", "Typed after lunch")
    Session.objects.all().delete()
    page.keyboard.press("Tab")
    expect(page.locator("#id_password")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Log in")
    log_in_and_save_what_was_kept(page, "back-from-lunch")
    page.wait_for_url("**/step/job/")
    assert page.input_value("#id_employer") == "Typed after lunch"


def test_typing_held_by_a_log_in_page_outlives_reloading_it_and_the_offer(page):
    """htmx puts the log-in page in the step's place, at the step's address: a reload asked
    for the step and the log-in page that came back held nothing. The offer after the log-in
    was the answer to its post: a reload sent the log-in again and got "Forbidden". Both
    reloads now keep what was typed."""
    from django.contrib.sessions.models import Session

    sign_up(page, "reloader")
    page.fill("#id_employer", "Typed, then reloaded")
    Session.objects.all().delete()
    page.keyboard.press("Tab")
    expect(page.locator("#id_password")).to_be_visible()

    page.reload()
    expect(page.locator("h1")).to_have_text("Log in")
    expect(page.locator("main")).to_contain_text("Your session ended")
    page.fill("#id_username", "reloader")
    page.fill("#id_password", PASSWORD)
    page.click("main button:has-text('Log in')")
    expect(page.locator("h1")).to_have_text("Save what you typed")
    page.reload()
    expect(page.locator("h1")).to_have_text("Save what you typed")
    expect(page.locator("main")).to_contain_text("Typed, then reloaded")
    page.click("button:has-text('Save what I typed')")
    page.wait_for_url("**/step/job/")
    assert page.input_value("#id_employer") == "Typed, then reloaded"
    # Taken by the log-in: a later log-in page in this tab offers nothing.
    page.context.clear_cookies()
    page.goto("/account/login/")
    expect(page.locator("#kept-notice")).to_be_hidden()
    assert page.locator("input[name=kept]").count() == 0
