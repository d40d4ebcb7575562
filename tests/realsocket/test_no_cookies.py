"""The SDK keeps no cookies: a ``Set-Cookie`` from the server is neither stored nor sent
back (the API authenticates with a bearer token). Its HTTP client has no cookie jar, which
also spares every response httpx's cookie extraction (and the URL cache it fed while
paging)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from ._support import aw, close
from .api import ORDER, ORDER_PATH, TOKEN_PATH, TokenAPI
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio


def _with_cookies(api: TokenAPI) -> Any:
    def handler(request: Received) -> Reply:
        reply = api(request)
        cookie = ("Set-Cookie", f"session={request.path.strip('/')}; Path=/")
        return replace(reply, headers=[*reply.headers, cookie])

    return handler


async def test_a_set_cookie_is_not_kept_nor_sent_back(server: Any, connect: Any) -> None:
    api = TokenAPI().route("GET", ORDER_PATH, json_reply(200, ORDER))
    server.handler = _with_cookies(api)
    client = connect(server)
    for _ in range(2):
        assert (await aw(client.orders.get("JNUOID-1"))).order_id == "JNUOID-1"
    await close(client)
    assert len(server.requests_to(TOKEN_PATH)) == 1
    assert len(server.requests_to(ORDER_PATH)) == 2
    assert [r.headers.get("cookie") for r in server.received] == [None, None, None]
    assert list(client._http.cookies.jar) == []


def test_the_jar_cannot_be_filled_or_replaced() -> None:
    from telegent import Telegent

    client = Telegent(token="static-token-value")
    try:
        client._http.cookies.set("session", "x", domain="api.telegent.com")
        assert list(client._http.cookies.jar) == []
        with pytest.raises(AttributeError):
            client._http.cookies = {"session": "x"}
    finally:
        client.close()
