"""Time and chance, injectable: the one object a client asks for the time, to sleep,
or for a random number.

``Telegent(clock=...)`` and ``AsyncTelegent(clock=...)`` take any object with the five
methods of :class:`Clock`; the default is :class:`SystemClock` (``time.monotonic``,
``datetime.now(UTC)``, ``time.sleep``, ``asyncio.sleep``, ``random.random``).
:class:`FakeClock` (also ``telegent.testing.FakeClock``) stands still until told to
move, so retries, token renewal, rate limiting and order polling run in fake time::

    clock = FakeClock()
    client = Telegent(token="...", clock=clock, transport=...)
    client.orders.wait(order_id)     # every poll interval lands in clock.sleeps
    clock.advance(3600)              # an hour later: the cached token has expired

One object for all five, because they must agree: a retry that sleeps 2 s must see the
monotonic clock move by 2 s, and a token read from a server's UTC expiry must expire when
the monotonic clock says so.
"""

from __future__ import annotations

import random as _random_module
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

__all__ = ["DEFAULT_START", "Clock", "FakeClock", "SystemClock"]

#: Where a :class:`FakeClock` starts unless told otherwise (the OrderDate of a published example).
DEFAULT_START = datetime(2025, 5, 15, 18, 20, 58, tzinfo=UTC)


@runtime_checkable
class Clock(Protocol):
    """What a client needs from time and chance (pass one as ``clock=``)."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (deadlines, token renewal)."""
        ...

    def now(self) -> datetime:
        """The current time as an aware UTC ``datetime`` (token expiry, ``Retry-After``
        dates, today's effective date)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds`` (sync client: retry delays, rate limit, polling)."""
        ...

    async def async_sleep(self, seconds: float) -> None:
        """Wait ``seconds`` without blocking the event loop (async client)."""
        ...

    def random(self) -> float:
        """A number in ``[0, 1)``: the jitter of retry delays."""
        ...


class SystemClock:
    """The real clock: the default of every client."""

    __slots__ = ()

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def now(self) -> datetime:
        """``datetime.now(UTC)``."""
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        """``time.sleep(seconds)``."""
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """``asyncio.sleep(seconds)``."""
        import asyncio  # noqa: PLC0415 - sync-only users never import asyncio

        await asyncio.sleep(seconds)

    def random(self) -> float:
        """``random.random()`` (jitter, not cryptography)."""
        return _random_module.random()  # noqa: S311 - jitter needs no CSPRNG

    def __repr__(self) -> str:
        return "SystemClock()"


class FakeClock:
    """A clock that stands still until :meth:`advance` or a sleep moves it.

    ``monotonic()``, ``now()`` and calling the clock (``clock()``: POSIX seconds, like
    :func:`time.time`, what ``FakeTelegent(clock=...)`` takes) all read the same fake
    instant. ``sleep``/``async_sleep`` record the wait in :attr:`sleeps` and advance the
    clock by it, so waiting costs no wall time. ``random()`` returns ``random`` (a
    number, default 1.0: every backoff at its ceiling) or calls it (a function).

    Thread-safe: threads and tasks that share one client share one fake time line.
    """

    def __init__(
        self,
        start: float | datetime = DEFAULT_START,
        *,
        random: float | Callable[[], float] = 1.0,
    ) -> None:
        """Start at ``start`` (POSIX seconds or an aware :class:`datetime`)."""
        if isinstance(start, datetime):
            if start.tzinfo is None:
                raise ValueError(f"start must be timezone-aware, got naive {start.isoformat()}")
            start = start.timestamp()
        if isinstance(start, bool) or not isinstance(start, (int, float)):
            raise TypeError(f"start must be POSIX seconds or a datetime, got {start!r}")
        if not callable(random) and not 0.0 <= random <= 1.0:
            raise ValueError(f"random must be in [0, 1] or a function, got {random!r}")
        self._now = float(start)
        self._lock = threading.Lock()
        self._random = random
        #: Every duration passed to :meth:`sleep` / :meth:`async_sleep`, in call order.
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        """Current fake time in POSIX seconds."""
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        """Current fake time in seconds (the same number as ``clock()``)."""
        return self()

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
        import asyncio  # noqa: PLC0415 - sync-only users never import asyncio

        self.sleep(seconds)
        await asyncio.sleep(0)

    def random(self) -> float:
        """The configured jitter draw (see the class docstring)."""
        source = self._random
        return source() if callable(source) else source

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"


def check_clock(clock: object) -> Clock:
    """``clock`` if it has the five methods of :class:`Clock`, else a ``TypeError`` naming
    what is missing (raised by the constructor, before any request is sent)."""
    missing = [
        name
        for name in ("monotonic", "now", "sleep", "async_sleep", "random")
        if not callable(getattr(clock, name, None))
    ]
    if missing or not isinstance(clock, Clock):
        raise TypeError(
            f"clock must provide {', '.join(missing)}() (see telegent.Clock); "
            f"got {type(clock).__name__}"
        )
    return clock
