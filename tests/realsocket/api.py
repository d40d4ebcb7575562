"""A small token-checking API on top of :class:`LocalServer`, for auth tests.

``TokenAPI`` is a request handler: ``POST /v1.0/oauth2/tokens`` issues ``tok-1``,
``tok-2``, ... for the right key and secret; every other path first checks the bearer
token (401 when it is unknown or refused), then answers from ``routes``. Tokens can be
refused mid-run (``refuse_all``), as a server does when it rotates keys.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from .server import Received, Reply, json_reply

TOKEN_PATH = "/v1.0/oauth2/tokens"
ORDER_PATH = "/v1.0/numbers/order"
STATUS_PATH = "/v1.0/numbers/status"
INVENTORY_PATH = "/v1.0/numbers/inventory"
KEY = "DID-realsocket"
SECRET = "q7Zx9KpL2mWv8RtY4nBc6HjD3sFg"  # random-looking: any fragment of it is a leak
ORDER = {"OrderId": "JNUOID-1", "OrderStatus": "Pending"}

Route = Callable[[Received], Reply]


def expiry_text(when: datetime) -> str:
    return when.strftime("%m/%d/%Y %I:%M:%S %p")


class TokenAPI:
    """Issues and checks bearer tokens; thread-safe (the server runs one thread per
    connection)."""

    def __init__(
        self,
        *,
        lifetime: float = 3600.0,
        utcnow: Callable[[], datetime] = lambda: datetime.now(UTC),
        latency: float = 0.0,
    ) -> None:
        self.lifetime = lifetime
        self.latency = latency  # seconds every API answer (401s too) takes
        self.utcnow = utcnow
        self.lock = threading.Lock()
        self.valid: set[str] = set()
        self.scope_of: dict[str, str | None] = {}  # token -> the ApiEndpoint it was issued for
        self.issued = 0
        self.routes: dict[tuple[str, str], Route] = {}
        self.api_calls = 0
        self.echo = False  # echo credentials back in response headers (a leaky server)
        self.rejected = 0
        self._held = 0  # API requests to hold back until that many are waiting
        self._arrived = 0
        self._gate = threading.Condition(self.lock)

    def hold(self, count: int) -> None:
        """Answer none of the next ``count`` API requests until all of them have arrived
        (at most 5 s): that many calls are then in flight at once, each on a connection."""
        with self.lock:
            self._held, self._arrived = count, 0

    def _wait_at_gate(self) -> None:
        with self._gate:
            if self._arrived >= self._held:
                return
            self._arrived += 1
            if self._arrived >= self._held:
                self._gate.notify_all()
            else:
                self._gate.wait_for(lambda: self._arrived >= self._held, timeout=5.0)

    def route(self, method: str, path: str, handler: Route | Reply) -> TokenAPI:
        self.routes[(method, path)] = handler if callable(handler) else (lambda _r: handler)
        return self

    def scope(self, request: Received) -> str | None:
        """The ApiEndpoint the request's token was issued for (None: unscoped)."""
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self.lock:
            return self.scope_of.get(token)

    def refuse_all(self) -> None:
        """From now on every token issued so far is answered 401."""
        with self.lock:
            self.valid.clear()

    def __call__(self, request: Received) -> Reply:
        if request.method == "POST" and request.path == TOKEN_PATH:
            return self._token(request)
        self._wait_at_gate()
        if self.latency:
            time.sleep(self.latency)
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ")
        with self.lock:
            ok = token in self.valid
            if ok:
                self.api_calls += 1
            else:
                self.rejected += 1
        if not ok:
            return json_reply(401, {"StatusCode": 401, "Message": "Unauthorized"})
        handler = self.routes.get((request.method, request.path))
        if self.echo:
            reply = (handler or (lambda _r: json_reply(404, {"StatusCode": 404})))(request)
            reply.headers.append(("X-Echo-Authorization", auth))
            return reply
        if handler is None:
            return json_reply(404, {"StatusCode": 404, "Message": "no route"})
        return handler(request)

    def _token(self, request: Received) -> Reply:
        body = request.json()
        if body.get("AccountKey") != KEY or body.get("AccountSecret") != SECRET:
            return json_reply(200, {"successful": False, "error": "Invalid credentials"})
        with self.lock:
            self.issued += 1
            token = f"tok{self.issued}-{hashlib.sha256(str(self.issued).encode()).hexdigest()[:24]}"
            self.valid.add(token)
            self.scope_of[token] = body.get("ApiEndpoint")
        expiry = self.utcnow() + timedelta(seconds=self.lifetime)
        reply = json_reply(
            200, {"token": token, "successful": True, "tokenExpiry": expiry_text(expiry)}
        )
        if self.echo:
            reply.headers += [("X-Echo-Secret", SECRET), ("X-Echo-Token", token)]
        return reply
