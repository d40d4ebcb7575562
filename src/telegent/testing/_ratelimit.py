"""The vendor's per-account rate limit (50 requests a minute on the standard tier)."""

from __future__ import annotations

import math
from collections import deque

__all__ = ["SlidingWindow"]


class SlidingWindow:
    """At most ``limit`` accepted requests in any ``window`` seconds (sliding log)."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1:
            raise ValueError(f"rate_limit must be at least 1 (or None to disable), got {limit!r}")
        if window <= 0:
            raise ValueError(f"rate_window must be positive, got {window!r}")
        self.limit = limit
        self.window = window
        self._accepted: deque[float] = deque()

    def acquire(self, now: float) -> int | None:
        """Count a request at ``now``; None if allowed, else Retry-After in whole seconds."""
        while self._accepted and self._accepted[0] <= now - self.window:
            self._accepted.popleft()
        if len(self._accepted) < self.limit:
            self._accepted.append(now)
            return None
        return max(1, math.ceil(self._accepted[0] + self.window - now))

    def reset(self) -> None:
        """Forget every request counted so far."""
        self._accepted.clear()
