"""JSON Schemas of the case-file and assessment formats, shipped with the package."""

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """``load("case")`` or ``load("assessment")``."""
    return json.loads(files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))
