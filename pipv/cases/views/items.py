"""A list's items (activities, events, vests, bonuses): shown, added, changed, removed.

With htmx each answer is the list alone; without it, the whole step (errors) or a redirect
back to the list (success).
"""

from __future__ import annotations

import datetime
import json
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from pipv.engine.vesting import Grant

from .. import editing, forms, versioning
from ..models import CaseRecord
from ..steps import BY_SLUG, LISTS, ItemList
from ..store import get_case_for_user
from . import page
from .answers import item_title, show_date, shown
from .links import get_list, returns_to_review, step_url, with_review
from .typed import keep_step_typing, left_typed, typed_on_step


def _vested_already(record: CaseRecord, lst: ItemList, item: dict) -> bool:
    """A vest on or before the day the results count from: the report leaves it out (it is
    the person's already, not money at stake), so its row says so."""
    if lst.kind != "vests":
        return False
    try:
        vest_day = datetime.date.fromisoformat(str(item.get("date")))
        as_of = record.document.get("as_of")
        counted_from = datetime.date.fromisoformat(as_of) if as_of else timezone.localdate()
    except (TypeError, ValueError):
        return False
    return vest_day <= counted_from


def item_rows(record: CaseRecord, lst: ItemList, editing_id=None, edit_form=None) -> list[dict]:
    rows = []
    # A list pipv saved is in date order already; one imported may not be, and is shown so.
    for item in sorted(lst.items(record), key=editing.date_order):
        item_id = str(item.get("id", ""))
        form = lst.form_class(document=item, prefix=f"{lst.kind}-{item_id}")
        details = [
            {"label": bound.label, "value": shown(bound)}
            for bound in form
            if bound.name not in ("kind", "date") and shown(bound) is not None
        ]
        row = {
            "id": item_id,
            "title": item_title(lst, item),
            "date": show_date(item.get("date", "")),
            # A vest is its date and its shares, both in the row's head already.
            "details": [] if lst.kind == "vests" else details,
            "editing": item_id == editing_id,
            "note": (
                _("Already vested by the day the results count from: yours, so not money at stake.")
                if _vested_already(record, lst, item)
                else ""
            ),
        }
        if row["editing"]:
            row["form"] = edit_form or form
            wire_item(record, lst, row["form"])
            join_step_form(row["form"])
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
    """Make an add form's (or an open item's) fields part of the step's own form
    (``#step-form``).

    Continue, Back and a step's name then send what was typed here, with or without
    JavaScript, so the server can add or save the item or say why it cannot.
    """
    for bound in form:
        bound.field.widget.attrs["form"] = "step-form"


def list_context(
    record, lst, add_form=None, editing_id=None, edit_form=None, grant_form=None, status=None
) -> dict:
    # Without a form to show, the add form is as the person left it: empty, or what they
    # typed and did not add before they changed or removed another item.
    add_form = add_form or left_typed(record, lst.kind, lst.form_class, f"{lst.kind}-new")
    wire_item(record, lst, add_form)
    join_step_form(add_form)
    context = {
        "list": lst,
        "rows": item_rows(record, lst, editing_id, edit_form),
        "add_form": add_form,
        "status": status,
        "editing_id": editing_id,
        "sync": versioning.SYNC,
    }
    if lst.kind == "vests":
        context["grant_form"] = grant_form or left_typed(record, "grant", forms.GrantForm, "grant")
        join_step_form(context["grant_form"])
    return context


def respond_list(request, record, lst, status_text=None, anchor="", **state) -> HttpResponse:
    """The list alone for htmx; otherwise the whole step (errors) or a redirect (success).
    Opened from the review, the step keeps its way back there."""
    step = BY_SLUG[lst.step]
    to_review = returns_to_review(request)
    if request.htmx:
        context = {
            "case": record,
            "lst": list_context(record, lst, status=status_text, **state),
            "to_review": to_review,
        }
        return TemplateResponse(request, "cases/step.html#item_list", context)
    if state:
        form = page.form_with_drafts(record, step)
        return page.render_step(
            request, record, step, form, to_review=to_review, states={lst.kind: state}
        )
    if status_text:
        messages.success(request, status_text)
    return redirect(step_url(record, step, review=to_review) + (anchor or f"#list-{lst.kind}"))


def saved_list(request, record, lst, version: int, text: str, anchor="") -> HttpResponse:
    """The list after a save, telling the page which version its forms may now send."""
    response = respond_list(request, record, lst, text, anchor=anchor)
    return versioning.saved(response, version, record.version)


def refuse_stale_item(request, record, lst, form=None) -> HttpResponse:
    """Refused as stale; shown again with what the step's form sent (its answers, every item
    typed or open on it) and the item's form, if the step's did not send it.

    The refusal takes the whole page's place (htmx too): what is not listed here is gone."""
    current = BY_SLUG[lst.step]
    rows = typed_on_step(request, record, current)
    rows += [row for row in versioning.typed(form) if row not in rows]
    return page.refuse_stale(request, record, current, rows, to_review=returns_to_review(request))


