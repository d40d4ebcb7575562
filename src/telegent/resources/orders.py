"""``client.orders``: order details and waiting for an order to finish."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import (
    APIRequest,
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._polling import PollSchedule
from .._validation import identifier
from ..types import OrderDetails

if TYPE_CHECKING:
    from .._client import AsyncTelegent, Telegent

__all__ = ["AsyncOrders", "Orders"]

ProgressCallback = Callable[[OrderDetails], object]


def build_get_order(order_id: str) -> APIRequest[OrderDetails]:
    """``GET /v1.0/numbers/order?OrderId=...`` (validated)."""
    # Generated package imported on first use (see resources/numbers.py).
    from telegent_mpaas_client.api.numbers import get_order  # noqa: PLC0415

    identifier(order_id, "order_id")
    return APIRequest.from_generated(
        get_order._get_kwargs(order_id=order_id), OrderDetails.from_wire
    )


class Orders:
    """Orders (``GET /v1.0/numbers/order``)."""

    def __init__(self, client: Telegent) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning ``APIResponse`` (status, headers, ``.parse()``)."""
        return OrdersWithRawResponse(self)

    def get(self, order_id: str) -> OrderDetails:
        """Details of an order: status (``Complete``/``Error``/``Pending``/...), type,
        ``OrderStatusMessage`` (``"8A-ACCOUNT_NUM_REQ_OR_INCORRECT"``) and numbers.

        Raises ``ValueError`` for a malformed id (before sending) and the usual
        ``APIStatusError`` subclasses (``NotFoundError`` for an unknown order).
        """
        return self._client._request(build_get_order(order_id))

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
            order_id: e.g. ``"JNUOID-..."``.
            timeout: seconds before giving up with ``OrderTimeoutError``.
            poll_interval: first delay between polls, in seconds.
            backoff: each delay is the previous one times this (>= 1).
            max_interval: cap on the delay between polls.
            on_progress: called with each ``OrderDetails`` polled.

        Raises:
            OrderFailedError: the order ended in ``Error`` (``.code``, ``.message``).
            OrderTimeoutError: still not finished at ``timeout``.
        """
        identifier(order_id, "order_id")
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
            details = c._request_parsed(build_get_order(order_id))
            if on_progress is not None:
                on_progress(details)
            delay = schedule.next_delay(details)
            if delay is None:
                return details
            c._sleep(delay)


class AsyncOrders:
    """Orders (``GET /v1.0/numbers/order``), async."""

    def __init__(self, client: AsyncTelegent) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, returning ``APIResponse`` (status, headers, ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)

    async def get(self, order_id: str) -> OrderDetails:
        """Details of an order; see :meth:`Orders.get`."""
        return await self._client._request(build_get_order(order_id))

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
        identifier(order_id, "order_id")
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
            details = await c._request_parsed(build_get_order(order_id))
            if on_progress is not None:
                outcome = on_progress(details)
                if isinstance(outcome, Awaitable):
                    await outcome
            delay = schedule.next_delay(details)
            if delay is None:
                return details
            await c._sleep(delay)


class OrdersWithRawResponse:
    """``client.orders.with_raw_response``: methods return ``APIResponse``."""

    def __init__(self, orders: Orders) -> None:
        self.get: Callable[[str], APIResponse[OrderDetails]] = to_raw_response_wrapper(orders.get)


class AsyncOrdersWithRawResponse:
    """``client.orders.with_raw_response`` (async): methods return ``APIResponse``."""

    def __init__(self, orders: AsyncOrders) -> None:
        self.get: Callable[[str], Awaitable[APIResponse[OrderDetails]]] = (
            async_to_raw_response_wrapper(orders.get)
        )
