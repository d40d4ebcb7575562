from __future__ import annotations

import pytest

# The fake's own tests prove its pytest11 fixtures work in a downstream project.
pytest_plugins = ["pytester"]


@pytest.fixture
def anyio_backend() -> str:
    # The SDK targets asyncio; trio is not a supported runtime.
    return "asyncio"
