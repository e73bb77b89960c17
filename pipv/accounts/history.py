"""Login history (django-axes' records: name, address, browser) kept no longer than needed.

The throttle needs a failure only while its pause can last; the log of log-ins helps an
administrator see an attack for a few weeks. Older records are deleted by
``manage.py prune_login_history`` (a daily cron line, see the README), and every record of a
name goes with its account.
"""

from __future__ import annotations

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

MODELS = (AccessAttempt, AccessFailureLog, AccessLog)


def prune(days: int | None = None) -> int:
    """Delete every record older than ``days`` (PIPV_LOGIN_HISTORY_DAYS); returns how many."""
    days = settings.PIPV_LOGIN_HISTORY_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    return sum(model.objects.filter(attempt_time__lt=cutoff).delete()[0] for model in MODELS)


def forget(username: str) -> int:
    return sum(model.objects.filter(username__iexact=username).delete()[0] for model in MODELS)


@receiver(post_delete, sender=get_user_model(), dispatch_uid="pipv.accounts.history.forget")
def forget_deleted_account(sender, instance, **kwargs) -> None:
    forget(instance.get_username())
