"""Checking an answer as the user leaves its field: only the error slot comes back."""

from django.urls import reverse

from pipv.cases.models import CaseRecord

HX = {"HTTP_HX_REQUEST": "true"}


def check(client, case, slug, data, name):
    return client.post(
        reverse("cases:check", args=[case.pk, slug]),
        data,
        HTTP_HX_TRIGGER_NAME=name,
        **HX,
    )


def test_fields_check_on_change_never_while_typing(alice_client, new_case):
    page = alice_client.get(reverse("cases:step", args=[new_case.pk, "job"])).content.decode()
    assert f'hx-post="{reverse("cases:check", args=[new_case.pk, "job"])}"' in page
    assert 'hx-trigger="change delay:300ms"' in page
    assert "keyup" not in page
    # Only the error slot is swapped, so what the user typed is never overwritten.
    assert 'hx-target="#id_start_date_error"' in page


def test_a_bad_date_comes_back_as_the_field_error_only(alice_client, new_case):
    response = check(alice_client, new_case, "job", {"start_date": "2021-02-30"}, "start_date")
    page = response.content.decode()
    assert page.startswith('<p class="error" id="id_start_date_error">')
    assert "Enter a real date" in page


def test_a_good_amount_clears_the_error_and_is_saved(alice_client, new_case):
    response = check(
        alice_client, new_case, "job", {"base_salary_annual": "165,000"}, "base_salary_annual"
    )
    assert (
        response.content.decode().strip()
        == '<p class="error" id="id_base_salary_annual_error"></p>'
    )
    document = CaseRecord.objects.get(pk=new_case.pk).document
    assert document["employment"]["base_salary_annual"] == "165000.00"


def test_a_check_does_not_mark_the_step_done(alice_client, new_case):
    check(alice_client, new_case, "before", {"title": "x"}, "title")
    assert CaseRecord.objects.get(pk=new_case.pk).progress == []


def test_item_dates_and_amounts_are_checked_without_saving(alice_client, full_case):
    response = alice_client.post(
        reverse("cases:item_check", args=[full_case.pk, "bonuses"]),
        {"form_prefix": "bonuses-new", "bonuses-new-amount": "12.345"},
        HTTP_HX_TRIGGER_NAME="bonuses-new-amount",
        **HX,
    )
    page = response.content.decode()
    assert 'id="id_bonuses-new-amount_error"' in page
    assert "at most 2 digits" in page
    assert len(CaseRecord.objects.get(pk=full_case.pk).document["compensation"]["bonuses"]) == 1
