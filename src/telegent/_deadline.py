"""Clip every socket operation of a sync exchange to what is left of the attempt's budget.

httpx's sync timeouts bound each socket operation, not the exchange: a server that
trickles its status line and headers a byte at a time could hold a call for as long as
it liked (the async client wraps the exchange in ``asyncio.timeout`` instead, and body
chunks are checked between reads). The default sync transport's connections therefore
go through a network backend whose streams clip each connect, read and write timeout to
the end of the current attempt, which the client sets around each exchange.

A user-supplied ``http_client`` keeps its own transport; its exchanges are bounded
between body chunks only. This module holds the attempt's end; ``_clipped_transport``
(imported only when a client makes its own transport: httpcore is slow to import) the
clipping streams.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["attempt_ends", "clip"]

_ENDS: ContextVar[float | None] = ContextVar("telegent_attempt_ends", default=None)
_SPENT = "the attempt's time budget is spent"


@contextmanager
def attempt_ends(ends: float | None) -> Iterator[None]:
    """Within the block, socket operations end by ``ends`` (``time.monotonic()``)."""
    token = _ENDS.set(ends)
    try:
        yield
    finally:
        _ENDS.reset(token)


def clip(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` clipped to what is left of the attempt; ``error`` once it is spent."""
    ends = _ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error(_SPENT)
    return left if timeout is None else min(timeout, left)
