"""What a person typed is kept across a session that ended while they typed.

A session ends after the idle time without a request. Without JavaScript nothing warns before
that, and a long answer (the person's own story, written slowly in a second language) can take
longer to type: the post that finally sends it arrives with no session, and Django's
``login_required`` answered with a redirect to the log-in page, which drops the post.

Instead, a step's post that arrives logged out is answered with the log-in page holding what
was posted (``kept``). Logging in there does not send it on by itself: the next page names the
case and the step, lists what was typed, and offers to send it to the step. Only then is it
checked as any post is, for the account now logged in (its own case, the case's version: a
case changed since is refused as stale, with the typing listed).

Nothing is kept on the server before the log-in: the typing travels in the pages themselves,
back to the browser that typed it (and, with JavaScript, in the tab's own storage, so that
reloading a log-in page htmx put in the step's place still finds it: pipv.js). Once logged in,
it is kept sealed in the new session and the offer is a page of its own (``offer``), reached by
a redirect: reloading it shows it again, where sending the log-in again would be refused (the
log-in changed the CSRF token). Sending it to its step forgets it (``SENT``).
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, ResolverMatch, resolve, reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from pipv.accounts.forms import LoginForm

FIELD = "kept"
# A session ended by the idle time-out (idle.js's last send): sent again after the log-in it
# must only be saved, not end the new session too.
IDLE_END = "idle_end"
RESUME = "resume"
# Log out pressed on a step after the session had ended: sent again after the log-in, it saves
# the typing and the new session goes on, as RESUME does.
LOGOUT = "logout"
# Where the new session keeps the typing after the log-in, sealed, until it is sent or left.
SESSION_KEY = "pipv_kept_typing"
# Sent with the typing from the offer: the step's post then forgets it.
SENT = "kept_sent"

# Posts sent again to the address they came to: the step's own buttons, and an item's Change
# and Remove (whose views keep the rest of the step's typing).
SENT_AGAIN_THERE = frozenset({"step", "item_edit", "item_remove"})
# Posts sent again to their step, with this action. An item added with htmx went to the list's
# own address, which saves the item only: the rest of the step stayed on the page, which is
# gone after a log-in. A field's check (htmx) sent the whole step too: it is saved in place.
SENT_TO_THE_STEP = {
    "item_add": "add:",
    "vests_from_grant": "grant",
    "check": RESUME,
    "item_check": RESUME,
}


def _match(path: str) -> ResolverMatch | None:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match if match.namespace == "cases" else None


def keeps(path: str) -> bool:
    """Whether a post to ``path`` is one whose typing is kept across a log-in."""
    return _kept_match(path) is not None


def _kept_match(path: str) -> ResolverMatch | None:
    match = _match(path)
    kept = match is not None and (
        match.url_name in SENT_AGAIN_THERE or match.url_name in SENT_TO_THE_STEP
    )
    return match if kept else None


def _step_slug(match: ResolverMatch) -> str | None:
    from pipv.cases.steps import STEPS

    if "slug" in match.kwargs:
        return match.kwargs["slug"]
    kind = "vests" if match.url_name == "vests_from_grant" else match.kwargs["kind"]
    return next((s.slug for s in STEPS if kind in s.lists), None)


def kept_post(request: HttpRequest) -> dict | None:
    """Where the post goes once logged in again, and its fields as sent (not the token);
    None for a post whose typing is not kept."""
    match = _kept_match(request.path_info)
    if match is None:
        return None
    fields = [
        (name, value)
        for name in request.POST
        if name not in ("csrfmiddlewaretoken", "action")
        for value in request.POST.getlist(name)
    ]
    action = request.POST.get("action", "")
    if match.url_name in SENT_TO_THE_STEP:
        slug = _step_slug(match)
        if slug is None:
            return None
        to = reverse("cases:step", args=[match.kwargs["pk"], slug])
        action = SENT_TO_THE_STEP[match.url_name]
        if action == "add:":
            action += match.kwargs["kind"]
    else:
        to = request.get_full_path()
    if action:
        fields.append(("action", RESUME if action in (IDLE_END, LOGOUT) else action))
    return {"to": to, "fields": fields}


def read(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The path and fields of a ``kept`` field sent back; None when it is not one."""
    try:
        kept = json.loads(text)
        to, fields = kept["to"], [(str(n), str(v)) for n, v in kept["fields"]]
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(to, str) or not url_has_allowed_host_and_scheme(to, None):
        return None
    match = _match(to)
    if match is None or match.url_name not in SENT_AGAIN_THERE:
        return None
    return to, fields


