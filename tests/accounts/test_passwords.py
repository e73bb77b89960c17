"""Passwords after NIST SP 800-63B-4 for a single factor, explained on the sign-up page at once."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

SIGNUP = "accounts:signup"
User = get_user_model()


def sign_up(client, password, confirmation=None, username="carol"):
    confirmation = password if confirmation is None else confirmation
    return client.post(
        reverse(SIGNUP),
        {"username": username, "password1": password, "password2": confirmation},
    )


def errors_under(page: str, field: str) -> str:
    # The error block rendered inside the field's own row (templates/cases/_field.html).
    row = re.search(
        rf'id="id_{field}_row">(.*?)</div>\s*(?:<div class="field|<div class="actions)', page, re.S
    )
    assert row, field
    return row.group(1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "password",
    [
        "blue kettle bus",  # 15 characters, words and spaces
        "我的猫每天下午都喜欢在窗台上晒太阳",  # 17 characters, none of them ASCII
        "804215937762013",  # digits only: no composition rule forbids it
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    ],
)
def test_any_password_of_15_characters_or_more_that_is_not_common_is_accepted(client, password):
    assert sign_up(client, password).status_code == 302
    assert User.objects.get(username="carol").check_password(password)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("fourteen chars", "at least 15 characters"),  # 14
        ("        ", "at least 15 characters"),  # the eight spaces that were accepted
        (" " * 20, "only spaces"),
        ("\t \u3000" * 6, "only spaces"),  # tabs and ideographic spaces are spaces too
        ("1q2w3e4r5t6y7u8i9o0p", "too common"),
    ],
)
def test_short_common_or_blank_passwords_are_refused_with_the_reason(client, password, reason):
    response = sign_up(client, password)
    assert response.status_code == 200
    assert reason in errors_under(response.content.decode(), "password1")
    assert not User.objects.filter(username="carol").exists()


@pytest.mark.django_db
def test_every_problem_shows_under_the_password_at_once_even_when_the_two_differ(client):
    response = sign_up(client, "short", "different")
    page = response.content.decode()
    under_password = errors_under(page, "password1")
    assert "at least 15 characters" in under_password
    assert "didn’t match" in errors_under(page, "password2")
    assert "at least 15 characters" not in errors_under(page, "password2")


@pytest.mark.django_db
def test_the_sign_up_page_says_the_rule_in_plain_words_and_suggests_a_passphrase(client):
    page = client.get(reverse(SIGNUP)).content.decode()
    hint = errors_under(page, "password1")
    assert "At least 15 characters" in hint
    assert "for example" in hint
    # No list of Django's rules ("can’t be entirely numeric") that pipv does not apply.
    assert "entirely numeric" not in page


@pytest.mark.django_db
def test_user_names_are_compared_without_case(client, alice):
    response = sign_up(client, "a fine long phrase", username="ALICE")
    assert "already exists" in response.content.decode()
    assert User.objects.filter(username__iexact="alice").count() == 1
    # And "Alice" logs in as alice, as she signed up.
    logged_in = client.post(
        reverse("accounts:login"), {"username": "Alice", "password": "correct horse battery"}
    )
    assert logged_in.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_changing_the_password_follows_the_same_rules_and_shows_them_under_the_new_one(
    alice_client, alice
):
    response = alice_client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "correct horse battery",
            "new_password1": " " * 16,
            "new_password2": " " * 16,
        },
    )
    assert response.status_code == 200
    assert "only spaces" in errors_under(response.content.decode(), "new_password1")
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery")


@pytest.mark.parametrize("page", ["accounts:delete", "accounts:password_change"])
def test_wrong_current_passwords_count_like_log_ins(alice_client, alice, settings, page):
    def recheck(password):
        data = {"password": password, "old_password": password}
        data |= {"new_password1": "a new long phrase", "new_password2": "a new long phrase"}
        return alice_client.post(reverse(page), data)

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert recheck("a wrong guess").status_code == 200
    assert recheck("a wrong guess").status_code == 429
    # The right one is refused while the pause lasts, here and at the log-in page.
    assert recheck("correct horse battery").status_code == 429
    assert User.objects.filter(pk=alice.pk).exists()
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery")
    other = type(alice_client)()
    response = other.post(
        reverse("accounts:login"), {"username": "alice", "password": "correct horse battery"}
    )
    assert response.status_code == 429
