"""Fixtures for the real-socket tests: a local server per test, clients pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from telegent import AsyncTelegent, SystemClock, Telegent

from .api import KEY, SECRET
from .server import LocalServer, serve


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TELEGENT_ACCOUNT_KEY",
        "TELEGENT_ACCOUNT_SECRET",
        "TELEGENT_TOKEN",
        "TELEGENT_BASE_URL",
        "TELEGENT_LOG",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as s:
        yield s


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


Client = Telegent | AsyncTelegent


class QuickJitter(SystemClock):
    """The real clock and sleep, with retry backoff drawn at 1% of its ceiling."""

    __slots__ = ()

    def random(self) -> float:
        return 0.01


@pytest.fixture
def connect(mode: str) -> Iterator[Callable[..., Any]]:
    """``connect(server, **options)``: a client of the right mode for ``server``.

    Real clock and real sleep, except that retry backoff is made short (tests that care
    pass their own ``retry_policy``).
    """
    made: list[Any] = []

    def factory(srv: LocalServer, **kwargs: Any) -> Any:
        if "token" not in kwargs:
            kwargs.setdefault("account_key", KEY)
            kwargs.setdefault("account_secret", SECRET)
        kwargs.setdefault("clock", QuickJitter())
        cls = Telegent if mode == "sync" else AsyncTelegent
        client = cls(base_url=srv.url, **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        if isinstance(client, Telegent):
            client.close()
        # async clients are closed by the tests that made them (needs a running loop)
