"""A step's answers sent after the session ended are kept through the log-in, not dropped.

Without JavaScript nothing warns before an idle session ends, and writing one's own story can
take longer than the idle time. The post that sends it then has no session.
"""

import html
import json
import re

import pytest
from django.test import Client

from tests.cases.test_steps import JOB
from tests.factories import case_record, step_url, stored

PASSWORD = "correct horse battery"
STORY = 'Employer <b>"Ann & Co"</b>\nsecond line'


def kept_field(page: str) -> dict:
    found = re.search(r'<input type="hidden" name="kept" value="([^"]*)">', page)
    assert found, "the log-in page holds no typing"
    return json.loads(html.unescape(found.group(1)))


def send_fields(page: str) -> dict[str, str]:
    """The hidden fields of the page that offers to send the kept typing."""
    return {
        html.unescape(name): html.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', page)
        if name != "csrfmiddlewaretoken"
    }


@pytest.fixture
def case(alice):
    return case_record(alice)


def post_after_the_end(case, action="continue", **answers):
    """The job step's answers, posted by a browser whose session has ended."""
    client = Client()
    data = {**JOB, **answers, "action": action, "version": str(case.version)}
    return client, client.post(step_url(case, "job"), data)


def log_in(client, kept: dict, password=PASSWORD, follow=True):
    return client.post(
        "/account/login/",
        {"username": "alice", "password": password, "kept": json.dumps(kept)},
        follow=follow,
    )


def test_a_post_after_the_session_ended_gets_the_log_in_page_holding_it(case):
    client, response = post_after_the_end(case, employer=STORY)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Your session ended" in page and 'name="password"' in page
    kept = kept_field(page)
    assert kept["to"] == step_url(case, "job")
    assert ["employer", STORY] in kept["fields"]
    # Shown as text in an attribute, never as markup.
    assert "<b>" not in page.split('name="kept"')[1].split(">")[0]
    assert stored(case).document["employment"]["employer"] == "Amazon"


def test_after_logging_in_the_typing_is_offered_and_saved_only_when_sent(case):
    client, response = post_after_the_end(case, employer=STORY)
    kept = kept_field(response.content.decode())
    page = log_in(client, kept).content.decode()
    assert "Save what I typed" in page
    # Logged in, and nothing saved yet: the person chooses.
    assert stored(case).document["employment"]["employer"] == "Amazon"
    assert client.get("/cases/").status_code == 200
    fields = send_fields(page)
    assert fields["employer"] == STORY and fields["action"] == "continue"
    target = re.search(r'<form method="post" action="([^"]*)" id="send-kept">', page).group(1)
    assert target == step_url(case, "job")

    sent = client.post(target, fields)
    assert sent.status_code == 302
    assert stored(case).document["employment"]["employer"] == STORY


def test_a_wrong_password_keeps_holding_the_typing(case):
    client, response = post_after_the_end(case, employer=STORY)
    kept = kept_field(response.content.decode())
    again = log_in(client, kept, password="not the password at all").content.decode()
    assert "We could not log you in" in again
    assert kept_field(again) == kept


def test_typing_sent_by_the_idle_time_out_is_saved_without_ending_the_new_session(case):
    # idle.js's last send came too late (a laptop asleep): once sent again after the log-in,
    # it is saved and the person stays on the step, logged in.
    client, response = post_after_the_end(case, action="idle_end", employer=STORY)
    kept = kept_field(response.content.decode())
    fields = send_fields(log_in(client, kept).content.decode())
    assert fields["action"] == "resume"
    sent = client.post(step_url(case, "job"), fields)
    assert sent.status_code == 302 and sent.url == step_url(case, "job")
    assert stored(case).document["employment"]["employer"] == STORY
    assert client.get(step_url(case, "job")).status_code == 200


def test_kept_typing_for_a_page_outside_the_questionnaire_is_not_offered(case):
    client = Client()
    for to in ("https://elsewhere.example/", "/account/delete/", "//elsewhere.example/x"):
        response = log_in(client, {"to": to, "fields": [["confirm", "yes"]]}, follow=False)
        assert response.status_code == 302, to
        assert response.url != "/account/login/kept/", to
        client.logout()


def test_kept_typing_sent_to_another_persons_case_saves_nothing(case, bob):
    # The typing goes back to where it was posted; it is checked there as any post is.
    client, response = post_after_the_end(case, employer=STORY)
    kept = kept_field(response.content.decode())
    page = client.post(
        "/account/login/",
        {"username": "bob", "password": "another long phrase", "kept": json.dumps(kept)},
        follow=True,
    ).content.decode()
    # Not offered to another account (a log-in page left on a shared computer)...
    assert "not in this account" in page and 'id="send-kept"' not in page
    # ...and refused if sent anyway.
    assert client.post(kept["to"], dict(kept["fields"])).status_code == 404
    assert stored(case).document["employment"]["employer"] == "Amazon"


def test_the_offer_names_the_case_and_the_step_and_lists_what_was_typed(case):
    client, response = post_after_the_end(case, employer=STORY, start_date="2021-06-15")
    page = log_in(client, kept_field(response.content.decode())).content.decode()
    assert "for “Your job” in your case “Full”" in page
    assert "<dt>Employer</dt><dd>Employer &lt;b&gt;&quot;Ann &amp; Co&quot;&lt;/b&gt;<br>" in page
    assert "June 15, 2021" in page


