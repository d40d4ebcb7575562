"""No secret anywhere, over a real socket: logs, messages, and requests attached to errors.

Before the fix: with debug logging, a response header echoing the secret or a token was
logged verbatim; bodies were cut before they were redacted, so a secret straddling the
cut survived in part (in log lines and exception messages); and the request attached to
an error still carried the account secret in its body and the token in its header.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from telegent import InternalServerError, PermissionDeniedError, TelegentError

from ._support import aw, close
from .api import ORDER, ORDER_PATH, SECRET, TOKEN_PATH, TokenAPI
from .server import Reply, json_reply

pytestmark = pytest.mark.anyio

FRAGMENT = 6  # any 6 characters of a secret in a row count as a leak


def leaked(text: str, secret: str) -> list[str]:
    return [
        secret[i : i + FRAGMENT]
        for i in range(len(secret) - FRAGMENT + 1)
        if secret[i : i + FRAGMENT] in text
    ]


def issued_tokens(api: TokenAPI) -> list[str]:
    return list(api.scope_of)


async def test_debug_log_masks_secrets_echoed_in_headers(
    server: Any, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api = TokenAPI().route("GET", ORDER_PATH, json_reply(200, ORDER))
    api.echo = True
    server.handler = api
    client = connect(server)
    with caplog.at_level(logging.DEBUG, logger="telegent"):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    logged = caplog.text.lower()  # header names are case-insensitive (httpx lowercases them)
    assert "x-echo-secret" in logged and "x-echo-authorization" in logged
    for secret in [SECRET, *issued_tokens(api)]:
        assert not leaked(caplog.text, secret), secret


@pytest.mark.parametrize("offset", [150, 190, 199, 780, 790, 799, 965, 975, 985])
async def test_secret_straddling_a_cut_does_not_survive_in_part(
    server: Any, connect: Any, caplog: pytest.LogCaptureFixture, offset: int
) -> None:
    """The server echoes the secret ``offset`` characters into its answers: a plain-text
    error body (exception message: cut to a 200-character snippet after whitespace is
    collapsed) and a 2xx JSON body (debug log line: cut at 1000 characters)."""
    api = TokenAPI()
    error_text = " " * offset + SECRET + "b" * 2000
    api.route("GET", ORDER_PATH, Reply(500, error_text.encode(), [("Content-Type", "text/plain")]))
    ok_text = "a" * offset + SECRET + "b" * 2000
    reply = {"Message": ok_text, "Number": "+12016093801"}  # after: offsets stay where they are
    api.route("POST", "/v1.0/numbers/update", json_reply(200, reply))
    server.handler = api
    client = connect(server, max_retries=0)
    with caplog.at_level(logging.DEBUG, logger="telegent"):
        with pytest.raises(InternalServerError) as info:
            await aw(client.orders.get("JNUOID-1"))
        await aw(client.numbers.update("+12016093801", cnam_first_name="Ada"))
    await close(client)
    shown = f"{info.value} {info.value!r} {info.value.body!r} {caplog.text}"
    assert not leaked(shown, SECRET)


async def test_errors_carry_scrubbed_requests(server: Any, connect: Any) -> None:
    api = TokenAPI().route("GET", ORDER_PATH, json_reply(403, {"StatusCode": 403}))
    server.handler = api
    client = connect(server)
    with pytest.raises(PermissionDeniedError) as info:
        await aw(client.orders.get("JNUOID-1"))
    [token] = issued_tokens(api)
    for request in (info.value.request, info.value.response.request):
        assert request is not None
        assert request.headers["authorization"] == "Bearer ***"
        assert not leaked(repr(request.headers), token)

    # The token request itself fails: its error must not carry the AccountSecret.
    server.handler = lambda _r: Reply(500, b"token service down")
    fresh = connect(server, max_retries=0)
    with pytest.raises(InternalServerError) as failed:
        await aw(fresh.orders.get("JNUOID-1"))
    await close(client)
    await close(fresh)
    sent = server.requests_to(TOKEN_PATH)[-1]
    assert sent.json()["AccountSecret"] == SECRET  # it was sent for real...
    for request in (failed.value.request, failed.value.response.request):
        assert request is not None
        assert not leaked(request.content.decode(), SECRET)  # ...and is masked after
        assert request.url.path == TOKEN_PATH


async def test_connection_error_carries_scrubbed_request(server: Any, connect: Any) -> None:
    api = TokenAPI().route("GET", ORDER_PATH, Reply(drop=True))
    server.handler = api
    client = connect(server, max_retries=0)
    with pytest.raises(TelegentError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    request = getattr(info.value, "request", None)
    assert request is not None
    assert request.headers["authorization"] == "Bearer ***"
