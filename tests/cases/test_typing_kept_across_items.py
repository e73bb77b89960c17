"""An item typed in "Add" but not added yet outlives Change and Remove on another item.

Change and Remove are buttons of the step's own form, so they send the add fields (and the
step's answers) with or without JavaScript; the server keeps what was typed until it is
added or discarded, and shows it in the add form each time the list is drawn again.
"""

from django.urls import reverse

from tests.factories import step_url, stored

from .test_steps import grant

HX = {"HTTP_HX_REQUEST": "true"}
TYPED = {
    "events-new-kind": "award",
    "events-new-date": "2026-05-05",
    "events-new-notes": "Typed award notes, not yet added",
}


def press(client, case, button: str, kind: str, item_id: str, headers=None, **fields):
    """Change or Remove pressed on an item: the step's form posted to that item's address."""
    name = "item_edit" if button == "change" else "item_remove"
    url = reverse(f"cases:{name}", args=[case.pk, kind, item_id])
    data = {"action": button, "version": str(stored(case).version), **fields}
    return client.post(url, data, **(headers or {}))


def add_form_of(page: str, kind: str) -> str:
    return page.split(f'id="add-{kind}"', 1)[1].split("</div>\n    </div>", 1)[0]


def assert_typing_shown(page: str) -> None:
    form = add_form_of(page, "events")
    assert "Typed award notes, not yet added" in form
    assert 'value="2026-05-05"' in form
    assert '<option value="award" selected>' in form


def test_without_javascript_change_then_save_keeps_the_typed_item(alice_client, full_case):
    response = press(alice_client, full_case, "change", "events", "e2", **TYPED)
    edit = reverse("cases:item_edit", args=[full_case.pk, "events", "e2"])
    assert response.status_code == 302
    assert response.url == f"{edit}#item-e2"
    page = alice_client.get(edit).content.decode()
    assert 'name="events-e2-date"' in page
    changed = {
        "events-e2-kind": "pivot_meeting",
        "events-e2-date": "2026-11-18",
        "events-e2-by": "skip",
    }
    saved = alice_client.post(edit, changed)
    assert saved.status_code == 302
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert_typing_shown(page)
    # Shown again, not added: the list is what was saved.
    events = stored(full_case).document["events"]
    assert [(e["kind"], e["by"]) for e in events] == [
        ("negative_feedback", "manager"),
        ("pivot_meeting", "skip"),
    ]


def test_with_htmx_change_then_cancel_draws_the_add_form_as_typed(alice_client, full_case):
    opened = press(alice_client, full_case, "change", "events", "e2", HX, **TYPED)
    assert opened.status_code == 200
    assert 'name="events-e2-date"' in opened.content.decode()
    cancelled = alice_client.get(reverse("cases:items", args=[full_case.pk, "events"]), **HX)
    assert_typing_shown(cancelled.content.decode())


def test_remove_keeps_the_typed_item_with_and_without_javascript(alice_client, full_case):
    response = press(alice_client, full_case, "remove", "events", "e1", HX, **TYPED)
    assert "Removed." in response.content.decode()
    assert_typing_shown(response.content.decode())
    # Without JavaScript, Remove asks first; the typing is kept while it asks.
    asked = press(alice_client, full_case, "remove", "events", "e2", **TYPED)
    assert "Remove this item?" in asked.content.decode()
    assert len(stored(full_case).document["events"]) == 1
    assert_typing_shown(alice_client.get(step_url(full_case, "events")).content.decode())
    # The page's own form confirms: it sends no step answers, so it keeps the typing as is.
    url = reverse("cases:item_remove", args=[full_case.pk, "events", "e2"])
    response = alice_client.post(url, {"version": stored(full_case).version, "confirm": "yes"})
    assert response.status_code == 302
    assert stored(full_case).document["events"] == []
    assert_typing_shown(alice_client.get(step_url(full_case, "events")).content.decode())


def test_without_javascript_change_saves_the_steps_answers_too(alice_client, full_case):
    bonus = {"bonuses-new-date": "2027-03-01", "bonuses-new-amount": "5,000"}
    response = press(alice_client, full_case, "change", "vests", "v1", share_price="231", **bonus)
    assert response.status_code == 302
    assert stored(full_case).document["compensation"]["share_price"] == "231.00"
    page = alice_client.get(step_url(full_case, "pay")).content.decode()
    assert 'value="5,000"' in add_form_of(page, "bonuses")


def test_a_typed_grant_is_kept_and_its_part_of_the_page_open(alice_client, full_case):
    fields = grant("2026-11-15", "100", "2")
    press(alice_client, full_case, "remove", "bonuses", "b1", share_price="210", **fields)
    page = alice_client.get(step_url(full_case, "pay")).content.decode()
    assert '<details class="grant" open>' in page
    assert 'value="2026-11-15"' in page


def test_change_with_nothing_new_leaves_the_version_and_its_pdf(alice_client, full_case):
    before = stored(full_case).version
    press(alice_client, full_case, "change", "events", "e2", HX, **TYPED)
    # The typing is kept beside the case, not in it: no other tab is refused over it.
    assert stored(full_case).version == before


def test_the_kept_typing_ends_when_the_item_is_added(alice_client, full_case):
    press(alice_client, full_case, "remove", "events", "e1", HX, **TYPED)
    added = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), TYPED, **HX)
    assert "Added." in added.content.decode()
    assert "Typed award notes" not in add_form_of(added.content.decode(), "events")
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert "Typed award notes" not in add_form_of(page, "events")
    assert "Typed award notes" in page  # the item itself, in the list


def test_the_kept_typing_ends_when_discarded_or_emptied(alice_client, full_case):
    incomplete = {"events-new-kind": "award", "events-new-notes": "half an item"}
    for ending in ({"action": "discard:continue"}, {"action": "continue"}):
        press(alice_client, full_case, "remove", "events", "e1", HX, **incomplete)
        # Discard sends the typing and drops it; Continue here is sent with the form emptied.
        sent = {**incomplete} if ending["action"].startswith("discard") else {}
        data = {**ending, "version": str(stored(full_case).version), **sent}
        assert alice_client.post(step_url(full_case, "events"), data).status_code == 302
        page = alice_client.get(step_url(full_case, "events")).content.decode()
        assert "half an item" not in page
        full_case = stored(full_case)
        full_case.document["events"] = [{"id": "e1", "kind": "praise", "date": "2026-11-18"}]
        full_case.save()


def test_a_stale_change_is_refused_and_keeps_nothing_of_it(alice_client, full_case):
    url = reverse("cases:item_edit", args=[full_case.pk, "events", "e2"])
    data = {"action": "change", "version": str(full_case.version - 1), **TYPED}
    response = alice_client.post(url, data)
    assert response.status_code == 409
    page = response.content.decode()
    # Not kept (nothing of a refused page is), but shown, so it can be typed again.
    assert "Typed award notes" not in add_form_of(page, "events")
    assert "<dd>Typed award notes, not yet added</dd>" in page


def test_the_step_page_offers_change_and_remove_as_buttons_of_its_form(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    edit = reverse("cases:item_edit", args=[full_case.pk, "events", "e1"])
    remove = reverse("cases:item_remove", args=[full_case.pk, "events", "e1"])
    assert f'form="step-form" formaction="{edit}"\n' in page
    assert f'form="step-form" formaction="{remove}"\n' in page
