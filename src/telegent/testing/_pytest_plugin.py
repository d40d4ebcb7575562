"""pytest fixtures for testing code that talks to Telegent, with no credentials.

Registered through the ``pytest11`` entry point ``telegent``, so installing the SDK is
enough. Fixtures:

- ``telegent_fake``: a fresh :class:`~telegent.testing.FakeTelegent` per test
  (50 numbers, seed 1, a :class:`~telegent.testing.FakeClock`, no rate limit).
  Override with ``@pytest.mark.telegent_fake(numbers=..., seed=..., rate_limit=50, ...)``:
  any FakeTelegent keyword argument.
- ``telegent_clock``: that fake's FakeClock (``advance()`` it to expire tokens).
- ``telegent_client`` / ``async_telegent_client``: ``telegent.Telegent`` /
  ``telegent.AsyncTelegent`` wired to the fake through an in-memory transport.
- ``telegent_httpx``: for teams on pytest-httpx, a
  :class:`~telegent.testing.TelegentHTTPXMock` over its ``httpx_mock``: answers
  registered by SDK call (``telegent_httpx.add("orders.get", order_id=..., returns=...)``),
  checked at the end of the test (unused routes, requests that had none).

Records to start every fake with: ``telegent_seed_file = tests/telegent-seed.json`` in the
pytest ini (relative to the rootdir), or per test ``@pytest.mark.telegent_fake(records=...)``
/ ``seed_file=...``. Per test, ``telegent_fake.respond(...)`` / ``.fail(...)`` program the
next answers of one operation and ``telegent_fake.calls(...)`` lists what it received.

This module imports nothing from telegent at import time, so pytest stays fast (and
unaffected) in projects that never use these fixtures. Disable it with
``-p no:telegent``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from telegent import AsyncTelegent, Telegent
    from telegent.testing import FakeClock, FakeTelegent, TelegentHTTPXMock

__all__ = [
    "async_telegent_client",
    "pytest_addoption",
    "pytest_configure",
    "telegent_client",
    "telegent_clock",
    "telegent_fake",
    "telegent_httpx",
]

MARKER = "telegent_fake"
BASE_URL = "https://api.telegent.com"
#: Small and quiet: a rate limit would make unrelated tests wait on the fake's window.
DEFAULTS: dict[str, Any] = {"numbers": 50, "seed": 1, "rate_limit": None}


SEED_INI = "telegent_seed_file"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ``telegent_seed_file`` ini option."""
    parser.addini(
        SEED_INI,
        "JSON seed file (collection -> records) every telegent_fake starts with",
        default="",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``telegent_fake`` marker (so ``--strict-markers`` accepts it)."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): FakeTelegent keyword arguments for the telegent_fake fixture, "
        "e.g. numbers=10, seed=7, polls_to_complete=0, rate_limit=50",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options = dict(DEFAULTS)
    seed_file = str(request.config.getini(SEED_INI) or "")
    if seed_file:
        options["seed_file"] = request.config.rootpath / seed_file
    # Closest marker wins: apply module, then class, then function markers.
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes keyword arguments only, got {marker.args!r}"
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def telegent_fake(request: pytest.FixtureRequest) -> FakeTelegent:
    """A fresh in-memory fake Telegent account for this test."""
    from telegent.testing import FakeClock, FakeTelegent  # noqa: PLC0415 - keep plugin import cheap

    options = _options(request)
    if options.get("clock") is None:
        options["clock"] = FakeClock()
    return FakeTelegent(**options)


@pytest.fixture
def telegent_clock(telegent_fake: FakeTelegent) -> FakeClock:
    """The :class:`FakeClock` driving ``telegent_fake``."""
    from telegent.testing import FakeClock  # noqa: PLC0415 - keep plugin import cheap

    clock = telegent_fake.clock
    if not isinstance(clock, FakeClock):
        raise pytest.UsageError("telegent_clock needs telegent_fake to run on a FakeClock")
    return clock


@pytest.fixture
def telegent_client(telegent_fake: FakeTelegent) -> Iterator[Telegent]:
    """A ``telegent.Telegent`` client that talks to ``telegent_fake``.

    On the fake's FakeClock, the client's clock, UTC clock and sleep are the fake's
    too: its retries and rate limiting wait in fake time, instantly.
    """
    import telegent  # noqa: PLC0415 - keep plugin import cheap

    clock = _fake_clock(telegent_fake)
    client = telegent.Telegent(
        account_key=telegent_fake.account_key,
        account_secret=telegent_fake.account_secret,
        base_url=BASE_URL,
        transport=telegent_fake.transport(),
        clock=clock,
    )
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_telegent_client(telegent_fake: FakeTelegent) -> AsyncTelegent:
    """A ``telegent.AsyncTelegent`` client that talks to ``telegent_fake``.

    A plain fixture, so it works under anyio, pytest-asyncio or neither; the fake
    transport holds no sockets, so there is nothing to close. Clocks as for
    ``telegent_client``.
    """
    import telegent  # noqa: PLC0415 - keep plugin import cheap

    clock = _fake_clock(telegent_fake)
    return telegent.AsyncTelegent(
        account_key=telegent_fake.account_key,
        account_secret=telegent_fake.account_secret,
        base_url=BASE_URL,
        transport=telegent_fake.async_transport(),
        clock=clock,
    )


def _fake_clock(fake: FakeTelegent) -> FakeClock | None:
    from telegent.testing import FakeClock  # noqa: PLC0415 - keep plugin import cheap

    return fake.clock if isinstance(fake.clock, FakeClock) else None


@pytest.fixture
def telegent_httpx(request: pytest.FixtureRequest) -> Iterator[TelegentHTTPXMock]:
    """pytest-httpx's ``httpx_mock`` in the SDK's terms (needs pytest-httpx installed)."""
    try:
        import pytest_httpx  # noqa: F401, PLC0415 - an optional companion plugin
    except ImportError:
        raise pytest.UsageError(
            "the telegent_httpx fixture needs pytest-httpx: pip install pytest-httpx"
        ) from None
    from telegent.testing import TelegentHTTPXMock  # noqa: PLC0415 - keep plugin import cheap

    mock = TelegentHTTPXMock(request.getfixturevalue("httpx_mock"))
    yield mock
    mock.verify()
