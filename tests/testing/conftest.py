from __future__ import annotations

from collections.abc import Iterator

import pytest

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> FakeTelegent:
    return FakeTelegent(numbers=40, seed=3, clock=clock, rate_limit=None)


@pytest.fixture
def api(fake: FakeTelegent) -> Iterator[Api]:
    api = Api(fake)
    yield api
    api.http.close()


def pytest_configure(config: pytest.Config) -> None:
    # The plugin test needs ``pytester``; a sub-directory conftest may not declare
    # ``pytest_plugins``, so load it here when the root configuration has not.
    if not config.pluginmanager.has_plugin("pytester"):
        config.pluginmanager.import_plugin("pytester")
