"""Retry policy and the per-call retry decision, free of I/O.

The sync and async clients both drive a :class:`RetryState`: they send, hand it the
response or the exception, and get back one of three verdicts -- ``Done``, ``Retry``
(after a delay they sleep with their own sleep function) or ``Raise``. All rules live
here, once:

* Retried conditions: connection errors and timeouts, and HTTP 408, 429, 500, 502,
  503, 504. Anything else (other 4xx, 2xx) ends the call at once.
* Idempotent requests (GET, and the token POST, which has no side effect) are retried
  on every one of them.
* A non-idempotent POST is resent only when the server surely did not act on it: the
  connection was never made (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) or
  the server said so (408 the request never arrived whole, 429 rate limited, 503 not
  serving). After 500, 502, 504, a read/write timeout or a dropped connection the
  request may have been applied, so the call raises :class:`OutcomeUnknownError`
  instead of resending. 502 counts as unknown: the gateway may have forwarded the
  request to the origin before failing to read its answer.
* Delays: exponential backoff with full jitter, ``random() * min(max_delay,
  initial_delay * 2**(n-1))`` before retry ``n``; a ``Retry-After`` header (seconds,
  or an HTTP date, measured against the response's own ``Date`` header when present)
  replaces it, up to ``retry_after_cap``.
* Limits: at most ``max_retries`` resends, and none that would start after the call's
  overall ``deadline`` (seconds since the first attempt); the client also clips each
  attempt in flight to what is left of the deadline (``RetryState.remaining``).
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from ._errors import (
    APIError,
    OutcomeUnknownError,
    Redactor,
    connection_error,
    make_status_error,
)
from ._logging import logger

__all__ = ["RetryPolicy"]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses that prove the server did not apply the request.
NOT_APPLIED_STATUSES = frozenset({408, 429, 503})
# Exceptions raised before a single byte of the request left this machine.
NOT_SENT_EXCEPTIONS: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. Immutable; ``Telegent(retry_policy=...)`` or per call via
    ``client.with_options(max_retries=..., retry_policy=...)``.

    Attributes:
        max_retries: resends after the first attempt (default 2; 0 disables retries).
        initial_delay: backoff base in seconds (the first retry waits up to this long).
        max_delay: cap on a computed backoff delay, in seconds.
        retry_after_cap: cap on a server's ``Retry-After``, in seconds.
        deadline: overall seconds for one call including its retries; no retry starts
            (or sleeps) past it. ``None`` for no overall limit.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    retry_after_cap: float = 60.0
    deadline: float | None = 120.0

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "retry_after_cap"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, got {value!r}")
        if self.deadline is not None and (
            not isinstance(self.deadline, (int, float)) or self.deadline <= 0
        ):
            raise ValueError(f"deadline must be a number > 0 or None, got {self.deadline!r}")

    def backoff(self, retry_number: int, random: Callable[[], float]) -> float:
        """Full-jitter exponential backoff before retry ``retry_number`` (1-based)."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return random() * ceiling


def parse_retry_after(headers: httpx.Headers, now: Callable[[], datetime]) -> float | None:
    """Seconds to wait from ``Retry-After`` / ``retry-after-ms``, or ``None``.

    ``Retry-After`` may be delta-seconds or an HTTP date; a date is measured against
    the response's ``Date`` header when there is one (the server's own clock, so local
    clock skew does not matter), else against ``now()``.
    """
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000.0
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None
    when = _http_date(raw)
    if when is None:
        return None
    reference = _http_date(headers.get("date", "")) or now()
    return max(0.0, (when - reference).total_seconds())


def _http_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        # OverflowError: an absurd zone ("+99999999999999999999"); the date is ignored
        # and the usual backoff applies.
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


