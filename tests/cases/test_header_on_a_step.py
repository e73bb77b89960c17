"""The header's links on a step's page: "My cases", "Account", "pipv" and "Log out" are
buttons of the step's form, as the language switch is. They sent nothing before: an answer
typed and not yet sent (no JavaScript, or a field not left yet) was gone unseen.
"""

import re

import pytest

from tests.factories import step_url, stored

from .test_leaving_a_list_step import ACTIVITY, NOT_ADDED, post
from .test_steps import JOB

LEAVES = {
    "leave:cases": "/cases/",
    "leave:account": "/account/",
    "leave:home": "/",
}


def test_every_link_of_the_header_is_a_button_of_the_steps_form(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "job")).content.decode()
    header = page.split('<header class="site-header">')[1].split("</header>")[0]
    assert "<a " not in header.replace('<a class="skip-link"', "")
    for action in [*LEAVES, "logout"]:
        assert re.search(
            rf'<button type="submit" form="step-form" name="action" value="{action}"', header
        )


@pytest.mark.parametrize("action, to", LEAVES.items())
def test_a_header_link_saves_what_was_typed_then_goes_there(alice_client, full_case, action, to):
    response = post(
        alice_client, full_case, "job", action, **{**JOB, "employer": "Typed, then left"}
    )
    assert response.status_code == 302 and response.url == to
    assert stored(full_case).document["employment"]["employer"] == "Typed, then left"


def test_log_out_saves_what_was_typed_then_logs_out(alice_client, full_case):
    response = post(
        alice_client, full_case, "job", "logout", **{**JOB, "employer": "Typed, then out"}
    )
    assert response.status_code == 302 and response.url == "/"
    assert stored(full_case).document["employment"]["employer"] == "Typed, then out"
    assert alice_client.get("/cases/").status_code == 302  # logged out


def test_leaving_with_an_item_half_typed_stays_and_offers_to_discard(alice_client, full_case):
    typed = {**ACTIVITY, "activities-new-date": ""}
    response = post(alice_client, full_case, "activities", "leave:cases", **typed)
    page = response.content.decode()
    assert response.status_code == 200 and NOT_ADDED in page
    assert 'value="discard:leave:cases"' in page
    gone = post(alice_client, full_case, "activities", "discard:leave:cases", **typed)
    assert gone.status_code == 302 and gone.url == "/cases/"
