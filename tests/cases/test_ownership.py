"""Another user's case is a 404 on every URL; logged-out visitors are sent to log in."""

import re

import pytest
from django.test import Client
from django.urls import resolve, reverse

from pipv.accounts.kept_typing import keeps
from pipv.cases.models import CaseRecord

HX = {"HTTP_HX_REQUEST": "true"}


def case_urls(pk):
    """Every URL that names a case, with the method that acts on it."""
    steps = ["before", "job", "visa", "activities", "events", "pay", "severance", "offer", "review"]
    urls = [("get", reverse("cases:resume", args=[pk]))]
    urls += [("get", reverse("cases:step", args=[pk, slug])) for slug in steps]
    urls += [("post", reverse("cases:step", args=[pk, slug])) for slug in steps]
    urls += [("post", reverse("cases:check", args=[pk, "job"]))]
    urls += [
        ("get", reverse("cases:export", args=[pk])),
        ("post", reverse("cases:duplicate", args=[pk])),
        ("get", reverse("cases:delete", args=[pk])),
        ("post", reverse("cases:delete", args=[pk])),
        ("get", reverse("cases:rename", args=[pk])),
        ("post", reverse("cases:rename", args=[pk])),
        ("get", reverse("cases:items", args=[pk, "events"])),
        ("post", reverse("cases:item_add", args=[pk, "events"])),
        ("get", reverse("cases:item_edit", args=[pk, "events", "e1"])),
        ("post", reverse("cases:item_edit", args=[pk, "events", "e1"])),
        ("post", reverse("cases:item_remove", args=[pk, "events", "e1"])),
        ("post", reverse("cases:item_check", args=[pk, "events"])),
        ("post", reverse("cases:vests_from_grant", args=[pk])),
    ]
    return urls


def test_every_case_url_is_covered_here(full_case):
    from pipv.cases.urls import urlpatterns

    # Every address below a case's number: the patterns that pipv/cases/urls.py includes there.
    (one_case,) = [p for p in urlpatterns if "<int:pk>" in str(p.pattern)]
    named = {p.name for p in one_case.url_patterns}
    covered = {resolve(url).url_name for _method, url in case_urls(full_case.pk)}
    assert named == covered


@pytest.mark.parametrize("htmx", [False, True])
def test_it_returns_404_for_another_users_case_on_every_url(bob_client, full_case, htmx):
    before = (full_case.document, full_case.title)
    for method, url in case_urls(full_case.pk):
        response = getattr(bob_client, method)(url, **(HX if htmx else {}))
        assert response.status_code == 404, (method, url, response.status_code)
    full_case = CaseRecord.objects.get(pk=full_case.pk)
    assert (full_case.document, full_case.title) == before
    assert CaseRecord.objects.count() == 1


def test_it_sends_logged_out_visitors_to_log_in(client, full_case):
    for method, url in case_urls(full_case.pk):
        response = getattr(client, method)(url, {"employer": "typed"})
        if method == "post" and keeps(url):
            # A step's post (a session that ended while typing): the log-in page itself,
            # holding what was posted and nothing of the stored case.
            page = response.content.decode()
            assert response.status_code == 200, url
            assert 'action="/account/login/"' in page and 'name="kept"' in page, url
            assert "Amazon" not in page, url
            continue
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:login"))


def test_a_missing_case_is_404_too(alice_client):
    assert alice_client.get(reverse("cases:resume", args=[999999])).status_code == 404


def test_csrf_is_enforced_on_every_post(alice, full_case):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    posts = [url for method, url in case_urls(full_case.pk) if method == "post"]
    posts += [reverse("cases:create"), reverse("cases:import")]
    for url in posts:
        assert client.post(url, {}).status_code == 403, url
    assert CaseRecord.objects.count() == 1


def test_csrf_token_is_accepted_from_the_form_and_the_htmx_header(alice, full_case):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    page = client.get(reverse("cases:step", args=[full_case.pk, "before"])).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    assert f'"X-CSRFToken": "{token}"' in page or "X-CSRFToken" in page
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    url = reverse("cases:step", args=[full_case.pk, "before"])
    data = {"csrfmiddlewaretoken": token, "version": version, "title": "T", "action": "continue"}
    response = client.post(url, data)
    assert response.status_code == 302
    response = client.post(
        reverse("cases:item_remove", args=[full_case.pk, "events", "e1"]),
        {"version": str(int(version) + 1)},
        HTTP_X_CSRFTOKEN=token,
        **HX,
    )
    assert response.status_code == 200
