"""The patched spec as a wire validator (openapi-core), and transports that record the wire.

openapi-core 0.23 ships adapters for requests, werkzeug, aiohttp, ... but not for httpx,
so :class:`WireRequest` / :class:`WireResponse` implement its small ``Request`` /
``Response`` protocols over ``httpx`` objects. The recording transports sit between a
client and the transport that really answers (the fake's, or a socket transport to
Prism) and keep a snapshot of every request exactly as it left the client (auth header
included), with the response it got.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "generated" / "openapi.json"


@functools.cache
def spec_dict() -> dict[str, Any]:
    """The patched spec (generated/openapi.json)."""
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def is_absolute_uri(value: object) -> bool:
    """``format: uri``: an absolute URI (scheme and authority), no whitespace."""
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc)


@functools.cache
def openapi() -> OpenAPI:
    """An openapi-core validator for the patched spec (built once per session).

    jsonschema checks ``format: uri`` only when the optional ``rfc3987`` package is
    installed (it is not), so without help ``TokenRequest.ApiEndpoint`` would go
    unchecked; a small absolute-URI check stands in.
    """
    config = Config(extra_format_validators={"uri": is_absolute_uri})
    return OpenAPI.from_dict(spec_dict(), config=config)


def spec_server() -> str:
    """``servers[0].url`` of the patched spec (``https://api.telegent.com``)."""
    return str(spec_dict()["servers"][0]["url"]).rstrip("/")


def operation_count() -> int:
    """How many operations the patched spec declares."""
    return sum(len(ops) for ops in spec_dict()["paths"].values())


class WireRequest:
    """openapi-core's ``Request`` protocol over an ``httpx.Request`` (body already read).

    ``host_url`` replaces the request's scheme and host when given: a request sent to a
    local mock (``http://127.0.0.1:4010``) is validated as if sent to the spec's server,
    since what is under test is the method, path, query, headers and body.
    """

    def __init__(self, request: httpx.Request, *, host_url: str | None = None) -> None:
        self._request = request
        self._host_url = host_url
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        if self._host_url is not None:
            return self._host_url
        url = self._request.url
        return f"{url.scheme}://{url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class WireResponse:
    """openapi-core's ``Response`` protocol over an ``httpx.Response`` (body already read)."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.multi_items()))

    @property
    def data(self) -> bytes | None:
        return self._response.content


def _describe(exc: Exception) -> str:
    # openapi-core puts the schema errors on the cause (InvalidSchemaValue etc.).
    cause = exc.__cause__
    detail = getattr(cause, "schema_errors", None)
    if detail:
        return f"{type(exc).__name__}: " + "; ".join(getattr(e, "message", str(e)) for e in detail)
    return f"{type(exc).__name__}: {exc}" + (f" ({cause})" if cause else "")


def request_errors(request: httpx.Request, *, host_url: str | None = None) -> list[str]:
    """Every way ``request`` breaks the patched spec (empty: it conforms)."""
    wire = WireRequest(request, host_url=host_url)
    return [_describe(e) for e in openapi().iter_request_errors(wire)]


def response_errors(
    request: httpx.Request, response: httpx.Response, *, host_url: str | None = None
) -> list[str]:
    """Every way ``response`` (to ``request``) breaks the patched spec."""
    wire = WireRequest(request, host_url=host_url)
    return [_describe(e) for e in openapi().iter_response_errors(wire, WireResponse(response))]


@dataclass
class Exchange:
    """One request as it left the client, and the response it got (None: none came)."""

    request: httpx.Request
    response: httpx.Response | None

    @property
    def json(self) -> Any:
        """The request body, decoded (None when there is none)."""
        return json.loads(self.request.content) if self.request.content else None

    def __repr__(self) -> str:
        status = self.response.status_code if self.response is not None else "no response"
        return f"<{self.request.method} {self.request.url} -> {status}>"


def _snapshot(request: httpx.Request) -> httpx.Request:
    # The auth flow mutates the very Request object when it replays: keep a copy.
    return httpx.Request(
        request.method, request.url, headers=request.headers.copy(), content=request.content
    )


@dataclass
class Recorder:
    """Collects :class:`Exchange` objects from any number of recording transports."""

    exchanges: list[Exchange] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, request: httpx.Request, response: httpx.Response | None) -> None:
        with self._lock:
            self.exchanges.append(Exchange(_snapshot(request), response))

    def sync(self, inner: httpx.BaseTransport) -> RecordingTransport:
        """A sync transport recording into this recorder, answered by ``inner``."""
        return RecordingTransport(inner, self)

    def async_(self, inner: httpx.AsyncBaseTransport) -> AsyncRecordingTransport:
        """An async transport recording into this recorder, answered by ``inner``."""
        return AsyncRecordingTransport(inner, self)

    def to(self, path: str, method: str | None = None) -> list[Exchange]:
        """The exchanges whose request went to ``path`` (and used ``method``)."""
        return [
            e
            for e in self.exchanges
            if e.request.url.path == path and (method is None or e.request.method == method)
        ]


class RecordingTransport(httpx.BaseTransport):
    """Records every request/response pair passing through to ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, recorder: Recorder) -> None:
        self.inner = inner
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError:
            self.recorder.add(request, None)
            raise
        response.read()  # the client reads it again from the cached content
        self.recorder.add(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RecordingTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: Recorder) -> None:
        self.inner = inner
        self.recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError:
            self.recorder.add(request, None)
            raise
        await response.aread()
        self.recorder.add(request, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class Tally:
    """Counts shown in the session summary (see conftest.pytest_terminal_summary)."""

    fake_requests: int = 0  # client requests to the fake, validated with openapi-core
    fake_responses: int = 0
    prism_requests: int = 0  # client requests to Prism, validated by Prism and openapi-core
    prism_responses: int = 0
    prism_violations: int = 0
    prism_scenarios_passed: int = 0
    schemathesis_cases: int = 0
    schemathesis_runs: int = 0
    operations_on_prism: set[str] = field(default_factory=set)  # every-operation test
    operations_on_fake: set[str] = field(default_factory=set)  # "<op id>-<sync|async>"


TALLY = Tally()


def assert_exchanges_conform(
    exchanges: list[Exchange],
    *,
    host_url: str | None = None,
    responses: bool = True,
    tally: str | None = "fake",
) -> None:
    """Validate every request (and response) against the patched spec.

    All problems are collected before failing, so one run shows every violation.
    ``tally`` names the counter to add to ("fake", "prism"; None: count nothing).
    """
    problems: list[str] = []
    for exchange in exchanges:
        where = f"{exchange.request.method} {exchange.request.url}"
        problems += [
            f"request {where}: {p}" for p in request_errors(exchange.request, host_url=host_url)
        ]
        if responses and exchange.response is not None:
            problems += [
                f"response {exchange.response.status_code} to {where}: {p}"
                for p in response_errors(exchange.request, exchange.response, host_url=host_url)
            ]
    assert not problems, "the wire broke the patched spec:\n" + "\n".join(problems)
    answered = sum(1 for e in exchanges if e.response is not None) if responses else 0
    if tally == "fake":
        TALLY.fake_requests += len(exchanges)
        TALLY.fake_responses += answered
    elif tally == "prism":
        TALLY.prism_requests += len(exchanges)
        TALLY.prism_responses += answered
