"""Two tabs on one case: the save from the page loaded earlier is refused, the newer answers kept.

Every form carries the case's version it was loaded with. The first tab to save moves the
version on; the second tab, still on the old version, is told what happened, shown the newest
answers and what it had typed, and nothing it sent is saved.
"""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from pipv.cases import editing
from pipv.cases.models import CaseRecord

from .test_steps import JOB, grant

HX = {"HTTP_HX_REQUEST": "true"}
CHANGED = "This case was changed in another tab or window since you opened this page."
VERSION = re.compile(r'name="version" value="(\d+)"')


def reload(case):
    return CaseRecord.objects.get(pk=case.pk)


def open_tab(client, url) -> int:
    """GET a page as a tab would, and the version every form on it carries."""
    page = client.get(url).content.decode()
    versions = set(VERSION.findall(page))
    assert len(versions) == 1, versions
    return int(versions.pop())


def step_url(case, slug):
    return reverse("cases:step", args=[case.pk, slug])


def job(case, **changes):
    """The job step's answers as the page would send them, from the saved case."""
    return {**JOB, "as_of": "2026-11-22", "action": "continue", **changes}


# --------------------------------------------------------------------------- a step


def test_every_form_on_a_step_carries_the_version(alice_client, full_case):
    page = alice_client.get(step_url(full_case, "pay")).content.decode()
    # One form, the step's own: the add and grant fields and each item's Change and Remove
    # belong to it, and send its version.
    assert VERSION.findall(page) == [str(full_case.version)]


FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.S)
ITEM_URLS = [("events", "e1"), ("vests", "v1")]


@pytest.mark.parametrize("slug", ["job", "visa", "activities", "events", "pay", "severance"])
def test_every_form_that_saves_a_case_sends_its_version(alice_client, full_case, slug):
    # Without JavaScript a form sends only what is in it: a form with no version is refused.
    pages = [step_url(full_case, slug)]
    if slug in ("events", "pay"):
        kind, item_id = ITEM_URLS[slug == "pay"]
        pages.append(reverse("cases:item_edit", args=[full_case.pk, kind, item_id]))
    for url in pages:
        page = alice_client.get(url).content.decode()
        saving = [
            form
            for form in FORM.findall(page)
            if 'method="post"' in form and f"/cases/{full_case.pk}/" in form.split(">", 1)[0]
        ]
        assert saving
        for form in saving:
            assert VERSION.findall(form) == [str(full_case.version)], form[:200]


def test_the_second_tab_is_refused_and_the_first_tabs_answers_are_kept(alice_client, full_case):
    first = open_tab(alice_client, step_url(full_case, "job"))
    second = open_tab(alice_client, step_url(full_case, "job"))
    assert first == second == full_case.version

    saved = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Amazon Web Services", version=first)
    )
    assert saved.status_code == 302
    assert reload(full_case).version == first + 1

    refused = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Amazon Retail", version=second)
    )
    assert refused.status_code == 409
    stored = reload(full_case)
    assert stored.document["employment"]["employer"] == "Amazon Web Services"
    assert stored.version == first + 1
    page = refused.content.decode()
    assert CHANGED in page
    assert "Your answers here were not saved" in page
    # The newest answer is in the form; what this tab had typed is shown beside it.
    assert 'value="Amazon Web Services"' in page
    assert "What you had typed here:" in page
    assert "<dd>Amazon Retail</dd>" in page
    # A date as every page writes it, not as the browser sent it.
    assert "<dd>June 14, 2021</dd>" in page and "2021-06-14</dd>" not in page
    # The page now carries the newest version, so typing the change again saves it.
    assert set(VERSION.findall(page)) == {str(first + 1)}
    again = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Amazon Retail", version=first + 1)
    )
    assert again.status_code == 302
    assert reload(full_case).document["employment"]["employer"] == "Amazon Retail"


