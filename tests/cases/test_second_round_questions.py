"""The new optional questions: each saved where the case-file contract names it, none required."""

import re

from django.urls import reverse

from pipv.cases.models import CaseRecord
from tests.factories import step_url, stored

from .test_steps import JOB, post

ACTIVITY = {
    "activities-new-kind": "whistleblower_report",
    "activities-new-date": "2026-08-04",
    "activities-new-subject": "workplace_safety",
    "activities-new-end_date": "",
    "activities-new-reported_to": "manager",
    "activities-new-in_writing": "yes",
    "activities-new-decision_maker_knew": "yes",
    "activities-new-known_on": "2026-08-20",
    "activities-new-notes": "",
}


def test_the_job_step_saves_the_job_as_lived(alice_client, new_case):
    data = {
        **JOB,
        "employer_public": "yes",
        "work_city": "Seattle",
        "ended_on": "2026-11-06",
        "exit_path": "other",
        "as_of": "",
    }
    response = post(alice_client, new_case, "job", data)
    assert response.status_code == 302
    employment = stored(new_case).document["employment"]
    assert (
        employment["employer_public"],
        employment["work_city"],
        employment["ended_on"],
        employment["exit_path"],
    ) == (True, "Seattle", "2026-11-06", "other")
    # Left empty, the as-of date is not pinned: the results count from today.
    assert "as_of" not in stored(new_case).document


def test_the_new_job_questions_are_optional_and_say_why(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    page = re.sub(r"<[^>]+>", "", page)  # the word "(optional)" may be a span of the label's
    assert "(optional) (optional)" not in page
    for label in (
        "Are your employer&#x27;s shares traded on a stock exchange? (optional)",
        "If your job has already ended: your last day (optional)",
        "How did it end? (optional)",
    ):
        assert label in page
    assert "Why we ask: once the job has ended, COBRA" in page
    response = post(alice_client, new_case, "job", JOB)
    assert response.status_code == 302
    assert "ended_on" not in stored(new_case).document["employment"]


def test_how_it_ended_needs_the_last_day(alice_client, new_case):
    response = post(alice_client, new_case, "job", {**JOB, "exit_path": "pip_fail"})
    assert response.status_code == 200
    assert "Enter your last day, or clear how it ended." in response.content.decode()


def test_a_last_day_before_events_already_listed_says_so_at_the_day(alice_client, full_case):
    # The Pivot meeting of Nov. 18 is listed; a last day of Nov. 10 would leave it outside
    # the job. The day says so, rather than the review finding it later.
    data = {**JOB, "ended_on": "2026-11-10", "exit_path": "other"}
    response = post(alice_client, full_case, "job", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "This event at work comes after this day: Pivot meeting (Nov. 18, 2026). Change this "
        "day, or change that event first." in page
    )
    assert "ended_on" not in stored(full_case).document["employment"]
    # Before the first day, it is refused with both days.
    response = post(alice_client, full_case, "job", {**data, "ended_on": "2020-11-06"})
    assert "Nov. 6, 2020 is before your first day at this employer, June 14, 2021" in (
        response.content.decode()
    )
    assert "ended_on" not in stored(full_case).document["employment"]
    # A first day after both events names both.
    response = post(alice_client, full_case, "job", {**JOB, "start_date": "2026-11-20"})
    assert (
        "These events at work come before this day: Negative feedback (Sept. 2, 2026); Pivot "
        "meeting (Nov. 18, 2026). Change this day, or change those events first."
        in response.content.decode()
    )
    assert stored(full_case).document["employment"]["start_date"] == "2021-06-14"


def test_an_event_at_work_after_the_last_day_is_refused_with_both_days(alice_client, full_case):
    full_case.document["employment"]["ended_on"] = "2026-11-19"
    full_case.save()
    data = {
        "events-new-kind": "coaching_plan",
        "events-new-date": "2026-11-20",
        "events-new-by": "manager",
        "events-new-notes": "",
        "events-new-contradicting_evidence": "",
    }
    url = reverse("cases:item_add", args=[full_case.pk, "events"])
    page = alice_client.post(url, data).content.decode()
    assert "Nov. 20, 2026 is after your last day at this employer, Nov. 19, 2026" in page
    kinds = [e["kind"] for e in stored(full_case).document["events"]]
    assert "coaching_plan" not in kinds
    # A severance offer can come by letter after the last day: it is added.
    alice_client.post(url, {**data, "events-new-kind": "severance_offer"})
    kinds = [e["kind"] for e in stored(full_case).document["events"]]
    assert "severance_offer" in kinds


def test_an_activity_keeps_its_subject_and_when_the_decision_maker_learned(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "activities"]), ACTIVITY
    )
    assert response.status_code == 302
    (added,) = [
        a
        for a in CaseRecord.objects.get(pk=full_case.pk).document["protected_activities"]
        if a["kind"] == "whistleblower_report"
    ]
    assert (added["subject"], added["known_on"]) == ("workplace_safety", "2026-08-20")
    assert "end_date" not in added


