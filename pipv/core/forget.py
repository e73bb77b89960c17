"""Deleting for good: what a person deletes leaves no readable copy in the database's files.

SQLite writes each change to its -wal file first and copies it into the database file at a
checkpoint, which comes only after the log has grown. Until then a deleted case's rows still
stand in the log (sealed, but the key is on the same host). With ``secure_delete`` the freed
pages are overwritten, so a checkpoint that empties the log, once the deletion is committed,
leaves none behind.

That checkpoint waits for any reader still in the log (another request, the PDF worker): their
reads are short, so it is tried a few times, a couple of seconds each. If a reader holds on
past that, the copy stays until a later deletion's checkpoint, and the log says so.
PostgreSQL keeps a deleted row until it is vacuumed: that is its hosting's to schedule.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)

TRIES = 3
WAIT_MS = 2000


def forget_deleted() -> None:
    """Once the deletion is committed, copy SQLite's log into the file and empty it."""
    if connection.vendor == "sqlite":
        transaction.on_commit(_checkpoint)


def _checkpoint() -> bool:
    """Whether the log was emptied."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            usual = cursor.fetchone()[0]
            cursor.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
            try:
                for _ in range(TRIES):
                    cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    if cursor.fetchone()[0] == 0:  # 1: a reader held the log
                        return True
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {int(usual)}")
    except DatabaseError:
        pass
    logger.warning("A deletion's pages are still in SQLite's log: a reader held it.")
    return False
