"""``client.numbers``: status changes, inventory, updates, bulk changes.

Requests are serialised with the generated request models (``StatusChangeRequest``,
``StatusChangeNumber``, ``NumberUpdateRequest``) and the generated endpoint modules
(method, path, query names), so the patched spec stays the single source of truth.
Responses are parsed straight from JSON into :mod:`telegent.types` records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .. import _bulk
from .. import _validation as v
from .._base_client import (
    APIRequest,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._bulk import BulkResult
from .._errors import TelegentError
from .._pagination import AsyncNumberPager, NumberPager
from .._validation import ChangeType
from ..types import InventoryPage, NumberUpdateResult, OrderDetails, StatusChangeOrder

if TYPE_CHECKING:
    from telegent_mpaas_client.models.number_update_request_classification import (
        NumberUpdateRequestClassification,
    )
    from telegent_mpaas_client.models.number_update_request_message_type import (
        NumberUpdateRequestMessageType,
    )
    from telegent_mpaas_client.models.number_update_request_product_type import (
        NumberUpdateRequestProductType,
    )

    from .._client import AsyncTelegent, Telegent

# The generated package (telegent_mpaas_client: attrs models, endpoint modules) is
# imported on first use, inside the builders: `import telegent` stays cheap, and after
# the first call each of these imports is a dictionary lookup.

__all__ = ["AsyncNumbers", "Numbers"]

DateLike = date | str
NumbersArg = Sequence[str] | Mapping[str, str]


# ------------------------------------------------------------------ request builders
# Pure functions: validate, then build the APIRequest. Used by the sync and async
# resources alike, and by bulk_change_status to validate every batch before sending.


def _listing(numbers: Sequence[str]) -> str:
    shown = ", ".join(numbers[:3])
    return shown + (f" and {len(numbers) - 3} more" if len(numbers) > 3 else "")


def build_change_status(
    change_type: object,
    numbers: object,
    *,
    effective_date: object | None,
    area_code: object | None,
    zip_code: object | None,
    today: date,
) -> APIRequest[StatusChangeOrder]:
    """``POST /v1.0/numbers/status``, validated (``ValueError`` names the bad value)."""
    from telegent_mpaas_client.api.numbers import change_number_status  # noqa: PLC0415
    from telegent_mpaas_client.models import (  # noqa: PLC0415
        StatusChangeNumber,
        StatusChangeRequest,
    )
    from telegent_mpaas_client.types import UNSET  # noqa: PLC0415

    kind = v.change_type(change_type)
    pairs: list[tuple[str, str | None]]
    if kind == "swap-sim":
        pairs = [(n, sim) for n, sim in v.sim_swaps(numbers)]
    else:
        if isinstance(numbers, Mapping):
            raise ValueError(
                f"ICCIDs are only accepted for swap-sim; for {kind!r} pass a list of numbers"
            )
        pairs = [(n, None) for n in v.phone_numbers(numbers)]
    when = v.effective_date(effective_date if effective_date is not None else today)
    if (area_code is not None or zip_code is not None) and kind not in v.LOCATION_CHANGE_TYPES:
        raise ValueError(f"area_code/zip_code apply to swap and replace only, not to {kind!r}")
    body = StatusChangeRequest(
        status_change=kind,
        effective_date=when,
        phone_numbers=[
            StatusChangeNumber(number=n, iccid=sim if sim is not None else UNSET)
            for n, sim in pairs
        ],
        area_code=v.area_code(area_code) if area_code is not None else UNSET,
        zip_code=v.zip_code(zip_code) if zip_code is not None else UNSET,
    )
    sent = [n for n, _ in pairs]
    return APIRequest.from_generated(
        change_number_status._get_kwargs(body=body),
        StatusChangeOrder.from_wire,
        idempotent=False,
        how_to_check=(
            f"Before resending, check the numbers ({_listing(sent)}) with "
            "client.numbers.list(...) (their Status and OrderId), or the order with "
            "client.orders.get(order_id) if you learn its id."
        ),
    )


def build_inventory_page(
    page_number: int, *, filter: str | None, page_size: int
) -> APIRequest[InventoryPage]:
    """``GET /v1.0/numbers/inventory`` for one page (validated)."""
    from telegent_mpaas_client.api.numbers import list_number_inventory  # noqa: PLC0415
    from telegent_mpaas_client.types import UNSET  # noqa: PLC0415

    v.positive_int(page_number, "page_number")
    v.positive_int(page_size, "page_size")
    if filter is not None:
        v.text(filter, "filter")
    return APIRequest.from_generated(
        list_number_inventory._get_kwargs(
            page_number=str(page_number),
            filter_=filter if filter is not None else UNSET,
            total_numbers_requested=page_size,
        ),
        InventoryPage.from_wire,
    )


def build_update(
    number: object,
    *,
    message_enabled: object | None = None,
    message_type: object | None = None,
    classification: object | None = None,
    voice_enabled: object | None = None,
    message_route_id: object | None = None,
    voice_route_id: object | None = None,
    assigned_subscriber_id: object | None = None,
    iccid: object | None = None,
    cnam_first_name: object | None = None,
    cnam_last_name: object | None = None,
    product_type: object | None = None,
) -> APIRequest[NumberUpdateResult]:
    """``POST /v1.0/numbers/update``, validated; at least one field must be given."""
    from telegent_mpaas_client.api.numbers import update_number  # noqa: PLC0415
    from telegent_mpaas_client.models import NumberUpdateRequest  # noqa: PLC0415

    num = v.phone_number(number, what="number")
    given = {
        k: val
        for k, val in {
            "message_enabled": message_enabled,
            "message_type": message_type,
            "classification": classification,
            "voice_enabled": voice_enabled,
            "message_route_id": message_route_id,
            "voice_route_id": voice_route_id,
            "assigned_subscriber_id": assigned_subscriber_id,
            "iccid": iccid,
            "cnam_first_name": cnam_first_name,
            "cnam_last_name": cnam_last_name,
            "product_type": product_type,
        }.items()
        if val is not None
    }
    if not given:
        raise ValueError(f"update({num!r}) needs at least one field to change")
    fields: dict[str, Any] = {}
    for name in ("message_enabled", "voice_enabled"):
        if name in given:
            fields[name] = v.boolean(given[name], name)
    if "message_type" in given:
        fields["message_type"] = cast(
            "NumberUpdateRequestMessageType",
            v.choice(given["message_type"], v.MESSAGE_TYPES, "message_type"),
        )
    if "classification" in given:
        fields["classification"] = cast(
            "NumberUpdateRequestClassification",
            v.choice(given["classification"], v.CLASSIFICATIONS, "classification"),
        )
    if "product_type" in given:
        fields["product_type"] = cast(
            "NumberUpdateRequestProductType",
            v.choice(given["product_type"], v.PRODUCT_TYPES, "product_type"),
        )
    # The docs name each id's kind; the overlay records them as patterns.
    for name, prefix in (
        ("message_route_id", "MRID-"),
        ("voice_route_id", "CRID-"),
        ("assigned_subscriber_id", "TSUID-"),
    ):
        if name in given:
            fields[name] = v.identifier(given[name], name, prefix=prefix)
    if "iccid" in given:
        fields["iccid"] = v.iccid(given["iccid"], number=num)
    for name in ("cnam_first_name", "cnam_last_name"):
        if name in given:
            fields[name] = v.text(given[name], name, max_length=50)
    body = NumberUpdateRequest(number=num, **fields)
    return APIRequest.from_generated(
        update_number._get_kwargs(body=body),
        NumberUpdateResult.from_wire,
        idempotent=False,
        how_to_check=(
            f"Before resending, check {num} with client.numbers.list(...) to see whether "
            "the change was applied."
        ),
    )


def _prepare_bulk(
    change_type: object,
    numbers: object,
    *,
    batch_size: int,
    effective_date: object | None,
    area_code: object | None,
    zip_code: object | None,
    today: date,
) -> tuple[_bulk.BulkPlan, list[APIRequest[StatusChangeOrder]]]:
    kind: ChangeType = v.change_type(change_type)
    v.positive_int(batch_size, "batch_size")
    plan = _bulk.plan(kind, numbers, batch_size)
    requests = [
        build_change_status(
            kind,
            _bulk.batch_input(plan, batch),
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
            today=today,
        )
        for batch in plan.batches
    ]
    return plan, requests


# ------------------------------------------------------------------ sync resource


class Numbers:
    """Numbers: status changes, inventory, updates (``client.numbers``)."""

    def __init__(self, client: Telegent) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NumbersWithRawResponse:
        """The single-request methods, returning ``APIResponse`` (status, headers, parse)."""
        return NumbersWithRawResponse(self)

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
        return self._client._request(
            build_change_status(
                change_type,
                numbers,
                effective_date=effective_date,
                area_code=area_code,
                zip_code=zip_code,
                today=self._client._today(),
            )
        )

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
            "swap",
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
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

    def update(
        self,
        number: str,
        *,
        message_enabled: bool | None = None,
        message_type: str | None = None,
        classification: str | None = None,
        voice_enabled: bool | None = None,
        message_route_id: str | None = None,
        voice_route_id: str | None = None,
        assigned_subscriber_id: str | None = None,
        iccid: str | None = None,
        cnam_first_name: str | None = None,
        cnam_last_name: str | None = None,
        product_type: str | None = None,
    ) -> NumberUpdateResult:
        """Update one number's settings (``POST /v1.0/numbers/update``).

        Give at least one field. ``message_type``: ``a2p``/``p2p``; ``classification``:
        ``MVNO``/``IoT``; ``product_type``: ``Sms-Only``, ``Data-Only``, ``Sms+Data``,
        ``Sms+Data+Voice`` (all case-insensitive). ``None`` means "leave unchanged".
        Like status changes, an update whose answer is lost raises
        ``OutcomeUnknownError`` instead of being resent.
        """
        return self._client._request(
            build_update(
                number,
                message_enabled=message_enabled,
                message_type=message_type,
                classification=classification,
                voice_enabled=voice_enabled,
                message_route_id=message_route_id,
                voice_route_id=voice_route_id,
                assigned_subscriber_id=assigned_subscriber_id,
                iccid=iccid,
                cnam_first_name=cnam_first_name,
                cnam_last_name=cnam_last_name,
                product_type=product_type,
            )
        )

    def list_page(
        self, page_number: int = 1, *, filter: str | None = None, page_size: int = 100
    ) -> InventoryPage:
        """One inventory page (``GET /v1.0/numbers/inventory``); pages start at 1."""
        return self._client._request(
            build_inventory_page(page_number, filter=filter, page_size=page_size)
        )

    def list(
        self, *, filter: str | None = None, page_size: int = 100, limit: int | None = None
    ) -> NumberPager:
        """Iterate over the inventory lazily, page by page (nothing is sent until then).

        Args:
            filter: the API's ``Filter`` (e.g. ``"Active"``).
            page_size: numbers per page (``TotalNumbersRequested``).
            limit: stop after this many records (``None``: all).

        ``for record in client.numbers.list(): ...``; ``.pages()`` for the pages,
        ``.total`` for ``TotalResults``.
        """
        v.positive_int(page_size, "page_size")
        lim = v.optional_limit(limit)
        if filter is not None:
            v.text(filter, "filter")
        size = min(page_size, lim) if lim else page_size

        def fetch(page_number: int) -> InventoryPage:
            # Not self.list_page: a with_raw_response context must not leak into pages.
            return self._client._request_parsed(
                build_inventory_page(page_number, filter=filter, page_size=size)
            )

        return NumberPager(fetch, limit=lim)

    def bulk_change_status(
        self,
        change_type: str,
        numbers: NumbersArg | Sequence[tuple[str, str]],
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
        plan, requests = _prepare_bulk(
            change_type,
            numbers,
            batch_size=batch_size,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
            today=c._today(),
        )
        result = BulkResult(plan.change_type, duplicates=plan.duplicates)
        for index, (batch, req) in enumerate(zip(plan.batches, requests, strict=True)):
            try:
                order = c._request_parsed(req)
            except TelegentError as exc:
                _bulk.record_error(result, index, batch, exc)
            else:
                _bulk.record_order(result, index, batch, order)
        if wait:
            deadline = c._state.clock() + v.positive_number(
                wait_timeout, "wait_timeout", allow_zero=True
            )
            for order_id in _done_order_ids(result):
                outcome: OrderDetails | TelegentError
                try:
                    outcome = c.orders.wait(
                        order_id,
                        timeout=max(0.0, deadline - c._state.clock()),
                        poll_interval=poll_interval,
                    )
                except TelegentError as exc:
                    outcome = exc
                _bulk.record_wait(result, order_id, outcome)
        return _bulk.finalize(result, [n for b in plan.batches for n in b])


def _done_order_ids(result: BulkResult) -> list[str]:
    return list(
        dict.fromkeys(
            i.order_id for i in result.items.values() if i.status == "done" and i.order_id
        )
    )


class NumbersWithRawResponse:
    """``client.numbers.with_raw_response``: single-request methods return ``APIResponse``."""

    def __init__(self, numbers: Numbers) -> None:
        self.change_status = to_raw_response_wrapper(numbers.change_status)
        self.activate = to_raw_response_wrapper(numbers.activate)
        self.cancel = to_raw_response_wrapper(numbers.cancel)
        self.park = to_raw_response_wrapper(numbers.park)
        self.swap = to_raw_response_wrapper(numbers.swap)
        self.replace = to_raw_response_wrapper(numbers.replace)
        self.swap_sim = to_raw_response_wrapper(numbers.swap_sim)
        self.update = to_raw_response_wrapper(numbers.update)
        self.list_page = to_raw_response_wrapper(numbers.list_page)


# ------------------------------------------------------------------ async resource


class AsyncNumbers:
    """Numbers, async (``AsyncTelegent().numbers``); mirrors :class:`Numbers`."""

    def __init__(self, client: AsyncTelegent) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNumbersWithRawResponse:
        """The single-request methods, returning ``APIResponse`` (status, headers, parse)."""
        return AsyncNumbersWithRawResponse(self)

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
        return await self._client._request(
            build_change_status(
                change_type,
                numbers,
                effective_date=effective_date,
                area_code=area_code,
                zip_code=zip_code,
                today=self._client._today(),
            )
        )

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
            "swap",
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
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

    async def update(
        self,
        number: str,
        *,
        message_enabled: bool | None = None,
        message_type: str | None = None,
        classification: str | None = None,
        voice_enabled: bool | None = None,
        message_route_id: str | None = None,
        voice_route_id: str | None = None,
        assigned_subscriber_id: str | None = None,
        iccid: str | None = None,
        cnam_first_name: str | None = None,
        cnam_last_name: str | None = None,
        product_type: str | None = None,
    ) -> NumberUpdateResult:
        """Update one number's settings; see :meth:`Numbers.update`."""
        return await self._client._request(
            build_update(
                number,
                message_enabled=message_enabled,
                message_type=message_type,
                classification=classification,
                voice_enabled=voice_enabled,
                message_route_id=message_route_id,
                voice_route_id=voice_route_id,
                assigned_subscriber_id=assigned_subscriber_id,
                iccid=iccid,
                cnam_first_name=cnam_first_name,
                cnam_last_name=cnam_last_name,
                product_type=product_type,
            )
        )

    async def list_page(
        self, page_number: int = 1, *, filter: str | None = None, page_size: int = 100
    ) -> InventoryPage:
        """One inventory page; see :meth:`Numbers.list_page`."""
        return await self._client._request(
            build_inventory_page(page_number, filter=filter, page_size=page_size)
        )

    def list(
        self, *, filter: str | None = None, page_size: int = 100, limit: int | None = None
    ) -> AsyncNumberPager:
        """Iterate over the inventory lazily: ``async for record in client.numbers.list()``.

        See :meth:`Numbers.list`; ``await pager.fetch_total()`` for ``TotalResults``.
        """
        v.positive_int(page_size, "page_size")
        lim = v.optional_limit(limit)
        if filter is not None:
            v.text(filter, "filter")
        size = min(page_size, lim) if lim else page_size

        async def fetch(page_number: int) -> InventoryPage:
            return await self._client._request_parsed(
                build_inventory_page(page_number, filter=filter, page_size=size)
            )

        return AsyncNumberPager(fetch, limit=lim)

    async def bulk_change_status(
        self,
        change_type: str,
        numbers: NumbersArg | Sequence[tuple[str, str]],
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
        plan, requests = _prepare_bulk(
            change_type,
            numbers,
            batch_size=batch_size,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
            today=c._today(),
        )
        result = BulkResult(plan.change_type, duplicates=plan.duplicates)
        semaphore = asyncio.Semaphore(concurrency)

        async def run(index: int, batch: list[str], req: APIRequest[StatusChangeOrder]) -> None:
            async with semaphore:
                try:
                    order = await c._request_parsed(req)
                except TelegentError as exc:
                    _bulk.record_error(result, index, batch, exc)
                else:
                    _bulk.record_order(result, index, batch, order)

        await asyncio.gather(
            *(
                run(i, batch, req)
                for i, (batch, req) in enumerate(zip(plan.batches, requests, strict=True))
            )
        )
        if wait:
            timeout = v.positive_number(wait_timeout, "wait_timeout", allow_zero=True)

            async def wait_for(order_id: str) -> None:
                outcome: OrderDetails | TelegentError
                try:
                    outcome = await c.orders.wait(
                        order_id, timeout=timeout, poll_interval=poll_interval
                    )
                except TelegentError as exc:
                    outcome = exc
                _bulk.record_wait(result, order_id, outcome)

            await asyncio.gather(*(wait_for(oid) for oid in _done_order_ids(result)))
        return _bulk.finalize(result, [n for b in plan.batches for n in b])


class AsyncNumbersWithRawResponse:
    """``client.numbers.with_raw_response`` (async): methods return ``APIResponse``."""

    def __init__(self, numbers: AsyncNumbers) -> None:
        self.change_status = async_to_raw_response_wrapper(numbers.change_status)
        self.activate = async_to_raw_response_wrapper(numbers.activate)
        self.cancel = async_to_raw_response_wrapper(numbers.cancel)
        self.park = async_to_raw_response_wrapper(numbers.park)
        self.swap = async_to_raw_response_wrapper(numbers.swap)
        self.replace = async_to_raw_response_wrapper(numbers.replace)
        self.swap_sim = async_to_raw_response_wrapper(numbers.swap_sim)
        self.update = async_to_raw_response_wrapper(numbers.update)
        self.list_page = async_to_raw_response_wrapper(numbers.list_page)