def test_every_day_before_the_activity_is_explained_at_once(alice_client, full_case):
    data = {
        **ACTIVITY,
        "activities-new-end_date": "2026-08-01",
        "activities-new-known_on": "2026-07-01",
    }
    response = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "activities"]), data)
    assert response.status_code == 200
    page = response.content.decode().replace("&#x27;", "'")
    # Both at once, each at its field: nobody corrects one to be shown the next.
    for day in ("Aug. 1, 2026", "July 1, 2026"):
        assert f"{day} is before the activity's date Aug. 4, 2026" in page
    assert "end_date" not in str(stored(full_case).document["protected_activities"])


def test_a_day_out_of_order_is_named_beside_an_answer_left_empty(alice_client, full_case):
    data = {
        **ACTIVITY,
        "activities-new-in_writing": "",
        "activities-new-known_on": "2026-07-01",
    }
    before = stored(full_case).document["protected_activities"]
    response = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "activities"]), data)
    assert response.status_code == 200
    page = response.content.decode().replace("&#x27;", "'")
    assert "Choose yes or no." in page
    assert "July 1, 2026 is before the activity's date Aug. 4, 2026" in page
    # Said once, by the form, not again as the file's "is required".
    assert "is required" not in page
    assert stored(full_case).document["protected_activities"] == before


def test_a_learning_day_before_the_activity_is_explained(alice_client, full_case):
    data = {**ACTIVITY, "activities-new-known_on": "2026-08-01"}
    response = alice_client.post(reverse("cases:item_add", args=[full_case.pk, "activities"]), data)
    assert response.status_code == 200
    assert "Aug. 1, 2026 is before the activity's date" in response.content.decode().replace(
        "&#x27;", "'"
    )


def test_a_refused_last_day_is_shown_refused_again_when_the_step_is_reopened(
    alice_client, full_case
):
    # Back saves the other answers and keeps the refused day as typed; reopened, the step
    # must not look as if it were saved, nor blame a question never touched.
    data = {**JOB, "ended_on": "2026-11-10", "exit_path": "plan_fail_t2"}
    post(alice_client, full_case, "job", data, action="back")
    page = alice_client.get(step_url(full_case, "job")).content.decode()
    assert 'value="2026-11-10"' in page
    assert "This event at work comes after this day: Pivot meeting (Nov. 18, 2026)" in page
    assert "is not one of the available choices" not in page
    # The way it ended was saved without its day: the review does not call the case ready.
    review = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "Enter your last day, or clear how it ended." in review


def test_a_leaves_end_asks_for_the_return_to_work_the_day_timing_counts_from(
    alice_client, full_case
):
    # case-format.md: a leave's end_date is "the day the leave ended (the return to work)".
    # Asked for "the last day of the leave", a person gave the Friday before a Monday return,
    # and every gap from the leave's end came out up to three days longer.
    page = alice_client.get(reverse("cases:step", args=[full_case.pk, "activities"]))
    text = page.content.decode().replace("&#x27;", "'")
    assert "If this was a leave: the day you went back to work" in text
    assert "If you did not go back, give the leave's last day." in text
