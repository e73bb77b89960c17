"""Protections that hold for every request, before and after a view runs."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control

from .framestack import with_room


class FrameStackRoomMiddleware:
    """Runs the rest of the request with room on CPython's frame stack (``framestack``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return with_room(self.get_response, request)


class BodySizeLimitMiddleware:
    """A request whose body is larger than PIPV_MAX_REQUEST_BYTES gets 413, unread.

    Django would first write a large upload to a temporary file; this answers before anything
    is read. A body without Content-Length (chunked) is read by Django as empty, so the header
    is all there is to check.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.PIPV_MAX_REQUEST_BYTES:
            # Before LocaleMiddleware: the language from the cookie or the browser. A page of its
            # own, with no request context: nothing of the session is read for it.
            with translation.override(translation.get_language_from_request(request)):
                page = render_to_string("413.html")
            response = HttpResponse(page, status=413)
            # Answered before the security middleware: its headers, set here.
            response["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
            response["X-Content-Type-Options"] = "nosniff"
            response["X-Frame-Options"] = "DENY"
            return response
        return self.get_response(request)


class NoStoreWhenLoggedInMiddleware:
    """Every response to a logged-in person is ``Cache-Control: no-store``.

    A case list, a step, an export or the account page holds what a person told no one else;
    a shared or work computer's browser cache, or a proxy's, must keep none of it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
