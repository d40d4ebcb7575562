"""API resources: ``client.numbers`` and ``client.orders``.

Each loads on first use: a client that only ever calls ``orders.get`` never imports the
numbers resource (its bulk helpers, its records, its generated operations).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .numbers import AsyncNumbers, Numbers
    from .orders import AsyncOrders, Orders

_LAZY = {
    "AsyncNumbers": ".numbers",
    "Numbers": ".numbers",
    "AsyncOrders": ".orders",
    "Orders": ".orders",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = ["AsyncNumbers", "AsyncOrders", "Numbers", "Orders"]
