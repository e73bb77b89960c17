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


def test_a_gap_counted_from_a_leaves_return_is_drawn_from_the_return():
    from pipv.engine import assess, parse
    from pipv.report.present import build_report

    document = copy.deepcopy(COMPLETE)
    # Leave June 1 to July 10; feedback Aug 3: 21 + 3 = 24 days from the return. The dotted
    # line was drawn from June 1 with "24 d" beside it, a gap of 63 days on the page.
    document["protected_activities"] = [
        {"id": "pa1", "kind": "fmla_leave", "date": "2026-06-01", "end_date": "2026-07-10",
         "reported_to": "manager", "in_writing": True, "decision_maker_knew": "yes"},
    ]  # fmt: skip
    document["events"] = [{"id": "e1", "kind": "negative_feedback", "date": "2026-08-03"}]
    chart = build_report(assess(parse(document))).chart
    (link,) = chart.links
    leave = next(m for m in chart.marks if m.kind == "activity")
    event = next(m for m in chart.marks if m.kind == "adverse")
    assert link.label == "24 d"
    assert link.start_x == leave.x  # a solid line from the leave's mark ...
    # ... to the return, 24 of the 63 days before the event: the dotted line starts there.
    assert link.x1 == pytest.approx(event.x - (event.x - leave.x) * 24 / 63, abs=0.2)
    assert chart.spans == (link,)
