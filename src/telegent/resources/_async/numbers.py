"""``client.numbers``: the generated methods plus what the spec cannot express.

The generated ``NumbersResource`` gives ``change_status``, ``list_page``, ``update`` and
the inventory pager ``list`` (declared with ``x-telegent-paginate``; all checked against the
patched spec). Here: the status-change shortcuts (``activate`` ... ``swap_sim``), the rules
between fields (an ICCID only for swap-sim, an area or zip code only for swap and replace,
in ``_numbers_core``) and bulk changes.

Written once, async, in ``_async/numbers.py``; ``scripts/unasync.py`` derives the sync
twin ``_sync/numbers.py`` from it (a line marked ``unasync: async-only`` is left out).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from telegent._generated.resources.numbers import AsyncNumbersResource

from ... import _bulk
from ... import _validation as v
from ..._bulk import BulkResult
from ..._errors import TelegentError
from ..._resource import several_requests
from ...types import ChangeType, OrderDetails, StatusChangeOrder
from .._concurrency import async_for_each, async_slots
from .._numbers_core import DateLike, NumbersArg, NumbersCore

__all__ = ["AsyncNumbers"]


class AsyncNumbers(NumbersCore, AsyncNumbersResource):
    """Numbers: status changes, inventory, updates (``client.numbers``)."""

    async def change_status(
        self,
        change_type: ChangeType,
        numbers: NumbersArg,
        *,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
    ) -> StatusChangeOrder:
        """Change the lifecycle status of numbers (``POST /v1.0/numbers/status``).

        Args:
            change_type: ``activate``, ``cancel``, ``swap``, ``swap-sim``, ``replace`` or
                ``park`` (``telegent.types.ChangeType``, the spec's enum; at run time
                case-insensitive, and ``swap_sim`` works too).
            numbers: E.164 numbers; for ``swap-sim`` a mapping ``{number: iccid}``.
            effective_date: a ``date`` or ``"MM/DD/YYYY"``; default: today (local).
            area_code, zip_code: where to look for new numbers (swap and replace only).

        Returns the ``StatusChangeOrder`` (``order_id`` for ``client.orders.wait``).
        Invalid input raises ``ValueError``/``TypeError`` before anything is sent. If
        the request reached the API but its answer was lost (500/502/504, timeout),
        ``OutcomeUnknownError`` is raised and nothing is resent.
        """
        req = self._status_request(change_type, numbers, effective_date, area_code, zip_code)
        return await self._client._request(req)

    async def activate(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Activate numbers; see :meth:`change_status`."""
        return await self.change_status("activate", numbers, effective_date=effective_date)

    async def cancel(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Cancel numbers; see :meth:`change_status`."""
        return await self.change_status("cancel", numbers, effective_date=effective_date)

    async def park(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Park numbers; see :meth:`change_status`."""
        return await self.change_status("park", numbers, effective_date=effective_date)

    async def swap(
        self,
        numbers: Sequence[str],
        *,
        area_code: str | None = None,
        zip_code: str | None = None,
        effective_date: DateLike | None = None,
    ) -> StatusChangeOrder:
        """Swap numbers for new ones (searched in ``area_code``, then ``zip_code``)."""
        return await self.change_status(
            "swap", numbers, effective_date=effective_date, area_code=area_code, zip_code=zip_code
        )

    async def replace(
        self,
        numbers: Sequence[str],
        *,
        area_code: str | None = None,
        zip_code: str | None = None,
        effective_date: DateLike | None = None,
    ) -> StatusChangeOrder:
        """Replace numbers (searched in ``area_code``, then ``zip_code``)."""
        return await self.change_status(
            "replace",
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )

    async def swap_sim(
        self, sims: Mapping[str, str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Move numbers to new SIMs: ``{"+12016093801": "8901240397190556232"}``."""
        return await self.change_status("swap-sim", sims, effective_date=effective_date)

    @several_requests
    async def bulk_change_status(
        self,
        change_type: ChangeType,
        numbers: NumbersArg,
        *,
        batch_size: int = 100,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
        concurrency: int = 4,  # unasync: async-only
        wait: bool = False,
        wait_timeout: float = 300.0,
        poll_interval: float = 2.0,
    ) -> BulkResult:
        """Change the status of any number of numbers, in batches.

        Validates all input first (nothing is sent if anything is invalid), sends each
        distinct number once (repeats are listed in ``result.duplicates``), and reports
        every number as ``done``, ``failed`` or ``unknown`` (see ``BulkResult``). With
        ``wait=True`` it then waits (``wait_timeout`` seconds overall) for each order.

        The sync client sends one batch at a time; the async client has at most
        ``concurrency`` batches in flight and waits for the orders concurrently. The
        client's rate limit applies to every request either way.
        """
        c = self._client
        v.positive_int(concurrency, "concurrency")  # unasync: async-only
        if wait:  # checked before anything is sent
            v.positive_number(wait_timeout, "wait_timeout", allow_zero=True)
            v.positive_number(poll_interval, "poll_interval")
        plan, requests = self._bulk_requests(
            change_type,
            numbers,
            batch_size,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )
        result = BulkResult(plan.change_type, duplicates=plan.duplicates)
        in_flight = async_slots(
            concurrency,  # unasync: async-only
        )

        async def send(index: int) -> None:
            batch, req = plan.batches[index], requests[index]
            try:
                # Only the request holds a slot (async: ``concurrency`` of them); the
                # answer is parsed and recorded outside it, while the next one is out.
                async with in_flight:
                    response = await c._send(req)
                order: StatusChangeOrder = c._parsed(req, response)
            except TelegentError as exc:
                _bulk.record_error(result, index, batch, exc)
            else:
                _bulk.record_order(result, index, batch, order)

        await async_for_each(send, range(len(requests)))
        if wait:
            deadline = c._state.clock() + wait_timeout
            orders = c.orders  # type: ignore[attr-defined]

            async def wait_for(order_id: str) -> None:
                outcome: OrderDetails | TelegentError
                try:
                    outcome = await orders.wait(
                        order_id,
                        # One deadline for all: concurrent waits all start at about
                        # once, sequential ones share what the earlier ones left.
                        timeout=max(0.0, deadline - c._state.clock()),
                        poll_interval=poll_interval,
                    )
                except TelegentError as exc:
                    outcome = exc
                _bulk.record_wait(result, order_id, outcome)

            await async_for_each(wait_for, _bulk.done_order_ids(result))
        return _bulk.finalize(result, [n for b in plan.batches for n in b])
