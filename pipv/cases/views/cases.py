"""The case list, and making, copying and deleting a case."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from pipv.core.forget import forget_deleted
from pipv.engine import validate

from .. import editing, forms
from ..models import CaseRecord
from ..steps import first_incomplete
from ..store import get_case_for_user
from .links import report_url, step_url
from .unsaved import unsaved


@login_required
@require_safe
def case_list(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(request, "cases/list.html", cases_context(request))


def cases_context(request: HttpRequest, **extra) -> dict:
    rows = []
    for record in request.user.cases.all():
        upcoming = first_incomplete(record)
        rows.append(
            {
                "case": record,
                "next": upcoming,
                "ready": upcoming.slug == "review" and not validate(record.document),
                "unsaved": len(unsaved(record)),
                "report_url": report_url(record),
            }
        )
    return {"rows": rows, "new_form": forms.BeforeForm(prefix="new"), **extra}


@login_required
@require_POST
def create(request: HttpRequest) -> HttpResponse:
    form = forms.BeforeForm(request.POST, prefix="new")
    title = form.cleaned_data["title"] if form.is_valid() else _("My case")
    record = CaseRecord.objects.create(
        owner=request.user,
        title=title,
        document=editing.new_document(timezone.localdate()),
    )
    return redirect(step_url(record, "before"))


@login_required
@require_safe
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    return redirect(step_url(record, first_incomplete(record)))


@login_required
@require_POST
def duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    copy_title = _("Copy of %(title)s") % {"title": record.title}
    CaseRecord.objects.create(
        owner=request.user,
        title=copy_title[:120],
        document=copy.deepcopy(record.document),
        progress=list(record.progress),
    )
    messages.success(request, _("A copy is made: change it freely to try “what if”."))
    return redirect("cases:list")


@login_required
@require_http_methods(["GET", "POST"])
def rename(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    form = forms.BeforeForm(request.POST or None, initial={"title": record.title})
    if request.method == "POST" and form.is_valid():
        # The name alone: not a change of the answers, so the version stays (no other tab is
        # refused, no PDF is made again; the PDF does not print it).
        CaseRecord.objects.filter(pk=record.pk).update(
            title=form.cleaned_data["title"], updated=timezone.now()
        )
        messages.success(request, _("The case is renamed."))
        return redirect("cases:list")
    return TemplateResponse(request, "cases/rename.html", {"case": record, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    if request.method == "POST":
        record.delete()
        forget_deleted()
        messages.success(request, _("The case is deleted."))
        return redirect("cases:list")
    return TemplateResponse(request, "cases/delete.html", {"case": record})
