"""The fake as a local HTTP server: ``telegent mock`` / ``python -m telegent.testing``.

The server stays up under abuse: a connection waiting for its next request costs no
thread (idle connections wait together in one selector thread); requests are served by a
bounded pool of ``max_workers`` threads; a connection idle (or trickling a request) for
``idle_timeout`` seconds is closed; bodies nested beyond ``MAX_BODY_DEPTH`` are answered
400 (``telegent.testing._limits``); the request log escapes control characters.
"""

from __future__ import annotations

import argparse
import contextlib
import selectors
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import FrameType
from typing import Any, ClassVar, TextIO
from urllib.parse import parse_qsl, urlsplit

from .._validation import CONTROL_CHARACTERS
from ._fake import FakeTelegent
from ._handlers import error_response
from ._limits import MAX_BODY_DEPTH
from ._types import FakeRequest, FakeResponse, FaultKind

__all__ = ["MAX_BODY_DEPTH", "MockServer", "build_server", "main", "serve_in_thread"]

_MAX_BODY = 10 * 1024 * 1024
_LOG_LOCK = threading.Lock()
#: Seconds a connection may sit idle, or take over one read of its request, before it
#: is closed.
IDLE_TIMEOUT = 30.0
#: Requests served at once (threads); idle keep-alive connections hold none.
MAX_WORKERS = 32


class _Handler(BaseHTTPRequestHandler):
    """Converts one HTTP exchange to and from the fake's core."""

    fake: ClassVar[FakeTelegent]
    log_stream: ClassVar[TextIO | None]
    protocol_version = "HTTP/1.1"
    server_version = "telegent-fake"
    sys_version = ""
    # Unbuffered: nothing of a next request may wait in a buffer while the connection
    # waits in the selector for its socket to become readable.
    rbufsize = 0

    def _serve(self) -> None:
        url = urlsplit(self.path)
        query: dict[str, str] = {}
        for key, value in parse_qsl(url.query, keep_blank_values=True):
            query.setdefault(key, value)  # first value wins, as in ASP.NET model binding
        try:
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            # Never reaches the fake: the body cannot be read, so the connection closes.
            self.close_connection = True
            self._write(error_response(400, "Content-Length is missing or too large."))
            return
        body = _read_exactly(self.rfile, length)
        if body is None:
            self.close_connection = True  # the client hung up mid-body
            return
        request = FakeRequest(
            method=self.command,
            path=url.path,
            query=query,
            headers={key.lower(): value for key, value in self.headers.items()},
            body=body,
        )
        try:
            response = self.fake.handle(request)
        except Exception as exc:  # a bug in the fake: answer it, keep serving
            response = error_response(500, f"The fake failed: {type(exc).__name__}.")
        if response.delay > 0:
            self.fake.sleep(response.delay)
        if response.drop is not None:
            # A dropped connection: hang up without a status line.
            self.close_connection = True
            self._log(f"{self.command} {url.path} -> dropped")
            return
        self._write(response)
        self._log(f"{self.command} {url.path} -> {response.status}")

    def _write(self, response: FakeResponse) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def __getattr__(self, name: str) -> Any:
        # http.server answers 501 for any method without a do_X; the API answers 405.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _log(self, line: str) -> None:
        # Path only: query strings and bodies stay out of the log.
        if self.log_stream is not None:
            # One write per line under a lock: print() from several handler threads
            # could otherwise interleave two lines into one.
            with _LOG_LOCK:
                self.log_stream.write(escape_controls(line) + "\n")
                self.log_stream.flush()

    def log_message(self, format: str, *args: Any) -> None:
        """Silence http.server's own access log (it would print full request lines)."""


