"""A manual clock for tests: time moves only when told to."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["DEFAULT_START", "Clock", "FakeClock"]

#: Any zero-argument callable returning POSIX seconds, like :func:`time.time`.
Clock = Callable[[], float]

#: Where a :class:`FakeClock` starts unless told otherwise (the OrderDate of a published example).
DEFAULT_START = datetime(2025, 5, 15, 18, 20, 58, tzinfo=UTC)


class FakeClock:
    """A clock that stands still until :meth:`advance` or :meth:`sleep` moves it.

    Call it like :func:`time.time`. Pass ``clock.sleep`` (or ``clock.async_sleep``) wherever
    code under test takes an injectable sleep: waiting then costs no wall time and moves
    the fake's token expiry and rate-limit windows exactly as far as the code waited.
    """

    def __init__(self, start: float | datetime = DEFAULT_START) -> None:
        """Start at ``start`` (POSIX seconds or an aware :class:`datetime`)."""
        if isinstance(start, datetime):
            if start.tzinfo is None:
                raise ValueError(f"start must be timezone-aware, got naive {start.isoformat()}")
            start = start.timestamp()
        self._now = float(start)
        self._lock = threading.Lock()
        #: Every duration passed to :meth:`sleep` / :meth:`async_sleep`, in call order.
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        """Current fake time in POSIX seconds."""
        with self._lock:
            return self._now

    def now(self) -> datetime:
        """Current fake time as an aware UTC :class:`datetime`."""
        return datetime.fromtimestamp(self(), UTC)

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (must be >= 0)."""
        if seconds < 0:
            raise ValueError(f"cannot move a clock backwards (seconds={seconds!r})")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        """Drop-in for :func:`time.sleep`: records the wait and advances the clock."""
        self.sleeps.append(seconds)
        self.advance(max(seconds, 0.0))

    async def async_sleep(self, seconds: float) -> None:
        """Drop-in for :func:`asyncio.sleep`: advances the clock, then yields once."""
        self.sleep(seconds)
        await asyncio.sleep(0)

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"
