"""Time bounds on a real socket: a per-attempt budget and a per-call deadline.

Before the fix, ``timeout`` bounded each read, not the attempt: a server dripping one
byte a second held a ``timeout=3`` call for as long as it kept dripping, and the
``deadline`` only stopped new retries. Each test asserts only a generous upper bound
(10x the configured limit) on a call that must end.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from telegent import APITimeoutError, RetryPolicy, ServiceUnavailableError, TelegentError

from ._support import aw, close
from .api import TOKEN_PATH, TokenAPI
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio

BODY = json_reply(200, {"OrderId": "JNUOID-1", "OrderStatus": "Complete", "Pad": "z" * 500}).body


def dripping(_request: Any) -> Reply:
    # Headers at once, then the body one byte a second (for at most 60 s).
    return Reply(200, BODY, [("Content-Type", "application/json")], drip=1.0, drip_limit=60)


async def test_dripping_body_cannot_hold_a_call_past_its_timeout(server: Any, connect: Any) -> None:
    server.handler = dripping
    client = connect(server, token="static-token-value", timeout=3.0, max_retries=0)
    start = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        await aw(client.orders.get("JNUOID-1"))
    elapsed = time.monotonic() - start
    await close(client)
    assert elapsed < 30.0, f"a timeout=3 call took {elapsed:.0f}s"
    assert "3s" in str(info.value)


async def test_deadline_clips_an_attempt_in_flight(server: Any, connect: Any) -> None:
    """timeout=30 per attempt, but only 4 s left of the call's deadline: 4 s it is."""
    server.handler = dripping
    policy = RetryPolicy(max_retries=5, deadline=4.0)
    client = connect(server, token="static-token-value", timeout=30.0, retry_policy=policy)
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        await aw(client.orders.get("JNUOID-1"))
    elapsed = time.monotonic() - start
    await close(client)
    assert elapsed < 40.0, f"a deadline=4 call took {elapsed:.0f}s"


async def test_deadline_holds_across_retries(server: Any, connect: Any) -> None:
    server.handler = lambda _r: json_reply(
        503, {"StatusCode": 503, "Message": "busy"}, ("Retry-After", "1")
    )
    policy = RetryPolicy(max_retries=50, deadline=3.0)
    client = connect(server, token="static-token-value", retry_policy=policy)
    start = time.monotonic()
    with pytest.raises(ServiceUnavailableError):
        await aw(client.orders.get("JNUOID-1"))
    elapsed = time.monotonic() - start
    await close(client)
    assert elapsed < 30.0
    assert 2 <= len(server.received) <= 4  # about one attempt a second for 3 s, not 51


async def test_dripping_headers_cannot_hold_a_call_past_its_timeout(
    server: Any, connect: Any
) -> None:
    """Status line and headers a byte every 0.5 s: each read is quick, the attempt is not.

    Async bounds the exchange with ``asyncio.timeout``; sync clips each socket operation
    of the default transport to the attempt's end (``telegent._deadline``)."""
    server.handler = lambda _r: Reply(200, BODY, drip=0.5, drip_limit=30, drip_head=True)
    client = connect(server, token="static-token-value", timeout=2.0, max_retries=0)
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        await aw(client.orders.get("JNUOID-1"))
    elapsed = time.monotonic() - start
    await close(client)
    assert elapsed < 10.0, f"a timeout=2 call took {elapsed:.0f}s"


async def test_token_fetch_gets_only_what_the_call_has_left(server: Any, connect: Any) -> None:
    """A token refetched mid-call is bounded by the call's deadline, not a fresh one.

    The API answers 401 after 2 s (its token was revoked); the token endpoint then
    answers 503 ``Retry-After: 1`` each time. With a 3 s deadline the call has about 1 s
    left when it needs a new token: one token attempt, no retry that would start past the
    deadline. (Before, the refetch ran under a fresh 3 s deadline: three or four more.)
    """
    api = TokenAPI()
    busy = json_reply(503, {"StatusCode": 503, "Message": "busy"}, ("Retry-After", "1"))
    attempts: list[str] = []

    def handler(request: Received) -> Reply:
        if request.path == TOKEN_PATH:
            attempts.append(request.path)
            if len(attempts) > 1:
                return busy
            return api(request)
        time.sleep(2.0)
        api.refuse_all()
        return api(request)

    server.handler = handler
    policy = RetryPolicy(max_retries=50, deadline=3.0)
    client = connect(server, retry_policy=policy)
    start = time.monotonic()
    with pytest.raises(TelegentError):
        await aw(client.orders.get("JNUOID-1"))
    elapsed = time.monotonic() - start
    await close(client)
    assert elapsed < 30.0
    assert len(attempts) == 2, attempts  # the first token, then one refetch: no retries
