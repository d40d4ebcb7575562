"""A status-change API on 127.0.0.1 that counts every number it changes.

``POST /v1.0/numbers/status`` applies the change (counts each number once more), then
waits ``latency`` seconds before answering, so a client killed in that window leaves a
change applied but unanswered -- the case a resume must not repeat. ``undecodable``:
every such request whose index is a multiple of it is answered with a 200 the client
cannot decode (``Content-Encoding: br``), after the change is applied.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STATUS_PATH = "/v1.0/numbers/status"


class CountingAPI:
    def __init__(self, latency: float = 0.05, undecodable: int = 0) -> None:
        self.latency = latency
        self.undecodable = undecodable
        self.changed: Counter[str] = Counter()
        self.requests = 0
        self.cond = threading.Condition()

    def wait_for_requests(self, count: int, timeout: float = 60.0) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.requests >= count, timeout)

    def apply(self, body: dict[str, Any]) -> tuple[int, list[str]]:
        numbers = [item["Number"] for item in body["PhoneNumbers"]]
        with self.cond:
            self.requests += 1
            self.changed.update(numbers)
            self.cond.notify_all()
            return self.requests, numbers


def _order(index: int, change: str, numbers: list[str]) -> bytes:
    return json.dumps(
        {
            "OrderId": f"JNUOID-{index}",
            "OrderDate": "2025-05-15T18:20:58.5133475Z",
            "OrderStatus": "Pending",
            "ChangeType": change,
            "EffectiveDate": "2025-05-15T00:00:00",
            "Numbers": [{"Number": n, "QrCode": None} for n in numbers],
        }
    ).encode()


def _handler(api: CountingAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            if self.path != STATUS_PATH:
                self._answer(404, b'{"StatusCode": 404, "Message": "no such path"}')
                return
            index, numbers = api.apply(body)
            time.sleep(api.latency)
            if api.undecodable and index % api.undecodable == 0:
                self._answer(200, b"\x0b\x02\x80{}\x03", ("Content-Encoding", "br"))
                return
            self._answer(200, _order(index, body["StatusChange"], numbers))

        def _answer(self, status: int, body: bytes, *extra: tuple[str, str]) -> None:
            with contextlib.suppress(OSError):  # the client may have been killed
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in extra:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def counting_server(api: CountingAPI) -> Iterator[str]:
    """Serve ``api`` on a free loopback port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
