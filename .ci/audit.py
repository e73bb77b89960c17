"""`make audit`: check pipv's installed dependencies against known vulnerabilities (pip-audit).

pip-audit asks an advisory database on the network (PyPI's, by default). Where none can be
reached, this says so plainly and exits with status 2: no audit ran, which is not the same as
an audit that found nothing. CI does not run it; run it where the network allows, e.g. before
an upgrade.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

# pip-audit's default service (PyPI's JSON API carries each release's known vulnerabilities).
PROBE = os.environ.get("PIPV_AUDIT_PROBE_URL", "https://pypi.org/pypi/pip/json")
NOT_RUN = 2


def reachable(url: str) -> str | None:
    """None when the advisory database answers, else why not."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (a fixed URL)
            response.read(1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return str(getattr(exc, "reason", exc))
    return None


def main() -> int:
    problem = reachable(PROBE)
    if problem is not None:
        print(
            f"make audit: cannot reach the advisory database ({PROBE}: {problem}).\n"
            "No audit ran. This does NOT mean the dependencies have no known vulnerabilities.\n"
            "Run `make audit` on a machine whose network reaches pypi.org."
        )
        return NOT_RUN
    if importlib.util.find_spec("pip_audit") is None:
        print("make audit: installing pip-audit into .venv (it is not one of pipv's dependencies)")
        install = [sys.executable, "-m", "pip", "install", "--quiet", "pip-audit"]
        if subprocess.run(install, check=False).returncode != 0:
            print("make audit: pip-audit could not be installed. No audit ran.")
            return NOT_RUN
    # pipv itself is installed editable and is not on PyPI: skip it, audit everything else.
    command = [sys.executable, "-m", "pip_audit", "--skip-editable", "--progress-spinner", "off"]
    run = subprocess.run([*command, "--format", "json"], capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except ValueError:
        print(f"make audit: pip-audit failed:\n{run.stderr.strip()[-2000:]}\nNo audit ran.")
        return NOT_RUN
    text, status = summary(report)
    print(text)
    return status


def summary(report: dict) -> tuple[str, int]:
    """What pip-audit found, in words, and the exit status: 0 clean, 1 found, 2 not (all) run.

    A dependency the advisory database does not know (a partial mirror, a proxy) is skipped by
    pip-audit, which would still report "no known vulnerabilities"; here that is said plainly.
    """
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    skipped = [d for d in dependencies if "skip_reason" in d]
    found = [(d, v) for d in audited for v in d.get("vulns", [])]
    lines = [
        f"VULNERABLE {d['name']} {d.get('version', '')}: {v.get('id')} "
        f"(fixed in {', '.join(v.get('fix_versions') or []) or 'no release yet'})"
        for d, v in found
    ]
    if not audited:
        lines.append(
            f"make audit: none of {len(skipped)} dependencies could be looked up in the advisory "
            f"database (e.g. {skipped[0]['skip_reason'] if skipped else 'nothing installed'}).\n"
            "No audit ran. This does NOT mean the dependencies have no known vulnerabilities."
        )
        return "\n".join(lines), NOT_RUN
    if skipped:
        names = ", ".join(d["name"] for d in skipped)
        lines.append(f"make audit: {len(skipped)} dependencies could not be audited: {names}.")
    if found:
        lines.append(f"make audit: {len(found)} known vulnerabilities; upgrade these packages.")
        return "\n".join(lines), 1
    lines.append(f"make audit: no known vulnerabilities in {len(audited)} audited dependencies.")
    return "\n".join(lines), NOT_RUN if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
