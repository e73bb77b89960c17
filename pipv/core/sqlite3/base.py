"""Django's SQLite backend, with the database file made readable by its owner only.

SQLite creates a missing file with the process's umask (usually 0644: anyone on the host could
copy it) and gives its -wal and -shm files the same mode. Here a missing file is first created
empty with mode 0600, which SQLite accepts as a new database.
"""

from __future__ import annotations

import os

from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        create_private(conn_params.get("database"))
        return super().get_new_connection(conn_params)


def create_private(name) -> None:
    path = os.fspath(name) if name is not None else ""
    if not path or path == ":memory:" or path.startswith("file:") or os.path.exists(path):
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass  # another process made it first
