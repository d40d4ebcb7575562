"""``client.orders``: the generated ``get`` plus ``wait`` (poll until the order ends).

Written once, async, in ``_async/orders.py``; ``scripts/unasync.py`` derives the sync
twin ``_sync/orders.py`` from it.
"""

from __future__ import annotations

from telegent._generated.resources.orders import AsyncOrdersResource

from ..._polling import PollSchedule
from ..._resource import several_requests
from ...types import OrderDetails
from .._concurrency import AsyncProgressCallback, async_notify

__all__ = ["AsyncOrders"]

_GET = "getOrder"


class AsyncOrders(AsyncOrdersResource):
    """Orders: ``get`` (generated) and ``wait``."""

    @several_requests
    async def wait(
        self,
        order_id: str,
        *,
        timeout: float = 300.0,  # noqa: ASYNC109 - same signature on both clients
        poll_interval: float = 2.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        on_progress: AsyncProgressCallback[OrderDetails] | None = None,
    ) -> OrderDetails:
        """Poll an order until it is ``Complete`` and return its details.

        Args:
            order_id: e.g. ``"JNUOID-..."`` (checked before anything is sent).
            timeout: seconds before giving up with ``OrderTimeoutError``.
            poll_interval: first delay between polls, in seconds.
            backoff: each delay is the previous one times this (>= 1).
            max_interval: cap on the delay between polls.
            on_progress: called with each ``OrderDetails`` polled; on the async client
                it may also be a coroutine function.

        Raises:
            OrderFailedError: the order ended in ``Error`` (``.code``, ``.message``).
            OrderTimeoutError: still not finished at ``timeout``.
        """
        req = self._prepare(_GET, {"order_id": order_id}, OrderDetails)
        c = self._client
        schedule = PollSchedule(
            order_id,
            timeout=timeout,
            poll_interval=poll_interval,
            backoff=backoff,
            max_interval=max_interval,
            clock=c._state.clock,
        )
        while True:
            details: OrderDetails = await c._request_parsed(req)
            await async_notify(on_progress, details)
            delay = schedule.next_delay(details)
            if delay is None:
                return details
            await c._sleep(delay)
