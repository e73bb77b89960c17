"""Login history is kept 30 days (PIPV_LOGIN_HISTORY_DAYS) and goes with the account."""

import io
from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

LOGIN = "accounts:login"


def history(username):
    return sum(
        model.objects.filter(username__iexact=username).count()
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def test_records_older_than_the_retention_are_deleted_and_newer_ones_kept(client, alice, bob):
    client.post(reverse(LOGIN), {"username": "alice", "password": "correct horse battery"})
    type(client)().post(reverse(LOGIN), {"username": "bob", "password": "a wrong guess"})
    assert history("alice") == 1 and history("bob") == 1  # a log-in, a failed try
    # Alice's records are 31 days old; Bob's are from today.
    old = timezone.now() - timedelta(days=31)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username="alice").update(attempt_time=old)

    out = io.StringIO()
    call_command("prune_login_history", stdout=out)
    assert history("alice") == 0
    assert history("bob") == 1
    assert "older than 30 days" in out.getvalue()


def test_the_retention_is_a_setting(client, alice, settings):
    settings.PIPV_LOGIN_HISTORY_DAYS = 60
    client.post(reverse(LOGIN), {"username": "alice", "password": "a wrong guess"})
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(days=31))
    call_command("prune_login_history", stdout=io.StringIO())
    assert history("alice") == 1


def test_deleting_the_account_deletes_its_login_history(alice_client, alice, bob, client):
    other = type(alice_client)()
    other.post(reverse(LOGIN), {"username": "alice", "password": "correct horse battery"})
    type(alice_client)().post(reverse(LOGIN), {"username": "nobody", "password": "a wrong guess"})
    type(alice_client)(REMOTE_ADDR="192.0.2.7").post(
        reverse(LOGIN), {"username": "alice", "password": "a wrong guess"}
    )
    assert history("alice") >= 2  # log-ins (here and alice_client's own) and a failed try
    response = alice_client.post(reverse("accounts:delete"), {"password": "correct horse battery"})
    assert response.status_code == 302
    assert history("alice") == 0
    assert history("nobody") == 1
