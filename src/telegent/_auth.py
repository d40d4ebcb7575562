"""Bearer-token authentication: a token cache shared by a client and its copies.

The client's send loop (``_base_client``) drives it: ``token_*`` before a request, and
``replay_token_*`` with the answer, which it has read *and closed* first. That order
matters: a request waiting for a new token holds no pooled connection, so under any
load the token request itself can always get one (an ``httpx.Auth`` flow would wait
for the token while its 401 response still held its connection).

How tokens are obtained (``POST /v1.0/oauth2/tokens``, see API_NOTES):

* The API has no refresh token: a new token is requested from the key and secret.
* ``tokenExpiry`` (``MM/DD/YYYY hh:mm:ss AM/PM``) carries no zone; it is read as UTC.
  When the token is a JWT with a numeric ``exp`` claim, that claim (an absolute epoch
  time) is used instead: it is unambiguous and it is what the server enforces. If the
  expiry read that way is already past on arrival (a zone misunderstanding), it is
  distrusted and the token is used until the API answers 401.
* A token is renewed ``renew_skew`` seconds (default 60) before its expiry, and at
  once when a request is answered 401: the request is then replayed exactly once with
  the new token. A second 401 surfaces as ``AuthenticationError``.
* Concurrent requests share one token fetch (double-checked under a
  ``threading.Lock`` in sync code, an ``asyncio.Lock`` in async code): no stampede.
* Scoping (``token_scope``):

  - ``"auto"`` (default): ask for one unscoped token. If the API answers that "The
    ApiEndpoint field is required" (API_NOTES: its knowledge base says it may), or
    rejects the unscoped token with a 403 that names the ApiEndpoint scope, switch
    this client to per-endpoint tokens for good and carry on. One token serves every
    endpoint when the API allows it (fewer token calls under a 50 requests/minute
    limit), and nothing breaks when it does not.
  - ``"per-endpoint"``: always one token per endpoint URL (``ApiEndpoint`` set to e.g.
    ``https://api.telegent.com/v1.0/numbers/status``), cached per endpoint.
  - ``"none"``: never send ``ApiEndpoint``.

* ``token=`` alone: that token is sent as is; a 401 cannot be repaired and raises
  ``AuthenticationError``.

Secrets (the account secret, every token) never appear in ``repr()``, in log lines or in
exception messages: they are registered with the client's redactor, which masks them in
any server-provided text.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._errors import (
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    body_snippet,
    loads_json,
)
from ._logging import SecretRedactor, logger

if TYPE_CHECKING:
    import asyncio

    from .types import Token

__all__ = ["TelegentAuth", "TokenScope"]

TokenScope = Literal["auto", "per-endpoint", "none"]
TOKEN_SCOPES: tuple[TokenScope, ...] = ("auto", "per-endpoint", "none")

# Fetchers get the ApiEndpoint to request (None for an unscoped token) and return the
# token response; the owning client runs them through its retry pipeline, unauthenticated.
SyncFetcher = Callable[[str | None], httpx.Response]
AsyncFetcher = Callable[[str | None], Awaitable[httpx.Response]]


class ApiEndpointRequired(Exception):
    """The API wants ``ApiEndpoint`` in the token request."""


@dataclass(frozen=True, slots=True)
class CachedToken:
    """An issued token and when (monotonic seconds) to renew it; ``None``: on 401 only."""

    value: str
    renew_at: float | None


def _mentions_api_endpoint(text: str | None) -> bool:
    return bool(text) and "apiendpoint" in (text or "").lower().replace(" ", "")


def jwt_expiry(token: str) -> datetime | None:
    """The ``exp`` claim of a JWT, read without verifying it (it is only a hint)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
        exp = claims["exp"]
        if isinstance(exp, bool) or not isinstance(exp, (int, float)):
            return None
        return datetime.fromtimestamp(exp, UTC)
    except (ValueError, KeyError, TypeError, OverflowError, OSError, RecursionError):
        return None


