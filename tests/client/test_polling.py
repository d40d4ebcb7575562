"""orders.wait: Complete / Error / deadline / unknown statuses / backoff / progress."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from telegent import OrderDetails, OrderFailedError, OrderTimeoutError

from ._support import ORDER_PATH, aw, jres

pytestmark = pytest.mark.anyio

OID = "JNUOID-12390e1f-ef69-4d81-b97b-8d000e763ec9"


def order(status: str, message: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {
        "OrderDate": "2025-12-08T00:12:08.89",
        "OrderId": OID,
        "OrderStatus": status,
        "OrderType": "portin",
        "PhoneNumbersOrdered": [{"Number": "+12815703894"}],
    }
    if message is not None:
        body["OrderStatusMessage"] = message
    return jres(200, body)


async def test_wait_until_complete_with_backoff(api: Any, client: Any, clock: Any) -> None:
    api.on(
        "GET", ORDER_PATH, order("Pending"), order("Pending"), order("Pending"), order("Complete")
    )
    details = await aw(client.orders.wait(OID, poll_interval=2.0, backoff=2.0, max_interval=5.0))
    assert details.order_status == "Complete"
    assert clock.sleeps == [2.0, 4.0, 5.0]
    assert len(api.calls("GET", ORDER_PATH)) == 4
    assert api.calls("GET", ORDER_PATH)[0].url.params["OrderId"] == OID


async def test_wait_raises_order_failed_with_code_and_text(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, order("Pending"), order("Error", "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"))
    with pytest.raises(OrderFailedError) as info:
        await aw(client.orders.wait(OID))
    err = info.value
    assert err.order_id == OID
    assert err.code == "8A"
    assert err.message == "ACCOUNT_NUM_REQ_OR_INCORRECT"
    assert isinstance(err.details, OrderDetails)
    assert "8A-ACCOUNT_NUM_REQ_OR_INCORRECT" in str(err)


async def test_wait_times_out_at_deadline(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, order("Pending"))
    t0 = clock.monotonic()
    with pytest.raises(OrderTimeoutError) as info:
        await aw(client.orders.wait(OID, timeout=10.0, poll_interval=3.0, backoff=1.0))
    assert info.value.order_id == OID
    assert info.value.last is not None and info.value.last.order_status == "Pending"
    # polls at 0, 3, 6, 9 and a last one exactly at the deadline (10)
    assert clock.sleeps == [3.0, 3.0, 3.0, 1.0]
    assert clock.monotonic() - t0 == 10.0
    assert len(api.calls("GET", ORDER_PATH)) == 5
    assert "client.orders.get" in str(info.value)


async def test_last_poll_at_deadline_can_still_complete(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, order("Pending"), order("Complete"))
    details = await aw(client.orders.wait(OID, timeout=1.0, poll_interval=5.0))
    assert details.order_status == "Complete"


async def test_unknown_status_keeps_polling(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, order("Queued"), order("InProgress"), order("complete"))
    details = await aw(client.orders.wait(OID))
    assert details.order_status == "complete"
    assert len(api.calls("GET", ORDER_PATH)) == 3


async def test_progress_callback_and_logging(
    api: Any, client: Any, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="telegent")
    api.on("GET", ORDER_PATH, order("Pending"), order("Complete"))
    seen: list[str | None] = []
    if mode == "async":

        async def on_progress(d: OrderDetails) -> None:
            seen.append(d.order_status)
    else:

        def on_progress(d: OrderDetails) -> None:  # type: ignore[misc]
            seen.append(d.order_status)

    await aw(client.orders.wait(OID, on_progress=on_progress))
    assert seen == ["Pending", "Complete"]
    assert f"order {OID} status 'Pending' (poll 1)" in caplog.text
    assert f"order {OID} complete after 2 poll(s)" in caplog.text


async def test_transient_error_during_polling_is_retried(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, order("Pending"), jres(503, {"StatusCode": 503}), order("Complete"))
    assert (await aw(client.orders.wait(OID))).order_status == "Complete"


async def test_invalid_poll_arguments(api: Any, client: Any) -> None:
    for kwargs in ({"timeout": -1}, {"poll_interval": 0}, {"backoff": 0.5}, {"max_interval": 0}):
        with pytest.raises(ValueError):
            await aw(client.orders.wait(OID, **kwargs))
    assert api.requests == []
