"""The questionnaire and the case list: thin function views over editing.py and steps.py."""

from __future__ import annotations

import copy
import json
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from pipv.engine import CaseInvalid, dumps, labels, load_json, parse, validate
from pipv.engine.money import money_text, price_text, usd
from pipv.engine.processes import profile_of
from pipv.engine.stages import PROFILE_DEFAULTS, RELEVANT_TERMS
from pipv.engine.vesting import Grant

from . import editing, forms
from .models import CaseRecord
from .steps import (
    BY_SLUG,
    LISTS,
    STEPS,
    ItemList,
    Step,
    applicable,
    first_incomplete,
    process_of,
    step_for_path,
)
from .store import get_case_for_user

MAX_IMPORT_BYTES = 2_000_000
# Every htmx request that saves (or shows a form that will) waits its turn on one queue.
SYNC = "#main:queue all"


def report_url(record: CaseRecord) -> str | None:
    # The report app adds this URL; until it exists the link is left out.
    try:
        return reverse("report:results", args=[record.pk])
    except NoReverseMatch:
        return None


def step_url(record: CaseRecord, step: Step | str, review: bool = False) -> str:
    slug = step if isinstance(step, str) else step.slug
    url = reverse("cases:step", args=[record.pk, slug])
    return f"{url}?return=review" if review else url


# --------------------------------------------------------------------------- case list


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
@require_POST
def import_case(request: HttpRequest) -> HttpResponse:
    upload = request.FILES.get("case_file")
    problems: list[str] = []
    case = None
    if upload is None:
        problems = [_("Choose a case file (.json) to import.")]
    elif upload.size > MAX_IMPORT_BYTES:
        problems = [_("This file is too large to be a case file.")]
    else:
        try:
            case = parse(load_json(upload.read()))
        except CaseInvalid as exc:
            problems = [
                f"{p.path}: {editing.problem_text(p)}"
                if p.path
                else capfirst(editing.problem_text(p))
                for p in exc.problems
            ]
    if case is None:
        context = cases_context(
            request, import_problems=problems, import_name=getattr(upload, "name", "")
        )
        return TemplateResponse(request, "cases/list.html", context)
    name = re.sub(r"\.json$", "", upload.name or "", flags=re.IGNORECASE).strip()
    record = CaseRecord.objects.create(
        owner=request.user,
        title=(name or case.employment.employer)[:120],
        document=json.loads(dumps(case)),
        progress=[step.slug for step in STEPS],
    )
    messages.success(request, _("The case file is imported. Check the answers below."))
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
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    if request.method == "POST":
        record.delete()
        messages.success(request, _("The case is deleted."))
        return redirect("cases:list")
    return TemplateResponse(request, "cases/delete.html", {"case": record})


# --------------------------------------------------------------------------- the steps


@login_required
@require_safe
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    return redirect(step_url(record, first_incomplete(record)))


def get_step(record: CaseRecord, slug: str) -> Step:
    step = BY_SLUG.get(slug)
    if step is None:
        raise Http404
    return step


def form_with_drafts(record: CaseRecord, step: Step):
    """The saved answers, with whatever was typed but not saved yet shown again."""
    form = step.form(record)
    typed = editing.drafts(record).get(step.slug)
    if form is None or not typed:
        return form
    data = {}
    for bound in form:
        value = bound.value()
        data[bound.html_name] = "" if value is None else str(value)
    data.update({k: v for k, v in typed.items() if k in form.fields})
    form = step.form(record, data)
    form.is_valid()
    return form


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
                "hx-sync": SYNC,
            }
        )


# What a step's buttons ask for (the form's "action"): besides Continue and Back,
# "goto:SLUG" (a step's name in the progress list), "add:KIND" and "grant" (an item added
# without JavaScript, through the step's own form) and "discard:THEN" (leave as THEN asked,
# dropping an item that was typed but not added).
GOTO = "goto:"
ADD = "add:"
DISCARD = "discard:"


@login_required
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    current = get_step(record, slug)
    if not current.is_applicable(record):
        return redirect("cases:resume", pk)
    if current.slug == "review":
        return review(request, record, current)
    to_review = (request.POST.get("return") or request.GET.get("return")) == "review"
    if request.method == "POST":
        return post_step(request, record, current, to_review)
    form = form_with_drafts(record, current)
    return render_step(request, record, current, form, to_review=to_review)


