"""``Telegent`` and ``AsyncTelegent``: the clients users construct."""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from functools import cached_property
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from telegent_mpaas_client.sdk.client import AsyncResources, SyncResources

from ._auth import TelegentAuth, TokenScope
from ._base_client import (
    DEFAULT_BASE_URL,
    AsyncAPIClient,
    BaseClient,
    ClientOptions,
    SharedState,
    SyncAPIClient,
    _utcnow,
)
from ._logging import SecretRedactor, setup_logging_from_env
from ._retry import RetryPolicy

__all__ = ["AsyncTelegent", "Telegent"]

ENV_ACCOUNT_KEY = "TELEGENT_ACCOUNT_KEY"
ENV_ACCOUNT_SECRET = "TELEGENT_ACCOUNT_SECRET"  # noqa: S105 - a variable name, not a secret
ENV_TOKEN = "TELEGENT_TOKEN"  # noqa: S105 - a variable name, not a secret
ENV_BASE_URL = "TELEGENT_BASE_URL"


def _resolve_credentials(
    account_key: str | None, account_secret: str | None, token: str | None
) -> tuple[str | None, str | None, str | None]:
    """Explicit arguments first, then the environment; key+secret beat a bare token."""
    if account_key is not None or account_secret is not None:
        if not account_key or not account_secret:
            missing = "account_secret" if account_key else "account_key"
            raise ValueError(f"{missing} is missing: pass both account_key and account_secret")
        return account_key, account_secret, None
    if token is not None:
        if not token.strip():
            raise ValueError("token must not be empty")
        return None, None, token
    env_key = os.environ.get(ENV_ACCOUNT_KEY) or None
    env_secret = os.environ.get(ENV_ACCOUNT_SECRET) or None
    if env_key or env_secret:
        if not env_key or not env_secret:
            missing = ENV_ACCOUNT_SECRET if env_key else ENV_ACCOUNT_KEY
            raise ValueError(f"{missing} is not set (both key and secret are needed)")
        return env_key, env_secret, None
    env_token = os.environ.get(ENV_TOKEN) or None
    if env_token:
        return None, None, env_token
    raise ValueError(
        "no credentials: pass account_key= and account_secret= (or token=), or set "
        f"{ENV_ACCOUNT_KEY} and {ENV_ACCOUNT_SECRET} (or {ENV_TOKEN})"
    )


def _configure(
    *,
    account_key: str | None,
    account_secret: str | None,
    token: str | None,
    base_url: str | httpx.URL | None,
    token_scope: TokenScope,
    renew_skew: float,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    rate_limit_per_minute: int | None,
    default_headers: Mapping[str, str] | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
    transport: object | None,
    clock: Callable[[], float] | None,
    utcnow: Callable[[], datetime] | None,
    rand: Callable[[], float] | None,
    max_response_bytes: int | None = None,
) -> tuple[ClientOptions, SharedState]:
    """Everything the sync and async constructors do alike, before any I/O."""
    if http_client is not None and transport is not None:
        raise ValueError("pass http_client= or transport=, not both")
    setup_logging_from_env()
    key, secret, tok = _resolve_credentials(account_key, account_secret, token)
    redactor = SecretRedactor()
    auth = TelegentAuth(
        account_key=key,
        account_secret=secret,
        token=tok,
        token_scope=token_scope,
        renew_skew=renew_skew,
        clock=clock or time.monotonic,
        utcnow=utcnow or _utcnow,
        redactor=redactor,
    )
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    options = BaseClient._make_options(
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        retry_policy=retry_policy,
        default_headers=default_headers,
        http_timeout=http_client.timeout if http_client is not None else None,
        max_response_bytes=max_response_bytes,
    )
    state = BaseClient._make_state(
        auth=auth,
        rate_limit_per_minute=rate_limit_per_minute,
        redactor=redactor,
        clock=clock,
        utcnow=utcnow,
        rand=rand,
        owns_http=http_client is None,
    )
    return options, state


_C = TypeVar("_C", "Telegent", "AsyncTelegent")


def _derive(
    client: _C,
    *,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    deadline: float | None,
) -> _C:
    """A ``with_options`` copy: new per-call options, everything else shared."""
    new = object.__new__(type(client))
    new._options = client._copy_options(
        timeout=timeout, max_retries=max_retries, retry_policy=retry_policy, deadline=deadline
    )
    new._state = client._state
    new._http = client._http
    new._sleep = client._sleep
    return new


