"""``default_headers`` are checked when given (construction, ``with_options``), not sent.

Before the fix a CRLF or a non-ASCII value was accepted by the constructor and failed only
at call time, as ``APIConnectionError`` or a bare ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from telegent import AsyncTelegent, Telegent

from ._support import aw, close
from .api import ORDER, ORDER_PATH
from .server import LocalServer, json_reply, serve

pytestmark = pytest.mark.anyio

SECRET_VALUE = "team-key-9f8e7d6c5b4a"

BAD_HEADERS: list[tuple[str, dict[str, Any], str]] = [
    ("crlf", {"X-Team-Key": f"{SECRET_VALUE}\r\nX-Injected: 1"}, "X-Team-Key"),
    ("lf", {"X-Team-Key": f"{SECRET_VALUE}\n"}, "X-Team-Key"),
    ("nul", {"X-Team-Key": f"{SECRET_VALUE}\x00"}, "X-Team-Key"),
    ("non-ascii", {"X-Team-Key": f"{SECRET_VALUE}é"}, "X-Team-Key"),
    ("bad-name", {"X Team": SECRET_VALUE}, "X Team"),
    ("name-crlf", {"X-Team\r\nX-Injected": SECRET_VALUE}, "X-Team"),
    ("bytes", {"X-Team-Key": SECRET_VALUE.encode()}, "X-Team-Key"),
]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve(lambda _r: json_reply(200, ORDER)) as running:
        yield running


def _cls(mode: str) -> Any:
    return Telegent if mode == "sync" else AsyncTelegent


@pytest.mark.parametrize(("label", "headers", "name"), BAD_HEADERS, ids=[b[0] for b in BAD_HEADERS])
def test_bad_default_headers_are_refused_at_construction(
    mode: str, label: str, headers: dict[str, Any], name: str, server: LocalServer
) -> None:
    with pytest.raises((ValueError, TypeError)) as info:
        _cls(mode)(base_url=server.url, token="tok-h", default_headers=headers)
    assert name in str(info.value)
    assert SECRET_VALUE not in str(info.value)
    assert server.received == []


@pytest.mark.parametrize(("label", "headers", "name"), BAD_HEADERS, ids=[b[0] for b in BAD_HEADERS])
async def test_bad_default_headers_are_refused_by_with_options(
    mode: str, label: str, headers: dict[str, Any], name: str, server: LocalServer
) -> None:
    client = _cls(mode)(base_url=server.url, token="tok-h", max_retries=0)
    try:
        with pytest.raises((ValueError, TypeError)) as info:
            client.with_options(default_headers=headers)
        assert name in str(info.value)
        assert SECRET_VALUE not in str(info.value)
        await aw(client.orders.get("JNUOID-1"))  # the client itself is unharmed
    finally:
        await close(client)
    assert [r.path for r in server.received] == [ORDER_PATH]


async def test_good_default_headers_reach_the_server(mode: str, server: LocalServer) -> None:
    headers = {"X-Team-Key": SECRET_VALUE, "X-Note": "tab\tinside"}
    client = _cls(mode)(base_url=server.url, token="tok-h", default_headers=headers)
    try:
        await aw(client.with_options(default_headers={"X-Copy": "1"}).orders.get("JNUOID-1"))
        await aw(client.orders.get("JNUOID-1"))
    finally:
        await close(client)
    first, second = server.received
    assert first.headers.get("x-copy") == "1"
    assert "x-team-key" not in first.headers  # a copy's default_headers replace the client's
    assert second.headers["x-team-key"] == SECRET_VALUE
    assert second.headers["x-note"] == "tab\tinside"
