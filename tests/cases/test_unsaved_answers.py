"""An answer typed but not saved is named wherever the saved answers are used.

pipv keeps a value it cannot read ("12O,000") on its step, and the report uses the answer
saved before. The review, the case list and the results page say so, with a link to it.
"""

from django.urls import reverse

from tests.cases.test_steps import JOB
from tests.factories import step_url, stored

NOTICE = "1 answer typed but not saved"


def type_a_salary_pipv_cannot_read(client, case):
    response = client.post(
        step_url(case, "job"),
        {**JOB, "base_salary_annual": "12O,000", "action": "goto:review"},
    )
    # The other answers are saved; the salary stays as saved, and the typing is kept.
    assert stored(case).document["employment"]["base_salary_annual"] == "165000.00"
    return response


def test_the_review_names_an_answer_typed_but_not_saved_instead_of_ready(alice_client, full_case):
    assert "Ready:" in alice_client.get(step_url(full_case, "review")).content.decode()
    type_a_salary_pipv_cannot_read(alice_client, full_case)
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert NOTICE in page
    assert "Your job, Base salary per year, in US dollars:" in page
    assert "12O,000" in page
    assert f'href="{step_url(full_case, "job")}?return=review#id_base_salary_annual"' in page
    assert "Ready:" not in page


def test_the_case_list_and_the_results_name_it_too(alice_client, full_case):
    type_a_salary_pipv_cannot_read(alice_client, full_case)
    cases = alice_client.get(reverse("cases:list")).content.decode()
    # Not "Ready for the report": the report would use the answer saved before.
    assert NOTICE in cases and "Ready for the report" not in cases
    results = alice_client.get(reverse("report:results", args=[full_case.pk])).content.decode()
    assert NOTICE in results and "12O,000" in results


def test_correcting_it_ends_the_notice(alice_client, full_case):
    type_a_salary_pipv_cannot_read(alice_client, full_case)
    alice_client.post(
        step_url(full_case, "job"),
        {**JOB, "base_salary_annual": "120,000", "action": "goto:review"},
    )
    assert stored(full_case).document["employment"]["base_salary_annual"] == "120000.00"
    for url in (step_url(full_case, "review"), reverse("cases:list")):
        assert "typed but not saved" not in alice_client.get(url).content.decode()


def test_an_item_typed_but_not_added_is_named(alice_client, full_case):
    alice_client.post(
        step_url(full_case, "events"),
        {"events-new-notes": "the recap I never got", "action": "back"},
    )
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert NOTICE in page and "an item typed but not added" in page
    assert f"{step_url(full_case, 'events')}?return=review#add-events" in page


def test_a_choice_and_a_date_not_saved_are_named_as_the_pages_write_them(alice_client, full_case):
    # A way of leaving from the other process, and an as-of date far ahead: both refused.
    alice_client.post(
        step_url(full_case, "job"),
        {
            **JOB,
            "exit_path": "pip_fail",
            "ended_on": "2026-11-20",
            "as_of": "2099-01-01",
            "action": "back",
        },
    )
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "Jan. 1, 2099" in page and "2099-01-01</li>" not in page
    assert "The plan ended and I was let go" in page and ": pip_fail" not in page
