"""Constructor and ``with_options``: one documented ``clock``, every option per copy, and
what a copy shares (pool, token cache, rate limiter) or gets of its own."""

from __future__ import annotations

import inspect
import pydoc
import re
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import telegent
import telegent.testing
from telegent import (
    APIResponseTooLargeError,
    AsyncTelegent,
    Clock,
    InternalServerError,
    RetryPolicy,
    SystemClock,
    Telegent,
)
from telegent._clock import FakeClock as CoreFakeClock

from ._support import (
    KEY,
    ORDER_OK,
    ORDER_PATH,
    SECRET,
    FakeAPI,
    FakeClock,
    aw,
    error_body,
    jres,
    make_client,
)

pytestmark = pytest.mark.anyio

OTHER = "https://eu.api.telegent.com"


async def get_order(client: Any) -> Any:
    return await aw(client.orders.get(ORDER_OK["OrderId"]))


def hosts(requests: list[httpx.Request]) -> list[str]:
    return [r.url.host for r in requests]


# ---------------------------------------------------------------- the public signature


@pytest.mark.parametrize("cls", [Telegent, AsyncTelegent])
def test_help_shows_no_private_parameters(cls: type[Any]) -> None:
    for method in (cls.__init__, cls.with_options):
        names = list(inspect.signature(method).parameters)
        assert [n for n in names if n.startswith("_")] == [], method
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    assert re.findall(r"\b_(?:clock|sleep|random|utcnow)\b", text) == []
    assert "clock: a ``telegent.Clock``" in (cls.__doc__ or "")


@pytest.mark.parametrize("cls", [Telegent, AsyncTelegent])
def test_with_options_accepts_every_constructor_option(cls: type[Any]) -> None:
    init = set(inspect.signature(cls.__init__).parameters) - {"self"}
    copy = set(inspect.signature(cls.with_options).parameters) - {"self"}
    assert init == copy


# ---------------------------------------------------------------- the clock object


def test_one_fake_clock_for_sdk_and_testing() -> None:
    assert telegent.testing.FakeClock is CoreFakeClock is FakeClock
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    assert isinstance(clock, Clock)
    assert clock() == clock.monotonic() == clock.now().timestamp()
    clock.sleep(2.5)
    assert clock.sleeps == [2.5]
    assert clock.now() == datetime(2026, 1, 1, 0, 0, 2, 500000, tzinfo=UTC)
    assert FakeClock(random=0.25).random() == 0.25


def test_system_clock_is_the_default_and_a_clock() -> None:
    system = SystemClock()
    assert isinstance(system, Clock)
    assert system.now().tzinfo is UTC
    assert 0.0 <= system.random() < 1.0
    client = Telegent(token="t")
    assert isinstance(client._state.source, SystemClock)


@pytest.mark.parametrize("bad", [object(), lambda: 1.0])
def test_a_clock_missing_methods_is_refused_naming_them(bad: object) -> None:
    with pytest.raises(TypeError, match=r"clock must provide monotonic, now, sleep"):
        Telegent(token="t", clock=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="clock must provide"):
        Telegent(token="t").with_options(clock=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("start", "random"), [(datetime(2026, 1, 1), 1.0), (0.0, 2.0)])
def test_fake_clock_refuses_bad_arguments(start: Any, random: float) -> None:
    with pytest.raises(ValueError, match="naive|random must be"):
        FakeClock(start, random=random)


async def test_client_waits_on_the_injected_clock(mode: str) -> None:
    clock = FakeClock(random=0.5)
    api = FakeAPI(clock).on("GET", ORDER_PATH, error_body(503, "busy"), jres(200, ORDER_OK))
    client = make_client(mode, api, clock)
    before = clock.monotonic()
    await get_order(client)
    # full jitter: random() * initial_delay; the wait moved the fake time line, no more.
    assert clock.sleeps == [0.25]
    assert clock.monotonic() - before == 0.25


# ---------------------------------------------------------------- per-copy options


