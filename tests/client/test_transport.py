"""Transport: base URL rules, User-Agent, timeouts, injection, lifecycle, raw responses,
debug logging."""

from __future__ import annotations

import logging
import platform
from typing import Any

import httpx
import pytest

import telegent
from telegent import APIResponse, AsyncTelegent, Telegent
from telegent._logging import setup_logging_from_env
from telegent.spec import pinned_spec_version

from ._support import (
    KEY,
    ORDER_PATH,
    SECRET,
    STATUS_PATH,
    UPDATE_PATH,
    FakeAPI,
    FakeClock,
    aw,
    jres,
    make_client,
    page,
    record,
)

pytestmark = pytest.mark.anyio

ORDER = {"OrderId": "JNUOID-1", "OrderStatus": "Complete"}


@pytest.mark.parametrize(
    "url",
    ["http://api.telegent.com", "http://10.0.0.5:8080", "ftp://api.telegent.com", "api.telegent"],
)
def test_insecure_or_bad_base_url_refused(url: str) -> None:
    with pytest.raises(ValueError) as info:
        Telegent(account_key=KEY, account_secret=SECRET, base_url=url)
    assert url in str(info.value)
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:4010", "http://localhost:4010/v1.0/numbers/order"),
        ("http://127.0.0.1:4010/", "http://127.0.0.1:4010/v1.0/numbers/order"),
        ("http://[::1]:4010", "http://[::1]:4010/v1.0/numbers/order"),
        ("https://api.telegent.com/v1.0", "https://api.telegent.com/v1.0/numbers/order"),
        (
            "https://proxy.example.com/telegent/",
            "https://proxy.example.com/telegent/v1.0/numbers/order",
        ),
    ],
)
async def test_allowed_base_urls(url: str, expected: str, mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return jres(200, ORDER)

    transport = httpx.MockTransport(handler)
    client: Any
    if mode == "sync":
        client = Telegent(token="t-123", base_url=url, transport=transport)
    else:
        client = AsyncTelegent(token="t-123", base_url=url, transport=transport)
    await aw(client.orders.get("JNUOID-1"))
    assert str(seen[0].url).split("?")[0] == expected


async def test_user_agent_and_accept(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    await aw(client.orders.get("JNUOID-1"))
    py = ".".join(platform.python_version_tuple()[:2])
    expected = f"telegent-mpaas/{telegent.__version__} (spec {pinned_spec_version()}; python {py})"
    for request in api.requests:  # the token request too
        assert request.headers["user-agent"] == expected
        assert request.headers["accept"] == "application/json"
    assert pinned_spec_version() == "1.0.8"


async def test_default_timeouts_and_with_options_timeout(api: Any, client: Any) -> None:
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return jres(200, ORDER) if request.method == "GET" else api.issue_token(request)

    api.on("GET", ORDER_PATH, handler)
    await aw(client.orders.get("JNUOID-1"))
    assert seen[-1] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    await aw(client.with_options(timeout=2.0).orders.get("JNUOID-1"))
    assert seen[-1]["read"] == 2.0 and seen[-1]["connect"] == 2.0


async def test_with_options_shares_pool_and_token_cache(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    copy = client.with_options(max_retries=5)
    await aw(client.orders.get("JNUOID-1"))
    await aw(copy.orders.get("JNUOID-1"))
    assert len(api.token_calls()) == 1
    assert copy._http is client._http
    assert copy.max_retries == 5 and client.max_retries == 2


def test_injected_http_client_is_used_and_not_closed(clock: FakeClock) -> None:
    api = FakeAPI(clock)
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    http = httpx.Client(transport=httpx.MockTransport(api), timeout=12.0)
    with Telegent(token="t-1", http_client=http) as client:
        client.orders.get("JNUOID-1")
        assert client.timeout == httpx.Timeout(12.0)
    assert not http.is_closed
    http.close()


async def test_injected_async_http_client(clock: FakeClock) -> None:
    api = FakeAPI(clock)
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    http = httpx.AsyncClient(transport=httpx.MockTransport(api))
    async with AsyncTelegent(token="t-1", http_client=http) as client:
        await client.orders.get("JNUOID-1")
    assert not http.is_closed
    await http.aclose()


def test_http_client_type_checked() -> None:
    with pytest.raises(TypeError):
        Telegent(token="t", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        Telegent(
            token="t",
            http_client=httpx.Client(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


async def test_context_manager_closes_own_pool(mode: str, api: Any, clock: Any) -> None:
    client: Any = make_client(mode, api, clock)
    if mode == "sync":
        with client:
            pass
    else:
        async with client:
            pass
    assert client._http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await aw(client.orders.get("JNUOID-1"))


async def test_raw_response_from_client_and_resource(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(200, ORDER, **{"X-Request-Id": "req-42"}))
    api.on("POST", UPDATE_PATH, jres(200, {"Number": "+18018018011", "UpdateOrderId": "JNUOID-u"}))
    raw = await aw(client.with_raw_response.orders.get("JNUOID-1"))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-42"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.parse().order_id == "JNUOID-1"
    assert raw.parse() is raw.parse()
    raw2 = await aw(client.numbers.with_raw_response.update("+18018018011", voice_enabled=False))
    assert raw2.parse().update_order_id == "JNUOID-u"
    # the raw mode does not leak into later plain calls
    assert (await aw(client.orders.get("JNUOID-1"))).order_id == "JNUOID-1"


async def test_raw_response_parse_of_malformed_body(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, httpx.Response(200, content=b"<html>"))
    raw = await aw(client.with_raw_response.orders.get("JNUOID-1"))
    assert raw.status_code == 200
    with pytest.raises(telegent.APIResponseValidationError):
        raw.parse()


async def test_debug_logging_redacts_authorization_and_secrets(
    mode: str, api: Any, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="telegent")
    client = make_client(mode, api, clock)
    api.on("GET", "/v1.0/numbers/inventory", jres(200, page(1, 1, [record(1, PortOutPin="4321")])))
    api.on("POST", STATUS_PATH, jres(200, {"OrderId": "JNUOID-1", "OrderStatus": "Pending"}))
    await aw(client.numbers.list_page())
    await aw(client.numbers.activate(["+12016093801"]))
    text = caplog.text
    assert "request POST https://api.telegent.com/v1.0/oauth2/tokens" in text
    assert "response GET /v1.0/numbers/inventory -> 200" in text
    assert '"StatusChange": "activate"' in text  # bodies are logged...
    assert SECRET not in text  # ...with secrets masked
    assert "tok-1" not in text
    assert "4321" not in text
    assert '"AccountSecret": "***"' in text and '"PortOutPin": "***"' in text
    assert "'authorization': 'Bearer ***'" in text


def test_telegent_log_env_attaches_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("telegent")
    before_handlers, before_level = list(logger.handlers), logger.level
    setup_logging_from_env.cache_clear()
    monkeypatch.setenv("TELEGENT_LOG", "debug")
    try:
        Telegent(token="t-1")
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(before_handlers) + 1
    finally:
        logger.handlers[:] = before_handlers
        logger.setLevel(before_level)
        setup_logging_from_env.cache_clear()


def test_repr_is_safe_and_informative() -> None:
    client = Telegent(account_key=KEY, account_secret=SECRET)
    text = repr(client)
    assert KEY in text and SECRET not in text
    assert "https://api.telegent.com" in text


def test_version_matches_installed_metadata() -> None:
    from importlib.metadata import version

    assert telegent.__version__ == version("telegent-mpaas")


def test_import_does_not_load_heavy_optional_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys, telegent; "
        "heavy = [m for m in ('asyncio', 'telegent._generated', "
        "'telegent._generated.resources', "
        "'telegent._generated.records', 'telegent._generated.operations', "
        "'telegent.spec', 'yaml', 'jsonschema') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
