"""JSON text to a document, refusing what no case file holds (too large, too deep, not text)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from .limits import MAX_DEPTH, MAX_FILE_BYTES
from .problems import CaseInvalid, Problem

# Far more digits than any value a case file holds, and fewer than Python refuses by default.
_INT_DIGITS = 1000


def load_json(text: str | bytes) -> Any:
    """Parse JSON text, keeping every number exact (``Decimal``, never float)."""
    size = len(text.encode() if isinstance(text, str) else text)
    if size > MAX_FILE_BYTES:
        raise CaseInvalid([Problem("", "too_large", {"size": size, "limit": MAX_FILE_BYTES})])
    too_deep = Problem("", "too_deep", {"limit": MAX_DEPTH})
    try:
        value = json.loads(text, parse_float=Decimal, parse_int=_whole_number)
    except RecursionError:
        raise CaseInvalid([too_deep]) from None
    except UnicodeDecodeError as exc:
        # A file saved in another encoding (Windows-1252, GBK): say so, not Python's words.
        raise CaseInvalid([Problem("", "not_utf8", {"position": exc.start + 1})]) from exc
    except ValueError as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        params: dict[str, Any] = {"detail": detail}
        if isinstance(exc, json.JSONDecodeError):
            params["detail"] = f"{detail} (line {exc.lineno}, column {exc.colno})"
            # Where, apart from the parser's English: a page says it in the reader's language.
            params.update(line=exc.lineno, column=exc.colno)
        raise CaseInvalid([Problem("", "bad_json", params)]) from exc
    if _depth(value) > MAX_DEPTH:
        raise CaseInvalid([too_deep])
    broken = _not_unicode(value)
    if broken:
        raise CaseInvalid([Problem(path, "not_unicode") for path in broken])
    return value


def _whole_number(text: str) -> int | Decimal:
    """A whole number as written. One longer than Python turns into an int (4,300 digits)
    stays a Decimal, so its field says it is too big instead of the whole file failing with
    Python's advice to change a setting."""
    return Decimal(text) if len(text) > _INT_DIGITS else int(text)


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _not_unicode(value: Any) -> list[str]:
    """Where a string holds what UTF-8 cannot store: JSON's "\\ud800" is a lone surrogate.

    Found before any field is read, so no message repeats the character, and no case holding
    one reaches the database (whose encryption, and every page, would fail on it).
    """
    found: list[str] = []
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if not _encodable(node):
                found.append(path)
        elif isinstance(node, dict):
            for key, child in node.items():
                name = key if _encodable(key) else "?"
                if name == "?":
                    found.append(f"{path}.?" if path else "?")
                stack.append((child, f"{path}.{name}" if path else name))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{index}]") for index, child in enumerate(node))
    return sorted(found)


def _depth(value: Any) -> int:
    """How deeply lists and objects nest, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                children = node.values() if isinstance(node, dict) else node
                stack.extend((child, level + 1) for child in children)
    return deepest


def left_out(given: Any, kept: Any, path: str = "") -> list[str]:
    """The paths of ``given`` (a file as read) that ``kept`` (the case as written back) has
    not: fields pipv does not know, which an import would otherwise drop without a word.

    A null, an empty text or an empty list is nothing lost, and is not listed. (The file was
    read with its depth checked, so this recursion is bounded.)
    """
    found: list[str] = []
    if isinstance(given, dict) and isinstance(kept, dict):
        for key, child in given.items():
            where = f"{path}.{key}" if path else str(key)
            if key in kept:
                found += left_out(child, kept[key], where)
            elif not _empty(child):
                found.append(where)
    elif isinstance(given, list) and isinstance(kept, list):
        # pipv keeps a list's items in date order: an item is compared with the one kept
        # under its own id, wherever the file put it, and is named by its place in the file.
        by_id = {_id_of(child): child for child in kept if _id_of(child) is not None}
        for index, child in enumerate(given):
            match = by_id.get(_id_of(child)) if _id_of(child) is not None else None
            if match is None and index < len(kept) and _id_of(kept[index]) is None:
                match = kept[index]
            if match is not None:
                found += left_out(child, match, f"{path}[{index}]")
            elif not _empty(child):
                found.append(f"{path}[{index}]")
    return found


def _id_of(item: Any) -> str | None:
    """A list item's own id (activities, events, vests and bonuses have one)."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return str(item["id"])
    return None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}
