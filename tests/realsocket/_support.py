"""Small helpers shared by the real-socket tests."""

from __future__ import annotations

import inspect
from typing import Any


async def aw(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async client), else return it (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


async def close(client: Any) -> None:
    await aw(client.close())
