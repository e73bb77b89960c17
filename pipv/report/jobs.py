"""PDFs made ahead in the background: what the web views ask for, and what a worker does.

A web request never renders and never waits for a render. Showing the results page queues
the English PDF of that case version (``prepare``); the download returns it when it is ready,
or a page that refreshes itself until it is. The render itself is a task (``tasks.py``) that a
worker runs (``manage.py worker``) at a lower CPU priority, with a time limit.

Fair and bounded: a person has at most one render queued or running; a second one waits
until the first is done, except that a click takes the place of a render queued only in case
of one that no worker has started. A PDF someone clicked for goes ahead of those made in case
(``ASKED_PRIORITY``), and of those made in case the newest goes first (``_claim_in_case``).
A worker that dies mid-render leaves its row "running"; once that is older than the time
limit allows, the next look at it queues the render once more, and after a second death
reports a failure the person can retry.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from pipv.cases import crypto, editing
from pipv.cases.models import CaseRecord
from pipv.cases.store import read
from pipv.cases.views.unsaved import unsaved_on_paper
from pipv.core.framestack import with_room
from pipv.engine import Case, dumps

from . import pdf
from .models import PdfRender

Status = PdfRender.Status
IN_FLIGHT = (Status.QUEUED, Status.RUNNING)
FAILED = (Status.FAILED, Status.TIMED_OUT)
# A render is tried this many times when its worker dies under it.
ATTEMPTS = 2
# Past the time limit, how long a "running" row may go on before its worker counts as dead:
# a worker stops its own render at the limit and records that within a second or two.
DEAD_AFTER_LIMIT = timedelta(seconds=30)

logger = logging.getLogger("pipv.report")


def lifetime() -> timedelta:
    return timedelta(minutes=settings.PIPV_PDF_LIFETIME_MINUTES)


def time_limit() -> int:
    return int(settings.PIPV_PDF_TIME_LIMIT)


def digest_of(record: CaseRecord, case: Case, language: str) -> str:
    """What the PDF is made from: the case, the language, and the typing not saved that it
    lists (``unsaved_on_paper`` reads only these drafts). Hashed as typed, so that a page
    asking whether its PDF is ready does not build the questionnaire's forms to know."""
    drafts = json.dumps(editing.drafts(record), sort_keys=True).encode("utf-8")
    return pdf.content_key(dumps(case).encode("utf-8"), language, drafts)


def is_current(row: PdfRender, record: CaseRecord, digest: str) -> bool:
    """The row was made from these answers, and a ready one has not outlived its time."""
    if row.version != record.version or row.digest != digest:
        return False
    if row.status == Status.READY:
        return row.finished_at is not None and row.finished_at > timezone.now() - lifetime()
    return True


def worker_died(row: PdfRender) -> bool:
    if row.status != Status.RUNNING or row.started_at is None:
        return False
    limit = timedelta(seconds=time_limit()) + DEAD_AFTER_LIMIT
    return row.started_at < timezone.now() - limit


