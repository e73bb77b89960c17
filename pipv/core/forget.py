"""Deleting for good: what a person deletes leaves no readable copy in the database's files.

SQLite writes each change to its -wal file first and copies it into the database file at a
checkpoint, which comes only after the log has grown. Until then a deleted case's rows still
stand in the log (sealed, but the key is on the same host). With ``secure_delete`` the freed
pages are overwritten, so a checkpoint once the deletion is committed leaves none behind.
PostgreSQL keeps a deleted row until it is vacuumed: that is its hosting's to schedule.
"""

from __future__ import annotations

from django.db import DatabaseError, connection, transaction


def forget_deleted() -> None:
    """Once the deletion is committed, copy SQLite's log into the file and empty it."""
    if connection.vendor == "sqlite":
        transaction.on_commit(_checkpoint)


def _checkpoint() -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass  # another connection is reading: the next checkpoint does it