@login_required
@vary_on_headers("HX-Request")
@require_safe
def item_list(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    return respond_list(request, record, get_list(kind))


@login_required
@vary_on_headers("HX-Request")
@require_POST
def item_add(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    form = lst.form_class(request.POST, prefix=f"{kind}-new")
    version = versioning.posted_version(request)
    try:
        if editing.save_item(record, lst, form, version=version) is None:
            return respond_list(request, record, lst, add_form=form)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst, form)
    editing.keep_typed_items(record, [kind], {})
    return saved_list(request, record, lst, version, _("Added."))


@login_required
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, pk: int, kind: str, item_id: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    if request.POST.get("action") == "change":
        return open_item(request, record, lst, item_id)
    version = versioning.posted_version(request) if request.method == "POST" else None
    # Over the saved item, so that what a page cannot show as saved (a line break in a
    # one-line box) is kept when sent back unchanged.
    saved_item = editing.find_item(record, lst, item_id)
    form = lst.form_class(request.POST, prefix=f"{kind}-{item_id}", document=saved_item)
    try:
        # Refused as stale before "not found": the other tab may have removed this item.
        versioning.ensure_current(record, version)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst, form)
    if saved_item is None:
        raise Http404
    if request.method == "GET":
        return respond_list(request, record, lst, editing_id=item_id)
    # Save is a button of the step's form: what the step sent is kept first, as Change keeps it.
    from_step = request.POST.get("action") == "save"
    try:
        now = keep_step_typing(request, record, lst)
        if editing.save_item(record, lst, form, item_id, version=now) is None:
            response = respond_list(request, record, lst, editing_id=item_id, edit_form=form)
            # The step's answers sent with it may have been saved: the page's forms move on.
            return versioning.saved(response, version, record.version)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst, None if from_step else form)
    return saved_list(request, record, lst, version, _("Saved."), anchor=f"#item-{item_id}")


def open_item(request: HttpRequest, record: CaseRecord, lst: ItemList, item_id: str):
    """Change pressed: the item's form, opened once the step's typing is kept."""
    version = versioning.posted_version(request)
    try:
        keep_step_typing(request, record, lst)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst)
    if editing.find_item(record, lst, item_id) is None:
        raise Http404
    if request.htmx:
        response = respond_list(request, record, lst, editing_id=item_id)
        return versioning.saved(response, version, record.version)
    url = reverse("cases:item_edit", args=[record.pk, lst.kind, item_id])
    return redirect(with_review(url, returns_to_review(request)) + f"#item-{item_id}")


@login_required
@vary_on_headers("HX-Request")
@require_POST
def item_remove(request: HttpRequest, pk: int, kind: str, item_id: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    lst = get_list(kind)
    if not request.htmx and request.POST.get("confirm") != "yes":
        return ask_to_remove(request, record, lst, item_id)
    version = versioning.posted_version(request)
    try:
        if not editing.remove_item(record, lst, item_id, keep_step_typing(request, record, lst)):
            raise Http404
    except versioning.Stale:
        return refuse_stale_item(request, record, lst)
    return saved_list(request, record, lst, version, _("Removed."))


def ask_to_remove(
    request: HttpRequest, record: CaseRecord, lst: ItemList, item_id: str
) -> HttpResponse:
    """Remove pressed without JavaScript: asked first, as the script's dialog asks, once the
    step's typing is kept (the page is left for the question)."""
    try:
        keep_step_typing(request, record, lst)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst)
    row = next((r for r in item_rows(record, lst, None, None) if r["id"] == item_id), None)
    if row is None:
        raise Http404
    to_review = returns_to_review(request)
    back = step_url(record, BY_SLUG[lst.step], review=to_review) + f"#item-{item_id}"
    context = {"case": record, "kind": lst.kind, "row": row, "back": back, "to_review": to_review}
    return TemplateResponse(request, "cases/remove_item.html", context)


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
    version = versioning.posted_version(request)
    try:
        versioning.ensure_current(record, version)
        if not form.is_valid():
            return respond_list(request, record, lst, grant_form=form)
        vests = editing.add_vests_from_grant(record, lst, grant_of(form), form, version=version)
        if vests is None:
            return respond_list(request, record, lst, grant_form=form)
    except versioning.Stale:
        return refuse_stale_item(request, record, lst, form)
    editing.keep_typed_items(record, ["grant"], {})
    text = _("%(count)d vests added. Check each date and number against your grant.") % {
        "count": len(vests)
    }
    return saved_list(request, record, lst, version, text)


def grant_of(form: forms.GrantForm) -> Grant:
    data = form.cleaned_data
    return Grant(data["date"], data["shares"], data["pattern"], data["years"])
