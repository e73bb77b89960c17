"""What the benchmarks that run pipv in their own process share: pipv on the path, debug
settings, a throwaway database (pages are timed whole, as a server answers them: session,
decrypting the case, the engine, the template), and a process's peak memory."""

from __future__ import annotations

import os
import resource
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pipv.settings")
os.environ.setdefault("PIPV_DEBUG", "1")
DB = Path(tempfile.mkdtemp(prefix="pipv-bench-")) / "bench.sqlite3"
os.environ["PIPV_DB_PATH"] = str(DB)


def own_peak_mb() -> float:
    """This process's peak RSS in MB.

    Linux's VmHWM, not ru_maxrss: a child started by fork and exec inherits its parent's
    ru_maxrss, so it reported the benchmark's own size (249 MB) instead of the render's (153).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(main: Callable[[], None]) -> None:
    """Run ``main``, then remove the throwaway database, whatever happened."""
    try:
        main()
    finally:
        shutil.rmtree(DB.parent, ignore_errors=True)
