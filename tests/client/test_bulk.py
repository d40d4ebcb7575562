"""bulk_change_status: batching, duplicates, failures, unknown outcomes, waiting."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from telegent import (
    AsyncTelegent,
    BadRequestError,
    BulkResult,
    OrderFailedError,
    OutcomeUnknownError,
)

from ._support import KEY, ORDER_PATH, SECRET, STATUS_PATH, FakeClock, aw, jres

pytestmark = pytest.mark.anyio


def nums(n: int, start: int = 0) -> list[str]:
    return [f"+1201609{i:04d}" for i in range(start, start + n)]


def order_for(request: httpx.Request, oid: str, status: str = "Complete") -> httpx.Response:
    body = json.loads(request.content)
    return jres(
        200,
        {
            "OrderId": oid,
            "OrderStatus": status,
            "ChangeType": body["StatusChange"],
            "EffectiveDate": "2026-12-01T00:00:00",
            "Numbers": [{"Number": p["Number"], "QrCode": None} for p in body["PhoneNumbers"]],
        },
    )


def batch_server(api: Any, outcomes: dict[int, Any]) -> None:
    """Answer batch k (by first number's position) with outcomes.get(k, ok order)."""
    counter = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        k = counter["n"]
        counter["n"] += 1
        outcome = outcomes.get(k)
        if outcome is None:
            return order_for(request, f"JNUOID-{k}")
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome):
            return outcome(request)  # type: ignore[no-any-return]
        return outcome  # type: ignore[no-any-return]

    api.on("POST", STATUS_PATH, handler)


async def test_batches_and_all_done(api: Any, client: Any) -> None:
    batch_server(api, {})
    result = await aw(client.numbers.bulk_change_status("cancel", nums(250), batch_size=100))
    assert isinstance(result, BulkResult)
    assert result.ok and len(result) == 250
    sent = [json.loads(r.content) for r in api.calls("POST", STATUS_PATH)]
    assert [len(b["PhoneNumbers"]) for b in sent] == [100, 100, 50]
    assert all(b["StatusChange"] == "cancel" for b in sent)
    assert [i.number for i in result] == nums(250)  # input order kept
    assert {i.order_id for i in result} == {"JNUOID-0", "JNUOID-1", "JNUOID-2"}
    assert len(result.orders) == 3


async def test_duplicates_reported_and_sent_once(api: Any, client: Any) -> None:
    batch_server(api, {})
    n = nums(5)
    result = await aw(
        client.numbers.bulk_change_status("park", [*n, n[1], n[3], n[1]], batch_size=2)
    )
    assert result.duplicates == [n[1], n[3]]
    sent = [
        p["Number"]
        for r in api.calls("POST", STATUS_PATH)
        for p in json.loads(r.content)["PhoneNumbers"]
    ]
    assert sent == n
    assert len(result) == 5 and result.ok


async def test_failed_and_unknown_batches_nothing_dropped(api: Any, client: Any) -> None:
    batch_server(
        api,
        {
            1: jres(400, {"StatusCode": 400, "Message": "number not on account"}),
            2: jres(504, {"StatusCode": 504, "Message": "gateway timeout"}),
            3: httpx.ReadTimeout("read timed out"),
            4: httpx.Response(200, content=b'{"OrderId": "JNU'),
        },
    )
    numbers = nums(12)
    result = await aw(client.numbers.bulk_change_status("activate", numbers, batch_size=2))
    by = {i.number: i for i in result}
    assert set(by) == set(numbers)
    assert [i.number for i in result.done] == numbers[0:2] + numbers[10:12]
    assert [i.number for i in result.failed] == numbers[2:4]
    assert all(isinstance(i.error, BadRequestError) for i in result.failed)
    assert [i.number for i in result.unknown] == numbers[4:10]
    assert isinstance(by[numbers[4]].error, OutcomeUnknownError)
    assert isinstance(by[numbers[6]].error, OutcomeUnknownError)
    assert not result.ok
    # 504 and the read timeout were not resent; the 400 was not retried either
    assert len(api.calls("POST", STATUS_PATH)) == 6
    assert "failed=2" in repr(result) and "unknown=6" in repr(result)


async def test_number_missing_from_order_is_unknown(api: Any, client: Any) -> None:
    n = nums(3)

    def partial(request: httpx.Request) -> httpx.Response:
        return jres(
            200,
            {
                "OrderId": "JNUOID-p",
                "OrderStatus": "Pending",
                "Numbers": [{"Number": n[0]}, {"Number": n[1]}],
            },
        )

    batch_server(api, {0: partial})
    result = await aw(client.numbers.bulk_change_status("activate", n))
    assert result[n[2]].status == "unknown"
    assert "JNUOID-p" in str(result[n[2]].error)
    assert result[n[0]].status == "done"


