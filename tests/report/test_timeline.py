"""The timeline chart draws the pair the summary names, with its day count."""

import copy

import pytest
from django.urls import reverse

from pipv.cases.models import CaseRecord
from tests.factories import COMPLETE


@pytest.mark.django_db
def test_each_event_is_linked_to_its_strongest_pair_not_merely_the_closest(
    client, django_user_model
):
    alice = django_user_model.objects.create_user("alice", password="correct horse battery")
    document = copy.deepcopy(COMPLETE)
    document["employment"]["work_state"] = "NY"  # 2d Circuit; neither band is moved by it
    document["protected_activities"] = [
        # Jul 27 -> Aug 21: 4 (rest of July) + 21 = 25 days, very close; the manager knew:
        # a strong pair.
        {"id": "pa1", "kind": "fmla_request", "date": "2026-07-27", "reported_to": "manager",
         "in_writing": True, "decision_maker_knew": "yes"},
        # Aug 16 -> Aug 21: 5 days, closer, but nobody knows whether the manager knew: one band
        # weaker (close), so only moderate.
        {"id": "pa2", "kind": "wage_complaint", "date": "2026-08-16", "reported_to": "hr",
         "in_writing": False, "decision_maker_knew": "unknown"},
    ]  # fmt: skip
    document["events"] = [
        {"id": "e1", "kind": "demotion", "date": "2026-08-21", "by": "manager"},
    ]
    record = CaseRecord.objects.create(owner=alice, title="x", document=document)
    client.force_login(alice)
    html = client.get(reverse("report:results", args=[record.pk])).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    # The 25-day pair is the one the summary calls strongest, so it is the one drawn.
    assert ">25 d<" in svg
    assert ">5 d<" not in svg