@dataclass(frozen=True, slots=True)
class Done:
    """The call succeeded with this (2xx) response."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Retry:
    """Sleep ``delay`` seconds, then send again."""

    delay: float
    reason: str


@dataclass(frozen=True, slots=True)
class Raise:
    """The call failed with this error."""

    error: APIError


Verdict = Done | Retry | Raise


class RetryState:
    """The retry decisions of one call (one logical request and its resends)."""

    __slots__ = (
        "_clock",
        "_how_to_check",
        "_now",
        "_random",
        "_redact",
        "_started",
        "attempts",
        "idempotent",
        "method",
        "outer",
        "path",
        "policy",
    )

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        method: str,
        path: str,
        idempotent: bool,
        clock: Callable[[], float],
        now: Callable[[], datetime],
        random: Callable[[], float],
        redact: Redactor,
        how_to_check: str = "",
        outer: RetryState | None = None,
    ) -> None:
        self.policy = policy
        self.outer = outer  # the call this one serves (a token fetch), whose deadline holds
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.attempts = 0
        self._clock = clock
        self._now = now
        self._random = random
        self._redact = redact
        self._how_to_check = how_to_check or (
            "Check the inventory (client.numbers.list(...)) before trying again."
        )
        self._started = clock()

    def before_attempt(self) -> None:
        """Count an attempt (call right before each send)."""
        self.attempts += 1

    def remaining(self) -> float | None:
        """Seconds left before the call's ``deadline`` (``None``: no deadline).

        The client clips each attempt (its timeouts and its total time) to this, so the
        deadline holds for an attempt in flight, not only between retries; a token fetched
        on behalf of a call gets no more than that call has left.
        """
        own = None
        if self.policy.deadline is not None:
            own = self.policy.deadline - (self._clock() - self._started)
        theirs = self.outer.remaining() if self.outer is not None else None
        if own is None or theirs is None:
            return theirs if own is None else own
        return min(own, theirs)

    def on_response(self, response: httpx.Response) -> Verdict:
        """Decide what to do with an HTTP answer."""
        status = response.status_code
        if 200 <= status < 300:
            return Done(response)
        error = make_status_error(response, self._redact)
        if status not in RETRYABLE_STATUSES:
            return Raise(error)
        if not self.idempotent and status not in NOT_APPLIED_STATUSES:
            return Raise(self._unknown(error, response.request))
        delay = parse_retry_after(response.headers, self._now)
        if delay is not None:
            delay = min(delay, self.policy.retry_after_cap)
        return self._maybe_retry(error, f"HTTP {status}", delay)

    def on_exception(self, exc: httpx.HTTPError, request: httpx.Request | None) -> Verdict:
        """Decide what to do when no (readable) answer came: connection error, timeout,
        an undecodable body."""
        error = connection_error(exc, request, self._redact)
        if isinstance(exc, httpx.DecodingError) and not self.idempotent:
            # The answer arrived (its body is unreadable: an encoding not asked for, a
            # corrupt gzip): the server acted on the change, so resending could repeat it.
            return Raise(self._unknown(error, request))
        if not isinstance(exc, httpx.TransportError):
            # e.g. TooManyRedirects, InvalidURL: resending cannot help.
            return Raise(error)
        if not self.idempotent and not isinstance(exc, NOT_SENT_EXCEPTIONS):
            return Raise(self._unknown(error, request))
        return self._maybe_retry(error, type(exc).__name__, None)

    def _unknown(self, cause: APIError, request: httpx.Request | None) -> OutcomeUnknownError:
        err = OutcomeUnknownError(
            method=self.method,
            path=self.path,
            cause=cause,
            how_to_check=self._how_to_check,
            request=request,
        )
        err.__cause__ = cause
        return err

    def _maybe_retry(self, error: APIError, reason: str, delay: float | None) -> Verdict:
        retries_done = self.attempts - 1
        if retries_done >= self.policy.max_retries:
            return Raise(error)
        if delay is None:
            delay = self.policy.backoff(retries_done + 1, self._random)
        left = self.remaining()
        if left is not None and delay >= left:
            logger.info(
                "Not retrying %s %s: the next attempt (in %.2fs) would pass the call's "
                "deadline (%.2fs left; %s)",
                self.method,
                self.path,
                delay,
                max(left, 0.0),
                reason,
            )
            return Raise(error)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "Retrying %s %s (attempt %d of %d) in %.2fs: %s",
                self.method,
                self.path,
                self.attempts + 1,
                self.policy.max_retries + 1,
                delay,
                reason,
            )
        return Retry(delay, reason)
