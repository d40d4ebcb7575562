"""Lazy iteration over pages, sync and async.

Every paged operation the overlay declares with ``x-telegent-paginate``
(``client.numbers.list()``, ``client.distributors.iter_subscribers()``, ...) has a
generated method that returns a pager without sending anything. Iterating it
fetches page 1, yields its records, then page 2, and so on; only the current page is
held in memory. Iteration stops at the first of:

* ``limit`` records yielded (``limit=None``: no limit);
* the total the API reports (``TotalResults`` for the inventory) seen;
* an empty page;
* a page that repeats the previous one -- the same records, or the same identities
  (numbers, for the inventory) -- (a server ignoring the page parameter; logged as a
  warning rather than looping forever). Records without an identity are compared whole,
  so pages without progress (and no total to stop at) end too.

``pager.problems`` lists what did not fit on the pages fetched so far (an item that
could not become a record is set aside there, the rest are yielded; see README "Records").
``pager.pages()`` yields the page records instead (the last one may hold more records
than ``limit`` lets the record iterator yield). ``pager.total`` is the total of the last
page fetched, ``None`` before any (a property never sends a
request); ``pager.fetch_total()`` (async: ``await pager.fetch_total()``) fetches page 1
if no page was fetched yet. Sync and async behave alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._logging import logger

if TYPE_CHECKING:
    from ._models import RecordProblem

__all__ = ["AsyncNumberPager", "AsyncPager", "NumberPager", "PageShape", "Pager"]

P = TypeVar("P")  # a page (a record)
T = TypeVar("T")  # an item on it


@dataclass(frozen=True, slots=True)
class PageShape(Generic[P, T]):
    """How to read a page: its items, the total it reports, an item's identity."""

    items: Callable[[P], list[T]]
    total: Callable[[P], int | None]
    key: Callable[[T], Any]  # None: the item has no identity (compared whole)
    what: str  # for the warning: "inventory page"
    page_param: str  # for the warning: "PageNumber"


def attribute_shape(
    items: str, total: str | None, key: str | None, what: str, page_param: str
) -> PageShape[Any, Any]:
    """A shape read from attribute names (what ``x-telegent-paginate`` declares)."""
    return PageShape(
        items=lambda page: getattr(page, items) or [],
        total=(lambda page: getattr(page, total)) if total else (lambda _page: None),
        key=(lambda item: getattr(item, key, None)) if key else (lambda _item: None),
        what=what,
        page_param=page_param,
    )


class PageCursor(Generic[P, T]):
    """The I/O-free walk over pages: what to yield, and whether to go on."""

    __slots__ = (
        "_last_items",
        "_last_keys",
        "done",
        "limit",
        "next_page",
        "seen",
        "shape",
        "total",
        "yielded",
    )

    def __init__(self, shape: PageShape[P, T], limit: int | None) -> None:
        self.shape = shape
        self.limit = limit
        self.next_page = 1
        self.seen = 0
        self.yielded = 0
        self.total: int | None = None
        self.done = limit == 0
        # What the previous page held, to notice a page that makes no progress: its
        # items' identities, and the items only when none has one (so normal paging
        # still keeps a single page of records alive).
        self._last_items: list[T] | None = None
        self._last_keys: tuple[Any, ...] | None = None

    def take(self, page: P) -> list[T]:
        """Account for ``page``; return the items of it to yield (limit applied)."""
        total = self.shape.total(page)
        if total is not None:
            self.total = total
        items = self.shape.items(page)
        if not items:
            self.done = True
            return []
        keys = tuple(self.shape.key(r) for r in items)
        if self._repeats(items, keys):
            logger.warning(
                "%s %d repeats page %d; stopping (does the server honour %s?)",
                self.shape.what,
                self.next_page,
                self.next_page - 1,
                self.shape.page_param,
            )
            self.done = True
            return []
        identified = any(k is not None for k in keys)
        self._last_keys = keys
        self._last_items = None if identified else items
        self.seen += len(items)
        if self.limit is not None:
            items = items[: self.limit - self.yielded]
        self.yielded += len(items)
        if (self.limit is not None and self.yielded >= self.limit) or (
            self.total is not None and self.seen >= self.total
        ):
            self.done = True
        self.next_page += 1
        return items

    def _repeats(self, items: list[T], keys: tuple[Any, ...]) -> bool:
        if keys != self._last_keys:
            return False
        if any(k is not None for k in keys):
            return True  # the same items again
        return items == self._last_items  # no identities: the same records again


