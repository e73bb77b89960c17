"""Places in a case file, written as dotted paths: "employment.last_review.date",
"events[3].date" (an item of a list), "compensation.vests".

Forms name where each answer lives with these paths; the engine names where each problem is.
Reading, writing and taking a path apart all happen here.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

# What ``get_path`` returns where nothing is stored (None is a stored value: "not given").
MISSING = object()

_ITEM = re.compile(r"^(.+?)\[(\d+)\](?:\.(.+))?$")


def get_path(doc: dict, path: str) -> Any:
    node: Any = doc
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return MISSING
        node = node[key]
    return node


def value_or_none(doc: dict, path: str) -> Any:
    value = get_path(doc, path)
    return None if value is MISSING else value


def put_path(doc: dict, path: str, value: Any) -> None:
    """Write a value; ``None`` removes the key (a term left out means "use the default")."""
    *parents, last = path.split(".")
    node = doc
    for key in parents:
        if not isinstance(node.get(key), dict):
            if value is None:
                return
            node[key] = {}
        node = node[key]
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value


class ItemPath(NamedTuple):
    """``events[3].date`` taken apart: the list's path, the item's index, the rest ("date")."""

    list_path: str
    index: int
    rest: str


def item_path(path: str) -> ItemPath | None:
    """The parts of a path into a list's item, or None for a path that is not in a list."""
    match = _ITEM.match(path)
    if not match:
        return None
    return ItemPath(match.group(1), int(match.group(2)), match.group(3) or "")


def item_prefix(list_path: str, index: int) -> str:
    """What every path inside one item starts with: ``events[3].``."""
    return f"{list_path}[{index}]."


def is_under(path: str, prefix: str) -> bool:
    """True for ``prefix`` itself and every path inside it (a key or a list's item)."""
    return path == prefix or path.startswith((prefix + ".", prefix + "["))
