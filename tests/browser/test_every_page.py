"""Every page outside the journeys: no axe violations, no sideways scrolling on a phone or at
200% zoom (a 1280 px window at 200% lays out like 640 px)."""

import pytest

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot
from .journeys import sign_up

pytestmark = pytest.mark.browser


def check(page, name: str) -> None:
    assert axe_violations(page) == [], name
    for width in (390, 640):
        page.set_viewport_size({"width": width, "height": 800})
        assert not has_horizontal_scroll(page), (name, width)
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, f"page-{name}")


def test_account_and_case_pages_pass_axe_and_reflow(page):
    for path, name in (("/account/signup/", "signup"), ("/account/login/", "login")):
        page.goto(path)
        check(page, name)
    # A failed log-in shows its message in an accessible way too.
    page.fill("#id_username", "nobody")
    page.fill("#id_password", "wrong password here")
    page.click("main button:has-text('Log in')")
    page.wait_for_selector(".error-summary, .errorlist, [role=alert]")
    check(page, "login-failed")

    sign_up(page, "every-page")
    case_url = page.url.rsplit("/step/", 1)[0]
    for path, name in (
        ("/cases/", "case-list"),
        ("/account/", "account"),
        ("/account/password/", "password-change"),
        ("/account/delete/", "account-delete"),
        (f"{case_url}/delete/", "case-delete"),
        (f"{case_url.replace('/cases/', '/report/')}/", "report-not-ready"),
    ):
        page.goto(path)
        check(page, name)
