"""A tiny forwarding HTTP proxy on 127.0.0.1 that records what it was sent.

Plain-http requests (absolute URI in the request line) are recorded whole (request line,
headers, body) and forwarded to their target; a ``CONNECT`` is recorded and refused
(502), so a test can show that an https request through it never showed the proxy more
than the host it asked for.
"""

from __future__ import annotations

import contextlib
import http.client
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Proxied", "RecordingProxy", "run_proxy"]

_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "upgrade"}
)


@dataclass(frozen=True)
class Proxied:
    """One request as the proxy read it: ``target`` is the request line's URI."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    def raw(self) -> bytes:
        """Everything the proxy saw of this request, for a search for secrets."""
        head = "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
        return f"{self.method} {self.target}\r\n{head}\r\n".encode() + self.body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _forward(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        seen = Proxied(
            self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        with self.server.owner.lock:
            self.server.owner.seen.append(seen)
        url = urlsplit(self.path)
        if self.command == "CONNECT" or not url.hostname:
            self._answer(502, [], b"this proxy opens no tunnels")
            return
        upstream = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=10)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            path = url.path + (f"?{url.query}" if url.query else "")
            upstream.request(self.command, path or "/", body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
            kept = [
                (k, v)
                for k, v in answer.getheaders()
                if k.lower() not in _HOP_BY_HOP | {"content-length", "transfer-encoding"}
            ]
            self._answer(answer.status, kept, data)
        finally:
            upstream.close()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_CONNECT = _forward

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: RecordingProxy

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients hang up on purpose in these tests."""


class RecordingProxy:
    """A running proxy; ``url`` is its address, ``seen`` what it was sent."""

    def __init__(self) -> None:
        self.seen: list[Proxied] = []
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def everything(self) -> bytes:
        """All bytes of all requests the proxy read."""
        with self.lock:
            return b"\n".join(s.raw() for s in self.seen)


@contextlib.contextmanager
def run_proxy() -> Iterator[RecordingProxy]:
    """A started :class:`RecordingProxy`, stopped on exit."""
    proxy = RecordingProxy()
    try:
        yield proxy
    finally:
        proxy.stop()
