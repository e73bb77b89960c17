"""Every request and every PDF render runs with room on CPython's frame stack, so no hot call
maps and unmaps a chunk of it each time it runs (pipv.core.framestack)."""

import resource

import pytest
from django.conf import settings

from pipv.core import framestack, middleware
from pipv.core.framestack import with_room

CALLS = 2_000


def leaf(a=None, b=None, c=None, d=None):
    return [a, b, c, d]


def faults_of_a_loop():
    # This thread's page faults only: another thread's allocations are not this loop's.
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
    for _ in range(CALLS):
        leaf()
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before


def at_depth(depth, call):
    return call() if depth == 0 else at_depth(depth - 1, call)


def worst_faults(run) -> int:
    """The most page faults a loop of calls takes, at any depth of the stack up to 600."""
    return max(run(depth) for depth in range(600))


def test_a_loop_of_calls_faults_no_pages_in_at_any_depth_with_room():
    without = worst_faults(lambda depth: at_depth(depth, faults_of_a_loop))
    with_it = worst_faults(lambda depth: with_room(at_depth, depth, faults_of_a_loop))
    # The interpreter's own behaviour, which with_room works around: at some depth each call
    # maps a fresh chunk. If a CPython release stops doing this, framestack can go.
    assert without >= CALLS // 2
    assert with_it < CALLS // 100


def test_with_room_passes_arguments_results_and_errors_through():
    assert with_room(lambda a, *, b: (a, b), 1, b=2) == (1, 2)
    with pytest.raises(KeyError):
        with_room({}.__getitem__, "missing")
    assert with_room.__code__.co_stacksize == framestack.RESERVED_SLOTS


def test_every_request_runs_with_room_from_the_outermost_middleware(client, monkeypatch):
    calls = []

    def spy(call, *args):
        calls.append(call)
        return with_room(call, *args)

    monkeypatch.setattr(middleware, "with_room", spy)
    assert settings.MIDDLEWARE[0] == "pipv.core.middleware.FrameStackRoomMiddleware"
    assert client.get("/").status_code == 200
    assert len(calls) == 1
