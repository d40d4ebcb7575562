"""The request pipeline shared by ``Telegent`` and ``AsyncTelegent``.

Layout after openai-python's ``_base_client.py``: :class:`BaseClient` holds everything
that does no I/O (options, request building, logging, response decoding, the retry
decisions via :class:`~telegent._retry.RetryState`); :class:`SyncAPIClient` and
:class:`AsyncAPIClient` are thin shells that send, sleep and await.

One call goes: rate limiter -> build ``httpx.Request`` -> bearer token from
``TelegentAuth`` -> one *exchange* -> (after a 401, or a 403 naming the ApiEndpoint
scope: a new token and one replay) -> ``RetryState`` verdict -> return, raise, or sleep
and go again.

An exchange is where hostile servers are handled (``_exchange``): the request is sent
with ``stream=True`` and redirects off (a 3xx is an error, never followed: the token
request carries the account secret); the body is read chunk by chunk, decompressed
incrementally, up to ``max_response_bytes`` (2xx; error bodies up to
``_ERROR_BODY_LIMIT``) and within the attempt's time budget (the timeout, clipped to
what is left of the call's deadline), then the response is closed -- before anything
inspects it, so no connection is held while waiting for a token. The request attached
to the response (and so to any error) is then scrubbed of the token and the secret.
"""

from __future__ import annotations

import functools
import http.cookiejar
import logging
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Generic, ParamSpec, TypeVar, cast
from urllib.parse import urlencode

import httpx

from ._auth import TelegentAuth
from ._body import ACCEPT_ENCODING, CappedBody
from ._clock import Clock
from ._deadline import attempt_ends
from ._errors import (
    APIResponseTooLargeError,
    APIResponseValidationError,
    APITimeoutError,
    body_snippet,
    loads_json,
)
from ._logging import (
    REDACTED,
    SecretRedactor,
    body_for_log,
    is_secret_header,
    logger,
    masked_content,
    masked_header,
    redact_headers,
    redact_json,
    redact_params,
    redact_url,
)
from ._models import _STRICT as STRICT
from ._models import ListOf, RecordError, no_content
from ._proxy import is_loopback
from ._ratelimit import RateLimiter
from ._retry import Done, Raise, RetryPolicy, RetryState
from ._validation import header_values
from ._version import __version__, spec_info

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "NOT_GIVEN", "APIResponse", "NotGiven"]

T = TypeVar("T")
P = ParamSpec("P")

# The generated spec's servers[0].url (the pinned spec's ".../v1.0" doubles the prefix
# every path already has; the overlay fixes it and a test pins the two together).
DEFAULT_BASE_URL = "https://api.telegent.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# The operation (overlay's operationId) the SDK's own token requests are built from.
TOKEN_OPERATION = "createToken"  # noqa: S105 - an operation id, not a credential
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# A non-2xx body is read only this far (enough for any error message); the rest is
# dropped with the connection.
_ERROR_BODY_LIMIT = 64 * 1024


class _NoStoreJar(http.cookiejar.CookieJar):
    """A cookie jar that never stores a cookie, so none is ever sent back."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def add_cookie_header(self, request: Any) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """The SDK's cookies: none. The API authenticates with a bearer token and never
    needs a cookie; a ``Set-Cookie`` is neither kept nor sent back. It also spares
    every response httpx's cookie extraction, which feeds ``urllib``'s URL-parsing cache
    (a URL per page: the memory that grew while paging)."""

    def __init__(self) -> None:
        super().__init__(_NoStoreJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


# Holds nothing, so one serves every client and thread.
_NO_COOKIES = _NoCookies()


class CookielessClient(httpx.Client):
    """``httpx.Client`` without a cookie jar (see :class:`_NoCookies`); the SDK builds
    one when not given an ``http_client``."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: Any) -> None:
        raise AttributeError("the SDK's HTTP client keeps no cookies")


class AsyncCookielessClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` without a cookie jar (see :class:`_NoCookies`)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: Any) -> None:
        raise AttributeError("the SDK's HTTP client keeps no cookies")


class NotGiven:
    """The default of ``with_options`` arguments for which ``None`` means something
    (``deadline=None``: no deadline; ``rate_limit_per_minute=None``: no limit)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


def _spec_version() -> str:
    try:
        return spec_info().version
    except (OSError, ValueError, KeyError):  # pragma: no cover - broken install
        return "unknown"


@functools.cache
def user_agent() -> str:
    """``telegent-mpaas/<version> (spec <x.y.z>; python <x.y>)``."""
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"telegent-mpaas/{__version__} (spec {_spec_version()}; python {py})"


def validate_base_url(url: str | httpx.URL) -> httpx.URL:
    """The API base URL, normalised; ``ValueError`` for plain http to a non-loopback host.

    A trailing ``/v1.0`` is dropped: every operation path already starts with it (the
    published spec's server URL made that mistake; see API_NOTES).
    """
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url {str(url)!r} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ValueError(f"base_url {str(url)!r} must be an absolute https:// URL")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise ValueError(
            f"base_url {str(url)!r} uses plain http:// to a non-loopback host "
            f"({parsed.host}); tokens and secrets would travel unencrypted. Use https://."
        )
    if parsed.userinfo:
        raise ValueError("base_url must not contain credentials")
    path = parsed.path.rstrip("/")
    if path.endswith("/v1.0"):
        path = path[: -len("/v1.0")]
    return parsed.copy_with(path=path or "/", query=None, fragment=None)


@dataclass(frozen=True, slots=True, repr=False)
class APIRequest(Generic[T]):
    """One API operation to perform: what to send, how to parse, how to retry.

    Built from the operation's generated descriptor (``telegent._resource.build_request``:
    method, path, query, JSON body), so the spec stays the source of truth for the wire
    format.
    """

    method: str
    path: str
    parse: Callable[[Any], T]
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None
    idempotent: bool = True
    authenticated: bool = True
    how_to_check: str = ""

    def __repr__(self) -> str:
        # Masked like a debug log line: a traceback's locals (Sentry, rich) show this.
        headers = redact_headers(self.headers.items()) if self.headers else self.headers
        return (
            f"APIRequest(method={self.method!r}, path={self.path!r}, "
            f"params={redact_params(self.params)!r}, json={_masked_json(self.json)!r}, "
            f"headers={headers!r}, idempotent={self.idempotent!r}, "
            f"authenticated={self.authenticated!r})"
        )


def _masked_json(value: Any) -> Any:
    try:
        return redact_json(value)
    except RecursionError:
        return "<JSON nested too deeply to show>"


class APIResponse(Generic[T]):
    """A raw HTTP response plus the parser that turns it into the usual return value.

    Returned by the ``with_raw_response`` variants: ``.status_code``, ``.headers``,
    ``.http_response`` (the ``httpx.Response``) and ``.parse()``.
    """

    http_response: httpx.Response

    __slots__ = ("_parse", "_parsed", "_redact", "_strict", "http_response")

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[Any], T],
        redact: Callable[[str], str],
        strict: bool = False,
    ) -> None:
        self.http_response = http_response
        self._parse = parse
        self._redact = redact
        self._strict = strict
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    def parse(self) -> T:
        """The parsed record (what the plain method returns); cached."""
        if not self._parsed:
            parsed = parse_response(self.http_response, self._parse, self._redact, self._strict)
            self._parsed.append(parsed)
        return self._parsed[0]

    def __repr__(self) -> str:
        req = self.http_response.request
        return f"<APIResponse [{self.status_code}] {req.method} {req.url.path}>"


# Set by the with_raw_response wrappers for the duration of one call.
_raw_mode: ContextVar[bool] = ContextVar("telegent_raw_response", default=False)


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wrap a single-request sync method so that it returns ``APIResponse[T]``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _raw_mode.set(True)
        try:
            return cast(APIResponse[T], func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Wrap a single-request async method so that it returns ``APIResponse[T]``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _raw_mode.set(True)
        try:
            return cast(APIResponse[T], await func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped


def decode_json_object(response: httpx.Response, redact: Callable[[str], str]) -> dict[str, Any]:
    """The body of a 2xx response as a JSON object, or ``APIResponseValidationError``."""
    data: dict[str, Any] = _decode_json(response, redact, dict, "a JSON object")
    return data


def decode_json_array(response: httpx.Response, redact: Callable[[str], str]) -> list[Any]:
    """The body of a 2xx response as a JSON array, or ``APIResponseValidationError``."""
    data: list[Any] = _decode_json(response, redact, list, "a JSON array")
    return data


def _decode_json(
    response: httpx.Response,
    redact: Callable[[str], str],
    shape: type[Any] | tuple[type[Any], ...],
    expected: str,
) -> Any:
    req = response.request
    where = f"{req.method} {req.url.path}"
    try:
        data = loads_json(response.content)
    except ValueError as exc:
        snip = body_snippet(response, redact)
        what = "an empty body" if not response.content else "a body that is not valid JSON"
        if "nested too deeply" in str(exc):
            what = "a JSON body nested too deeply to decode"
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from {where} came with {what} "
            f"(the server accepted the request, but its answer is unreadable): {snip}",
            response=response,
            snippet=snip,
        ) from None
    if not isinstance(data, shape):
        snip = body_snippet(response, redact)
        names = {"dict": "a JSON object", "list": "a JSON array"}
        got = names.get(type(data).__name__, type(data).__name__)
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from {where}: expected {expected}, got {got}: {snip}",
            response=response,
            snippet=snip,
        )
    return data


def parse_response(
    response: httpx.Response,
    parse: Callable[[Any], T],
    redact: Callable[[str], str],
    strict: bool = False,
) -> T:
    """Decode and parse a 2xx response; any failure is an APIResponseValidationError.

    A :class:`ListOf` parser reads a JSON array (or an object, when it takes one), a
    ``no_content`` parser nothing (the answer is ``None``), any other a JSON object.
    ``strict``: a value that does not fit its record raises instead of staying as sent.
    """
    if parse is no_content:
        return cast(T, None)  # a 200 declared without content: whatever came is not data
    if isinstance(parse, ListOf):
        data: Any = _decode_json(
            response, redact, (list, dict) if parse.or_one else list, "a JSON array"
        )
    else:
        data = decode_json_object(response, redact)
    token = STRICT.set(strict)
    try:
        return parse(data)
    except APIResponseValidationError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        snip = body_snippet(response, redact)
        # A RecordError names the field; anything else is only named by its type.
        why = str(exc) if isinstance(exc, RecordError) else type(exc).__name__
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from {response.request.method} "
            f"{response.request.url.path}: unexpected body ({why}): {snip}",
            response=response,
            snippet=snip,
        ) from None
    finally:
        STRICT.reset(token)


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """Per-copy settings (``with_options`` makes a copy with some of them changed)."""

    base_url: httpx.URL
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: Mapping[str, str] = field(default_factory=dict)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    strict: bool = False  # records: raise on a value that does not fit, instead of as sent
    url_cache: dict[str, httpx.URL] = field(default_factory=dict, compare=False, repr=False)


@dataclass(slots=True)
class Lifecycle:
    """Whether a connection pool is this client's to close, and whether it is closed.

    Shared by every copy that shares the pool: closing one closes them all.
    """

    owns_http: bool
    closed: bool = False


@dataclass(slots=True)
class SharedState:
    """What ``with_options`` copies of a client share: connection pool (lifecycle),
    token cache (auth), rate limiter, redactor and the injected :class:`Clock`.

    ``clock``, ``utcnow`` and ``random`` are the clock object's bound methods (the
    callables the retry, auth, rate-limit and polling code take).
    """

    auth: TelegentAuth
    limiter: RateLimiter | None
    redactor: SecretRedactor
    source: Clock
    lifecycle: Lifecycle
    clock: Callable[[], float] = field(init=False)
    utcnow: Callable[[], datetime] = field(init=False)
    random: Callable[[], float] = field(init=False)

    def __post_init__(self) -> None:
        self.clock = self.source.monotonic
        self.utcnow = self.source.now
        self.random = self.source.random

    @property
    def owns_http(self) -> bool:
        """True when the client created its ``httpx`` client (and so closes it)."""
        return self.lifecycle.owns_http

    @property
    def closed(self) -> bool:
        """True once ``close()`` ran on this client or a copy sharing its pool."""
        return self.lifecycle.closed

    @closed.setter
    def closed(self, value: bool) -> None:
        self.lifecycle.closed = value


def make_limiter(rate_limit_per_minute: int | None, clock: Clock) -> RateLimiter | None:
    """The client-side limiter for ``rate_limit_per_minute`` (``None``: no limit)."""
    if rate_limit_per_minute is None:
        return None
    return RateLimiter(rate_limit_per_minute, 60.0, clock=clock.monotonic)


class BaseClient:
    """The I/O-free half of a client."""

    _options: ClientOptions
    _state: SharedState
    _http: httpx.Client | httpx.AsyncClient

    # ---------------------------------------------------------------- construction

    @staticmethod
    def _make_options(
        *,
        base_url: str | httpx.URL,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None,
        http_timeout: httpx.Timeout | None,
        max_response_bytes: int | None = None,
        strict: bool = False,
    ) -> ClientOptions:
        if not isinstance(strict, bool):
            raise TypeError(f"strict must be True or False, got {strict!r}")
        return ClientOptions(
            base_url=validate_base_url(base_url),
            timeout=_timeout(timeout, http_timeout),
            retry=_policy(retry_policy or RetryPolicy(), max_retries, deadline),
            default_headers=_headers_option(default_headers),
            max_response_bytes=_max_bytes(max_response_bytes),
            strict=strict,
        )

    def _copy_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
        strict: bool | None = None,
    ) -> ClientOptions:
        """This client's options with those given replaced (``None``: keep)."""
        old = self._options
        if strict is not None and not isinstance(strict, bool):
            raise TypeError(f"strict must be True or False, got {strict!r}")
        new_url = validate_base_url(base_url) if base_url is not None else old.base_url
        return replace(
            old,
            base_url=new_url,
            timeout=_timeout(timeout, None) if timeout is not None else old.timeout,
            retry=_policy(retry_policy or old.retry, max_retries, deadline),
            default_headers=(
                _headers_option(default_headers)
                if default_headers is not None
                else old.default_headers
            ),
            max_response_bytes=(
                _max_bytes(max_response_bytes)
                if max_response_bytes is not None
                else old.max_response_bytes
            ),
            strict=old.strict if strict is None else strict,
            # Cached URLs are built on the base URL: a new one needs a new cache.
            url_cache=old.url_cache if new_url == old.base_url else {},
        )

    # ---------------------------------------------------------------- introspection

    @property
    def base_url(self) -> httpx.URL:
        """The API base URL."""
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The per-request timeout."""
        return self._options.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of this client (copy)."""
        return self._options.retry

    @property
    def max_retries(self) -> int:
        """Resends allowed after a first failed attempt."""
        return self._options.retry.max_retries

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side rate limiter, when ``rate_limit_per_minute`` was given."""
        return self._state.limiter

    def __repr__(self) -> str:
        auth = self._state.auth
        who = f"account_key={auth.account_key!r}" if auth.account_key else "token='***'"
        return (
            f"{type(self).__name__}(base_url={str(self._options.base_url).rstrip('/')!r}, {who}, "
            f"max_retries={self.max_retries})"
        )

    # ---------------------------------------------------------------- building

    def _url(self, path: str, params: Mapping[str, Any] | None) -> httpx.URL:
        # The URL without query is built once per path (httpx.URL parsing is a visible
        # share of a call's overhead; URLs are immutable, so sharing them is safe). The
        # query is encoded here rather than through httpx's params=, whose merge goes
        # through urllib's LRU-cached parsers: every distinct PageNumber would pin
        # entries in those caches while paging.
        cache = self._options.url_cache
        url = cache.get(path)
        if url is None:
            base = self._options.base_url
            url = base.copy_with(path=base.path.rstrip("/") + path)
            cache[path] = url
        if not params:
            return url
        return httpx.URL(f"{url}?{urlencode(params)}")

    def _headers(self, extra: Mapping[str, Any] | None) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            # Only what _body.BoundedDecoder decodes in bounded steps.
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": user_agent(),
            **self._options.default_headers,
        }
        if extra:
            headers.update({k: str(v) for k, v in extra.items()})
        return headers

    def _retry_state(self, req: APIRequest[Any]) -> RetryState:
        s = self._state
        return RetryState(
            self._options.retry,
            outer=_CALL.get(),
            method=req.method,
            path=req.path,
            idempotent=req.idempotent,
            clock=s.clock,
            now=s.utcnow,
            random=s.random,
            redact=s.redactor,
            how_to_check=req.how_to_check,
        )

    def _token_request(self, api_endpoint: str | None) -> APIRequest[dict[str, Any]]:
        # Built like every operation's request, from its generated descriptor (which says
        # it needs no token and is safe to resend); imported on the first token request.
        from ._registry import operation  # noqa: PLC0415
        from ._resource import build_request  # noqa: PLC0415 - _resource imports this module

        args = self._state.auth.token_request_args(api_endpoint)
        return build_request(operation(TOKEN_OPERATION), args, _identity, self._today())

    # ---------------------------------------------------------------- logging

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            redact = self._state.redactor
            logger.debug(
                "request %s %s (attempt %d) headers=%s body=%s",
                request.method,
                redact(redact_url(request.url)),
                attempt,
                redact_headers(request.headers.multi_items(), redact),
                body_for_log(request.content, redact),
            )

    def _log_response(self, response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            # The request as finally sent, already scrubbed (Authorization masked).
            redact = self._state.redactor
            _learn_token(response.content, redact)
            logger.debug(
                "response %s %s -> %d headers=%s body=%s sent_headers=%s",
                response.request.method,
                redact(response.request.url.path),
                response.status_code,
                redact_headers(response.headers.multi_items(), redact),
                body_for_log(response.content, redact),
                redact_headers(response.request.headers.multi_items(), redact),
            )

    # ---------------------------------------------------------------- exchange helpers

    def _build(self, req: APIRequest[Any]) -> httpx.Request:
        return self._http.build_request(
            req.method,
            self._url(req.path, req.params),
            json=req.json,
            headers=self._headers(req.headers),
        )

    def _limits(self, state: RetryState, request: httpx.Request) -> float | None:
        """Set ``request``'s httpx timeouts for one exchange; return its time budget.

        The budget is the configured timeout (its largest value: ``timeout=3`` means an
        exchange takes at most about 3 s, however slowly the body trickles in), clipped
        to what is left of the call's deadline. ``None``: no limit at all.
        """
        timeout = self._options.timeout
        values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v]
        budget = max(values) if values else None
        left = state.remaining()
        if left is not None:
            if left <= 0:
                raise APITimeoutError(
                    f"{request.method} {request.url.path}: the call's "
                    f"{state.policy.deadline:g}s deadline passed before this request was sent",
                    request=self._scrub(request),
                )
            budget = left if budget is None else min(budget, left)
        request.extensions["timeout"] = {
            "connect": _clip(timeout.connect, budget),
            "read": _clip(timeout.read, budget),
            "write": _clip(timeout.write, budget),
            "pool": _clip(timeout.pool, budget),
        }
        return budget

    def _scrub(self, request: httpx.Request) -> httpx.Request:
        """``request`` made safe to attach to a response or an error.

        The bearer token is masked in place (the request is this attempt's own and is
        not sent again); a request that carries any other secret -- a body field the
        overlay marks ``x-telegent-secret`` (AccountSecret, PIN, ...), a known secret
        value, a secret query parameter, a credential header such as ``Cookie`` -- is
        replaced by a redacted copy.
        """
        if "authorization" in request.headers:
            request.headers["Authorization"] = f"Bearer {REDACTED}"
        content = request.content
        url = redact_url(request.url)
        masked = masked_content(content) if content else None
        text = (masked or content).decode("utf-8", errors="replace")
        redacted = self._state.redactor(text)
        sent = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
        headers = [(k, masked_header(v) if is_secret_header(k) else v) for k, v in sent]
        if masked is None and redacted == text and url == str(request.url) and headers == sent:
            return request
        return httpx.Request(request.method, url, headers=headers, content=redacted.encode())

    def _capped(self, response: httpx.Response) -> CappedBody:
        """A collector for ``response``'s body: a 2xx up to ``max_response_bytes`` (else
        too large), an error body's first ``_ERROR_BODY_LIMIT`` bytes at most."""
        cap = self._options.max_response_bytes
        # An in-memory transport may hand over a body already read (and decoded).
        encoding = None if _preread(response) else response.headers.get("content-encoding")
        if response.is_success:
            return CappedBody(encoding, cap, keep_start=False)
        return CappedBody(encoding, min(cap, _ERROR_BODY_LIMIT), keep_start=True)

    def _received(
        self, response: httpx.Response, request: httpx.Request, body: bytes | None
    ) -> httpx.Response:
        """Finish a closed streamed response: its body, its scrubbed request, logged.

        ``body=None``: it grew past ``max_response_bytes``; raise the typed error.
        """
        # httpx keeps the decoded body in ``_content`` (what Response.read() fills in);
        # the body was read here, chunk by chunk, so it is stored the same way.
        response._content = body or b""
        response.request = self._scrub(request)
        response.next_request = None  # a 3xx's follow-up would carry the same body
        _detach_stream(response)
        if body is None:
            limit = self._options.max_response_bytes
            raise APIResponseTooLargeError(
                f"HTTP {response.status_code} from {request.method} {request.url.path}: the "
                f"response body is larger than max_response_bytes={limit} (decoded); "
                "reading stopped there and the connection was closed",
                response=response,
                limit=limit,
            )
        self._log_response(response)
        return response

    def _today(self) -> date:
        """Today's date in the local zone (per the injected clock): default effective date."""
        return self._state.utcnow().astimezone().date()

    def _parsed(self, req: APIRequest[T], response: httpx.Response) -> T:
        """``response`` (a 2xx from ``_send``) parsed, whatever the raw-response mode."""
        return parse_response(response, req.parse, self._state.redactor, self._options.strict)

    def _finish(self, req: APIRequest[T], response: httpx.Response) -> T:
        if _raw_mode.get():
            return cast(
                T, APIResponse(response, req.parse, self._state.redactor, self._options.strict)
            )
        return parse_response(response, req.parse, self._state.redactor, self._options.strict)


def _detach_stream(response: httpx.Response) -> None:
    """Break httpx's response <-> stream reference cycle once the body has been read.

    httpx binds ``response.stream`` to the response itself (``BoundSyncStream``), so
    every response is cyclic garbage that keeps its body alive until the cyclic GC
    runs; while paging, that is many page bodies at once. The body is already in
    ``response.content``, so an empty stream in its place changes nothing else.
    """
    response.stream = _EMPTY_STREAM


_EMPTY_STREAM = httpx.ByteStream(b"")


def _identity(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _learn_token(content: bytes, redact: SecretRedactor) -> None:
    """Register a token response's token before its headers are logged (a server may
    echo it in a header; the auth registers it only once it parses the body)."""
    if b'"token"' not in content:
        return
    try:
        data = loads_json(content)
    except ValueError:
        return
    token = data.get("token") if isinstance(data, dict) else None
    if isinstance(token, str):
        redact.add(token)


def _preread(response: httpx.Response) -> bool:
    # httpx fills ``_content`` when it reads a body (``Response(content=...)`` does so
    # at once); a streamed response from a socket has none until it is read.
    return hasattr(response, "_content")


def _clip(value: float | None, budget: float | None) -> float | None:
    if budget is None:
        return value
    return budget if value is None else min(value, budget)


def _policy(
    policy: RetryPolicy, max_retries: int | None, deadline: float | NotGiven | None
) -> RetryPolicy:
    if not isinstance(policy, RetryPolicy):
        raise TypeError(f"retry_policy must be a telegent.RetryPolicy, got {policy!r}")
    if max_retries is not None:
        policy = replace(policy, max_retries=max_retries)
    if not isinstance(deadline, NotGiven):
        policy = replace(policy, deadline=deadline)
    return policy


def _headers_option(value: Mapping[str, str] | None) -> dict[str, str]:
    return header_values(value, "default_headers")


def _max_bytes(value: int | None) -> int:
    if value is None:
        return DEFAULT_MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_bytes must be an int > 0, got {value!r}")
    return value


# The retry state of the call in progress in this thread or task.
_CALL: ContextVar[RetryState | None] = ContextVar("telegent_call", default=None)

# A socket timeout clipped to the attempt's end fires at that end, give or take the
# timer's resolution.
_CLIP_SLACK = 0.05


def _late(request: httpx.Request, budget: float | None) -> httpx.ReadTimeout:
    # A ReadTimeout, so that the retry rules treat it like any timeout (for a POST:
    # the outcome is unknown).
    return httpx.ReadTimeout(
        f"the response took longer than the {budget:g}s this attempt may take",
        request=request,
    )


def _timeout(value: float | httpx.Timeout | None, fallback: httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return fallback or DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"timeout must be a number > 0 or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


class SyncAPIClient(BaseClient):
    """Sends with an ``httpx.Client``; sleeps with an injectable ``sleep``."""

    _http: httpx.Client
    _sleep: Callable[[float], None]

    def _attach_auth(self) -> None:
        self._state.auth.fetch_sync = self._fetch_token

    def _fetch_token(self, api_endpoint: str | None) -> httpx.Response:
        return self._send(self._token_request(api_endpoint))

    def _send(self, req: APIRequest[Any]) -> httpx.Response:
        """Perform one logical request with rate limiting and retries; a 2xx response."""
        if self._state.closed:
            raise RuntimeError("this client is closed")
        state = self._retry_state(req)
        token = _CALL.set(state)  # a token fetched during this call inherits its deadline
        try:
            return self._retries(req, state)
        finally:
            _CALL.reset(token)

    def _retries(self, req: APIRequest[Any], state: RetryState) -> httpx.Response:
        limiter = self._state.limiter
        while True:
            state.before_attempt()
            if limiter is not None:
                limiter.acquire(self._sleep)
            request = self._build(req)
            try:
                response = self._attempt(req, request, state)
            except httpx.HTTPError as exc:
                verdict = state.on_exception(exc, self._scrub(request))
            else:
                verdict = state.on_response(response)
            if isinstance(verdict, Done):
                return verdict.response
            if isinstance(verdict, Raise):
                raise verdict.error
            self._sleep(verdict.delay)

    def _attempt(
        self, req: APIRequest[Any], request: httpx.Request, state: RetryState
    ) -> httpx.Response:
        """One attempt: authenticate, exchange, and replay once if the auth asks to."""
        auth = self._state.auth if req.authenticated else None
        if auth is None:
            return self._exchange(request, state)
        token = auth.token_sync(auth.endpoint_of(request))
        auth.apply(request, token)
        response = self._exchange(request, state)
        # The response is read and closed: waiting for a new token holds no connection.
        replay = auth.replay_token_sync(request, token, response)
        if replay is None:
            return response
        if self._state.limiter is not None:
            self._state.limiter.acquire(self._sleep)
        auth.apply(request, replay)
        return self._exchange(request, state)

    def _exchange(self, request: httpx.Request, state: RetryState) -> httpx.Response:
        """Send ``request`` and read its answer within budget and size cap; closed."""
        budget = self._limits(state, request)
        ends = time.monotonic() + budget if budget is not None else None
        self._log_request(request, state.attempts)
        try:
            with attempt_ends(ends):  # the default transport clips each socket operation to it
                response = self._http.send(request, stream=True, auth=None, follow_redirects=False)
                try:
                    body = self._read(response, request, budget, ends)
                finally:
                    response.close()
        except httpx.TimeoutException as exc:
            if ends is not None and time.monotonic() >= ends - _CLIP_SLACK:
                raise _late(request, budget) from exc  # say which budget ran out
            raise
        return self._received(response, request, body)

    def _read(
        self,
        response: httpx.Response,
        request: httpx.Request,
        budget: float | None,
        ends: float | None,
    ) -> bytes | None:
        """The decoded body (``None``: past the size cap), chunk by chunk.

        Each read is bounded by the (clipped) read timeout; the whole by ``ends``: a
        body that is still coming once the budget is spent is abandoned at its next
        chunk (a body complete by then is kept).
        """
        body = self._capped(response)
        late = False
        for raw in (response.content,) if _preread(response) else response.iter_raw():
            if late:
                raise _late(request, budget)
            body.add(raw)
            if body.done:
                break
            late = ends is not None and time.monotonic() >= ends
        return body.finish()

    def _request(self, req: APIRequest[T]) -> T:
        """Send and parse (or, under ``with_raw_response``, wrap)."""
        return self._finish(req, self._send(req))

    def _request_parsed(self, req: APIRequest[T]) -> T:
        """Send and parse, whatever the raw-response mode (for multi-request helpers)."""
        return self._parsed(req, self._send(req))

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._state.owns_http and not self._state.closed:
            self._http.close()
        self._state.closed = True


class AsyncAPIClient(BaseClient):
    """Sends with an ``httpx.AsyncClient``; sleeps with an injectable async ``sleep``."""

    _http: httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]

    def _attach_auth(self) -> None:
        self._state.auth.fetch_async = self._fetch_token

    async def _fetch_token(self, api_endpoint: str | None) -> httpx.Response:
        return await self._send(self._token_request(api_endpoint))

    async def _send(self, req: APIRequest[Any]) -> httpx.Response:
        """Perform one logical request with rate limiting and retries; a 2xx response."""
        if self._state.closed:
            raise RuntimeError("this client is closed")
        state = self._retry_state(req)
        token = _CALL.set(state)  # a token fetched during this call inherits its deadline
        try:
            return await self._retries(req, state)
        finally:
            _CALL.reset(token)

    async def _retries(self, req: APIRequest[Any], state: RetryState) -> httpx.Response:
        limiter = self._state.limiter
        while True:
            state.before_attempt()
            if limiter is not None:
                await limiter.acquire_async(self._sleep)
            request = self._build(req)
            try:
                response = await self._attempt(req, request, state)
            except httpx.HTTPError as exc:
                verdict = state.on_exception(exc, self._scrub(request))
            else:
                verdict = state.on_response(response)
            if isinstance(verdict, Done):
                return verdict.response
            if isinstance(verdict, Raise):
                raise verdict.error
            await self._sleep(verdict.delay)

    async def _attempt(
        self, req: APIRequest[Any], request: httpx.Request, state: RetryState
    ) -> httpx.Response:
        """One attempt: authenticate, exchange, and replay once if the auth asks to."""
        auth = self._state.auth if req.authenticated else None
        if auth is None:
            return await self._exchange(request, state)
        token = await auth.token_async(auth.endpoint_of(request))
        auth.apply(request, token)
        response = await self._exchange(request, state)
        # The response is read and closed: waiting for a new token holds no connection.
        replay = await auth.replay_token_async(request, token, response)
        if replay is None:
            return response
        if self._state.limiter is not None:
            await self._state.limiter.acquire_async(self._sleep)
        auth.apply(request, replay)
        return await self._exchange(request, state)

    async def _exchange(self, request: httpx.Request, state: RetryState) -> httpx.Response:
        """Send ``request`` and read its answer within budget and size cap; closed.

        The budget bounds the whole exchange (connect, headers and body), however
        slowly the server sends.
        """
        import asyncio  # noqa: PLC0415 - sync-only users never import asyncio

        budget = self._limits(state, request)
        self._log_request(request, state.attempts)
        try:
            async with asyncio.timeout(budget):
                response = await self._http.send(
                    request, stream=True, auth=None, follow_redirects=False
                )
                try:
                    body = await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise _late(request, budget) from None
        return self._received(response, request, body)

    async def _read(self, response: httpx.Response) -> bytes | None:
        """The decoded body (``None``: past the size cap), chunk by chunk."""
        body = self._capped(response)
        if _preread(response):
            body.add(response.content)
            return body.finish()
        async for raw in response.aiter_raw():
            body.add(raw)
            if body.done:
                break
        return body.finish()

    async def _request(self, req: APIRequest[T]) -> T:
        """Send and parse (or, under ``with_raw_response``, wrap)."""
        return self._finish(req, await self._send(req))

    async def _request_parsed(self, req: APIRequest[T]) -> T:
        """Send and parse, whatever the raw-response mode (for multi-request helpers)."""
        return self._parsed(req, await self._send(req))

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._state.owns_http and not self._state.closed:
            await self._http.aclose()
        self._state.closed = True

    async def aclose(self) -> None:
        """Alias of :meth:`close`."""
        await self.close()
