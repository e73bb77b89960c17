"""The language switch: on every page, the browser's language first, then the user's own choice."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from pipv.accounts.models import Preference

PASSWORD = "correct horse battery"


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password=PASSWORD)


def switch_to(client, language, next_url="/"):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


def test_every_page_has_a_labelled_switch_that_works_without_javascript(client, db):
    html = client.get(reverse("accounts:login")).content.decode()
    action = reverse("set_language")
    assert f'<form class="language-switch" method="post" action="{action}">' in html
    assert '<label for="language-switch-select">Language</label>' in html
    assert '<option value="zh-hans" lang="zh-hans">简体中文</option>' in html


def test_the_browser_language_chooses_the_first_time(client, db):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9,en;q=0.5").content.decode()
    assert '<html lang="zh-hans">' in html
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert '<html lang="en">' in html


def test_the_switch_sets_the_language_and_returns_to_the_page(client, db):
    response = switch_to(client, "zh-hans", reverse("accounts:login"))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    html = client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="zh-hans">' in html


def test_a_visitor_who_is_not_logged_in_switches_with_the_cookie_alone(client, db):
    # No session row for a language: the cookie is enough, and the table stays small.
    from django.contrib.sessions.models import Session

    response = switch_to(client, "zh-hans", reverse("accounts:login"))
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    html = client.get(reverse("accounts:login")).content.decode()
    assert '<html lang="zh-hans">' in html
    assert Session.objects.count() == 0


def test_it_refuses_get_and_ignores_an_unknown_language(client, db):
    assert client.get(reverse("set_language")).status_code == 405
    switch_to(client, "fr")
    assert '<html lang="en">' in client.get("/").content.decode()


def test_it_does_not_send_the_user_to_another_site(client, db):
    response = switch_to(client, "zh-hans", "https://evil.example/")
    assert response["Location"] == "/"


def test_a_logged_in_users_choice_follows_them_to_another_browser(client, alice):
    client.force_login(alice)
    switch_to(client, "zh-hans")
    assert Preference.objects.get(user=alice).language == "zh-hans"

    other = client.__class__()  # another browser: no cookie, English Accept-Language
    assert '<html lang="en">' in other.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    other.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    html = other.get(reverse("cases:list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="zh-hans">' in html
    # And it stays on that browser after logging out.
    other.post(reverse("accounts:logout"))
    assert '<html lang="zh-hans">' in other.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_a_new_account_keeps_the_language_it_was_made_in(client, db, settings):
    settings.PIPV_SELF_REGISTRATION = True
    switch_to(client, "zh-hans")
    client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": PASSWORD, "password2": PASSWORD},
    )
    carol = get_user_model().objects.get(username="carol")
    assert Preference.objects.get(user=carol).language == "zh-hans"


def test_a_log_in_outside_a_request_does_not_pin_a_language(client, alice):
    # force_login has no LocaleMiddleware behind it: whatever language this thread last used
    # must not become the user's choice.
    with translation.override("zh-hans"):
        client.force_login(alice)
    assert not Preference.objects.filter(user=alice).exists()
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_switching_on_a_step_keeps_what_was_typed_there(alice_client, full_case):
    """On a step's page the switch is a button of the step's form: the answers typed there are
    saved, an item typed but not added is kept for the add form, and the step comes back in
    the language chosen."""
    from pipv.cases.forms import JobForm
    from pipv.cases.views.page import _as_posted
    from tests.factories import step_url, stored

    page = alice_client.get(step_url(full_case, "job")).content.decode()
    assert 'form="step-form" name="action" value="language"' in page
    data = {}
    for bound in JobForm(document=full_case.document):
        value = _as_posted(bound.value(), bound.field.widget)
        data[bound.html_name] = value if len(value) != 1 else value[0]
    data.update({"employer": "Amazon.com Services LLC", "action": "language"})
    data.update({"language": "zh-hans", "version": str(stored(full_case).version)})
    response = alice_client.post(step_url(full_case, "job"), data)
    assert response.status_code == 302 and response.url == step_url(full_case, "job")
    assert stored(full_case).document["employment"]["employer"] == "Amazon.com Services LLC"
    assert 'lang="zh-hans"' in alice_client.get(response.url).content.decode()

    typed = {
        "activities-new-kind": "fmla_leave_request",
        "activities-new-notes": "typed, not added",
    }
    data = {"action": "language", "language": "en", **typed}
    data["version"] = str(stored(full_case).version)
    response = alice_client.post(step_url(full_case, "activities"), data)
    page = alice_client.get(response.url).content.decode()
    assert 'lang="en"' in page and "typed, not added" in page
