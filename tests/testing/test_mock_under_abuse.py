"""The mock stays up under abuse, on real sockets.

Before the fix: a 100,000-deep JSON body raised ``RecursionError`` inside the fake (in
process; over HTTP the connection dropped unanswered); each idle connection held a
thread with no timeout (1,000 idle connections, 1,000 threads); the request log printed
escape sequences taken from the request path.
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent
from telegent.testing._server import MAX_BODY_DEPTH, MockServer, build_server
from telegent.testing._types import FakeRequest

CREDENTIALS = {"AccountKey": "DID-fake", "AccountSecret": "fake-secret"}
HANG_BOUND = 30.0  # seconds: only a hung server takes this long


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@contextlib.contextmanager
def _running(server: MockServer) -> Iterator[str]:
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def fake() -> FakeTelegent:
    return FakeTelegent(numbers=5, seed=4, clock=FakeClock(), rate_limit=None)


def _token(http: httpx.Client) -> dict[str, str]:
    token = http.post("/v1.0/oauth2/tokens", json=CREDENTIALS).json()["token"]
    return {"Authorization": f"Bearer {token}"}


# ------------------------------------------------------------------ nesting depth


def test_deep_body_in_process_is_400_not_recursion_error(fake: FakeTelegent) -> None:
    for path in ("/v1.0/numbers/status", "/v1.0/oauth2/tokens", "/v1.0/numbers/update"):
        answer = fake.handle(FakeRequest("POST", path, body=_deep(100_000)))
        assert answer.status == 400
        assert f"deeper than {MAX_BODY_DEPTH} levels" in answer.json()["Message"]
    # Through the in-process transport too, and a body within the limit is not refused so.
    with httpx.Client(base_url="https://api.telegent.com", transport=fake.transport()) as http:
        deep = http.post("/v1.0/numbers/status", content=_deep(100_000), headers=_token(http))
        assert deep.status_code == 400
        within = http.post(
            "/v1.0/numbers/status", content=_deep(MAX_BODY_DEPTH), headers=_token(http)
        )
        assert within.status_code == 400
        assert "deeper than" not in within.json()["Message"]


def test_depth_counts_brackets_outside_strings_only(fake: FakeTelegent) -> None:
    quoted = b'{"AccountKey": "' + b"[" * 1000 + b'", "AccountSecret": "x"}'
    answer = fake.handle(FakeRequest("POST", "/v1.0/oauth2/tokens", body=quoted))
    assert "deeper than" not in answer.body.decode()


def test_deep_body_over_http_is_answered_400_and_the_server_keeps_serving(
    fake: FakeTelegent,
) -> None:
    with (
        _running(build_server(fake)) as base_url,
        httpx.Client(base_url=base_url, trust_env=False, timeout=HANG_BOUND) as http,
    ):
        auth = _token(http)
        deep = http.post("/v1.0/numbers/status", content=_deep(100_000), headers=auth)
        assert deep.status_code == 400
        assert f"deeper than {MAX_BODY_DEPTH} levels" in deep.json()["Message"]
        assert http.get("/v1.0/numbers/inventory", headers=auth).status_code == 200


# ------------------------------------------------------------------ idle connections, threads


def _idle_sockets(base_url: str, count: int) -> list[socket.socket]:
    host, port = base_url.removeprefix("http://").split(":")
    return [socket.create_connection((host, int(port)), timeout=HANG_BOUND) for _ in range(count)]


def test_many_idle_connections_hold_no_threads_and_time_out(fake: FakeTelegent) -> None:
    workers = 4
    before = threading.active_count()
    server = build_server(fake, idle_timeout=1.0, max_workers=workers)
    with _running(server) as base_url:
        silent = _idle_sockets(base_url, 300)  # connected, never a byte
        stalled = _idle_sockets(base_url, 20)
        for sock in stalled:  # half a request line, then nothing
            sock.sendall(b"GET /v1.0/numbers/inventory HT")
        with httpx.Client(base_url=base_url, trust_env=False, timeout=HANG_BOUND) as http:
            # Keep-alive connections that are idle between requests.
            assert http.post("/v1.0/oauth2/tokens", json=CREDENTIALS).status_code == 200
            for _ in range(3):
                with httpx.Client(base_url=base_url, trust_env=False) as other:
                    other.post("/v1.0/oauth2/tokens", json=CREDENTIALS)
            # The server still answers, with 320 connections open and idle.
            assert http.get("/v1.0/numbers/inventory").status_code == 401
            # serve_forever, the selector thread and at most `workers` request threads.
            assert threading.active_count() - before <= workers + 2
        for sock in silent + stalled:  # every idle connection is closed by the server
            sock.settimeout(HANG_BOUND)
            assert sock.recv(1024) == b""
            sock.close()
        assert threading.active_count() - before <= workers + 2


def test_idle_connection_is_closed_after_the_timeout(fake: FakeTelegent) -> None:
    with _running(build_server(fake, idle_timeout=0.5)) as base_url:
        (sock,) = _idle_sockets(base_url, 1)
        sock.settimeout(HANG_BOUND)
        started = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server, not by our timeout
        assert time.monotonic() - started < HANG_BOUND
        sock.close()


# ------------------------------------------------------------------ the request log


def test_request_log_escapes_control_characters(fake: FakeTelegent) -> None:
    log = io.StringIO()
    with _running(build_server(fake, log=log)) as base_url:
        (sock,) = _idle_sockets(base_url, 1)
        sock.sendall(b"GET /v1.0/\x1b[2J\x1b]0;owned\x07\x9b31m HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.settimeout(HANG_BOUND)
        assert sock.recv(1024).startswith(b"HTTP/1.1 ")
        sock.close()
        for _ in range(int(HANG_BOUND / 0.05)):  # the line is written after the answer
            if log.getvalue():
                break
            time.sleep(0.05)
    line = log.getvalue()
    assert line.endswith("\n") and line.count("\n") == 1
    assert not any(ch in line[:-1] for ch in "\x1b\x07\x9b\r")
    assert r"/v1.0/\x1b[2J\x1b]0;owned\x07\x9b31m" in line


def test_closing_the_server_wakes_a_worker_blocked_on_a_stalled_request(
    fake: FakeTelegent,
) -> None:
    # With a 600 s idle timeout, only the close itself can free the worker in time.
    before = threading.active_count()
    with _running(build_server(fake, idle_timeout=600.0, max_workers=2)) as base_url:
        (sock,) = _idle_sockets(base_url, 1)
        sock.sendall(b"POST /v1.0/numbers/status HTTP/1.1\r\nContent-Length: 10\r\n\r\n{")
        for _ in range(int(HANG_BOUND / 0.05)):  # until a worker holds it
            if threading.active_count() - before >= 3:
                break
            time.sleep(0.05)
    sock.settimeout(HANG_BOUND)
    assert sock.recv(1024) == b""
    sock.close()
    for _ in range(int(HANG_BOUND / 0.05)):
        if threading.active_count() <= before:
            break
        time.sleep(0.05)
    assert threading.active_count() <= before
