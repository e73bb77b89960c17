"""An item's form left open on a step is part of the step's form, as the add form is.

Continue, Back and a step's name save the change typed there; when it cannot be saved, the
step stays, says so and keeps the typing; "Discard" leaves the item as it was saved. Its own
Save, also a button of the step's form, keeps the step's answers typed beside it.
"""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from tests.factories import step_url, stored

OPEN_E2 = {
    "editing-events": "e2",
    "events-e2-kind": "pivot_meeting",
    "events-e2-date": "2026-11-18",
    "events-e2-by": "manager",
    "events-e2-notes": "Offered 12 weeks or a 30-day plan, changed on the way out",
}


def leave(client, case, action="continue", **changed):
    data = {"action": action, "version": str(stored(case).version), **OPEN_E2, **changed}
    return client.post(step_url(case, "events"), data)


def e2(case) -> dict:
    return next(e for e in stored(case).document["events"] if e["id"] == "e2")


def test_continue_saves_the_change_typed_in_an_open_item(alice_client, full_case):
    response = leave(alice_client, full_case)
    assert response.status_code == 302 and response.url == step_url(full_case, "pay")
    assert e2(full_case)["notes"] == OPEN_E2["events-e2-notes"]


def test_back_and_a_steps_name_save_it_too(alice_client, full_case):
    assert leave(alice_client, full_case, "back").status_code == 302
    assert e2(full_case)["notes"] == OPEN_E2["events-e2-notes"]
    again = "Said again before going to the review"
    assert leave(alice_client, full_case, "goto:review", **{"events-e2-notes": again}).url == (
        step_url(full_case, "review")
    )
    assert e2(full_case)["notes"] == again


