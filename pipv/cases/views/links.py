"""Where things are: the URLs of a case's pages, and the step or list a URL names."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.urls import reverse

from ..models import CaseRecord
from ..steps import BY_SLUG, LISTS, ItemList, Step


def report_url(record: CaseRecord) -> str:
    return reverse("report:results", args=[record.pk])


def returns_to_review(request: HttpRequest) -> bool:
    """The page was opened from the review, so saving goes back there."""
    return (request.POST.get("return") or request.GET.get("return")) == "review"


def with_review(url: str, review: bool) -> str:
    """``url`` (no query of its own) asking to go back to the review, where ``review``."""
    return f"{url}?return=review" if review else url


def step_url(record: CaseRecord, step: Step | str, review: bool = False) -> str:
    slug = step if isinstance(step, str) else step.slug
    return with_review(reverse("cases:step", args=[record.pk, slug]), review)


def get_step(slug: str) -> Step:
    step = BY_SLUG.get(slug)
    if step is None:
        raise Http404
    return step


def get_list(kind: str) -> ItemList:
    lst = LISTS.get(kind)
    if lst is None:
        raise Http404
    return lst
