"""Where PDF renders wait for a worker is configuration only: the database, or RQ and Redis."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = (
    "import json, pipv.settings as s; print(json.dumps({'tasks': s.TASKS, "
    "'rq': getattr(s, 'RQ_QUEUES', None), 'apps': s.INSTALLED_APPS}))"
)


def settings_with(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PIPV_")}
    return subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env={**clean, "PIPV_DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_by_default_renders_wait_in_the_database_for_manage_py_worker():
    shown = json.loads(settings_with().stdout)
    assert shown["tasks"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in shown["apps"]


def test_rq_and_redis_are_a_matter_of_two_variables():
    shown = json.loads(
        settings_with(PIPV_TASKS="rq", PIPV_REDIS_URL="redis://queue.internal:6379/3").stdout
    )
    assert shown["tasks"]["default"]["BACKEND"] == "django_tasks_rq.RQBackend"
    assert shown["rq"] == {"default": {"URL": "redis://queue.internal:6379/3"}}
    assert {"django_rq", "django_tasks_rq"} <= set(shown["apps"])


def test_an_unknown_queue_stops_start_up_with_the_choices():
    result = settings_with(PIPV_TASKS="celery")
    assert result.returncode != 0
    assert "PIPV_TASKS must be database, rq or immediate" in result.stderr
