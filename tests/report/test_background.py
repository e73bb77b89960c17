"""PDFs are made in the background: nobody's request renders one or waits for one.

Most tests here run tasks at once in the test process (PIPV_TASKS=immediate, as every test
does) or leave them queued (the dummy backend) to look at a PDF on its way; the ones whose
behaviour depends on a real worker start `manage.py worker` processes on the test database.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend

from pipv.cases import crypto, editing
from pipv.cases.models import CaseRecord
from pipv.core.priority import session_nice
from pipv.report import jobs, pdf
from pipv.report.models import PdfRender

from . import worker_tasks
from .conftest import example_document

ROOT = Path(__file__).resolve().parents[2]
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
Status = PdfRender.Status


@pytest.fixture
def record(alice):
    return CaseRecord.objects.create(
        owner=alice, title="x", document=example_document("amazon-focus-pivot")
    )


@pytest.fixture
def queued_only(settings):
    """Tasks are queued and left there, as when the worker has not got to them yet."""
    settings.TASKS = DUMMY
    default_task_backend.clear()
    return default_task_backend


def renders(backend) -> int:
    """Renders queued so far (a finished PDF also queues its own deletion for later)."""
    return sum(r.task.func.__name__ == "render_pdf" for r in backend.results)


def results(client, record):
    return client.get(reverse("report:results", args=[record.pk]))


def download(client, record, **extra):
    return client.get(reverse("report:pdf", args=[record.pk]), **extra)


def no_rendering(monkeypatch):
    def must_not_render(*args, **kwargs):
        raise AssertionError("rendered")

    monkeypatch.setattr(pdf, "render_pdf", must_not_render)


# -- ready before the click


def test_reading_the_results_makes_the_lawyers_pdf_and_the_click_gets_it_at_once(
    alice_client, record, monkeypatch, queued_only
):
    assert results(alice_client, record).status_code == 200
    rows = PdfRender.objects.filter(case=record)
    # English only: the Chinese copy is made when someone asks for it.
    assert [(r.language, r.status, r.version) for r in rows] == [("en", Status.QUEUED, 1)]
    assert jobs.render(rows[0].pk) == "ready"  # the worker, while the page is read

    no_rendering(monkeypatch)  # the download is the stored PDF, not a new render
    response = download(alice_client, record)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "no-store" in response["Cache-Control"]


def test_the_stored_pdf_is_sealed_with_the_data_keys(alice_client, record):
    download(alice_client, record)
    row = PdfRender.objects.get(case=record)
    stored = bytes(row.sealed_pdf)
    assert not stored.startswith(b"%PDF") and b"Lin Chen" not in stored
    assert crypto.unseal_bytes(stored) == download(alice_client, record).content


def test_saving_the_case_again_deletes_its_pdf_and_the_next_one_shows_the_new_answers(
    alice_client, record
):
    download(alice_client, record)
    document = record.document
    document["employment"]["employer"] = "Another Employer Inc."
    editing.store(record, document, record.version)
    assert not PdfRender.objects.filter(case=record).exists()

    download(alice_client, record)
    row = PdfRender.objects.get(case=record)
    assert row.version == 2 and row.status == Status.READY


def test_a_deleted_case_takes_its_pdfs_with_it(alice_client, record):
    download(alice_client, record)
    download(alice_client, record, QUERY_STRING="lang=zh-hans")
    assert PdfRender.objects.filter(case=record).count() == 2
    record.delete()
    assert not PdfRender.objects.exists()


def test_a_pdf_is_kept_for_its_lifetime_only(alice_client, record, settings):
    settings.PIPV_PDF_LIFETIME_MINUTES = 60
    download(alice_client, record)
    row = PdfRender.objects.get(case=record)
    PdfRender.objects.filter(pk=row.pk).update(finished_at=timezone.now() - timedelta(minutes=59))
    assert jobs.sweep() == 0
    PdfRender.objects.filter(pk=row.pk).update(finished_at=timezone.now() - timedelta(minutes=61))
    assert jobs.sweep() == 1 and not PdfRender.objects.exists()


def test_an_expired_pdf_is_never_served_but_made_again(alice_client, record):
    download(alice_client, record)
    old = PdfRender.objects.get(case=record)
    PdfRender.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(hours=2))
    assert download(alice_client, record)["Content-Type"] == "application/pdf"
    fresh = PdfRender.objects.get(case=record)
    assert fresh.pk != old.pk and fresh.finished_at > timezone.now() - timedelta(minutes=1)


def test_a_ready_pdf_is_deleted_when_its_lifetime_ends_by_a_task_queued_for_then(
    alice_client, record, settings
):
    # The database queue runs a task at a given time; the PDF's own deletion is one.
    settings.TASKS = DATABASE
    from django_tasks_db.models import DBTaskResult

    results(alice_client, record)
    row = PdfRender.objects.get(case=record)
    assert row.status == Status.QUEUED
    assert jobs.render(row.pk) == "ready"
    forget = DBTaskResult.objects.get(task_path="pipv.report.tasks.forget_pdf")
    assert forget.args_kwargs["args"] == [row.pk, row.digest]
    expected = timezone.now() + timedelta(minutes=settings.PIPV_PDF_LIFETIME_MINUTES)
    assert abs(forget.run_after - expected) < timedelta(minutes=1)


# -- the page that waits instead of the server


def test_a_pdf_on_its_way_shows_a_page_that_asks_again_with_and_without_javascript(
    alice_client, record, queued_only
):
    response = download(alice_client, record)
    assert response.status_code == 202
    html = response.content.decode()
    assert "Preparing your PDF" in html and "Your answers are safe" in html
    # Without JavaScript: a meta refresh, inside <noscript> so htmx's polling is the only one.
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    url = reverse("report:pdf", args=[record.pk])
    assert f'hx-get="{url}" hx-trigger="load delay:1s" hx-swap="outerHTML"' in html
    assert "<script>" not in html  # nothing inline for the Content-Security-Policy to refuse
    assert renders(queued_only) == 1  # one render queued, however often the page asks

    polled = download(alice_client, record, HTTP_HX_REQUEST="true")
    assert polled.status_code == 202 and "<html" not in polled.content.decode()
    assert 'id="pdf-status"' in polled.content.decode()
    assert renders(queued_only) == 1

    # The worker gets to it: the next poll sends the browser to the download.
    assert jobs.render(PdfRender.objects.get(case=record).pk) == "ready"
    polled = download(alice_client, record, HTTP_HX_REQUEST="true")
    assert polled["HX-Redirect"] == url
    assert download(alice_client, record)["Content-Type"] == "application/pdf"


def test_the_chinese_copy_polls_its_own_address(alice_client, record, queued_only):
    html = download(alice_client, record, QUERY_STRING="lang=zh-hans").content.decode()
    url = reverse("report:pdf", args=[record.pk]) + "?lang=zh-hans"
    assert f'hx-get="{url}"' in html
    assert PdfRender.objects.get(case=record).language == "zh-hans"


def test_one_person_has_one_render_in_flight_and_the_next_waits_its_turn(
    alice_client, alice, bob, record, queued_only
):
    second = CaseRecord.objects.create(
        owner=alice, title="y", document=example_document("generic-pip")
    )
    results(alice_client, record)
    PdfRender.objects.filter(case=record).update(status=Status.RUNNING)  # a worker has it
    results(alice_client, second)
    assert list(PdfRender.objects.values_list("case_id", flat=True)) == [record.pk]
    assert download(alice_client, second).status_code == 202  # waiting, not refused
    assert list(PdfRender.objects.values_list("case_id", flat=True)) == [record.pk]

    # Someone else is not held up by Alice.
    theirs = CaseRecord.objects.create(
        owner=bob, title="z", document=example_document("generic-pip")
    )
    alice_client.force_login(bob)
    results(alice_client, theirs)
    assert PdfRender.objects.filter(case=theirs).exists()

    # Alice's first render is done: her second is queued at the next look.
    alice_client.force_login(alice)
    PdfRender.objects.filter(case=record).update(status=Status.QUEUED)
    for row in PdfRender.objects.all():  # each results page's task: Alice's and Bob's
        jobs.render(row.pk)
    assert PdfRender.objects.get(case=record).status == Status.READY
    download(alice_client, second, HTTP_HX_REQUEST="true")
    assert PdfRender.objects.get(case=second).status == Status.QUEUED
    assert renders(queued_only) == 3


def test_of_the_pdfs_made_in_case_the_newest_goes_first_and_none_is_left_behind(
    alice_client, alice, bob, record, queued_only
):
    # A busy host: Alice read her results a while ago and did not click; Bob has just opened
    # his. Bob may click any moment; Alice's PDF can wait for a worker with nothing else to do.
    results(alice_client, record)
    theirs = CaseRecord.objects.create(
        owner=bob, title="z", document=example_document("generic-pip")
    )
    alice_client.force_login(bob)
    results(alice_client, theirs)
    alices = PdfRender.objects.get(case=record)
    bobs = PdfRender.objects.get(case=theirs)
    PdfRender.objects.filter(pk=alices.pk).update(queued_at=timezone.now() - timedelta(minutes=1))

    assert jobs.render(alices.pk) == "ready"  # the first task queued, for the newest PDF
    assert PdfRender.objects.get(pk=bobs.pk).status == Status.READY
    assert PdfRender.objects.get(pk=alices.pk).status == Status.QUEUED
    assert jobs.render(bobs.pk) == "ready"  # the second task: each task makes one PDF
    assert PdfRender.objects.get(pk=alices.pk).status == Status.READY


def test_a_pdf_someone_clicked_for_is_rendered_by_its_own_task_before_newer_ones(
    alice_client, alice, bob, record, queued_only
):
    assert download(alice_client, record).status_code == 202  # Alice clicked
    theirs = CaseRecord.objects.create(
        owner=bob, title="z", document=example_document("generic-pip")
    )
    alice_client.force_login(bob)
    results(alice_client, theirs)  # Bob's, newer, made in case
    alices = PdfRender.objects.get(case=record)
    assert jobs.render(alices.pk) == "ready"
    assert PdfRender.objects.get(pk=alices.pk).status == Status.READY
    assert PdfRender.objects.get(case=theirs).status == Status.QUEUED


def test_a_click_goes_before_the_same_persons_pdf_made_only_in_case(
    alice_client, alice, record, queued_only
):
    # Alice read one case's results and left its PDF; now she clicks for another case's.
    # On a busy host the first one, which nobody asked for, may wait behind everyone's
    # clicks: hers must not wait behind it.
    second = CaseRecord.objects.create(
        owner=alice, title="y", document=example_document("generic-pip")
    )
    results(alice_client, record)
    assert download(alice_client, second).status_code == 202
    row = PdfRender.objects.get()
    assert row.case_id == second.pk and row.asked_at is not None
    assert jobs.render(row.pk) == "ready"
    assert download(alice_client, second).content.startswith(b"%PDF-")


def test_a_pdf_someone_asked_for_is_not_put_aside_for_another(
    alice_client, alice, record, queued_only
):
    second = CaseRecord.objects.create(
        owner=alice, title="y", document=example_document("generic-pip")
    )
    assert download(alice_client, record).status_code == 202  # asked for, still queued
    assert download(alice_client, second).status_code == 202  # waits its turn
    assert list(PdfRender.objects.values_list("case_id", flat=True)) == [record.pk]


# -- bounded: time limit, dead workers


def test_a_render_past_the_time_limit_is_stopped_and_the_page_offers_a_retry(
    alice_client, record, settings, monkeypatch, queued_only
):
    settings.PIPV_PDF_TIME_LIMIT = 1
    download(alice_client, record)
    row = PdfRender.objects.get(case=record)
    real_render = pdf.render_pdf

    def endless(*args, **kwargs):  # a layout that never ends, in Python as WeasyPrint's is
        while True:
            sum(range(1000))

    monkeypatch.setattr(pdf, "render_pdf", endless)
    assert jobs.render(row.pk) == "timed out"
    assert PdfRender.objects.get(pk=row.pk).status == Status.TIMED_OUT

    response = download(alice_client, record)
    html = response.content.decode()
    assert response.status_code == 200 and "took longer than 1 second," in html
    # Trying again would only stop again for a case this long: the page says what else works.
    assert "Your results page prints the same report" in html
    assert "Your answers are safe" in html and 'role="alert"' in html
    url = reverse("report:pdf", args=[record.pk])
    assert f'<form method="post" action="{url}">' in html and "Try again" in html
    # The poll that finds it stopped shows the same, and polls no more.
    polled = download(alice_client, record, HTTP_HX_REQUEST="true").content.decode()
    assert "Try again" in polled and "hx-trigger" not in polled

    monkeypatch.setattr(pdf, "render_pdf", real_render)
    settings.PIPV_PDF_TIME_LIMIT = 60
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    response = alice_client.post(url)
    assert response.status_code == 302 and response["Location"] == url
    assert download(alice_client, record)["Content-Type"] == "application/pdf"


def test_a_render_that_only_waits_for_the_cpu_is_not_stopped(
    alice_client, record, settings, monkeypatch, queued_only
):
    # A worker runs at the lowest priority: on a busy host its render waits while the pages
    # are served. The limit counts the render's own CPU time, so waiting is not "too long".
    settings.PIPV_PDF_TIME_LIMIT = 1
    download(alice_client, record)
    row = PdfRender.objects.get(case=record)

    def kept_waiting(*args, **kwargs):
        time.sleep(1.5)  # past the limit on the clock, nowhere near it in CPU time
        return b"%PDF-1.7 made after a wait"

    monkeypatch.setattr(pdf, "render_pdf", kept_waiting)
    assert jobs.render(row.pk) == "ready"
    assert download(alice_client, record).content == b"%PDF-1.7 made after a wait"


def test_a_failed_render_says_so_calmly_and_logs_no_case_text(
    alice_client, record, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise ValueError("Lin Chen's notes broke the layout")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    response = download(alice_client, record)
    assert "Something went wrong while making your PDF" in response.content.decode()
    assert "ValueError" in caplog.text and "Lin Chen" not in caplog.text


def test_a_dead_workers_render_is_queued_once_more_then_reported(
    alice_client, record, queued_only, settings
):
    download(alice_client, record)
    row = PdfRender.objects.get(case=record)
    long_ago = timezone.now() - timedelta(seconds=settings.PIPV_PDF_TIME_LIMIT + 31)

    # A worker took it and died (kill -9, out of memory): it stays "running" for ever.
    PdfRender.objects.filter(pk=row.pk).update(
        status=Status.RUNNING, attempts=1, started_at=long_ago
    )
    assert download(alice_client, record).status_code == 202
    assert PdfRender.objects.get(pk=row.pk).status == Status.QUEUED
    assert renders(queued_only) == 2

    # Still within the time limit: the worker may be alive, nothing is queued again.
    PdfRender.objects.filter(pk=row.pk).update(
        status=Status.RUNNING, attempts=2, started_at=timezone.now()
    )
    download(alice_client, record)
    assert renders(queued_only) == 2

    # The second worker died too: no third try, but a calm error and a retry button.
    PdfRender.objects.filter(pk=row.pk).update(started_at=long_ago)
    response = download(alice_client, record)
    assert "Something went wrong while making your PDF" in response.content.decode()
    assert PdfRender.objects.get(pk=row.pk).status == Status.FAILED
    assert renders(queued_only) == 2


# -- real workers


def worker_env() -> dict[str, str]:
    """The environment of a worker process that uses this test's database."""
    env = {**os.environ, "PIPV_TASKS": "database"}
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        env["PIPV_DB_PATH"] = str(name)
        env.pop("DATABASE_URL", None)
    else:
        parts = urlsplit(os.environ["DATABASE_URL"])
        env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    return env


