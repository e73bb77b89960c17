"""What the ``assess`` and ``report`` commands share: reading a case file from disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.core.management.base import CommandError

from pipv.engine import Case, CaseInvalid, loads
from pipv.engine.casefile import MAX_FILE_BYTES

EXIT_BAD_INPUT = 2


def parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f'--as-of: "{value}" is not a date (write it as YYYY-MM-DD)', returncode=EXIT_BAD_INPUT
        ) from None


def read_case(path: str, as_of: date | None) -> Case:
    """The case in ``path``, or a CommandError (exit 2) listing every problem with it."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(
                f"{path}: the file is too large (at most {MAX_FILE_BYTES} bytes)",
                returncode=EXIT_BAD_INPUT,
            )
        data = file.read_bytes()
    except OSError as exc:
        raise CommandError(
            f"{path}: cannot read the file ({exc.strerror})", returncode=EXIT_BAD_INPUT
        ) from None
    try:
        return loads(data, as_of)
    except CaseInvalid as exc:
        count = len(exc.problems)
        listing = "\n".join(f"  {problem}" for problem in exc.problems)
        noun = "problem" if count == 1 else "problems"
        raise CommandError(
            f"{path}: {count} {noun}:\n{listing}", returncode=EXIT_BAD_INPUT
        ) from None
