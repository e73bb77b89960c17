"""Argon2id at OWASP's parameters, never ahead of the pages or on every core at once.

Django's own Argon2 parameters (100 MiB, two passes, eight lanes) cost about 0.4 s of CPU a
hash, on every core at once. On a two-core host, people signing up then took two thirds of the
web server's CPU at a busy minute and the pages waited behind them. pipv hashes at the
parameters of OWASP's Password Storage Cheat Sheet instead (Argon2id, 19 MiB, two passes, one
lane: its stated minimum), about 50 ms of one core, and an operator with cores to spare raises
them with PIPV_ARGON2_MEMORY_KIB, PIPV_ARGON2_TIME_COST and PIPV_ARGON2_PARALLELISM. A stored
hash carries its own parameters: hashes made at other ones still log in, and are made again
at these at the next log-in (Django's ``must_update``).

And so that a crowd signing up never has every web thread hashing:

- a hash first takes one of PIPV_HASH_SLOTS slots shared by every pipv process of this user on
  this host (a lock file each, ``flock``: the kernel releases it if the process dies), waiting
  at most PIPV_HASH_WAIT seconds for one;
- it runs in a thread of its own at a lower CPU priority (PIPV_HASH_NICE; argon2's lane
  threads inherit it), so on a busy host the pages go first and a sign-up waits, while on a
  quiet one the hash takes no longer than it would in the web thread.

The output is Django's Argon2PasswordHasher's format, under its algorithm name.
"""

from __future__ import annotations

import fcntl
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TypeVar

from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher

T = TypeVar("T")


def slot_count() -> int:
    return max(1, int(getattr(settings, "PIPV_HASH_SLOTS", 1)))


def lock_dir() -> Path:
    """The slots' directory: this user's own (a shared temporary directory could hold one
    that someone else made, with links in it)."""
    configured = getattr(settings, "PIPV_HASH_LOCK_DIR", "")
    default = Path(tempfile.gettempdir()) / f"pipv-hashing-{os.getuid()}"
    path = Path(configured) if configured else default
    path.mkdir(mode=0o700, parents=bool(configured), exist_ok=True)
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        raise PermissionError(f"{path} is not a directory of this user's alone")
    return path


_semaphores: dict[int, threading.BoundedSemaphore] = {}
_semaphores_lock = threading.Lock()


def _process_slots(slots: int) -> threading.BoundedSemaphore:
    with _semaphores_lock:
        return _semaphores.setdefault(slots, threading.BoundedSemaphore(slots))


@contextmanager
def hashing_slot() -> Iterator[None]:
    """Hold one of the host's hashing slots, waiting for one if all are taken."""
    slots = slot_count()
    try:
        directory = lock_dir()
    except OSError:
        # No safe place for the host's lock files: the limit holds within this process.
        with _process_slots(slots):
            yield
        return
    # Every file opened so far is closed on the way out (closing releases its lock), also
    # when opening a later one fails.
    with ExitStack() as opened:
        handles = [
            opened.enter_context(open(directory / f"slot-{n}.lock", "a+b")) for n in range(slots)
        ]
        held = _take_free(handles)
        # Else wait for one, but not for ever: past PIPV_HASH_WAIT the hash goes ahead
        # without a slot (still at its lower priority), so a queue of sign-ups on a host
        # busy with other work never outlasts a browser's or a proxy's patience.
        deadline = time.monotonic() + hash_wait()
        while held is None and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            held = _take_free(handles)
        yield


POLL_SECONDS = 0.05


def _take_free(handles: list) -> object | None:
    """Lock the first slot no one holds, without waiting; None when all are held."""
    for handle in handles:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue
        return handle
    return None


def hash_wait() -> float:
    return max(0.0, float(getattr(settings, "PIPV_HASH_WAIT", 10)))


def hash_nice() -> int:
    return max(0, int(getattr(settings, "PIPV_HASH_NICE", 5)))


_executor: ThreadPoolExecutor | None = None
_executor_pid = 0
_executor_lock = threading.Lock()


def _lower_priority() -> None:
    # Linux keeps a niceness per thread: this lowers the hashing thread only (and the lane
    # threads argon2 starts from it), never the web thread that asked.
    try:
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), current + hash_nice())
    except (AttributeError, OSError):
        pass  # not Linux: the hash runs at the web server's priority


def in_hashing_thread(fn: Callable[[], T]) -> T:
    """Run ``fn`` in this process's low-priority hashing threads and wait for its result."""
    global _executor, _executor_pid
    with _executor_lock:
        if _executor is None or _executor_pid != os.getpid():  # none yet, or forked since
            _executor = ThreadPoolExecutor(
                max_workers=slot_count(),
                thread_name_prefix="pipv-hash",
                initializer=_lower_priority,
            )
            _executor_pid = os.getpid()
        executor = _executor
    return executor.submit(fn).result()


class LimitedArgon2PasswordHasher(Argon2PasswordHasher):
    """Django's Argon2 hasher at the configured parameters, in the host's hashing slots and at a
    lower priority (above)."""

    @property
    def time_cost(self) -> int:  # type: ignore[override]
        return int(getattr(settings, "PIPV_ARGON2_TIME_COST", 2))

    @property
    def memory_cost(self) -> int:  # type: ignore[override]
        return int(getattr(settings, "PIPV_ARGON2_MEMORY_KIB", 19456))

    @property
    def parallelism(self) -> int:  # type: ignore[override]
        return int(getattr(settings, "PIPV_ARGON2_PARALLELISM", 1))

    def encode(self, password, salt):
        with hashing_slot():
            return in_hashing_thread(
                lambda: super(LimitedArgon2PasswordHasher, self).encode(password, salt)
            )

    def verify(self, password, encoded):
        with hashing_slot():
            return in_hashing_thread(
                lambda: super(LimitedArgon2PasswordHasher, self).verify(password, encoded)
            )
