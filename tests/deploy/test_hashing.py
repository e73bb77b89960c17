"""Password hashing: Argon2id at OWASP's parameters, in the host's slots and at a lower priority,
so a crowd signing up cannot take every core from the people reading their pages."""

import fcntl
import os
import threading
from contextlib import contextmanager

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher, check_password, make_password

from pipv.accounts import hashers

PASSWORD = "correct horse battery staple, fifteen+"


@pytest.fixture
def lock_dir(tmp_path, settings):
    settings.PIPV_HASH_LOCK_DIR = str(tmp_path / "slots")
    settings.PIPV_HASH_SLOTS = 1
    settings.PIPV_HASH_WAIT = 600
    return tmp_path / "slots"


@contextmanager
def first_slot_taken(lock_dir):
    """Another process's hash holds the first slot (a lock of its own on the slot's file)
    until the block ends."""
    hashers.lock_dir()  # made with the owner's permissions only
    other = open(lock_dir / "slot-0.lock", "a+b")  # noqa: SIM115
    fcntl.flock(other, fcntl.LOCK_EX)
    try:
        yield
    finally:
        other.close()  # the other hash is done: the slot is free


def test_new_passwords_are_argon2id_at_owasps_parameters(lock_dir):
    encoded = make_password(PASSWORD)
    # OWASP's Password Storage Cheat Sheet: Argon2id, 19 MiB, two passes, one lane.
    assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert Argon2PasswordHasher().verify(PASSWORD, encoded)  # Django's own format
    assert check_password(PASSWORD, encoded)
    assert not check_password(PASSWORD + "x", encoded)


def test_an_operator_with_cores_to_spare_can_raise_the_cost(lock_dir, settings):
    settings.PIPV_ARGON2_MEMORY_KIB = 65536
    settings.PIPV_ARGON2_TIME_COST = 3
    settings.PIPV_ARGON2_PARALLELISM = 2
    assert make_password(PASSWORD).startswith("argon2$argon2id$v=19$m=65536,t=3,p=2$")


def test_a_hash_at_djangos_own_parameters_logs_in_and_is_made_again_at_ours(lock_dir):
    stock = Argon2PasswordHasher()  # 100 MiB, two passes, eight lanes: hashes made before
    old = stock.encode(PASSWORD, stock.salt())
    ours = hashers.LimitedArgon2PasswordHasher()
    assert ours.verify(PASSWORD, old)
    assert ours.must_update(old)
    assert not ours.must_update(make_password(PASSWORD))


def test_a_hash_waits_while_every_slot_of_the_host_is_taken(lock_dir):
    done = threading.Event()
    result = {}

    def sign_up():
        result["hash"] = make_password(PASSWORD)
        done.set()

    with first_slot_taken(lock_dir):
        assert oct(lock_dir.stat().st_mode & 0o777) == "0o700"
        thread = threading.Thread(target=sign_up)
        thread.start()
        # Not a timing claim: the hash cannot finish while the slot is held, however long.
        assert not done.wait(0.5)
    thread.join(60)
    assert done.is_set()
    assert check_password(PASSWORD, result["hash"])


def test_a_second_slot_lets_a_second_hash_through(lock_dir, settings):
    settings.PIPV_HASH_SLOTS = 2
    with first_slot_taken(lock_dir):
        assert check_password(PASSWORD, make_password(PASSWORD))


def test_hashing_runs_at_a_lower_priority_than_the_web_thread(lock_dir, settings):
    lower = settings.PIPV_HASH_NICE
    assert lower >= 5
    web_thread = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def niceness():
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    assert hashers.in_hashing_thread(niceness) >= min(19, web_thread + lower)
    # The thread that asked keeps its own priority.
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == web_thread


def test_a_lock_directory_someone_else_could_write_is_not_used(tmp_path, settings):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    settings.PIPV_HASH_LOCK_DIR = str(shared)
    with pytest.raises(PermissionError):
        hashers.lock_dir()
    # Hashing still works, limited within this process.
    assert check_password(PASSWORD, make_password(PASSWORD))


def test_a_hash_goes_ahead_without_a_slot_rather_than_wait_past_the_limit(lock_dir, settings):
    settings.PIPV_HASH_WAIT = 0.2
    with first_slot_taken(lock_dir):
        # The slot stays taken throughout: the sign-up is not left waiting for ever.
        assert check_password(PASSWORD, make_password(PASSWORD))


def test_a_slot_file_that_cannot_be_opened_leaves_no_other_open(lock_dir, settings, monkeypatch):
    settings.PIPV_HASH_SLOTS = 2
    hashers.lock_dir()
    (lock_dir / "slot-1.lock").mkdir()  # the second slot's file cannot be opened
    opened = []

    def recording_open(*args, **kwargs):
        handle = open(*args, **kwargs)  # noqa: SIM115
        opened.append(handle)
        return handle

    monkeypatch.setattr(hashers, "open", recording_open, raising=False)
    with pytest.raises(IsADirectoryError), hashers.hashing_slot():
        pass
    # The first slot's file is closed at once, not whenever the garbage collector comes by.
    assert [handle.closed for handle in opened] == [True]
