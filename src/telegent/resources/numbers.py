"""``client.numbers``: the generated methods plus what the spec cannot express.

The generated ``NumbersResource`` gives ``change_status``, ``list_page`` and ``update``
(checked against the patched spec). Here: the status-change shortcuts (``activate`` ...
``swap_sim``), the rules between fields (an ICCID only for swap-sim, an area or zip code
only for swap and replace), lazy pagination (``list``) and bulk changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from telegent_mpaas_client.sdk.resources.numbers import (
    AsyncNumbersResource,
    NumbersResource,
    StatusChangeNumberParam,
)

from .. import _bulk
from .. import _validation as v
from .._bulk import BulkResult
from .._errors import TelegentError
from .._pagination import AsyncNumberPager, NumberPager
from .._resource import _Resource
from ..types import InventoryPage, OrderDetails, StatusChangeOrder

if TYPE_CHECKING:
    from .._base_client import APIRequest

__all__ = ["AsyncNumbers", "Numbers"]

DateLike = date | str
NumbersArg = Sequence[StatusChangeNumberParam | str] | Mapping[str, str] | Sequence[tuple[str, str]]
_STATUS = "changeNumberStatus"
_INVENTORY = "listNumberInventory"
_LOCATION_CHANGES = frozenset({"swap", "replace"})


def _status_args(
    change_type: object,
    numbers: object,
    *,
    effective_date: object | None,
    area_code: object | None,
    zip_code: object | None,
) -> dict[str, Any]:
    """The generated method's arguments, with the cross-field rules checked."""
    if not isinstance(change_type, str):
        raise TypeError(f"change_type must be a str, got {type(change_type).__name__}")
    kind = change_type.strip().lower().replace("_", "-")
    items = _status_items(kind, numbers)
    if (area_code is not None or zip_code is not None) and kind not in _LOCATION_CHANGES:
        raise ValueError(f"area_code/zip_code apply to swap and replace only, not to {kind!r}")
    return {
        "change_type": change_type,
        "numbers": items,
        "effective_date": effective_date,
        "area_code": area_code,
        "zip_code": zip_code,
    }


def _status_items(kind: str, numbers: object) -> list[Any]:
    if isinstance(numbers, (str, bytes)):
        raise TypeError("numbers must be a list of numbers, not a single string")
    if kind == "swap-sim":
        pairs = v.sim_pairs(numbers)
        if not pairs:
            raise ValueError("numbers must not be empty")
        return [{"number": n, "iccid": sim} for n, sim in pairs]
    if isinstance(numbers, Mapping):
        raise ValueError(
            f"ICCIDs are only accepted for swap-sim; for {kind!r} pass a list of numbers"
        )
    items = list(numbers) if isinstance(numbers, Sequence) else numbers
    if isinstance(items, list):
        for item in items:
            if isinstance(item, tuple) or (isinstance(item, Mapping) and len(item) > 1):
                raise ValueError(
                    f"ICCIDs are only accepted for swap-sim; for {kind!r} pass a list of numbers"
                )
    return items if isinstance(items, list) else [items]


class _NumbersCore(_Resource):
    """What the sync and async resources share: building requests (no I/O)."""

    def _status_request(
        self,
        change_type: object,
        numbers: object,
        effective_date: object | None = None,
        area_code: object | None = None,
        zip_code: object | None = None,
    ) -> APIRequest[StatusChangeOrder]:
        args = _status_args(
            change_type,
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )
        req: APIRequest[StatusChangeOrder] = self._prepare(_STATUS, args, StatusChangeOrder)
        return req

    def _page_request(
        self, page_number: int, filter: str | None, page_size: int | None
    ) -> APIRequest[InventoryPage]:
        args = {"page_number": page_number, "filter": filter, "page_size": page_size}
        req: APIRequest[InventoryPage] = self._prepare(_INVENTORY, args, InventoryPage)
        return req

    def _bulk_requests(
        self, change_type: str, numbers: object, batch_size: int, **fields: object
    ) -> tuple[_bulk.BulkPlan, list[APIRequest[StatusChangeOrder]]]:
        v.positive_int(batch_size, "batch_size")
        plan = _bulk.plan(change_type, numbers, batch_size)
        requests = [
            self._status_request(plan.change_type, _bulk.batch_input(plan, b), **fields)
            for b in plan.batches
        ]
        return plan, requests


def _page_size(page_size: int, limit: int | None) -> int:
    v.positive_int(page_size, "page_size")
    return min(page_size, limit) if limit else page_size


