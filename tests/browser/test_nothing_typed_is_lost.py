"""An item typed but not added is never lost, whichever way the person leaves the step.

Continue, Back and a step's name in the progress list, each with and without JavaScript: a
complete item is added on the way out; an incomplete one keeps the step, says so, keeps the
typing, and offers to finish it or to discard it and go on.
"""

import pytest
from playwright.sync_api import expect

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import add_a_vest, log_in, sign_up, type_activity

pytestmark = pytest.mark.browser

NOT_ADDED = "You started typing an item below but did not add it"
NOTES = "asked HR for leave"
# Every Content-Security-Policy refusal the page meets, recorded before any script of ours runs.
CSP_WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || e.sample || ""));
});
"""


@pytest.fixture(params=["js", "nojs"])
def browser_page(request, live_server):
    # live_server named here, not only through the page: pytest-django then opens the
    # database to the server's thread for this test.
    js = request.param == "js"
    page = request.getfixturevalue("page" if js else "page_without_js")
    if js:
        page.add_init_script(CSP_WATCH)
    return page, js


def start(page, name):
    sign_up(page, name, to_step="activities")
    expect(page.locator(".progress-count")).to_contain_text("Protected activity")


def leave_by(page, how):
    if how == "continue":
        page.click("#step-form button[value='continue']")
    elif how == "back":
        page.click("#step-form button[value='back']")
    else:  # a step's name in the progress list
        page.click(".progress button:has-text('Your job')")


def leave_having_typed(page, name, how, date="2026-08-04"):
    """On a new case's protected-activity step, type an activity (without a date, one that
    cannot be added) and leave the step ``how``."""
    start(page, name)
    type_activity(page, date=date, notes=NOTES)
    leave_by(page, how)


ARRIVES = {"continue": "What happened at work", "back": "Your job", "step": "Your job"}


@pytest.mark.parametrize("how", ["continue", "back", "step"])
def test_a_complete_item_is_added_on_the_way_out(browser_page, how):
    page, js = browser_page
    leave_having_typed(page, f"out-{how}-{js}", how)
    expect(page.locator(".progress-count")).to_contain_text(ARRIVES[how])
    page.goto(page.url.rsplit("/step/", 1)[0] + "/step/activities/")
    items = page.locator("#list-activities .item")
    expect(items).to_have_count(1)
    expect(items).to_contain_text("Asked for FMLA leave")
    expect(items).to_contain_text("asked HR for leave")


@pytest.mark.parametrize("how", ["continue", "back", "step"])
def test_an_incomplete_item_keeps_the_step_and_the_typing(browser_page, how):
    page, js = browser_page
    leave_having_typed(page, f"held-{how}-{js}", how, date="")
    notice = page.locator("#leave-notice")
    expect(notice).to_contain_text(NOT_ADDED)
    expect(page.locator(".progress-count")).to_contain_text("Protected activity")
    # The typing is all there, and the missing answer is named at its field.
    assert page.input_value("#id_activities-new-notes") == "asked HR for leave"
    assert page.input_value("#id_activities-new-kind") == "fmla_request"
    expect(page.locator("#id_activities-new-date_error")).not_to_be_empty()
    expect(page.locator("#list-activities .item")).to_have_count(0)
    if js:
        expect(notice).to_be_focused()
        assert axe_violations(page) == []
        assert page.evaluate("window.__csp") == []
    if how == "continue":
        page.set_viewport_size({"width": 390, "height": 900})
        assert not has_horizontal_scroll(page)
        page.set_viewport_size({"width": 1280, "height": 900})

    # First choice: finish it and add it. It is added, and the step is still here.
    page.fill("#id_activities-new-date", "2026-08-04")
    page.click("#add-activities button[value='add:activities']")
    expect(page.locator("#list-activities .item")).to_have_count(1)
    expect(page.locator("#list-activities .item")).to_contain_text("asked HR for leave")
    if js:
        assert page.evaluate("window.__csp") == []
    if how == "continue":
        # Last: Playwright's screenshot adds a style of its own, which the policy refuses.
        screenshot(page, f"leave-notice-added{'' if js else '-nojs'}")


@pytest.mark.parametrize("how", ["continue", "back", "step"])
def test_discarding_goes_where_the_person_asked(browser_page, how):
    page, js = browser_page
    leave_having_typed(page, f"drop-{how}-{js}", how, date="")
    page.click("#leave-notice button:has-text('Discard what I typed and go on')")
    expect(page.locator(".progress-count")).to_contain_text(ARRIVES[how])
    page.goto(page.url.rsplit("/step/", 1)[0] + "/step/activities/")
    expect(page.locator("#list-activities .empty")).to_be_visible()
    assert page.input_value("#id_activities-new-notes") == ""


def test_add_looks_secondary_and_continue_looks_main(page):
    start(page, "looks")
    add = page.locator("#add-activities button[value='add:activities']")
    main = page.locator("#step-form button[value='continue']")
    background = "el => getComputedStyle(el).backgroundColor"
    assert add.evaluate(background) == "rgb(255, 255, 255)"
    assert main.evaluate(background) != "rgb(255, 255, 255)"


def test_the_console_stays_clean_while_lists_change(page):
    page.add_init_script(CSP_WATCH)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda dialog: dialog.accept())
    start(page, "quiet")
    type_activity(page, notes=NOTES)
    page.click("#add-activities button[value='add:activities']")
    expect(page.locator("#list-activities .item")).to_have_count(1)
    page.click("#list-activities .item button:has-text('Change')")
    page.fill("#list-activities .item .item-edit input[name$='-date']", "2026-08-05")
    page.click("#list-activities .item .item-edit button:has-text('Save')")
    expect(page.locator("#list-activities .item")).to_contain_text("Aug. 5, 2026")
    page.click("#list-activities .item button:has-text('Remove')")
    expect(page.locator("#list-activities .empty")).to_be_visible()
    assert page.evaluate("window.__csp") == []
    assert errors == []
    response = page.request.get("/favicon.ico")
    assert response.status == 200


def test_enter_in_a_field_without_javascript_continues_with_the_typed_item(page_without_js):
    """Without JavaScript, Enter presses the page's first button, Save and continue, which adds
    the item typed on the way (with JavaScript it adds the item and stays: test_keyboard)."""
    page = page_without_js
    start(page, "enter")
    # The button Enter presses is never drawn.
    expect(page.locator("button[value='default']")).to_be_hidden()
    type_activity(page, notes=NOTES)
    page.focus("#id_activities-new-date")
    page.keyboard.press("Enter")
    expect(page.locator(".progress-count")).to_contain_text("What happened at work")
    page.goto(page.url.rsplit("/step/", 1)[0] + "/step/activities/")
    expect(page.locator("#list-activities .item")).to_have_count(1)


def add_activity(page, date, notes):
    type_activity(page, date=date, notes=notes)
    page.click("#add-activities button[value='add:activities']")
    expect(page.locator("#list-activities .item").filter(has_text=notes)).to_have_count(1)


def test_an_open_change_is_never_thrown_away_by_another_items_buttons(browser_page):
    """While one item's form is open with typing in it, another item's Change would replace
    that form and its Remove would re-draw the list: both would lose the typing. They wait
    instead, saying what to do first; Save or Cancel brings them back."""
    page, js = browser_page
    start(page, f"open-change-{js}")
    add_activity(page, "2026-08-04", "first request")
    add_activity(page, "2026-09-01", "second request")
    first = page.locator("#list-activities .item").filter(has_text="first request")
    first.locator("button:has-text('Change')").click()
    notes = page.locator("#list-activities .item .item-edit [name$='-notes']")
    notes.fill("first request, typed again")

    second = page.locator("#list-activities .item").filter(has_text="second request")
    expect(second.locator("button:has-text('Change')")).to_have_count(0)
    expect(second.locator("button:has-text('Remove')")).to_have_count(0)
    expect(second.locator(".item-wait")).to_be_visible()
    expect(second.locator(".item-wait")).to_contain_text("first save or cancel")
    expect(notes).to_have_value("first request, typed again")
    if js:
        assert axe_violations(page) == []
        assert page.evaluate("window.__csp") == []

    page.click("#list-activities .item .item-edit button:has-text('Save')")
    expect(page.locator("#list-activities .item .item-edit [name$='-notes']")).to_have_count(0)
    items = page.locator("#list-activities .item")
    expect(items).to_have_count(2)
    expect(items.filter(has_text="first request, typed again")).to_have_count(1)
    # Both items offer Change and Remove again, and nothing says to wait.
    expect(page.locator("#list-activities .item button:has-text('Change')")).to_have_count(2)
    expect(page.locator("#list-activities .item button:has-text('Remove')")).to_have_count(2)
    expect(page.locator("#list-activities .item button:has-text('Remove')").last).to_be_visible()
    expect(page.locator("#list-activities .item-wait").first).to_be_hidden()


def test_an_open_change_in_one_list_holds_the_other_lists_buttons(page):
    """On a step with two lists (vests and bonuses) an open vest form holds the bonuses'
    Change and Remove too: without JavaScript, following either loads a new page."""
    sign_up(page, "two-lists", to_step="pay")
    add_a_vest(page, "2027-05-15", "40")
    expect(page.locator("#list-vests .item")).to_have_count(1)
    page.fill("#id_bonuses-new-date", "2027-03-01")
    page.fill("#id_bonuses-new-amount", "5000")
    page.click("#add-bonuses button[value='add:bonuses']")
    expect(page.locator("#list-bonuses .item")).to_have_count(1)
    page.click("#list-vests .item button:has-text('Change')")
    page.fill("#list-vests .item .item-edit [name$='-shares']", "45")
    bonus = page.locator("#list-bonuses .item")
    expect(bonus.locator("button:has-text('Change')")).to_be_hidden()
    expect(bonus.locator("button:has-text('Remove')")).to_be_hidden()
    expect(bonus.locator(".item-wait")).to_be_visible()
    page.click("#list-vests .item .item-edit button:has-text('Cancel')")
    expect(bonus.locator("button:has-text('Change')")).to_be_visible()
    expect(bonus.locator(".item-wait")).to_be_hidden()


@pytest.mark.parametrize("button", ["Change", "Remove"])
def test_an_item_typed_in_add_outlives_another_items_change_or_remove(browser_page, button):
    """Half an item typed in "Add", then Change (and Cancel) or Remove pressed on another
    item: the list is drawn again, and the add form still holds what was typed."""
    page, js = browser_page
    start(page, f"typed-then-{button}-{js}")
    add_activity(page, "2026-08-04", "first request")
    type_activity(page, date="", notes="half typed, not added")
    item = page.locator("#list-activities .item").filter(has_text="first request")
    if button == "Remove":
        page.once("dialog", lambda dialog: dialog.accept())
    item.locator(f"button:has-text('{button}')").click()
    if button == "Remove" and not js:
        # No dialog without JavaScript: a page asks first, and the typing waits meanwhile.
        expect(page.locator("h1")).to_have_text("Remove this item?")
        page.click("main form button:has-text('Remove')")
    if button == "Change":
        page.click("#list-activities .item .item-edit button:has-text('Cancel')")
        expect(page.locator("#list-activities .item .item-edit")).to_have_count(0)
        expect(page.locator("#list-activities .item")).to_have_count(1)
    else:
        expect(page.locator("#list-activities .item")).to_have_count(0)
    expect(page.locator("#id_activities-new-notes")).to_have_value("half typed, not added")
    expect(page.locator("#id_activities-new-kind")).not_to_have_value("")
    if js:
        assert page.evaluate("window.__csp") == []


@pytest.mark.parametrize("how", ["continue", "back", "step"])
def test_a_change_typed_in_an_open_item_is_saved_on_the_way_out(browser_page, how):
    """Change pressed, the notes typed again, then the step left without pressing Save: the
    change is saved, as an item typed in Add is added."""
    page, js = browser_page
    start(page, f"open-then-{how}-{js}")
    add_activity(page, "2026-08-04", "first request")
    page.locator("#list-activities .item button:has-text('Change')").click()
    page.fill("#list-activities .item .item-edit [name$='-notes']", "typed again, never saved")
    leave_by(page, how)
    expect(page.locator(".progress-count")).not_to_contain_text("Protected activity")
    page.goto(page.url.split("/step/")[0] + "/step/activities/")
    expect(page.locator("#list-activities .item")).to_contain_text("typed again, never saved")


def test_a_change_that_cannot_be_saved_keeps_the_person_on_the_step(browser_page):
    page, js = browser_page
    start(page, f"open-refused-{js}")
    add_activity(page, "2026-08-04", "first request")
    page.locator("#list-activities .item button:has-text('Change')").click()
    page.fill("#list-activities .item .item-edit [name$='-notes']", "typed again, kept")
    page.fill("#list-activities .item .item-edit [name$='-date']", "")
    leave_by(page, "continue")
    expect(page.locator("#leave-notice")).to_contain_text("You changed an item below")
    expect(page.locator("#list-activities .item .item-edit [name$='-notes']")).to_have_value(
        "typed again, kept"
    )
    if js:
        assert axe_violations(page) == []
    screenshot(page, f"open-item-refused-on-the-way-out-{js}")


def test_switching_the_language_keeps_what_was_typed_on_the_step(browser_page):
    page, js = browser_page
    start(page, f"language-{js}")
    type_activity(page, date="2026-08-04", notes="typed before switching")
    page.select_option("#language-switch-select", "zh-hans")
    page.click(".language-switch button")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator("#id_activities-new-notes")).to_have_value("typed before switching")


@pytest.mark.parametrize("link", ["My cases", "Log out"])
def test_a_header_link_pressed_while_typing_keeps_the_answer_and_the_item(browser_page, link):
    """The header's "My cases" and "Log out" sent nothing: an answer typed and not yet sent
    (without JavaScript, or before its field was left) and an item typed but not added were
    gone unseen. They are buttons of the step's form now, as Back is."""
    page, js = browser_page
    name = f"header-{link.split()[-1].lower()}-{'js' if js else 'nojs'}"
    sign_up(page, name)
    page.fill("#id_employer", "Typed, then the header")
    page.get_by_role("banner").get_by_role("button", name=link, exact=True).click()
    page.wait_for_url("**/cases/" if link == "My cases" else "**/")
    if link == "Log out":
        log_in(page, name)
    page.goto("/cases/")
    page.click(".case-card h2 a")
    page.goto(page.url.split("/step/")[0] + "/step/job/")
    assert page.input_value("#id_employer") == "Typed, then the header"

    # An item typed but not added is added on the way out, as Continue adds it.
    page.goto(page.url.split("/step/")[0] + "/step/activities/")
    type_activity(page, notes=NOTES)
    page.get_by_role("banner").get_by_role("button", name="My cases", exact=True).click()
    page.wait_for_url("**/cases/")
    page.go_back()
    expect(page.locator("#list-activities .item")).to_contain_text(NOTES)