async def test_per_copy_options_leave_the_original_alone(client: Any) -> None:
    policy = RetryPolicy(max_retries=7, deadline=None)
    copy = client.with_options(
        timeout=3,
        retry_policy=policy,
        default_headers={"X-Team": "billing"},
        max_response_bytes=10_000,
    )
    assert copy.timeout.read == 3.0 and client.timeout.read == 30.0
    assert copy.retry_policy == policy and client.retry_policy == RetryPolicy()
    assert copy._options.max_response_bytes == 10_000
    assert client._options.max_response_bytes == 64 * 1024 * 1024
    assert copy.with_options(max_retries=1).retry_policy == RetryPolicy(
        max_retries=1, deadline=None
    )


async def test_deadline_per_copy_and_none_removes_it(client: Any) -> None:
    assert client.with_options(deadline=5).retry_policy.deadline == 5
    assert client.with_options(deadline=None).retry_policy.deadline is None
    assert client.with_options(max_retries=3).retry_policy.deadline == 120.0
    built = Telegent(token="t", deadline=None)
    assert built.retry_policy.deadline is None


async def test_default_headers_copy_sends_them_and_shares_the_token(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    await get_order(client)
    await get_order(client.with_options(default_headers={"X-Team": "billing"}))
    first, second = api.calls("GET", ORDER_PATH)
    assert "x-team" not in first.headers and second.headers["x-team"] == "billing"
    assert len(api.token_calls()) == 1
    assert first.headers["authorization"] == second.headers["authorization"]


async def test_max_response_bytes_per_copy(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, {**ORDER_OK, "Pad": "x" * 2000}))
    with pytest.raises(APIResponseTooLargeError) as info:
        await get_order(client.with_options(max_response_bytes=1000))
    assert info.value.limit == 1000
    assert (await get_order(client)).order_id == ORDER_OK["OrderId"]


async def test_max_retries_per_copy(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(500, "down"))
    with pytest.raises(InternalServerError):
        await get_order(client.with_options(max_retries=0))
    assert len(api.calls("GET", ORDER_PATH)) == 1
    with pytest.raises(InternalServerError):
        await get_order(client)
    assert len(api.calls("GET", ORDER_PATH)) == 1 + 3


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("timeout", -1, "-1"),
        ("max_retries", -2, "-2"),
        ("deadline", 0, "0"),
        ("max_response_bytes", 0, "0"),
        ("base_url", "http://api.telegent.com", "http://api.telegent.com"),
        ("token_scope", "sometimes", "sometimes"),
        ("renew_skew", -5, "-5"),
        ("rate_limit_per_minute", 0, "0"),
        ("token", " ", "token"),
        ("default_headers", {"X-N": 1}, "1"),
        ("retry_policy", {"max_retries": 1}, "max_retries"),
    ],
)
async def test_bad_with_options_values_are_named_before_sending(
    api: Any, client: Any, option: str, value: Any, named: str
) -> None:
    with pytest.raises((ValueError, TypeError)) as info:
        client.with_options(**{option: value})
    assert named in str(info.value)
    assert api.requests == []


# ---------------------------------------------------------------- copies with own state