def typed_items(request: HttpRequest, current: Step) -> dict:
    """The step's "add" forms (and the grant) that have something typed in them, by kind.

    Their fields travel with the step's own form, so whatever button was pressed, the
    server sees them and nothing typed is dropped without the person's say.
    """
    found: dict = {}
    for kind in current.lists:
        form = LISTS[kind].form_class(request.POST, prefix=f"{kind}-new")
        if any(request.POST.get(form.add_prefix(name), "").strip() for name in form.fields):
            found[kind] = form
        if kind == "vests":
            grant = forms.GrantForm(request.POST, prefix="grant")
            # The pattern and the years always hold a value; a grant is typed once it has
            # a date or a number of shares.
            if any(request.POST.get(grant.add_prefix(n), "").strip() for n in ("date", "shares")):
                found["grant"] = grant
    return found


def add_typed(record: CaseRecord, kind: str, form) -> bool:
    """Add one typed item (or a grant's vests); False when it is not complete or valid."""
    if kind == "grant":
        if not form.is_valid():
            return False
        data = form.cleaned_data
        grant = Grant(data["date"], data["shares"], data["pattern"], data["years"])
        editing.add_vests_from_grant(record, LISTS["vests"], grant)
        return True
    return editing.save_item(record, LISTS[kind], form) is not None


def empty_add_form(request: HttpRequest, current: Step, kind: str):
    if kind == "grant" and "vests" in current.lists:
        return forms.GrantForm(request.POST, prefix="grant")
    if kind not in current.lists:
        return None
    return LISTS[kind].form_class(request.POST, prefix=f"{kind}-new")


def kept(form):
    """A typed form shown again as it was typed, without errors: it was not acted on."""
    initial = {name: form.data.get(form.add_prefix(name), "") for name in form.fields}
    return type(form)(prefix=form.prefix, initial=initial)


def list_states(typed: dict, shown: dict) -> dict:
    """Per list, the add and grant forms to show: ``shown`` as they are, the rest kept."""
    states: dict = {}
    for kind, form in {**{k: kept(f) for k, f in typed.items()}, **shown}.items():
        if kind == "grant":
            states.setdefault("vests", {})["grant_form"] = form
        else:
            states.setdefault(kind, {})["add_form"] = form
    return states


def reachable(record: CaseRecord, current: Step, slug: str) -> str | None:
    """The URL of a step the progress list offers from here, or None."""
    for item in progress_context(record, current)["nav"]:
        if item["step"].slug == slug:
            return item["url"]
    return None


def post_step(request: HttpRequest, record: CaseRecord, current: Step, to_review: bool):
    action = request.POST.get("action") or "continue"
    if action == "default":  # Enter in a field: the page's hidden first button
        action = "continue"
    then = action.removeprefix(DISCARD)
    leaving = then in ("continue", "back") or then.startswith(GOTO)
    form = current.form(record, request.POST)
    typed_forms = typed_items(request, current)
    adding = action.removeprefix(ADD) if action.startswith(ADD) or action == "grant" else None
    held: dict = {}
    try:
        editing.ensure_current(record, posted_version(request))
        if adding is not None:
            # Add pressed on an empty form still answers, with what it needs.
            adding_form = typed_forms.get(adding) or empty_add_form(request, current, adding)
            if adding_form is None:
                raise Http404
            if not add_typed(record, adding, adding_form):
                held[adding] = adding_form
        elif leaving and not action.startswith(DISCARD):
            # Leaving with an item typed but not added: add it when it is complete;
            # otherwise stay, say so, and keep the typing (see the notice in step.html).
            for kind, typed_form in typed_forms.items():
                if not add_typed(record, kind, typed_form):
                    held[kind] = typed_form
        finish = then == "continue" and not held and adding is None
        valid = editing.save_step(record, current, form, finish=finish)
    except editing.Stale:
        rows = typed(form)
        for typed_form in typed_forms.values():
            rows += typed(typed_form)
        return refuse_stale(request, record, current, rows, to_review=to_review)
    if adding is not None:
        others = {k: f for k, f in typed_forms.items() if k != adding}
        if held or others or not valid:
            status = None if held else _("Added.")
            states = list_states(others, held)
            if status and adding:
                kind = "vests" if adding == "grant" else adding
                states.setdefault(kind, {})["status"] = status
            return render_step(request, record, current, form, to_review=to_review, states=states)
        kind = "vests" if adding == "grant" else adding
        messages.success(request, _("Added."))
        return redirect(step_url(record, current, review=to_review) + f"#list-{kind}")
    if held:
        states = list_states({}, held)
        leave = {"then": then, "held": [LISTS["vests" if k == "grant" else k] for k in held]}
        return render_step(
            request, record, current, form, to_review=to_review, states=states, leave=leave
        )
    steps = applicable(record)
    index = steps.index(current) if current in steps else 0
    if then.startswith(GOTO):
        url = reachable(record, current, then.removeprefix(GOTO))
        if url:
            return redirect(url)
    if then == "back":
        target = steps[max(index - 1, 0)]
        return redirect(step_url(record, "review" if to_review else target))
    if valid and not then.startswith(GOTO):
        # Continue, or an action this page never sends: the answers are saved, so go on.
        target = steps[min(index + 1, len(steps) - 1)]
        return redirect(step_url(record, "review" if to_review else target))
    return render_step(request, record, current, form, to_review=to_review)