def start_worker(*extra: str, own_session: bool = False) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--batch", "--no-startup-delay", *extra],
        cwd=ROOT,
        env=worker_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=own_session,
    )


def finish(process: subprocess.Popen) -> str:
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output.decode(errors="replace")
    return output.decode(errors="replace")


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_renders_the_pdf_at_a_lower_cpu_priority(client, settings):
    settings.TASKS = DATABASE
    from django_tasks_db.models import DBTaskResult

    user = __import__("django.contrib.auth", fromlist=["get_user_model"]).get_user_model()
    alice = user.objects.create_user("alice", password="a long pass phrase")
    record = CaseRecord.objects.create(
        owner=alice, title="x", document=example_document("generic-pip")
    )
    client.force_login(alice)
    assert results(client, record).status_code == 200
    assert PdfRender.objects.get(case=record).status == Status.QUEUED  # not rendered here
    asked = worker_tasks.where_am_i.enqueue()
    session_before = session_nice()

    finish(start_worker())

    row = PdfRender.objects.get(case=record)
    assert row.status == Status.READY and row.attempts == 1
    assert download(client, record).content.startswith(b"%PDF-")
    ran = DBTaskResult.objects.get(pk=asked.id).return_value
    assert ran["pid"] != os.getpid()
    assert ran["nice"] >= min(19, os.nice(0) + settings.PIPV_WORKER_NICE)
    # Started in this session, beside this process: lowering the session would slow it too.
    assert ran["session_nice"] == session_nice() == session_before