class KeepTypingMiddleware:
    """A step's post with no session gets the log-in page holding what was posted.

    In ``process_view``, so that Django's CSRF check (earlier in MIDDLEWARE) has passed: a post
    from another site is refused as before, never handed back as typing to save.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view, args, kwargs) -> HttpResponse | None:
        if request.method != "POST" or request.FILES:
            return None
        if request.user.is_authenticated:
            if SENT in request.POST and SESSION_KEY in request.session:
                del request.session[SESSION_KEY]  # sent from the offer: it is the step's now
            return None
        kept = kept_post(request)
        return login_page(request, kept) if kept is not None else None


def login_page(request: HttpRequest, kept: dict) -> HttpResponse:
    context = {
        "form": LoginForm(request),
        "next": kept["to"],
        "kept": json.dumps(kept, ensure_ascii=False),
    }
    # Rendered here: a middleware's own answer is not rendered later, as a view's is.
    response = TemplateResponse(request, "accounts/login.html", context).render()
    # idle.js's last send, come too late: it then takes the person to this page (a fetch
    # cannot show it).
    response["X-Pipv-Kept-Typing"] = "1"
    if getattr(request, "htmx", False):
        # A list's button (htmx) would put the page in the list's place: the whole page instead.
        response["HX-Retarget"] = "body"
        response["HX-Reswap"] = "outerHTML"
    return response


def send_page(request: HttpRequest, to: str, fields: list[tuple[str, str]]) -> HttpResponse:
    """The page that offers to send the typing on: which case and step, and what was typed.

    Only for a case of the account now logged in: typing left for another's case (a log-in
    page left on a shared computer) is not offered at all.
    """
    from pipv.cases.models import CaseRecord
    from pipv.cases.steps import BY_SLUG
    from pipv.cases.views.typed import typed_on_step

    match = _match(to)
    record = CaseRecord.objects.filter(pk=match.kwargs.get("pk") if match else None).first()
    step = BY_SLUG.get(_step_slug(match) or "") if match else None
    if record is None or record.owner_id != request.user.pk or step is None:
        return TemplateResponse(request, "accounts/send_kept.html", {"not_yours": True})
    data = QueryDict(mutable=True)
    for name, value in fields:
        data.appendlist(name, value)
    # The step's own reading of a post (its answers, items typed, an item open), as the
    # stale-page notice lists them; it reads nothing but the post.
    rows = typed_on_step(SimpleNamespace(POST=data), record, step)
    context = {
        "to": to,
        "fields": fields,
        "case": record,
        "step": step,
        "rows": rows,
        "removes": match is not None and match.url_name == "item_remove",
    }
    return TemplateResponse(request, "accounts/send_kept.html", context)


class LoginView(auth_views.LoginView):
    """Django's, passing on the typing kept across an ended session (see above)."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    @cached_property
    def kept(self) -> tuple[str, list[tuple[str, str]]] | None:
        """The typing this log-in page holds, read once a request (a GET holds none)."""
        return read(self.request.POST.get(FIELD, "")) if self.request.method == "POST" else None

    def dispatch(self, request, *args, **kwargs):
        # Logged in again in another tab first: this tab's typing is still offered, not
        # dropped by the redirect Django gives a logged-in visitor.
        if self.kept is not None and request.user.is_authenticated:
            return to_the_offer(request, *self.kept)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.kept is not None:
            context["kept"] = self.request.POST[FIELD]  # a wrong password: still held
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        return response if self.kept is None else to_the_offer(self.request, *self.kept)


def to_the_offer(request: HttpRequest, to: str, fields: list[tuple[str, str]]) -> HttpResponse:
    """Keep the typing in the session just logged in, and show the offer on a page of its own.

    Not the answer to the log-in's post: reloading that would send the log-in again, with the
    CSRF token the log-in has just changed, and "Forbidden" would take the typing's place.
    """
    from pipv.cases import crypto

    request.session[SESSION_KEY] = crypto.seal({"to": to, "fields": fields})
    return redirect("accounts:kept_typing")


@login_required
@require_safe
def offer(request: HttpRequest) -> HttpResponse:
    """The offer to send the typing kept across the log-in, as often as it is asked for."""
    from pipv.cases import crypto

    if SESSION_KEY not in request.session:  # sent already, or asked for in another session
        return redirect("cases:list")
    kept = crypto.unseal(request.session[SESSION_KEY])
    return send_page(request, kept["to"], [(str(n), str(v)) for n, v in kept["fields"]])
