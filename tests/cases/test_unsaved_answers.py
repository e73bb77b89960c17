"""An answer typed but not saved is named wherever the saved answers are used.

pipv keeps a value it cannot read ("12O,000") on its step, and the report uses the answer
saved before. The review, the case list and the results page say so, with a link to it.
"""

from django.urls import reverse

from tests.cases.test_steps import JOB
from tests.factories import step_url, stored
from tests.report.conftest import pdf_text

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


# The PDF: the lawyer reads it without the pages, often without the person beside them.


def lawyers_pdf(client, case, language="en") -> str:
    url = reverse("report:pdf", args=[case.pk]) + ("" if language == "en" else f"?lang={language}")
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    return pdf_text(response.content)


def test_the_pdf_names_an_answer_not_saved_and_says_the_figures_do_not_use_it(
    alice_client, full_case
):
    before = lawyers_pdf(alice_client, full_case)
    assert "typed in pipv but not saved" not in before
    # The PDF made before the typing is not the one handed out after it.
    type_a_salary_pipv_cannot_read(alice_client, full_case)
    text = lawyers_pdf(alice_client, full_case)
    assert "1 answer typed in pipv but not saved" in text
    assert "nothing in this report uses it" in text
    assert "Your job, Base salary per year, in US dollars: 12O,000" in text
    assert "$165,000.00" in text  # the figures still use the salary saved
    zh = lawyers_pdf(alice_client, full_case, "zh-hans")
    assert "1 个答案已在 pipv 中填写但未保存" in zh
    assert "您的工作，每年基本工资（美元）：12O,000" in zh


def test_an_item_typed_but_not_added_is_on_paper_in_the_persons_words(alice_client, full_case):
    alice_client.post(
        step_url(full_case, "events"),
        {
            # No date yet: not an item pipv can add.
            "events-new-kind": "negative_feedback",
            "events-new-notes": "the recap I never got, sent to my skip manager",
            "action": "back",
        },
    )
    text = lawyers_pdf(alice_client, full_case)
    assert "an item typed but not added: " in text
    assert "Negative feedback" in text and "the recap I never got, sent to my skip manager" in text


def test_clearing_the_answer_takes_it_off_the_pdf(alice_client, full_case):
    type_a_salary_pipv_cannot_read(alice_client, full_case)
    assert "12O,000" in lawyers_pdf(alice_client, full_case)
    alice_client.post(
        step_url(full_case, "job"),
        {**JOB, "base_salary_annual": "165,000", "action": "goto:review"},
    )
    assert "typed in pipv but not saved" not in lawyers_pdf(alice_client, full_case)


def test_a_story_far_over_the_length_saved_is_cut_on_paper_and_says_so(alice_client, full_case):
    story = "My manager moved my deadline after I asked for leave. " * 200  # 11,000 characters
    alice_client.post(
        step_url(full_case, "events"),
        {"events-new-kind": "negative_feedback", "events-new-notes": story, "action": "back"},
    )
    text = lawyers_pdf(alice_client, full_case)
    assert "My manager moved my deadline after I asked for leave." in text
    assert "more characters, not shown)" in text


def test_an_unadded_items_answers_each_within_the_length_saved_print_whole(alice_client, full_case):
    story = ("The recap listed gaps never raised in our one-to-ones. " * 180)[:9950]
    alice_client.post(
        step_url(full_case, "events"),
        {
            "events-new-kind": "negative_feedback",
            "events-new-notes": story,
            "events-new-witnesses": "Two teammates in the sprint review.",
            "action": "back",
        },
    )
    text = lawyers_pdf(alice_client, full_case)
    assert "not shown)" not in text
    assert "Two teammates in the sprint review." in text
    # The whole story, as pdftotext joins its lines.
    assert story.split()[-1] in text and text.count("never raised in our one-to-ones") >= 170
