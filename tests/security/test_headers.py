"""Every page tells the browser to load nothing from elsewhere and to run only our scripts."""

import re

import pytest


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.mark.django_db
def test_the_content_security_policy_allows_this_server_only(client):
    csp = policy(client.get("/"))
    assert csp["default-src"] == ["'none'"]
    for directive in ("style-src", "img-src", "font-src", "connect-src", "form-action"):
        assert csp[directive] == ["'self'"], directive
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    # Scripts: our files, and htmx's tag by its nonce; nothing inline, no eval.
    assert csp["script-src"][0] == "'self'"
    assert len(csp["script-src"]) == 2 and csp["script-src"][1].startswith("'nonce-")
    assert "'unsafe-inline'" not in str(csp) and "'unsafe-eval'" not in str(csp)


@pytest.mark.django_db
def test_every_script_tag_is_a_file_of_ours_or_carries_the_pages_nonce(alice_client, full_case):
    for url in (
        "/",
        "/cases/",
        f"/cases/{full_case.pk}/step/job/",
        f"/cases/{full_case.pk}/step/review/",
        f"/cases/{full_case.pk}/step/activities/",
        f"/report/{full_case.pk}/",
        "/account/",
    ):
        response = alice_client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        nonce = policy(response)["script-src"][1][len("'nonce-") : -1]
        for tag in re.findall(r"<script\b[^>]*>", html):
            src = re.search(r'src="([^"]+)"', tag)
            assert src and src.group(1).startswith("/static/"), (url, tag)
            if "htmx" in src.group(1):
                assert f'nonce="{nonce}"' in tag, (url, tag)
        # No inline style: the policy would block it, and the page would look broken.
        assert "<style" not in html and " style=" not in html, url
        assert re.search(r"\son[a-z]+=", html) is None, url  # no inline event handlers


@pytest.mark.django_db
def test_the_other_protective_headers_are_set(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    # same-origin, not no-referrer: browsers send "Origin: null" on form posts under
    # no-referrer, which the CSRF check must refuse. No other site ever gets a referrer.
    assert response["Referrer-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_httponly_samesite_and_secure_behind_tls(
    client,
    alice,
    settings,
):
    response = client.post(
        "/account/login/", {"username": "alice", "password": "correct horse battery"}
    )
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    # The HTTPS settings (PIPV_HTTPS, on by default outside debug) are tested on their own in
    # tests/deploy; here the test client speaks plain HTTP.
    assert settings.SESSION_COOKIE_AGE == settings.PIPV_IDLE_MINUTES * 60


@pytest.mark.django_db
def test_nothing_a_logged_in_person_sees_is_kept_in_a_cache(alice_client, full_case):
    pk = full_case.pk
    for url in (
        "/cases/",
        f"/cases/{pk}/step/job/",
        f"/cases/{pk}/step/activities/",
        f"/cases/{pk}/step/review/",
        f"/cases/{pk}/export/",
        f"/report/{pk}/",
        "/account/",
        "/account/password/",
        "/account/delete/",
        "/",
    ):
        response = alice_client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response.get("Cache-Control", ""), url
    # A step saved (a redirect) and a 404 for someone else's case number too.
    assert "no-store" in alice_client.get("/cases/999999/step/job/").get("Cache-Control", "")


@pytest.mark.django_db
def test_a_logged_out_visitor_pages_may_be_cached_as_before(client):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
