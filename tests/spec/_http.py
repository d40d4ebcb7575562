"""A real local HTTP server for spec-input tests: records every request, serves set bodies.

Routes are registered per test: a body (bytes), or a "drip" that sends a declared body
one byte per interval, for a bounded number of bytes, so a client that does not give up
is held for a long time, and the server thread always ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Drip:
    """Declare *size* bytes, then send one every *interval* seconds (at most *size*)."""

    size: int = 120
    interval: float = 0.25


@dataclass
class LocalServer:
    base: str
    routes: dict[str, bytes | Drip] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
            pass

        def do_GET(self) -> None:
            server.hits.append(self.path)
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            size = route.size if isinstance(route, Drip) else len(route)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if isinstance(route, bytes):
                self.wfile.write(route)
                return
            for _ in range(route.size):  # bounded: the thread always ends
                if server.stop.wait(route.interval):
                    return
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return  # the client gave up

    return Handler


@contextmanager
def local_server() -> Iterator[LocalServer]:
    """Serve on 127.0.0.1 and an ephemeral port for the duration of the block."""
    state = LocalServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
