"""Lazy iteration over the inventory's pages, sync and async.

``client.numbers.list(...)`` returns a pager without sending anything. Iterating it
fetches page 1, yields its records, then page 2, and so on; only the current page is
held in memory. Iteration stops at the first of:

* ``limit`` records yielded (``limit=None``: no limit);
* ``TotalResults`` records seen (the count over all pages the API reports);
* an empty page;
* a page that repeats the previous one -- the same records, or the same numbers -- (a
  server ignoring ``PageNumber``; logged as a warning rather than looping forever).
  Records are compared whole, so pages whose records carry no ``Number`` (and no
  ``TotalResults`` to stop at) end too.

``pager.pages()`` yields the ``InventoryPage`` objects instead (the last one may hold
more records than ``limit`` lets the record iterator yield). ``pager.total`` is the
``TotalResults`` of the last page fetched, ``None`` before any (a property never sends a
request); ``pager.fetch_total()`` (async: ``await pager.fetch_total()``) fetches page 1
if no page was fetched yet. Sync and async behave alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING

from ._logging import logger

if TYPE_CHECKING:
    from .types import InventoryPage, NumberRecord

__all__ = ["AsyncNumberPager", "NumberPager"]

FetchPage = Callable[[int], "InventoryPage"]
AsyncFetchPage = Callable[[int], Awaitable["InventoryPage"]]


class PageCursor:
    """The I/O-free walk over pages: what to yield, and whether to go on."""

    __slots__ = (
        "_last_numbers",
        "_last_records",
        "done",
        "limit",
        "next_page",
        "seen",
        "total",
        "yielded",
    )

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.next_page = 1
        self.seen = 0
        self.yielded = 0
        self.total: int | None = None
        self.done = limit == 0
        # What the previous page held, to notice a page that makes no progress: its
        # numbers, and its records only when none of them has a number (so normal
        # paging still keeps a single page of records alive).
        self._last_records: list[NumberRecord] | None = None
        self._last_numbers: tuple[str | None, ...] | None = None

    def take(self, page: InventoryPage) -> list[NumberRecord]:
        """Account for ``page``; return the records of it to yield (limit applied)."""
        if page.total_results is not None:
            self.total = page.total_results
        records = page.phone_numbers
        if not records:
            self.done = True
            return []
        numbers = tuple(r.number for r in records)
        if self._repeats(records, numbers):
            logger.warning(
                "inventory page %d repeats page %d; stopping (does the server honour PageNumber?)",
                self.next_page,
                self.next_page - 1,
            )
            self.done = True
            return []
        numbered = any(n is not None for n in numbers)
        self._last_numbers = numbers
        self._last_records = None if numbered else records
        self.seen += len(records)
        if self.limit is not None:
            records = records[: self.limit - self.yielded]
        self.yielded += len(records)
        if (self.limit is not None and self.yielded >= self.limit) or (
            self.total is not None and self.seen >= self.total
        ):
            self.done = True
        self.next_page += 1
        return records

    def _repeats(self, records: list[NumberRecord], numbers: tuple[str | None, ...]) -> bool:
        if numbers != self._last_numbers:
            return False
        if any(n is not None for n in numbers):
            return True  # the same numbers again
        return records == self._last_records  # no numbers: the same records again


class NumberPager:
    """Iterator over inventory records, fetched lazily page by page.

    ``for record in pager``: every ``NumberRecord``; ``pager.pages()``: the
    ``InventoryPage`` objects; ``pager.fetch_total()``: ``TotalResults`` (fetching page
    1 if needed); ``pager.total``: that count once a page was fetched, else ``None``.
    """

    def __init__(self, fetch: FetchPage, *, limit: int | None) -> None:
        self._fetch = fetch
        self._limit = limit
        self._first: InventoryPage | None = None
        self._total: int | None = None

    def _page(self, number: int) -> InventoryPage:
        if number == 1 and self._first is not None:
            page, self._first = self._first, None  # hand it over; keep memory to one page
            return page
        return self._seen(self._fetch(number))

    def _seen(self, page: InventoryPage) -> InventoryPage:
        if page.total_results is not None:
            self._total = page.total_results
        return page

    def first_page(self) -> InventoryPage:
        """Page 1 (fetched once, then reused by the next iteration)."""
        if self._first is None:
            self._first = self._seen(self._fetch(1))
        return self._first

    @property
    def total(self) -> int | None:
        """``TotalResults`` from the pages fetched so far; ``None`` before the first
        (reading it never sends a request: see :meth:`fetch_total`)."""
        return self._total

    def fetch_total(self) -> int | None:
        """``TotalResults`` (fetches page 1 if no page was fetched yet)."""
        if self._total is None:
            return self.first_page().total_results
        return self._total

    def pages(self) -> Iterator[InventoryPage]:
        """Yield the inventory pages, stopping by the rules of this module."""
        cursor = PageCursor(self._limit)
        while not cursor.done:
            page = self._page(cursor.next_page)
            if cursor.take(page):
                yield page

    def __iter__(self) -> Iterator[NumberRecord]:
        cursor = PageCursor(self._limit)
        while not cursor.done:
            yield from cursor.take(self._page(cursor.next_page))

    def to_list(self) -> list[NumberRecord]:
        """All records (up to ``limit``) as a list; memory grows with the result."""
        return list(self)


class AsyncNumberPager:
    """Async iterator over inventory records (``async for record in pager``); the same
    interface as :class:`NumberPager`, awaitable."""

    def __init__(self, fetch: AsyncFetchPage, *, limit: int | None) -> None:
        self._fetch = fetch
        self._limit = limit
        self._first: InventoryPage | None = None
        self._total: int | None = None

    async def _page(self, number: int) -> InventoryPage:
        if number == 1 and self._first is not None:
            page, self._first = self._first, None
            return page
        return self._seen(await self._fetch(number))

    def _seen(self, page: InventoryPage) -> InventoryPage:
        if page.total_results is not None:
            self._total = page.total_results
        return page

    async def first_page(self) -> InventoryPage:
        """Page 1 (fetched once, then reused by the next iteration)."""
        if self._first is None:
            self._first = self._seen(await self._fetch(1))
        return self._first

    @property
    def total(self) -> int | None:
        """``TotalResults`` from the pages fetched so far; ``None`` before the first
        (reading it never sends a request: see :meth:`fetch_total`)."""
        return self._total

    async def fetch_total(self) -> int | None:
        """``TotalResults`` (fetches page 1 if no page was fetched yet)."""
        if self._total is None:
            return (await self.first_page()).total_results
        return self._total

    async def pages(self) -> AsyncIterator[InventoryPage]:
        """Yield the inventory pages, stopping by the rules of this module."""
        cursor = PageCursor(self._limit)
        while not cursor.done:
            page = await self._page(cursor.next_page)
            if cursor.take(page):
                yield page

    async def __aiter__(self) -> AsyncIterator[NumberRecord]:
        cursor = PageCursor(self._limit)
        while not cursor.done:
            for record in cursor.take(await self._page(cursor.next_page)):
                yield record

    async def to_list(self) -> list[NumberRecord]:
        """All records (up to ``limit``) as a list; memory grows with the result."""
        return [record async for record in self]
