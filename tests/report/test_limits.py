"""PDFs take turns, so a burst of downloads cannot starve the questionnaire."""

import gc
import os
import signal

import pytest
from django.urls import reverse

from pipv.cases.models import CaseRecord
from pipv.report import pdf

from .conftest import example_document


@pytest.fixture
def record(client, django_user_model, monkeypatch):
    """Carol's case, Carol logged in, and no PDF of it cached: every download renders."""
    user = django_user_model.objects.create_user("carol", password="a long pass phrase")
    client.force_login(user)
    monkeypatch.setattr(pdf.cache, "get", lambda key: None)
    return CaseRecord.objects.create(
        owner=user, title="x", document=example_document("generic-pip")
    )


def test_a_second_render_waits_for_the_slot_then_gives_up(settings):
    settings.PIPV_PDF_RENDERS = 1
    with pdf.render_slot():
        with pytest.raises(pdf.Busy):
            with pdf.render_slot(wait_seconds=0.2):
                pass
    with pdf.render_slot(wait_seconds=0.2):  # free again once the first one is done
        pass


def test_two_slots_let_two_renders_run_at_once(settings):
    settings.PIPV_PDF_RENDERS = 2
    with pdf.render_slot(), pdf.render_slot(wait_seconds=0.2):
        with pytest.raises(pdf.Busy):
            with pdf.render_slot(wait_seconds=0.2):
                pass


def test_a_busy_server_says_so_calmly_and_asks_to_retry(client, record, settings):
    settings.PIPV_PDF_RENDERS, settings.PIPV_PDF_WAIT_SECONDS = 1, 0.2
    with pdf.render_slot():  # another worker is rendering
        response = client.get(reverse("report:pdf", args=[record.pk]))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Your answers are safe" in response.content.decode()


def test_the_web_app_renders_in_a_helper_process_that_gives_way(client, record, monkeypatch):
    # A render in the web worker would hold its interpreter lock for a second or more, and
    # every step page of that worker would wait behind it.
    def not_here(*args, **kwargs):
        raise AssertionError("rendered in the web worker")

    # WeasyPrint is broken in this process only; the helper has its own.
    monkeypatch.setattr(pdf.HTML, "write_pdf", not_here)
    response = client.get(reverse("report:pdf", args=[record.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")

    helper = pdf.renderer._get_pool()
    assert helper.submit(os.getpid).result() != os.getpid()
    assert helper.submit(os.nice, 0).result() >= os.nice(0) + 10


def test_a_helper_that_died_is_replaced_and_the_pages_still_work(client, record):
    helper = pdf.renderer._get_pool()
    pid = helper.submit(os.getpid).result()
    os.kill(pid, signal.SIGKILL)  # out of memory, say

    assert client.get(reverse("report:results", args=[record.pk])).status_code == 200
    response = client.get(reverse("report:pdf", args=[record.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    assert pdf.renderer._get_pool().submit(os.getpid).result() != pid


def test_a_render_leaves_the_garbage_collector_as_it_found_it_even_when_it_fails(monkeypatch):

    before = gc.get_threshold()
    seen = []

    def broken(self, **options):
        seen.append(gc.get_threshold())
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf.HTML, "write_pdf", broken)
    with pytest.raises(RuntimeError):
        pdf.render_pdf("<p>x</p>", b"{}", title="x")
    # Collected less often during the render (it is quicker), and as before afterwards.
    assert seen[0][0] >= pdf.RENDER_GC_THRESHOLD
    assert gc.get_threshold() == before
