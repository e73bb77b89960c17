"""Ending a person's sessions on every device ("log out everywhere")."""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.utils import timezone


def end_all_sessions(user) -> int:
    """Delete every live session logged in as ``user``; returns how many there were.

    Sessions are stored whole and signed, not indexed by user, so each live one is read. A
    worker centre's install holds thousands at most, and this runs only when asked.
    """
    mine = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(pk__in=mine).delete()
    return len(mine)
