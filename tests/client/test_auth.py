"""Authentication: token exchange, cache, renewal, 401 replay, stampede, scoping, secrets."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
from datetime import timedelta
from typing import Any

import httpx
import pytest

from telegent import AsyncTelegent, AuthenticationError, PermissionDeniedError, Telegent
from telegent._auth import jwt_expiry

from ._support import (
    KEY,
    ORDER_PATH,
    SECRET,
    TOKEN_PATH,
    FakeAPI,
    FakeClock,
    aw,
    error_body,
    expiry_text,
    jres,
    make_client,
)

pytestmark = pytest.mark.anyio

ORDER = {"OrderId": "JNUOID-1", "OrderStatus": "Pending"}


async def test_token_exchange_body_and_bearer_header(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    (token_req,) = api.token_calls()
    assert json.loads(token_req.content) == {"AccountKey": KEY, "AccountSecret": SECRET}
    assert "authorization" not in token_req.headers
    (call,) = api.calls("GET", ORDER_PATH)
    assert call.headers["authorization"] == "Bearer tok-1"


async def test_token_is_cached_across_calls(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    for _ in range(5):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1


async def test_token_renewed_shortly_before_expiry(api: Any, client: Any, clock: Any) -> None:
    api.token_lifetime = 600.0
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    clock.advance(600 - 61)  # 61 s left: still valid with a 60 s skew
    await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1
    clock.advance(2)  # 59 s left: renew before use
    await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 2
    assert api.calls("GET", ORDER_PATH)[-1].headers["authorization"] == "Bearer tok-2"


async def test_jwt_exp_claim_preferred_over_token_expiry(api: Any, client: Any, clock: Any) -> None:
    exp = int((clock.now() + timedelta(seconds=300)).timestamp())
    claims = base64.urlsafe_b64encode(json.dumps({"exp": exp}).encode()).decode().rstrip("=")
    jwt = f"eyJhbGciOiJIUzI1NiJ9.{claims}.sig"
    far = expiry_text(clock.now() + timedelta(days=1))
    api.on(
        "POST",
        TOKEN_PATH,
        jres(200, {"token": jwt, "successful": True, "tokenExpiry": far}),
        api.issue_token,
    )
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    clock.advance(300 - 59)
    await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 2


def test_jwt_expiry_helper() -> None:
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry("a.!!!.c") is None
    payload = base64.urlsafe_b64encode(b'{"exp": "soon"}').decode()
    assert jwt_expiry(f"a.{payload}.c") is None


async def test_expiry_already_past_on_arrival_is_distrusted(
    api: Any, client: Any, clock: Any
) -> None:
    # A tokenExpiry written in a US zone and read as UTC lands in the past.
    past = expiry_text(clock.now() - timedelta(hours=6))
    api.on(
        "POST", TOKEN_PATH, jres(200, {"token": "tok-z", "successful": True, "tokenExpiry": past})
    )
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    for _ in range(3):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1  # used until a 401, not re-fetched every call


async def test_401_reauthenticates_once_and_replays(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(401, "expired"), jres(200, ORDER))
    details = await aw(client.orders.get("JNUOID-1"))
    assert details.order_id == "JNUOID-1"
    assert len(api.token_calls()) == 2
    calls = api.calls("GET", ORDER_PATH)
    assert [c.headers["authorization"] for c in calls] == ["Bearer tok-1", "Bearer tok-2"]


async def test_401_twice_raises_authentication_error(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(401, "nope"))
    with pytest.raises(AuthenticationError):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 2  # exactly one re-auth
    assert len(api.calls("GET", ORDER_PATH)) == 2


async def test_401_replay_of_post_is_allowed(api: Any, client: Any) -> None:
    from ._support import ORDER_OK, STATUS_PATH

    api.on("POST", STATUS_PATH, error_body(401, "expired"), jres(200, ORDER_OK))
    order = await aw(client.numbers.activate(["+12016093801"]))
    assert order.order_id == ORDER_OK["OrderId"]
    calls = api.calls("POST", STATUS_PATH)
    assert len(calls) == 2 and calls[0].content == calls[1].content


async def test_static_token_only(mode: str, api: Any, clock: Any) -> None:
    client = make_client(mode, api, clock, credentials=False, token="static-token-123")
    api.on("GET", ORDER_PATH, jres(200, ORDER), error_body(401, "expired"))
    await aw(client.orders.get("JNUOID-1"))
    assert api.calls("GET", ORDER_PATH)[0].headers["authorization"] == "Bearer static-token-123"
    with pytest.raises(AuthenticationError):
        await aw(client.orders.get("JNUOID-1"))
    assert api.token_calls() == []
    assert "static-token-123" not in repr(client)


async def test_bad_credentials_raise_authentication_error(api: Any, client: Any) -> None:
    api.on("POST", TOKEN_PATH, error_body(401, "invalid AccountKey or AccountSecret"))
    with pytest.raises(AuthenticationError) as info:
        await aw(client.orders.get("JNUOID-1"))
    assert SECRET not in str(info.value)
    assert api.calls("GET", ORDER_PATH) == []


async def test_successful_false_raises_authentication_error(api: Any, client: Any) -> None:
    api.on(
        "POST",
        TOKEN_PATH,
        jres(200, {"token": None, "successful": "false", "error": "Invalid credentials"}),
    )
    with pytest.raises(AuthenticationError, match="Invalid credentials"):
        await aw(client.orders.get("JNUOID-1"))


# ----------------------------------------------------------------- scoping


async def test_auto_scope_falls_back_when_api_endpoint_required(api: Any, client: Any) -> None:
    api.on(
        "POST", TOKEN_PATH, error_body(400, "The ApiEndpoint field is required."), api.issue_token
    )
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    api.on("GET", "/v1.0/numbers/inventory", jres(200, {"PhoneNumbers": []}))
    await aw(client.orders.get("JNUOID-1"))
    await aw(client.orders.get("JNUOID-2"))
    await aw(client.numbers.list_page())
    bodies = [json.loads(r.content) for r in api.token_calls()]
    assert "ApiEndpoint" not in bodies[0]
    assert bodies[1]["ApiEndpoint"] == "https://api.telegent.com/v1.0/numbers/order"
    assert bodies[2]["ApiEndpoint"] == "https://api.telegent.com/v1.0/numbers/inventory"
    assert len(bodies) == 3  # one per endpoint, cached per endpoint


async def test_auto_scope_fallback_on_successful_false(api: Any, client: Any) -> None:
    api.on(
        "POST",
        TOKEN_PATH,
        jres(200, {"successful": False, "error": "The ApiEndpoint field is required."}),
        api.issue_token,
    )
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    assert json.loads(api.token_calls()[1].content)["ApiEndpoint"].endswith("/numbers/order")


async def test_auto_scope_fallback_on_403_scope_refusal(api: Any, client: Any) -> None:
    api.on(
        "GET",
        ORDER_PATH,
        error_body(403, "Forbidden: ... Check the ApiEndpoint scope."),
        jres(200, ORDER),
    )
    await aw(client.orders.get("JNUOID-1"))
    bodies = [json.loads(r.content) for r in api.token_calls()]
    assert "ApiEndpoint" not in bodies[0] and "ApiEndpoint" in bodies[1]
    assert client._state.auth.per_endpoint


async def test_plain_403_is_not_a_scope_problem(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, error_body(403, "Forbidden: account suspended"))
    with pytest.raises(PermissionDeniedError):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1


async def test_per_endpoint_scope(client_factory: Any, api: Any) -> None:
    client = client_factory(token_scope="per-endpoint")
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    await aw(client.orders.get("JNUOID-1"))
    (req,) = api.token_calls()
    assert json.loads(req.content)["ApiEndpoint"] == "https://api.telegent.com/v1.0/numbers/order"


async def test_scope_none_never_sends_api_endpoint(client_factory: Any, api: Any) -> None:
    client = client_factory(token_scope="none")
    api.on("POST", TOKEN_PATH, error_body(400, "The ApiEndpoint field is required."))
    with pytest.raises(Exception, match="ApiEndpoint"):
        await aw(client.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1


def test_invalid_token_scope() -> None:
    with pytest.raises(ValueError, match="token_scope"):
        Telegent(account_key=KEY, account_secret=SECRET, token_scope="global")  # type: ignore[arg-type]


# ----------------------------------------------------------------- stampede


def test_token_stampede_threads(clock: FakeClock) -> None:
    api = FakeAPI(clock)
    gate = threading.Event()
    issued = threading.Lock()

    def slow_token(request: httpx.Request) -> httpx.Response:
        gate.wait(2)  # hold the first fetch until every thread has started
        with issued:
            return api.issue_token(request)

    api.on("POST", TOKEN_PATH, slow_token)
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    client = make_client("sync", api, clock)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            client.orders.get("JNUOID-1")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(5)
    assert errors == []
    assert len(api.token_calls()) == 1
    assert len(api.calls("GET", ORDER_PATH)) == 20


async def test_token_stampede_asyncio_tasks(clock: FakeClock) -> None:
    api = FakeAPI(clock)
    release = asyncio.Event()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return api.issue_token(request)

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        api.requests.append(request)  # never replayed here: no snapshot needed
        if request.url.path == TOKEN_PATH:
            return await slow_token(request)
        return jres(200, ORDER)

    client = AsyncTelegent(
        account_key=KEY,
        account_secret=SECRET,
        transport=httpx.MockTransport(handler),
        clock=clock,
    )
    tasks = [asyncio.create_task(client.orders.get("JNUOID-1")) for _ in range(50)]
    await asyncio.sleep(0)
    release.set()
    await asyncio.gather(*tasks)
    assert len(api.token_calls()) == 1
    assert len(api.calls("GET", ORDER_PATH)) == 50


def test_concurrent_401s_share_one_renewal(clock: FakeClock) -> None:
    api = FakeAPI(clock)
    barrier = threading.Barrier(10, timeout=5)

    def order(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == "Bearer tok-1":
            barrier.wait()  # every thread holds the stale token
            return httpx.Response(401, json={"StatusCode": 401})
        return jres(200, ORDER)

    api.on("GET", ORDER_PATH, order)
    client = make_client("sync", api, clock)
    client._state.auth.token_sync("https://api.telegent.com/v1.0/numbers/order")
    threads = [threading.Thread(target=client.orders.get, args=("JNUOID-1",)) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert len(api.token_calls()) == 2  # the first token, then exactly one renewal


# ----------------------------------------------------------------- secrets


async def test_secret_and_tokens_absent_from_repr_logs_and_errors(
    mode: str, api: Any, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(mode, api, clock)
    # A server that echoes the secret and the token back in its error message.
    api.on(
        "GET",
        ORDER_PATH,
        jres(200, ORDER),
        error_body(400, f"bad request; AccountSecret={SECRET}; token=tok-1"),
    )
    await aw(client.orders.get("JNUOID-1"))
    with pytest.raises(Exception) as info:
        await aw(client.orders.get("JNUOID-1"))
    texts = [
        repr(client),
        str(client),
        repr(client._state.auth),
        str(info.value),
        repr(info.value),
        json.dumps(info.value.body),  # type: ignore[attr-defined]
        caplog.text,
    ]
    for text in texts:
        assert SECRET not in text
        assert "tok-1" not in text
    assert "***" in str(info.value)
    assert "DEBUG" in caplog.text  # debug logging did happen


async def test_secret_absent_when_token_endpoint_fails(
    mode: str, api: Any, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(mode, api, clock)
    api.on("POST", TOKEN_PATH, httpx.Response(502, text=f"<html>proxy saw {SECRET}</html>"))
    with pytest.raises(Exception) as info:
        await aw(client.orders.get("JNUOID-1"))
    assert SECRET not in str(info.value)
    assert SECRET not in caplog.text


async def test_token_request_connection_failure_is_typed_and_clean(api: Any, client: Any) -> None:
    from telegent import APIConnectionError

    api.on("POST", TOKEN_PATH, httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError) as info:
        await aw(client.orders.get("JNUOID-1"))
    assert "/v1.0/oauth2/tokens" in str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert len(api.token_calls()) == 3  # the token POST is retried like a GET


def test_invalid_renew_skew() -> None:
    with pytest.raises(ValueError, match="renew_skew"):
        Telegent(account_key=KEY, account_secret=SECRET, renew_skew=-1)


def test_missing_credentials() -> None:
    with pytest.raises(ValueError, match="no credentials"):
        Telegent()
    with pytest.raises(ValueError, match="account_secret is missing"):
        Telegent(account_key=KEY)
    with pytest.raises(ValueError, match="account_key is missing") as info:
        Telegent(account_secret=SECRET)
    assert SECRET not in str(info.value)


def test_credentials_from_env(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    api = FakeAPI(clock)
    monkeypatch.setenv("TELEGENT_ACCOUNT_KEY", "DID-env")
    monkeypatch.setenv("TELEGENT_ACCOUNT_SECRET", "env-secret-xyz")
    monkeypatch.setenv("TELEGENT_BASE_URL", "http://127.0.0.1:4010")
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    client = Telegent(
        transport=httpx.MockTransport(api),
        clock=clock,
    )
    client.orders.get("JNUOID-1")
    (token_req,) = api.token_calls()
    assert str(token_req.url) == "http://127.0.0.1:4010/v1.0/oauth2/tokens"
    assert json.loads(token_req.content)["AccountKey"] == "DID-env"


def test_token_from_env(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    api = FakeAPI(clock)
    monkeypatch.setenv("TELEGENT_TOKEN", "env-token-abc")
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    client = Telegent(transport=httpx.MockTransport(api))
    client.orders.get("JNUOID-1")
    assert api.calls("GET", ORDER_PATH)[0].headers["authorization"] == "Bearer env-token-abc"
    assert api.token_calls() == []


def test_explicit_arguments_beat_env(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    api = FakeAPI(clock)
    monkeypatch.setenv("TELEGENT_ACCOUNT_KEY", "DID-env")
    monkeypatch.setenv("TELEGENT_ACCOUNT_SECRET", "env-secret-xyz")
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    client = Telegent(token="arg-token-1", transport=httpx.MockTransport(api))
    client.orders.get("JNUOID-1")
    assert api.token_calls() == []


def test_the_token_request_is_built_from_the_generated_operation_with_the_secret_masked() -> None:
    from telegent._base_client import TOKEN_OPERATION
    from telegent._registry import operation

    op = operation(TOKEN_OPERATION)
    client = Telegent(account_key=KEY, account_secret=SECRET, base_url="https://api.test")
    try:
        unscoped = client._token_request(None)
        scoped = client._token_request("https://api.test/v1.0/numbers/order")
    finally:
        client.close()
    # What the descriptor says: method, path, no bearer token, safe to resend.
    assert (unscoped.method, unscoped.path) == (op.http_method, op.path)
    assert not unscoped.authenticated and unscoped.idempotent
    assert unscoped.json == {"AccountKey": KEY, "AccountSecret": SECRET}
    assert scoped.json == {
        "AccountKey": KEY,
        "AccountSecret": SECRET,
        "ApiEndpoint": "https://api.test/v1.0/numbers/order",
    }
    # The secrets policy table masks the secret wherever the request is shown.
    assert SECRET not in repr(scoped) and "AccountSecret" in repr(scoped)
