"""The small things a newcomer tripped over: honest labels, one word per link, a favicon."""

import re

from django.urls import reverse

from pipv.cases.models import CaseRecord
from tests.factories import step_url

WORK_DEVICE = "Not a work laptop, not the office Wi-Fi and not the company VPN"


def label_of(page, name):
    return re.search(rf'<label for="id_{name}">(.*?)</label>', page, re.S).group(1)


def test_the_share_price_is_not_called_optional_once_there_are_vests(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "pay")).content.decode()
    assert "optional" not in label_of(page, "share_price")
    # Left empty with a vest listed: Continue says what is needed and keeps the step.
    response = alice_client.post(
        step_url(full_case, "pay"),
        {"share_price": "", "action": "continue", "version": full_case.version},
    )
    assert response.status_code == 200
    assert 'href="#id_share_price"' in response.content.decode()
    assert CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["share_price"] == (
        "210.00"
    )


def test_without_vests_the_share_price_says_when_it_is_needed(alice_client, full_case):
    full_case.document["compensation"]["vests"] = []
    full_case.save()
    page = alice_client.get(step_url(full_case, "pay")).content.decode()
    assert "(needed once you list a vest)" in label_of(page, "share_price")


def test_the_review_shows_the_share_price_in_dollars_and_one_word_per_link(alice_client, full_case):
    full_case.document["compensation"]["share_price"] = "1212.5075"
    full_case.save()
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "$1,212.5075" in page
    links = re.findall(r'<a class="edit-link"[^>]*>(\w+)<', page)
    assert links and set(links) == {"Change"}
    assert ">Edit<" not in page


def test_every_number_field_on_severance_has_the_same_width(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "severance")).content.decode()
    assert 'inputmode="numeric"' in page  # the days
    css = open("static/css/pipv.css", encoding="utf-8").read()
    rule = re.search(
        r'input\[inputmode="decimal"\],\s*input\[inputmode="numeric"\]\s*\{([^}]*)\}', css
    )
    assert rule and "max-width: 16rem" in rule.group(1)


def test_the_favicon_is_our_own_small_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert len(body) < 2000


def test_the_work_device_warning_comes_before_signing_up(client, db):
    assert WORK_DEVICE in client.get("/").content.decode()
    assert WORK_DEVICE in client.get(reverse("accounts:signup")).content.decode()


def test_htmx_injects_no_style_and_the_indicator_rules_are_ours(client, db):
    page = client.get("/").content.decode()
    assert '"includeIndicatorStyles": false' in page
    css = open("static/css/pipv.css", encoding="utf-8").read()
    assert ".htmx-request .htmx-indicator" in css


def test_people_treated_better_are_read_with_either_colon():
    # "who: what happened", one a line; a Chinese keyboard types the full-width colon.
    from pipv.cases.forms import ComparatorsField

    field = ComparatorsField(label="People treated better", required=False)
    typed = "Teammate, same level: missed the same goal, no plan\n同级队友：同样没达成目标\n\n"
    assert field.to_document(typed) == [
        {"who": "Teammate, same level", "what_happened": "missed the same goal, no plan"},
        {"who": "同级队友", "what_happened": "同样没达成目标"},
    ]
