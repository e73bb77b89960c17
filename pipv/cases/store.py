"""Getting a user's case, and reading its document through the engine."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone

from pipv.engine import Case, CaseInvalid, Problem, parse

from .models import CaseRecord


def get_case_for_user(request: HttpRequest, case_id: int) -> CaseRecord:
    """The case if the logged-in user owns it; a 404 otherwise, so ids reveal nothing."""
    if not request.user.is_authenticated:
        raise Http404
    return get_object_or_404(CaseRecord, pk=case_id, owner=request.user)


def read(record: CaseRecord) -> tuple[Case | None, list[Problem]]:
    """The engine's view of a stored document: the case, or every problem with it."""
    try:
        # A case without a chosen date counts from today, worked out on every read.
        return parse(record.document, today=timezone.localdate()), []
    except CaseInvalid as exc:
        return None, exc.problems
