"""``Telegent`` and ``AsyncTelegent``: the clients users construct."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from telegent._generated.client import AsyncResources, SyncResources

from ._auth import TelegentAuth, TokenScope
from ._base_client import (
    DEFAULT_BASE_URL,
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncCookielessClient,
    BaseClient,
    ClientOptions,
    CookielessClient,
    Lifecycle,
    NotGiven,
    SharedState,
    SyncAPIClient,
    make_limiter,
)
from ._clock import Clock, SystemClock, check_clock
from ._logging import SecretRedactor, setup_logging_from_env
from ._proxy import check_proxy_hop, proxy_mounts
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._resource import AsyncRawResource, SyncRawResource

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


@dataclass(frozen=True, slots=True)
class Credentials:
    """How a client authenticates: kept so that ``with_options`` can build a token
    cache for a copy that needs its own (another base URL, other credentials)."""

    account_key: str | None
    account_secret: str | None = field(repr=False)
    token: str | None = field(repr=False)
    token_scope: TokenScope
    renew_skew: float

    def replaced(
        self,
        *,
        account_key: str | None,
        account_secret: str | None,
        token: str | None,
        token_scope: TokenScope | None,
        renew_skew: float | None,
    ) -> Credentials:
        """These credentials with the given ones in place (``self`` if none given)."""
        key, secret, tok = self.account_key, self.account_secret, self.token
        if account_key is not None or account_secret is not None:
            if token is not None:
                raise ValueError("pass token= or account_key=/account_secret=, not both")
            key, secret, tok = _resolve_credentials(
                account_key if account_key is not None else key,
                account_secret if account_secret is not None else secret,
                None,
            )
        elif token is not None:
            key, secret, tok = _resolve_credentials(None, None, token)
        new = Credentials(
            key,
            secret,
            tok,
            self.token_scope if token_scope is None else token_scope,
            self.renew_skew if renew_skew is None else renew_skew,
        )
        return self if new == self else new

    def make_auth(self, clock: Clock, redactor: SecretRedactor) -> TelegentAuth:
        """A new token cache for these credentials (validates scope and skew)."""
        return TelegentAuth(
            account_key=self.account_key,
            account_secret=self.account_secret,
            token=self.token,
            token_scope=self.token_scope,
            renew_skew=self.renew_skew,
            clock=clock.monotonic,
            utcnow=clock.now,
            redactor=redactor,
        )


def _configure(
    client: Telegent | AsyncTelegent,
    *,
    credentials: Credentials,
    base_url: str | httpx.URL | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    deadline: float | NotGiven | None,
    rate_limit_per_minute: int | None,
    default_headers: Mapping[str, str] | None,
    http_timeout: httpx.Timeout | None,
    owns_http: bool,
    clock: Clock | None,
    max_response_bytes: int | None,
    strict: bool = False,
) -> None:
    """Everything the sync and async constructors do alike, before any I/O."""
    setup_logging_from_env()
    source = check_clock(clock) if clock is not None else SystemClock()
    redactor = SecretRedactor()
    auth = credentials.make_auth(source, redactor)
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    client._credentials = credentials
    client._options = BaseClient._make_options(
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        retry_policy=retry_policy,
        deadline=deadline,
        default_headers=default_headers,
        http_timeout=http_timeout,
        max_response_bytes=max_response_bytes,
        strict=strict,
    )
    client._state = SharedState(
        auth=auth,
        limiter=make_limiter(rate_limit_per_minute, source),
        redactor=redactor,
        source=source,
        lifecycle=Lifecycle(owns_http=owns_http),
    )


def _credentials(
    *,
    account_key: str | None,
    account_secret: str | None,
    token: str | None,
    token_scope: TokenScope,
    renew_skew: float,
    http_client: object | None,
    transport: object | None,
) -> Credentials:
    if http_client is not None and transport is not None:
        raise ValueError("pass http_client= or transport=, not both")
    key, secret, tok = _resolve_credentials(account_key, account_secret, token)
    return Credentials(key, secret, tok, token_scope, renew_skew)


_C = TypeVar("_C", "Telegent", "AsyncTelegent")


def _copy(
    client: _C,
    *,
    http_client: httpx.Client | httpx.AsyncClient | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    credentials: Credentials,
    options: ClientOptions,
    rate_limit_per_minute: int | NotGiven | None,
    clock: Clock | None,
) -> _C:
    """A ``with_options`` copy; see ``Telegent.with_options`` for what it shares."""
    old = client._state
    source = check_clock(clock) if clock is not None else old.source
    new_pool = http_client is not None or transport is not None
    new = object.__new__(type(client))
    new._options = options
    new._credentials = credentials
    if new_pool:
        http: Any = http_client or new._make_http(transport, options.timeout)
        new._http = http
        lifecycle = Lifecycle(owns_http=http_client is None)
    else:
        new._http = client._http
        lifecycle = old.lifecycle
    check_proxy_hop(new._http, options.base_url)
    # Tokens are shared only where they were issued for: the same credentials, from the
    # same base URL, fetched through the same pool, on the same clock.
    own_auth = (
        new_pool
        or clock is not None
        or credentials is not client._credentials
        or options.base_url != client._options.base_url
    )
    limiter = old.limiter
    if not isinstance(rate_limit_per_minute, NotGiven):
        limiter = make_limiter(rate_limit_per_minute, source)
    elif clock is not None and limiter is not None:
        limiter = make_limiter(limiter.limit, source)
    new._state = SharedState(
        auth=credentials.make_auth(source, old.redactor) if own_auth else old.auth,
        limiter=limiter,
        redactor=old.redactor,
        source=source,
        lifecycle=lifecycle,
    )
    new._sleep = new._sleeper(source)
    if own_auth:
        new._attach_auth()
    return new


_ARGS_DOC = """
    Args:
        account_key, account_secret: exchanged for bearer tokens, renewed as needed.
        token: a ready bearer token (no renewal possible; a 401 raises).
        base_url: https URL (plain http only to a loopback host, for local mocks).
        token_scope: ``"auto"`` (default), ``"per-endpoint"`` or ``"none"``.
        timeout: seconds or ``httpx.Timeout`` per request (default 30 s, 5 s connect).
        max_retries: resends of a failed request (default 2).
        retry_policy: a ``RetryPolicy`` (delays, Retry-After cap, overall deadline).
        deadline: overall seconds for one call with its retries (default 120;
            ``None``: no limit); overrides ``retry_policy.deadline``.
        rate_limit_per_minute: client-side limit shared by all calls (e.g. 50).
        http_client: your own ``httpx`` client (not closed by ``close()``).
        transport: an ``httpx`` transport for the client this one creates.
            Without either, the client's own pool honours ``HTTP_PROXY``,
            ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (sync and async alike);
            plain http through a proxy not on loopback raises ``InsecureProxyError``.
        default_headers: extra headers sent with every request.
        renew_skew: renew tokens this many seconds before they expire (default 60).
        max_response_bytes: cap on a response body's decoded size (default 64 MiB);
            a larger body raises ``APIResponseTooLargeError``.
        strict: ``True``: a response value that does not fit its record raises
            ``APIResponseValidationError`` (default: kept as sent, with a warning; see
            README "Records").
        clock: a ``telegent.Clock``: the monotonic and UTC clocks, the sleep and the
            random jitter the client uses (default ``SystemClock()``; tests pass a
            ``telegent.testing.FakeClock``, so that waiting costs no time).
