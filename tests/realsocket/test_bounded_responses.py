"""Bounded responses: the decoded body is capped while it streams, gzip included.

Before the fix the body was read whole and decompressed with no limit: 1 MB of gzip
expanding to 1 GiB took 2 GB of memory. Now reading stops at ``max_response_bytes``
(default 64 MiB) with ``APIResponseTooLargeError``.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

from telegent import APIResponseTooLargeError, APIResponseValidationError, InternalServerError
from telegent._base_client import DEFAULT_MAX_RESPONSE_BYTES

from ._support import aw, close
from .server import Reply, deflate, gzip_bomb, json_reply

pytestmark = pytest.mark.anyio

GIB = 1 << 30


def bomb(_request: Any) -> Reply:
    return Reply(
        200,
        gzip_bomb(GIB),
        [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
    )


async def test_gzip_bomb_is_cut_at_the_default_cap_in_bounded_memory(
    server: Any, connect: Any
) -> None:
    assert len(gzip_bomb(GIB)) < 2 * 1024 * 1024  # ~1 MB on the wire, 1 GiB decoded
    server.handler = bomb
    client = connect(server, token="static-token-value")
    tracemalloc.start()
    try:
        with pytest.raises(APIResponseTooLargeError) as info:
            await aw(client.orders.get("JNUOID-1"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    await close(client)
    assert info.value.limit == DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    assert str(DEFAULT_MAX_RESPONSE_BYTES) in str(info.value)
    assert isinstance(info.value, APIResponseValidationError)  # what callers already catch
    # The cap (64 MiB) plus decoding steps of 1 MiB; before the fix: gigabytes.
    assert peak < 100 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


async def test_max_response_bytes_is_configurable(server: Any, connect: Any) -> None:
    body = json_reply(
        200, {"OrderId": "JNUOID-1", "OrderStatus": "Complete", "Note": "x" * 5000}
    ).body
    server.handler = lambda _r: Reply(200, body, [("Content-Type", "application/json")])
    small = connect(server, token="static-token-value", max_response_bytes=4096)
    with pytest.raises(APIResponseTooLargeError) as info:
        await aw(small.orders.get("JNUOID-1"))
    assert info.value.limit == 4096
    assert "max_response_bytes=4096" in str(info.value)
    roomy = connect(server, token="static-token-value", max_response_bytes=len(body))
    details = await aw(roomy.orders.get("JNUOID-1"))
    assert details.order_id == "JNUOID-1"
    await close(small)
    await close(roomy)


async def test_deflate_body_counts_decoded_bytes(server: Any, connect: Any) -> None:
    data = b'{"OrderId": "JNUOID-1", "Pad": "' + b" " * 100_000 + b'"}'
    server.handler = lambda _r: Reply(
        200, deflate(data), [("Content-Type", "application/json"), ("Content-Encoding", "deflate")]
    )
    client = connect(server, token="static-token-value", max_response_bytes=50_000)
    with pytest.raises(APIResponseTooLargeError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)


async def test_huge_error_body_still_gives_the_status_error(server: Any, connect: Any) -> None:
    """A 500 with a 1 GiB body: the start is read, the status error raised, no retry loop
    holding gigabytes."""
    server.handler = lambda _r: Reply(
        500, gzip_bomb(GIB), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    )
    client = connect(server, token="static-token-value", max_retries=0)
    with pytest.raises(InternalServerError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert len(info.value.response.content) <= 64 * 1024


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_invalid_max_response_bytes_is_refused(bad: Any) -> None:
    from telegent import Telegent

    with pytest.raises(ValueError, match="max_response_bytes"):
        Telegent(token="static-token-value", max_response_bytes=bad)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [("br", b"\x0b\x02\x80{}\x03"), ("gzip", b"\x1f\x8b\x08\x00not gzip at all")],
)
async def test_unsupported_or_corrupt_encoding_is_a_typed_error(
    server: Any, connect: Any, encoding: str, body: bytes
) -> None:
    from telegent import TelegentError

    server.handler = lambda _r: Reply(
        200, body, [("Content-Type", "application/json"), ("Content-Encoding", encoding)]
    )
    client = connect(server, token="static-token-value")
    with pytest.raises(TelegentError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert server.received[0].headers["accept-encoding"] == "gzip, deflate"


async def test_gzip_body_within_the_cap_is_decoded(server: Any, connect: Any) -> None:
    import gzip

    data = json_reply(200, {"OrderId": "JNUOID-1", "Pad": "y" * 3_000_000}).body
    assert isinstance(data, bytes)
    server.handler = lambda _r: Reply(
        200,
        gzip.compress(data),
        [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
    )
    client = connect(server, token="static-token-value")
    raw = await aw(client.with_raw_response.orders.get("JNUOID-1"))
    await close(client)
    assert raw.http_response.content == data  # several 1 MiB decoding steps, joined
