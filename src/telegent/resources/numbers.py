"""``client.numbers``: ``Numbers`` and ``AsyncNumbers``.

Both come from one source, ``_async/numbers.py``; the sync ``Numbers`` in
``_sync/numbers.py`` is derived from it by ``scripts/unasync.py`` (CI checks it is up
to date). Change the async source, then run the script.
"""

from __future__ import annotations

from ._async.numbers import AsyncNumbers
from ._numbers_core import DateLike, NumbersArg
from ._sync.numbers import Numbers

__all__ = ["AsyncNumbers", "DateLike", "Numbers", "NumbersArg"]