"""

_WITH_OPTIONS_DOC = """A copy of this client with the given settings changed.

        ``client.with_options(max_retries=5, timeout=10).orders.get(...)``. Every
        constructor argument is accepted; what the copy shares with this client:

        - ``timeout``, ``max_retries``, ``retry_policy``, ``deadline``,
          ``default_headers`` (replace the client's), ``max_response_bytes``,
          ``strict``: per copy;
          the copy shares the connection pool, the token cache and the rate limiter.
        - ``base_url`` (when different), ``account_key``/``account_secret``, ``token``,
          ``token_scope``, ``renew_skew``, ``clock``: the copy gets its own token cache
          (tokens never travel to another host or account); pool and limiter shared.
        - ``rate_limit_per_minute``: the copy gets its own limiter (``None``: no limit).
        - ``http_client`` or ``transport``: the copy gets its own connection pool and
          token cache; close the copy when done (``http_client`` is yours to close).

        Closing a copy that shares this client's pool closes both.
        """


class Telegent(SyncResources, SyncAPIClient):
    """Synchronous client for the Telegent mPaaS Numbers API.

    Example::

        client = Telegent(account_key="DID-...", account_secret="...")
        order = client.numbers.activate(["+12016093801"])
        client.orders.wait(order.order_id)

    Credentials come from the arguments or from ``TELEGENT_ACCOUNT_KEY`` /
    ``TELEGENT_ACCOUNT_SECRET`` (or ``TELEGENT_TOKEN``); the base URL from
    ``base_url`` or ``TELEGENT_BASE_URL`` (default ``https://api.telegent.com``).
    """

    __doc__ = (__doc__ or "") + _ARGS_DOC
    _credentials: Credentials

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
        deadline: float | NotGiven | None = NOT_GIVEN,
        rate_limit_per_minute: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float = 60.0,
        max_response_bytes: int | None = None,
        clock: Clock | None = None,
        strict: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        credentials = _credentials(
            account_key=account_key,
            account_secret=account_secret,
            token=token,
            token_scope=token_scope,
            renew_skew=renew_skew,
            http_client=http_client,
            transport=transport,
        )
        _configure(
            self,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            rate_limit_per_minute=rate_limit_per_minute,
            default_headers=default_headers,
            http_timeout=http_client.timeout if http_client is not None else None,
            owns_http=http_client is None,
            clock=clock,
            max_response_bytes=max_response_bytes,
            strict=strict,
        )
        self._http = http_client or self._make_http(transport, self._options.timeout)
        check_proxy_hop(self._http, self._options.base_url)
        self._sleep = self._sleeper(self._state.source)
        self._attach_auth()

    @staticmethod
    def _make_http(transport: object | None, timeout: httpx.Timeout) -> httpx.Client:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                f"transport must be an httpx.BaseTransport, got {type(transport).__name__}"
            )
        if transport is not None:
            return CookielessClient(transport=transport, timeout=timeout)
        from ._clipped_transport import transport as clipped  # noqa: PLC0415 - httpcore

        # Given a transport, httpx ignores the environment's proxies: mount them here,
        # as the async client does (one proxy policy, see telegent._proxy).
        return CookielessClient(transport=clipped(), mounts=proxy_mounts(clipped), timeout=timeout)

    @staticmethod
    def _sleeper(clock: Clock) -> Callable[[float], None]:
        return clock.sleep

    def with_options(
        self,
        *,
        account_key: str | None = None,
        account_secret: str | None = None,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_scope: TokenScope | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        rate_limit_per_minute: int | NotGiven | None = NOT_GIVEN,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float | None = None,
        max_response_bytes: int | None = None,
        clock: Clock | None = None,
        strict: bool | None = None,
    ) -> Telegent:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client= or transport=, not both")
        return _copy(
            self,
            http_client=http_client,
            transport=transport,
            credentials=self._credentials.replaced(
                account_key=account_key,
                account_secret=account_secret,
                token=token,
                token_scope=token_scope,
                renew_skew=renew_skew,
            ),
            options=self._copy_options(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                deadline=deadline,
                default_headers=default_headers,
                max_response_bytes=max_response_bytes,
                strict=strict,
            ),
            rate_limit_per_minute=rate_limit_per_minute,
            clock=clock,
        )

    with_options.__doc__ = _WITH_OPTIONS_DOC

    @cached_property
    def with_raw_response(self) -> SyncRawResponses:
        """``client.with_raw_response.orders.get(...)`` -> ``APIResponse``; see
        :class:`telegent._resource.SyncRawResource` for the methods it refuses."""
        return SyncRawResponses(self)

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
    over ``numbers.list()``, bulk changes with bounded concurrency). It sleeps with
    ``clock.async_sleep`` (default ``asyncio.sleep``).
    """

    __doc__ = (__doc__ or "") + _ARGS_DOC
    _credentials: Credentials

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
        deadline: float | NotGiven | None = NOT_GIVEN,
        rate_limit_per_minute: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float = 60.0,
        max_response_bytes: int | None = None,
        clock: Clock | None = None,
        strict: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        credentials = _credentials(
            account_key=account_key,
            account_secret=account_secret,
            token=token,
            token_scope=token_scope,
            renew_skew=renew_skew,
            http_client=http_client,
            transport=transport,
        )
        _configure(
            self,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            rate_limit_per_minute=rate_limit_per_minute,
            default_headers=default_headers,
            http_timeout=http_client.timeout if http_client is not None else None,
            owns_http=http_client is None,
            clock=clock,
            max_response_bytes=max_response_bytes,
            strict=strict,
        )
        self._http = http_client or self._make_http(transport, self._options.timeout)
        check_proxy_hop(self._http, self._options.base_url)
        self._sleep = self._sleeper(self._state.source)
        self._attach_auth()

    @staticmethod
    def _make_http(transport: object | None, timeout: httpx.Timeout) -> httpx.AsyncClient:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}"
            )
        if transport is not None:
            return AsyncCookielessClient(transport=transport, timeout=timeout)
        # The same mounts as the sync client's, rather than httpx's own reading of them.
        return AsyncCookielessClient(
            transport=httpx.AsyncHTTPTransport(),
            mounts=proxy_mounts(_async_proxy),
            timeout=timeout,
        )

    @staticmethod
    def _sleeper(clock: Clock) -> Callable[[float], Awaitable[None]]:
        return clock.async_sleep

    def with_options(
        self,
        *,
        account_key: str | None = None,
        account_secret: str | None = None,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_scope: TokenScope | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        rate_limit_per_minute: int | NotGiven | None = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        renew_skew: float | None = None,
        max_response_bytes: int | None = None,
        clock: Clock | None = None,
        strict: bool | None = None,
    ) -> AsyncTelegent:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client= or transport=, not both")
        return _copy(
            self,
            http_client=http_client,
            transport=transport,
            credentials=self._credentials.replaced(
                account_key=account_key,
                account_secret=account_secret,
                token=token,
                token_scope=token_scope,
                renew_skew=renew_skew,
            ),
            options=self._copy_options(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                deadline=deadline,
                default_headers=default_headers,
                max_response_bytes=max_response_bytes,
                strict=strict,
            ),
            rate_limit_per_minute=rate_limit_per_minute,
            clock=clock,
        )

    with_options.__doc__ = _WITH_OPTIONS_DOC

    @cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """``await client.with_raw_response.orders.get(...)`` -> ``APIResponse``."""
        return AsyncRawResponses(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _async_proxy(url: str) -> httpx.AsyncHTTPTransport:
    return httpx.AsyncHTTPTransport(proxy=url)


class SyncRawResponses:
    """``client.with_raw_response.<resource>.<method>(...)`` returns ``APIResponse``."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    def __getattr__(self, name: str) -> SyncRawResource:
        raw: SyncRawResource = getattr(self._client, name).with_raw_response
        return raw


class AsyncRawResponses:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an awaitable of
    ``APIResponse``."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    def __getattr__(self, name: str) -> AsyncRawResource:
        raw: AsyncRawResource = getattr(self._client, name).with_raw_response
        return raw
