"""The report's pages: results in the browser, the PDF and the calendar. Owner only."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from pipv.cases.editing import Stale, store
from pipv.cases.models import CaseRecord
from pipv.cases.store import get_case_for_user, read
from pipv.cases.views.unsaved import unsaved

from . import jobs
from .render import PDF_LANGUAGES, calendar_for, report_for

PRIVATE = "private, no-store"


def _not_ready(request: HttpRequest, record: CaseRecord, count: int) -> HttpResponse:
    # A report from half an answer would mislead; say what is missing and where to fix it.
    return render(
        request,
        "report/not_ready.html",
        {
            "case": record,
            "count": count,
            "review_url": reverse("cases:step", args=[record.pk, "review"]),
        },
        status=409,
    )


@login_required
@require_GET
def results(request: HttpRequest, case_id: int) -> HttpResponse:
    record = get_case_for_user(request, case_id)
    case, problems = read(record)
    if case is None:
        return _not_ready(request, record, len(problems))
    # A date the person chose that is not today: offer to count from today instead. A day
    # still to come (from an imported file) would show dates still ahead as passed: say so.
    today = timezone.localdate()
    pinned_other = case.as_of_pinned and case.as_of != today
    response = render(
        request,
        "report/results.html",
        {
            "case": record,
            "report": report_for(case),
            "count_from_today_url": (
                reverse("report:count_from_today", args=[record.pk]) if pinned_other else ""
            ),
            "as_of_ahead": case.as_of_pinned and case.as_of > today,
            "pdf_url": reverse("report:pdf", args=[record.pk]),
            "ics_url": reverse("report:ics", args=[record.pk]),
            "export_url": reverse("cases:export", args=[record.pk]),
            "review_url": reverse("cases:step", args=[record.pk, "review"]),
            "unsaved": unsaved(record),
        },
    )
    response["Cache-Control"] = PRIVATE
    # The PDF link is on this page: a worker makes the lawyer's copy while the page is read.
    if not jobs.runs_where_queued():
        jobs.prepare(record, case, "en")
    return response


# How often the "Preparing your PDF" page asks again without JavaScript (htmx asks each second).
REFRESH_SECONDS = 2
# A PDF still queued after this long gets a word that it is slow, and that nothing is lost.
SLOW = timedelta(seconds=30)


@login_required
@require_http_methods(["GET", "POST"])
def pdf(request: HttpRequest, case_id: int) -> HttpResponse:
    """The PDF if it is ready; else a page that asks again until it is (never a wait here).

    POST: try a failed render again.
    """
    record = get_case_for_user(request, case_id)
    case, problems = read(record)
    if case is None:
        return _not_ready(request, record, len(problems))
    language = request.GET.get("lang", "en")
    if language not in PDF_LANGUAGES:
        language = "en"
    url = reverse("report:pdf", args=[record.pk])
    if language != "en":
        url += f"?lang={language}"
    if request.method == "POST":
        jobs.prepare(record, case, language, retry=True)
        return redirect(url)
    row = jobs.prepare(record, case, language, asked=True)
    if row is not None and row.status == jobs.Status.READY:
        body = jobs.pdf_bytes(row)
        if body is None:  # sealed under a key that is gone: make it again
            row.delete()
            row = jobs.prepare(record, case, language)
        elif request.htmx:
            return HttpResponseClientRedirect(url)
        else:
            response = HttpResponse(body, content_type="application/pdf")
            suffix = "" if language == "en" else f"-{language}"
            response["Content-Disposition"] = (
                f'attachment; filename="pipv-report-{case.as_of.isoformat()}{suffix}.pdf"'
            )
            response["Cache-Control"] = PRIVATE
            return response
    if row is not None and row.status in jobs.FAILED:
        state = row.status
    else:
        state = "preparing"
    # Waiting behind the same person's other PDF (row None) is not slow: that one is on its way.
    slow = row is not None and row.status == jobs.Status.QUEUED
    slow = slow and row.queued_at < timezone.now() - SLOW
    template = "report/preparing.html#status" if request.htmx else "report/preparing.html"
    response = render(
        request,
        template,
        {
            "case": record,
            "state": state,
            "slow": slow,
            "pdf_url": url,
            "results_url": reverse("report:results", args=[record.pk]),
            "refresh_seconds": REFRESH_SECONDS,
            "time_limit": jobs.time_limit(),
        },
        status=202 if state == "preparing" else 200,
    )
    response["Cache-Control"] = PRIVATE
    return response


@login_required
@require_GET
def ics(request: HttpRequest, case_id: int) -> HttpResponse:
    record = get_case_for_user(request, case_id)
    case, problems = read(record)
    if case is None:
        return _not_ready(request, record, len(problems))
    # Stable for the life of this case, and saying nothing about it.
    key = hashlib.sha256(f"{record.pk}|{record.created.isoformat()}".encode()).hexdigest()[:16]
    response = HttpResponse(calendar_for(case, key), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pipv-deadlines.ics"'
    response["Cache-Control"] = PRIVATE
    return response


@login_required
@require_POST
def count_from_today(request: HttpRequest, case_id: int) -> HttpResponse:
    """Drop the chosen as-of date: the results count from today, each time they are made."""
    record = get_case_for_user(request, case_id)
    document = {k: v for k, v in record.document.items() if k != "as_of"}
    try:
        store(record, document)
    except Stale:
        pass  # saved meanwhile in another tab: the results show what is stored
    return redirect("report:results", case_id=record.pk)
