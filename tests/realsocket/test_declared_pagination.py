"""Pagers the overlay declares (``x-telegent-paginate``), over a real socket.

No hand-written method per operation: the generator writes ``iter_subscribers`` (and
``message.iter_search``/``iter_filter``) from the declaration, and the shared pager walks
the pages with the same stop rules as ``numbers.list``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from telegent.types import Subscriber

from ._support import close
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
PATH = "/v1.0/distributor/subscribers"
TOTAL = 5


def subscribers(request: Received) -> Reply:
    query = parse_qs(request.query)
    page = int(query["PageNumber"][0])
    size = int(query.get("TotalPerPage", ["2"])[0])
    ids = range((page - 1) * size, min(page * size, TOTAL))
    rows = [{"SubscriberId": f"TSUID-{i}", "Name": f"sub {i}"} for i in ids]
    return json_reply(200, {"PageNumber": page, "TotalSubscribers": TOTAL, "Subscribers": rows})


async def collect(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


async def test_every_subscriber_over_three_pages(server: Any, connect: Any) -> None:
    server.handler = subscribers
    client = connect(server, token="static-token-value")
    pager = client.distributors.iter_subscribers(total_per_page=2)
    assert server.requests_to(PATH) == []  # nothing is sent until iterated
    items = await collect(pager)
    await close(client)
    assert [s.subscriber_id for s in items] == [f"TSUID-{i}" for i in range(TOTAL)]
    assert all(isinstance(s, Subscriber) for s in items)
    pages = [parse_qs(r.query)["PageNumber"] for r in server.requests_to(PATH)]
    assert pages == [["1"], ["2"], ["3"]]  # stops at TotalSubscribers, no 4th request
    assert pager.total == TOTAL


async def test_limit_stops_early(server: Any, connect: Any) -> None:
    server.handler = subscribers
    client = connect(server, token="static-token-value")
    items = await collect(client.distributors.iter_subscribers(total_per_page=2, limit=3))
    await close(client)
    assert [s.subscriber_id for s in items] == ["TSUID-0", "TSUID-1", "TSUID-2"]
    assert len(server.requests_to(PATH)) == 2


async def test_a_server_ignoring_the_page_number_ends(server: Any, connect: Any) -> None:
    row = {"SubscriberId": "TSUID-0"}
    server.handler = lambda _r: json_reply(200, {"TotalSubscribers": 99, "Subscribers": [row]})
    client = connect(server, token="static-token-value")
    items = await collect(client.distributors.iter_subscribers())
    await close(client)
    assert [s.subscriber_id for s in items] == ["TSUID-0"]
    assert len(server.requests_to(PATH)) == 2  # page 2 repeats page 1: stop


async def test_bad_arguments_fail_before_any_request(server: Any, connect: Any) -> None:
    server.handler = subscribers
    client = connect(server, token="static-token-value")
    with pytest.raises(TypeError, match="total_per_page"):
        client.distributors.iter_subscribers(total_per_page="ten")
    with pytest.raises(ValueError, match="limit"):
        client.distributors.iter_subscribers(limit=-1)
    await close(client)
    assert server.requests_to(PATH) == []


def test_the_inventory_pager_is_declared_not_hand_written() -> None:
    """``numbers.list`` is the generated pager of its ``x-telegent-paginate`` declaration
    (page size sent on every page, capped at ``limit``), not a method of its own."""
    from telegent._generated.resources.numbers import AsyncNumbersResource, NumbersResource
    from telegent.resources import AsyncNumbers, Numbers

    spec = json.loads((ROOT / "generated" / "openapi.json").read_text("utf-8"))
    declared = spec["paths"]["/v1.0/numbers/inventory"]["get"]["x-telegent-paginate"]
    assert declared["method"] == "list" and declared["size"] == "TotalNumbersRequested"
    assert "list" not in vars(Numbers) and Numbers.list is NumbersResource.list
    assert "list" not in vars(AsyncNumbers) and AsyncNumbers.list is AsyncNumbersResource.list


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"size": "NoSuchParam"}, "size 'NoSuchParam' is not an integer parameter"),
        ({"size": "Filter"}, "size 'Filter' is not an integer parameter"),
        ({"size-default": 5000}, "size-default 5000 is not a page size page_size takes"),
        ({"size-default": 0}, "size-default 0 is not a page size page_size takes"),
        ({"size": None}, "size-default without size"),
    ],
)
def test_a_wrong_page_size_declaration_fails_generation(
    change: dict[str, Any], message: str
) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from codegen import build_surface
    finally:
        sys.path.pop(0)
    spec = json.loads((ROOT / "generated" / "openapi.json").read_text("utf-8"))
    declared = spec["paths"]["/v1.0/numbers/inventory"]["get"]["x-telegent-paginate"]
    declared.update(change)
    with pytest.raises(ValueError, match=re.escape(message)):
        build_surface(spec, {})
