"""The one JSON decoder every response body goes through.

``loads`` gives exactly what :func:`json.loads` gives. With the ``speedups`` extra
(``pip install 'telegent-mpaas[speedups]'``, which brings msgspec) big bodies are decoded
by msgspec's untyped decoder, about twice as fast as the standard library on an inventory
page, into the same Python values: every integer exact however large, floats correctly
rounded, duplicate keys last-wins in first position, strings identical.

msgspec is stricter than :func:`json.loads` on a few inputs the standard library reads
(``NaN``/``Infinity``, ``1e400``, a lone surrogate escape, a byte-order mark, UTF-16 and
UTF-32 bodies); for those, and for anything else it refuses, the body is decoded again by
:func:`json.loads`, so the result, or the error, is always the standard library's.

msgspec costs about 30 ms to import, more than it saves on small bodies, so it is imported
only when the first body of :data:`FAST_FROM_BYTES` or more arrives; from then on every
body uses it. Without the extra, everything is :func:`json.loads`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["FAST_FROM_BYTES", "fast_decoder", "loads"]

# 64 KiB: about 100 inventory records. Below it the standard library is within a few
# microseconds of msgspec, and a short-lived process would not repay the import.
FAST_FROM_BYTES = 64 * 1024

_Decode = Callable[[bytes | str], Any]
_fast: _Decode | None = None
_tried = False


def fast_decoder() -> _Decode | None:
    """msgspec's untyped JSON decoder (imported on the first call), or ``None`` when the
    ``speedups`` extra is not installed."""
    global _fast, _tried  # noqa: PLW0603 - one import per process, on first need
    if not _tried:
        _tried = True
        try:
            import msgspec.json  # noqa: PLC0415 - 30 ms; only worth it for big bodies
        except ImportError:
            _fast = None
        else:
            _fast = msgspec.json.Decoder().decode
    return _fast


def loads(content: bytes | str) -> Any:
    """:func:`json.loads`, faster on big bodies when msgspec is installed (same result)."""
    decode = _fast if _tried else (fast_decoder() if len(content) >= FAST_FROM_BYTES else None)
    if decode is not None:
        try:
            return decode(content)
        except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
            pass  # what the standard library reads differently (or refuses) is its to say
    return json.loads(content)
