"""The review: every answer, every list, and each problem linked to where it is answered."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from pipv.engine import validate

from .. import editing, forms, versioning
from ..models import CaseRecord
from ..paths import item_path
from ..steps import LISTS, Step, applicable, step_for_path
from .answers import item_title, shown
from .items import item_rows
from .links import report_url, step_url, with_review
from .page import progress_context
from .unsaved import unsaved


def review(request: HttpRequest, record: CaseRecord, current: Step) -> HttpResponse:
    if request.method == "POST":
        try:
            version = versioning.posted_version(request)
            editing.save_step(record, current, None, version=version)
        except versioning.Stale:
            pass  # the review shows what is stored now; nothing was typed here
        return redirect(step_url(record, current))
    sections = [section(record, item) for item in applicable(record)]
    problems = [problem_link(record, p) for p in validate(record.document)]
    context = progress_context(record, current)
    context.update(
        {
            "sections": [s for s in sections if s["answers"] or s["groups"]],
            "problems": problems,
            "unsaved": unsaved(record),
            "report_url": report_url(record),
        }
    )
    return TemplateResponse(request, "cases/review.html", context)


def section(record: CaseRecord, step: Step) -> dict:
    """One step's answers and lists; a step that asks nothing of its own has none."""
    answers = []
    form = step.form(record)
    if form is not None:
        defaults = step.defaults_shown(record)
        for bound in form:
            answer = {"label": bound.label, "value": shown(bound), "anchor": bound.auto_id}
            if answer["value"] is None and bound.name in defaults:
                answer["default"] = defaults[bound.name]
            answers.append(answer)
    groups = [{"list": LISTS[kind], "rows": item_rows(record, LISTS[kind])} for kind in step.lists]
    return {
        "step": step,
        "url": step_url(record, step, review=True),
        "answers": answers,
        "groups": groups,
    }


def problem_link(record: CaseRecord, problem) -> dict:
    """A problem the engine found, with a link to the field (or item) that answers it."""
    owner = step_for_path(record, problem.path)
    text = editing.problem_text(problem)
    if problem.code == "required" and problem.path in ("employment", "as_of"):
        text = _("not answered yet")
    link = {"text": text, "where": problem.path, "url": None}
    if owner is None:
        return link
    link["step"] = owner
    where = item_path(problem.path)
    if where:
        lst = next((x for x in LISTS.values() if x.path == where.list_path), None)
        items = lst.items(record) if lst else []
        if lst and where.index < len(items) and items[where.index].get("id"):
            return item_link(record, link, lst, items[where.index], where.rest)
        link["url"] = step_url(record, owner, review=True)
        return link
    form = owner.form(record)
    name = form.field_for_path(problem.path) if isinstance(form, forms.DocumentForm) else None
    link["url"] = step_url(record, owner, review=True) + (f"#id_{name}" if name else "")
    link["where"] = owner.title
    link["field"] = form.fields[name].label if name else ""
    return link


def item_link(record: CaseRecord, link: dict, lst, item: dict, field: str) -> dict:
    item_id = str(item["id"])
    url = reverse("cases:item_edit", args=[record.pk, lst.kind, item_id])
    name = field if field in lst.form_class.paths else ""
    anchor = f"#id_{lst.kind}-{item_id}-{name}" if name else f"#list-{lst.kind}"
    link["url"] = with_review(url, True) + anchor
    link["where"] = item_title(lst, item)
    link["field"] = lst.form_class.base_fields[name].label if name else ""
    return link