class Telegent(SyncResources, SyncAPIClient):
    """Synchronous client for the Telegent mPaaS Numbers API.

    Example::

        client = Telegent(account_key="DID-...", account_secret="...")
        order = client.numbers.activate(["+12016093801"])
        client.orders.wait(order.order_id)

    Credentials come from the arguments or from ``TELEGENT_ACCOUNT_KEY`` /
    ``TELEGENT_ACCOUNT_SECRET`` (or ``TELEGENT_TOKEN``); the base URL from
    ``base_url`` or ``TELEGENT_BASE_URL`` (default ``https://api.telegent.com``).

    Args:
        account_key, account_secret: exchanged for bearer tokens, renewed as needed.
        token: a ready bearer token (no renewal possible; a 401 raises).
        base_url: https URL (plain http only to a loopback host, for local mocks).
        token_scope: ``"auto"`` (default), ``"per-endpoint"`` or ``"none"``.
        timeout: seconds or ``httpx.Timeout`` per request (default 30 s, 5 s connect).
        max_retries: resends of a failed request (default 2).
        retry_policy: a ``RetryPolicy`` (delays, Retry-After cap, overall deadline).
        rate_limit_per_minute: client-side limit shared by all calls (e.g. 50).
        http_client: your own ``httpx.Client`` (not closed by ``close()``).
        transport: an ``httpx`` transport for the client this one creates.
        default_headers: extra headers sent with every request.
        renew_skew: renew tokens this many seconds before they expire (default 60).
        max_response_bytes: cap on a response body's decoded size (default 64 MiB);
            a larger body raises ``APIResponseTooLargeError``.

    The underscore arguments (``_clock``, ``_sleep``, ``_random``, ``_utcnow``) replace
    the monotonic clock, ``time.sleep``, ``random.random`` and the UTC wall clock, for
    tests.
    """

    def __init__(
        self,
        *,
        account_key: str | None = None,
        account_secret: str | None = None,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_scope: TokenScope = "auto",  # noqa: S107 - a mode name, not a password
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limit_per_minute: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float = 60.0,
        max_response_bytes: int | None = None,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], None] | None = None,
        _random: Callable[[], float] | None = None,
        _utcnow: Callable[[], datetime] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        self._options, self._state = _configure(
            account_key=account_key,
            account_secret=account_secret,
            token=token,
            base_url=base_url,
            token_scope=token_scope,
            renew_skew=renew_skew,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            rate_limit_per_minute=rate_limit_per_minute,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
            clock=_clock,
            utcnow=_utcnow,
            rand=_random,
            max_response_bytes=max_response_bytes,
        )
        self._http = http_client or httpx.Client(transport=transport, timeout=self._options.timeout)
        self._sleep = _sleep or time.sleep
        self._attach_auth()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
    ) -> Telegent:
        """A copy with other per-call settings, sharing the connection pool, the token
        cache and the rate limiter: ``client.with_options(max_retries=5).orders.get(...)``.
        """
        return _derive(
            self,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
        )

    @cached_property
    def with_raw_response(self) -> Any:
        """``client.with_raw_response.orders.get(...)`` -> ``APIResponse``."""
        return _RawResponses(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncTelegent(AsyncResources, AsyncAPIClient):
    """Asynchronous client; mirrors :class:`Telegent` (awaitable methods, ``async for``
    over ``numbers.list()``, bulk changes with bounded concurrency).

    ``_sleep`` is an async function (default ``asyncio.sleep``).
    """

    def __init__(
        self,
        *,
        account_key: str | None = None,
        account_secret: str | None = None,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_scope: TokenScope = "auto",  # noqa: S107 - a mode name, not a password
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limit_per_minute: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float = 60.0,
        max_response_bytes: int | None = None,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
        _random: Callable[[], float] | None = None,
        _utcnow: Callable[[], datetime] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        self._options, self._state = _configure(
            account_key=account_key,
            account_secret=account_secret,
            token=token,
            base_url=base_url,
            token_scope=token_scope,
            renew_skew=renew_skew,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            rate_limit_per_minute=rate_limit_per_minute,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
            clock=_clock,
            utcnow=_utcnow,
            rand=_random,
            max_response_bytes=max_response_bytes,
        )
        self._http = http_client or httpx.AsyncClient(
            transport=transport, timeout=self._options.timeout
        )
        if _sleep is None:
            import asyncio  # noqa: PLC0415 - sync-only users never import asyncio

            _sleep = asyncio.sleep
        self._sleep = _sleep
        self._attach_auth()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
    ) -> AsyncTelegent:
        """A copy with other per-call settings, sharing pool, token cache, rate limiter."""
        return _derive(
            self,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
        )

    @cached_property
    def with_raw_response(self) -> Any:
        """``await client.with_raw_response.orders.get(...)`` -> ``APIResponse``."""
        return _RawResponses(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class _RawResponses:
    """``client.with_raw_response.<resource>.<method>(...)`` returns ``APIResponse``."""

    def __init__(self, client: SyncResources | AsyncResources) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name).with_raw_response
