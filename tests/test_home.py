import re

import pytest
from django.urls import reverse


@pytest.fixture
def page(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def test_it_is_at_the_root(client):
    assert reverse("home") == "/"


def test_it_shows_the_welcome(page):
    assert "<h1>" in page
    assert "What pipv does" in page
    assert "not legal advice" in page
    assert 'href="#main"' in page
    assert '<main id="main"' in page


def test_it_loads_nothing_from_other_hosts(page):
    urls = re.findall(r"""(?:src|href|action)\s*=\s*["']?([^"'\s>]*)""", page, re.IGNORECASE)
    assert urls, "expected the page to link at least its stylesheet"
    for url in urls:
        assert not url.lower().startswith(("http:", "https:", "//")), url


def test_it_links_htmx_from_our_own_static(page):
    assert re.search(r'<script src="/static/django_htmx/htmx[^"]*\.js"', page)
    assert '<link rel="stylesheet" href="/static/css/pipv.css">' in page


def test_it_rejects_post(client):
    assert client.post(reverse("home")).status_code == 405


def test_it_does_not_expose_the_admin(client):
    assert client.get("/admin/").status_code == 404