class Numbers(_NumbersCore, NumbersResource):
    """Numbers: status changes, inventory, updates (``client.numbers``)."""

    def change_status(
        self,
        change_type: str,
        numbers: NumbersArg,
        *,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
    ) -> StatusChangeOrder:
        """Change the lifecycle status of numbers (``POST /v1.0/numbers/status``).

        Args:
            change_type: ``activate``, ``cancel``, ``swap``, ``swap-sim``, ``replace`` or
                ``park`` (case-insensitive; ``swap_sim`` works too).
            numbers: E.164 numbers; for ``swap-sim`` a mapping ``{number: iccid}``.
            effective_date: a ``date`` or ``"MM/DD/YYYY"``; default: today (local).
            area_code, zip_code: where to look for new numbers (swap and replace only).

        Returns the ``StatusChangeOrder`` (``order_id`` for ``client.orders.wait``).
        Invalid input raises ``ValueError``/``TypeError`` before anything is sent. If
        the request reached the API but its answer was lost (500/502/504, timeout),
        ``OutcomeUnknownError`` is raised and nothing is resent.
        """
        req = self._status_request(change_type, numbers, effective_date, area_code, zip_code)
        return self._client._request(req)

    def activate(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Activate numbers; see :meth:`change_status`."""
        return self.change_status("activate", numbers, effective_date=effective_date)

    def cancel(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Cancel numbers; see :meth:`change_status`."""
        return self.change_status("cancel", numbers, effective_date=effective_date)

    def park(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Park numbers; see :meth:`change_status`."""
        return self.change_status("park", numbers, effective_date=effective_date)

    def swap(
        self,
        numbers: Sequence[str],
        *,
        area_code: str | None = None,
        zip_code: str | None = None,
        effective_date: DateLike | None = None,
    ) -> StatusChangeOrder:
        """Swap numbers for new ones (searched in ``area_code``, then ``zip_code``)."""
        return self.change_status(
            "swap", numbers, effective_date=effective_date, area_code=area_code, zip_code=zip_code
        )

    def replace(
        self,
        numbers: Sequence[str],
        *,
        area_code: str | None = None,
        zip_code: str | None = None,
        effective_date: DateLike | None = None,
    ) -> StatusChangeOrder:
        """Replace numbers (searched in ``area_code``, then ``zip_code``)."""
        return self.change_status(
            "replace",
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )

    def swap_sim(
        self, sims: Mapping[str, str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Move numbers to new SIMs: ``{"+12016093801": "8901240397190556232"}``."""
        return self.change_status("swap-sim", sims, effective_date=effective_date)

    def list(
        self, *, filter: str | None = None, page_size: int = 100, limit: int | None = None
    ) -> NumberPager:
        """Iterate over the inventory lazily, page by page (nothing is sent until then).

        Args:
            filter: the API's ``Filter`` (e.g. ``"Active"``).
            page_size: numbers per page (1 to 1,000).
            limit: stop after this many records (``None``: all).

        ``for record in client.numbers.list(): ...``; ``.pages()`` for the pages,
        ``.fetch_total()`` for ``TotalResults``.
        """
        lim = v.optional_limit(limit)
        size = _page_size(page_size, lim)
        self._page_request(1, filter, size)  # bad input fails now, before any iteration

        def fetch(page_number: int) -> InventoryPage:
            # Not self.list_page: a with_raw_response context must not leak into pages.
            page: InventoryPage = self._client._request_parsed(
                self._page_request(page_number, filter, size)
            )
            return page

        return NumberPager(fetch, limit=lim)

    def bulk_change_status(
        self,
        change_type: str,
        numbers: NumbersArg,
        *,
        batch_size: int = 100,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
        wait: bool = False,
        wait_timeout: float = 300.0,
        poll_interval: float = 2.0,
    ) -> BulkResult:
        """Change the status of any number of numbers, in batches, one batch at a time.

        Validates all input first (nothing is sent if anything is invalid), sends each
        distinct number once (repeats are listed in ``result.duplicates``), and reports
        every number as ``done``, ``failed`` or ``unknown`` (see ``BulkResult``). With
        ``wait=True`` it then waits (``wait_timeout`` seconds overall) for each order.
        """
        c = self._client
        plan, requests = self._bulk_requests(
            change_type,
            numbers,
            batch_size,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )
        result = BulkResult(plan.change_type, duplicates=plan.duplicates)
        for index, (batch, req) in enumerate(zip(plan.batches, requests, strict=True)):
            try:
                order: StatusChangeOrder = c._request_parsed(req)
            except TelegentError as exc:
                _bulk.record_error(result, index, batch, exc)
            else:
                _bulk.record_order(result, index, batch, order)
        if wait:
            deadline = c._state.clock() + v.positive_number(
                wait_timeout, "wait_timeout", allow_zero=True
            )
            orders = c.orders  # type: ignore[attr-defined]
            for order_id in _bulk.done_order_ids(result):
                outcome: OrderDetails | TelegentError
                try:
                    outcome = orders.wait(
                        order_id,
                        timeout=max(0.0, deadline - c._state.clock()),
                        poll_interval=poll_interval,
                    )
                except TelegentError as exc:
                    outcome = exc
                _bulk.record_wait(result, order_id, outcome)
        return _bulk.finalize(result, [n for b in plan.batches for n in b])


class AsyncNumbers(_NumbersCore, AsyncNumbersResource):
    """Numbers, async (``AsyncTelegent().numbers``); mirrors :class:`Numbers`."""

    async def change_status(
        self,
        change_type: str,
        numbers: NumbersArg,
        *,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
    ) -> StatusChangeOrder:
        """Change the lifecycle status of numbers; see :meth:`Numbers.change_status`."""
        req = self._status_request(change_type, numbers, effective_date, area_code, zip_code)
        return await self._client._request(req)

    async def activate(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Activate numbers; see :meth:`Numbers.change_status`."""
        return await self.change_status("activate", numbers, effective_date=effective_date)

    async def cancel(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Cancel numbers; see :meth:`Numbers.change_status`."""
        return await self.change_status("cancel", numbers, effective_date=effective_date)

    async def park(
        self, numbers: Sequence[str], *, effective_date: DateLike | None = None
    ) -> StatusChangeOrder:
        """Park numbers; see :meth:`Numbers.change_status`."""
        return await self.change_status("park", numbers, effective_date=effective_date)

    async def swap(
        self,
        numbers: Sequence[str],
        *,
        area_code: str | None = None,
        zip_code: str | None = None,
        effective_date: DateLike | None = None,
    ) -> StatusChangeOrder:
        """Swap numbers for new ones; see :meth:`Numbers.swap`."""
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
        """Replace numbers; see :meth:`Numbers.replace`."""
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
        """Move numbers to new SIMs; see :meth:`Numbers.swap_sim`."""
        return await self.change_status("swap-sim", sims, effective_date=effective_date)

    def list(
        self, *, filter: str | None = None, page_size: int = 100, limit: int | None = None
    ) -> AsyncNumberPager:
        """Iterate over the inventory lazily: ``async for record in client.numbers.list()``.

        See :meth:`Numbers.list`; ``await pager.fetch_total()`` for ``TotalResults``.
        """
        lim = v.optional_limit(limit)
        size = _page_size(page_size, lim)
        self._page_request(1, filter, size)

        async def fetch(page_number: int) -> InventoryPage:
            page: InventoryPage = await self._client._request_parsed(
                self._page_request(page_number, filter, size)
            )
            return page

        return AsyncNumberPager(fetch, limit=lim)

    async def bulk_change_status(
        self,
        change_type: str,
        numbers: NumbersArg,
        *,
        batch_size: int = 100,
        effective_date: DateLike | None = None,
        area_code: str | None = None,
        zip_code: str | None = None,
        concurrency: int = 4,
        wait: bool = False,
        wait_timeout: float = 300.0,
        poll_interval: float = 2.0,
    ) -> BulkResult:
        """Bulk status change with at most ``concurrency`` batches in flight.

        See :meth:`Numbers.bulk_change_status`; the client's rate limit still applies
        to every request.
        """
        import asyncio  # noqa: PLC0415 - only async code pays for importing asyncio

        c = self._client
        v.positive_int(concurrency, "concurrency")
        plan, requests = self._bulk_requests(
            change_type,
            numbers,
            batch_size,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )
        result = BulkResult(plan.change_type, duplicates=plan.duplicates)
        semaphore = asyncio.Semaphore(concurrency)

        async def run(index: int, batch: list[str], req: APIRequest[StatusChangeOrder]) -> None:
            async with semaphore:
                try:
                    order: StatusChangeOrder = await c._request_parsed(req)
                except TelegentError as exc:
                    _bulk.record_error(result, index, batch, exc)
                else:
                    _bulk.record_order(result, index, batch, order)

        await asyncio.gather(
            *(run(i, b, r) for i, (b, r) in enumerate(zip(plan.batches, requests, strict=True)))
        )
        if wait:
            timeout = v.positive_number(wait_timeout, "wait_timeout", allow_zero=True)
            orders = c.orders  # type: ignore[attr-defined]

            async def wait_for(order_id: str) -> None:
                outcome: OrderDetails | TelegentError
                try:
                    outcome = await orders.wait(
                        order_id, timeout=timeout, poll_interval=poll_interval
                    )
                except TelegentError as exc:
                    outcome = exc
                _bulk.record_wait(result, order_id, outcome)

            await asyncio.gather(*(wait_for(oid) for oid in _bulk.done_order_ids(result)))
        return _bulk.finalize(result, [n for b in plan.batches for n in b])