def escape_controls(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` (a request path may carry
    terminal escape sequences; the log must not replay them)."""
    return CONTROL_CHARACTERS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _read_exactly(stream: Any, length: int) -> bytes | None:
    """``length`` bytes from an unbuffered socket file (``None``: the peer hung up)."""
    chunks: list[bytes] = []
    left = length
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class _Connection:
    """One client connection and its request handler, kept across keep-alive requests."""

    def __init__(self, server: MockServer, sock: socket.socket, address: Any) -> None:
        # Built by hand: socketserver's constructor would serve the whole connection.
        handler: Any = object.__new__(server.handler_class)
        handler.request, handler.client_address, handler.server = sock, address, server
        handler.timeout = server.idle_timeout  # each read of a request, at most
        # http.server writes the head and the body separately: with Nagle on, the body
        # waited for the client's delayed ACK (~40 ms a request).
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        handler.setup()
        self.sock = sock
        self.handler = handler
        self.server = server

    def serve_one(self) -> bool:
        """Answer one request; True if the connection stays open for another."""
        handler = self.handler
        handler.close_connection = True
        try:
            handler.handle_one_request()
        except (OSError, ValueError):
            return False
        return not handler.close_connection

    def close(self) -> None:
        self.server.forget(self)
        with contextlib.suppress(OSError, ValueError):
            self.handler.finish()
        self.server.shutdown_request(self.sock)


class _IdleConnections:
    """Connections waiting for their next request, watched by one selector thread: a
    readable one goes to the worker pool; one idle past the timeout is closed."""

    def __init__(self, server: MockServer) -> None:
        self._server = server
        self._selector = selectors.DefaultSelector()
        self._wake_read, self._wake_write = socket.socketpair()
        self._selector.register(self._wake_read, selectors.EVENT_READ, None)
        self._lock = threading.Lock()
        self._incoming: list[_Connection] = []
        self._deadlines: dict[_Connection, float] = {}
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="telegent-mock-idle", daemon=True)
        self._thread.start()

    def add(self, conn: _Connection) -> None:
        with self._lock:
            if not self._closed:
                self._incoming.append(conn)
                with contextlib.suppress(OSError):
                    self._wake_write.send(b"x")
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            with contextlib.suppress(OSError):
                self._wake_write.send(b"x")
        self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            while self._step():
                pass
        finally:
            for conn in list(self._deadlines):
                self._drop(conn)
            with self._lock:
                waiting, self._incoming = self._incoming, []
            for conn in waiting:
                conn.close()
            self._selector.close()
            self._wake_read.close()
            self._wake_write.close()

    def _step(self) -> bool:
        with self._lock:
            if self._closed:
                return False
            incoming, self._incoming = self._incoming, []
        now = time.monotonic()
        for conn in incoming:
            try:
                self._selector.register(conn.sock, selectors.EVENT_READ, conn)
            except (OSError, ValueError):
                conn.close()
                continue
            self._deadlines[conn] = now + self._server.idle_timeout
        wait = min(self._deadlines.values(), default=now + 1.0) - now
        for key, _ in self._selector.select(max(0.0, min(wait, 1.0))):
            if key.data is None:
                with contextlib.suppress(OSError):
                    self._wake_read.recv(4096)
                continue
            conn = key.data
            self._selector.unregister(conn.sock)
            del self._deadlines[conn]
            self._server.dispatch(conn)
        now = time.monotonic()
        for conn in [c for c, end in self._deadlines.items() if end <= now]:
            self._drop(conn)
        return True

    def _drop(self, conn: _Connection) -> None:
        with contextlib.suppress(KeyError, ValueError, OSError):
            self._selector.unregister(conn.sock)
        self._deadlines.pop(conn, None)
        conn.close()


class MockServer(HTTPServer):
    """An HTTP/1.1 server with a bounded number of threads, whatever its clients do."""

    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        *,
        idle_timeout: float = IDLE_TIMEOUT,
        max_workers: int = MAX_WORKERS,
    ) -> None:
        if not idle_timeout > 0 or max_workers < 1:
            raise ValueError("idle_timeout must be > 0 and max_workers >= 1")
        super().__init__(address, handler)
        self.handler_class = handler
        self._open: set[_Connection] = set()  # idle or being served
        self._open_lock = threading.Lock()
        self.idle_timeout = idle_timeout
        self.max_workers = max_workers
        self._pool = ThreadPoolExecutor(max_workers, thread_name_prefix="telegent-mock")
        self._idle = _IdleConnections(self)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A new connection waits with the idle ones for its first request."""
        try:
            conn = _Connection(self, request, client_address)
        except OSError:
            self.shutdown_request(request)
            return
        with self._open_lock:
            self._open.add(conn)
        self._idle.add(conn)

    def forget(self, conn: _Connection) -> None:
        """``conn`` is closed."""
        with self._open_lock:
            self._open.discard(conn)

    def dispatch(self, conn: _Connection) -> None:
        """Serve ``conn``'s next request on a worker (queued while all are busy)."""
        try:
            self._pool.submit(self._work, conn)
        except RuntimeError:  # shutting down
            conn.close()

    def _work(self, conn: _Connection) -> None:
        if conn.serve_one():
            self._idle.add(conn)
        else:
            conn.close()

    def server_close(self) -> None:
        """Stop listening, close every connection (waking workers blocked on one)."""
        super().server_close()
        self._idle.close()
        with self._open_lock:
            still_open = list(self._open)
        for conn in still_open:  # a worker blocked reading is woken now
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
        self._pool.shutdown(wait=False, cancel_futures=True)


def build_server(
    fake: FakeTelegent,
    host: str = "127.0.0.1",
    port: int = 0,
    log: TextIO | None = None,
    *,
    idle_timeout: float = IDLE_TIMEOUT,
    max_workers: int = MAX_WORKERS,
) -> MockServer:
    """A bound (not yet serving) HTTP server answering from ``fake``."""
    handler = type("FakeTelegentHandler", (_Handler,), {"fake": fake, "log_stream": log})
    return MockServer((host, port), handler, idle_timeout=idle_timeout, max_workers=max_workers)


def _base_url(server: HTTPServer) -> str:
    host, port = server.server_address[:2]
    shown = host if isinstance(host, str) else host.decode()
    return f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}"


@contextlib.contextmanager
def serve_in_thread(
    fake: FakeTelegent,
    port: int = 0,
    host: str = "127.0.0.1",
    *,
    idle_timeout: float = IDLE_TIMEOUT,
    max_workers: int = MAX_WORKERS,
) -> Iterator[str]:
    """Serve ``fake`` from a background thread; yields the base URL, stops on exit.

    ``port=0`` picks a free port. Use it as the client's ``base_url``.
    """
    server = build_server(fake, host, port, idle_timeout=idle_timeout, max_workers=max_workers)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield _base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


_FAULT_HELP = """\
inject a fault (repeatable): KIND[=VALUE][,times=N|always][,path=PATH][,method=M][,after]
[,retry-after=S]. KIND: status (VALUE: HTTP status, default 503), latency (VALUE: seconds),
drop (close the connection unanswered), html (a gateway's HTML page, VALUE: status,
default 502), truncated (the real answer cut in half). times: matching requests to hit
(default 1). after: let the fake act first (status, drop). Example:
--fault status=503,times=2,path=/v1.0/numbers/status"""

_DEFAULT_FAILURE = "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"


def parse_fault(text: str) -> dict[str, Any]:
    """``status=503,times=2,path=/v1.0/numbers/status`` -> ``FakeTelegent.inject`` kwargs."""
    head, *options = [part.strip() for part in text.split(",")]
    kind, _, value = head.partition("=")
    kind = kind.strip().lower()
    if kind not in {k.value for k in FaultKind}:
        raise argparse.ArgumentTypeError(
            f"unknown fault kind {kind!r}; choose from {', '.join(k.value for k in FaultKind)}"
        )
    spec: dict[str, Any] = {"kind": FaultKind(kind), "times": 1}
    try:
        if value and kind in ("status", "html"):
            spec["status"] = int(value)
        elif value and kind == "latency":
            spec["seconds"] = float(value)
        elif value:
            raise argparse.ArgumentTypeError(f"a {kind} fault takes no value (got {value!r})")
        for option in options:
            name, _, arg = option.partition("=")
            if name == "times":
                spec["times"] = None if arg == "always" else int(arg)
            elif name in ("path", "method") and arg:
                spec[name] = arg
            elif name == "after" and not arg:
                spec["after_processing"] = True
            elif name == "retry-after":
                spec["retry_after"] = int(arg)
            else:
                raise argparse.ArgumentTypeError(f"unknown fault option {option!r}")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number in fault {text!r}") from None
    return spec


def parse_seed(text: str) -> int | str:
    """``--seed``: a whole number (the inventory seed), else the path of a seed file."""
    try:
        return int(text)
    except ValueError:
        return text


def parse_failure(text: str) -> tuple[str, str]:
    """``+12016093801[=CODE-TEXT]`` -> (number, OrderStatusMessage)."""
    number, _, message = text.partition("=")
    if not number.strip():
        raise argparse.ArgumentTypeError(f"no number in {text!r}")
    return number.strip(), message.strip() or _DEFAULT_FAILURE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="telegent mock",
        description="Serve a fake Telegent mPaaS API locally, for credential-free demos and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010; 0 = any)")
    parser.add_argument("--numbers", type=int, default=1000, help="inventory size (default 1000)")
    parser.add_argument(
        "--seed",
        type=parse_seed,
        default=1,
        metavar="N|FILE",
        help="inventory and id seed (default 1), or a seed file: a JSON object of records by "
        "collection, as FakeTelegent(seed_file=...) loads it",
    )
    parser.add_argument(
        "--seed-file", metavar="FILE", help="a seed file, when --seed gives the number"
    )
    parser.add_argument("--account-key", default="DID-fake", help="accepted AccountKey")
    parser.add_argument("--account-secret", default="fake-secret", help="accepted AccountSecret")
    parser.add_argument(
        "--rate-limit", type=int, default=50, help="requests per minute; 0 disables (default 50)"
    )
    parser.add_argument(
        "--polls-to-complete", type=int, default=2, help="order polls before Complete (default 2)"
    )
    parser.add_argument(
        "--token-lifetime", type=float, default=3600.0, help="token lifetime, seconds"
    )
    parser.add_argument(
        "--fault",
        type=parse_fault,
        action="append",
        default=[],
        metavar="SPEC",
        help=" ".join(_FAULT_HELP.split()),
    )
    parser.add_argument(
        "--fail-number",
        type=parse_failure,
        action="append",
        default=[],
        metavar="NUMBER[=CODE-TEXT]",
        help="orders touching NUMBER end in Error with CODE-TEXT (repeatable; default "
        f"{_DEFAULT_FAILURE})",
    )
    parser.add_argument(
        "--idle-timeout",
        type=float,
        default=IDLE_TIMEOUT,
        help=f"close a connection idle this many seconds (default {IDLE_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-workers",
        type=int,
        default=MAX_WORKERS,
        help=f"requests served at once, one thread each (default {MAX_WORKERS})",
    )
    parser.add_argument("--quiet", action="store_true", help="do not print one line per request")
    return parser


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mock server until Ctrl-C (or SIGTERM); returns the exit status."""
    args = _parser().parse_args(list(argv) if argv is not None else None)
    seed, seed_file = args.seed, args.seed_file
    if isinstance(seed, str):
        if seed_file is not None:
            print("telegent mock: give one seed file (--seed FILE or --seed-file)", file=sys.stderr)
            return 2
        seed, seed_file = 1, seed
    try:
        fake = FakeTelegent(
            numbers=args.numbers,
            seed=seed,
            seed_file=seed_file,
            account_key=args.account_key,
            account_secret=args.account_secret,
            rate_limit=args.rate_limit or None,
            polls_to_complete=args.polls_to_complete,
            token_lifetime=args.token_lifetime,
        )
        for spec in args.fault:
            options = dict(spec)
            fake.inject(options.pop("kind"), **options)
        if args.fail_number:
            fake.fail_numbers(dict(args.fail_number))
        server = build_server(
            fake,
            args.host,
            args.port,
            None if args.quiet else sys.stdout,
            idle_timeout=args.idle_timeout,
            max_workers=args.max_workers,
        )
    except (ValueError, OSError) as exc:
        print(f"telegent mock: {exc}", file=sys.stderr)
        return 2
    base_url = _base_url(server)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"telegent mock: warning: serving on {args.host}, not loopback; anyone who can "
            "reach it can use the demo credentials below.",
            file=sys.stderr,
        )
    print(f"Fake Telegent mPaaS API listening on {base_url}", flush=True)
    print(f"  AccountKey:    {fake.account_key}", flush=True)
    print(f"  AccountSecret: {fake.account_secret}   (demo credential of this fake)", flush=True)
    print(f"  {fake.number_count} numbers, seed {fake.seed}. Press Ctrl-C to stop.", flush=True)
    if seed_file is not None:
        print(f"  records from {seed_file}", flush=True)
    for fault in fake.faults:
        times = "always" if fault.remaining is None else f"{fault.remaining}x"
        print(f"  fault: {fault.kind.value} ({times}) on {fault.path or 'any path'}", flush=True)
    if args.fail_number:
        print(f"  orders fail for: {', '.join(n for n, _ in args.fail_number)}", flush=True)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
        # A shell starts background jobs with SIGINT ignored, and Python then keeps it ignored:
        # `kill -INT` (a CI script stopping its mock) must still stop the server.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("Stopping.", flush=True)
    finally:
        server.server_close()
    return 0
