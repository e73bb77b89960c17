"""What a person typed is kept across a session that ended while they typed.

A session ends after the idle time without a request. Without JavaScript nothing warns before
that, and a long answer (the person's own story, written slowly in a second language) can take
longer to type: the post that finally sends it arrives with no session, and Django's
``login_required`` answered with a redirect to the log-in page, which drops the post.

Instead, a step's post that arrives logged out is answered with the log-in page holding what
was posted (``kept``). Logging in there does not send it on by itself: the next page says the
answers are not saved yet and offers to send them, as they were posted, to where they were
going. Only then are they checked as any post is, for the account now logged in (its own case,
the case's version: a case changed since is refused as stale, with the typing listed).

Nothing is kept on the server before the log-in: the typing travels in the pages themselves,
back to the browser that typed it.
"""

from __future__ import annotations

import json

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme

from pipv.accounts.forms import LoginForm

# The posts of a step's form: the step's own buttons and its lists' buttons.
KEPT_FOR = frozenset({"step", "item_add", "item_edit", "item_remove", "vests_from_grant"})
# A field's check as it is left (htmx) also sends the whole step's form. Its typing is kept to
# be sent to the step itself, to be saved there without leaving it.
CHECKS = frozenset({"check", "item_check"})
FIELD = "kept"
# A session ended by the idle time-out (idle.js's last send): sent again after the log-in it
# must only be saved, not end the new session too.
IDLE_END = "idle_end"
RESUME = "resume"


def keeps(path: str, *, checks: bool = True) -> bool:
    """Whether a post to ``path`` is one whose typing is kept across a log-in."""
    try:
        match = resolve(path)
    except Resolver404:
        return False
    kept = KEPT_FOR | CHECKS if checks else KEPT_FOR
    return match.namespace == "cases" and match.url_name in kept


def step_of_check(match) -> str:
    """The step whose form a field's check sent."""
    from pipv.cases.steps import STEPS

    pk, slug = match.kwargs["pk"], match.kwargs.get("slug")
    if slug is None:  # an item's field: the step that holds its list
        slug = next(s.slug for s in STEPS if match.kwargs["kind"] in s.lists)
    return reverse("cases:step", args=[pk, slug])


def kept_post(request: HttpRequest) -> dict:
    """Where the post goes once logged in again, and its fields, as sent (not the token)."""
    fields = [
        (name, value)
        for name in request.POST
        if name not in ("csrfmiddlewaretoken", "action")
        for value in request.POST.getlist(name)
    ]
    action = request.POST.get("action", "")
    match = resolve(request.path_info)
    if match.url_name in CHECKS:
        to, action = step_of_check(match), RESUME
    else:
        to = request.get_full_path()
    if action:
        fields.append(("action", RESUME if action == IDLE_END else action))
    return {"to": to, "fields": fields}


def read(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The path and fields of a ``kept`` field sent back; None when it is not one."""
    try:
        kept = json.loads(text)
        to, fields = kept["to"], [(str(n), str(v)) for n, v in kept["fields"]]
    except (ValueError, TypeError, KeyError):
        return None
    if (
        not isinstance(to, str)
        or not url_has_allowed_host_and_scheme(to, None)
        or not keeps(to, checks=False)
    ):
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
        if (
            request.method == "POST"
            and not request.user.is_authenticated
            and not request.FILES
            and keeps(request.path_info)
        ):
            return login_page(request)
        return None


def login_page(request: HttpRequest) -> HttpResponse:
    kept = kept_post(request)
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


class LoginView(auth_views.LoginView):
    """Django's, passing on the typing kept across an ended session (see above)."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def kept(self) -> tuple[str, list[tuple[str, str]]] | None:
        return read(self.request.POST.get(FIELD, ""))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.method == "POST" and self.kept():
            context["kept"] = self.request.POST[FIELD]  # a wrong password: still held
        return context

    def form_valid(self, form):
        kept = self.kept()
        response = super().form_valid(form)
        if kept is None:
            return response
        to, fields = kept
        return TemplateResponse(
            self.request, "accounts/send_kept.html", {"to": to, "fields": fields}
        )
