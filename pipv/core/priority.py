"""A background process's CPU priority, below the web server's as Linux really schedules it.

``os.nice`` alone is not enough where Linux groups processes by session ("autogroups",
``/proc/sys/kernel/sched_autogroup_enabled``, on by default in Debian's and many other
kernels): the scheduler first shares the CPU evenly among sessions, and a process's nice
counts only against the other processes of its own session. ``pipv.launch`` starts each worker
in a session of its own, so a worker at nice 19 still had as much CPU as the whole web server.

So a worker that leads its own session gives its session the same nice. One that shares a
session (started from a shell beside the web server, say) leaves the session alone: that
would slow everything else in it, the web server included.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

AUTOGROUP = Path("/proc/self/autogroup")
# The kernel lets a process without CAP_SYS_ADMIN change an autogroup's nice ten times a
# second, host-wide, and answers EAGAIN in between.
TRIES = 5


def lower_cpu_priority(by: int) -> int:
    """Lower this process's CPU priority by ``by`` nice steps, and its session's where it leads
    one; return its nice value."""
    nice = os.nice(max(0, by))
    if nice == 0 or not leads_own_session() or not AUTOGROUP.exists():
        return nice
    for _ in range(TRIES):
        try:
            AUTOGROUP.write_text(str(nice))
            return nice
        except OSError as exc:
            if exc.errno != errno.EAGAIN:
                log.warning("could not lower this session's CPU priority: %s", exc)
                return nice
            time.sleep(0.1)
    log.warning("could not lower this session's CPU priority: the kernel was busy")
    return nice


def leads_own_session() -> bool:
    return os.getsid(0) == os.getpid()


def session_nice() -> int | None:
    """The nice value of this process's session (its autogroup), where the kernel has them."""
    try:
        # "/autogroup-123 nice 19"
        return int(AUTOGROUP.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return None
