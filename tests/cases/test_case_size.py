"""How large a case may be, on the web: an import past the limit is refused in words, a case
at the limit shows every pair, and one more item past a limit is refused without losing
anything already saved or typed.

Timing compares every protected activity with every event (activities x events at most
10,000); each list alone holds at most 500 items.
"""

import json

import lxml.html
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pipv.cases.models import CaseRecord
from tests.factories import case_record, many, step_url, stored

HX = {"HTTP_HX_REQUEST": "true"}
EVENT = {"events-new-kind": "pay_cut", "events-new-date": "2026-06-01", "events-new-by": "VP"}
ACTIVITY = {
    "activities-new-kind": "wage_complaint",
    "activities-new-date": "2024-09-01",
    "activities-new-reported_to": "hr",
    "activities-new-in_writing": "True",
    "activities-new-decision_maker_knew": "yes",
}
TOO_MANY_PAIRS = (
    "This case has 500 protected activities and 500 events against you. pipv compares every "
    "protected activity with every event against you: that makes 250,000 pairs, and a case "
    "can have at most 10,000. Remove the activities or events that matter least."
)


def import_file(client, document):
    upload = SimpleUploadedFile("big.json", json.dumps(document).encode())
    return client.post(reverse("cases:import"), {"case_file": upload})


def text_of(response) -> str:
    return " ".join(lxml.html.fromstring(response.content).text_content().split())


def test_an_import_past_the_limit_is_refused_in_words_and_nothing_is_made(alice_client):
    response = import_file(alice_client, many(500, 500))
    assert response.status_code == 200
    assert "was not imported" in text_of(response)
    assert TOO_MANY_PAIRS in text_of(response)
    alice_client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    response = import_file(alice_client, many(500, 500))
    # Numbers as the Chinese pages write them (Django's zh-hans format: no thousands mark).
    assert (
        "此档案有 500 项受保护活动和 500 个对您不利的事件。"
        "pipv 会把每项受保护活动与每个对您不利的事件逐一比较："
        "这样共有 250000 对，而一个档案最多只能有 10000 对。请删除最不重要的活动或事件。"
    ) in text_of(response)
    assert not CaseRecord.objects.exists()


def test_a_case_at_the_limit_imports_and_its_results_page_lists_every_pair(alice_client):
    response = import_file(alice_client, many(100, 100))
    assert response.status_code == 302
    record = CaseRecord.objects.get()
    response = alice_client.get(reverse("report:results", args=[record.pk]))
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    rows = page.xpath("//table[contains(@class, 'pairs-table')]//tbody/tr")
    assert len(rows) == 100  # one row an event
    assert len(page.xpath("//table[contains(@class, 'pairs-table')]//tbody//li")) == 10_000


def add(client, case, kind, data, **extra):
    return client.post(reverse("cases:item_add", args=[case.pk, kind]), data, **extra)


def test_one_more_event_at_the_limit_is_refused_and_what_was_typed_stays(alice_client, alice):
    case = case_record(alice, document=many(100, 100))
    before = stored(case).document
    response = add(alice_client, case, "events", EVENT, **HX)
    assert response.status_code == 200
    assert (
        "Not added: with it, this case would have 100 protected activities and 101 events "
        "against you. pipv compares every protected activity with every event against you: "
        "that would make 10,100 pairs, and a case can have at most 10,000. To add this one, "
        "first remove an activity or event that matters less."
    ) in text_of(response)
    assert 'value="VP"' in response.content.decode()
    assert stored(case).document == before


def test_one_more_activity_at_the_limit_is_refused_without_javascript_too(alice_client, alice):
    case = case_record(alice, document=many(100, 100))
    before = stored(case).document
    response = add(alice_client, case, "activities", ACTIVITY)
    assert response.status_code == 200
    assert "<html" in response.content.decode()
    assert "this case would have 101 protected activities and 100 events against you" in text_of(
        response
    )
    assert stored(case).document == before


def test_a_case_at_the_limit_still_takes_a_vest_and_a_changed_event(alice_client, alice):
    case = case_record(alice, document=many(100, 100))
    vest = {"vests-new-date": "2027-03-01", "vests-new-shares": "12"}
    assert add(alice_client, case, "vests", vest).status_code == 302
    assert len(stored(case).document["compensation"]["vests"]) == 2


def test_removing_an_event_makes_room_for_another(alice_client, alice):
    case = case_record(alice, document=many(100, 100))
    remove = reverse("cases:item_remove", args=[case.pk, "events", "e1"])
    alice_client.post(remove, {"confirm": "yes"})
    assert add(alice_client, case, "events", EVENT).status_code == 302
    assert len(stored(case).document["events"]) == 100


def test_one_more_item_past_a_lists_500_is_refused_not_saved_unreadable(alice_client, alice):
    vests = [{"id": f"v{i}", "date": "2027-03-01", "shares": "1"} for i in range(1, 501)]
    case = case_record(alice, document=many(1, 1, **{"compensation.vests": vests}))
    response = add(
        alice_client, case, "vests", {"vests-new-date": "2027-04-01", "vests-new-shares": "2"}
    )
    assert response.status_code == 200
    assert (
        "Not added: a case can hold at most 500 of these. To add this one, first remove one "
        "that matters less."
    ) in text_of(response)
    assert len(stored(case).document["compensation"]["vests"]) == 500
    assert alice_client.get(reverse("report:results", args=[case.pk])).status_code == 200


def test_a_grant_that_would_pass_500_vests_is_refused_and_none_is_added(alice_client, alice):
    vests = [{"id": f"v{i}", "date": "2027-03-01", "shares": "1"} for i in range(1, 481)]
    case = case_record(alice, document=many(1, 1, **{"compensation.vests": vests}))
    grant = {
        "grant-date": "2026-01-15",
        "grant-shares": "400",
        "grant-pattern": "even_quarterly",
        "grant-years": "10",
    }
    response = alice_client.post(reverse("cases:vests_from_grant", args=[case.pk]), grant, **HX)
    assert response.status_code == 200
    assert (
        "Not added: this grant's 40 vests would make 520, and a case can hold at most 500."
    ) in text_of(response)
    assert len(stored(case).document["compensation"]["vests"]) == 480


def test_a_case_saved_past_the_limit_before_it_existed_keeps_everything(alice_client, alice):
    case = case_record(alice, document=many(500, 500))
    results = alice_client.get(reverse("report:results", args=[case.pk]))
    assert results.status_code == 409  # not ready: the review says why
    review = alice_client.get(reverse("cases:step", args=[case.pk, "review"]))
    assert TOO_MANY_PAIRS in text_of(review)
    exported = json.loads(alice_client.get(reverse("cases:export", args=[case.pk])).content)
    assert len(exported["protected_activities"]) == len(exported["events"]) == 500


def test_continue_with_one_more_event_typed_at_the_limit_stays_and_says_why(alice_client, alice):
    case = case_record(alice, document=many(100, 100))
    before = stored(case).document
    response = alice_client.post(step_url(case, "events"), {**EVENT, "action": "continue"})
    assert response.status_code == 200  # the step again, not the next one
    assert "Not added: with it, this case would have 100 protected activities and 101 events" in (
        text_of(response)
    )
    assert 'value="VP"' in response.content.decode()
    assert stored(case).document == before
