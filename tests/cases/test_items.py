"""Repeating items: added, changed and removed in place with htmx, or by plain form posts."""

import re

from django.urls import reverse

from pipv.cases.models import CaseRecord
from tests.factories import step_url

from .test_steps import grant

HX = {"HTTP_HX_REQUEST": "true"}
EVENT = {
    "events-new-kind": "contradicting_recap",
    "events-new-date": "2026-10-01",
    "events-new-by": "manager",
    "events-new-notes": "<script>alert(1)</script> recap lists gaps",
    "events-new-contradicting_evidence": "tracker shows it done",
}


def events_of(case):
    return CaseRecord.objects.get(pk=case.pk).document["events"]


def test_htmx_add_returns_only_the_list_partial(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), EVENT, **HX
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.lstrip().startswith('<section class="item-list" id="list-events"')
    assert "<html" not in page
    assert "Added." in page
    assert response["Vary"] == "HX-Request" or "HX-Request" in response["Vary"]


def test_items_are_kept_sorted_by_date_with_new_unique_ids(alice_client, full_case):
    alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), EVENT, **HX)
    events = events_of(full_case)
    assert [e["date"] for e in events] == ["2026-09-02", "2026-10-01", "2026-11-18"]
    assert events[1]["id"] == "e3"
    assert events[1]["kind"] == "contradicting_recap"


def test_free_text_is_escaped(alice_client, full_case):
    alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), EVENT, **HX)
    page = alice_client.get(reverse("cases:step", args=[full_case.pk, "events"])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_without_javascript_add_is_a_plain_post_that_redirects(alice_client, full_case):
    response = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), EVENT)
    assert response.status_code == 302
    assert response.url == reverse("cases:step", args=[full_case.pk, "events"]) + "#list-events"
    assert len(events_of(full_case)) == 3


def test_an_invalid_item_is_explained_and_nothing_is_saved(alice_client, full_case):
    data = {**EVENT, "events-new-date": "2026-13-01"}
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), data, **HX
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert 'href="#id_events-new-date"' in page
    assert 'value="tracker shows it done"' in page or "tracker shows it done" in page
    assert len(events_of(full_case)) == 2


def test_an_invalid_item_without_javascript_shows_the_whole_page(alice_client, full_case):
    data = {**EVENT, "events-new-date": ""}
    response = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" in page
    assert 'class="error-summary"' in page


def test_the_engine_refuses_a_past_event_after_the_as_of_date(alice_client, full_case):
    data = {**EVENT, "events-new-date": "2027-02-01"}
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), data, **HX
    )
    assert "Feb. 1, 2027 is after the as-of date Nov. 22, 2026" in response.content.decode()
    assert len(events_of(full_case)) == 2


def test_an_event_before_the_first_day_at_the_job_is_refused_with_both_days(
    alice_client, full_case
):
    start = full_case.document["employment"]["start_date"]
    data = {**EVENT, "events-new-date": "2018-10-01"}
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), data, **HX
    )
    page = response.content.decode()
    assert "Oct. 1, 2018 is before your first day at this employer" in page
    assert start[:4] in page
    assert len(events_of(full_case)) == 2


def test_huge_notes_are_refused_with_a_message(alice_client, full_case):
    data = {**EVENT, "events-new-notes": "x" * 10_001}
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), data, **HX
    )
    page = response.content.decode()
    assert "This is too long: at most 10000 characters (it has 10001)." in page
    # Every character typed is on the page to shorten, none cut.
    assert "x" * 10_001 in page
    assert len(events_of(full_case)) == 2


def test_a_notes_box_lets_a_long_paste_through_so_nothing_is_cut_unseen(alice_client, full_case):
    # A browser cuts pasted text at a maxlength without a word; the server says it instead.
    page = alice_client.get(reverse("cases:step", args=[full_case.pk, "events"])).content
    notes = re.search(rb'<textarea[^>]*name="events-new-notes"[^>]*>', page)
    assert notes is not None
    assert b"maxlength" not in notes.group(0)
    # A one-line answer too: the browser would cut a name and a role pasted together, and
    # counts an emoji as two characters, so cut even an answer within the limit.
    by = re.search(rb'<input[^>]*name="events-new-by"[^>]*>', page)
    assert by is not None
    assert b"maxlength" not in by.group(0)


