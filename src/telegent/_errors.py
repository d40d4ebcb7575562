"""The exception hierarchy, and the pure functions that turn a response into one.

Shape follows openai-python (Stainless)::

    TelegentError
    ├── APIError
    │   ├── APIStatusError            (any non-2xx answer)
    │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   │   │   NotFoundError 404, MethodNotAllowedError 405, RequestTimeoutError 408,
    │   │   │   RateLimitError 429
    │   │   └── InternalServerError 500 and other 5xx
    │   │       └── BadGatewayError 502, ServiceUnavailableError 503, GatewayTimeoutError 504
    │   ├── APIConnectionError        (no HTTP answer at all)
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError (a 2xx whose body is not what the API documents)
    │   │   └── APIResponseTooLargeError (a body larger than ``max_response_bytes``)
    │   └── OutcomeUnknownError       (a POST that may or may not have been applied)
    ├── OrderFailedError              (an order ended in status "Error")
    ├── OrderTimeoutError             (orders.wait() reached its deadline)
    └── InsecureProxyError            (also a ValueError: plain http through a remote proxy)

Every class pickles (a worker of a ``ProcessPoolExecutor`` can raise one to its parent):
an error is rebuilt from its attributes, not by calling its constructor again, and what
it carries (the scrubbed request, the response, its body) travels already masked.

No message built here ever contains a request header or a request body; text that does
come from the server passes through a redactor that masks the client's known secrets,
in case a server echoes them back. Redaction always runs on the whole text before it is
cut to a snippet, so a secret straddling the cut cannot survive in part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._json import loads as _json_loads
from ._logging import REDACTED, is_secret_field

if TYPE_CHECKING:
    from .types import OrderDetails

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "GatewayTimeoutError",
    "InsecureProxyError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "OrderFailedError",
    "OrderTimeoutError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServiceUnavailableError",
    "TelegentError",
]

SNIPPET_LIMIT = 200

Redactor = Callable[[str], str]


def _no_redaction(text: str) -> str:
    return text


class TelegentError(Exception):
    """Base class of every error this package raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickling calls ``cls(*args)``: the constructors take keyword-only
        # parts (``response=``, ``cause=``), so unpickling failed and a process pool
        # reported BrokenProcessPool instead of the error.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[TelegentError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIError(TelegentError):
    """An error tied to one HTTP exchange with the API."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``str(e)`` is the whole story (``HTTP 404 Not Found from GET /v1.0/numbers/order:
    Order not found``); the attributes hold its parts.

    Attributes:
        status_code: the HTTP status.
        message: the ``Message`` of the error body (``"Order not found"``), or what was
            wrong with the body (``"non-JSON body: <html>..."``, ``"<empty body>"``).
        response: the ``httpx.Response``.
        body: the decoded JSON body, or ``None`` when the body is not JSON.
    """

    status_code: int
    response: httpx.Response
    body: object | None
    args: tuple[Any, ...]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
    ) -> None:
        request = _request_of(response)
        super().__init__(message, request=request)
        self.status_code = response.status_code
        self.response = response
        self.body = body
        where = f" from {request.method} {request.url.path}" if request is not None else ""
        reason = f" {response.reason_phrase}" if response.reason_phrase else ""
        self.args = (f"HTTP {response.status_code}{reason}{where}: {message}",)


class BadRequestError(APIStatusError):
    """HTTP 400: the API rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """HTTP 401 (or a token exchange the API refused): the credentials were not accepted."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: e.g. a token scoped (ApiEndpoint) to another endpoint."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class MethodNotAllowedError(APIStatusError):
    """HTTP 405."""


class RequestTimeoutError(APIStatusError):
    """HTTP 408: the server did not receive the complete request in time."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests (the standard tier allows 50 per minute)."""


class InternalServerError(APIStatusError):
    """HTTP 500 and any 5xx without a more specific class."""


class BadGatewayError(InternalServerError):
    """HTTP 502 (usually from a gateway in front of the API)."""


class ServiceUnavailableError(InternalServerError):
    """HTTP 503."""


class GatewayTimeoutError(InternalServerError):
    """HTTP 504."""