def prepare(
    record: CaseRecord, case: Case, language: str, *, retry: bool = False, asked: bool = False
) -> PdfRender | None:
    """The PDF of this case version: ready, or queued now if it is not already on its way.

    None while another render of the same person is in flight: this one is queued when that
    one is done (the waiting page asks again). ``retry`` queues a failed render again.
    ``asked``: someone clicked for it (not the results page making it ahead), so it goes
    ahead of the renders made only in case.
    """
    digest = digest_of(record, case, language)
    row = PdfRender.objects.filter(case=record, language=language).first()
    if row is not None and is_current(row, record, digest):
        if worker_died(row):
            return _after_dead_worker(row)
        if not (retry and row.status in FAILED):
            if asked and row.status == Status.QUEUED:
                hurry(row)
            return row
    with transaction.atomic():
        # One person's requests take turns here (a row lock on PostgreSQL; SQLite's write
        # lock does the same), so two tabs cannot queue two renders.
        get_user_model().objects.select_for_update().filter(pk=record.owner_id).first()
        row = PdfRender.objects.filter(case=record, language=language).first()
        if row is not None and is_current(row, record, digest):
            if not (retry and row.status in FAILED):
                return row
        elsewhere = PdfRender.objects.filter(case__owner_id=record.owner_id, status__in=IN_FLIGHT)
        if row is not None:
            elsewhere = elsewhere.exclude(pk=row.pk)
        if asked or retry:
            # The PDF this person asks for now goes before one queued only in case they
            # clicked, that no worker has started: on a busy host that one may wait behind
            # everyone's clicks for minutes, and this one with it.
            elsewhere.filter(status=Status.QUEUED, asked_at__isnull=True).delete()
        if elsewhere.exists():
            return None
        PdfRender.objects.filter(case=record, language=language).delete()
        now = timezone.now()
        try:
            with transaction.atomic():
                row = PdfRender.objects.create(
                    case=record,
                    language=language,
                    version=record.version,
                    digest=digest,
                    status=Status.QUEUED,
                    queued_at=now,
                    asked_at=now if asked or retry else None,
                )
        except IntegrityError:  # another request made it in between: that one queues it
            return PdfRender.objects.filter(case=record, language=language).first()
    _enqueue(row)
    # A backend that runs tasks at once (the tests') has finished it already.
    return PdfRender.objects.filter(pk=row.pk).first()


def _after_dead_worker(row: PdfRender) -> PdfRender:
    """Queue a render whose worker died once more, or give up after ``ATTEMPTS``."""
    running = PdfRender.objects.filter(pk=row.pk, status=Status.RUNNING, started_at=row.started_at)
    if row.attempts >= ATTEMPTS:
        running.update(status=Status.FAILED, finished_at=timezone.now())
    elif running.update(status=Status.QUEUED, started_at=None):
        _enqueue(row)
    row.refresh_from_db()
    return row


def runs_where_queued() -> bool:
    """Tasks run at once in the process that queues them (PIPV_TASKS=immediate, the tests'):
    queueing ahead would make the results page wait for the render, so the PDF is made when
    it is asked for instead."""
    from .tasks import render_pdf

    return type(render_pdf.get_backend()).__name__ == "ImmediateBackend"


# A PDF someone clicked for runs before those the results pages queued in case of a click: on
# a busy host the queue of "in case" renders can be long, and most of them are never asked for.
ASKED_PRIORITY = 10


def _enqueue(row: PdfRender) -> None:
    """Queue the row's render: ahead of the others if someone asked for it."""
    from .tasks import render_pdf

    if row.asked_at is None:
        render_pdf.enqueue(row.pk)
    else:
        render_pdf.using(priority=ASKED_PRIORITY).enqueue(row.pk)


def hurry(row: PdfRender) -> bool:
    """Someone waits for this queued PDF: queue its render once more, ahead of the others.

    Whichever of the two tasks runs first renders it (``render`` claims the row); the other
    finds it claimed and does nothing. Only the first click does this, in whichever web
    process it lands: the row records it.
    """
    now = timezone.now()
    if not PdfRender.objects.filter(pk=row.pk, asked_at__isnull=True).update(asked_at=now):
        return False
    row.asked_at = now
    _enqueue(row)
    return True


def pdf_bytes(row: PdfRender) -> bytes | None:
    """The ready PDF, decrypted; None if no key opens it any more (it is made again)."""
    if row.sealed_pdf is None:
        return None
    try:
        return crypto.unseal_bytes(bytes(row.sealed_pdf))
    except InvalidToken:
        return None


def forget_case(record: CaseRecord) -> None:
    """The case's answers changed: what was rendered from the old ones goes."""
    PdfRender.objects.filter(case_id=record.pk).delete()


def sweep() -> int:
    """Delete every PDF (and failure) older than its lifetime. Returns how many."""
    cutoff = timezone.now() - lifetime()
    done = (Status.READY, *FAILED)
    deleted, _ = PdfRender.objects.filter(status__in=done, finished_at__lt=cutoff).delete()
    return deleted