def post_from_a_stale_tab(client, case, url, action="continue", **headers):
    """Another tab saves the job step (employer "Newer"); then a tab loaded before that save
    posts its job answers (employer "Older") to ``url``, with the version it was loaded with."""
    old = case.version
    client.post(step_url(case, "job"), job(case, employer="Newer", version=old))
    return client.post(url, job(case, employer="Older", action=action, version=old), **headers)


def test_back_from_a_stale_tab_is_refused_too(alice_client, full_case):
    refused = post_from_a_stale_tab(
        alice_client, full_case, step_url(full_case, "job"), action="back"
    )
    assert refused.status_code == 409
    assert reload(full_case).document["employment"]["employer"] == "Newer"


def test_with_htmx_the_refusal_replaces_the_whole_page_content(alice_client, full_case):
    refused = post_from_a_stale_tab(alice_client, full_case, step_url(full_case, "job"), **HX)
    assert refused.status_code == 409
    assert refused["HX-Retarget"] == "#main"
    assert refused["HX-Reselect"] == "#main"
    assert refused["HX-Reswap"] == "outerHTML"
    page = refused.content.decode()
    assert CHANGED in page
    assert 'id="stale-notice"' in page
    assert reload(full_case).document["employment"]["employer"] == "Newer"


def test_a_stale_inline_check_saves_nothing_and_says_why(alice_client, full_case):
    refused = post_from_a_stale_tab(
        alice_client,
        full_case,
        reverse("cases:check", args=[full_case.pk, "job"]),
        HTTP_HX_TRIGGER_NAME="employer",
        **HX,
    )
    assert refused.status_code == 409
    assert refused["HX-Retarget"] == "#main"
    assert CHANGED in refused.content.decode()
    assert reload(full_case).document["employment"]["employer"] == "Newer"


def test_a_current_inline_check_saves_and_moves_the_pages_version_on(alice_client, full_case):
    old = full_case.version
    response = alice_client.post(
        reverse("cases:check", args=[full_case.pk, "job"]),
        job(full_case, employer="Checked", version=old),
        HTTP_HX_TRIGGER_NAME="employer",
        **HX,
    )
    assert response.status_code == 200
    assert json.loads(response["HX-Trigger"]) == {"pipv:saved": {"from": old, "to": old + 1}}
    # The same tab's Continue then carries the new version and is saved.
    saved = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Continued", version=old + 1)
    )
    assert saved.status_code == 302
    assert reload(full_case).document["employment"]["employer"] == "Continued"


def test_a_current_post_still_saves(alice_client, full_case):
    response = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Current", version=full_case.version)
    )
    assert response.status_code == 302
    assert reload(full_case).document["employment"]["employer"] == "Current"


@pytest.mark.parametrize(
    ("name", "args", "data"),
    [
        ("cases:step", ["job"], {"employer": "No version", "action": "continue"}),
        ("cases:check", ["job"], {"employer": "No version"}),
        (
            "cases:item_add",
            ["events"],
            {"events-new-kind": "praise", "events-new-date": "2026-10-01"},
        ),
        (
            "cases:item_edit",
            ["events", "e1"],
            {"events-e1-kind": "praise", "events-e1-date": "2026-10-01"},
        ),
        ("cases:item_remove", ["events", "e1"], {}),
        ("cases:vests_from_grant", [], {"grant-date": "2026-01-01", "grant-shares": "40"}),
    ],
)
def test_a_post_without_a_version_is_refused_like_a_stale_one(alice, full_case, name, args, data):
    # Nothing says which answers it was typed over: a page from before versions, a script.
    client = Client()
    client.force_login(alice)
    before = reload(full_case)
    response = client.post(reverse(name, args=[full_case.pk, *args]), data, **HX)
    assert response.status_code == 409
    assert CHANGED in response.content.decode()
    after = reload(full_case)
    assert (after.document, after.version) == (before.document, before.version)


@pytest.mark.parametrize("version", ["abc", "-1", "999999", "9" * 5000, "1.0"])
def test_a_version_that_is_not_the_stored_one_is_refused(alice_client, full_case, version):
    response = alice_client.post(
        step_url(full_case, "job"), job(full_case, employer="Forged", version=version)
    )
    assert response.status_code == 409
    assert reload(full_case).document["employment"]["employer"] == "Amazon"


