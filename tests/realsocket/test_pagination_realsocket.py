"""Paging with no progress ends, over a real socket (``limit=None``).

Before the fix, pages whose records carry no ``Number`` and that report no
``TotalResults`` were requested forever: the repeat check looked at the first number only.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from telegent import APIResponseValidationError

from ._support import aw, close
from .api import INVENTORY_PATH
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio

MAX_REQUESTS = 50  # the server gives up after this many: a looping client fails the test


def ignoring_page_number(_request: Received) -> Reply:
    records = [{"Number": "+18015550001"}, {"Number": "+18015550002"}]
    return json_reply(200, {"PhoneNumbers": records})


def guarded(handler: Any, server: Any) -> Any:
    def serve(request: Received) -> Reply:
        if len(server.requests_to(INVENTORY_PATH)) > MAX_REQUESTS:
            return json_reply(200, {"PhoneNumbers": []})  # end the loop for the test
        return handler(request)

    return serve


async def collect(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [r async for r in pager]
    return list(pager)


@pytest.mark.parametrize("handler", [ignoring_page_number])
async def test_pages_without_progress_stop(
    server: Any, connect: Any, handler: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = guarded(handler, server)
    client = connect(server, token="static-token-value")
    records = await collect(client.numbers.list(page_size=2, limit=None))
    await close(client)
    assert len(records) == 2
    assert len(server.requests_to(INVENTORY_PATH)) == 2  # page 2 repeats page 1: stop
    assert "repeats page" in caplog.text


async def test_numberless_records_are_set_aside_or_refused_in_strict_mode(
    server: Any, connect: Any
) -> None:
    """A record without its required Number is set aside (reported on the page), not a
    page to loop on; in strict mode it is a broken answer naming the field."""
    server.handler = guarded(
        lambda _r: json_reply(200, {"PhoneNumbers": [{"Status": "Active"}]}), server
    )
    client = connect(server, token="static-token-value")
    assert await collect(client.numbers.list(page_size=2, limit=None)) == []
    page = await aw(client.numbers.list_page(1, page_size=2))
    assert [p.value for p in page.problems] == [{"Status": "Active"}]
    strict = client.with_options(strict=True)
    with pytest.raises(APIResponseValidationError, match="number"):
        await collect(strict.numbers.list(page_size=2, limit=None))
    await close(client)
    assert len(server.requests_to(INVENTORY_PATH)) == 3


async def test_distinct_pages_are_all_read(server: Any, connect: Any) -> None:
    """Real progress (different records, then an empty page): all read."""

    def pages(request: Received) -> Reply:
        n = int(dict(p.split("=") for p in request.query.split("&"))["PageNumber"])
        records = (
            [{"Number": f"+1801555{n}{i:03d}", "Tnid": f"TNID-{n}-{i}"} for i in range(2)]
            if n <= 3
            else []
        )
        return Reply(200, json.dumps({"PhoneNumbers": records}).encode())

    server.handler = guarded(pages, server)
    client = connect(server, token="static-token-value")
    records = await aw(collect(client.numbers.list(page_size=2)))
    await close(client)
    assert [r.tnid for r in records] == [f"TNID-{n}-{i}" for n in (1, 2, 3) for i in range(2)]
