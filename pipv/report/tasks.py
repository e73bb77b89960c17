"""The background tasks: render a case's PDF, and forget it when its lifetime is over.

Django's tasks framework (django.tasks in Django 6; the django-tasks backport before it).
Arguments are row ids only: no case text ever sits in the queue.
"""

from __future__ import annotations

try:
    from django.tasks import task  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # Django 5.2: the backport of the same API
    from django_tasks import task

from . import jobs
from .models import PdfRender


@task()
def render_pdf(row_id: int) -> str:
    return jobs.render(row_id)


@task()
def forget_pdf(row_id: int, digest: str) -> int:
    # A row that was replaced since has another id: only this render's PDF goes.
    deleted, _ = PdfRender.objects.filter(pk=row_id, digest=digest).delete()
    return deleted + jobs.sweep()