def test_continue_on_a_list_step_from_a_stale_tab_is_refused(alice_client, full_case):
    old = full_case.version
    case = reload(full_case)
    case.progress = ["before", "job", "visa"]
    case.save()
    alice_client.post(
        reverse("cases:item_remove", args=[full_case.pk, "events", "e1"]),
        {"version": case.version, "confirm": "yes"},
    )
    refused = alice_client.post(step_url(full_case, "activities"), {"version": old})
    assert refused.status_code == 409
    assert "activities" not in reload(full_case).progress


# --------------------------------------------------------------------------- two requests at once


def test_of_two_saves_from_the_same_version_exactly_one_wins(full_case):
    # Both requests read the case before either wrote it.
    tab_a = CaseRecord.objects.get(pk=full_case.pk)
    tab_b = CaseRecord.objects.get(pk=full_case.pk)
    editing.store(tab_a, {**tab_a.document, "as_of": "2026-11-23"})
    with pytest.raises(editing.Stale):
        editing.store(tab_b, {**tab_b.document, "as_of": "2026-11-24"})
    stored = reload(full_case)
    assert stored.document["as_of"] == "2026-11-23"
    assert stored.version == full_case.version + 1


# --------------------------------------------------------------------------- items

EVENT = {
    "events-new-kind": "contradicting_recap",
    "events-new-date": "2026-10-01",
    "events-new-by": "manager",
}


def events_of(case):
    return reload(case).document["events"]


def another_tab_changes_an_event(client, case):
    """The other tab changes e1's author, moving the version on."""
    response = client.post(
        reverse("cases:item_edit", args=[case.pk, "events", "e1"]),
        {
            "events-e1-kind": "negative_feedback",
            "events-e1-date": "2026-09-02",
            "events-e1-by": "new manager",
            "version": case.version,
        },
    )
    assert response.status_code == 302


@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_adding_an_item_from_a_stale_tab_is_refused(alice_client, full_case, htmx):
    old = full_case.version
    another_tab_changes_an_event(alice_client, full_case)
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]),
        {**EVENT, "version": old},
        **(HX if htmx else {}),
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert CHANGED in page
    # The other tab's change is what the page shows, and what is stored.
    assert "new manager" in page
    assert [e["id"] for e in events_of(full_case)] == ["e1", "e2"]
    assert events_of(full_case)[0]["by"] == "new manager"
    # What was typed into the refused form is still in view.
    assert "<dd>manager</dd>" in page and "<dd>Oct. 1, 2026</dd>" in page
    if htmx:
        assert response["HX-Retarget"] == "#main"


def test_changing_an_item_from_a_stale_tab_is_refused(alice_client, full_case):
    old = full_case.version
    another_tab_changes_an_event(alice_client, full_case)
    response = alice_client.post(
        reverse("cases:item_edit", args=[full_case.pk, "events", "e1"]),
        {
            "events-e1-kind": "negative_feedback",
            "events-e1-date": "2026-09-02",
            "events-e1-by": "old manager",
            "version": old,
        },
        **HX,
    )
    assert response.status_code == 409
    assert CHANGED in response.content.decode()
    assert events_of(full_case)[0]["by"] == "new manager"


def test_removing_an_item_from_a_stale_tab_is_refused(alice_client, full_case):
    old = full_case.version
    another_tab_changes_an_event(alice_client, full_case)
    response = alice_client.post(
        reverse("cases:item_remove", args=[full_case.pk, "events", "e1"]), {"version": old}, **HX
    )
    assert response.status_code == 409
    assert CHANGED in response.content.decode()
    assert [e["id"] for e in events_of(full_case)] == ["e1", "e2"]


