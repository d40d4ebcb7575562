"""``with_raw_response`` on helpers that send several requests: refused, before sending.

One ``APIResponse`` cannot stand for the polls of ``orders.wait``, the pages of a listing or
the batches of ``bulk_change_status``; before, those returned their usual (non-raw) result
under ``with_raw_response``. Single-request helpers (``park``, ``activate``, ...) stay raw.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from telegent import APIResponse

from ._support import ORDER_OK, ORDER_PATH, STATUS_PATH, aw, jres

pytestmark = pytest.mark.anyio

NUMBER = "+12016093801"

SEVERAL: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "orders.wait": ("orders.wait", lambda raw: raw.orders.wait("JNUOID-1")),
    "numbers.list": ("numbers.list", lambda raw: raw.numbers.list()),
    "numbers.bulk_change_status": (
        "numbers.bulk_change_status",
        lambda raw: raw.numbers.bulk_change_status("park", [NUMBER]),
    ),
    "generated paged listing": (
        "distributors.list_subscribers",  # named by the operation its pages come from
        lambda raw: raw.distributors.iter_subscribers(),
    ),
}


@pytest.mark.parametrize("helper", sorted(SEVERAL))
async def test_helpers_sending_several_requests_are_refused_before_sending(
    helper: str, api: Any, client: Any
) -> None:
    name, call = SEVERAL[helper]
    with pytest.raises(TypeError, match=rf"with_raw_response: .*{name.split('.')[1]}") as info:
        await aw(call(client.with_raw_response))
    assert "several requests" in str(info.value)
    assert api.api_calls() == []  # nothing sent
    # The refusal leaves no raw mode behind: the same client answers plain calls as usual.
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    assert (await aw(client.orders.get("JNUOID-1"))).order_id == ORDER_OK["OrderId"]


async def test_refused_on_the_resource_level_too(api: Any, client: Any) -> None:
    with pytest.raises(TypeError, match=r"orders\.wait"):
        await aw(client.orders.with_raw_response.wait("JNUOID-1"))
    assert api.api_calls() == []


async def test_a_single_request_helper_stays_raw(api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, jres(200, {**ORDER_OK, "ChangeType": "park"}))
    raw = await aw(client.with_raw_response.numbers.park([NUMBER]))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.parse().order_id == ORDER_OK["OrderId"]
    assert len(api.api_calls()) == 1
