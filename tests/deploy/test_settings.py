"""Production mode: what `manage.py check --deploy` and start-up say about the settings."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_KEY = "0L8iuWcm5o0Hy0B8cHf2E4k2q9mHn2m8m3qz6lC9sQw="


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PIPV_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_reports_nothing_in_production_mode():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        PIPV_SECRET_KEY="a-long-random-production-key-0123456789-abcdefghijklmnop",
        PIPV_DATA_KEYS=DATA_KEY,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_outside_debug():
    result = run_manage("check", PIPV_DATA_KEYS=DATA_KEY)
    assert result.returncode != 0
    assert "PIPV_SECRET_KEY must be set" in result.stderr


def test_it_refuses_to_start_without_a_data_key_outside_debug():
    result = run_manage("check", PIPV_SECRET_KEY="a-long-random-production-key-0123456789")
    assert result.returncode != 0
    assert "PIPV_DATA_KEYS must be set" in result.stderr


def test_debug_runs_without_configuration():
    result = run_manage("check", PIPV_DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_a_database_url_selects_postgresql():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        PIPV_DEBUG="1",
        DATABASE_URL="postgres://pipv:secret@127.0.0.1:5432/pipv",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "django.db.backends.postgresql"


def settings_value(expression: str, **env: str) -> str:
    result = run_manage(
        "shell",
        "-c",
        f"from django.conf import settings; print({expression})",
        PIPV_DEBUG="1",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_today_is_the_machines_own_day_unless_a_time_zone_is_set():
    # `make run` serves one person on their own machine: its zone is theirs.
    assert settings_value("settings.TIME_ZONE", TZ="America/Los_Angeles") == "America/Los_Angeles"
    assert settings_value("settings.TIME_ZONE", TZ="UTC") == "UTC"
    # A server for one region names it.
    assert settings_value("settings.TIME_ZONE", PIPV_TIME_ZONE="America/New_York") == (
        "America/New_York"
    )


def test_a_time_zone_that_does_not_exist_stops_start_up():
    result = run_manage("check", PIPV_DEBUG="1", PIPV_TIME_ZONE="Mars/Olympus")
    assert result.returncode != 0
    assert "PIPV_TIME_ZONE must be a time zone such as America/Los_Angeles" in result.stderr