def test_notes_pasted_from_a_word_processor_are_saved_with_plain_line_breaks(
    alice_client, full_case
):
    # Its manual line break is a vertical tab: saved as the newline the person saw, so the
    # page and the PDF show the note alike; a stray escape character is left out.
    data = {**EVENT, "events-new-notes": "Recap sent.\x0bNo reply.\x1b"}
    alice_client.post(reverse("cases:item_add", args=[full_case.pk, "events"]), data, **HX)
    assert events_of(full_case)[1]["notes"] == "Recap sent.\nNo reply."


def test_htmx_edit_shows_the_form_in_place_and_saves(alice_client, full_case):
    edit = reverse("cases:item_edit", args=[full_case.pk, "events", "e1"])
    page = alice_client.get(edit, **HX).content.decode()
    assert "<html" not in page
    assert 'name="events-e1-date"' in page
    assert 'value="2026-09-02"' in page
    response = alice_client.post(
        edit,
        {
            "events-e1-kind": "negative_feedback",
            "events-e1-date": "2026-11-20",
            "events-e1-by": "skip",
        },
        **HX,
    )
    assert response.status_code == 200
    assert "Saved." in response.content.decode()
    events = events_of(full_case)
    # Moved after e2 by its new date.
    assert [e["id"] for e in events] == ["e2", "e1"]
    assert events[1]["by"] == "skip"


def test_without_javascript_edit_is_a_page_and_a_post(alice_client, full_case):
    edit = reverse("cases:item_edit", args=[full_case.pk, "activities", "pa1"])
    page = alice_client.get(edit).content.decode()
    assert "<html" in page and 'name="activities-pa1-kind"' in page
    response = alice_client.post(
        edit,
        {
            "activities-pa1-kind": "ada_accommodation_request",
            "activities-pa1-date": "2026-08-05",
            "activities-pa1-reported_to": "hr",
            "activities-pa1-in_writing": "no",
            "activities-pa1-decision_maker_knew": "unknown",
            "activities-pa1-notes": "",
        },
    )
    assert response.status_code == 302
    activity = CaseRecord.objects.get(pk=full_case.pk).document["protected_activities"][0]
    assert activity == {
        "id": "pa1",
        "kind": "ada_accommodation_request",
        "date": "2026-08-05",
        "reported_to": "hr",
        "in_writing": False,
        "decision_maker_knew": "unknown",
    }


def test_remove_works_with_and_without_javascript(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:item_remove", args=[full_case.pk, "events", "e1"]), **HX
    )
    assert "Removed." in response.content.decode()
    assert "<html" not in response.content.decode()
    # Without JavaScript there is no dialog: a page asks first, naming the item, and a slip
    # of the finger beside Change removes nothing.
    url = reverse("cases:item_remove", args=[full_case.pk, "events", "e2"])
    version = CaseRecord.objects.get(pk=full_case.pk).version
    asked = alice_client.post(url, {"version": version})
    page = asked.content.decode()
    assert "Remove this item?" in page and "Keep it" in page
    assert 'name="confirm" value="yes"' in page
    assert len(events_of(full_case)) == 1
    response = alice_client.post(url, {"version": version, "confirm": "yes"})
    assert response.status_code == 302
    assert events_of(full_case) == []


def test_removing_a_missing_item_is_404(alice_client, full_case):
    url = reverse("cases:item_remove", args=[full_case.pk, "events", "e99"])
    assert alice_client.post(url).status_code == 404


def test_remove_needs_a_post(alice_client, full_case):
    url = reverse("cases:item_remove", args=[full_case.pk, "events", "e1"])
    assert alice_client.get(url).status_code == 405


def test_vests_and_bonuses(alice_client, full_case):
    alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "vests"]),
        {"vests-new-date": "2027-06-14", "vests-new-shares": "1,200"},
        **HX,
    )
    alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "bonuses"]),
        {
            "bonuses-new-date": "2026-01-15",
            "bonuses-new-amount": "$25,000",
            "bonuses-new-repay_if_leave_before": "2027-01-15",
            "bonuses-new-repay_amount": "",
        },
        **HX,
    )
    compensation = CaseRecord.objects.get(pk=full_case.pk).document["compensation"]
    assert compensation["vests"][1] == {"id": "v2", "date": "2027-06-14", "shares": "1200"}
    assert compensation["bonuses"][0] == {
        "id": "b2",
        "date": "2026-01-15",
        "amount": "25000.00",
        "repay_if_leave_before": "2027-01-15",
    }


