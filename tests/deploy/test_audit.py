"""`make audit` audits the dependencies where it can, and says plainly when it cannot."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_without_an_advisory_database_it_says_no_audit_ran_and_fails():
    # Port 9 (discard) on this machine: nothing answers, as on a network without pypi.org.
    result = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "audit.py")],
        env={**os.environ, "PIPV_AUDIT_PROBE_URL": "http://127.0.0.1:9/pypi/pip/json"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "cannot reach the advisory database" in result.stdout
    assert "No audit ran" in result.stdout


def test_make_audit_runs_the_audit_script():
    result = subprocess.run(
        ["make", "-n", "audit"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert ".ci/audit.py" in result.stdout


def audit_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("pipv_audit", ROOT / ".ci" / "audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_mirror_that_knows_no_package_is_no_audit_not_a_clean_one():
    # A partial mirror or a proxy: pip-audit skips every package and would say "no known
    # vulnerabilities".
    skipped = {
        "dependencies": [
            {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be ..."},
            {"name": "weasyprint", "skip_reason": "Dependency not found on PyPI and could ..."},
        ]
    }
    text, status = audit_module().summary(skipped)
    assert status == 2
    assert "none of 2 dependencies could be looked up" in text and "No audit ran" in text


def test_a_known_vulnerability_is_named_with_its_fix_and_fails():
    report = {
        "dependencies": [
            {
                "name": "django",
                "version": "5.2.0",
                "vulns": [{"id": "PYSEC-1", "fix_versions": ["5.2.1"]}],
            },
            {"name": "weasyprint", "version": "70.0", "vulns": []},
        ]
    }
    text, status = audit_module().summary(report)
    assert status == 1
    assert "VULNERABLE django 5.2.0: PYSEC-1 (fixed in 5.2.1)" in text


def test_a_clean_audit_says_how_many_were_checked():
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}]}
    text, status = audit_module().summary(report)
    assert status == 0 and "no known vulnerabilities in 1 audited dependencies" in text
