"""Client-side rate limit: at most N requests in any sliding window (default 60 s).

A sliding-window log, not a token bucket: a bucket of capacity N refilling N per minute
lets 2N requests through in the first minute, which is exactly what the API's "50 per
minute" would answer with 429s. Here every request reserves a start time: now, or the
moment the N-th previous reservation leaves the window, whichever is later. Reserving
happens under a ``threading.Lock`` and never blocks; the caller then sleeps until its
slot with its own sleep (``time.sleep`` or ``asyncio.sleep``), so the same object
serves threads and asyncio tasks, FIFO, with no busy waiting.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Awaitable, Callable

__all__ = ["STANDARD_TIER_PER_MINUTE", "RateLimiter"]

#: The vendor's limit on its standard tier (requests a minute, per account): what the
#: command line paces itself to unless told otherwise.
STANDARD_TIER_PER_MINUTE = 50


class RateLimiter:
    """At most ``limit`` acquisitions in any ``period``-second window.

    Shared by every request of a client (and its ``with_options`` copies). The clock is
    injectable (monotonic seconds).
    """

    __slots__ = ("_clock", "_lock", "_slots", "limit", "period")

    limit: int
    period: float

    def __init__(self, limit: int, period: float = 60.0, *, clock: Callable[[], float]) -> None:
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError(f"rate limit must be an int >= 1, got {limit!r}")
        if period <= 0:
            raise ValueError(f"rate limit period must be > 0, got {period!r}")
        self.limit = limit
        self.period = float(period)
        self._clock = clock
        self._lock = threading.Lock()
        # Start times of the last `limit` reservations, non-decreasing.
        self._slots: deque[float] = deque()

    def reserve(self) -> float:
        """Reserve the next slot; return how many seconds to wait before using it."""
        with self._lock:
            now = self._clock()
            start = now
            if len(self._slots) >= self.limit:
                start = max(now, self._slots[0] + self.period)
                self._slots.popleft()
            self._slots.append(start)
            return start - now

    def acquire(self, sleep: Callable[[float], None]) -> float:
        """Block (with ``sleep``) until a request may start; return the wait."""
        wait = self.reserve()
        if wait > 0:
            sleep(wait)
        return wait

    async def acquire_async(self, sleep: Callable[[float], Awaitable[None]]) -> float:
        """Await (with ``sleep``) until a request may start; return the wait."""
        wait = self.reserve()
        if wait > 0:
            await sleep(wait)
        return wait

    def __repr__(self) -> str:
        return f"RateLimiter(limit={self.limit}, period={self.period:g})"