def test_a_log_in_page_sent_after_logging_in_in_another_tab_still_offers_the_typing(case):
    client, response = post_after_the_end(case, employer=STORY)
    kept = kept_field(response.content.decode())
    assert log_in(client, kept).status_code == 200  # tab 1
    again = log_in(client, kept)  # tab 2's log-in page, the same session now logged in
    assert again.status_code == 200 and 'id="send-kept"' in again.content.decode()


def test_an_item_added_with_htmx_is_sent_to_its_step_with_the_rest_of_the_typing(case):
    # htmx sent the whole step to the list's own address, which saves the item only; the
    # step's address saves the item and keeps the rest (an answer, another item typed).
    client = Client()
    response = client.post(
        f"/cases/{case.pk}/add-item/vests/",
        {
            "version": str(case.version),
            "share_price": "123.45",
            "vests-new-date": "2028-02-01",
            "vests-new-shares": "7",
            "bonuses-new-amount": "$2,000",
        },
        HTTP_HX_REQUEST="true",
    )
    kept = kept_field(response.content.decode())
    assert kept["to"] == step_url(case, "pay")
    assert ["action", "add:vests"] in kept["fields"]
    fields = send_fields(log_in(client, kept).content.decode())
    client.post(kept["to"], fields)
    compensation = stored(case).document["compensation"]
    assert compensation["share_price"] == "123.45"
    assert ("2028-02-01", "7") in {(v["date"], v["shares"]) for v in compensation["vests"]}
    # The bonus typed but not added is kept on the step, as it would have been.
    assert "$2,000" in client.get(step_url(case, "pay")).content.decode()


def test_a_check_of_an_unknown_list_after_the_end_asks_to_log_in(case):
    response = Client().post(f"/cases/{case.pk}/check-item/pets/", {}, HTTP_HX_REQUEST="true")
    assert response.status_code == 302


def test_a_list_button_pressed_after_the_end_shows_the_log_in_page_whole(case):
    client = Client()
    response = client.post(
        f"/cases/{case.pk}/add-item/events/",
        {"events-new-notes": STORY, "action": "add:events"},
        HTTP_HX_REQUEST="true",
    )
    assert response["HX-Retarget"] == "body" and response["HX-Reswap"] == "outerHTML"
    assert ["events-new-notes", STORY] in kept_field(response.content.decode())["fields"]


def test_a_post_from_another_site_is_refused_not_kept(case):
    # Another site's form cannot hand a person typing to save into their own case.
    client = Client(enforce_csrf_checks=True)
    response = client.post(step_url(case, "job"), {**JOB, "employer": "planted"})
    assert response.status_code == 403
    assert b"planted" not in response.content


def test_a_fields_check_after_the_end_keeps_the_step_to_be_saved_where_it_is(case):
    # Leaving a field checks it (htmx), sending the whole step: its typing is kept for the
    # step itself, saved there without leaving it.
    client = Client()
    response = client.post(
        f"/cases/{case.pk}/step/job/check/", {**JOB, "employer": STORY}, HTTP_HX_REQUEST="true"
    )
    assert response["HX-Retarget"] == "body"
    kept = kept_field(response.content.decode())
    assert kept["to"] == step_url(case, "job")
    assert ["action", "resume"] in kept["fields"]
    item = client.post(
        f"/cases/{case.pk}/check-item/vests/", {"vests-new-shares": "12"}, HTTP_HX_REQUEST="true"
    )
    assert kept_field(item.content.decode())["to"] == step_url(case, "pay")


def test_the_offer_after_the_log_in_is_a_page_of_its_own_that_a_reload_shows_again(case):
    """The offer was the answer to the log-in's post: reloading it sent the log-in again with
    the CSRF token the log-in had changed, and "Forbidden" took the typing's place. It is now
    kept in the new session and shown at its own address, as often as it is asked for."""
    client = Client(enforce_csrf_checks=True)
    client.get("/account/login/")  # the browser's CSRF cookie, as a page of pipv sets it
    token = client.cookies["csrftoken"].value
    ended = client.post(
        step_url(case, "job"),
        {**JOB, "employer": STORY, "action": "continue", "version": str(case.version)},
        HTTP_X_CSRFTOKEN=token,
    )
    login = {
        "username": "alice",
        "password": PASSWORD,
        "kept": json.dumps(kept_field(ended.content.decode())),
        "csrfmiddlewaretoken": token,
    }
    logged_in = client.post("/account/login/", login)
    assert logged_in.status_code == 302
    for _reload in range(2):
        offer = client.get(logged_in.url).content.decode()
        assert 'id="send-kept"' in offer and "Employer &lt;b&gt;" in offer
    # Sent from the offer, it is saved and the offer is forgotten.
    fields = send_fields(offer)
    new_token = client.cookies["csrftoken"].value
    sent = client.post(kept_field_to(offer), {**fields, "csrfmiddlewaretoken": new_token})
    assert sent.status_code == 302
    assert stored(case).document["employment"]["employer"] == STORY
    assert client.get(logged_in.url).url == "/cases/"


def kept_field_to(page: str) -> str:
    return html.unescape(
        re.search(r'<form method="post" action="([^"]*)" id="send-kept">', page)[1]
    )


def test_log_out_pressed_after_the_end_saves_the_typing_and_keeps_the_new_session(case):
    # The header's Log out is a button of the step's form: sent again after the log-in, it
    # saves what was typed and does not end the session just started.
    client, response = post_after_the_end(case, action="logout", employer=STORY)
    fields = send_fields(log_in(client, kept_field(response.content.decode())).content.decode())
    assert fields["action"] == "resume"
    client.post(step_url(case, "job"), fields)
    assert stored(case).document["employment"]["employer"] == STORY
    assert client.get(step_url(case, "job")).status_code == 200
