"""Waiting for an order: the poll schedule, shared by ``orders.wait`` sync and async.

The first poll is immediate. After each answer:

* ``Complete`` -> return the ``OrderDetails``;
* ``Error`` -> raise ``OrderFailedError`` (code and text parsed from
  ``OrderStatusMessage``, e.g. ``8A`` / ``ACCOUNT_NUM_REQ_OR_INCORRECT``);
* anything else (``Pending``, or a status this SDK has never heard of) -> sleep and
  poll again; delays grow from ``poll_interval`` by ``backoff`` up to ``max_interval``,
  and never run past the deadline: the last poll happens at the deadline, and if the
  order is still open then, ``OrderTimeoutError`` is raised.

Statuses are compared case-insensitively. Progress goes to the optional ``on_progress``
callback (each ``OrderDetails``) and to the ``telegent`` logger (DEBUG per poll, INFO
at the end).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import OrderFailedError, OrderTimeoutError
from ._logging import logger
from ._validation import positive_number
from .types import OrderStatus

if TYPE_CHECKING:
    from .types import OrderDetails

__all__ = ["PollSchedule"]


class PollSchedule:
    """The I/O-free state of one ``wait``: the deadline and the next delay."""

    __slots__ = (
        "_clock",
        "_deadline",
        "_delay",
        "backoff",
        "max_interval",
        "order_id",
        "polls",
        "timeout",
    )

    def __init__(
        self,
        order_id: str,
        *,
        timeout: float,
        poll_interval: float,
        backoff: float,
        max_interval: float,
        clock: Callable[[], float],
    ) -> None:
        self.order_id = order_id
        self.timeout = positive_number(timeout, "timeout", allow_zero=True)
        self._delay = positive_number(poll_interval, "poll_interval")
        self.backoff = positive_number(backoff, "backoff")
        if self.backoff < 1:
            raise ValueError(f"backoff must be >= 1, got {backoff!r}")
        self.max_interval = positive_number(max_interval, "max_interval")
        self._clock = clock
        self._deadline = clock() + self.timeout
        self.polls = 0

    def next_delay(self, details: OrderDetails) -> float | None:
        """``None`` when ``details`` is final (Complete); a delay to sleep otherwise.

        Raises ``OrderFailedError`` for ``Error`` and ``OrderTimeoutError`` when the
        deadline has been reached.
        """
        self.polls += 1
        status = details.order_status
        if _is(status, OrderStatus.COMPLETE):
            logger.info("order %s complete after %d poll(s)", self.order_id, self.polls)
            return None
        if _is(status, OrderStatus.ERROR):
            logger.info("order %s failed: %s", self.order_id, details.order_status_message or "?")
            raise OrderFailedError(details)
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise OrderTimeoutError(self.order_id, self.timeout, details)
        delay = min(self._delay, remaining)
        self._delay = min(self._delay * self.backoff, self.max_interval)
        logger.debug(
            "order %s status %r (poll %d); next poll in %.2fs",
            self.order_id,
            status,
            self.polls,
            delay,
        )
        return delay


def _is(status: str | None, expected: str) -> bool:
    # Case-insensitive: the API's spelling of statuses has varied.
    return (status or "").lower() == expected.lower()