def test_changing_an_item_the_other_tab_removed_says_why_rather_than_not_found(
    alice_client, full_case
):
    old = full_case.version
    alice_client.post(
        reverse("cases:item_remove", args=[full_case.pk, "events", "e1"]),
        {"version": old, "confirm": "yes"},
    )
    response = alice_client.post(
        reverse("cases:item_edit", args=[full_case.pk, "events", "e1"]),
        {"events-e1-kind": "negative_feedback", "events-e1-date": "2026-09-02", "version": old},
    )
    assert response.status_code == 409
    assert CHANGED in response.content.decode()
    assert [e["id"] for e in events_of(full_case)] == ["e2"]


def test_vests_from_a_grant_in_a_stale_tab_are_refused(alice_client, full_case):
    old = full_case.version
    another_tab_changes_an_event(alice_client, full_case)
    response = alice_client.post(
        reverse("cases:vests_from_grant", args=[full_case.pk]),
        {**grant("2026-11-15", "100", "2"), "version": old},
        **HX,
    )
    assert response.status_code == 409
    assert len(reload(full_case).document["compensation"]["vests"]) == 1


def test_a_current_item_change_saves_and_tells_the_page_its_new_version(alice_client, full_case):
    old = full_case.version
    response = alice_client.post(
        reverse("cases:item_add", args=[full_case.pk, "events"]), {**EVENT, "version": old}, **HX
    )
    assert response.status_code == 200
    assert "Added." in response.content.decode()
    assert json.loads(response["HX-Trigger"]) == {"pipv:saved": {"from": old, "to": old + 1}}
    # The list holds no form of its own that could still send the old version.
    assert str(old) not in VERSION.findall(response.content.decode())
    assert len(events_of(full_case)) == 3


def test_an_item_form_opened_after_the_other_tab_saved_can_save(alice_client, full_case):
    # "Change" fetches the item's form now, so it carries the newest version.
    another_tab_changes_an_event(alice_client, full_case)
    url = reverse("cases:item_edit", args=[full_case.pk, "events", "e2"])
    version = open_tab(alice_client, url)
    assert version == reload(full_case).version
    response = alice_client.post(
        url,
        {
            "events-e2-kind": "pivot_meeting",
            "events-e2-date": "2026-11-18",
            "events-e2-by": "skip-level",
            "version": version,
        },
    )
    assert response.status_code == 302
    assert [e.get("by") for e in events_of(full_case)] == ["new manager", "skip-level"]


# What the pay step's form sends with any of its buttons or checks: its answer, and an item
# typed into each list's add form, neither saved nor added yet.
TYPED_ON_PAY = {
    "share_price": "250.5",
    "vests-new-date": "2027-05-15",
    "vests-new-shares": "13",
    "bonuses-new-date": "2027-03-01",
    "bonuses-new-amount": "$7,777",
}


@pytest.mark.parametrize(
    "name, args, headers",
    [
        ("check", ["pay"], {"HTTP_HX_TRIGGER_NAME": "share_price"}),
        ("item_add", ["vests"], {}),
        ("vests_from_grant", [], {}),
    ],
    ids=["a field left", "a vest added", "a grant"],
)
def test_a_stale_refusal_lists_everything_typed_on_the_step(
    alice_client, full_case, name, args, headers
):
    """The refusal replaces the whole page (htmx), with the newest answers: what the person
    typed on the step is then only in its notice. It listed the answer checked, or the item
    added, alone: an item typed into another list and the step's answer were gone unseen."""
    old = full_case.version
    another_tab_changes_an_event(alice_client, full_case)
    typed = {**TYPED_ON_PAY, "grant-date": "2026-11-15", "grant-shares": "100"}
    response = alice_client.post(
        reverse(f"cases:{name}", args=[full_case.pk, *args]),
        {**typed, "version": old},
        **headers,
        **HX,
    )
    assert response.status_code == 409
    notice = response.content.decode().split('id="stale-notice"')[1].split("</dl>")[0]
    for value in ("250.5", "13", "$7,777", "100"):
        assert f"<dd>{value}</dd>" in notice