class APIConnectionError(APIError):
    """No HTTP answer: DNS, TCP, TLS or protocol failure."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or connection-pool timeout)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API documents (not JSON, truncated, ...).

    Attributes:
        status_code: the HTTP status (a success code: the server did accept the request).
        response: the ``httpx.Response``.
        snippet: at most ~200 characters of the body, secrets masked.
    """

    status_code: int
    response: httpx.Response
    snippet: str

    def __init__(self, message: str, *, response: httpx.Response, snippet: str) -> None:
        super().__init__(message, request=_request_of(response))
        self.status_code = response.status_code
        self.response = response
        self.snippet = snippet


class APIResponseTooLargeError(APIResponseValidationError):
    """The response body grew past ``max_response_bytes`` (decoded size) while reading.

    The client stops reading at the limit and closes the connection, so a hostile or
    broken server cannot make it hold an unbounded body (a small gzip body can expand
    to gigabytes). The server did answer; for a POST the change may have been applied.

    Attributes:
        limit: the ``max_response_bytes`` that was exceeded.
    """

    limit: int

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, response=response, snippet="")
        self.limit = limit


class OutcomeUnknownError(APIError):
    """A non-idempotent POST failed in a way that leaves its effect unknown.

    The request was sent, then the connection dropped, the read timed out, or the server
    answered 500/502/504: the change may or may not have been applied. The SDK does not
    resend it (a resend could apply it twice). Check the state before trying again:
    ``client.orders.get(order_id)`` when the order id is known, or the inventory
    (``client.numbers.list(...)``) for the numbers involved.

    Attributes:
        method, path: the request that was sent.
        cause: the underlying ``APIStatusError`` or ``APIConnectionError``.
        status_code: the HTTP status when there was one, else ``None``.
    """

    method: str
    path: str
    cause: APIError
    status_code: int | None

    def __init__(
        self,
        *,
        method: str,
        path: str,
        cause: APIError,
        how_to_check: str,
        request: httpx.Request | None = None,
    ) -> None:
        what = (
            f"HTTP {cause.status_code}"
            if isinstance(cause, APIStatusError)
            else type(cause).__name__
        )
        message = (
            f"{method} {path}: the outcome is unknown ({what}: {cause.message}). The request "
            f"reached the server, which may or may not have applied it; it was not resent. "
            f"{how_to_check}"
        )
        super().__init__(message, request=request)
        self.method = method
        self.path = path
        self.cause = cause
        self.status_code = cause.status_code if isinstance(cause, APIStatusError) else None


class OrderFailedError(TelegentError):
    """An order ended in status ``Error``.

    Attributes:
        order_id: the order id.
        code: the carrier code before the first dash of ``OrderStatusMessage`` (``"8A"``).
        message: the text after it (``"ACCOUNT_NUM_REQ_OR_INCORRECT"``).
        details: the full ``OrderDetails``.
    """

    order_id: str
    code: str | None
    message: str
    details: OrderDetails

    def __init__(self, details: OrderDetails) -> None:
        self.order_id = details.order_id or ""
        self.code, self.message = split_status_message(details.order_status_message)
        self.details = details
        raw = details.order_status_message or "no OrderStatusMessage"
        super().__init__(f"order {self.order_id} failed: {raw}")


class OrderTimeoutError(TelegentError):
    """``orders.wait()`` reached its deadline before the order completed or failed.

    Attributes:
        order_id: the order id.
        timeout: the deadline, in seconds.
        last: the last ``OrderDetails`` seen (``None`` if no poll returned).
    """

    order_id: str
    timeout: float
    last: OrderDetails | None

    def __init__(self, order_id: str, timeout: float, last: OrderDetails | None) -> None:
        self.order_id = order_id
        self.timeout = timeout
        self.last = last
        status = last.order_status if last is not None else "unknown"
        super().__init__(
            f"order {order_id} did not finish within {timeout:g}s (last status: {status}); "
            f"check again later with client.orders.get({order_id!r})"
        )


class InsecureProxyError(TelegentError, ValueError):
    """A plain-http base URL would go through a proxy that is not on loopback.

    Raised when the client (or a ``with_options`` copy) is built, before any request.

    Attributes:
        proxy: the proxy's URL (scheme, host and port; never its credentials).
    """

    proxy: str

    def __init__(self, message: str, *, proxy: str) -> None:
        super().__init__(message)
        self.proxy = proxy


