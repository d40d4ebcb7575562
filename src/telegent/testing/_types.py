"""Plain request/response values passed between the fake's core and its shells."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

import httpx

__all__ = ["ApiError", "FakeRequest", "FakeResponse", "FaultKind", "RecordedRequest"]


class FaultKind(StrEnum):
    """What an injected fault does to the requests it matches."""

    #: Answer with an error status and the spec's error body (e.g. 500, 503, 429).
    STATUS = "status"
    #: Answer normally, but only after a delay (beyond the client's read timeout: ReadTimeout).
    LATENCY = "latency"
    #: No HTTP answer at all: the transport raises (ConnectError, RemoteProtocolError, ...).
    DROP = "drop"
    #: A gateway's HTML error page (502 by default) instead of JSON.
    HTML = "html"
    #: The real answer with its JSON body cut in half.
    TRUNCATED = "truncated"


@dataclass(frozen=True, repr=False)
class FakeRequest:
    """One HTTP request as the core sees it (header names lower-cased)."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: The client's read timeout in seconds, if it sent one (httpx does).
    read_timeout: float | None = None

    @cached_property
    def _decoded(self) -> tuple[bool, Any]:
        try:
            return True, json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            return False, None

    def __repr__(self) -> str:
        # Masked as the client's own debug log is (a test's traceback locals show this).
        from telegent._logging import body_for_log, redact_headers, redact_params  # noqa: PLC0415

        return (
            f"FakeRequest(method={self.method!r}, path={self.path!r}, "
            f"query={redact_params(self.query)!r}, "
            f"headers={redact_headers(self.headers.items())!r}, "
            f"body={body_for_log(self.body)!r}, read_timeout={self.read_timeout!r})"
        )


def decoded_body(request: FakeRequest) -> tuple[bool, Any]:
    """``(True, value)``: ``request``'s body decoded as JSON; ``(False, None)``: it is not
    JSON. Decoded once per request for the journal, the spec checks and the handler,
    which only read it."""
    return request._decoded


@dataclass(frozen=True)
class FakeResponse:
    """The core's answer; a shell turns it into an httpx.Response or socket bytes."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    #: Seconds the shell waits before answering (injected latency).
    delay: float = 0.0
    #: When set, the shell sends nothing and raises this instead (or closes the socket).
    drop: type[httpx.TransportError] | None = None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass
class RecordedRequest:
    """What reached the fake; secrets (Authorization, AccountSecret) are redacted."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    #: Status the fake answered with; None if the connection was dropped instead.
    status: int | None = None
    #: The injected fault that hit this request, if any.
    fault: FaultKind | None = None
    #: The operationId the request named (None: no operation at that method and path).
    operation: str | None = None


class ApiError(Exception):
    """Raised inside the core to answer with an error body; never escapes the fake."""

    def __init__(self, status: int, detail: str | None = None) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
