"""Fixtures for the client-layer tests (helpers live in ``_support``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from telegent import AsyncTelegent, Telegent

from ._support import FakeAPI, FakeClock, make_client


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def api(clock: FakeClock) -> FakeAPI:
    return FakeAPI(clock)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


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
def client_factory(
    mode: str, api: FakeAPI, clock: FakeClock
) -> Callable[..., Telegent | AsyncTelegent]:
    def factory(**kwargs: Any) -> Telegent | AsyncTelegent:
        return make_client(mode, api, clock, **kwargs)

    return factory


@pytest.fixture
def client(client_factory: Callable[..., Any]) -> Any:
    return client_factory()