async def test_base_url_copy_gets_its_own_token_from_its_own_host(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    await get_order(client)
    eu = client.with_options(base_url=OTHER)
    assert str(eu.base_url) == OTHER + "/"
    await get_order(eu)
    assert hosts(api.token_calls()) == ["api.telegent.com", "eu.api.telegent.com"]
    home, away = api.calls("GET", ORDER_PATH)
    assert away.url.host == "eu.api.telegent.com"
    # The token issued by one host never travels to another.
    assert home.headers["authorization"] != away.headers["authorization"]
    assert eu._http is client._http  # one pool still


async def test_same_base_url_copy_shares_the_token(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    await get_order(client)
    await get_order(client.with_options(base_url="https://api.telegent.com/v1.0"))
    assert len(api.token_calls()) == 1


async def test_credential_copies_authenticate_anew(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    await get_order(client)
    await get_order(client.with_options(account_key="DID-other", account_secret="other-secret"))
    await get_order(client.with_options(account_secret="rotated-secret"))
    bodies = [r.content for r in api.token_calls()]
    assert len(bodies) == 3
    assert b"DID-other" in bodies[1] and b"other-secret" in bodies[1]
    assert KEY.encode() in bodies[2] and b"rotated-secret" in bodies[2]
    static = client.with_options(token="ready-token")
    await get_order(static)
    assert api.calls("GET", ORDER_PATH)[-1].headers["authorization"] == "Bearer ready-token"
    assert len(api.token_calls()) == 3
    assert "ready-token" not in repr(static) and "rotated-secret" not in repr(static._credentials)


async def test_token_scope_and_renew_skew_copies(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    scoped = client.with_options(token_scope="per-endpoint")
    await get_order(scoped)
    assert b"ApiEndpoint" in api.token_calls()[-1].content
    assert scoped._state.auth.per_endpoint and not client._state.auth.per_endpoint
    eager = client.with_options(renew_skew=3000)  # tokens live 3600 s here
    await get_order(eager)
    clock.advance(700)  # past 3600 - 3000: the eager copy renews, the client would not
    await get_order(eager)
    assert len(api.token_calls()) == 3


async def test_rate_limit_copy_has_its_own_limiter(client: Any) -> None:
    limited = client.with_options(rate_limit_per_minute=50)
    assert client.rate_limiter is None
    assert limited.rate_limiter is not None and limited.rate_limiter.limit == 50
    assert limited.with_options(timeout=5).rate_limiter is limited.rate_limiter
    assert limited.with_options(rate_limit_per_minute=None).rate_limiter is None


async def test_rate_limit_copy_waits_on_the_clock(api: Any, client: Any, clock: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    limited = client.with_options(rate_limit_per_minute=2)
    for _ in range(3):
        await get_order(limited)
    # token + 2 calls fill the first minute's 2 slots + 1: one wait of a minute
    assert clock.sleeps and clock.sleeps[-1] == pytest.approx(60.0)


async def test_clock_copy_sleeps_on_its_own_clock(api: Any, client: Any, clock: Any) -> None:
    other = FakeClock(random=0.5)
    api.on("GET", ORDER_PATH, error_body(503, "busy"), jres(200, ORDER_OK))
    await get_order(client.with_options(clock=other))
    assert other.sleeps == [0.25] and clock.sleeps == []


async def test_transport_copy_has_its_own_pool_and_lifecycle(
    mode: str, api: Any, clock: Any
) -> None:
    client = make_client(mode, api, clock)
    api.on("GET", ORDER_PATH, jres(200, ORDER_OK))
    elsewhere = FakeAPI(clock).on("GET", ORDER_PATH, jres(200, ORDER_OK))
    transport: Any = httpx.MockTransport(elsewhere)
    copy = client.with_options(transport=transport)
    await get_order(copy)
    assert copy._http is not client._http
    assert len(elsewhere.token_calls()) == 1 and api.requests == []
    await aw(copy.close())
    await get_order(client)  # closing the copy left the client's pool open
    with pytest.raises(RuntimeError, match="closed"):
        await get_order(copy)
    await aw(client.close())


async def test_http_client_copy_uses_yours_and_never_closes_it(
    mode: str, api: Any, clock: Any
) -> None:
    client = make_client(mode, api, clock)
    elsewhere = FakeAPI(clock).on("GET", ORDER_PATH, jres(200, ORDER_OK))
    yours: Any = (
        httpx.Client(transport=httpx.MockTransport(elsewhere))
        if mode == "sync"
        else httpx.AsyncClient(transport=httpx.MockTransport(elsewhere))
    )
    copy = client.with_options(http_client=yours)
    await get_order(copy)
    assert copy._http is yours and len(elsewhere.api_calls()) == 1
    await aw(copy.close())
    assert not yours.is_closed
    await aw(yours.aclose() if mode == "async" else yours.close())


async def test_shared_pool_copy_closes_with_the_client(api: Any, client: Any) -> None:
    copy = client.with_options(timeout=5)
    await aw(client.close())
    with pytest.raises(RuntimeError, match="closed"):
        await get_order(copy)


async def test_with_options_checks_pool_arguments(mode: str, client: Any) -> None:
    wrong: Any = httpx.AsyncClient() if mode == "sync" else httpx.Client()
    right: Any = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    with pytest.raises(TypeError, match="http_client must be"):
        client.with_options(http_client=wrong)
    with pytest.raises(ValueError, match="not both"):
        client.with_options(http_client=right, transport=httpx.MockTransport(lambda r: None))
    with pytest.raises(TypeError, match="transport must be"):
        client.with_options(transport=object())
    assert SECRET not in repr(client)