def test_a_pay_back_day_before_the_payment_is_explained_and_nothing_added(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "bonuses"]),
        {
            "bonuses-new-date": "2027-01-15",
            "bonuses-new-amount": "$25,000",
            "bonuses-new-repay_if_leave_before": "2026-01-01",
        },
        **HX,
    )
    assert "This day comes before the payment date: check the year of both." in (
        response.content.decode()
    )
    bonuses = CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["bonuses"]
    assert [b["id"] for b in bonuses] == ["b1"]


def test_a_vest_already_vested_says_why_the_report_does_not_count_it(alice_client, full_case):
    # The case counts from Nov. 22, 2026: a vest of Dec. 14, 2025 is the person's already.
    full_case.document["compensation"]["vests"].append(
        {"id": "v2", "date": "2025-12-14", "shares": "30"}
    )
    full_case.save()
    note = "Already vested by the day the results count from: yours, so not money at stake."
    for slug in ("pay", "review"):
        page = alice_client.get(step_url(full_case, slug)).content.decode()
        assert page.count(note) == 1, slug  # the past vest's row only, not Dec. 14, 2026's


def test_a_list_stored_out_of_date_order_is_shown_in_date_order(alice_client, full_case):
    # An imported file may list its vests in any order; the list reads in date order, and
    # the file is kept as it came.
    full_case.document["compensation"]["vests"] = [
        {"id": "v1", "date": "2028-03-01", "shares": "30"},
        {"id": "v2", "date": "2027-03-01", "shares": "20"},
    ]
    full_case.save()
    for slug in ("pay", "review"):
        page = alice_client.get(step_url(full_case, slug)).content.decode()
        assert page.index("March 1, 2027") < page.index("March 1, 2028"), slug
    vests = CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["vests"]
    assert [v["id"] for v in vests] == ["v1", "v2"]


def test_vests_can_be_generated_from_a_grant_then_edited(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:vests_from_grant", args=[full_case.pk]),
        grant("2026-01-10", "400", "4"),
        **HX,
    )
    assert "4 vests added" in response.content.decode()
    vests = CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["vests"]
    # 400 shares over 4 years, 100 a year from 2027-01-10; v1 (2026-12-14) stays first.
    assert [(v["id"], v["date"], v["shares"]) for v in vests] == [
        ("v1", "2026-12-14", "40"),
        ("v2", "2027-01-10", "100"),
        ("v3", "2028-01-10", "100"),
        ("v4", "2029-01-10", "100"),
        ("v5", "2030-01-10", "100"),
    ]
    edit = reverse("cases:item_edit", args=[full_case.pk, "vests", "v3"])
    alice_client.post(edit, {"vests-v3-date": "2028-01-12", "vests-v3-shares": "99"}, **HX)
    vests = CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["vests"]
    assert vests[2] == {"id": "v3", "date": "2028-01-12", "shares": "99"}


def test_an_unknown_list_is_404(alice_client, full_case):
    url = reverse("cases:item_add", args=[full_case.pk, "pets"])
    assert alice_client.post(url, {}).status_code == 404


def test_cancel_returns_the_list_partial_or_the_page(alice_client, full_case):
    url = reverse("cases:items", args=[full_case.pk, "events"])
    assert "<html" not in alice_client.get(url, **HX).content.decode()
    assert alice_client.get(url).status_code == 302


def test_every_htmx_control_has_a_real_action_or_href(alice_client, full_case):
    import re

    page = alice_client.get(reverse("cases:step", args=[full_case.pk, "events"])).content.decode()
    for tag in re.findall(r"<(?:form|a)\b[^>]*hx-(?:post|get)[^>]*>", page):
        assert re.search(r'(action|href)="/cases/', tag), tag
    # A button sends the step's form, to its own address or to the step's.
    buttons = re.findall(r"<button\b[^>]*hx-post[^>]*>", page)
    assert len(buttons) == 5  # Add, and each of the two items' Change and Remove
    for tag in buttons:
        assert 'form="step-form"' in tag, tag
