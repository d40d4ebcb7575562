"""Auth over a real connection: a 401/403 body is read before it is inspected.

Before the fix, the auth flow looked at a 403's body without reading it, so any 403
over a real socket raised ``httpx.ResponseNotRead`` and the ``token_scope="auto"``
fallback never happened (in-memory transports hand out bodies already read, which hid it).
"""

from __future__ import annotations

from typing import Any

import pytest

from telegent import AuthenticationError, PermissionDeniedError

from ._support import aw, close
from .api import ORDER, ORDER_PATH, TOKEN_PATH, TokenAPI
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio

SCOPE_403 = {"StatusCode": 403, "Message": "Forbidden. Check the ApiEndpoint scope."}


async def test_403_over_a_real_socket_is_permission_denied(server: Any, connect: Any) -> None:
    api = TokenAPI().route(
        "GET", ORDER_PATH, json_reply(403, {"StatusCode": 403, "Message": "Not your order"})
    )
    server.handler = api
    client = connect(server)
    with pytest.raises(PermissionDeniedError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert info.value.status_code == 403
    assert "Not your order" in str(info.value)
    assert info.value.body == {"StatusCode": 403, "Message": "Not your order"}


async def test_auto_scope_falls_back_on_403_over_a_real_socket(server: Any, connect: Any) -> None:
    """An unscoped token refused with a 403 naming ApiEndpoint: per-endpoint from then on."""
    api = TokenAPI()

    def order(request: Received) -> Reply:
        scoped = api.scope(request) is not None
        return json_reply(200, ORDER) if scoped else json_reply(403, SCOPE_403)

    api.route("GET", ORDER_PATH, order)
    server.handler = api
    client = connect(server)  # token_scope="auto"
    details = await aw(client.orders.get("JNUOID-1"))
    again = await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert details.order_id == again.order_id == "JNUOID-1"
    token_bodies = [r.json() for r in server.requests_to(TOKEN_PATH)]
    assert "ApiEndpoint" not in token_bodies[0]
    assert token_bodies[1]["ApiEndpoint"] == f"{server.url}{ORDER_PATH}"
    assert len(token_bodies) == 2  # the scoped token is cached and reused
    assert client._state.auth.per_endpoint


async def test_401_renews_and_replays_over_a_real_socket(server: Any, connect: Any) -> None:
    api = TokenAPI().route("GET", ORDER_PATH, json_reply(200, ORDER))
    server.handler = api
    client = connect(server)
    await aw(client.orders.get("JNUOID-1"))
    api.refuse_all()
    details = await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert details.order_id == "JNUOID-1"
    assert api.issued == 2


async def test_refused_credentials_raise_authentication_error(server: Any, connect: Any) -> None:
    server.handler = TokenAPI()
    client = connect(server, account_secret="wrong-secret-value")
    with pytest.raises(AuthenticationError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
