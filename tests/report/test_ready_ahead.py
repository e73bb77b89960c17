"""The lawyer's PDF starts on the review page, one click before the results: by the time the
person has read the results and clicks, it has had the review's reading time as well."""

import pytest
from django.urls import reverse
from django_tasks import default_task_backend

from pipv.report.models import PdfRender


@pytest.fixture
def queued_only(settings):
    """Tasks are queued and left there, as when the worker has not got to them yet."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend


def review(client, record):
    return client.get(reverse("cases:step", args=[record.pk, "review"]))


def test_a_complete_case_on_the_review_page_queues_its_english_pdf(
    alice_client, full_case, queued_only
):
    assert review(alice_client, full_case).status_code == 200
    rows = PdfRender.objects.filter(case=full_case)
    assert [(r.language, r.status) for r in rows] == [("en", PdfRender.Status.QUEUED)]
    # The results page finds it on its way and does not queue a second one.
    alice_client.get(reverse("report:results", args=[full_case.pk]))
    assert PdfRender.objects.filter(case=full_case).count() == 1
    assert sum(r.task.func.__name__ == "render_pdf" for r in queued_only.results) == 1


def test_a_case_with_answers_missing_queues_nothing(alice_client, new_case, queued_only):
    assert review(alice_client, new_case).status_code == 200
    assert not PdfRender.objects.filter(case=new_case).exists()


def test_with_tasks_run_at_once_the_review_page_renders_nothing(
    alice_client, full_case, monkeypatch
):
    # PIPV_TASKS=immediate (the tests'): a render here would make the review page wait for it.
    from pipv.report import pdf

    def must_not_render(*args, **kwargs):
        raise AssertionError("rendered")

    monkeypatch.setattr(pdf, "render_pdf", must_not_render)
    assert review(alice_client, full_case).status_code == 200
    assert not PdfRender.objects.filter(case=full_case).exists()
