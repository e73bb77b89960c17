"""A copy of the database (a stolen file, a backup) logs no one in, and files are the owner's."""

import stat

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from pipv.env import local_data_key


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.django_db
def test_the_database_holds_no_session_key_a_cookie_could_carry(client, alice, full_case):
    client.post(
        reverse("accounts:login"), {"username": "alice", "password": "correct horse battery"}
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.get(reverse("cases:export", args=[full_case.pk])).status_code == 200
    (row,) = Session.objects.all()
    assert row.session_key != cookie and cookie not in row.session_key

    # Someone with a copy of the table puts the stored value in a cookie: not logged in.
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = row.session_key
    response = thief.get(reverse("cases:export", args=[full_case.pk]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    # The real cookie still works, and logging out removes the row.
    assert client.get(reverse("cases:list")).status_code == 200
    client.post(reverse("accounts:logout"))
    assert Session.objects.count() == 0


@pytest.mark.django_db
def test_log_out_everywhere_still_ends_every_session(alice, full_case):
    phone, laptop = Client(), Client()
    for device in (phone, laptop):
        device.post(
            reverse("accounts:login"), {"username": "alice", "password": "correct horse battery"}
        )
    assert Session.objects.count() == 2
    laptop.post(reverse("accounts:logout_everywhere"))
    assert Session.objects.count() == 0
    assert phone.get(reverse("cases:list")).status_code == 302


def test_a_new_sqlite_database_and_its_journal_are_readable_by_their_owner_only(tmp_path):
    from pipv.core.sqlite3.base import DatabaseWrapper

    path = tmp_path / "pipv.sqlite3"
    # The settings' SQLite options (WAL), whatever database this test run uses.
    options = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    wrapper = DatabaseWrapper(
        {
            **{key: "" for key in ("USER", "PASSWORD", "HOST", "PORT")},
            "ENGINE": "pipv.core.sqlite3",
            "NAME": str(path),
            "OPTIONS": options,
            "TIME_ZONE": None,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "TEST": {},
        }
    )
    # The backend's own connect, as a request would make it (WAL from the settings).
    raw = wrapper.get_new_connection(wrapper.get_connection_params())
    try:
        raw.execute("CREATE TABLE t (x TEXT)")
        raw.execute("INSERT INTO t VALUES ('chemo on Tuesdays')")
        raw.commit()
        for name in ("pipv.sqlite3", "pipv.sqlite3-wal", "pipv.sqlite3-shm"):
            if (tmp_path / name).exists():
                assert mode(tmp_path / name) == 0o600, name
        assert (tmp_path / "pipv.sqlite3-wal").exists()  # WAL, as in settings
    finally:
        raw.close()


def test_the_local_key_folder_and_key_are_the_owners_only(tmp_path):
    folder = tmp_path / ".local"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # made earlier by someone else, readable by all
    key = local_data_key(folder / "data_key")
    assert len(key) == 44
    assert mode(folder) == 0o700
    assert mode(folder / "data_key") == 0o600
