"""Typed readers for environment variables. A value that cannot be read stops start-up."""

import os
import zoneinfo
from pathlib import Path

import tzlocal
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}"
    )


def env_str(name: str, default: str | None = None) -> str:
    """Return the variable, or ``default``; with no default, the variable is required."""
    raw = os.environ.get(name)
    if raw is not None and raw.strip():
        return raw.strip()
    if default is None:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return default


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}") from None


def local_data_key(path: Path) -> str:
    """The development data key kept in ``path``, made (readable by its owner only) if missing."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    # The folder holds keys: its owner's only, even when something else made it first.
    path.parent.chmod(0o700)
    if not path.exists():
        from cryptography.fernet import Fernet

        # Created with mode 0600 from the start, never readable by others for a moment.
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(Fernet.generate_key().decode() + "\n")
        print(f"pipv: created a local key for encrypting cases at {path} (keep it; back it up)")
    return path.read_text().strip()


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list; blank items are dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_time_zone(name: str) -> str:
    """The IANA time zone named by the variable, or this machine's own, or UTC.

    On `make run` the machine is the person's, so its zone is theirs: a case started at 6 pm
    in California counts from that day, not from UTC's tomorrow.
    """
    zone = env_str(name, "")
    if not zone:
        try:
            zone = tzlocal.get_localzone_name() or "UTC"
        except Exception:  # an unreadable machine setting is no reason not to start
            zone = "UTC"
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ImproperlyConfigured(
            f"{name} must be a time zone such as America/Los_Angeles; got {zone!r}."
        ) from exc
    return zone
