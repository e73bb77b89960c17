"""Every vocabulary of the case file, one registry each: code, label, hint and attributes.

A code is the case file's (the contract); a label is what people see, an English message id
that the web layer translates; a hint says what counts. ``case`` (the codes), ``labels`` (the
words) and the JSON Schema are derived from these registries, so a new code is one new entry
here plus its translation.
"""

from __future__ import annotations

from .registries import (
    ACTIVITY_KIND,
    ARBITRATION,
    DIRECTION,
    EVENT_KIND,
    EXIT_PATH,
    IMMIGRATION_STATUS,
    KNOWLEDGE,
    PROTECTED_CHARACTERISTIC,
    RATING,
    REPORTED_TO,
    STATE,
    SUBJECT,
)
from .terms import ADVERSE, FAVOURABLE, NEUTRAL, EventKind, ImmigrationStatus, Term, Vocabulary

# §a.9: events many courts do not treat as materially adverse on their own.
CONTESTED_ADVERSE = frozenset(EVENT_KIND.codes(lambda kind: kind.contested))

__all__ = [
    "ACTIVITY_KIND",
    "ADVERSE",
    "ARBITRATION",
    "CONTESTED_ADVERSE",
    "DIRECTION",
    "EVENT_KIND",
    "EXIT_PATH",
    "FAVOURABLE",
    "IMMIGRATION_STATUS",
    "KNOWLEDGE",
    "NEUTRAL",
    "PROTECTED_CHARACTERISTIC",
    "RATING",
    "REPORTED_TO",
    "STATE",
    "SUBJECT",
    "EventKind",
    "ImmigrationStatus",
    "Term",
    "Vocabulary",
]
