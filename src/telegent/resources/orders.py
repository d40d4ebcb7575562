"""``client.orders``: the generated ``get`` plus ``wait`` (poll until the order ends)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegent_mpaas_client.sdk.resources.orders import AsyncOrdersResource, OrdersResource

from .._polling import PollSchedule
from ..types import OrderDetails

__all__ = ["AsyncOrders", "Orders"]

ProgressCallback = Callable[[OrderDetails], object]
_GET = "getOrder"


class Orders(OrdersResource):
    """Orders: ``get`` (generated) and ``wait``."""

    def wait(
        self,
        order_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        on_progress: ProgressCallback | None = None,
    ) -> OrderDetails:
        """Poll an order until it is ``Complete`` and return its details.

        Args:
            order_id: e.g. ``"JNUOID-..."`` (checked before anything is sent).
            timeout: seconds before giving up with ``OrderTimeoutError``.
            poll_interval: first delay between polls, in seconds.
            backoff: each delay is the previous one times this (>= 1).
            max_interval: cap on the delay between polls.
            on_progress: called with each ``OrderDetails`` polled.

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
            details: OrderDetails = c._request_parsed(req)
            if on_progress is not None:
                on_progress(details)
            delay = schedule.next_delay(details)
            if delay is None:
                return details
            c._sleep(delay)


class AsyncOrders(AsyncOrdersResource):
    """Orders, async: ``get`` (generated) and ``wait``."""

    async def wait(
        self,
        order_id: str,
        *,
        timeout: float = 300.0,  # noqa: ASYNC109 - same signature as the sync wait()
        poll_interval: float = 2.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        on_progress: Callable[[OrderDetails], object | Awaitable[object]] | None = None,
    ) -> OrderDetails:
        """Poll an order until it is ``Complete``; see :meth:`Orders.wait`.

        ``on_progress`` may be a plain function or a coroutine function.
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
            if on_progress is not None:
                outcome = on_progress(details)
                if isinstance(outcome, Awaitable):
                    await outcome
            delay = schedule.next_delay(details)
            if delay is None:
                return details
            await c._sleep(delay)