needs_autogroups = pytest.mark.skipif(
    session_nice() is None, reason="this kernel does not group processes by session"
)


@needs_autogroups
@pytest.mark.django_db(transaction=True)
def test_a_worker_in_a_session_of_its_own_lowers_the_sessions_priority_too(settings):
    """As pipv.launch starts it (make run, make serve). Where Linux shares the CPU among
    sessions first, the worker's own nice alone would leave it level with the web server."""
    settings.TASKS = DATABASE
    from django_tasks_db.models import DBTaskResult

    asked = worker_tasks.where_am_i.enqueue()
    finish(start_worker(own_session=True))

    ran = DBTaskResult.objects.get(pk=asked.id).return_value
    assert ran["nice"] >= min(19, settings.PIPV_WORKER_NICE)
    assert ran["session_nice"] == ran["nice"]


@pytest.mark.django_db(transaction=True)
def test_two_workers_share_the_queue_and_never_run_a_task_twice(settings, tmp_path):
    """On PostgreSQL (make test-postgres) the claim is SELECT ... FOR UPDATE SKIP LOCKED;
    on SQLite an exclusive transaction. Either way each task runs exactly once."""
    settings.TASKS = DATABASE
    from django_tasks_db.models import DBTaskResult

    # Two tasks that each hold their worker until the other worker has one too: both
    # workers are then taking tasks from the queue at the same time.
    for _ in range(2):
        worker_tasks.meet.enqueue(str(tmp_path), 2)
    for number in range(60):
        worker_tasks.run_once.enqueue(str(tmp_path), number)

    workers = [start_worker(), start_worker()]
    for process in workers:
        finish(process)

    results = DBTaskResult.objects.all()
    assert {r.status for r in results} == {"SUCCESSFUL"}
    assert all(len(r.worker_ids) == 1 for r in results)  # claimed once, by one worker
    assert len(list(tmp_path.glob("task-*"))) == 60
    met = {r.return_value for r in results if r.task_path.endswith(".meet")}
    assert met == {p.pid for p in workers}


