"""A deleted case leaves no copy in SQLite's files, not even in its write-ahead log."""

import subprocess
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import case_record

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's own files (PostgreSQL vacuums its rows)"
)


def on_disk() -> bytes:
    """The database's file and its log, as bytes. Read by another process: closing a file
    descriptor of the database in this one would drop SQLite's locks on it (POSIX locks are
    the process's), and the next connection then fails with "disk I/O error"."""
    path = Path(connection.settings_dict["NAME"])
    files = [str(f) for f in (path, path.with_name(path.name + "-wal")) if f.exists()]
    return subprocess.run(["cat", *files], capture_output=True, check=True).stdout


def sealed_document(pk: int) -> bytes:
    with connection.cursor() as cursor:
        cursor.execute("SELECT document FROM cases_caserecord WHERE id = %s", [pk])
        return str(cursor.fetchone()[0]).encode()


@pytest.mark.django_db(transaction=True)
def test_a_deleted_case_is_gone_from_the_database_files(client, alice):
    client.force_login(alice)
    record = case_record(alice)
    # A slice of the sealed case, long enough to be found only where the case is.
    token = sealed_document(record.pk)[40:120]
    assert token in on_disk()
    client.post(reverse("cases:delete", args=[record.pk]))
    assert token not in on_disk()


@pytest.mark.django_db(transaction=True)
def test_a_deleted_account_leaves_none_of_its_cases_in_the_files(client, alice):
    client.force_login(alice)
    tokens = [sealed_document(case_record(alice, f"Case {n}").pk)[40:120] for n in range(2)]
    client.post(reverse("accounts:delete"), {"password": "correct horse battery"})
    disk = on_disk()
    assert all(token not in disk for token in tokens)


@pytest.mark.django_db(transaction=True)
def test_a_reader_holding_the_log_is_waited_for_and_said_not_left_unsaid(
    alice, caplog, monkeypatch
):
    # Another connection in the middle of a read keeps the log: the checkpoint cannot empty
    # it, and says so rather than claim the copy is gone.
    import sqlite3

    from pipv.core import forget

    monkeypatch.setattr(forget, "WAIT_MS", 100)
    case_record(alice)
    reader = sqlite3.connect(connection.settings_dict["NAME"])
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM cases_caserecord").fetchone()
    try:
        assert forget._checkpoint() is False
        assert "still in SQLite's log" in caplog.text
    finally:
        reader.rollback()
        reader.close()
    assert forget._checkpoint() is True
