"""Keyboard only: a whole step and the repeating-item controls, with focus always visible.

Nothing here clicks. Focus moves with Tab and Shift+Tab, choices are made with the arrow
keys and Space, forms are sent with Enter, exactly as someone who cannot use a mouse would.
"""

import pytest
from playwright.sync_api import expect

from .a11y import axe_violations
from .journeys import sign_up

pytestmark = pytest.mark.browser

MAX_TABS = 80


def focused(page, attribute: str = "id") -> str:
    return page.evaluate(f"document.activeElement.getAttribute('{attribute}') || ''")


def focus_is_visible(page) -> bool:
    """The focused element draws an outline (or a box-shadow ring) the user can see."""
    return page.evaluate(
        """() => {
          const style = getComputedStyle(document.activeElement);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return outline || style.boxShadow !== 'none';
        }"""
    )


def tab_to(page, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has focus, checking every stop."""
    target = page.locator(selector).first
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        html = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        assert focus_is_visible(page), f"focus is invisible on {html}"
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def tab_and_type(page, selector: str, text: str) -> None:
    """Tab to the field and type into it, as a person filling a form by keyboard does."""
    tab_to(page, selector)
    page.keyboard.type(text)


def tab_and_press(page, selector: str, key: str) -> None:
    """Tab to the control and press a key on it (Space to choose, Enter to send)."""
    tab_to(page, selector)
    page.keyboard.press(key)


def test_a_step_is_answered_and_sent_with_the_keyboard_alone(page):
    sign_up(page, "keys", to_step="job")

    tab_and_type(page, "#id_employer", "Amazon")
    tab_and_press(page, "#id_process_0", "Space")
    tab_and_type(page, "#id_work_state", "WA")
    tab_and_type(page, "#id_start_date", "06142021")
    tab_and_type(page, "#id_base_salary_annual", "165,000")
    # Shift+Tab goes back to the field before, and forward again.
    page.keyboard.press("Shift+Tab")
    assert focused(page) == "id_start_date"
    tab_to(page, "#id_base_salary_annual")
    # Arrow keys choose inside a radio group: the second answer, "No".
    tab_and_press(page, "#id_age_40_or_over_0", "ArrowDown")
    assert page.is_checked("#id_age_40_or_over_1")
    tab_and_type(page, "#id_immigration_status", "U.S. citizen")
    tab_and_press(page, "button[value='continue']", "Enter")
    page.wait_for_url("**/step/activities/")

    # The answers arrived exactly as typed.
    page.goto(page.url.replace("/activities/", "/job/"))
    assert page.input_value("#id_employer") == "Amazon"
    assert page.input_value("#id_work_state") == "WA"
    assert page.input_value("#id_start_date") == "2021-06-14"
    assert page.input_value("#id_base_salary_annual") == "165000.00"
    assert page.is_checked("#id_process_0")


def test_a_failed_submit_by_keyboard_lands_focus_on_the_error_summary(page):
    sign_up(page, "keys-error", to_step="job")
    tab_and_press(page, "button[value='continue']", "Enter")
    # The new page moves focus to its summary as soon as it has loaded.
    expect(page.locator("#error-summary")).to_be_focused()
    assert focus_is_visible(page)
    # The summary's links take the keyboard to the field that needs an answer.
    tab_and_press(page, "#error-summary a[href='#id_employer']", "Enter")
    assert page.evaluate("location.hash") == "#id_employer"


def test_repeating_items_are_added_changed_and_removed_by_keyboard(page):
    sign_up(page, "keys-items", to_step="activities")
    page.on("dialog", lambda dialog: dialog.accept())

    # Add: choose the kind with the arrow keys, type the date, answer with Space, send.
    tab_and_type(page, "#id_activities-new-kind", "Asked for FMLA")
    tab_and_type(page, "#id_activities-new-date", "08042026")
    tab_and_press(page, "#id_activities-new-in_writing_0", "Space")
    tab_and_press(page, "#id_activities-new-decision_maker_knew_0", "Space")
    tab_and_press(page, "#add-activities button[value='add:activities']", "Enter")
    page.wait_for_selector("#list-activities .item:has-text('Asked for FMLA leave')")

    # Focus stays in the list that changed, so the next Tab reaches the new item.
    expect(page.locator("#list-activities-title")).to_be_focused()

    # Change: the item's own link opens its form in place; Enter saves it.
    tab_and_press(page, "#list-activities .item button:has-text('Change')", "Enter")
    # The form opens in place with focus on its first field, ready to type.
    expect(page.locator("#list-activities .item .item-edit [name$='-kind']")).to_be_focused()
    tab_and_type(page, "#list-activities .item input[name$='-date']", "08052026")
    tab_and_press(page, "#list-activities .item button[type='submit']", "Enter")
    page.wait_for_selector("#list-activities .item input[name$='-date']", state="detached")
    assert page.inner_text("#list-activities .item .item-date") == "Aug. 5, 2026"
    assert axe_violations(page) == []

    # Remove: Space on the button, confirm, and the list is empty again.
    tab_and_press(page, "#list-activities .item button:has-text('Remove')", "Space")
    page.wait_for_selector("#list-activities .empty")


def test_enter_in_an_items_field_adds_or_saves_that_item_and_stays_on_the_step(page):
    sign_up(page, "keys-enter", to_step="pay")
    pay_step = page.url
    # Set on this page only: a page loaded anew (the step sent) no longer has it.
    page.evaluate("window.sameLoad = true")

    # Enter in a new vest's field adds the vest; the step stays open for the next one.
    page.fill("#id_vests-new-date", "2027-05-15")
    page.fill("#id_vests-new-shares", "40")
    page.press("#id_vests-new-shares", "Enter")
    page.wait_for_selector("#list-vests .item:has-text('40 shares')")
    assert page.evaluate("window.sameLoad === true")
    expect(page.locator(".error-summary")).to_have_count(0)
    expect(page.locator("#id_vests-new-date")).to_have_value("")

    # Enter in a field of the vest being changed saves that change, and stays.
    page.click("#list-vests .item button:has-text('Change')")
    shares = page.locator("#list-vests .item .item-edit input[name$='-shares']")
    shares.fill("45")
    shares.press("Enter")
    page.wait_for_selector("#list-vests .item .item-edit", state="detached")
    assert page.inner_text("#list-vests .item .item-title") == "45 shares"
    assert page.evaluate("window.sameLoad === true")

    # Enter in a field of the step's own questions still saves and continues.
    page.fill("#id_share_price", "200")
    page.press("#id_share_price", "Enter")
    page.wait_for_url(lambda url: url != pay_step)
