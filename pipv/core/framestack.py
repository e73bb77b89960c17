"""Room on CPython's frame stack, so a deep call path does not map and unmap memory per call.

CPython (3.11 to 3.13) keeps a thread's Python frames in chunks of 16 KiB. When a chunk fills,
the next frame goes at the start of a new chunk, and when that frame returns the new chunk is
given back to the system at once. A loop whose calls land just past a chunk's end therefore
maps a chunk, faults its first page in and unmaps it again on every call: two system calls
and a page fault for what is otherwise a function call. Which loop is hit depends on how deep
the stack happens to be, so it comes and goes as code changes around it; a template's inner
loops are deep enough to be hit often (bench/report.py: the large case's results page spent
as long on this as on its template).

``with_room`` runs a call above one frame that reserves half a MiB of stack slots: CPython
gives that frame a chunk of its own of 1 MiB, and every frame the call makes fits in the rest
of that chunk, so no chunk is mapped or unmapped until the call is over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Stack slots of 8 bytes: 512 KiB, far more than any frame pipv makes needs, and still one
# mapping (of 1 MiB) per call, whose pages are touched only as deep as the call goes.
RESERVED_SLOTS = 65_536


def with_room(call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``call(*args, **kwargs)``, with room for its frames in one chunk of the frame stack."""
    return call(*args, **kwargs)


# A code object may declare a deeper value stack than it uses: CPython sizes the frame by it,
# and the slots are never written, so only the chunk's size changes.
with_room.__code__ = with_room.__code__.replace(co_stacksize=RESERVED_SLOTS)