_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    408: RequestTimeoutError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (5xx default to InternalServerError)."""
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


_WS = re.compile(r"\s+")


def snippet(text: str, limit: int = SNIPPET_LIMIT) -> str:
    """Whitespace-collapsed text cut to ``limit`` characters (with an ellipsis)."""
    flat = _WS.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1] + "…"


# Bytes of a body decoded for a snippet, beyond what the snippet shows: room for the
# whitespace that snippet() collapses. Secrets are redacted in the whole window first.
_SNIPPET_WINDOW = SNIPPET_LIMIT * 4 + 8192


def body_snippet(response: httpx.Response, redact: Redactor = _no_redaction) -> str:
    """A short, redacted view of a response body, for error messages.

    Redaction runs before the cut: the body's first ``_SNIPPET_WINDOW`` bytes are
    redacted, then, when the body went on, the window's last ``longest secret`` characters
    are dropped (a secret cut by the window edge could only be there), then the rest is
    shortened to ``SNIPPET_LIMIT`` characters.
    """
    content = response.content
    if not content:
        return "<empty body>"
    window = content[:_SNIPPET_WINDOW]
    try:
        text = window.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        text = window.decode("utf-8", errors="replace")
    text = redact(text)
    if len(content) > len(window):
        margin = getattr(redact, "longest", 0) or 0
        text = text[: max(0, len(text) - margin)] + " …"
    return snippet(text)


def loads_json(content: bytes | str) -> Any:
    """``json.loads`` (msgspec on big bodies with the ``speedups`` extra, same result), with
    a body nested too deeply for the parser turned into a ``ValueError`` like any other
    unreadable body (never a bare ``RecursionError``)."""
    try:
        return _json_loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None


def _redact_value(value: Any, redact: Redactor) -> Any:
    # Known secret values anywhere, and every field the overlay declares secret (a server
    # may echo the request's PIN back in its error body).
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {
            k: REDACTED if v is not None and is_secret_field(k) else _redact_value(v, redact)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_value(v, redact) for v in value]
    return value


def make_status_error(response: httpx.Response, redact: Redactor = _no_redaction) -> APIStatusError:
    """Build the typed error for a non-2xx response.

    Its ``message`` is the body's ``Message`` when the body is the documented JSON error
    shape; otherwise a short snippet of whatever came back (an HTML page from a gateway,
    an empty body, truncated JSON). ``str()`` adds the status and the request line.
    Never raises itself.
    """
    status = response.status_code
    body: object | None = None
    detail: str
    try:
        body = loads_json(response.content) if response.content else None
        body = _redact_value(body, redact)  # recursive: may hit RecursionError too
        if isinstance(body, dict):
            msg = body.get("Message", body.get("message"))
            detail = snippet(str(msg)) if msg not in (None, "") else "no Message in body"
        elif body is None:
            detail = "<empty body>"
        else:
            detail = f"unexpected body: {body_snippet(response, redact)}"
    except (ValueError, RecursionError):
        body = None
        detail = f"non-JSON body: {body_snippet(response, redact)}"
    return status_error_class(status)(detail, response=response, body=body)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    # httpx raises RuntimeError when a Response was built without a request.
    try:
        return response.request
    except RuntimeError:
        return None


def connection_error(
    exc: httpx.HTTPError,
    request: httpx.Request | None,
    redact: Redactor = _no_redaction,
) -> APIConnectionError:
    """Map an httpx transport exception to APITimeoutError / APIConnectionError."""
    where = f" ({request.method} {request.url.path})" if request is not None else ""
    text = snippet(redact(str(exc)))
    kind = type(exc).__name__ + (f": {text}" if text else "")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out{where}: {kind}", request=request)
    return APIConnectionError(f"Connection error{where}: {kind}", request=request)


# "8A-ACCOUNT_NUM_REQ_OR_INCORRECT": a short carrier code, a dash, the text.
_STATUS_MESSAGE = re.compile(r"\s*([0-9A-Za-z]{1,6})\s*-\s*(.*)", re.DOTALL)


def split_status_message(message: str | None) -> tuple[str | None, str]:
    """``"8A-ACCOUNT_NUM_REQ_OR_INCORRECT"`` -> ``("8A", "ACCOUNT_NUM_REQ_OR_INCORRECT")``."""
    if not message:
        return None, ""
    m = _STATUS_MESSAGE.fullmatch(message)
    return (m.group(1), m.group(2).strip()) if m else (None, message.strip())
