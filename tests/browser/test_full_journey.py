"""The whole journey of a new user, with JavaScript and without it.

Sign up, answer every step (adding, changing and removing items with the list controls),
reach the review, change an answer from the review and come back to it, open the results,
download the PDF and the calendar, export the case, log out, log back in and resume.
Every page reached is checked with axe and photographed at desktop and phone widths.
"""

import json

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import add_vests_from_grant, fill_the_job_step, log_in, sign_up

pytestmark = pytest.mark.browser


class Journey:
    """One user's walk through pipv; ``js`` says whether htmx is there to help."""

    def __init__(self, page, name: str, js: bool):
        self.page = page
        self.name = name
        self.js = js
        if js:
            # "Remove this item?" is asked with the browser's own dialog.
            page.on("dialog", lambda dialog: dialog.accept())

    def check_page(self, shot: str) -> None:
        page = self.page
        # axe-core needs the page's own timers, which a page without JavaScript never runs;
        # the journey with JavaScript checks the same pages.
        if self.js:
            assert axe_violations(page) == [], shot
        screenshot(page, f"{shot}{'' if self.js else '-nojs'}")
        page.set_viewport_size({"width": 390, "height": 900})
        assert not has_horizontal_scroll(page), shot
        page.set_viewport_size({"width": 1280, "height": 900})

    def at_step(self, title: str) -> None:
        self.page.wait_for_selector(f".progress-count:has-text('{title}')")

    def continue_(self) -> None:
        self.page.click("#step-form button[value='continue']")

    def list_item(self, kind: str, text: str):
        return self.page.locator(f"#list-{kind} .item", has_text=text)

    def add(self, kind: str, button: str, fields: dict[str, str]) -> None:
        page = self.page
        before = self.count(kind)
        for suffix, value in fields.items():
            selector = f"#id_{kind}-new-{suffix}"
            tag = page.evaluate("(s) => document.querySelector(s).tagName", selector)
            if tag == "DIV":  # a group of radio buttons
                page.check(f"{selector} input[value='{value}']")
            elif tag == "SELECT":
                page.select_option(selector, value)
            else:
                page.fill(selector, value)
        page.click(f"#add-{kind} button[value='add:{kind}']")
        self.wait_for_count(kind, before + 1)

    def count(self, kind: str) -> int:
        return self.page.locator(f"#list-{kind} .item").count()

    def wait_for_count(self, kind: str, count: int) -> None:
        try:
            # A locator assertion, not wait_for_function: the page's Content-Security-Policy
            # forbids the eval() that a JavaScript string predicate needs.
            expect(self.page.locator(f"#list-{kind} .item")).to_have_count(count)
        except Exception:
            screenshot(self.page, f"failed-{kind}")
            raise

    def change(
        self, kind: str, text: str, field: str, value: str, shows: str, check: str = ""
    ) -> None:
        page = self.page
        self.settled()
        self.list_item(kind, text).locator("button:has-text('Change')").click()
        if check:
            # The item's form, opened in place (or on its own page without JavaScript).
            page.wait_for_selector(f"#list-{kind} .item .item-edit input[name$='-{field}']")
            self.check_page(check)
        page.fill(f"#list-{kind} .item .item-edit input[name$='-{field}']", value)
        page.click(f"#list-{kind} .item .item-edit button:has-text('Save')")
        self.list_item(kind, shows).wait_for()

    def settled(self) -> None:
        """Wait until htmx has finished swapping a list in: a click on a button it has not
        yet wired up would be lost."""
        if self.js:
            self.page.wait_for_selector(
                ".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added", state="detached"
            )

    def remove(self, kind: str, text: str) -> None:
        self.settled()
        before = self.count(kind)
        self.list_item(kind, text).locator("button:has-text('Remove')").click()
        if not self.js:
            # No dialog without JavaScript: a page asks first.
            expect(self.page.locator("h1")).to_have_text("Remove this item?")
            self.page.click("main form button:has-text('Remove')")
        self.wait_for_count(kind, before - 1)

    def walk(self) -> None:
        page = self.page
        sign_up(page, self.name)
        self.at_step("Your job")
        self.check_page("journey-job")
        page.fill("#id_employee_name", "Dana Q. Example")
        fill_the_job_step(page, salary="$165,000", over_40=True, immigration="h1b")
        page.fill("#id_last_review_date", "2026-03-01")
        page.select_option("#id_last_review_rating", "meets")
        page.fill("#id_as_of", "2026-11-20")
        self.continue_()

        self.at_step("Your visa")
        self.check_page("journey-visa")
        page.fill("#id_visa_valid_until", "2028-09-30")
        self.continue_()

        self.at_step("Protected activity")
        self.add(
            "activities",
            "Add a protected activity",
            {"kind": "fmla_request", "date": "2026-08-04", "in_writing": "yes"}
            | {"decision_maker_knew": "yes"},
        )
        self.add(
            "activities",
            "Add a protected activity",
            {"kind": "wage_complaint", "date": "2026-08-20", "in_writing": "no"}
            | {"decision_maker_knew": "unknown"},
        )
        self.change("activities", "FMLA", "date", "2026-08-05", shows="Aug. 5, 2026")
        self.remove("activities", "pay")
        assert page.locator("#list-activities .item").count() == 1
        self.check_page("journey-activities")
        self.continue_()

        self.at_step("What happened at work")
        self.add("events", "Add an event", {"kind": "negative_feedback", "date": "2026-09-02"})
        self.add("events", "Add an event", {"kind": "focus_entry", "date": "2026-09-21"})
        self.add("events", "Add an event", {"kind": "award", "date": "2026-09-10"})
        self.change(
            "events",
            "Negative feedback",
            "by",
            "new manager",
            shows="new manager",
            check="journey-events-change",
        )
        self.remove("events", "award")
        # Kept in date order, whatever order they were typed in.
        dates = page.locator("#list-events .item .item-date").all_inner_texts()
        assert dates == ["Sept. 2, 2026", "Sept. 21, 2026"]
        self.check_page("journey-events")
        self.continue_()

        self.at_step("Pay and stock")
        self.add("vests", "Add a vest", {"date": "2027-05-15", "shares": "40"})
        add_vests_from_grant(page)
        self.wait_for_count("vests", 3)
        self.change("vests", "May 15, 2027", "shares", "45", shows="45")
        self.remove("vests", "Nov. 15, 2028")
        self.add("bonuses", "Add a bonus", {"date": "2026-12-15", "amount": "10,000"})
        # The share price sits below the lists, beside Continue: without JavaScript each Add
        # reloads the page, so what the page asks last is typed last.
        page.fill("#id_share_price", "220")
        self.check_page("journey-pay")
        self.continue_()

        self.at_step("Severance terms")
        self.check_page("journey-severance")
        page.check("#id_offer_in_hand_0")
        self.continue_()

        self.at_step("Your severance offer")
        page.fill("#id_offer_date", "2026-11-18")
        page.check("#id_group_exit_1")
        self.check_page("journey-offer")
        self.continue_()

        self.at_step("Review")
        self.check_page("journey-review")
        review = page.inner_text("main")
        for answer in ("Dana Q. Example", "Amazon", "Aug. 5, 2026", "new manager", "45"):
            assert answer in review, answer

        # A change from the review comes back to the review.
        page.click("a.edit-link:has-text('Employer')")
        self.at_step("Your job")
        page.fill("#id_employer", "Amazon.com Services LLC")
        page.click("#step-form button:has-text('return to the review')")
        self.at_step("Review")
        assert "Amazon.com Services LLC" in page.inner_text("main")

        # The exported case file holds every answer, exactly.
        with page.expect_download() as download:
            page.click("a:has-text('Download this case (JSON)')")
        exported = json.loads(download.value.path().read_text(encoding="utf-8"))
        assert exported["format"] == "pipv.case/1"
        assert exported["employment"]["employer"] == "Amazon.com Services LLC"
        assert exported["employment"]["base_salary_annual"] == "165000.00"
        assert [a["date"] for a in exported["protected_activities"]] == ["2026-08-05"]
        assert [v["shares"] for v in exported["compensation"]["vests"]] == ["45", "50"]

        self.results()

        # Leave and come back: the case is where it was left.
        page.click("button:has-text('Log out')")
        log_in(page, self.name)
        page.click("a.button:has-text('Review')")
        self.at_step("Review")
        assert "Amazon.com Services LLC" in page.inner_text("main")

    def results(self) -> None:
        page = self.page
        screenshot(page, f"journey-review{'' if self.js else '-nojs'}")
        page.click("a:has-text('See the report')")
        page.wait_for_selector("h1")
        self.check_page("journey-results")
        text = page.inner_text("main")
        assert "Amazon.com Services LLC" in text
        assert "pivot" in text.lower()

        with page.expect_download() as download:
            page.click("a[href$='.pdf'], a[href*='/pdf']")
        pdf = PdfReader(download.value.path())
        assert "Amazon.com Services LLC" in "".join(p.extract_text() for p in pdf.pages)

        with page.expect_download() as download:
            page.click("a[href$='.ics'], a[href*='/ics']")
        calendar = download.value.path().read_text(encoding="utf-8")
        assert calendar.startswith("BEGIN:VCALENDAR")
        assert "BEGIN:VEVENT" in calendar
        page.go_back()


def test_a_new_user_goes_all_the_way_with_javascript(page):
    Journey(page, "walker", js=True).walk()


def test_the_same_journey_works_without_javascript(page_without_js):
    Journey(page_without_js, "plainwalker", js=False).walk()
