"""Injected faults: which requests they hit and what they turn the answer into."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ._types import FakeRequest, FaultKind

__all__ = ["GATEWAY_HTML", "Fault", "make_fault"]

#: What a load balancer in front of the API sends when the upstream is down.
GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass
class Fault:
    """One injected fault; it fires on the next ``remaining`` matching requests."""

    kind: FaultKind
    #: Matching requests still to hit; None means every one until cleared.
    remaining: int | None
    #: Only requests to this path (case-insensitive), or any path when None.
    path: str | None
    #: Only requests with this method, or any method when None.
    method: str | None
    #: Status for STATUS and HTML faults.
    status: int
    #: Delay for LATENCY faults.
    seconds: float
    #: STATUS, DROP: let the server act on the request first (the outcome is then unknown
    #: to a client that sees only the failure).
    after_processing: bool
    #: DROP: the httpx exception the transport raises.
    error: type[httpx.TransportError]
    #: STATUS: value of a Retry-After header, if any.
    retry_after: int | None
    #: How many requests this fault has hit so far.
    hits: int = 0

    def matches(self, request: FakeRequest) -> bool:
        """Whether this fault applies to ``request``."""
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method is not None and request.method.upper() != self.method:
            return False
        return self.path is None or request.path.rstrip("/").lower() == self.path

    def consume(self) -> None:
        """Count one hit."""
        self.hits += 1
        if self.remaining is not None:
            self.remaining -= 1

    @property
    def exhausted(self) -> bool:
        """True once the fault has no hits left."""
        return self.remaining is not None and self.remaining <= 0


def make_fault(
    kind: FaultKind | str,
    *,
    times: int | None,
    path: str | None,
    method: str | None,
    status: int | None,
    seconds: float | None,
    after_processing: bool,
    error: type[httpx.TransportError] | None,
    retry_after: int | None,
) -> Fault:
    """Validate :meth:`FakeTelegent.inject`'s arguments and build the fault."""
    kind = FaultKind(kind)
    if times is not None and times < 1:
        raise ValueError(f"times must be at least 1 (or None for always), got {times!r}")
    if path is not None and not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    if kind is FaultKind.LATENCY:
        if seconds is None or seconds <= 0:
            raise ValueError(f"a LATENCY fault needs seconds > 0, got {seconds!r}")
    elif seconds is not None:
        raise ValueError(f"seconds applies to LATENCY faults only, not {kind.name}")
    default_status = 502 if kind is FaultKind.HTML else 503
    code = default_status if status is None else status
    if not 400 <= code <= 599:
        raise ValueError(f"status must be an HTTP error status (400-599), got {status!r}")
    if error is not None and not (
        isinstance(error, type) and issubclass(error, httpx.TransportError)
    ):
        raise ValueError(f"error must be an httpx.TransportError subclass, got {error!r}")
    if after_processing and kind not in (FaultKind.STATUS, FaultKind.DROP):
        raise ValueError(f"after_processing applies to STATUS and DROP faults, not {kind.name}")
    if retry_after is not None and retry_after < 0:
        raise ValueError(f"retry_after must be >= 0, got {retry_after!r}")
    if error is None:
        # Before processing the server never saw the request; after it, the server hung up.
        error = httpx.RemoteProtocolError if after_processing else httpx.ConnectError
    return Fault(
        kind=kind,
        remaining=times,
        path=None if path is None else path.rstrip("/").lower(),
        method=None if method is None else method.upper(),
        status=code,
        seconds=seconds or 0.0,
        after_processing=after_processing,
        error=error,
        retry_after=retry_after,
    )
