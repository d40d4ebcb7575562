"""A small service module written the way a downstream team would, on top of the SDK.

``tests/testing/test_httpx_helpers.py`` tests it with pytest-httpx through
``telegent.testing``'s helpers only: no URL, query or wire field name appears there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegent import AsyncTelegent, NotFoundError, Telegent
from telegent.types import OrderDetails


@dataclass(frozen=True)
class ParkReport:
    parked: list[str]
    not_parked: list[str]


class NumberDesk:
    """What our team's ops desk does with Telegent numbers."""

    def __init__(self, client: Telegent) -> None:
        self._client = client

    def first_active(self, count: int, *, page_size: int = 100) -> list[str]:
        """The first ``count`` active numbers of the inventory (paged lazily)."""
        pager = self._client.numbers.list(filter="Active", page_size=page_size, limit=count)
        return [record.number for record in pager]

    def park(self, numbers: Sequence[str]) -> ParkReport:
        """Park numbers in batches of two and wait for their orders."""
        result = self._client.numbers.bulk_change_status(
            "park", numbers, batch_size=2, wait=True, poll_interval=1.0
        )
        return ParkReport(
            parked=sorted(item.number for item in result.done),
            not_parked=sorted(item.number for item in result.failed),
        )

    def order_state(self, order_id: str) -> str | None:
        """An order's status, or ``None`` when the API does not know the order."""
        try:
            return self._client.orders.get(order_id).order_status
        except NotFoundError:
            return None

    def wait_for(self, order_id: str) -> OrderDetails:
        """Block until the order completes."""
        return self._client.orders.wait(order_id, poll_interval=1.0)


async def async_order_state(client: AsyncTelegent, order_id: str) -> str | None:
    """``NumberDesk.order_state`` for services on asyncio."""
    try:
        return (await client.orders.get(order_id)).order_status
    except NotFoundError:
        return None
