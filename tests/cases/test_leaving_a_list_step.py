"""Leaving a list step with an item typed but not added: it is added, or the step says so.

The add fields belong to the step's own form, so Continue, Back and a step's name send them
with or without JavaScript. These are the plain form posts a browser without JavaScript makes.
"""

from tests.factories import step_url, stored

from .test_steps import grant

NOT_ADDED = "You started typing an item below but did not add it"
ACTIVITY = {
    "activities-new-kind": "ada_accommodation_request",
    "activities-new-date": "2026-09-15",
    "activities-new-in_writing": "yes",
    "activities-new-decision_maker_knew": "unknown",
    "activities-new-notes": "asked for a quiet desk",
}
BONUS = {"bonuses-new-date": "2027-03-01", "bonuses-new-amount": "5,000"}


def post(client, case, slug, action, **fields):
    data = {"action": action, "version": str(stored(case).version), **fields}
    return client.post(step_url(case, slug), data)


def stays_unadded(response) -> str:
    """The step stays and says the typed item was not added; the page, to look at further."""
    assert response.status_code == 200
    page = response.content.decode()
    assert NOT_ADDED in page
    return page


def test_continue_adds_a_complete_item_and_moves_on(alice_client, full_case):
    response = post(alice_client, full_case, "activities", "continue", **ACTIVITY)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "events")
    activities = stored(full_case).document["protected_activities"]
    assert [a["kind"] for a in activities] == ["fmla_request", "ada_accommodation_request"]
    assert activities[1]["notes"] == "asked for a quiet desk"
    # "Who did you tell?" was skipped: nothing is recorded for it.
    assert "reported_to" not in activities[1]


def test_who_did_you_tell_has_no_answer_chosen_in_advance(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "activities")).content.decode()
    select = page.split('name="activities-new-reported_to"', 1)[1].split("</select>", 1)[0]
    assert '<option value="" selected>Choose one</option>' in select
    assert select.count("selected") == 1


def test_continue_with_an_incomplete_item_stays_and_keeps_the_typing(alice_client, full_case):
    full_case.progress = ["before", "job", "visa"]
    full_case.save()
    typed = {**ACTIVITY, "activities-new-date": ""}
    response = post(alice_client, full_case, "activities", "continue", **typed)
    page = stays_unadded(response)
    # The two choices: finish and add it, or discard it and go on as asked.
    assert 'href="#add-activities"' in page
    assert 'value="discard:continue"' in page
    # What was typed is in the form again, and the missing answer is named.
    assert "asked for a quiet desk" in page
    assert 'href="#id_activities-new-date"' in page
    case = stored(full_case)
    assert len(case.document["protected_activities"]) == 1
    assert "activities" not in case.progress


def test_discard_goes_on_as_asked_and_adds_nothing(alice_client, full_case):
    typed = {**ACTIVITY, "activities-new-date": ""}
    response = post(alice_client, full_case, "activities", "discard:continue", **typed)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "events")
    assert len(stored(full_case).document["protected_activities"]) == 1


def test_back_adds_a_complete_bonus_and_saves_the_share_price(alice_client, full_case):
    response = post(alice_client, full_case, "pay", "back", share_price="230", **BONUS)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "events")
    compensation = stored(full_case).document["compensation"]
    assert compensation["share_price"] == "230.00"
    assert [b["amount"] for b in compensation["bonuses"]] == ["20000.00", "5000.00"]


def test_a_step_name_is_a_button_that_adds_the_item_before_going(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert 'name="action" value="goto:job"' in page
    assert 'form="step-form"' in page
    event = {"events-new-kind": "award", "events-new-date": "2026-06-01"}
    response = post(alice_client, full_case, "events", "goto:job", **event)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "job")
    assert [e["kind"] for e in stored(full_case).document["events"]][0] == "award"


def test_a_step_name_with_an_incomplete_item_stays(alice_client, full_case):
    event = {"events-new-kind": "award", "events-new-by": "director"}
    response = post(alice_client, full_case, "events", "goto:job", **event)
    page = stays_unadded(response)
    assert 'value="discard:goto:job"' in page
    assert 'value="director"' in page
    assert len(stored(full_case).document["events"]) == 2


def test_a_step_not_reached_yet_cannot_be_jumped_to(alice_client, new_case):
    response = post(alice_client, new_case, "before", "goto:review")
    assert response.status_code == 200
    assert stored(new_case).progress == []


def test_add_without_javascript_keeps_the_other_lists_typing(alice_client, full_case):
    vest = {"vests-new-date": "2027-06-01", "vests-new-shares": "12"}
    response = post(alice_client, full_case, "pay", "add:vests", share_price="215", **vest, **BONUS)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Added." in page
    # The bonus typed in its own add form is shown again, not added and not lost.
    assert 'value="2027-03-01"' in page
    assert 'value="5,000"' in page
    compensation = stored(full_case).document["compensation"]
    assert [v["shares"] for v in compensation["vests"]] == ["40", "12"]
    assert len(compensation["bonuses"]) == 1
    assert compensation["share_price"] == "215.00"


def test_add_without_javascript_alone_redirects_to_the_list(alice_client, full_case):
    response = post(
        alice_client,
        full_case,
        "events",
        "add:events",
        **{"events-new-kind": "award", "events-new-date": "2026-06-01"},
    )
    assert response.status_code == 302
    assert response.url == step_url(full_case, "events") + "#list-events"
    assert len(stored(full_case).document["events"]) == 3


def test_add_on_an_empty_form_says_what_it_needs(alice_client, full_case):
    response = post(alice_client, full_case, "events", "add:events")
    assert response.status_code == 200
    assert 'href="#id_events-new-date"' in response.content.decode()
    assert len(stored(full_case).document["events"]) == 2


def test_a_grant_without_javascript_adds_its_vests(alice_client, full_case):
    fields = grant("2026-11-15", "100", "2")
    response = post(alice_client, full_case, "pay", "grant", share_price="210", **fields)
    assert response.status_code == 302
    vests = stored(full_case).document["compensation"]["vests"]
    assert [v["date"] for v in vests] == ["2026-12-14", "2027-11-15", "2028-11-15"]


def test_leaving_with_a_stale_page_shows_the_typed_item(alice_client, full_case):
    data = {"action": "continue", "version": str(full_case.version - 1), **ACTIVITY}
    response = alice_client.post(step_url(full_case, "activities"), data)
    assert response.status_code == 409
    assert "<dd>asked for a quiet desk</dd>" in response.content.decode()
    assert len(stored(full_case).document["protected_activities"]) == 1


def test_enter_in_a_field_continues_and_adds_the_typed_item(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "activities")).content.decode()
    # The first button of the step's form, before any step's name or Add: Enter presses it.
    first = page.index('form="step-form"')
    assert page.index('value="default"') < first + 80
    response = post(alice_client, full_case, "activities", "default", **ACTIVITY)
    assert response.status_code == 302
    assert response.url == step_url(full_case, "events")
    assert len(stored(full_case).document["protected_activities"]) == 2
