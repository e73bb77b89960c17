"""Two tabs, one case: a change made on a page older than the stored case is refused.

The protocol, end to end:

1. Every case has a ``version``; each save moves it on by one, with one conditional UPDATE
   (``editing.store``: ... WHERE version = N), so of two requests that read the same
   version exactly one saves.
2. Every form that saves carries the version its page was loaded with, in one hidden field
   (templates/cases/_version.html); the views read it with ``posted_version``.
3. A POST whose version is not the stored one is refused with ``Stale``, nothing saved: a
   page loaded before another tab's save, a number that is no version, and a POST with no
   version at all (nothing says which answers it was typed over). The step is shown again,
   status 409, with the newest answers, a notice and what was typed (``typed``). For htmx
   that page replaces the whole ``#main`` (``refused``), so every form on it carries the
   new version and no list shows what is no longer stored.
4. A save made by htmx leaves the page where it is; its response triggers the client event
   ``pipv:saved`` ``{from, to}`` (``saved``), and static/js/pipv.js moves the forms still at
   ``from`` on to ``to``, never a form older than that.
5. One page's htmx saves go one at a time (``hx-sync`` ``SYNC``), each sending the version
   the one before it left.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django_htmx.http import reselect, reswap, retarget, trigger_client_event

from .models import CaseRecord
from .views.answers import as_read

# Every htmx request that saves (or shows a form that will) waits its turn on one queue.
SYNC = "#main:queue all"

# What a POST without a usable version reads as: no stored case is ever at this version.
NO_VERSION = -1


class Stale(Exception):
    """The case was saved elsewhere (another tab) since the page making this change was loaded."""


def posted_version(request: HttpRequest) -> int:
    """The case's version the page was loaded with; ``NO_VERSION`` when none is usable."""
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return NO_VERSION


def ensure_current(record: CaseRecord, version: int | None) -> None:
    """Refuse a change made on a page older than the stored case.

    ``None`` is for a change this request makes after it has already checked the page's
    version (an item added on the way out of a step): it counts as the version just read.
    """
    if version is not None and version != record.version:
        raise Stale


def typed(form) -> list[dict]:
    """What was typed into a refused form, as a person reads it, to show beside the newest."""
    if form is None or not form.is_bound:
        return []
    rows = []
    for bound in form:
        value = form.data.get(bound.html_name, "")
        value = value.strip() if isinstance(value, str) else ""
        if not value:
            continue
        value = as_read(bound.field, value)
        rows.append({"label": bound.label, "value": value})
    return rows


def refused(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The refusal page (409, the step with the newest answers) replaces all of ``#main``."""
    response.status_code = 409
    if request.htmx:
        retarget(response, "#main")
        reselect(response, "#main")
        reswap(response, "outerHTML")
    return response


def saved(response: HttpResponse, before: int, after: int) -> HttpResponse:
    """Tell the page's script that forms loaded at ``before`` may now send ``after``."""
    return trigger_client_event(response, "pipv:saved", {"from": before, "to": after})
