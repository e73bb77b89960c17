"""Accounts: a username and a password, nothing else; self-registration can be turned off."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db.models.functions import Length
from django.test import Client
from django.urls import reverse

from pipv.cases.models import CaseRecord

User = get_user_model()


@pytest.mark.django_db
def test_it_signs_up_with_a_username_and_password_only(client):
    page = client.get(reverse("accounts:signup")).content.decode()
    assert 'name="username"' in page
    assert 'name="email"' not in page
    response = client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": "a long calm phrase", "password2": "a long calm phrase"},
    )
    assert response.status_code == 302
    assert response.url == reverse("cases:list")
    user = User.objects.get(username="carol")
    assert user.email == ""
    assert client.get(reverse("cases:list")).status_code == 200


@pytest.mark.django_db
def test_it_explains_a_refused_signup(client):
    response = client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": "short", "password2": "different"},
    )
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not User.objects.filter(username="carol").exists()


@pytest.mark.django_db
def test_registration_can_be_turned_off(client, settings):
    settings.PIPV_SELF_REGISTRATION = False
    assert client.get(reverse("accounts:signup")).status_code == 404
    data = {
        "username": "mallory",
        "password1": "a long calm phrase",
        "password2": "a long calm phrase",
    }
    assert client.post(reverse("accounts:signup"), data).status_code == 404
    assert not User.objects.filter(username="mallory").exists()
    assert reverse("accounts:signup") not in client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:signup") not in client.get(reverse("home")).content.decode()


@pytest.mark.django_db
def test_registration_is_on_by_default(client):
    assert reverse("accounts:signup") in client.get(reverse("accounts:login")).content.decode()


def test_it_logs_in_and_out(client, alice):
    response = client.post(
        reverse("accounts:login"), {"username": "alice", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert response.url == reverse("cases:list")
    assert client.get(reverse("cases:list")).status_code == 200
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("cases:list")).status_code == 302


def test_a_wrong_password_is_refused(client, alice):
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": "nope"})
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()


def test_a_username_longer_than_any_account_is_refused_with_a_message(client, alice):

    response = client.post(reverse("accounts:login"), {"username": "x" * 20_000, "password": " "})
    assert response.status_code == 200
    assert "at most 150 characters" in response.content.decode()
    # django-axes' column holds 255 characters; PostgreSQL refused the record with a 500.
    longest = AccessAttempt.objects.annotate(n=Length("username")).order_by("-n").first()
    assert longest is None or longest.n <= 150


def test_it_changes_the_password(alice_client, alice):
    response = alice_client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "correct horse battery",
            "new_password1": "a brand new phrase",
            "new_password2": "a brand new phrase",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("a brand new phrase")
    # Still logged in after the change.
    assert alice_client.get(reverse("cases:list")).status_code == 200


def test_it_deletes_the_account_and_every_case(alice_client, alice, full_case, bob):
    kept = CaseRecord.objects.create(owner=bob, title="Bob's", document={})
    page = alice_client.get(reverse("accounts:delete")).content.decode()
    assert "1 case" in page
    response = alice_client.post(reverse("accounts:delete"), {"password": "wrong"})
    assert response.status_code == 200
    assert User.objects.filter(username="alice").exists()
    response = alice_client.post(reverse("accounts:delete"), {"password": "correct horse battery"})
    assert response.status_code == 302
    assert not User.objects.filter(username="alice").exists()
    assert list(CaseRecord.objects.all()) == [kept]
    assert alice_client.get(reverse("cases:list")).status_code == 302


def test_it_enforces_csrf_on_login_and_delete(alice):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("accounts:login"), {"username": "alice", "password": "correct horse battery"}
    )
    assert response.status_code == 403
    client.force_login(alice)
    assert (
        client.post(reverse("accounts:delete"), {"password": "correct horse battery"}).status_code
        == 403
    )
    assert User.objects.filter(username="alice").exists()


def test_logout_needs_a_post(alice_client):
    assert alice_client.get(reverse("accounts:logout")).status_code == 405
