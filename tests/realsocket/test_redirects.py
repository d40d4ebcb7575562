"""Redirects are never followed, even by an ``http_client(follow_redirects=True)``.

Before the fix, a user-supplied client that follows redirects re-sent the token request
(the account secret in its body) to wherever a 307 pointed, over plain http too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from telegent import APIStatusError, AsyncTelegent, Telegent

from ._support import aw, close
from .api import KEY, SECRET, TOKEN_PATH
from .server import Reply, serve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_token_request_redirect_is_not_followed(mode: str, status: int) -> None:
    with serve(lambda _r: Reply(200, b"{}")) as elsewhere, serve() as api:
        api.handler = lambda _r: Reply(status, b"", [("Location", f"{elsewhere.url}{TOKEN_PATH}")])
        if mode == "sync":
            client: Any = Telegent(
                base_url=api.url,
                account_key=KEY,
                account_secret=SECRET,
                http_client=httpx.Client(follow_redirects=True),
            )
            with pytest.raises(APIStatusError) as info:
                client.orders.get("JNUOID-1")
            client._http.close()
        else:
            client = AsyncTelegent(
                base_url=api.url,
                account_key=KEY,
                account_secret=SECRET,
                http_client=httpx.AsyncClient(follow_redirects=True),
            )
            with pytest.raises(APIStatusError) as info:
                await client.orders.get("JNUOID-1")
            await client._http.aclose()
        await close(client)
        assert elsewhere.received == []  # the secret went nowhere else
        assert info.value.status_code == status
        assert info.value.response.next_request is None
        assert len(api.requests_to(TOKEN_PATH)) == 1  # a 3xx is not retried either


async def test_api_call_redirect_is_not_followed(server: Any, connect: Any) -> None:
    with serve(lambda _r: Reply(200, b"{}")) as elsewhere:
        server.handler = lambda _r: Reply(307, b"", [("Location", f"{elsewhere.url}/steal")])
        client = connect(server, token="static-token-value")
        with pytest.raises(APIStatusError) as info:
            await aw(client.orders.get("JNUOID-1"))
        await close(client)
    assert elsewhere.received == []  # the bearer token went nowhere else
    assert info.value.status_code == 307
