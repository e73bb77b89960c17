"""The address a request came from, behind PIPV_PROXY_COUNT reverse proxies of our own.

Each proxy appends the address it was reached from to X-Forwarded-For (nginx's
``$proxy_add_x_forwarded_for``, Caddy's ``reverse_proxy``). With N proxies, the client's own
address is the Nth entry from the right; whatever stands further left came from the client
and can be made up. django-axes counts failed log-ins per name and this address
(AXES_CLIENT_IP_CALLABLE), so a lock-out is one person's, not everyone's behind the proxy.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    direct = request.META.get("REMOTE_ADDR") or None
    proxies = getattr(settings, "PIPV_PROXY_COUNT", 0)
    if proxies <= 0:
        return direct
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer entries than proxies: a proxy is missing or not set up to add the header.
        return direct
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return direct
