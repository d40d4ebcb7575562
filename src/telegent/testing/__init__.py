"""A stateful, in-memory, seeded fake of the Telegent mPaaS API for tests and demos.

No credentials, no network::

    from telegent.testing import FakeTelegent

    fake = FakeTelegent(numbers=100, seed=7)
    client = httpx.Client(base_url="https://api.telegent.com", transport=fake.transport())

Plug it in through :meth:`FakeTelegent.transport` / :meth:`FakeTelegent.async_transport`,
the ``telegent_fake`` / ``telegent_client`` pytest fixtures (registered automatically),
or a local server (``telegent mock --port 4010``, :func:`serve_in_thread`).

Teams on pytest-httpx get the same terms there: :class:`TelegentHTTPXMock` (the
``telegent_httpx`` fixture) registers answers by SDK call and builds bodies from
records (:func:`wire_body`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import LazyDir, LazyGetattr, lazy_exports

if TYPE_CHECKING:
    from ._clock import Clock, FakeClock
    from ._fake import FakeTelegent
    from ._faults import Fault
    from ._httpx import SentCall, TelegentHTTPXMock, UnmatchedRequest, wire_body
    from ._server import serve_in_thread
    from ._state import SWAP_LIMIT_MESSAGE
    from ._transport import AsyncFakeTransport, FakeTransport
    from ._types import FakeRequest, FakeResponse, FaultKind, RecordedRequest

__all__ = [
    "AsyncFakeTransport",
    "Clock",
    "FakeClock",
    "FakeRequest",
    "FakeResponse",
    "FakeTelegent",
    "FakeTransport",
    "Fault",
    "FaultKind",
    "RecordedRequest",
    "SWAP_LIMIT_MESSAGE",
    "SentCall",
    "TelegentHTTPXMock",
    "UnmatchedRequest",
    "serve_in_thread",
    "wire_body",
]

# Loaded on first use: pytest imports this package for the plugin in every project
# that installs the SDK, and most of those runs never touch the fake.
_LAZY = {
    "Clock": "._clock",
    "FakeClock": "._clock",
    "FakeTelegent": "._fake",
    "Fault": "._faults",
    "SentCall": "._httpx",
    "TelegentHTTPXMock": "._httpx",
    "UnmatchedRequest": "._httpx",
    "wire_body": "._httpx",
    "serve_in_thread": "._server",
    "SWAP_LIMIT_MESSAGE": "._state",
    "AsyncFakeTransport": "._transport",
    "FakeTransport": "._transport",
    "FakeRequest": "._types",
    "FakeResponse": "._types",
    "FaultKind": "._types",
    "RecordedRequest": "._types",
}


__getattr__: LazyGetattr
__dir__: LazyDir
__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
