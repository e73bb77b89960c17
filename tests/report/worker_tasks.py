"""Tasks for the tests that drive real workers: each says which process ran it, and how."""

import os
import time
from pathlib import Path

from django_tasks import task

from pipv.core.priority import session_nice


@task()
def where_am_i() -> dict:
    return {"pid": os.getpid(), "nice": os.nice(0), "session_nice": session_nice()}


@task()
def meet(folder: str, workers: int) -> int:
    """Hold this worker until ``workers`` distinct workers have each taken one of these."""
    Path(folder, f"pid-{os.getpid()}").touch()
    deadline = time.monotonic() + 120
    while len(list(Path(folder).glob("pid-*"))) < workers and time.monotonic() < deadline:
        time.sleep(0.05)
    return os.getpid()


@task()
def run_once(folder: str, number: int) -> int:
    """Fails if this task ever runs twice: its mark can be made only once."""
    fd = os.open(Path(folder, f"task-{number}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    time.sleep(0.02)
    return os.getpid()
