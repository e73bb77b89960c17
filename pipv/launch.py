"""Run the web server and the PDF worker(s) as one command, and stop them all together.

    python -m pipv.launch [--workers N|auto] -- WEB SERVER COMMAND...

`make run` and `make serve` use this. Ctrl-C (or SIGTERM) stops the web server and every
worker; a worker that dies is started again; when the web server ends, so does everything.
Each child ends when this process dies, even by `kill -9` (Linux's PR_SET_PDEATHSIG, set
again by manage.py in the processes Django's auto-reloader starts), so no worker or server is
ever left running on its own. No Django here: this only starts and stops processes.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_PDEATHSIG = 1
# Inherited by every child: manage.py asks the kernel to end it with its parent.
DIE_WITH_PARENT = "PIPV_DIE_WITH_PARENT"
STOP_SECONDS = 10


def die_with_parent() -> None:
    """Have the kernel send SIGTERM to this process when its parent ends (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() == 1:  # the parent was already gone before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


def start(command: list[str]) -> subprocess.Popen:
    # A session of its own, so a stop reaches the child's own children (the auto-reloader's)
    # and a Ctrl-C in the terminal reaches only this process, which stops the rest in order.
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, DIE_WITH_PARENT: "1"},
        start_new_session=True,
        preexec_fn=die_with_parent,
    )


def stop(processes: list[subprocess.Popen]) -> None:
    """SIGTERM to each child's process group, then SIGKILL to what is left after a while."""
    for process in processes:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + STOP_SECONDS
    for process in processes:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()


def worker_count(value: str) -> int:
    """A number of PDF workers, or "auto": one per core. Workers run at the lowest CPU
    priority (PIPV_WORKER_NICE), so they take only the time the web server leaves: a core
    the pages do not need renders PDFs instead of idling."""
    if value == "auto":
        return os.cpu_count() or 1
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number or auto, not {value!r}") from None


class Stop(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--workers",
        type=worker_count,
        default=1,
        help="PDF workers: a number, or auto for one per core (default 1)",
    )
    parser.add_argument("web", nargs=argparse.REMAINDER, help="-- then the web server command")
    args = parser.parse_args(argv)
    web_command = args.web[1:] if args.web[:1] == ["--"] else args.web
    if not web_command or args.workers < 0:
        parser.error("give the web server's command after --, and --workers 0 or more")
    worker_command = [sys.executable, "manage.py", "worker", "--interval", "0.5"]

    def stop_signal(signum, frame):
        raise Stop

    signal.signal(signal.SIGINT, stop_signal)
    signal.signal(signal.SIGTERM, stop_signal)
    workers: list[subprocess.Popen] = []
    web = None
    try:
        workers = [start(worker_command) for _ in range(args.workers)]
        web = start(web_command)
        while True:
            time.sleep(0.5)
            if web.poll() is not None:
                print(f"pipv: the web server ended ({web.returncode}); stopping the workers.")
                return web.returncode or 0
            for i, worker in enumerate(workers):
                if worker.poll() is not None:
                    print(f"pipv: a PDF worker ended ({worker.returncode}); starting another.")
                    time.sleep(1)
                    workers[i] = start(worker_command)
    except Stop:
        print("\npipv: stopping the web server and the PDF workers...", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop([*workers, *([web] if web is not None else [])])


if __name__ == "__main__":
    sys.exit(main())
