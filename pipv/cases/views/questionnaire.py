"""The questionnaire's pages: one URL per step, and the check as a field is left.

A step's page is shown and posted here; what a step shows is the step's own
(``Step.template``, ``Step.context``, ``Step.form``). A posted step saves what is valid and
goes where its button asked: on, back, to a named step, or it stays to add an item.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from pipv.accounts import kept_typing
from pipv.accounts.language import remember as remember_language
from pipv.accounts.session_store import time_left

from .. import editing, forms, versioning
from ..models import CaseRecord
from ..steps import LISTS, STEPS, ReviewStep, Step, applicable
from ..store import get_case_for_user
from . import page
from .items import grant_of
from .links import get_step, returns_to_review, step_url
from .review import review
from .typed import (
    kept,
    open_items,
    remember_typed,
    typed_edits,
    typed_items,
    typed_on_step,
    typed_rows,
)

# What a step's buttons ask for (the form's "action"): besides Continue and Back,
# "goto:SLUG" (a step's name in the progress list), "add:KIND" and "grant" (an item added
# without JavaScript, through the step's own form) and "discard:THEN" (leave as THEN asked,
# dropping an item that was typed but not added).
GOTO = "goto:"
ADD = "add:"
DISCARD = "discard:"
# The header's language switch, a button of the step's form on a step's page: the step's
# typing is kept (answers saved, items typed kept, an open item saved) and the page comes back
# in the language chosen.
LANGUAGE = "language"
# Sent by idle.js just before an idle session ends: the step's typing is kept as the language
# switch keeps it, then the session ends; logging in again leads back to the step as left.
IDLE_END = "idle_end"
# What a post sent after its session had ended asks for, when it was idle.js's IDLE_END: sent
# again after the log-in (pipv.accounts.kept_typing), its typing is kept the same way, and the
# new session goes on.
RESUME = kept_typing.RESUME
# The header's links and its Log out, buttons of the step's form on a step's page (as the
# language switch is): "leave:PAGE" and "logout" save the step's answers and keep or add its
# items as Back does, then open that page (or log out): an answer typed but not yet sent
# (no JavaScript, or a field not left yet) is not lost with the page.
LEAVE = "leave:"
LEAVE_TO = {"home": "home", "cases": "cases:list", "account": "accounts:settings"}
LOGOUT = kept_typing.LOGOUT
# An open item's Cancel, a button of the step's form too ("cancel:KIND"): that item's change
# is dropped; the step's answers are saved and its typing kept, and the step shows again.
CANCEL = "cancel:"
# How long before the session's end idle.js sends it, at most, with room for the request.
IDLE_END_MARGIN_SECONDS = 10


@login_required
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    record = get_case_for_user(request, pk)
    current = get_step(slug)
    if not current.is_applicable(record):
        return redirect("cases:resume", pk)
    show = PAGES.get(type(current), questions)
    return show(request, record, current)


def questions(request: HttpRequest, record: CaseRecord, current: Step) -> HttpResponse:
    to_review = returns_to_review(request)
    if request.method == "POST":
        return post_step(request, record, current, to_review)
    form = page.form_with_drafts(record, current)
    return page.render_step(request, record, current, form, to_review=to_review)


# The steps whose page is not a page of questions.
PAGES = {ReviewStep: review}


@dataclass(frozen=True)
class Action:
    """What the pressed button asked for."""

    then: str  # where to go once saved: "continue", "back", "goto:SLUG", or the add itself
    adding: str | None  # the list's kind (or "grant") when Add was pressed
    discard: bool  # leave without the item typed but not added

    @property
    def leaving(self) -> bool:
        return self.then in ("continue", "back", LOGOUT) or self.then.startswith((GOTO, LEAVE))

    @classmethod
    def posted(cls, request: HttpRequest) -> Action:
        action = request.POST.get("action") or "continue"
        if action == "default":  # Enter in a field: the page's hidden first button
            action = "continue"
        adding = action.removeprefix(ADD) if action.startswith(ADD) or action == "grant" else None
        return cls(action.removeprefix(DISCARD), adding, action.startswith(DISCARD))


def add_typed(record: CaseRecord, kind: str, form) -> bool:
    """Add one typed item (or a grant's vests); False when it is not complete or valid."""
    if kind == "grant":
        if not form.is_valid():
            return False
        return (
            editing.add_vests_from_grant(record, LISTS["vests"], grant_of(form), form) is not None
        )
    return editing.save_item(record, LISTS[kind], form) is not None


def empty_add_form(request: HttpRequest, current: Step, kind: str):
    if kind == "grant" and "vests" in current.lists:
        return forms.GrantForm(request.POST, prefix="grant")
    if kind not in current.lists:
        return None
    return LISTS[kind].form_class(request.POST, prefix=f"{kind}-new")


def list_kind(kind: str) -> str:
    """The list an add form belongs to: a grant adds vests."""
    return "vests" if kind == "grant" else kind


def list_states(typed: dict, shown: dict, edits: dict) -> dict:
    """Per list, the add and grant forms to show: ``shown`` as they are, the rest kept; and
    the item whose form is open, as it was sent."""
    states: dict = {}
    for kind, form in {**{k: kept(f) for k, f in typed.items()}, **shown}.items():
        name = "grant_form" if kind == "grant" else "add_form"
        states.setdefault(list_kind(kind), {})[name] = form
    for kind, (item_id, form) in edits.items():
        states.setdefault(kind, {}).update(editing_id=item_id, edit_form=form)
    return states


def add_items(request, record, current, action: Action, typed_forms: dict) -> dict:
    """Add what the button asked for, or what was typed on the way out; those held back."""
    held: dict = {}
    if action.adding is not None:
        # Add pressed on an empty form still answers, with what it needs.
        form = typed_forms.get(action.adding) or empty_add_form(request, current, action.adding)
        if form is None:
            raise Http404
        if not add_typed(record, action.adding, form):
            held[action.adding] = form
    elif action.leaving and not action.discard:
        # Leaving with an item typed but not added: add it when it is complete;
        # otherwise stay, say so, and keep the typing (see the notice in step.html).
        for kind, form in typed_forms.items():
            if not add_typed(record, kind, form):
                held[kind] = form
    return held


def not_added(action: Action, typed_forms: dict, held: dict) -> dict:
    """The typed add forms this post leaves as they are: kept until added or discarded."""
    if action.discard:
        return {}
    if action.adding is not None:
        tried = {action.adding}
    elif action.leaving:
        tried = set(typed_forms)
    else:
        tried = set()
    return {k: f for k, f in typed_forms.items() if k in held or k not in tried}


def save_edits(record: CaseRecord, action: Action, edits: dict) -> dict:
    """Leaving (or changing the language) with an item's form open: save its change; those
    refused are held, open. Otherwise (Add pressed, or Discard) nothing is saved, and an Add
    keeps them open."""
    if not (action.leaving or action.then in (LANGUAGE, IDLE_END, RESUME)) or action.discard:
        return {} if action.discard else edits
    held = {}
    for kind, (item_id, form) in edits.items():
        if editing.save_item(record, LISTS[kind], form, item_id) is None:
            held[kind] = (item_id, form)
    return held


def post_step(request, record: CaseRecord, current: Step, to_review: bool) -> HttpResponse:
    action = Action.posted(request)
    form = current.form(record, request.POST)
    typed_forms = typed_items(request, current)
    edits = typed_edits(request, record, current)
    if action.then.startswith(CANCEL):
        edits.pop(action.then.removeprefix(CANCEL), None)
    try:
        versioning.ensure_current(record, versioning.posted_version(request))
        held = add_items(request, record, current, action, typed_forms)
        open_edits = save_edits(record, action, edits)
        finish = action.then == "continue" and not held and not open_edits
        finish = finish and action.adding is None
        valid = editing.save_step(record, current, form, finish=finish)
        shown_open = open_items(request, current)
        remember_typed(record, current, not_added(action, typed_forms, held), shown_open)
    except versioning.Stale:
        rows = typed_rows(form, typed_forms, edits)  # all read from this post already
        return page.refuse_stale(request, record, current, rows, to_review=to_review)
    show = {"request": request, "record": record, "current": current, "form": form}
    if action.then in (LANGUAGE, RESUME):
        return language_chosen(show, typed_forms, open_edits, to_review)
    if action.then == IDLE_END:
        # Another tab of the same session in use meanwhile: it is not idle. Only this page's
        # typing was kept; the session goes on (202) and the page counts again.
        if time_left(request) > min(IDLE_END_MARGIN_SECONDS, settings.SESSION_COOKIE_AGE / 2):
            return HttpResponse(status=202)
        logout(request)
        return HttpResponse(status=204)
    if action.adding is not None:
        others = {k: f for k, f in typed_forms.items() if k != action.adding}
        if held or others or open_edits or not valid:
            return show_added(show, action.adding, held, others, open_edits, to_review)
        messages.success(request, _("Added."))
        anchor = f"#list-{list_kind(action.adding)}"
        return redirect(step_url(record, current, review=to_review) + anchor)
    if action.then.startswith(CANCEL):
        if open_edits:  # another list's item still open: shown as it was typed
            return render(show, to_review, states=list_states({}, {}, open_edits))
        kind = action.then.removeprefix(CANCEL)
        anchor = f"#list-{kind}" if kind in current.lists else ""
        return redirect(step_url(record, current, review=to_review) + anchor)
    if held or open_edits:
        leave = {
            "then": action.then,
            "held": [LISTS[list_kind(k)] for k in held],
            "changes": [(LISTS[k], item_id) for k, (item_id, _f) in open_edits.items()],
        }
        states = list_states({}, held, open_edits)
        return render(show, to_review, states=states, leave=leave)
    return go_on(show, action.then, valid, to_review)


def language_chosen(show: dict, typed_forms: dict, open_edits: dict, to_review) -> HttpResponse:
    """The step again in the language chosen (if one was), with everything typed on it kept."""
    request = show["request"]
    language = remember_language(request, request.POST.get("language"))
    if language:
        translation.activate(language)
        request.LANGUAGE_CODE = language
    if open_edits:  # a change that cannot be saved yet: shown open, as it was typed
        return render(show, to_review, states=list_states(typed_forms, {}, open_edits))
    return redirect(step_url(show["record"], show["current"], review=to_review))


def render(show: dict, to_review: bool, **more) -> HttpResponse:
    return page.render_step(
        show["request"], show["record"], show["current"], show["form"], to_review, **more
    )


def show_added(
    show: dict, adding: str, held: dict, others: dict, edits: dict, to_review
) -> HttpResponse:
    """The step again after Add: the item is added (or held), other typing is kept."""
    states = list_states(others, held, edits)
    if not held:
        states.setdefault(list_kind(adding), {})["status"] = _("Added.")
    return render(show, to_review, states=states)


def go_on(show: dict, then: str, valid: bool, to_review: bool) -> HttpResponse:
    """Where the answers, now saved, lead: the step asked for, back, on, a page of the
    header, out, or here again."""
    record, current = show["record"], show["current"]
    if then.startswith(LEAVE):
        return redirect(LEAVE_TO.get(then.removeprefix(LEAVE), "cases:list"))
    if then == LOGOUT:
        logout(show["request"])
        return redirect(settings.LOGOUT_REDIRECT_URL)
    steps = applicable(record)
    # Counted by the questionnaire's order: the answers just saved may have taken this step
    # itself out of the way (the offer's dates cleared after "no offer now").
    position = STEPS.index(current)
    before = [s for s in steps if STEPS.index(s) < position]
    after = [s for s in steps if STEPS.index(s) > position]
    if then.startswith(GOTO):
        url = page.reachable(record, current, then.removeprefix(GOTO))
        if url:
            return redirect(url)
    if then == "back":
        target = before[-1] if before else steps[0]
        return redirect(step_url(record, "review" if to_review else target))
    if valid and not then.startswith(GOTO):
        # Continue, or an action this page never sends: the answers are saved, so go on.
        target = after[0] if after else steps[-1]
        return redirect(step_url(record, "review" if to_review else target))
    return render(show, to_review)


@login_required
@require_POST
def check(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    """One answer checked and saved as the user leaves its field (htmx)."""
    record = get_case_for_user(request, pk)
    current = get_step(slug)
    form = current.form(record, request.POST)
    if form is None:
        raise Http404
    version = versioning.posted_version(request)
    try:
        editing.save_step(record, current, form, finish=False, version=version)
    except versioning.Stale:
        # The check sent the whole step (its add forms, an item open): all of it is listed,
        # as the refused page takes the whole page's place.
        return page.refuse_stale(request, record, current, typed_on_step(request, record, current))
    name = request.htmx.trigger_name if request.htmx else None
    if name not in form.fields:
        return versioning.saved(HttpResponse(status=204), version, record.version)
    response = TemplateResponse(request, "cases/_field_error.html", {"field": form[name]})
    return versioning.saved(response, version, record.version)
