"""Sessions in the database, stored under a keyed hash of their key, never the key itself.

A copy of the database (a stolen file, a backup) then holds no cookie that logs anyone in:
the cookie's key is hashed with a key derived from PIPV_SECRET_KEY (HMAC-SHA256, 160 bits
kept, so it fits Django's 40-character column) before any lookup or write. Everything else is
Django's database backend: expiry, ``clearsessions``, "log out everywhere".
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError
from django.utils import timezone
from django.utils.crypto import salted_hmac

SALT = "pipv.accounts.session_store"


def stored_key(session_key: str) -> str:
    return salted_hmac(SALT, session_key, algorithm="sha256").hexdigest()[:40]


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        if not self.session_key:
            return None
        session = self.model.objects.filter(
            session_key=stored_key(self.session_key), expire_date__gt=timezone.now()
        ).first()
        if session is None:
            self._session_key = None
        return session

    async def _aget_session_from_db(self):
        if not self.session_key:
            return None
        session = await self.model.objects.filter(
            session_key=stored_key(self.session_key), expire_date__gt=timezone.now()
        ).afirst()
        if session is None:
            self._session_key = None
        return session

    def exists(self, session_key):
        return self.model.objects.filter(session_key=stored_key(session_key)).exists()

    async def aexists(self, session_key):
        return await self.model.objects.filter(session_key=stored_key(session_key)).aexists()

    def create_model_instance(self, data):
        return self.model(
            session_key=stored_key(self._get_or_create_session_key()),
            session_data=self.encode(data),
            expire_date=self.get_expiry_date(),
        )

    async def acreate_model_instance(self, data):
        return self.model(
            session_key=stored_key(await self._aget_or_create_session_key()),
            session_data=self.encode(data),
            expire_date=await self.aget_expiry_date(),
        )

    def save(self, must_create=False):
        # Every request saves the session (SESSION_SAVE_EVERY_REQUEST: the idle time-out), but
        # almost none changes it: then only its end moves, without signing and writing the
        # same data again. A session deleted meanwhile (logged out elsewhere) is an
        # UpdateError either way. asave stays Django's: pipv is served over WSGI.
        if must_create or self.modified or not self._unchanged_from_db():
            return super().save(must_create)
        if not self._stored().update(expire_date=self.get_expiry_date()):
            raise UpdateError

    def _unchanged_from_db(self) -> bool:
        """Read from the database in this request, and not modified since."""
        return self.session_key is not None and hasattr(self, "_session_cache")

    def _stored(self):
        return self.model.objects.filter(session_key=stored_key(self.session_key))

    def delete(self, session_key=None):
        key = self.session_key if session_key is None else session_key
        if key is None:
            return
        self.model.objects.filter(session_key=stored_key(key)).delete()

    async def adelete(self, session_key=None):
        key = self.session_key if session_key is None else session_key
        if key is None:
            return
        await self.model.objects.filter(session_key=stored_key(key)).adelete()


def time_left(request) -> float:
    """Seconds until this session ends as stored, before this request moves its end on: far
    more than an idle page's last moments means another tab, still in use, shares it."""
    key = request.session.session_key
    expires = (
        SessionStore.get_model_class()
        .objects.filter(session_key=stored_key(key))
        .values_list("expire_date", flat=True)
        .first()
        if key
        else None
    )
    return 0.0 if expires is None else (expires - timezone.now()).total_seconds()
