"""The fake's clock: the SDK's own :class:`telegent.FakeClock`, so one object drives both
the fake (token expiry, rate-limit windows, order progress) and the client under test
(``Telegent(clock=clock)``: retries, token renewal and polling wait in fake time)."""

from __future__ import annotations

from collections.abc import Callable

from telegent._clock import DEFAULT_START, FakeClock

__all__ = ["DEFAULT_START", "Clock", "FakeClock"]

#: What ``FakeTelegent(clock=...)`` takes: any zero-argument callable returning POSIX
#: seconds, like :func:`time.time` (a :class:`FakeClock` is one). Not to be confused with
#: :class:`telegent.Clock`, the client's clock object (a FakeClock is one of those too).
Clock = Callable[[], float]
