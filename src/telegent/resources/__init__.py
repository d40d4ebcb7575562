"""API resources: ``client.numbers`` and ``client.orders``."""

from __future__ import annotations

from .numbers import AsyncNumbers, Numbers
from .orders import AsyncOrders, Orders

__all__ = ["AsyncNumbers", "AsyncOrders", "Numbers", "Orders"]
