"""Changing an item in place: what the person types there is what is saved.

"Change" opens the item's form in the list. pipv.js puts keyboard focus on its first field
once htmx has settled the new list, for a person who pressed Change from the keyboard. That
settle comes 20 ms after the list is shown, later on a busy machine, when a person (or a
quick test) may already be typing in another field: focus moved under their fingers sends
the rest of the typing elsewhere. This lost the JavaScript journey's vest change now and
then (#17): Playwright's fill selects the shares field and then inserts "45" as a second
step; focus went to the date in between, the date took none of it, and Save stored 40.
"""

import pytest
from playwright.sync_api import expect

from .journeys import add_a_vest, add_vests_from_grant, sign_up, step_url

pytestmark = pytest.mark.browser

# A busy machine, made certain: htmx settles a swapped list a second late instead of 20 ms.
SLOW_SETTLE = """
document.addEventListener("DOMContentLoaded", function () {
  htmx.config.defaultSettleDelay = 1000;
});
"""


def vests(page) -> list[tuple[str, str]]:
    dates = page.locator("#list-vests .item .item-date").all_inner_texts()
    titles = page.locator("#list-vests .item .item-title").all_inner_texts()
    return list(zip(dates, titles, strict=True))


def test_typing_in_a_field_of_an_opened_item_is_never_moved_elsewhere(page):
    sign_up(page, "changer", to_step="pay")
    add_a_vest(page, "2027-05-15", "40")
    expect(page.locator("#list-vests .item")).to_have_count(1)
    add_vests_from_grant(page)
    expect(page.locator("#list-vests .item")).to_have_count(3)

    page.add_init_script(SLOW_SETTLE)
    page.reload()
    page.locator("#list-vests .item", has_text="May 15, 2027").locator(
        "button:has-text('Change')"
    ).click()
    shares = page.locator("#list-vests .item .item-edit input[name$='-shares']")
    # The person clicks into the number before the new list has settled and starts typing.
    shares.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("4")
    page.wait_for_selector(".htmx-added, .htmx-settling", state="detached")
    page.keyboard.type("5")
    expect(shares).to_be_focused()
    expect(shares).to_have_value("45")
    date = page.locator("#list-vests .item .item-edit input[name$='-date']")
    expect(date).to_have_value("2027-05-15")

    page.click("#list-vests .item .item-edit button:has-text('Save')")
    expect(page.locator("#list-vests .item", has_text="45")).to_have_count(1)
    page.goto(step_url(page, "pay"))
    assert vests(page) == [
        ("May 15, 2027", "45 shares"),
        ("Nov. 15, 2027", "50 shares"),
        ("Nov. 15, 2028", "50 shares"),
    ]


def test_cancel_drops_a_change_whose_date_was_half_erased(page):
    """Cancel drops the change typed into an item, a half-erased date with it: it sends
    nothing (htmx asks for the list again), so there is no saved day for it to clear, and it
    is not stopped as a button that sends the step is."""
    sign_up(page, "canceller", to_step="pay")
    add_a_vest(page, "2027-05-15", "40")
    expect(page.locator("#list-vests .item")).to_have_count(1)
    page.locator("#list-vests .item").locator("button:has-text('Change')").click()
    date = page.locator("#list-vests .item .item-edit input[name$='-date']")
    date.click()
    page.keyboard.press("Backspace")
    assert date.evaluate("e => e.validity.badInput")

    page.click("#list-vests .item .item-edit button:has-text('Cancel')")
    expect(page.locator("#list-vests .item .item-edit")).to_have_count(0)
    assert vests(page) == [("May 15, 2027", "40 shares")]
