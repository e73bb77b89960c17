"""Log-in throttling, idle time-out, "log out everywhere" and calm error pages."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import path

LOGIN = "/account/login/"


def log_in(client, username="alice", password="correct horse battery"):
    return client.post(LOGIN, {"username": username, "password": password})


@pytest.mark.django_db
def test_repeated_wrong_passwords_pause_logging_in_even_with_the_right_one(
    client,
    alice,
    settings,
):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, password="wrong guess").status_code == 200
    locked = log_in(client, password="wrong guess")
    assert locked.status_code == 429
    assert "Too many tries" in locked.content.decode()
    assert "Wait 15 minutes" in locked.content.decode()
    # The right password does not get through while the pause lasts.
    assert log_in(client).status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_another_name_is_not_locked_out_by_someone_guessing_alices(
    client,
    alice,
    bob,
    settings,
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, password="wrong guess")
    response = log_in(client, "bob", "another long phrase")
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_success_before_the_limit_resets_the_count(client, alice, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, password="wrong guess")
    assert log_in(client).status_code == 302
    client.post("/account/logout/")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, password="wrong guess")
    assert log_in(client).status_code == 302


@pytest.mark.django_db
def test_a_session_ends_after_the_idle_time_and_each_request_restarts_it(
    client,
    alice,
    settings,
):
    assert settings.SESSION_COOKIE_AGE == 30 * 60  # the default: 30 minutes
    assert settings.SESSION_SAVE_EVERY_REQUEST
    log_in(client)
    session = Session.objects.get()
    first_expiry = session.expire_date
    client.get("/cases/")
    assert Session.objects.get().expire_date > first_expiry  # the count started again
    # An expired session is no session: the next page asks to log in again.
    Session.objects.update(expire_date=first_expiry.replace(year=2000))
    response = client.get("/cases/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


@pytest.mark.django_db
def test_a_request_that_changes_nothing_moves_only_the_sessions_end():
    from pipv.accounts.session_store import SessionStore

    first = SessionStore()
    first["pipv_language"] = "zh-hans"
    first.create()
    Session.objects.update(expire_date=Session.objects.get().expire_date - timedelta(minutes=20))
    before = Session.objects.get()

    again = SessionStore(first.session_key)
    assert again["pipv_language"] == "zh-hans"
    again.save()
    after = Session.objects.get()
    assert after.expire_date > before.expire_date + timedelta(minutes=19)
    assert after.session_data == before.session_data

    # A change is written, and read back by the next request.
    again["pipv_language"] = "en"
    again.save()
    assert SessionStore(first.session_key)["pipv_language"] == "en"

    # Logged out elsewhere while this request ran: Django's own error, not a new session.
    late = SessionStore(first.session_key)
    assert late["pipv_language"] == "en"
    Session.objects.all().delete()
    with pytest.raises(UpdateError):
        late.save()
    assert Session.objects.count() == 0


@pytest.mark.django_db
def test_pages_carry_the_idle_time_for_the_warning_and_a_stay_logged_in_button(
    client,
    alice,
):
    log_in(client)
    html = client.get("/cases/").content.decode()
    assert 'data-idle-seconds="1800"' in html
    assert 'id="idle-warning"' in html and "Stay logged in" in html
    assert "/static/js/idle.js" in html
    # Logged out, there is nothing to warn about.
    Client().get("/").content.decode()
    assert "idle-warning" not in Client().get("/").content.decode()


@pytest.mark.django_db
def test_stay_logged_in_restarts_the_count_and_returns_to_the_page(
    client,
    alice,
):
    log_in(client)
    before = Session.objects.get().expire_date
    response = client.post("/account/keep-alive/", {"next": "/cases/"})
    assert response.status_code == 302 and response["Location"] == "/cases/"
    assert Session.objects.get().expire_date > before
    # The script's request wants no page back.
    quiet = client.post("/account/keep-alive/", headers={"X-Requested-With": "fetch"})
    assert quiet.status_code == 204
    # Never sent to another site.
    away = client.post("/account/keep-alive/", {"next": "https://example.com/"})
    assert away["Location"] == "/cases/"


@pytest.mark.django_db
def test_log_out_everywhere_ends_every_session_of_that_person_only(
    alice,
    bob,
):
    laptop, phone, bobs = Client(), Client(), Client()
    log_in(laptop)
    log_in(phone)
    log_in(bobs, "bob", "another long phrase")
    assert Session.objects.count() == 3

    response = laptop.post("/account/logout-everywhere/", follow=True)
    assert "logged out on every device" in response.content.decode()
    assert phone.get("/cases/").status_code == 302  # sent to log in
    assert laptop.get("/cases/").status_code == 302
    assert bobs.get("/cases/").status_code == 200  # Bob is not touched


@pytest.mark.django_db
def test_log_out_everywhere_is_a_post(client, alice):
    log_in(client)
    assert client.get("/account/logout-everywhere/").status_code == 405


def boom(request):
    raise RuntimeError("secret stack detail: chemotherapy")


urlpatterns = [path("boom/", boom)]


@pytest.mark.django_db
def test_an_error_page_shows_no_stack_trace_outside_debug(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and "What you saved before is kept" in html
    assert "Traceback" not in html and "chemotherapy" not in html and "RuntimeError" not in html


@pytest.mark.django_db
def test_a_missing_page_is_calm_and_says_nothing_of_whose_it_is(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_behind_a_proxy_five_wrong_passwords_from_one_client_do_not_lock_out_another(
    alice, settings
):
    # nginx on the same host: every request comes from 127.0.0.1, and the proxy appends the
    # client's own address to X-Forwarded-For.
    settings.PIPV_PROXY_COUNT = 1
    guesser = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(guesser, password="wrong guess")
    assert log_in(guesser).status_code == 429
    # A made-up header only adds an entry on the left; the proxy's own entry still counts.
    spoofer = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5")
    assert log_in(spoofer).status_code == 429

    alice_herself = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert log_in(alice_herself).status_code == 302


@pytest.mark.django_db
def test_without_a_proxy_the_forwarded_header_is_ignored(alice, settings):
    settings.PIPV_PROXY_COUNT = 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A guesser cannot reset the count by making up a new address each time.
        log_in(Client(REMOTE_ADDR="192.0.2.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"), "alice", "x")
    assert log_in(Client(REMOTE_ADDR="192.0.2.9")).status_code == 429


@pytest.mark.django_db
def test_a_body_over_the_cap_is_refused_with_413_before_anything_reads_it(client, monkeypatch):
    from django.core.files.uploadhandler import TemporaryFileUploadHandler

    written = []
    new_file = TemporaryFileUploadHandler.new_file

    def noting(handler, *args, **kwargs):
        written.append(args)
        return new_file(handler, *args, **kwargs)

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", noting)
    from django.core.files.uploadedfile import SimpleUploadedFile

    # 3 MB: without the cap, Django writes it to a temporary file before the view answers.
    upload = SimpleUploadedFile("big.bin", b"x" * 3_000_000)
    response = client.post(LOGIN, {"username": "alice", "file": upload})
    assert response.status_code == 413
    assert written == []
    # A page of pipv's own, saying nothing was changed, with the way back.
    page = response.content.decode()
    assert "This file is too large" in page and "Nothing was changed." in page
    assert 'href="/cases/"' in page
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    # Just under the cap, the page answers as usual (the CSRF check, here, refuses calmly).
    small = client.post(LOGIN, {"username": "alice", "password": "x" * 1000})
    assert small.status_code == 200