def children_of(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"  # ended, waiting for whoever adopted it to collect its status


def test_auto_starts_a_pdf_worker_per_core_as_make_serve_does():
    from pipv.launch import worker_count

    assert worker_count("auto") == (os.cpu_count() or 1)
    assert worker_count("3") == 3
    with pytest.raises(Exception, match="a number or auto"):
        worker_count("many")
    makefile = (ROOT / "Makefile").read_text()
    assert "PDF_WORKERS ?= auto" in makefile and "--workers $(PDF_WORKERS)" in makefile


def launch() -> tuple[subprocess.Popen, list[int]]:
    web = [sys.executable, "-c", "import time; time.sleep(300)"]  # stands in for the server
    launcher = subprocess.Popen(
        [sys.executable, "-m", "pipv.launch", "--workers", "1", "--", *web],
        cwd=ROOT,
        env=worker_env(),
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while len(children_of(launcher.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    children = children_of(launcher.pid)
    assert len(children) == 2, "the launcher did not start a worker and a web server"
    return launcher, children


def wait_until_gone(pids: list[int]) -> bool:
    deadline = time.monotonic() + 60
    while not all(gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return all(gone(pid) for pid in pids)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.django_db(transaction=True)
def test_ctrl_c_stops_the_web_server_and_the_worker_together():
    launcher, children = launch()
    launcher.send_signal(signal.SIGINT)
    assert launcher.wait(timeout=60) == 0
    assert wait_until_gone(children)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.django_db(transaction=True)
def test_a_killed_launcher_leaves_no_worker_or_server_behind():
    launcher, children = launch()
    launcher.kill()  # kill -9: nothing of the launcher's own runs
    launcher.wait(timeout=10)
    assert wait_until_gone(children)
