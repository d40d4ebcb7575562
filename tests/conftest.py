from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    # The SDK targets asyncio; trio is not a supported runtime.
    return "asyncio"
