from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from pipv.accounts.forms import ChangePasswordForm, DeleteAccountForm, SignupForm
from pipv.accounts.sessions import end_all_sessions
from pipv.core.forget import forget_deleted


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if not settings.PIPV_SELF_REGISTRATION:
        raise Http404
    if request.user.is_authenticated:
        return redirect("cases:list")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your account is ready."))
        return redirect("cases:list")
    return TemplateResponse(request, "accounts/signup.html", {"form": form})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    idle_minutes = settings.SESSION_COOKIE_AGE // 60
    return TemplateResponse(request, "accounts/settings.html", {"idle_minutes": idle_minutes})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's, with the current password counted like a log-in (django-axes)."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_changed")
    form_class = ChangePasswordForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


@login_required
def password_changed(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "accounts/password_changed.html")


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.user, request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        # Cases go with the account (ForeignKey CASCADE).
        request.user.delete()
        forget_deleted()
        logout(request)
        messages.success(request, _("Your account and all its cases are deleted."))
        return redirect("home")
    count = request.user.cases.count()
    return TemplateResponse(request, "accounts/delete.html", {"form": form, "case_count": count})


@login_required
@require_POST
def logout_everywhere(request: HttpRequest) -> HttpResponse:
    # A phone or a work laptop left logged in loses its session too; this one goes last.
    end_all_sessions(request.user)
    logout(request)
    messages.success(
        request, _("You are logged out on every device and browser. Log in again to go on.")
    )
    return redirect("accounts:login")


@require_POST
def keep_alive(request: HttpRequest) -> HttpResponse:
    """ "Stay logged in": any request restarts the idle count (SESSION_SAVE_EVERY_REQUEST).

    The warning's script calls it and wants nothing back; without JavaScript, the button's form
    posts here and the person goes back to the page they were on.
    """
    if request.htmx or request.headers.get("X-Requested-With") == "fetch":
        return HttpResponse(status=204 if request.user.is_authenticated else 401)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "cases:list"
    return redirect(back)
