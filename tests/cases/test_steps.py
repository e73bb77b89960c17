"""The questionnaire's steps: each GETs, saves a valid answer, explains an invalid one."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from pipv.engine import labels
from tests.factories import COMPLETE, step_url, stored

JOB = {
    "employee_name": "",
    "employer": "Amazon",
    "process": "amazon-focus-pivot",
    "work_state": "WA",
    "start_date": "2021-06-14",
    "base_salary_annual": "$165,000",
    "age_40_or_over": "no",
    "immigration_status": "h1b",
    "last_review_date": "2025-05-01",
    "last_review_rating": "exceeds",
    "manager_change_date": "",
    "as_of": "2026-11-22",
}


def grant(date: str, shares: str, years: str) -> dict[str, str]:
    """The pay step's "from a stock grant" fields: ``shares`` granted on ``date``, vesting in
    even parts once a year for ``years`` years."""
    return {
        "grant-date": date,
        "grant-shares": shares,
        "grant-pattern": "even_annual",
        "grant-years": years,
    }


def post(client, case, slug, data, action="continue"):
    return client.post(step_url(case, slug), {**data, "action": action})


# --------------------------------------------------------------------------- before you start


def test_before_you_start_says_what_pipv_is_not(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "before")).content.decode()
    assert "not legal advice" in page
    assert "personal" in page or "your own phone or computer" in page
    assert "Nothing you enter leaves this server" in page


def test_before_you_start_moves_on_without_asking_the_name_again(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "before")).content.decode()
    # The name was asked on the case list, when the case was made.
    assert "A name for this case" not in page
    assert 'name="title"' not in page
    response = post(alice_client, new_case, "before", {})
    assert response.status_code == 302
    assert response.url == step_url(new_case, "job")
    case = stored(new_case)
    assert case.title == "My case"
    assert "before" in case.progress


def test_before_you_start_promises_only_what_is_true(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "before")).content.decode()
    # Without JavaScript nothing is saved as a field is left; a button always saves.
    assert "saved as soon as you leave" not in page
    assert "saved each time you press a" in page


# --------------------------------------------------------------------------- your job


def test_the_job_step_asks_every_question_with_a_reason(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    for name in JOB:
        assert f'name="{name}"' in page
    assert page.count("Why we ask") >= len(JOB)
    assert 'type="date"' in page


def test_the_job_step_saves_the_case_file_fields(alice_client, new_case):
    response = post(alice_client, new_case, "job", JOB)
    assert response.status_code == 302
    # An H-1B holder goes on to the visa questions.
    assert response.url == step_url(new_case, "visa")
    # The answers above are the complete case's job, written as the case file writes it.
    assert stored(new_case).document["employment"] == COMPLETE["employment"]


@pytest.mark.parametrize("typed", ["165,000", "$165000.00", "165000", " $ 165,000.00 "])
def test_money_is_read_the_way_people_write_it(alice_client, new_case, typed):
    post(alice_client, new_case, "job", {**JOB, "base_salary_annual": typed})
    assert stored(new_case).document["employment"]["base_salary_annual"] == "165000.00"


def test_an_invalid_job_answer_is_explained_at_the_top_and_at_the_field(alice_client, new_case):
    data = {**JOB, "start_date": "2021-02-30", "base_salary_annual": "lots"}
    response = post(alice_client, new_case, "job", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert 'href="#id_start_date"' in page
    assert 'href="#id_base_salary_annual"' in page
    assert 'aria-describedby="id_base_salary_annual_helptext id_base_salary_annual_error"' in page
    assert 'id="id_base_salary_annual_error"><span class="status-word">' in page
    # What was valid is saved all the same; what was typed is shown again.
    employment = stored(new_case).document["employment"]
    assert employment["employer"] == "Amazon"
    assert "start_date" not in employment
    assert 'value="lots"' in page


def test_the_engine_refuses_a_start_date_after_the_as_of_date(alice_client, new_case):
    response = post(alice_client, new_case, "job", {**JOB, "start_date": "2027-01-01"})
    assert response.status_code == 200
    assert "is after the as-of date Nov. 22, 2026" in response.content.decode()
    assert "start_date" not in stored(new_case).document["employment"]


def test_a_day_to_come_is_refused_as_the_as_of_date_and_the_other_answers_are_saved(
    alice_client, new_case
):
    before = stored(new_case).document.get("as_of")
    a_day_to_come = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    response = post(alice_client, new_case, "job", {**JOB, "as_of": a_day_to_come})
    assert response.status_code == 200
    assert "Choose today or an earlier day." in response.content.decode()
    saved = stored(new_case).document
    assert saved.get("as_of") == before and saved["employment"]["employer"] == "Amazon"


def test_a_guess_typed_as_a_range_is_explained_and_the_saved_number_kept(alice_client, new_case):
    post(alice_client, new_case, "job", {**JOB, "employee_count": "1,500,000"})
    assert stored(new_case).document["employment"]["employee_count"] == 1_500_000
    # A number box would have sent "50-100" as nothing, and nothing clears the answer.
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    assert 'inputmode="numeric"' in page and 'type="number"' not in page
    response = post(alice_client, new_case, "job", {**JOB, "employee_count": "50-100"})
    assert "Enter one whole number, for example 40." in response.content.decode()
    assert 'value="50-100"' in response.content.decode()
    assert stored(new_case).document["employment"]["employee_count"] == 1_500_000


def test_the_40_question_is_yes_or_no_only(alice_client, new_case):
    response = post(alice_client, new_case, "job", {**JOB, "age_40_or_over": "52"})
    assert response.status_code == 200
    assert "age_40_or_over" not in stored(new_case).document.get("employment", {})


# --------------------------------------------------------------------------- conditional steps


def test_visa_questions_appear_only_for_visa_holders(alice_client, new_case):
    post(
        alice_client,
        new_case,
        "job",
        {**JOB, "immigration_status": "citizen_or_permanent_resident"},
    )
    assert alice_client.get(step_url(new_case, "visa")).status_code == 302
    page = alice_client.get(step_url(new_case, "activities")).content.decode()
    assert "Your visa" not in page
    # before, job, activities, events, pay, severance, review: no visa step, no offer step.
    assert "Step 3 of 7: Protected activity" in page


def test_the_visa_step_saves_the_i94_date(alice_client, new_case):
    post(alice_client, new_case, "job", JOB)
    page = alice_client.get(step_url(new_case, "visa")).content.decode()
    assert 'name="visa_valid_until"' in page
    assert 'name="opt_stem_extension"' not in page
    response = post(alice_client, new_case, "visa", {"visa_valid_until": "2027-09-30"})
    assert response.url == step_url(new_case, "activities")
    assert stored(new_case).document["employment"]["visa_valid_until"] == "2027-09-30"


def test_opt_questions_appear_only_for_f1_opt(alice_client, new_case):
    post(alice_client, new_case, "job", {**JOB, "immigration_status": "f1_opt"})
    page = alice_client.get(step_url(new_case, "visa")).content.decode()
    assert 'name="opt_stem_extension"' in page
    # An F-1 I-94 says "D/S": on OPT the date asked for is the EAD card's.
    assert "Your OPT ends on (the end date on your EAD card)" in page
    assert "I-94" not in page
    data = {
        "visa_valid_until": "",
        "opt_stem_extension": "yes",
        "opt_unemployment_days_used": "151",
    }
    response = post(alice_client, new_case, "visa", data)
    assert response.status_code == 200
    response = post(alice_client, new_case, "visa", {**data, "opt_unemployment_days_used": "30"})
    assert response.status_code == 302
    employment = stored(new_case).document["employment"]
    assert employment["opt_stem_extension"] is True
    assert employment["opt_unemployment_days_used"] == 30


def test_release_questions_appear_only_with_an_offer_in_hand(alice_client, full_case):
    assert alice_client.get(step_url(full_case, "offer")).status_code == 302
    post(alice_client, full_case, "severance", {"offer_in_hand": "yes"})
    page = alice_client.get(step_url(full_case, "offer")).content.decode()
    assert 'name="offer_date"' in page
    # Alice is under 40: no OWBPA group question.
    assert 'name="group_exit"' not in page


def test_release_dates_kept_after_no_offer_now_stay_on_view_since_they_still_count(
    alice_client, full_case
):
    full_case.document["employment"]["age_40_or_over"] = True
    full_case.document["severance"].update(
        {"offer_in_hand": True, "offer_date": "2026-11-18", "release_signed_date": "2026-11-20"}
    )
    full_case.save()
    post(alice_client, full_case, "severance", {"offer_in_hand": "no"})
    # The signing still starts its 7 days to change one's mind (Nov. 27) in the results...
    results = alice_client.get(reverse("report:results", args=[full_case.pk])).content.decode()
    assert "Nov. 27, 2026" in results
    # ...so the dates behind it are shown where they can be cleared, with why, and reviewed.
    page = alice_client.get(step_url(full_case, "offer")).content.decode()
    assert "You said you have no written severance offer now" in page
    assert 'value="2026-11-20"' in page
    review = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "Nov. 20, 2026" in review

    # Nothing more is asked of an offer the person does not have (the group question is not
    # required then): clearing is enough.
    cleared = post(alice_client, full_case, "offer", {"offer_date": "", "release_signed_date": ""})
    # The step is out of the way now; Continue still goes on, to the review.
    assert cleared.url == step_url(full_case, "review")
    assert alice_client.get(step_url(full_case, "offer")).status_code == 302
    results = alice_client.get(reverse("report:results", args=[full_case.pk])).content.decode()
    assert "Nov. 27, 2026" not in results


def test_the_owbpa_group_question_appears_only_at_40_or_over(alice_client, full_case):
    full_case.document["employment"]["age_40_or_over"] = True
    full_case.document["severance"]["offer_in_hand"] = True
    full_case.save()
    page = alice_client.get(step_url(full_case, "offer")).content.decode()
    assert 'name="group_exit"' in page
    response = post(
        alice_client, full_case, "offer", {"offer_date": "2026-11-20", "group_exit": "yes"}
    )
    assert response.status_code == 302
    severance = stored(full_case).document["severance"]
    assert severance["group_exit"] is True
    assert severance["offer_date"] == "2026-11-20"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        # The engine refuses an offer received after the day the case is told from, in the
        # pages' own date form.
        ("2026-12-01", "Dec. 1, 2026 is after the as-of date Nov. 22, 2026"),
        ("2026-02-30", "Enter a real date, for example 2026-03-31."),
    ],
)
def test_a_bad_offer_date_is_explained_at_the_field_and_nothing_is_saved(
    alice_client, full_case, typed, message
):
    full_case.document["severance"]["offer_in_hand"] = True
    full_case.progress.remove("offer")
    full_case.save()
    before = stored(full_case).document
    response = post(
        alice_client, full_case, "offer", {"offer_date": typed, "release_signed_date": ""}
    )
    assert response.status_code == 200
    page = response.content.decode()
    # In the summary, linked to the field, and in the field's own slot beside it.
    assert 'class="error-summary"' in page
    assert 'href="#id_offer_date"' in page
    assert (
        f'id="id_offer_date_error"><span class="status-word">Check this:</span> {message}' in page
    )
    assert 'aria-describedby="id_offer_date_helptext id_offer_date_error"' in page
    # What was typed is shown again, to be corrected.
    assert f'value="{typed}"' in page
    # Nothing was saved, and the step is not marked as done.
    after = stored(full_case)
    assert after.document == before
    assert "offer_date" not in after.document["severance"]
    assert "offer" not in after.progress


def test_a_release_signed_before_the_offer_is_explained_and_the_offer_date_kept(
    alice_client, full_case
):
    full_case.document["severance"]["offer_in_hand"] = True
    full_case.save()
    typed = {"offer_date": "2026-11-20", "release_signed_date": "2026-11-10"}
    page = post(alice_client, full_case, "offer", typed).content.decode()
    # Linked from the summary, said at the field, and the typed day shown again to put right.
    for shown in (
        'href="#id_release_signed_date"',
        "Nov. 10, 2026 is before the day the offer came, Nov. 20, 2026",
        'value="2026-11-10"',
    ):
        assert shown in page
    # The offer's day was right and is kept; the signing's is not saved.
    severance = stored(full_case).document["severance"]
    assert (severance["offer_date"], severance.get("release_signed_date")) == ("2026-11-20", None)


# --------------------------------------------------------------------------- lists, pay, severance


@pytest.mark.parametrize("slug", ["activities", "events"])
def test_list_steps_show_and_continue(alice_client, full_case, slug):
    page = alice_client.get(step_url(full_case, slug)).content.decode()
    assert "Why we ask" in page
    response = post(alice_client, full_case, slug, {})
    assert response.status_code == 302


def test_the_events_step_explains_each_kind_in_plain_words(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    assert "A 1:1 recap email lists problems never raised in the meeting." in page


def test_the_pay_step_saves_the_share_price(alice_client, full_case):
    response = post(alice_client, full_case, "pay", {"share_price": "$1,210.5"})
    assert response.status_code == 302
    assert stored(full_case).document["compensation"]["share_price"] == "1210.50"


def test_the_pay_step_refuses_a_bad_share_price(alice_client, full_case):
    response = post(alice_client, full_case, "pay", {"share_price": "-3"})
    assert response.status_code == 200
    assert stored(full_case).document["compensation"]["share_price"] == "210.00"


def test_severance_shows_amazon_defaults_as_reported_and_unverified(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "severance")).content.decode()
    assert "as publicly reported for Amazon (unverified)" in page
    assert 'name="t1_weeks"' in page


def test_severance_keeps_a_default_out_of_the_file_unless_overridden(alice_client, full_case):
    response = post(
        alice_client,
        full_case,
        "severance",
        {"t1_weeks": "", "t2_weeks": "6", "offer_in_hand": "no"},
    )
    assert response.status_code == 302
    severance = stored(full_case).document["severance"]
    assert "t1_weeks" not in severance
    assert severance["t2_weeks"] == 6
    assert severance["offer_in_hand"] is False


def test_severance_refuses_impossible_terms(alice_client, full_case):
    response = post(
        alice_client, full_case, "severance", {"t1_weeks": "9999", "offer_in_hand": "no"}
    )
    assert response.status_code == 200
    assert 'href="#id_t1_weeks"' in response.content.decode()


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("plan_days", "-5", "Enter 0 or more, without a minus sign."),
        ("plan_days", "5000", "Enter 730 or less."),
        ("t2_weeks", "-1", "Enter 0 or more, without a minus sign."),
        ("t2_weeks", "8.125", "Use at most 2 digits after the decimal point."),
    ],
)
def test_a_number_out_of_range_is_explained_in_the_questionnaires_words(
    alice_client, full_case, field, typed, message
):
    saved = stored(full_case).document["severance"].get(field)
    page = post(alice_client, full_case, "severance", {field: typed}).content.decode()
    assert message in page
    assert "Ensure" not in page
    assert stored(full_case).document["severance"].get(field) == saved


def test_a_generic_pip_asks_only_the_terms_that_matter(alice_client, full_case):
    full_case.document["employment"]["process"] = "generic-pip"
    full_case.save()
    page = alice_client.get(step_url(full_case, "severance")).content.decode()
    assert 'name="t2_weeks"' in page
    assert 'name="t1_weeks"' not in page
    assert "as publicly reported" not in page
    # In plain words: no Amazon tier code, and the default said once.
    assert 'for="id_t2_weeks">Weeks of base pay if the plan fails' in page
    assert "(T2)" not in page
    assert "0 if left empty. Most employers publish no figure." in page
    assert "Left empty:" not in page


def test_a_way_of_leaving_from_another_process_is_refused_at_its_field(alice_client, full_case):
    # A generic plan has no Pivot offer: "I took the Pivot offer (T1)" would count as no way.
    data = {
        **JOB,
        "process": "generic-pip",
        "ended_on": "2026-11-10",
        "exit_path": "pivot_leave_t1",
    }
    response = post(alice_client, full_case, "job", data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose a way of leaving from the process you chose above." in page
    # The other answers are kept; the refused one is not stored, but shown again as typed.
    employment = stored(full_case).document["employment"]
    assert employment["process"] == "generic-pip" and "exit_path" not in employment
    assert '<option value="pivot_leave_t1" selected>' in page
    # The same way on Amazon's process is saved.
    post(alice_client, full_case, "job", {**data, "process": "amazon-focus-pivot"})
    assert stored(full_case).document["employment"]["exit_path"] == "pivot_leave_t1"


# --------------------------------------------------------------------------- review


def test_review_groups_answers_by_step_with_edit_links(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "Your job" in page and "Pay and stock" in page
    assert f'href="{step_url(full_case, "job")}?return=review#id_employer"' in page
    assert "$165,000.00" in page
    assert "Asked for FMLA leave" in page


def test_review_lists_engine_problems_with_links_to_the_field(alice_client, full_case):
    full_case.document["events"][1]["date"] = "2027-01-01"
    full_case.save()
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "is after the as-of date Nov. 22, 2026" in page
    edit = reverse("cases:item_edit", args=[full_case.pk, "events", "e2"])
    assert f'href="{edit}?return=review#id_events-e2-date"' in page
    # How the job ended, without its last day, would be read as a job still going: the
    # review sends the person to the job step, in its own words.
    full_case.document["employment"]["exit_path"] = "plan_fail_t2"
    full_case.save()
    page = alice_client.get(step_url(full_case, "review")).content.decode()
    assert "Your job, How did it end? Enter your last day, or clear how it ended." in page
    assert f'href="{step_url(full_case, "job")}?return=review#id_exit_path"' in page


def test_an_edit_from_review_returns_to_review(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "job") + "?return=review").content.decode()
    assert 'name="return" value="review"' in page
    data = {**JOB, "employer": "Amazon.com", "return": "review"}
    response = post(alice_client, full_case, "job", data)
    assert response.url == step_url(full_case, "review")


def test_an_item_changed_from_review_leads_back_to_review_without_javascript(
    alice_client, full_case
):
    review = alice_client.get(step_url(full_case, "review")).content.decode()
    edit = reverse("cases:item_edit", args=[full_case.pk, "events", "e1"])
    assert f'href="{edit}?return=review#item-e1"' in review
    # The step opens with the item's form; its Save, its Cancel and the step's own button
    # all keep the way back.
    page = alice_client.get(edit + "?return=review").content.decode()
    item_form = page[page.index(f'action="{edit}"') :]
    item_form = item_form[: item_form.index("</form>")]
    assert 'name="return" value="review"' in item_form
    assert 'name="action" value="cancel:events"' in item_form
    assert "Save and return to the review" in page
    data = {
        "events-e1-kind": "negative_feedback",
        "events-e1-date": "2026-09-03",
        "events-e1-by": "skip",
        "return": "review",
    }
    response = alice_client.post(edit, data)
    assert response.url == step_url(full_case, "events") + "?return=review" + "#item-e1"
    page = alice_client.get(response.url).content.decode()
    assert "Saved." in page and "Save and return to the review" in page
    # Cancel goes back to the same step, still on the way to the review.
    response = alice_client.post(
        step_url(full_case, "events"),
        {"action": "cancel:events", "editing-events": "e1", "return": "review"},
    )
    assert response.url == step_url(full_case, "events") + "?return=review" + "#list-events"


# --------------------------------------------------------------------------- back, resume, progress


def test_back_saves_and_keeps_what_was_typed(alice_client, new_case):
    post(alice_client, new_case, "before", {"title": "Plan A"})
    data = {**JOB, "employer": "Initech", "base_salary_annual": "12O,000"}
    response = post(alice_client, new_case, "job", data, action="back")
    assert response.status_code == 302
    assert response.url == step_url(new_case, "before")
    assert stored(new_case).document["employment"]["employer"] == "Initech"
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    assert 'value="Initech"' in page
    assert 'value="12O,000"' in page


@pytest.mark.parametrize("action", ["continue", "back"])
def test_ticked_answers_outlive_an_error_elsewhere_on_the_step(alice_client, new_case, action):
    ticked = {**JOB, "protected_characteristics": ["religion", "age"]}
    post(alice_client, new_case, "job", ticked)
    # A review date in the future: refused and shown again; the ticks were valid and stay.
    post(alice_client, new_case, "job", {**ticked, "last_review_date": "2031-01-01"}, action)
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="protected_characteristics"[^>]*>', page)
    assert sorted(re.search(r'value="(\w+)"', b)[1] for b in boxes if "checked" in b) == [
        "age",
        "religion",
    ]
    assert 'value="2031-01-01"' in page
    # The page as shown, sent back with the date put right, keeps them in the case.
    post(alice_client, new_case, "job", ticked)
    saved = stored(new_case).document["employment"]["protected_characteristics"]
    assert sorted(saved) == ["age", "religion"]


@pytest.mark.parametrize("action", ["continue", "back"])
def test_a_list_of_ticks_typed_with_an_error_is_shown_again_whole(alice_client, new_case, action):
    ticked = {**JOB, "protected_characteristics": ["religion", "not_a_code"]}
    post(alice_client, new_case, "job", ticked, action)
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="protected_characteristics"[^>]*>', page)
    assert [re.search(r'value="(\w+)"', b)[1] for b in boxes if "checked" in b] == ["religion"]


def test_the_browser_checks_a_step_for_unreadable_dates_only(alice_client, new_case):
    """A date the browser cannot read (half erased) is sent as nothing and would clear the
    saved day, so the browser checks the step's form, also without JavaScript. It refuses
    nothing else: no answer is required there (the server says what is missing, in the
    page's words, and saves the rest), so Back and every other button still go."""
    page = alice_client.get(step_url(new_case, "job")).content.decode()
    form = re.search(
        r'<form method="post" action="[^"]*" class="step-form" id="step-form"[^>]*>', page
    )
    assert form and "novalidate" not in form.group(0)
    assert not re.search(r"<(input|select|textarea)[^>]* required[ >]", page)
    assert 'value="back" class="button-secondary">' in page
    # A required answer is still announced as one by screen readers.
    assert re.search(r'<input type="date" name="start_date"[^>]*aria-required="true"', page)


def test_resume_lands_on_the_first_unfinished_step(alice_client, new_case):
    response = alice_client.get(reverse("cases:resume", args=[new_case.pk]))
    assert response.url == step_url(new_case, "before")
    post(alice_client, new_case, "before", {"title": "Plan A"})
    post(alice_client, new_case, "job", JOB)
    response = alice_client.get(reverse("cases:resume", args=[new_case.pk]))
    assert response.url == step_url(new_case, "visa")


def test_resume_lands_on_review_when_everything_is_done(alice_client, full_case):
    response = alice_client.get(reverse("cases:resume", args=[full_case.pk]))
    assert response.url == step_url(full_case, "review")


def test_progress_counts_only_the_steps_that_apply_and_names_them(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "events")).content.decode()
    # before, job, visa (H-1B), activities, events, pay, severance, review: no offer in hand.
    assert "Step 5 of 8: What happened at work" in page
    assert "Your severance offer" not in page
    assert 'aria-current="step"' in page


def test_later_steps_are_not_links_until_reached(alice_client, new_case):
    page = alice_client.get(step_url(new_case, "before")).content.decode()
    assert f'href="{step_url(new_case, "pay")}"' not in page


def test_an_unknown_step_is_404(alice_client, new_case):
    assert alice_client.get(step_url(new_case, "nope")).status_code == 404


@pytest.mark.parametrize(
    ("slug", "kinds", "hints"),
    [
        ("events", labels.EVENT_KIND, labels.EVENT_HINT),
        ("activities", labels.ACTIVITY_KIND, labels.ACTIVITY_HINT),
    ],
)
def test_a_list_step_says_what_each_kind_means(alice_client, full_case, slug, kinds, hints):
    page = alice_client.get(step_url(full_case, slug)).content.decode()
    listed = re.findall(
        r"<dt>(.*?)</dt><dd>(.*?)</dd>", page.split('class="hints"')[1].split("</details>")[0]
    )
    assert listed == [(escape(kinds[k]), escape(hints[k])) for k in kinds]
