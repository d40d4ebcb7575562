"""``client.orders``: ``Orders`` and ``AsyncOrders``.

Both come from one source, ``_async/orders.py``; the sync ``Orders`` in
``_sync/orders.py`` is derived from it by ``scripts/unasync.py`` (CI checks it is up
to date). Change the async source, then run the script.
"""

from __future__ import annotations

from ._async.orders import AsyncOrders
from ._sync.orders import Orders

__all__ = ["AsyncOrders", "Orders"]