def parse_token_response(response: httpx.Response, redact: SecretRedactor) -> Token:
    """Turn a 2xx token response into a ``Token``; raise if the API refused.

    Raises ``ApiEndpointRequired`` when the refusal says the ApiEndpoint field is
    required, ``AuthenticationError`` for any other ``successful: false``, and
    ``APIResponseValidationError`` when there is no usable token in the body.
    """
    try:
        data = loads_json(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from POST /v1.0/oauth2/tokens: the body is not "
            f"a JSON object: {body_snippet(response, redact)}",
            response=response,
            snippet=body_snippet(response, redact),
        )
    from .types import Token  # noqa: PLC0415 - records load on first use

    token = Token._parse(data)
    redact.add(token.token)
    if token.successful is False or not token.token:
        if _mentions_api_endpoint(token.error):
            raise ApiEndpointRequired(token.error)
        reason = redact(token.error) if token.error else "no token in the response"
        if token.successful is False:
            raise AuthenticationError(
                f"the API refused the token request: {reason}",
                response=response,
                body={"successful": False, "error": reason},
            )
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from POST /v1.0/oauth2/tokens: {reason}",
            response=response,
            snippet=reason,
        )
    return token


class TelegentAuth:
    """Adds ``Authorization: Bearer <token>``, fetching, caching and renewing tokens.

    One instance belongs to one client and is shared with its ``with_options`` copies,
    so they share the token cache. It is driven either synchronously (``Telegent``) or
    asynchronously (``AsyncTelegent``); the owning client installs the matching fetcher.
    """

    def __init__(
        self,
        *,
        account_key: str | None = None,
        account_secret: str | None = None,
        token: str | None = None,
        token_scope: TokenScope = "auto",  # noqa: S107 - a mode name, not a password
        renew_skew: float = 60.0,
        clock: Callable[[], float],
        utcnow: Callable[[], datetime],
        redactor: SecretRedactor,
    ) -> None:
        if token_scope not in TOKEN_SCOPES:
            raise ValueError(
                f"token_scope {token_scope!r} is invalid; expected one of {', '.join(TOKEN_SCOPES)}"
            )
        if (
            isinstance(renew_skew, bool)
            or not isinstance(renew_skew, (int, float))
            or renew_skew < 0
        ):
            raise ValueError(f"renew_skew must be a number >= 0, got {renew_skew!r}")
        if token is None and not (account_key and account_secret):
            raise ValueError("either token= or both account_key= and account_secret= are needed")
        self._account_key = account_key
        self._account_secret = account_secret
        self._static = token
        self._mode: TokenScope = token_scope
        self._per_endpoint = token_scope == "per-endpoint"  # noqa: S105
        self._skew = renew_skew
        self._clock = clock
        self._utcnow = utcnow
        self._redact = redactor
        redactor.add(account_secret, pin=True)
        redactor.add(token, pin=True)
        self._cache: dict[str | None, CachedToken] = {}
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._alock_loop: asyncio.AbstractEventLoop | None = None
        self.fetch_sync: SyncFetcher | None = None
        self.fetch_async: AsyncFetcher | None = None
        self.token_requests = 0  # how many token requests were made (for diagnostics)

    # ------------------------------------------------------------------ public helpers

    @property
    def account_key(self) -> str | None:
        """The account key (``DID-...``; not a secret)."""
        return self._account_key

    @property
    def can_reauthenticate(self) -> bool:
        """True when new tokens can be obtained (key and secret known)."""
        return self._static is None

    @property
    def per_endpoint(self) -> bool:
        """True once tokens are scoped per endpoint (by choice or by fallback)."""
        return self._per_endpoint

    def __repr__(self) -> str:
        if self._static is not None:
            return "TelegentAuth(token='***')"
        return (
            f"TelegentAuth(account_key={self._account_key!r}, account_secret='***', "
            f"token_scope={self._mode!r}, cached_tokens={len(self._cache)})"
        )

    def token_request_args(self, api_endpoint: str | None) -> dict[str, Any]:
        """The arguments of the generated token operation (``TOKEN_OPERATION``) for a
        scope; its descriptor says their wire names and where they go."""
        return {
            "account_key": self._account_key,
            "account_secret": self._account_secret,
            "api_endpoint": api_endpoint,
        }

    def invalidate(self) -> None:
        """Forget every cached token (the next request fetches a new one)."""
        with self._lock:
            self._cache.clear()

    # ------------------------------------------------------------------ pure helpers

    @staticmethod
    def endpoint_of(request: httpx.Request) -> str:
        """The ApiEndpoint URL of a request: scheme, host, port and path, no query."""
        url = request.url
        # String assembly, not url.copy_with(): that re-parses the URL on every request.
        return f"{url.scheme}://{url.netloc.decode('ascii')}{url.path}"

    def _scope(self, endpoint: str) -> str | None:
        return endpoint if self._per_endpoint else None

    def _valid(self, scope: str | None) -> str | None:
        cached = self._cache.get(scope)
        if cached is None:
            return None
        if cached.renew_at is not None and self._clock() >= cached.renew_at:
            return None
        return cached.value

    def _store(self, scope: str | None, token: Token) -> str:
        assert token.token is not None
        value = token.token
        expiry = jwt_expiry(value) or token.token_expiry
        renew_at: float | None = None
        if expiry is not None:
            remaining = (expiry - self._utcnow()).total_seconds()
            if remaining > self._skew:
                renew_at = self._clock() + remaining - self._skew
            else:
                logger.debug(
                    "token expiry %s is already (nearly) past on arrival; "
                    "using the token until the API answers 401",
                    expiry.isoformat(),
                )
        self._cache[scope] = CachedToken(value, renew_at)
        logger.debug("obtained a token (%s)", f"scoped to {scope}" if scope else "unscoped")
        return value

    def _fallback_to_per_endpoint(self, why: str) -> None:
        if self._mode == "auto" and not self._per_endpoint:
            logger.info("switching to per-endpoint tokens: %s", why)
            self._per_endpoint = True

    def _scope_rejected(self, response: httpx.Response) -> bool:
        """A 403 to an unscoped token that names the ApiEndpoint scope (auto mode)."""
        if response.status_code != 403 or self._mode != "auto" or self._per_endpoint:
            return False
        try:
            body = loads_json(response.content)
        except ValueError:
            return False
        message = body.get("Message") if isinstance(body, dict) else None
        return _mentions_api_endpoint(message if isinstance(message, str) else None)

    @staticmethod
    def apply(request: httpx.Request, token: str) -> None:
        """Set the request's bearer token."""
        request.headers["Authorization"] = f"Bearer {token}"

    def _replay_reason(self, request: httpx.Request, response: httpx.Response) -> str | None:
        if self._static is not None:
            return None  # a fixed token cannot be repaired: the 401 stands
        if response.status_code == 401:
            logger.info(
                "%s %s answered 401: renewing the token and replaying once",
                request.method,
                request.url.path,
            )
            return "401"
        if self._scope_rejected(response):
            return "scope"
        return None

    # ------------------------------------------------------------------ sync

    def _fetch_sync_locked(self, endpoint: str) -> str:
        if self.fetch_sync is None:
            raise RuntimeError("this TelegentAuth is not attached to a sync client")
        scope = self._scope(endpoint)
        self.token_requests += 1
        try:
            response = self.fetch_sync(scope)
            return self._store(scope, parse_token_response(response, self._redact))
        except (ApiEndpointRequired, BadRequestError) as exc:
            if not self._scope_required(exc, scope):
                raise
        self._fallback_to_per_endpoint("the API requires the ApiEndpoint field")
        scope = self._scope(endpoint)
        self.token_requests += 1
        response = self.fetch_sync(scope)
        return self._store(scope, parse_token_response(response, self._redact))

    def _scope_required(self, exc: Exception, scope: str | None) -> bool:
        if scope is not None or self._mode != "auto":
            return False
        if isinstance(exc, ApiEndpointRequired):
            return True
        return isinstance(exc, BadRequestError) and _mentions_api_endpoint(exc.message)

    def token_sync(self, endpoint: str) -> str:
        """A valid token for ``endpoint``, fetching one if needed (thread-safe)."""
        if self._static is not None:
            return self._static
        token = self._valid(self._scope(endpoint))
        if token is not None:
            return token
        with self._lock:
            token = self._valid(self._scope(endpoint))
            if token is not None:
                return token
            return self._fetch_sync_locked(endpoint)

    def renew_sync(self, endpoint: str, stale: str) -> str:
        """A token other than ``stale``: a newer cached one, or a freshly fetched one."""
        with self._lock:
            scope = self._scope(endpoint)
            cached = self._cache.get(scope)
            if cached is not None and cached.value != stale and self._valid(scope):
                return cached.value
            self._cache.pop(scope, None)
            return self._fetch_sync_locked(endpoint)

    def replay_token_sync(
        self, request: httpx.Request, sent: str, response: httpx.Response
    ) -> str | None:
        """The token to replay ``request`` with after ``response``, or ``None``.

        ``response`` (to ``request`` sent with token ``sent``) must already be read and
        closed. A 401 renews the token; a 403 naming the ApiEndpoint scope (auto mode)
        switches to per-endpoint tokens. The caller replays once.
        """
        reason = self._replay_reason(request, response)
        if reason is None:
            return None
        endpoint = self.endpoint_of(request)
        if reason == "401":
            return self.renew_sync(endpoint, sent)
        with self._lock:
            self._fallback_to_per_endpoint("an unscoped token was refused (403)")
        return self.token_sync(endpoint)

    # ------------------------------------------------------------------ async

    def _async_lock(self) -> asyncio.Lock:
        # An asyncio.Lock binds to the loop it first waits on; a client reused under a
        # new event loop (several asyncio.run calls) gets a fresh lock.
        import asyncio  # noqa: PLC0415 - sync-only users never import asyncio

        loop = asyncio.get_running_loop()
        if self._alock is None or self._alock_loop is not loop:
            self._alock = asyncio.Lock()
            self._alock_loop = loop
        return self._alock

    async def _fetch_async_locked(self, endpoint: str) -> str:
        if self.fetch_async is None:
            raise RuntimeError("this TelegentAuth is not attached to an async client")
        scope = self._scope(endpoint)
        self.token_requests += 1
        try:
            response = await self.fetch_async(scope)
            return self._store(scope, parse_token_response(response, self._redact))
        except (ApiEndpointRequired, BadRequestError) as exc:
            if not self._scope_required(exc, scope):
                raise
        self._fallback_to_per_endpoint("the API requires the ApiEndpoint field")
        scope = self._scope(endpoint)
        self.token_requests += 1
        response = await self.fetch_async(scope)
        return self._store(scope, parse_token_response(response, self._redact))

    async def token_async(self, endpoint: str) -> str:
        """A valid token for ``endpoint``, fetching one if needed (task-safe)."""
        if self._static is not None:
            return self._static
        token = self._valid(self._scope(endpoint))
        if token is not None:
            return token
        async with self._async_lock():
            token = self._valid(self._scope(endpoint))
            if token is not None:
                return token
            return await self._fetch_async_locked(endpoint)

    async def renew_async(self, endpoint: str, stale: str) -> str:
        """A token other than ``stale``: a newer cached one, or a freshly fetched one."""
        async with self._async_lock():
            scope = self._scope(endpoint)
            cached = self._cache.get(scope)
            if cached is not None and cached.value != stale and self._valid(scope):
                return cached.value
            self._cache.pop(scope, None)
            return await self._fetch_async_locked(endpoint)

    async def replay_token_async(
        self, request: httpx.Request, sent: str, response: httpx.Response
    ) -> str | None:
        """Async :meth:`replay_token_sync`."""
        reason = self._replay_reason(request, response)
        if reason is None:
            return None
        endpoint = self.endpoint_of(request)
        if reason == "401":
            return await self.renew_async(endpoint, sent)
        self._fallback_to_per_endpoint("an unscoped token was refused (403)")
        return await self.token_async(endpoint)
