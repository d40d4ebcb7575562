"""Retries: counts, delays, Retry-After, deadline, the POST outcome-unknown rule."""

from __future__ import annotations

import logging
from datetime import timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from telegent import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    GatewayTimeoutError,
    InternalServerError,
    OutcomeUnknownError,
    RateLimitError,
    RetryPolicy,
    ServiceUnavailableError,
)
from telegent._retry import parse_retry_after
from telegent.testing import FakeClock

from ._support import (
    INVENTORY_PATH,
    ORDER_OK,
    ORDER_PATH,
    SECRET,
    STATUS_PATH,
    UPDATE_PATH,
    FakeAPI,
    aw,
    error_body,
    jres,
    make_client,
    page,
    record,
)

pytestmark = pytest.mark.anyio

ORDER = {"OrderId": "JNUOID-1", "OrderStatus": "Pending", "OrderDate": "2025-12-08T00:12:08.89"}


def connect_error(msg: str = "connection refused") -> httpx.ConnectError:
    return httpx.ConnectError(msg)


# ----------------------------------------------------------------- GET retries


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_retries_each_retryable_status(
    status: int, api: Any, client: Any, clock: Any
) -> None:
    api.on("GET", ORDER_PATH, error_body(status, "busy"), jres(200, ORDER))
    details = await aw(client.orders.get("JNUOID-1"))
    assert details.order_id == "JNUOID-1"
    assert len(api.calls("GET", ORDER_PATH)) == 2
    assert clock.sleeps == [0.5]  # random()=1.0 -> the full first backoff step


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect timeout"),
        httpx.ReadTimeout("read timeout"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.ReadError("reset"),
        httpx.PoolTimeout("pool"),
    ],
    ids=lambda e: type(e).__name__,
)
async def test_get_retries_transport_errors(exc: Exception, api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, exc, jres(200, ORDER))
    assert (await aw(client.orders.get("JNUOID-1"))).order_status == "Pending"
    assert len(api.calls("GET", ORDER_PATH)) == 2


async def test_max_retries_then_typed_error_and_backoff_grows(
    api: Any, client: Any, clock: Any
) -> None:
    api.on("GET", ORDER_PATH, error_body(503, "down"))
    c = client.with_options(max_retries=4)
    with pytest.raises(ServiceUnavailableError):
        await aw(c.orders.get("JNUOID-1"))
    assert len(api.calls("GET", ORDER_PATH)) == 5
    # full jitter with random()=1.0: min(8, 0.5 * 2**(n-1))
    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0]


async def test_full_jitter_uses_injected_random(mode: str) -> None:
    draws = iter([0.25, 0.5])
    clock = FakeClock(random=lambda: next(draws))
    api = FakeAPI(clock)
    client = make_client(mode, api, clock)
    api.on("GET", ORDER_PATH, error_body(500, "x"), error_body(500, "x"), jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [0.25 * 0.5, 0.5 * 1.0]


async def test_backoff_capped_by_max_delay(client_factory: Any, api: Any, clock: Any) -> None:
    policy = RetryPolicy(max_retries=6, initial_delay=1.0, max_delay=3.0, deadline=None)
    client = client_factory(retry_policy=policy)
    api.on("GET", ORDER_PATH, error_body(500, "x"))
    with pytest.raises(InternalServerError):
        await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [1.0, 2.0, 3.0, 3.0, 3.0, 3.0]


async def test_max_retries_zero_means_one_attempt(client_factory: Any, api: Any) -> None:
    client = client_factory(max_retries=0)
    api.on("GET", ORDER_PATH, error_body(503, "down"))
    with pytest.raises(ServiceUnavailableError):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.calls("GET", ORDER_PATH)) == 1


async def test_non_retryable_status_is_not_retried(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(400, "bad"))
    with pytest.raises(BadRequestError):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.calls("GET", ORDER_PATH)) == 1
    assert clock.sleeps == []


async def test_connection_error_exhausted_is_typed(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, connect_error())
    with pytest.raises(APIConnectionError) as info:
        await aw(client.orders.get("JNUOID-1"))
    assert not isinstance(info.value, APITimeoutError)
    assert len(api.calls("GET", ORDER_PATH)) == 3


