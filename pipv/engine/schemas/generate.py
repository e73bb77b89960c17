"""The schema files as they must read: ``manage.py schemas`` writes them, a test compares them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from .assessment_schema import assessment_schema
from .case_schema import Schema, case_schema

HERE = Path(__file__).resolve().parent

BUILDERS: dict[str, Callable[[], Schema]] = {
    "case": case_schema,
    "assessment": assessment_schema,
}


def path_of(name: str) -> Path:
    return HERE / f"{name}.schema.json"


def text_of(name: str) -> str:
    """The schema's file text: two-space indent, UTF-8 kept readable, newline at the end."""
    return json.dumps(BUILDERS[name](), indent=2, ensure_ascii=False) + "\n"


def stale() -> list[str]:
    """The schemas whose committed file differs from what the engine generates."""
    return [name for name in BUILDERS if path_of(name).read_text("utf-8") != text_of(name)]