async def test_order_reported_error_in_response_is_failed(api: Any, client: Any) -> None:
    batch_server(api, {0: lambda r: order_for(r, "JNUOID-e", status="Error")})
    result = await aw(client.numbers.bulk_change_status("activate", nums(2)))
    assert [i.status for i in result] == ["failed", "failed"]
    assert isinstance(result.failed[0].error, OrderFailedError)


async def test_invalid_input_sends_nothing(api: Any, client: Any) -> None:
    batch_server(api, {})
    with pytest.raises(ValueError, match="'bogus'"):
        await aw(client.numbers.bulk_change_status("cancel", [*nums(300), "bogus"]))
    with pytest.raises(ValueError, match="batch_size"):
        await aw(client.numbers.bulk_change_status("cancel", nums(3), batch_size=0))
    with pytest.raises(ValueError, match="'12'"):
        await aw(client.numbers.bulk_change_status("swap", nums(3), area_code="12"))
    with pytest.raises(ValueError, match="ICCID"):
        await aw(client.numbers.bulk_change_status("swap-sim", nums(3)))
    with pytest.raises(ValueError, match="must not be empty"):
        await aw(client.numbers.bulk_change_status("cancel", []))
    assert api.requests == []


async def test_bulk_swap_sim_with_iccids(api: Any, client: Any) -> None:
    batch_server(api, {})
    sims = {n: f"89012403971905{i:05d}" for i, n in enumerate(nums(3))}
    result = await aw(client.numbers.bulk_change_status("swap-sim", sims, batch_size=2))
    assert result.ok
    first = json.loads(api.calls("POST", STATUS_PATH)[0].content)
    assert first["PhoneNumbers"][0] == {"Number": nums(1)[0], "ICCID": "8901240397190500000"}


async def test_bulk_wait_for_orders(api: Any, client: Any) -> None:
    batch_server(
        api,
        {
            0: lambda r: order_for(r, "JNUOID-a", "Pending"),
            1: lambda r: order_for(r, "JNUOID-b", "Pending"),
        },
    )

    def order_status(request: httpx.Request) -> httpx.Response:
        oid = request.url.params["OrderId"]
        if oid == "JNUOID-a":
            return jres(200, {"OrderId": oid, "OrderStatus": "Complete"})
        return jres(
            200,
            {
                "OrderId": oid,
                "OrderStatus": "Error",
                "OrderStatusMessage": "6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT",
            },
        )

    api.on("GET", ORDER_PATH, order_status)
    result = await aw(
        client.numbers.bulk_change_status("activate", nums(4), batch_size=2, wait=True)
    )
    assert [i.status for i in result] == ["done", "done", "failed", "failed"]
    err = result.failed[0].error
    assert isinstance(err, OrderFailedError) and err.code == "6P"
    assert result.order_details["JNUOID-a"].order_status == "Complete"


async def test_bulk_wait_timeout_is_unknown(api: Any, client: Any) -> None:
    batch_server(api, {0: lambda r: order_for(r, "JNUOID-a", "Pending")})
    api.on("GET", ORDER_PATH, jres(200, {"OrderId": "JNUOID-a", "OrderStatus": "Pending"}))
    result = await aw(
        client.numbers.bulk_change_status("activate", nums(2), wait=True, wait_timeout=5)
    )
    assert [i.status for i in result] == ["unknown", "unknown"]


async def test_bulk_respects_rate_limit(client_factory: Any, api: Any, clock: Any) -> None:
    client = client_factory(rate_limit_per_minute=3)
    batch_server(api, {})
    t0 = clock.monotonic()
    result = await aw(client.numbers.bulk_change_status("cancel", nums(10), batch_size=2))
    assert result.ok
    # 1 token request + 5 batches = 6 requests at <= 3/min: the last waits a full minute
    assert clock.monotonic() - t0 == pytest.approx(60.0)


async def test_async_bulk_bounded_concurrency(clock: FakeClock) -> None:
    in_flight = 0
    peak = 0
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        await request.aread()
        if request.url.path.endswith("/tokens"):
            return jres(200, {"token": "tok", "successful": True})
        seen.append(request)
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)  # let other batches start
        await asyncio.sleep(0)
        in_flight -= 1
        return order_for(request, f"JNUOID-{len(seen)}")

    client = AsyncTelegent(
        account_key=KEY,
        account_secret=SECRET,
        transport=httpx.MockTransport(handler),
        clock=clock,
    )
    result = await client.numbers.bulk_change_status(
        "cancel", nums(50), batch_size=5, concurrency=3
    )
    assert result.ok and len(seen) == 10
    assert peak == 3
    assert [i.number for i in result] == nums(50)
