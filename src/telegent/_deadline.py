"""Clip every socket operation of a sync exchange to what is left of the attempt's budget.

httpx's sync timeouts bound each socket operation, not the exchange: a server that
trickles its status line and headers a byte at a time could hold a call for as long as
it liked (the async client wraps the exchange in ``asyncio.timeout`` instead, and body
chunks are checked between reads). The default sync transport's connections therefore
go through a network backend whose streams clip each connect, read and write timeout to
the end of the current attempt, which the client sets around each exchange.

A user-supplied ``http_client`` keeps its own transport; its exchanges are bounded
between body chunks only.
"""

from __future__ import annotations

import ssl
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpcore
import httpx

__all__ = ["attempt_ends", "transport"]

_ENDS: ContextVar[float | None] = ContextVar("telegent_attempt_ends", default=None)
_SPENT = "the attempt's time budget is spent"


@contextmanager
def attempt_ends(ends: float | None) -> Iterator[None]:
    """Within the block, socket operations end by ``ends`` (``time.monotonic()``)."""
    token = _ENDS.set(ends)
    try:
        yield
    finally:
        _ENDS.reset(token)


def _clip(timeout: float | None, error: type[Exception]) -> float | None:
    ends = _ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error(_SPENT)
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        clipped = _clip(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, clipped))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        clipped = _clip(timeout, httpcore.ConnectTimeout)
        inner = self._inner.connect_tcp(host, port, clipped, local_address, socket_options)
        return _Stream(inner)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        clipped = _clip(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, clipped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def transport() -> httpx.HTTPTransport:
    """httpx's default sync transport, its connections clipped to the attempt's budget."""
    made = httpx.HTTPTransport()
    # httpx takes no network backend; its pool keeps one. Should a future httpx move it,
    # the transport stays the default one (bounded between body chunks, as before).
    pool = getattr(made, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return made
