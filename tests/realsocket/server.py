"""A scriptable HTTP/1.1 server on 127.0.0.1 for real-socket client tests.

``LocalServer`` binds ``127.0.0.1:0`` (a ``ThreadingHTTPServer``, one thread per
connection, keep-alive on) and answers each request with whatever the test's handler
returns for it: a :class:`Reply` describing the status, headers and body, plus how to
deliver it (all at once, one byte at a time with a pause between bytes, or not at all:
the connection is dropped). Every request is recorded (method, path, headers, body)
before the handler runs, so a test can assert what reached the wire.

Nothing here sleeps without a bound: a dripping reply stops after ``Reply.drip_limit``
bytes or when the server shuts down or the client hangs up.
"""

from __future__ import annotations

import contextlib
import functools
import json
import struct
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "LocalServer",
    "Received",
    "Reply",
    "deep_json",
    "gzip_bomb",
    "json_reply",
    "serve",
]


@dataclass(frozen=True)
class Received:
    """One request as the server read it off the socket."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """What to answer, and how.

    ``body`` is bytes, or an iterable of byte chunks (sent as they come, so a generator
    can stream a large body without holding it). ``drip`` > 0 sends the body one byte
    at a time with ``drip`` seconds between bytes, at most ``drip_limit`` bytes.
    ``drop`` hangs up without answering. ``content_length=None`` sends no
    Content-Length (the body then ends when the connection closes).
    """

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    drip: float = 0.0
    drip_limit: int = 600
    drop: bool = False
    content_length: int | None | bool = True  # True: len(body) when body is bytes
    drip_head: bool = False  # drip the status line and headers too, not only the body


Handler = Callable[[Received], Reply]


def json_reply(status: int, data: Any, *headers: tuple[str, str]) -> Reply:
    """A JSON reply."""
    return Reply(
        status,
        json.dumps(data).encode(),
        [("Content-Type", "application/json"), *headers],
    )


def deep_json(depth: int) -> bytes:
    """A syntactically valid JSON document nested ``depth`` arrays deep."""
    return b"[" * depth + b"]" * depth


@functools.cache
def gzip_bomb(decoded_size: int = 1 << 30) -> bytes:
    """A gzip stream of ``decoded_size`` zero bytes (1 GiB compresses to about 1 MB).

    Built fast: one MiB of zeros deflated after a full flush (so the block references
    nothing before it) gives the same bytes every time, so the stream is that block
    repeated, framed by a gzip header and a trailer (CRC-32 and size of the zeros).
    """
    block = bytes(1 << 20)
    count, rest = divmod(decoded_size, len(block))
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    again = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    assert again == piece, "deflate output of a full-flushed block is not repeatable"
    tail = co.compress(bytes(rest)) + co.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(bytes(rest), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, decoded_size & 0xFFFFFFFF)
    return header + piece * count + tail + trailer


def deflate(data: bytes) -> bytes:
    """``data`` in the zlib format (Content-Encoding: deflate)."""
    return zlib.compress(data)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        received = Received(
            self.command,
            path,
            query,
            {k.lower(): v for k, v in self.headers.items()},
            body,
        )
        owner = self.server.owner
        with owner.lock:
            owner.received.append(received)
        try:
            reply = owner.handler(received)
        except Exception as exc:  # a broken test handler: answer 599 and keep serving
            reply = Reply(599, f"test handler failed: {exc!r}".encode())
        self._reply(reply)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def _reply(self, reply: Reply) -> None:
        if reply.drop:
            self.close_connection = True
            return
        if reply.drip_head:
            self._drip_everything(reply)
            return
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        length = reply.content_length
        if length is True:
            length = len(reply.body) if isinstance(reply.body, bytes) else None
        if isinstance(length, int) and not isinstance(length, bool):
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            if reply.drip > 0:
                self._drip(reply)
            elif isinstance(reply.body, bytes):
                self.wfile.write(reply.body)
            else:
                for chunk in reply.body:
                    self.wfile.write(chunk)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client hung up: that is the point

    def _drip(self, reply: Reply) -> None:
        data = reply.body if isinstance(reply.body, bytes) else b"".join(reply.body)
        stop = self.server.owner.stopping
        for i in range(min(len(data), reply.drip_limit)):
            if stop.wait(reply.drip):
                break
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()
        self.close_connection = True

    def _drip_everything(self, reply: Reply) -> None:
        body = reply.body if isinstance(reply.body, bytes) else b"".join(reply.body)
        head = f"HTTP/1.1 {reply.status} X\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        try:
            self._drip(Reply(body=head + body, drip=reply.drip, drip_limit=reply.drip_limit))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a test server's access log is noise."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # 150+ concurrent clients connect at once
    owner: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients hanging up mid-exchange is what these tests provoke."""


class LocalServer:
    """A running server; ``url`` is its base URL, ``received`` what it was sent."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.handler: Handler = handler or (lambda _r: Reply(404))
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def requests_to(self, path: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.path == path]


@contextlib.contextmanager
def serve(handler: Handler | None = None) -> Iterator[LocalServer]:
    """A started :class:`LocalServer`, stopped on exit."""
    server = LocalServer(handler).start()
    try:
        yield server
    finally:
        server.stop()
