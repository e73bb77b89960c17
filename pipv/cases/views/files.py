"""A case as a file: exported as the canonical case file, imported from one."""

from __future__ import annotations

import json
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from pipv.core.punctuation import aside, labelled
from pipv.engine import CaseInvalid, Problem, dumps, load_json, parse
from pipv.engine.casefile import MAX_FILE_BYTES, left_out

from .. import editing
from ..models import CaseRecord
from ..steps import STEPS, asked_where
from ..store import get_case_for_user
from .answers import show_date
from .cases import cases_context
from .links import step_url

# How many fields left out of an import are named; the rest are an ellipsis.
MAX_NAMED = 10


@login_required
@require_POST
def import_case(request: HttpRequest) -> HttpResponse:
    upload = request.FILES.get("case_file")
    problems: list[str] = []
    case = None
    if upload is None:
        problems = [_("Choose a case file (.json) to import.")]
    elif upload.size > MAX_FILE_BYTES:
        problems = [_("This file is too large to be a case file.")]
    else:
        try:
            given = load_json(upload.read())
            case = parse(given)
        except CaseInvalid as exc:
            problems = [problem_line(p) for p in exc.problems]
    if case is None:
        context = cases_context(
            request, import_problems=problems, import_name=getattr(upload, "name", "")
        )
        return TemplateResponse(request, "cases/list.html", context)
    name = re.sub(r"\.json$", "", upload.name or "", flags=re.IGNORECASE).strip()
    document = json.loads(dumps(case))
    record = CaseRecord.objects.create(
        owner=request.user,
        title=(name or case.employment.employer)[:120],
        document=document,
        progress=[step.slug for step in STEPS],
    )
    messages.success(request, _("The case file is imported. Check the answers below."))
    if case.as_of_pinned and case.as_of > timezone.localdate():
        # The job step refuses such a day; a file may carry one (the results say so too).
        messages.warning(
            request,
            _(
                "This file counts from %(day)s, a day still to come: a date shown as passed may "
                "still be ahead of you. Change the date on “Your job”, or count from today on "
                "the results page."
            )
            % {"day": show_date(case.as_of.isoformat())},
        )
    unknown = left_out(given, document)
    if unknown:
        # Made by a newer pipv, or edited by hand: say what was not kept, or it is lost unseen.
        shown = _(", ").join(unknown[:MAX_NAMED] + (["…"] if len(unknown) > MAX_NAMED else []))
        messages.warning(
            request,
            _("pipv did not understand these parts of the file and left them out: %(paths)s.")
            % {"paths": shown},
        )
    return redirect(step_url(record, "review"))


@login_required
@require_safe
def export(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    try:
        text = dumps(parse(record.document))
    except CaseInvalid:
        # A draft: export what there is, so nothing typed is ever trapped here.
        text = json.dumps(record.document, indent=2, ensure_ascii=False) + "\n"
    response = HttpResponse(text.encode(), content_type="application/json; charset=utf-8")
    # Named by the day only: a downloads folder or a synced drive shows file names to others.
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="pipv-case-{day}.json"'
    return response


def problem_line(problem: Problem) -> str:
    """An import's problem where the person would answer it, with the file's own path for
    whoever edits the file: "Your job: Base salary per year (employment.base_salary_annual):
    "lots" is not a number"."""
    text = editing.problem_text(problem)
    if not problem.path or problem.code == "format":  # the file as a whole
        return capfirst(text)
    where = asked_where(problem.path)
    return labelled(aside(where, problem.path) if where else problem.path, text)
