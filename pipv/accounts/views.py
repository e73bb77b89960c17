from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pipv.accounts.forms import DeleteAccountForm, SignupForm


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
    return TemplateResponse(request, "accounts/settings.html")


@login_required
def password_changed(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "accounts/password_changed.html")


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Cases go with the account (ForeignKey CASCADE).
        request.user.delete()
        logout(request)
        messages.success(request, _("Your account and all its cases are deleted."))
        return redirect("home")
    count = request.user.cases.count()
    return TemplateResponse(request, "accounts/delete.html", {"form": form, "case_count": count})