def test_a_change_that_cannot_be_saved_keeps_the_step_open_with_the_typing(alice_client, full_case):
    before = e2(full_case)
    response = leave(alice_client, full_case, **{"events-e2-date": "2026-02-30"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "You changed an item below, but the change cannot be saved as it is" in page
    assert 'href="#item-e2"' in page
    # The item's form is open again with what was typed, and nothing of it was saved.
    assert 'name="events-e2-notes"' in page and OPEN_E2["events-e2-notes"] in page
    assert 'value="2026-02-30"' in page
    assert e2(full_case) == before
    assert "events" in stored(full_case).progress  # passed before; not taken back


def test_discard_goes_on_and_leaves_the_item_as_it_was_saved(alice_client, full_case):
    before = e2(full_case)
    response = leave(alice_client, full_case, "discard:continue", **{"events-e2-date": ""})
    assert response.status_code == 302 and response.url == step_url(full_case, "pay")
    assert e2(full_case) == before


def test_an_items_save_keeps_the_steps_answers_sent_beside_it(alice_client, full_case):
    # The job step has no list; the pay step has a share price beside its vests.
    url = reverse("cases:item_edit", args=[full_case.pk, "vests", "v1"])
    data = {
        "action": "save",
        "version": str(stored(full_case).version),
        "share_price": "225.50",
        "editing-vests": "v1",
        "vests-v1-date": "2026-12-14",
        "vests-v1-shares": "45",
    }
    assert alice_client.post(url, data).status_code == 302
    compensation = stored(full_case).document["compensation"]
    assert compensation["share_price"] == "225.50"
    assert compensation["vests"][0]["shares"] == "45"


def idle_end(client, case, **typed):
    """What idle.js sends a moment before the session would end."""
    data = {"action": "idle_end", "version": str(stored(case).version), **OPEN_E2, **typed}
    return client.post(step_url(case, "events"), data)


def untouched_until_a_moment_before_its_end():
    Session.objects.update(expire_date=timezone.now() + timedelta(seconds=2))


def test_the_end_of_an_idle_session_keeps_the_steps_typing_then_logs_out(alice_client, full_case):
    typed = {"events-new-kind": "award", "events-new-notes": "typed, then walked away"}
    untouched_until_a_moment_before_its_end()
    response = idle_end(alice_client, full_case, **typed)
    assert response.status_code == 204
    assert e2(full_case)["notes"] == OPEN_E2["events-e2-notes"]
    assert alice_client.get(step_url(full_case, "events")).status_code == 302  # to log in
    alice_client.force_login(full_case.owner)
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert "typed, then walked away" in page


def test_a_session_another_tab_uses_is_not_ended_by_an_idle_one(alice_client, full_case):
    # The person writes in another tab (its typing keeps the session, a minute ago at most):
    # the idle tab's typing is kept, and nobody is logged out.
    response = idle_end(alice_client, full_case)
    assert response.status_code == 202
    assert e2(full_case)["notes"] == OPEN_E2["events-e2-notes"]
    assert alice_client.get(step_url(full_case, "events")).status_code == 200


def test_saving_an_open_item_keeps_an_item_typed_in_add_before_it(alice_client, full_case):
    # Typed in "Add an event", kept while Change was pressed on e2; the add form is hidden
    # while e2 is open, so its Save does not send it.
    typed = {"events-new-kind": "award", "events-new-notes": "typed in add, then Change"}
    url = reverse("cases:item_edit", args=[full_case.pk, "events", "e2"])
    alice_client.post(url, {"action": "change", "version": str(stored(full_case).version), **typed})
    data = {"action": "save", "version": str(stored(full_case).version), **OPEN_E2}
    assert alice_client.post(url, data).status_code == 302
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert "typed in add, then Change" in page


def test_a_refused_save_tells_the_page_which_version_it_may_send_now(alice_client, full_case):
    url = reverse("cases:item_edit", args=[full_case.pk, "vests", "v1"])
    before = stored(full_case).version
    data = {
        "action": "save",
        "version": str(before),
        "share_price": "230.00",  # a step answer, saved with the Save
        "editing-vests": "v1",
        "vests-v1-date": "",
        "vests-v1-shares": "45",
    }
    response = alice_client.post(url, data, HTTP_HX_REQUEST="true")
    assert "Please answer this question" in response.content.decode()
    assert stored(full_case).version == before + 1
    assert f'"to": {before + 1}' in response["HX-Trigger"]


def test_an_item_imported_with_a_line_break_in_a_one_line_answer_is_kept_unchanged(
    alice_client, full_case
):
    full_case.document["events"][1]["by"] = "skip-level\nmanager"
    full_case.save()
    fields = {**OPEN_E2, "events-e2-by": "skip-levelmanager"}  # as a one-line box sends it
    fields["events-e2-notes"] = ""
    assert leave(alice_client, full_case, **fields).status_code == 302
    assert e2(full_case)["by"] == "skip-level\nmanager"


def test_cancel_drops_the_items_change_and_keeps_the_rest_of_the_step(alice_client, full_case):
    """Cancel was a link: without JavaScript it left the page, and everything else typed on
    the step went with it. It is a button of the step's form now: the item's change is
    dropped, the step's answers are saved, an item typed but not added is kept, and the step
    shows again with no item open."""
    page = alice_client.get(reverse("cases:item_edit", args=[full_case.pk, "vests", "v1"]))
    assert 'name="action" value="cancel:vests"' in page.content.decode()
    saved_v1 = next(v for v in stored(full_case).document["compensation"]["vests"])
    data = {
        "action": "cancel:vests",
        "version": str(stored(full_case).version),
        "share_price": "199.99",
        "editing-vests": "v1",
        "vests-v1-date": saved_v1["date"],
        "vests-v1-shares": "999",
        "bonuses-new-date": "2027-03-01",
        "bonuses-new-amount": "$4,321",
    }
    response = alice_client.post(step_url(full_case, "pay"), data)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "pay") + "#list-vests"
    pay = stored(full_case).document["compensation"]
    assert pay["share_price"] == "199.99"
    assert pay["vests"][0] == saved_v1
    page = alice_client.get(response.url).content.decode()
    assert "$4,321" in page and 'name="editing-vests"' not in page
