"""Real-browser fixtures: Debian's Chromium driven by Playwright against a live test server.

Playwright's own browser download cannot work on these machines, so the tests launch the
system `chromium` (installed by `make browser-deps`). Every request that is not to the live
server is aborted and recorded, and a test fails if any was attempted: pipv makes no
third-party requests.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
WIDTHS = (1280, 390)
# Locator assertions wait as long as every other action does.
expect.set_options(timeout=10_000)


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise RuntimeError(
            "Chromium is missing: run `make browser-deps` (apt-get install chromium)"
        )
    return found


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
    # make there (creating users, cases, the live server's database) are still synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def outside_requests():
    return []


def _context(browser, live_server, outside_requests, **options):
    context = browser.new_context(base_url=live_server.url, **options)

    def only_our_server(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside_requests.append(route.request.url)
            route.abort()

    context.route("**/*", only_our_server)
    context.set_default_timeout(10_000)
    return context


@pytest.fixture
def page(browser, live_server, outside_requests):
    context = _context(
        browser, live_server, outside_requests, viewport={"width": 1280, "height": 900}
    )
    yield context.new_page()
    context.close()
    assert outside_requests == [], "pipv tried to reach another host"


@pytest.fixture
def page_without_js(browser, live_server, outside_requests):
    context = _context(
        browser,
        live_server,
        outside_requests,
        viewport={"width": 1280, "height": 900},
        java_script_enabled=False,
    )
    yield context.new_page()
    context.close()
    assert outside_requests == [], "pipv tried to reach another host"


def screenshot(page, name: str) -> None:
    """Full-page screenshots at desktop and phone widths, for people to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    if original:
        page.set_viewport_size(original)
