"""Encryption at rest for case documents: Fernet keys from PIPV_DATA_KEYS, newest first.

A case holds health conditions, complaints, immigration status and pay. The database
only ever sees Fernet tokens; losing the database without the keys reveals nothing.
Several keys make rotation possible: encrypt with the first, decrypt with any, then
``manage.py reencrypt_cases`` rewrites every case under the newest key.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@cache
def _keyring(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("PIPV_DATA_KEYS is empty: no key to encrypt cases with.")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError:
        raise ImproperlyConfigured(
            "PIPV_DATA_KEYS must hold Fernet keys (32 url-safe base64 bytes), comma-separated. "
            "Make one with: python3 -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from None


def keyring() -> MultiFernet:
    return _keyring(tuple(settings.PIPV_DATA_KEYS))


def seal(document: Any) -> str:
    """A document as a Fernet token under the newest key."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return keyring().encrypt(text.encode()).decode()


def unseal(token: str) -> Any:
    try:
        return json.loads(keyring().decrypt(token.encode()))
    except InvalidToken:
        raise ImproperlyConfigured(
            "A case cannot be decrypted with any key in PIPV_DATA_KEYS. Was a key removed "
            "before `manage.py reencrypt_cases` ran?"
        ) from None


def rotate(token: str) -> str:
    """The same document re-encrypted under the newest key."""
    return keyring().rotate(token.encode()).decode()


def seal_bytes(data: bytes) -> bytes:
    """Bytes (a rendered PDF) as a Fernet token under the newest key."""
    return keyring().encrypt(data)


def unseal_bytes(token: bytes) -> bytes:
    """The bytes of a token from ``seal_bytes``; InvalidToken if no key opens it."""
    return keyring().decrypt(token)
