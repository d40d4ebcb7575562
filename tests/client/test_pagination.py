"""Inventory pagination: lazy, across pages, limit, empty page, TotalResults, pages()."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ._support import INVENTORY_PATH, aw, collect, jres, page, record

pytestmark = pytest.mark.anyio


def serve_inventory(api: Any, total: int, *, server_page_cap: int | None = None) -> None:
    """A server paging ``total`` records by PageNumber/TotalNumbersRequested."""

    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params["PageNumber"])
        size = int(request.url.params["TotalNumbersRequested"])
        if server_page_cap:
            size = min(size, server_page_cap)
        start = (n - 1) * size
        recs = [record(i) for i in range(start, min(start + size, total))]
        return jres(200, page(n, total, recs))

    api.on("GET", INVENTORY_PATH, handler)


def pages_requested(api: Any) -> list[tuple[str, str]]:
    return [
        (r.url.params["PageNumber"], r.url.params["TotalNumbersRequested"])
        for r in api.calls("GET", INVENTORY_PATH)
    ]


async def test_iterates_all_pages_and_stops_at_total(api: Any, client: Any) -> None:
    serve_inventory(api, 250)
    numbers = [r.number for r in await collect(client.numbers.list(page_size=100))]
    assert numbers == [f"+1801555{i:04d}" for i in range(250)]
    assert pages_requested(api) == [("1", "100"), ("2", "100"), ("3", "100")]


async def test_exact_multiple_does_not_fetch_an_extra_page(api: Any, client: Any) -> None:
    serve_inventory(api, 200)
    assert len(await collect(client.numbers.list(page_size=100))) == 200
    assert len(api.calls("GET", INVENTORY_PATH)) == 2


async def test_server_capping_page_size_still_reaches_total(api: Any, client: Any) -> None:
    serve_inventory(api, 120, server_page_cap=50)
    # the SDK asks 100/page; the server gives 50: pages 1, 2, 3 (total 120)
    records = await collect(client.numbers.list(page_size=100))
    assert len(records) == 120


async def test_limit_stops_early(api: Any, client: Any) -> None:
    serve_inventory(api, 1000)
    records = await collect(client.numbers.list(page_size=100, limit=150))
    assert len(records) == 150
    assert len(api.calls("GET", INVENTORY_PATH)) == 2


async def test_limit_smaller_than_page_size_shrinks_request(api: Any, client: Any) -> None:
    serve_inventory(api, 1000)
    records = await collect(client.numbers.list(page_size=100, limit=5))
    assert len(records) == 5
    assert pages_requested(api) == [("1", "5")]


async def test_limit_zero_sends_nothing(api: Any, client: Any) -> None:
    serve_inventory(api, 10)
    assert await collect(client.numbers.list(limit=0)) == []
    assert api.requests == []


async def test_empty_page_stops(api: Any, client: Any) -> None:
    api.on(
        "GET",
        INVENTORY_PATH,
        jres(200, {"PhoneNumbers": [record(1), record(2)]}),  # no TotalResults at all
        jres(200, {"PhoneNumbers": []}),
    )
    assert len(await collect(client.numbers.list(page_size=2))) == 2
    assert len(api.calls("GET", INVENTORY_PATH)) == 2


async def test_first_page_empty(api: Any, client: Any) -> None:
    api.on("GET", INVENTORY_PATH, jres(200, page(1, 0, [])))
    assert await collect(client.numbers.list()) == []
    assert len(api.calls("GET", INVENTORY_PATH)) == 1


async def test_server_ignoring_page_number_does_not_loop_forever(
    api: Any, client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api.on("GET", INVENTORY_PATH, jres(200, {"PhoneNumbers": [record(1), record(2)]}))
    records = await collect(client.numbers.list(page_size=2))
    assert len(records) == 2
    assert len(api.calls("GET", INVENTORY_PATH)) == 2
    assert "repeats page" in caplog.text


async def test_lazy_nothing_sent_until_iterated(api: Any, client: Any) -> None:
    serve_inventory(api, 10)
    pager = client.numbers.list(filter="Active")
    assert api.requests == []
    await collect(pager)
    assert api.calls("GET", INVENTORY_PATH)[0].url.params["Filter"] == "Active"


async def test_pages_and_total(api: Any, client: Any, mode: str) -> None:
    serve_inventory(api, 250)
    pager = client.numbers.list(page_size=100)
    # Sync and async alike: the property never sends; fetch_total() fetches page 1.
    assert pager.total is None
    assert api.requests == []
    assert await aw(pager.fetch_total()) == 250
    assert pager.total == 250
    assert await aw(pager.fetch_total()) == 250  # cached: no second request
    assert len(api.calls("GET", INVENTORY_PATH)) == 1
    pages = await collect(pager.pages())
    assert [p.page_number for p in pages] == [1, 2, 3]
    assert [len(p.phone_numbers) for p in pages] == [100, 100, 50]
    # page 1 was fetched once for .total and reused by the iteration
    assert len(api.calls("GET", INVENTORY_PATH)) == 3


async def test_total_follows_the_pages_fetched(api: Any, client: Any, mode: str) -> None:
    totals = iter([250, 240])
    api.on(
        "GET",
        INVENTORY_PATH,
        lambda r: jres(200, page(n := int(r.url.params["PageNumber"]), next(totals), [record(n)])),
    )
    pager = client.numbers.list(page_size=1, limit=2)
    seen: list[int | None] = [pager.total]
    if mode == "sync":
        for _ in pager.pages():
            seen.append(pager.total)
    else:
        async for _ in pager.pages():
            seen.append(pager.total)
    # None before any page; then each page's TotalResults (the inventory changed)
    assert seen == [None, 250, 240]


async def test_memory_bounded_by_one_page(api: Any, client: Any, mode: str) -> None:
    serve_inventory(api, 300)
    pager = client.numbers.list(page_size=100)
    seen = 0
    if mode == "sync":
        for _ in pager:
            seen += 1
            assert pager._first is None  # no page is retained by the pager itself
    else:
        async for _ in pager:
            seen += 1
            assert pager._first is None
    assert seen == 300


async def test_list_page_single(api: Any, client: Any) -> None:
    serve_inventory(api, 30)
    p = await aw(client.numbers.list_page(page_number=2, page_size=10))
    assert p.page_number == 2 and len(p.phone_numbers) == 10
    assert p.total_results == 30


async def test_pagination_retries_a_failed_page(api: Any, client: Any) -> None:
    api.on(
        "GET",
        INVENTORY_PATH,
        jres(200, page(1, 3, [record(1), record(2)])),
        jres(503, {"StatusCode": 503}),
        jres(200, page(2, 3, [record(3)])),
    )
    assert len(await collect(client.numbers.list(page_size=2))) == 3


async def test_page_responses_freed_without_the_cyclic_gc(api: Any, client: Any) -> None:
    """httpx ties each response to its stream in a reference cycle; the SDK breaks it,
    so page bodies are freed as soon as a page is parsed, not at the next GC run."""
    import gc

    serve_inventory(api, 2000)

    def responses() -> int:
        return sum(1 for o in gc.get_objects() if isinstance(o, httpx.Response))

    gc.collect()
    before = responses()  # other tests' parametrized responses may be alive
    gc.disable()
    try:
        count = 0
        pager = client.numbers.list(page_size=20)
        if hasattr(pager, "__aiter__"):
            async for _ in pager:
                count += 1
        else:
            for _ in pager:
                count += 1
        alive = responses() - before
    finally:
        gc.enable()
    assert count == 2000
    assert alive <= 2  # 100 pages were fetched
