"""Mistakes: each gets a clear message beside its field and in the summary, and nothing
already saved is lost."""

import pytest
from playwright.sync_api import expect

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import fill_the_job_step, import_case_file, sign_up, step_url

pytestmark = pytest.mark.browser


def answer_the_job_step(page):
    fill_the_job_step(page)
    page.click("button:has-text('Save and continue')")
    page.wait_for_url("**/step/activities/")


def test_an_impossible_date_and_a_negative_salary_are_explained_and_lose_nothing(page):
    sign_up(page, "slip")
    answer_the_job_step(page)
    page.goto(step_url(page, "job"))

    # Browsers without a date picker show a plain text box, where anything can be typed.
    page.evaluate("document.querySelector('#id_start_date').type = 'text'")
    page.fill("#id_start_date", "2026-13-01")
    page.fill("#id_base_salary_annual", "-5000")
    page.click("button:has-text('Save and continue')")
    page.wait_for_selector("#error-summary")

    summary = page.inner_text("#error-summary")
    assert "First day at this employer: Enter a real date" in summary
    assert "Base salary per year, in US dollars: Enter an amount without a minus sign" in summary
    assert "Enter a real date" in page.inner_text("#id_start_date_error")
    assert "without a minus sign" in page.inner_text("#id_base_salary_annual_error")
    # Each message is read out with its field, and the summary links to it.
    assert "id_base_salary_annual_error" in page.get_attribute(
        "#id_base_salary_annual", "aria-describedby"
    )
    assert page.get_attribute("#error-summary a[href='#id_start_date']", "href")
    # What was typed stays in the boxes, to be corrected rather than typed again.
    assert page.input_value("#id_base_salary_annual") == "-5000"
    assert axe_violations(page) == []
    screenshot(page, "mistakes-job")

    # The answers saved before the mistakes are still in the case; what was typed wrong is
    # kept beside them as a draft to correct, not written over them.
    saved = page.request.get(case_url(page) + "export/").json()
    assert saved["employment"]["start_date"] == "2021-06-14"
    assert saved["employment"]["base_salary_annual"] == "165000.00"
    page.goto(step_url(page, "job"))
    assert page.input_value("#id_employer") == "Amazon"
    assert page.input_value("#id_base_salary_annual") == "-5000"


def test_a_future_event_is_refused_next_to_its_date(page):
    sign_up(page, "future")
    answer_the_job_step(page)
    page.goto(step_url(page, "events"))
    page.select_option("#id_events-new-kind", "negative_feedback")
    page.fill("#id_events-new-date", "2099-01-05")
    page.click("button:has-text('Add an event')")
    page.wait_for_selector("#list-events .error-summary")
    assert page.inner_text("#id_events-new-date_error").strip() != ""
    # pipv.js moves focus once the page has loaded (or htmx has settled), a moment
    # after the summary is there.
    expect(page.locator("#error-summary")).to_be_focused()
    # Nothing half-made was added to the list.
    assert page.is_visible("#list-events .empty")
    # The message inside the list is as accessible as a whole page's, and fits a phone.
    assert axe_violations(page) == []
    screenshot(page, "mistakes-event")
    page.set_viewport_size({"width": 390, "height": 800})
    assert not has_horizontal_scroll(page)


def test_a_malformed_import_is_explained_and_changes_nothing(page, tmp_path):
    sign_up(page, "importer")
    answer_the_job_step(page)
    broken = tmp_path / "my case.json"
    broken.write_text('{"format": "pipv.case/1", "employment": {', encoding="utf-8")

    import_case_file(page, broken)
    page.wait_for_selector("#error-summary")
    assert "“my case.json” was not imported" in page.inner_text("#error-summary")
    assert "This file is damaged or was changed by hand" in page.inner_text("#error-summary")
    assert "problem" in page.inner_text("#id_case_file_error")
    # pipv.js moves focus once the page has loaded (or htmx has settled), a moment
    # after the summary is there.
    expect(page.locator("#error-summary")).to_be_focused()
    assert axe_violations(page) == []
    screenshot(page, "mistakes-import")

    # The case already there is untouched, and no new one appeared.
    page.goto("/cases/")
    assert page.locator(".case-card").count() == 1
    assert page.inner_text(".case-card h2") == "Plan A"
    saved = page.request.get(page.get_attribute(".case-card h2 a", "href") + "export/").json()
    assert saved["employment"]["employer"] == "Amazon"


def case_url(page) -> str:
    return page.url.rsplit("/step/", 1)[0] + "/"


def test_a_half_erased_date_never_clears_the_saved_answer(page):
    """A date with its year erased is sent by the browser as nothing, which would clear the
    saved day: the page stops there and says so, as the field is left and on the way out."""
    sign_up(page, "half-date")
    fill_the_job_step(page)
    page.fill("#id_manager_change_date", "2026-03-01")
    page.click("button:has-text('Save and continue')")
    page.wait_for_url("**/step/activities/")
    page.goto(step_url(page, "job"))
    date = page.locator("#id_manager_change_date")
    date.click()
    page.keyboard.press("Backspace")
    assert date.evaluate("e => e.validity.badInput")
    page.keyboard.press("Tab")  # left: its check is not sent
    page.click("button:has-text('Save and continue')")
    expect(date).to_be_focused()
    assert page.url.endswith("/step/job/")
    page.goto(step_url(page, "job"))
    expect(page.locator("#id_manager_change_date")).to_have_value("2026-03-01")


