"""The worker's queue on a busy host: a PDF someone clicked for goes ahead of the PDFs the
results pages made in case of a click, so the person waiting is not behind everyone who left."""

import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from pipv.cases.models import CaseRecord
from pipv.report import jobs
from pipv.report.models import PdfRender

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "amazon-focus-pivot.json"
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
RENDER = "pipv.report.tasks.render_pdf"


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE


def person(django_user_model, client, name):
    owner = django_user_model.objects.create_user(name, password="a long pass phrase here")
    record = CaseRecord.objects.create(
        owner=owner, title=name, document=json.loads(EXAMPLE.read_text())
    )
    client.force_login(owner)
    return record


def queued_renders():
    """(priority, row id) of the queued renders, in the order the worker takes them."""
    return [
        (task.priority, task.args_kwargs["args"][0])
        for task in DBTaskResult.objects.ready().filter(task_path=RENDER)
    ]


def test_a_clicked_pdf_is_rendered_before_the_ones_made_in_case(
    django_user_model, client, database_queue
):
    # Ann read her results first; Bo read his, then clicked for the PDF.
    ann = person(django_user_model, client, "ann")
    assert client.get(reverse("report:results", args=[ann.pk])).status_code == 200
    bo = person(django_user_model, client, "bo")
    assert client.get(reverse("report:results", args=[bo.pk])).status_code == 200
    ann_row, bo_row = (PdfRender.objects.get(case=r) for r in (ann, bo))
    assert queued_renders() == [(0, ann_row.pk), (0, bo_row.pk)]

    assert client.get(reverse("report:pdf", args=[bo.pk])).status_code == 202
    # Bo's render now comes first; the page asking again does not queue it a third time,
    # even in another of the server's processes, whose cache knows nothing of the first.
    cache.clear()
    assert client.get(reverse("report:pdf", args=[bo.pk])).status_code == 202
    assert queued_renders() == [
        (jobs.ASKED_PRIORITY, bo_row.pk),
        (0, ann_row.pk),
        (0, bo_row.pk),
    ]

    # The first copy renders it; the one left over finds it done and renders nothing.
    assert jobs.render(bo_row.pk) == "ready"
    assert jobs.render(bo_row.pk) == "superseded"
    assert PdfRender.objects.get(pk=bo_row.pk).status == PdfRender.Status.READY
    response = client.get(reverse("report:pdf", args=[bo.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")


def test_a_pdf_asked_for_before_the_results_page_is_queued_ahead_at_once(
    django_user_model, client, database_queue
):
    cy = person(django_user_model, client, "cy")
    assert client.get(reverse("report:pdf", args=[cy.pk]) + "?lang=zh-hans").status_code == 202
    row = PdfRender.objects.get(case=cy, language="zh-hans")
    assert queued_renders() == [(jobs.ASKED_PRIORITY, row.pk)]
