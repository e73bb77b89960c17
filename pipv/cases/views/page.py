"""A step's page: the progress list, the step's own part, its lists and its form."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDict

from pipv.engine import validate

from .. import editing, versioning
from ..forms import DocumentForm
from ..models import CaseRecord
from ..steps import LISTS, Step, applicable, first_incomplete
from . import items
from .links import step_url


def form_with_drafts(record: CaseRecord, step: Step):
    """The saved answers, with whatever was typed but not saved yet shown again."""
    form = step.form(record)
    typed = editing.drafts(record).get(step.slug)
    if form is None or not typed:
        return form
    # The saved answers as the browser posts them (each tick of a list its own value), then
    # what was typed over them.
    data = MultiValueDict()
    for bound in form:
        data.setlist(bound.html_name, _as_posted(bound.value(), bound.field.widget))
    for name, value in typed.items():
        if name in form.fields:
            data.setlist(name, _as_posted(value, form.fields[name].widget))
    form = step.form(record, data)
    form.is_valid()
    if isinstance(form, DocumentForm):
        # What the engine refused when it was typed (a last day before listed events) is
        # said again, so a value shown as typed never looks saved.
        editing.check_with_engine(form, record.document)
    return form


def _as_posted(value, widget) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if value is None and getattr(widget, "allow_multiple_selected", False):
        return []  # no tick at all, not a tick of "" (which no choice is)
    return ["" if value is None else str(value)]


def wire(record: CaseRecord, step: Step, form) -> None:
    """Check (and save) each answer when the user leaves its field, without a full reload."""
    url = reverse("cases:check", args=[record.pk, step.slug])
    for bound in form:
        bound.field.widget.attrs.update(
            {
                "hx-post": url,
                # The short wait lets a button pressed as the field is left send the form
                # alone (pipv.js then drops the check) instead of racing it with one version.
                "hx-trigger": "change delay:300ms",
                "hx-target": f"#{bound.auto_id}_error",
                "hx-swap": "outerHTML",
                # One save at a time, each sending the version the one before it left.
                "hx-sync": versioning.SYNC,
            }
        )


def render_step(
    request, record, current, form, to_review=False, states=None, stale=None, leave=None
) -> TemplateResponse:
    """The step's page. ``states``: per list, the add forms and status to show; ``stale``:
    what was typed on a refused page; ``leave``: the items that kept the person here."""
    if form is not None:
        wire(record, current, form)
    context = progress_context(record, current)
    context.update(
        {
            "form": form,
            "to_review": to_review,
            "stale": stale,
            "leave": leave,
            "nav_buttons": True,
            "language_in_step_form": True,
            "header_in_step_form": True,
            "lists": [
                items.list_context(record, LISTS[kind], **(states or {}).get(kind, {}))
                for kind in current.lists
            ],
            **current.context(record),
        }
    )
    return TemplateResponse(request, "cases/step.html", context)


def refuse_stale(
    request: HttpRequest, record: CaseRecord, current: Step, typed_rows, to_review=False
) -> HttpResponse:
    """Another tab saved first: nothing here is saved; show the newest answers and a notice."""
    record.refresh_from_db()
    form = form_with_drafts(record, current)
    stale = {"typed": typed_rows}
    response = render_step(request, record, current, form, to_review=to_review, stale=stale)
    return versioning.refused(request, response)


def reachable(record: CaseRecord, current: Step, slug: str) -> str | None:
    """The URL of a step the progress list offers from here, or None."""
    for item in progress_context(record, current)["nav"]:
        if item["step"].slug == slug:
            return item["url"]
    return None


def progress_context(record: CaseRecord, current: Step) -> dict:
    problems = validate(record.document)
    steps = applicable(record)
    upcoming = first_incomplete(record)
    reached = True
    nav = []
    for position, item in enumerate(steps, start=1):
        done = item.is_complete(record, problems)
        nav.append(
            {
                "step": item,
                "number": position,
                "done": done,
                "current": item == current,
                "url": step_url(record, item) if reached or done else None,
            }
        )
        if item == upcoming:
            reached = False
    index = steps.index(current) if current in steps else 0
    return {
        "case": record,
        "step": current,
        "nav": nav,
        "number": index + 1,
        "count": len(steps),
        "previous": steps[index - 1] if index > 0 else None,
    }
