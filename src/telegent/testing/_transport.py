"""httpx transports over the fake: thin shells around :meth:`FakeTelegent.handle`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._types import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from ._fake import FakeTelegent

__all__ = ["AsyncFakeTransport", "FakeTransport"]

_DROP_MESSAGES: dict[type[httpx.TransportError], str] = {
    httpx.ConnectError: "[fake] All connection attempts failed",
    httpx.RemoteProtocolError: "[fake] Server disconnected without sending a response.",
    httpx.ReadTimeout: "[fake] The read operation timed out",
}


def _to_fake(request: httpx.Request, body: bytes) -> FakeRequest:
    timeout = request.extensions.get("timeout") or {}
    read_timeout = timeout.get("read") if isinstance(timeout, dict) else None
    query: dict[str, str] = {}
    for key, value in request.url.params.multi_items():
        query.setdefault(key, value)  # first value wins, as in ASP.NET model binding
    return FakeRequest(
        method=request.method,
        path=request.url.path,
        query=query,
        headers={key.lower(): value for key, value in request.headers.items()},
        body=body,
        read_timeout=read_timeout,
    )


def _wait(response: FakeResponse, read_timeout: float | None) -> tuple[float, bool]:
    """(seconds to wait, whether the client's read timeout runs out first)."""
    if read_timeout is not None and response.delay > read_timeout:
        return read_timeout, True
    return response.delay, False


def _to_httpx(request: httpx.Request, response: FakeResponse, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise httpx.ReadTimeout(_DROP_MESSAGES[httpx.ReadTimeout], request=request)
    if response.drop is not None:
        message = _DROP_MESSAGES.get(response.drop, f"[fake] {response.drop.__name__}")
        raise response.drop(message, request=request)
    return httpx.Response(
        response.status, headers=dict(response.headers), content=response.body, request=request
    )


class FakeTransport(httpx.BaseTransport):
    """Sync transport: ``httpx.Client(transport=fake.transport())``."""

    def __init__(self, fake: FakeTelegent) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the fake, waiting out injected latency with ``fake.sleep``."""
        fake_request = _to_fake(request, request.read())
        response = self.fake.handle(fake_request)
        seconds, timed_out = _wait(response, fake_request.read_timeout)
        if seconds > 0:
            self.fake.sleep(seconds)
        return _to_httpx(request, response, timed_out)

    def __repr__(self) -> str:
        return f"FakeTransport({self.fake!r})"


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """Async transport: ``httpx.AsyncClient(transport=fake.async_transport())``."""

    def __init__(self, fake: FakeTelegent) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the fake, awaiting ``fake.async_sleep`` for latency."""
        fake_request = _to_fake(request, await request.aread())
        response = self.fake.handle(fake_request)
        seconds, timed_out = _wait(response, fake_request.read_timeout)
        if seconds > 0:
            await self.fake.async_sleep(seconds)
        return _to_httpx(request, response, timed_out)

    def __repr__(self) -> str:
        return f"AsyncFakeTransport({self.fake!r})"
