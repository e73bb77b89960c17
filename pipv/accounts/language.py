"""The interface language: the browser's the first time, then the user's own choice.

Django's LocaleMiddleware reads the language cookie, then Accept-Language. A logged-in user's
choice is also kept in a ``Preference`` row, copied into the session at log-in, so it follows
them to another browser; ``UserLanguageMiddleware`` makes it win over that browser's cookie.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from .models import Preference

SESSION_KEY = "pipv_language"


def _supported(code: str | None) -> str | None:
    return code if code in dict(settings.LANGUAGES) else None


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's own view (cookie, safe ``next``), plus the user's stored choice."""
    response = django_set_language(request)
    remember(request, request.POST.get("language"))
    return response


def remember(request: HttpRequest, code: str | None) -> str | None:
    """Keep a logged-in user's choice of language (``UserLanguageMiddleware`` brings the
    cookie in line); the language, or None for one pipv does not offer."""
    language = _supported(code)
    # A visitor who is not logged in has the cookie: no session row is made for a language.
    if language and request.user.is_authenticated:
        request.session[SESSION_KEY] = language
        Preference.objects.update_or_create(user=request.user, defaults={"language": language})
    return language


@receiver(user_logged_in, dispatch_uid="pipv.accounts.language.remember")
def remember_language(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """At log-in, bring back the user's language; a new account keeps the one in use."""
    if request is None:
        return
    preference = Preference.objects.filter(user=user).first()
    if preference is None or not _supported(preference.language):
        # The language LocaleMiddleware chose for this request (cookie, then browser). A log-in
        # made outside a request through the middleware has none, and stores nothing.
        current = _supported(getattr(request, "LANGUAGE_CODE", None))
        if current is None:
            return
        preference, _created = Preference.objects.update_or_create(
            user=user, defaults={"language": current}
        )
    request.session[SESSION_KEY] = preference.language


class UserLanguageMiddleware:
    """After LocaleMiddleware: the language stored for this session wins over the cookie.

    The cookie is brought in line too, so the choice stays after logging out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = _supported(request.session.get(SESSION_KEY))
        if language and language != getattr(request, "LANGUAGE_CODE", None):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
