"""One proxy policy for both clients and the CLI, against a real proxy on 127.0.0.1.

Before the fix the async client (and the CLI's bulk commands) sent the token request,
account secret included, through ``HTTP_PROXY``/``ALL_PROXY`` while the sync client
(given its own transport, so httpx dropped the environment) connected directly; and a
proxy elsewhere than loopback got the secret in clear over plain http.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from telegent import APIConnectionError, AsyncTelegent, InsecureProxyError, Telegent

from ._support import aw, close
from .api import KEY, ORDER, ORDER_PATH, SECRET, STATUS_PATH, TOKEN_PATH, TokenAPI
from .proxy import RecordingProxy, run_proxy
from .server import LocalServer, json_reply, serve

pytestmark = pytest.mark.anyio

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
REMOTE_PROXY = "http://proxyuser:proxy-pass-w0rd@proxy.example.test:3128"


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def api() -> Iterator[LocalServer]:
    tokens = TokenAPI().route("GET", ORDER_PATH, json_reply(200, ORDER))
    with serve(tokens) as server:
        yield server


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    with run_proxy() as running:
        yield running


def _client(mode: str, base_url: str, **kwargs: Any) -> Any:
    cls = Telegent if mode == "sync" else AsyncTelegent
    return cls(base_url=base_url, account_key=KEY, account_secret=SECRET, **kwargs)


async def _get_order(mode: str, base_url: str) -> Any:
    client = _client(mode, base_url)
    try:
        return await aw(client.orders.get("JNUOID-1"))
    finally:
        await close(client)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"])
async def test_environment_proxy_is_used_by_both_clients(
    mode: str,
    variable: str,
    api: LocalServer,
    proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    order = await _get_order(mode, api.url)
    assert order.order_id == "JNUOID-1"
    targets = [(seen.method, seen.target) for seen in proxy.seen]
    assert targets == [
        ("POST", api.url + TOKEN_PATH),
        ("GET", api.url + ORDER_PATH + "?OrderId=JNUOID-1"),
    ]
    assert len(api.received) == 2  # what the proxy forwarded


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
async def test_no_proxy_is_honoured_by_both_clients(
    mode: str,
    no_proxy: str,
    api: LocalServer,
    proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    order = await _get_order(mode, api.url)
    assert order.order_id == "JNUOID-1"
    assert proxy.seen == []
    assert [r.path for r in api.received] == [TOKEN_PATH, ORDER_PATH]


async def test_no_proxy_lets_a_loopback_url_bypass_a_remote_proxy(
    mode: str, api: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", REMOTE_PROXY)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    order = await _get_order(mode, api.url)
    assert order.order_id == "JNUOID-1"


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
async def test_plain_http_through_a_remote_proxy_is_refused(
    mode: str, variable: str, api: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, REMOTE_PROXY)
    with pytest.raises(InsecureProxyError) as info:
        _client(mode, api.url)
    assert info.value.proxy == "http://proxy.example.test:3128"
    assert "proxy.example.test:3128" in str(info.value)
    assert "proxy-pass-w0rd" not in str(info.value)
    assert isinstance(info.value, ValueError)
    assert api.received == []


async def test_with_options_checks_the_new_base_url(
    mode: str, api: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", REMOTE_PROXY)
    client = _client(mode, "https://api.telegent.com")  # https: a tunnel, allowed
    try:
        with pytest.raises(InsecureProxyError, match=r"proxy\.example\.test"):
            client.with_options(base_url=api.url)
    finally:
        await close(client)


async def test_your_http_client_with_a_remote_proxy_is_refused(mode: str, api: LocalServer) -> None:
    if mode == "sync":
        http: Any = httpx.Client(proxy="http://10.20.30.40:3128")
    else:
        http = httpx.AsyncClient(proxy="http://10.20.30.40:3128")
    try:
        with pytest.raises(InsecureProxyError, match=r"10\.20\.30\.40:3128"):
            _client(mode, api.url, http_client=http)
    finally:
        await aw(http.close() if mode == "sync" else http.aclose())


async def test_https_through_the_proxy_is_a_tunnel_that_shows_no_secret(
    mode: str, api: LocalServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The proxy refuses the tunnel: the call fails, having shown the proxy only CONNECT.
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    https_url = api.url.replace("http://", "https://")
    client = _client(mode, https_url, max_retries=0)
    try:
        with pytest.raises(APIConnectionError):
            await aw(client.orders.get("JNUOID-1"))
    finally:
        await close(client)
    host = https_url.removeprefix("https://")
    assert [(s.method, s.target) for s in proxy.seen] == [("CONNECT", host)]
    assert SECRET.encode() not in proxy.everything()
    assert api.received == []


# ------------------------------------------------------------------ the CLI, as operators run it


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    clean = {k: v for k, v in clean.items() if not k.startswith("TELEGENT_")}
    clean.update(TELEGENT_ACCOUNT_KEY=KEY, TELEGENT_ACCOUNT_SECRET=SECRET, **env)
    return subprocess.run(
        [sys.executable, "-m", "telegent", *args],
        capture_output=True,
        text=True,
        env=clean,
        timeout=120,
        check=False,
    )


_STATUS_ORDER = {"OrderId": "JNUOID-2", "OrderStatus": "Pending"}


@pytest.mark.parametrize(
    "command",
    [
        ("orders", "get", "--order-id", "JNUOID-1"),  # the sync client
        ("numbers", "park", "+12016093801"),  # a bulk command: the async client
    ],
    ids=["orders-get", "numbers-park"],
)
def test_cli_commands_use_the_environment_proxy(
    command: tuple[str, ...], api: LocalServer, proxy: RecordingProxy
) -> None:
    api.handler.route("POST", STATUS_PATH, json_reply(200, _STATUS_ORDER))  # type: ignore[attr-defined]
    done = _cli(*command, TELEGENT_BASE_URL=api.url, HTTP_PROXY=proxy.url)
    assert done.returncode == 0, done.stderr
    methods = [seen.target.removeprefix(api.url).partition("?")[0] for seen in proxy.seen]
    assert methods[0] == TOKEN_PATH
    assert methods[1] in (ORDER_PATH, STATUS_PATH)
    assert len(api.received) == len(proxy.seen)


def test_cli_refuses_plain_http_through_a_remote_proxy(api: LocalServer) -> None:
    done = _cli(
        "orders", "get", "--order-id", "JNUOID-1", TELEGENT_BASE_URL=api.url, ALL_PROXY=REMOTE_PROXY
    )
    assert done.returncode == 2
    assert "proxy.example.test:3128" in done.stderr
    assert "proxy-pass-w0rd" not in done.stderr + done.stdout
    assert api.received == []
