"""Steps that several browser journeys share."""

from __future__ import annotations

PASSWORD = "a calm long phrase 42"


def start_a_case(page, name: str = "newcomer") -> None:
    """Create an account and a case; the page is left on the "Before you start" step."""
    page.goto("/account/signup/")
    page.fill("#id_username", name)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create my account')")
    page.fill("#id_new-title", "Plan A")
    page.click("button:has-text('Start')")
    page.wait_for_url("**/step/before/")


def sign_up(page, name: str = "newcomer", to_step: str = "job") -> None:
    """Create an account and a case, read "Before you start", then open ``to_step``."""
    start_a_case(page, name)
    page.click("button:has-text('Save and continue')")
    page.wait_for_url("**/step/job/")
    if to_step != "job":
        page.goto(step_url(page, to_step))


def step_url(page, slug: str) -> str:
    return page.url.rsplit("/step/", 1)[0] + f"/step/{slug}/"


def log_in(page, name: str) -> None:
    page.goto("/account/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("main button:has-text('Log in')")
