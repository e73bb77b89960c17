from django.conf import settings
from django.http import HttpRequest


def security(request: HttpRequest) -> dict:
    """The page's CSP nonce (django-htmx's {% htmx_script %} reads ``csp_nonce``) and how
    long an idle session lasts, for the warning before it ends."""
    return {
        "csp_nonce": getattr(request, "csp_nonce", ""),
        "idle_seconds": settings.SESSION_COOKIE_AGE,
    }