class RenderTimeout(Exception):
    """A render ran past PIPV_PDF_TIME_LIMIT and was stopped."""


@contextmanager
def stopped_after(seconds: int) -> Iterator[None]:
    """Raise RenderTimeout in this thread once the process has used ``seconds`` of CPU.

    CPU time, not the clock's: a worker runs at the lowest priority, so on a busy host it may
    wait for the web server's requests; a render that is only waiting its turn is not a
    runaway one, and the person would be told "took too long" for nothing. WeasyPrint's
    layout is Python, so the timer's exception stops it between two steps. Only
    the main thread gets signals: a worker runs its tasks there. Elsewhere (a test's live
    server, which runs tasks at once) there is no limit.
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expired(signum, frame):
        raise RenderTimeout

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _claim(row_id: int) -> bool:
    return bool(
        PdfRender.objects.filter(pk=row_id, status=Status.QUEUED).update(
            status=Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


# How many of the newest renders made in case a task tries to claim before it gives up: another
# worker may claim the same one a moment before.
CLAIM_TRIES = 3


def _claim_in_case(row_id: int) -> int | None:
    """Claim the newest render queued only in case of a click, or ``row_id`` if it is asked for.

    A task queued by a results page stands for one render made in case, not for that page's:
    the newest goes first. On a busy host the oldest are read and left: their readers either
    clicked (their render is asked for now and went ahead) or did not, and rendering them
    first made every PDF made in case too late for its own reader's click.
    """
    asked = PdfRender.objects.filter(pk=row_id, asked_at__isnull=False).exists()
    if asked:
        return row_id if _claim(row_id) else None
    newest = PdfRender.objects.filter(status=Status.QUEUED, asked_at__isnull=True)
    for candidate in newest.order_by("-queued_at", "-pk").values_list("pk", flat=True)[
        :CLAIM_TRIES
    ]:
        if _claim(candidate):
            return candidate
    return None


def render(row_id: int) -> str:
    """The task's work: render a PDF (``_claim_in_case`` says which), seal it, store it.
    Returns what happened."""
    from .render import pdf_for

    claimed = _claim_in_case(row_id)
    if claimed is None:
        return "superseded"
    row = PdfRender.objects.select_related("case").get(pk=claimed)
    record = row.case
    case, _problems = read(record)
    if (
        case is None
        or row.version != record.version
        or digest_of(record, case, row.language) != row.digest
    ):
        row.delete()
        return "superseded"
    unsaved = unsaved_on_paper(record, row.language)
    running = PdfRender.objects.filter(pk=row.pk, status=Status.RUNNING, attempts=row.attempts)
    try:
        with stopped_after(time_limit()):
            body = with_room(pdf_for, case, row.language, unsaved=unsaved)
    except RenderTimeout:
        running.update(status=Status.TIMED_OUT, finished_at=timezone.now())
        logger.warning("PDF render %s stopped at the time limit (%s s)", row.pk, time_limit())
        return "timed out"
    except Exception as exc:
        # The exception's type only: its message may quote the case.
        running.update(status=Status.FAILED, finished_at=timezone.now())
        logger.error("PDF render %s failed: %s", row.pk, type(exc).__name__)
        return "failed"
    running.update(
        status=Status.READY, sealed_pdf=crypto.seal_bytes(body), finished_at=timezone.now()
    )
    # Saved again while this one rendered: forget_case ran before this row was ready.
    if not CaseRecord.objects.filter(pk=record.pk, version=row.version).exists():
        PdfRender.objects.filter(pk=row.pk).delete()
        return "superseded"
    _forget_later(row)
    sweep()
    return "ready"


def _forget_later(row: PdfRender) -> None:
    """Delete this PDF when its lifetime is over, where the queue can run tasks later."""
    from .tasks import forget_pdf

    if not forget_pdf.get_backend().supports_defer:
        return  # sweep() and the lifetime check on every read still cover it
    when = timezone.now() + lifetime()
    forget_pdf.using(run_after=when).enqueue(row.pk, row.digest)
