"""What pipv changes in pydyf, WeasyPrint's PDF writer, and why: the same file, written
with less work. pydyf offers no setting for either, so both are put in place at import.

1. pydyf compresses every stream at zlib level 9. Level 4 (``LEVEL``) takes a tenth of that
   time, and half of level 6's, for streams a tenth larger than level 6 makes: the example's
   PDF is some 100 KB either way, and a person waits for the render, not for the bytes.
   Its module gets a zlib that caps the level.
2. With a file identifier (PDF/A needs one) ``PDF.write`` serializes every object twice:
   once to write the file and once more to hash it for the identifier. While a file is
   written, each object's bytes are kept the first time and given again the second: the
   objects do not change in between, so the file is byte for byte the one pydyf writes.
3. ``PDF.page_references`` builds a new tuple of every page's reference each time it is
   read, and WeasyPrint's tagging (the accessible PDF) reads it once per structure element,
   some fourteen hundred times for the example. It is kept per file while the file has the
   same pages; pydyf only ever adds pages.
4. pydyf turns each value into bytes through a chain of ``isinstance`` tests, tens of
   thousands of times a file. The exact types it meets most (bytes, text, whole numbers)
   are looked up first, giving the bytes pydyf gives; any other value goes to pydyf's own.

Items 2 to 4 change no byte of the file (tests/report/test_pdf_writer.py).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import wraps
from threading import local
from typing import Any

import pydyf

LEVEL = 4


class _CappedZlib:
    """zlib as pydyf sees it: level ``LEVEL`` where it asks for more."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = -1, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(min(level, LEVEL), *args, **kwargs)


_writing = local()


def _kept(data: property) -> property:
    """``data``, kept per object while this thread writes a file.

    The memo holds each object with its bytes, so no object's id is reused by another while
    the file is written; outside a write nothing is kept.
    """
    compute = data.fget
    assert compute is not None

    def kept_data(self: pydyf.Object) -> bytes:
        memo: dict[int, tuple[pydyf.Object, bytes]] | None = getattr(_writing, "memo", None)
        if memo is None:
            return compute(self)
        known = memo.get(id(self))
        if known is None:
            known = memo[id(self)] = (self, compute(self))
        return known[1]

    return property(kept_data, doc=data.__doc__)


def _written_once(write: Callable[..., None]) -> Callable[..., None]:
    @wraps(write)
    def write_once(self: pydyf.PDF, *args: Any, **kwargs: Any) -> None:
        _writing.memo = {}
        try:
            write(self, *args, **kwargs)
        finally:
            _writing.memo = None

    write_once.pipv_serializes_once = True  # type: ignore[attr-defined]
    return write_once


ORIGINAL_PAGE_REFERENCES: property = pydyf.PDF.__dict__["page_references"]


def _page_references(self: pydyf.PDF) -> tuple[bytes, ...]:
    count = len(self.pages["Kids"])
    known = self.__dict__.get("_pipv_page_references")
    if known is None or known[0] != count:
        known = self.__dict__["_pipv_page_references"] = (
            count,
            ORIGINAL_PAGE_REFERENCES.fget(self),  # type: ignore[misc]
        )
    return known[1]


ORIGINAL_TO_BYTES = pydyf._to_bytes


def _to_bytes(item: Any) -> bytes:
    kind = type(item)
    if kind is bytes:
        return item
    if kind is str:
        return item.encode("ascii")
    if kind is int:
        return str(item).encode("ascii")
    return ORIGINAL_TO_BYTES(item)


SERIALIZED = (pydyf.Dictionary, pydyf.Array, pydyf.String, pydyf.Stream)
# Each kind's own ``data``, as pydyf defines it.
ORIGINAL_DATA: dict[type, property] = {kind: kind.__dict__["data"] for kind in SERIALIZED}


def install() -> None:
    """Put the changes in place, once per process."""
    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = _CappedZlib()  # type: ignore[assignment]
    pydyf.PDF.page_references = property(_page_references)  # type: ignore[method-assign,assignment]
    pydyf._to_bytes = _to_bytes
    if not getattr(pydyf.PDF.write, "pipv_serializes_once", False):
        for kind in SERIALIZED:
            kind.data = _kept(ORIGINAL_DATA[kind])  # type: ignore[method-assign]
        pydyf.PDF.write = _written_once(pydyf.PDF.write)  # type: ignore[method-assign]