class Pager(Generic[P, T]):
    """Iterator over a paged operation's items, fetched lazily page by page.

    ``for item in pager``: every item; ``pager.pages()``: the page records;
    ``pager.fetch_total()``: the reported total (fetching page 1 if needed);
    ``pager.total``: that count once a page was fetched, else ``None``.
    """

    def __init__(
        self, fetch: Callable[[int], P], shape: PageShape[P, T], *, limit: int | None
    ) -> None:
        self._fetch = fetch
        self._shape = shape
        self._limit = limit
        self._first: P | None = None
        self._total: int | None = None
        self._problems: list[Any] = []

    def _page(self, number: int) -> P:
        if number == 1 and self._first is not None:
            page, self._first = self._first, None  # hand it over; keep memory to one page
            return page
        return self._seen(self._fetch(number))

    def _seen(self, page: P) -> P:
        total = self._shape.total(page)
        if total is not None:
            self._total = total
        self._problems.extend(getattr(page, "problems", ()))
        return page

    @property
    def problems(self) -> list[RecordProblem]:
        """What did not fit on the pages fetched so far (items set aside, values kept as
        sent): each page's ``problems``, in order."""
        return list(self._problems)

    def first_page(self) -> P:
        """Page 1 (fetched once, then reused by the next iteration)."""
        if self._first is None:
            self._first = self._seen(self._fetch(1))
        return self._first

    @property
    def total(self) -> int | None:
        """The total from the pages fetched so far; ``None`` before the first
        (reading it never sends a request: see :meth:`fetch_total`)."""
        return self._total

    def fetch_total(self) -> int | None:
        """The reported total (fetches page 1 if no page was fetched yet)."""
        if self._total is None:
            return self._shape.total(self.first_page())
        return self._total

    def pages(self) -> Iterator[P]:
        """Yield the pages, stopping by the rules of this module."""
        cursor = PageCursor(self._shape, self._limit)
        while not cursor.done:
            page = self._page(cursor.next_page)
            if cursor.take(page):
                yield page

    def __iter__(self) -> Iterator[T]:
        cursor = PageCursor(self._shape, self._limit)
        while not cursor.done:
            yield from cursor.take(self._page(cursor.next_page))

    def to_list(self) -> list[T]:
        """All items (up to ``limit``) as a list; memory grows with the result."""
        return list(self)


class AsyncPager(Generic[P, T]):
    """Async iterator over a paged operation's items (``async for item in pager``);
    the same interface as :class:`Pager`, awaitable."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[P]], shape: PageShape[P, T], *, limit: int | None
    ) -> None:
        self._fetch = fetch
        self._shape = shape
        self._limit = limit
        self._first: P | None = None
        self._total: int | None = None
        self._problems: list[Any] = []

    async def _page(self, number: int) -> P:
        if number == 1 and self._first is not None:
            page, self._first = self._first, None
            return page
        return self._seen(await self._fetch(number))

    def _seen(self, page: P) -> P:
        total = self._shape.total(page)
        if total is not None:
            self._total = total
        self._problems.extend(getattr(page, "problems", ()))
        return page

    @property
    def problems(self) -> list[RecordProblem]:
        """What did not fit on the pages fetched so far (items set aside, values kept as
        sent): each page's ``problems``, in order."""
        return list(self._problems)

    async def first_page(self) -> P:
        """Page 1 (fetched once, then reused by the next iteration)."""
        if self._first is None:
            self._first = self._seen(await self._fetch(1))
        return self._first

    @property
    def total(self) -> int | None:
        """The total from the pages fetched so far; ``None`` before the first
        (reading it never sends a request: see :meth:`fetch_total`)."""
        return self._total

    async def fetch_total(self) -> int | None:
        """The reported total (fetches page 1 if no page was fetched yet)."""
        if self._total is None:
            return self._shape.total(await self.first_page())
        return self._total

    async def pages(self) -> AsyncIterator[P]:
        """Yield the pages, stopping by the rules of this module."""
        cursor = PageCursor(self._shape, self._limit)
        while not cursor.done:
            page = await self._page(cursor.next_page)
            if cursor.take(page):
                yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        cursor = PageCursor(self._shape, self._limit)
        while not cursor.done:
            for item in cursor.take(await self._page(cursor.next_page)):
                yield item

    async def to_list(self) -> list[T]:
        """All items (up to ``limit``) as a list; memory grows with the result."""
        return [item async for item in self]


# The inventory pager (``client.numbers.list()``) is generated from its declaration like
# the others; these names stay for code that spelled its type.
NumberPager = Pager
"""``client.numbers.list()``'s pager: a :class:`Pager` of ``InventoryPage``/``NumberRecord``."""
AsyncNumberPager = AsyncPager
"""The async client's ``client.numbers.list()`` pager: an :class:`AsyncPager`."""
