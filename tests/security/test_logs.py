"""Nothing a person tells pipv about their case reaches the logs or the console."""

import json
import logging
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from pipv.cases.models import CaseRecord

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "amazon-focus-pivot.json"
# Answers that must never be seen outside the case: each is typed somewhere below.
SECRETS = (
    "Zanzibar Widgets",
    "Quillon Farthingale",
    "chemo on Tuesdays",
    "complained to Margo",
    "recap contradicts Jira",
    "PIP after FMLA",
)


@pytest.fixture
def everything_logged(caplog):
    # Every logger, every level, as a hosting install might configure them.
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    return caplog


def secret_case() -> bytes:
    document = json.loads(EXAMPLE.read_text())
    document["employment"]["employer"] = SECRETS[0]
    document["employment"]["employee_name"] = SECRETS[1]
    document["protected_activities"][0]["notes"] = SECRETS[2]
    document["protected_activities"][-1]["reported_to"] = "hr"
    document["events"][0]["notes"] = SECRETS[3]
    document["events"][0]["contradicting_evidence"] = SECRETS[4]
    return json.dumps(document).encode()


@pytest.mark.django_db
def test_a_whole_journey_logs_no_answer(everything_logged, capsys, django_user_model):
    client = Client()
    client.post(
        reverse("accounts:signup"),
        {
            "username": "walker",
            "password1": "a long pass phrase",
            "password2": "a long pass phrase",
        },
    )
    upload = SimpleUploadedFile(f"{SECRETS[5]}.json", secret_case(), "application/json")
    response = client.post(reverse("cases:import"), {"case_file": upload})
    assert response.status_code == 302
    case = CaseRecord.objects.get()
    assert case.document["employment"]["employer"] == SECRETS[0]

    # Every step, saved again as it is, and one answer the form refuses (an impossible date
    # beside a secret employer), which is where a careless log line would show it.
    for slug in ("before", "job", "visa", "activities", "events", "pay", "severance", "review"):
        page = client.get(reverse("cases:step", args=[case.pk, slug]))
        assert page.status_code == 200, slug
    client.post(
        reverse("cases:step", args=[case.pk, "job"]),
        {"employer": SECRETS[0], "start_date": "2021-02-31", "action": "continue"},
    )
    for name in ("results", "pdf", "ics"):
        assert client.get(reverse(f"report:{name}", args=[case.pk])).status_code == 200, name
    assert client.get(reverse("cases:export", args=[case.pk])).status_code == 200
    # Someone else asking for it is refused: a 404, logged by its address only.
    stranger = Client()
    bob = django_user_model.objects.create_user("bob", password="bob walks the dog daily")
    stranger.force_login(bob)
    assert stranger.get(reverse("report:results", args=[case.pk])).status_code == 404

    logged = everything_logged.text + "".join(
        str(record.args) for record in everything_logged.records
    )
    printed = capsys.readouterr()
    assert everything_logged.records  # the logs were really captured
    for secret in SECRETS:
        assert secret not in logged, secret
        assert secret not in printed.out and secret not in printed.err, secret


@pytest.fixture
def error_log():
    # The console handler of django.request, pointed at a buffer for this test.
    import io

    from pipv.core.logs import ExceptionAndPathOnly

    (handler,) = [
        handler
        for handler in logging.getLogger("django.request").handlers
        if any(isinstance(f, ExceptionAndPathOnly) for f in handler.filters)
    ]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


@pytest.mark.django_db
def test_a_server_error_leaves_one_line_with_its_type_and_path_and_no_case_text(
    error_log, monkeypatch, django_user_model
):
    # The disk full, say: the page fails, and the log must say so without quoting the case.
    def broken(*args, **kwargs):
        raise OSError(f"No space left on device while saving {SECRETS[2]!r}")

    monkeypatch.setattr("pipv.cases.views.cases.first_incomplete", broken)
    user = django_user_model.objects.create_user("walker", password="a long pass phrase")
    case = CaseRecord.objects.create(owner=user, title=SECRETS[5], document={"notes": SECRETS[2]})
    client = Client(raise_request_exception=False)
    client.force_login(user)
    path = reverse("cases:resume", args=[case.pk])
    response = client.get(path)
    assert response.status_code == 500
    # The calm page, with nothing of the case in it.
    page = response.content.decode()
    assert "Something went wrong" in page and SECRETS[5] not in page

    lines = error_log.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(f"ERROR django.request: OSError at {path}")
    for secret in SECRETS:
        assert secret not in error_log.getvalue()