async def test_timeout_exhausted_is_api_timeout_error(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        await aw(client.orders.get("JNUOID-1"))


# ----------------------------------------------------------------- Retry-After


async def test_retry_after_seconds_is_honoured(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(429, "slow down"), jres(200, ORDER))
    api.steps[("GET", ORDER_PATH)][0].headers["Retry-After"] = "7"
    await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [7.0]


async def test_retry_after_http_date_against_date_header(api: Any, client: Any, clock: Any) -> None:
    server_now = clock.now() + timedelta(hours=3)  # server clock differs from ours
    headers = {
        "Retry-After": format_datetime(server_now + timedelta(seconds=12), usegmt=True),
        "Date": format_datetime(server_now, usegmt=True),
    }
    api.on("GET", ORDER_PATH, jres(503, {"StatusCode": 503}, **headers), jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [12.0]


async def test_retry_after_http_date_without_date_header_uses_clock(
    api: Any, client: Any, clock: Any
) -> None:
    when = format_datetime(clock.now() + timedelta(seconds=5), usegmt=True)
    api.on(
        "GET", ORDER_PATH, jres(429, {"StatusCode": 429}, **{"Retry-After": when}), jres(200, ORDER)
    )
    await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [5.0]


async def test_retry_after_is_capped(client_factory: Any, api: Any, clock: Any) -> None:
    client = client_factory(retry_policy=RetryPolicy(retry_after_cap=10.0))
    api.on(
        "GET",
        ORDER_PATH,
        jres(429, {"StatusCode": 429}, **{"Retry-After": "3600"}),
        jres(200, ORDER),
    )
    await aw(client.orders.get("JNUOID-1"))
    assert clock.sleeps == [10.0]


def test_parse_retry_after_variants(clock: Any) -> None:
    h = httpx.Headers
    assert parse_retry_after(h({"retry-after": "2.5"}), clock.now) == 2.5
    assert parse_retry_after(h({"retry-after-ms": "1500"}), clock.now) == 1.5
    assert parse_retry_after(h({"retry-after": "soon"}), clock.now) is None
    assert parse_retry_after(h({"retry-after": "-3"}), clock.now) is None
    past = format_datetime(clock.now() - timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(h({"retry-after": past}), clock.now) == 0.0
    assert parse_retry_after(h({}), clock.now) is None


# ----------------------------------------------------------------- deadline


async def test_deadline_stops_retries(client_factory: Any, api: Any, clock: Any) -> None:
    policy = RetryPolicy(max_retries=10, initial_delay=4.0, max_delay=100.0, deadline=20.0)
    client = client_factory(retry_policy=policy)
    api.on("GET", ORDER_PATH, error_body(503, "down"))
    with pytest.raises(ServiceUnavailableError):
        await aw(client.orders.get("JNUOID-1"))
    # sleeps 4 and 8 (elapsed 12); the next (16) would end past 20 s
    assert clock.sleeps == [4.0, 8.0]
    assert len(api.calls("GET", ORDER_PATH)) == 3


async def test_deadline_counts_time_spent_in_requests(
    client_factory: Any, api: Any, clock: Any
) -> None:
    starts: list[float] = []

    def slow_failure(request: httpx.Request) -> httpx.Response:
        starts.append(clock.monotonic())
        clock.advance(9.0)  # each attempt takes 9 s
        return httpx.Response(503, json={"StatusCode": 503})

    client = client_factory(retry_policy=RetryPolicy(max_retries=5, deadline=20.0))
    api.on("GET", ORDER_PATH, slow_failure)
    t0 = clock.monotonic()
    with pytest.raises(ServiceUnavailableError):
        await aw(client.orders.get("JNUOID-1"))
    # attempts at 0, 9.5, 19.5 s; a fourth would start at 30.5 s > 20 s
    assert [s - t0 for s in starts] == [0.0, 9.5, 19.5]
    assert clock.sleeps == [0.5, 1.0]


async def test_with_options_deadline_and_max_retries_per_call(
    api: Any, client: Any, clock: Any
) -> None:
    api.on("GET", ORDER_PATH, error_body(500, "x"))
    with pytest.raises(InternalServerError):
        await aw(client.with_options(max_retries=1).orders.get("JNUOID-1"))
    assert len(api.calls("GET", ORDER_PATH)) == 1 + 1
    with pytest.raises(InternalServerError):
        await aw(client.orders.get("JNUOID-1"))  # the original keeps its 2 retries
    assert len(api.calls("GET", ORDER_PATH)) == 2 + 3


# ----------------------------------------------------------------- POST rule


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_post_after_ambiguous_status_raises_outcome_unknown_without_resend(
    status: int, api: Any, client: Any
) -> None:
    api.on("POST", STATUS_PATH, error_body(status, "upstream trouble"), jres(200, ORDER_OK))
    with pytest.raises(OutcomeUnknownError) as info:
        await aw(client.numbers.activate(["+12016093801"]))
    err = info.value
    assert len(api.calls("POST", STATUS_PATH)) == 1
    assert err.status_code == status
    assert isinstance(err.cause, InternalServerError)
    assert err.__cause__ is err.cause
    text = str(err)
    assert "outcome is unknown" in text
    assert "client.numbers.list" in text and "client.orders.get" in text
    assert "+12016093801" in text


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ReadError("reset"),
        httpx.WriteTimeout("write"),
    ],
    ids=lambda e: type(e).__name__,
)
async def test_post_after_sent_transport_error_is_outcome_unknown(
    exc: Exception, api: Any, client: Any
) -> None:
    api.on("POST", UPDATE_PATH, exc, jres(200, {"Number": "+18018018011"}))
    with pytest.raises(OutcomeUnknownError) as info:
        await aw(client.numbers.update("+18018018011", voice_enabled=False))
    assert len(api.calls("POST", UPDATE_PATH)) == 1
    assert info.value.status_code is None
    assert isinstance(info.value.cause, APIConnectionError)
    assert "+18018018011" in str(info.value)


@pytest.mark.parametrize(
    "step",
    [
        error_body(503, "unavailable"),
        error_body(429, "too many"),
        error_body(408, "timeout"),
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect"),
        httpx.PoolTimeout("pool"),
    ],
    ids=["503", "429", "408", "ConnectError", "ConnectTimeout", "PoolTimeout"],
)
async def test_post_is_resent_when_surely_not_applied(step: Any, api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, step, jres(200, ORDER_OK))
    order = await aw(client.numbers.activate(["+12016093801"]))
    assert order.order_id == ORDER_OK["OrderId"]
    assert len(api.calls("POST", STATUS_PATH)) == 2


async def test_post_safe_retries_exhausted_is_plain_error(api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, error_body(429, "too many"))
    with pytest.raises(RateLimitError):
        await aw(client.numbers.activate(["+12016093801"]))
    assert len(api.calls("POST", STATUS_PATH)) == 3


async def test_post_unknown_even_with_retries_left_after_earlier_503(api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, error_body(503, "x"), error_body(504, "gw"), jres(200, ORDER_OK))
    with pytest.raises(OutcomeUnknownError) as info:
        await aw(client.numbers.activate(["+12016093801"]))
    assert isinstance(info.value.cause, GatewayTimeoutError)
    assert len(api.calls("POST", STATUS_PATH)) == 2


async def test_token_post_is_retried_on_500(api: Any, client: Any) -> None:
    api.on(
        "POST",
        "/v1.0/oauth2/tokens",
        error_body(500, "oops"),
        httpx.ReadTimeout("t"),
        jres(200, {"token": "tok-x", "successful": True}),
    )
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 3
    assert api.calls("GET", ORDER_PATH)[0].headers["authorization"] == "Bearer tok-x"


# ----------------------------------------------------------------- logging


async def test_each_retry_logged_at_info_without_secrets(
    api: Any, client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="telegent")
    api.on(
        "GET",
        INVENTORY_PATH,
        error_body(503, "x"),
        error_body(502, "y"),
        jres(200, page(1, 1, [record(1)])),
    )
    await aw(client.numbers.list_page())
    retries = [r for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 2
    msg = retries[0].getMessage()
    assert retries[0].levelno == logging.INFO
    assert "GET /v1.0/numbers/inventory" in msg
    assert "attempt 2 of 3" in msg and "0.50s" in msg and "HTTP 503" in msg
    assert "attempt 3 of 3" in retries[1].getMessage()
    for r in caplog.records:
        assert SECRET not in r.getMessage()
        assert "tok-1" not in r.getMessage()


def test_retry_policy_validation() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=0)
    with pytest.raises(ValueError, match="initial_delay"):
        RetryPolicy(initial_delay=-1)