def render_step(
    request,
    record,
    current,
    form,
    to_review=False,
    states=None,
    status=200,
    stale=None,
    leave=None,
):
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
            "lists": [
                list_context(record, LISTS[kind], **(states or {}).get(kind, {}))
                for kind in current.lists
            ],
        }
    )
    if current.slug == "severance":
        context.update(severance_context(record))
    if current.slug == "events":
        context["event_hints"] = [
            (_(labels.EVENT_KIND[k]), _(labels.EVENT_HINT[k])) for k in labels.EVENT_KIND
        ]
    if current.slug == "activities":
        context["activity_hints"] = [
            (_(labels.ACTIVITY_KIND[k]), _(labels.ACTIVITY_HINT[k])) for k in labels.ACTIVITY_KIND
        ]
    return TemplateResponse(request, "cases/step.html", context, status=status)


# --------------------------------------------------------------------------- two tabs


def posted_version(request: HttpRequest) -> int | None:
    """The case's version the page was loaded with; None when the form sends none.

    A form without a version (a page from before versions, a script) counts as current.
    Anything that is not a number cannot be a version, so it is never current.
    """
    text = request.POST.get("version", "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return -1


def typed(form) -> list[dict]:
    """What was typed into a refused form, as a person reads it, to show beside the newest."""
    if form is None or not form.is_bound:
        return []
    rows = []
    for bound in form:
        value = form.data.get(bound.html_name, "")
        value = value.strip() if isinstance(value, str) else ""
        if not value:
            continue
        if hasattr(bound.field, "choices"):
            value = str(dict(bound.field.choices).get(value, value))
        rows.append({"label": bound.label, "value": value})
    return rows


def refuse_stale(request, record, current, typed_rows, to_review=False) -> HttpResponse:
    """Another tab saved first: nothing here is saved; show the newest answers and a notice.

    With htmx the whole page's content is swapped, so every form on it carries the new
    version and no list is left showing what is no longer stored.
    """
    record.refresh_from_db()
    form = form_with_drafts(record, current)
    response = render_step(
        request,
        record,
        current,
        form,
        to_review=to_review,
        status=409,
        stale={"typed": typed_rows},
    )
    if request.htmx:
        response["HX-Retarget"] = "#main"
        response["HX-Reselect"] = "#main"
        response["HX-Reswap"] = "outerHTML"
    return response


def tell_version(response: HttpResponse, before: int | None, after: int) -> HttpResponse:
    """Tell the page's script that forms loaded at ``before`` may now send ``after``.

    Only forms at the version this tab just saved move on: a form older than that still
    predates another tab's save and stays refused.
    """
    if before is not None:
        response["HX-Trigger"] = json.dumps({"pipv:saved": {"from": before, "to": after}})
    return response


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


def severance_context(record: CaseRecord) -> dict:
    process = process_of(record)
    return {
        "process": process,
        "process_label": _(labels.PROCESS[process]),
        "amazon": profile_of(process).has_pivot,
        "relevant_terms": RELEVANT_TERMS[process],
        "defaults": PROFILE_DEFAULTS[process],
    }


@login_required
@require_POST
def check(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    """One answer checked and saved as the user leaves its field (htmx)."""
    record = get_case_for_user(request, pk)
    current = get_step(record, slug)
    form = current.form(record, request.POST) if current.has_form else None
    if form is None:
        raise Http404
    version = posted_version(request)
    try:
        editing.save_step(record, current, form, finish=False, version=version)
    except editing.Stale:
        return refuse_stale(request, record, current, typed(form))
    name = request.htmx.trigger_name if request.htmx else None
    if name not in form.fields:
        return tell_version(HttpResponse(status=204), version, record.version)
    response = TemplateResponse(request, "cases/_field_error.html", {"field": form[name]})
    return tell_version(response, version, record.version)


# --------------------------------------------------------------------------- review


def review(request: HttpRequest, record: CaseRecord, current: Step) -> HttpResponse:
    if request.method == "POST":
        try:
            editing.save_step(record, current, None, version=posted_version(request))
        except editing.Stale:
            pass  # the review shows what is stored now; nothing was typed here
        return redirect(step_url(record, current))
    sections = []
    for item in applicable(record):
        if item.slug in ("before", "review"):
            continue
        answers = []
        form = item.form(record)
        if form is not None:
            answers = [
                {"label": bound.label, "value": shown(bound), "anchor": bound.auto_id}
                for bound in form
            ]
            if item.slug == "severance":
                answers = severance_answers(record, answers)
        groups = [
            {"list": LISTS[kind], "rows": item_rows(record, LISTS[kind])} for kind in item.lists
        ]
        sections.append(
            {
                "step": item,
                "url": step_url(record, item, review=True),
                "answers": answers,
                "groups": groups,
            }
        )
    problems = [problem_link(record, p) for p in validate(record.document)]
    context = progress_context(record, current)
    context.update({"sections": sections, "problems": problems, "report_url": report_url(record)})
    return TemplateResponse(request, "cases/review.html", context)


def severance_answers(record: CaseRecord, answers: list[dict]) -> list[dict]:
    defaults = PROFILE_DEFAULTS[process_of(record)]
    reported = profile_of(process_of(record)).reported_terms
    for answer in answers:
        name = answer["anchor"].removeprefix("id_")
        if answer["value"] is None and name in forms.TERM_FIELDS:
            default = getattr(defaults, name)
            shown_default = usd(default) if name == "extra" else str(default)
            if reported:
                answer["default"] = _("%(value)s, as publicly reported (unverified)") % {
                    "value": shown_default
                }
            else:
                answer["default"] = _("%(value)s (not given)") % {"value": shown_default}
    return answers


def shown(bound) -> str | None:
    """An answer as a person reads it: labels for codes, dates and dollars written out."""
    value = bound.value()
    if value in (None, ""):
        return None
    field = bound.field
    if hasattr(field, "choices"):
        names = dict(field.choices)
        if isinstance(value, list):
            return ", ".join(str(names.get(v, v)) for v in value) or None
        return str(names.get(value, value))
    if isinstance(field, forms.DateField):
        return show_date(value)
    if isinstance(field, forms.AmountField) and field.write in (money_text, price_text):
        try:
            amount = forms.parse_amount(str(value), field.places)
        except ValueError:
            return str(value)
        return usd(amount) if field.write is money_text else usd_price(amount)
    return str(value)


def usd_price(amount) -> str:
    """A share price for people to read: "$212.5075", "$1,020.00" (the places it was given)."""
    whole, fraction = price_text(amount).split(".")
    return f"${int(whole):,}.{fraction}"


def show_date(value) -> str:
    try:
        from datetime import date

        return formats.date_format(date.fromisoformat(str(value)), "DATE_FORMAT")
    except ValueError:
        return str(value)


def problem_link(record: CaseRecord, problem) -> dict:
    owner = step_for_path(record, problem.path)
    text = editing.problem_text(problem)
    if problem.code == "required" and problem.path in ("employment", "as_of"):
        text = _("not answered yet")
    link = {"text": text, "where": problem.path, "url": None}
    if owner is None:
        return link
    link["step"] = owner
    match = re.match(r"^(.+?)\[(\d+)\](?:\.(.+))?$", problem.path)
    if match:
        lst = next((x for x in LISTS.values() if x.path == match.group(1)), None)
        items = lst.items(record) if lst else []
        index = int(match.group(2))
        if lst and index < len(items) and items[index].get("id"):
            item_id = str(items[index]["id"])
            url = reverse("cases:item_edit", args=[record.pk, lst.kind, item_id])
            field = match.group(3) or ""
            name = field if field in lst.form_class.paths else ""
            anchor = f"#id_{lst.kind}-{item_id}-{name}" if name else f"#list-{lst.kind}"
            link["url"] = url + anchor
            link["where"] = item_title(lst, items[index])
            link["field"] = lst.form_class.base_fields[name].label if name else ""
            return link
        link["url"] = step_url(record, owner)
        return link
    form = owner.form(record)
    name = form.field_for_path(problem.path) if isinstance(form, forms.DocumentForm) else None
    link["url"] = step_url(record, owner, review=True) + (f"#id_{name}" if name else "")
    link["where"] = owner.title
    link["field"] = form.fields[name].label if name else ""
    return link


# --------------------------------------------------------------------------- repeating items


def get_list(kind: str) -> ItemList:
    lst = LISTS.get(kind)
    if lst is None:
        raise Http404
    return lst


def item_title(lst: ItemList, item: dict) -> str:
    if lst.kind == "activities":
        return _(labels.ACTIVITY_KIND.get(item.get("kind"), str(item.get("kind", ""))))
    if lst.kind == "events":
        return _(labels.EVENT_KIND.get(item.get("kind"), str(item.get("kind", ""))))
    if lst.kind == "vests":
        return _("%(shares)s shares") % {"shares": item.get("shares", "?")}
    try:
        return usd(forms.parse_amount(str(item.get("amount", ""))))
    except ValueError:
        return str(item.get("amount", ""))


def item_rows(record: CaseRecord, lst: ItemList, editing_id=None, edit_form=None) -> list[dict]:
    rows = []
    for item in lst.items(record):
        item_id = str(item.get("id", ""))
        form = lst.form_class(document=item, prefix=f"{lst.kind}-{item_id}")
        details = [
            {"label": bound.label, "value": shown(bound)}
            for bound in form
            if bound.name not in ("kind", "date") and shown(bound) is not None
        ]
        if lst.kind == "vests":
            details = []
        row = {
            "id": item_id,
            "title": item_title(lst, item),
            "date": show_date(item.get("date", "")),
            "details": details,
            "editing": item_id == editing_id,
        }
        if row["editing"]:
            row["form"] = edit_form or form
            wire_item(record, lst, row["form"])
        rows.append(row)
    return rows


def wire_item(record: CaseRecord, lst: ItemList, form) -> None:
    url = reverse("cases:item_check", args=[record.pk, lst.kind])
    for bound in form:
        if isinstance(bound.field, forms.DateField | forms.AmountField):
            bound.field.widget.attrs.update(
                {
                    "hx-post": url,
                    "hx-trigger": "change",
                    "hx-target": f"#{bound.auto_id}_error",
                    "hx-swap": "outerHTML",
                    # Which item's form this is: an add form's fields belong to the step's
                    # form, which holds every list's add fields.
                    "hx-vals": json.dumps({"form_prefix": form.prefix}),
                }
            )


def join_step_form(form) -> None:
    """Make an add form's fields part of the step's own form (``#step-form``).

    Continue, Back and a step's name then send what was typed here, with or without
    JavaScript, so the server can add the item or say that it is not complete.
    """
    for bound in form:
        bound.field.widget.attrs["form"] = "step-form"


def list_context(
    record, lst, add_form=None, editing_id=None, edit_form=None, grant_form=None, status=None
) -> dict:
    add_form = add_form or lst.form_class(prefix=f"{lst.kind}-new")
    wire_item(record, lst, add_form)
    join_step_form(add_form)
    context = {
        "list": lst,
        "rows": item_rows(record, lst, editing_id, edit_form),
        "add_form": add_form,
        "status": status,
        "editing_id": editing_id,
        "sync": SYNC,
    }
    if lst.kind == "vests":
        context["grant_form"] = grant_form or forms.GrantForm(prefix="grant")
        join_step_form(context["grant_form"])
    return context


def respond_list(request, record, lst, status_text=None, anchor="", **state) -> HttpResponse:
    """The list alone for htmx; otherwise the whole step (errors) or a redirect (success)."""
    step_obj = BY_SLUG[lst.step]
    if request.htmx:
        context = {"case": record, "lst": list_context(record, lst, status=status_text, **state)}
        return TemplateResponse(request, "cases/step.html#item_list", context)
    if state:
        form = form_with_drafts(record, step_obj)
        return render_step(request, record, step_obj, form, states={lst.kind: state})
    if status_text:
        messages.success(request, status_text)
    return redirect(step_url(record, step_obj) + (anchor or f"#list-{lst.kind}"))


@login_required
@vary_on_headers("HX-Request")
@require_safe
def item_list(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    return respond_list(request, record, get_list(kind))


def refuse_stale_item(request, record, lst, form=None) -> HttpResponse:
    return refuse_stale(request, record, BY_SLUG[lst.step], typed(form))


@login_required
@vary_on_headers("HX-Request")
@require_POST
def item_add(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    form = lst.form_class(request.POST, prefix=f"{kind}-new")
    version = posted_version(request)
    try:
        if editing.save_item(record, lst, form, version=version) is None:
            return respond_list(request, record, lst, add_form=form)
    except editing.Stale:
        return refuse_stale_item(request, record, lst, form)
    response = respond_list(request, record, lst, _("Added."))
    return tell_version(response, version, record.version)


@login_required
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, pk: int, kind: str, item_id: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    version = posted_version(request) if request.method == "POST" else None
    form = lst.form_class(request.POST, prefix=f"{kind}-{item_id}")
    try:
        # Refused as stale before "not found": the other tab may have removed this item.
        editing.ensure_current(record, version)
    except editing.Stale:
        return refuse_stale_item(request, record, lst, form)
    if editing.find_item(record, lst, item_id) is None:
        raise Http404
    if request.method == "GET":
        return respond_list(request, record, lst, editing_id=item_id)
    try:
        if editing.save_item(record, lst, form, item_id, version=version) is None:
            return respond_list(request, record, lst, editing_id=item_id, edit_form=form)
    except editing.Stale:
        return refuse_stale_item(request, record, lst, form)
    response = respond_list(request, record, lst, _("Saved."), anchor=f"#item-{item_id}")
    return tell_version(response, version, record.version)


@login_required
@vary_on_headers("HX-Request")
@require_POST
def item_remove(request: HttpRequest, pk: int, kind: str, item_id: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    version = posted_version(request)
    try:
        if not editing.remove_item(record, lst, item_id, version=version):
            raise Http404
    except editing.Stale:
        return refuse_stale_item(request, record, lst)
    response = respond_list(request, record, lst, _("Removed."))
    return tell_version(response, version, record.version)


@login_required
@require_POST
def item_check(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """One date or amount of an item checked as the user leaves it; nothing is saved."""
    get_case_for_user(request, pk)
    lst = get_list(kind)
    prefix = request.POST.get("form_prefix", "")
    if not re.fullmatch(rf"{kind}-[A-Za-z0-9_-]+", prefix):
        raise Http404
    form = lst.form_class(request.POST, prefix=prefix)
    form.is_valid()
    name = (request.htmx.trigger_name or "").removeprefix(prefix + "-") if request.htmx else ""
    if name not in form.fields:
        return HttpResponse(status=204)
    return TemplateResponse(request, "cases/_field_error.html", {"field": form[name]})


@login_required
@vary_on_headers("HX-Request")
@require_POST
def vests_from_grant(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = LISTS["vests"]
    form = forms.GrantForm(request.POST, prefix="grant")
    version = posted_version(request)
    try:
        editing.ensure_current(record, version)
        if not form.is_valid():
            return respond_list(request, record, lst, grant_form=form)
        data = form.cleaned_data
        grant = Grant(data["date"], data["shares"], data["pattern"], data["years"])
        vests = editing.add_vests_from_grant(record, lst, grant, version=version)
    except editing.Stale:
        return refuse_stale_item(request, record, lst, form)
    text = _("%(count)d vests added. Check each date and number against your grant.") % {
        "count": len(vests)
    }
    return tell_version(respond_list(request, record, lst, text), version, record.version)