def save_a_manager_change_and_reopen_the_job_step(page, name: str) -> None:
    sign_up(page, name)
    fill_the_job_step(page)
    page.fill("#id_manager_change_date", "2026-03-01")
    page.click("button:has-text('Save and continue')")
    page.wait_for_url("**/step/activities/")
    page.goto(step_url(page, "job"))


def saved_job(page) -> dict:
    return page.request.get(case_url(page) + "export/").json()["employment"]


def test_leaving_another_field_never_clears_a_half_erased_date(page):
    """Leaving a field checks it and sends the whole step: a date half erased elsewhere on it
    went as nothing and was cleared, unseen. It goes as it last could be read."""
    save_a_manager_change_and_reopen_the_job_step(page, "half-date-elsewhere")
    date = page.locator("#id_manager_change_date")
    # Changed on this page first (its own check saves it), then half erased.
    date.fill("2026-04-02")
    with page.expect_response(lambda r: "/step/job/check/" in r.url):
        page.keyboard.press("Tab")
    date.click()
    page.keyboard.press("Backspace")
    assert date.evaluate("e => e.validity.badInput")

    page.fill("#id_employer", "Amazon.com")
    with page.expect_response(lambda r: "/step/job/check/" in r.url):
        page.keyboard.press("Tab")  # the employer's check saves the step
    saved = saved_job(page)
    assert saved["employer"] == "Amazon.com"
    assert saved["manager_change_date"] == "2026-04-02"


@pytest.mark.parametrize("button", ["Save and continue", "Back"])
def test_without_javascript_a_half_erased_date_stops_the_step_and_clears_nothing(
    page_without_js, button
):
    """Without JavaScript the browser sent a half-erased date as nothing, and the saved day
    was cleared without a word. The browser now stops there and says so at the field; what
    else was typed stays on the page to send once the date is put right."""
    page = page_without_js
    save_a_manager_change_and_reopen_the_job_step(page, "half-date-no-js")
    date = page.locator("#id_manager_change_date")
    date.click()
    page.keyboard.press("Backspace")
    page.fill("#id_employer", "Amazon.com")
    page.get_by_role("button", name=button, exact=True).click()

    expect(date).to_be_focused()
    assert date.evaluate("e => e.validity.badInput && e.validationMessage !== ''")
    assert page.url.endswith("/step/job/")
    assert page.input_value("#id_employer") == "Amazon.com"
    assert saved_job(page)["manager_change_date"] == "2026-03-01"

    # Put right (here: the whole date erased, an optional answer cleared on purpose), it goes.
    date.fill("")
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_url("**/step/activities/" if button != "Back" else "**/step/before/")
    saved = saved_job(page)
    assert saved["employer"] == "Amazon.com"
    assert "manager_change_date" not in saved


def test_a_one_line_answer_pasted_whole_is_never_cut_by_the_browser(page):
    """A one-line box had a maxlength: the browser cut a paste there without a word, and it
    counts an emoji as two characters, so 150 of them (within pipv's 200) lost a third."""
    sign_up(page, "pasted-by")
    answer_the_job_step(page)
    page.goto(step_url(page, "events"))
    page.select_option("#id_events-new-kind", "negative_feedback")
    page.fill("#id_events-new-date", "2026-09-02")
    said = "😀" * 150
    page.focus("#id_events-new-by")
    page.keyboard.insert_text(said)  # as a paste sends it
    page.click("#add-events button[value='add:events']")
    expect(page.locator("#list-events .item")).to_have_count(1)
    saved = page.request.get(case_url(page) + "export/").json()
    assert saved["events"][0]["by"] == said

    # Past the limit, it is all sent, and the page says so with every character kept.
    too_long = "my manager, with the HR partner who ran the meeting; " * 5
    page.select_option("#id_events-new-kind", "negative_feedback")
    page.fill("#id_events-new-date", "2026-09-03")
    page.focus("#id_events-new-by")
    page.keyboard.insert_text(too_long)
    page.click("#add-events button[value='add:events']")
    expect(page.locator("#id_events-new-by_error")).to_contain_text("at most 200 characters")
    assert page.input_value("#id_events-new-by") == too_long


def test_an_unreadable_grant_date_in_its_closed_box_is_shown_not_a_silent_stop(page):
    """The grant's fields sit in a box that can be closed. A date half typed there, then the
    box closed: the browser stopped Save and continue without a word, as it cannot show its
    message on a hidden field. The box opens on the date instead."""
    sign_up(page, "grant-closed")
    answer_the_job_step(page)
    page.goto(step_url(page, "pay"))
    page.click("#list-vests summary")
    date = page.locator("#list-vests .grant input[name$='date']")
    date.focus()
    page.keyboard.type("03")  # the month only
    page.click("#list-vests summary")  # closed again
    page.click("#step-form button[value='continue']")
    expect(page.locator("#list-vests details.grant")).to_have_attribute("open", "")
    expect(date).to_be_focused()
    assert page.url.endswith("/step/pay/")
