"""The guard on pipv's copies of WeasyPrint's functions: the source they were written against.

``svg_text`` and ``text_layout`` each put a changed copy of a WeasyPrint function in place.
Each does so only while WeasyPrint's own source is the one its copy was written against,
recorded as a sha256; any other release keeps its own functions until the copy is checked
against it.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from typing import Any


def source_hash(*functions: Callable[..., Any]) -> str:
    """sha256 of the functions' sources, one after the other on lines of their own."""
    return hashlib.sha256("\n".join(inspect.getsource(f) for f in functions).encode()).hexdigest()


def same_source(expected: str, *functions: Callable[..., Any]) -> bool:
    try:
        return source_hash(*functions) == expected
    except (OSError, TypeError):  # no source to compare with: keep WeasyPrint's own
        return False
