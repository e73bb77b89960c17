"""Protections that hold for every request, before and after a view runs."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


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
