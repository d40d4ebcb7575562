"""The records users get back: generated from the overlay's schemas, loaded on first use.

Every schema of the patched spec that a response uses is a record class here, under the
schema's name (``NumberRecord``, ``OrderDetails``, ...); attribute names are the wire names
in snake_case. ``generated/api.md`` lists them with their fields. How values are parsed
(lenient booleans, zone-less timestamps as UTC, ``MM/DD/YYYY`` dates, unknown fields kept
in ``.extra``, secrets masked) is described in :mod:`telegent._models`.

Records are imported lazily: ``import telegent.types`` costs nothing until a record is
used, however many operations the spec has.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from ._models import GenericRecord, Record, RecordError, RecordList, RecordProblem, wire

if TYPE_CHECKING:
    from telegent_mpaas_client.models.status_change_request_status_change import (
        StatusChangeRequestStatusChange as ChangeType,
    )
    from telegent_mpaas_client.sdk.records import _index
    from telegent_mpaas_client.sdk.records._index import *  # noqa: F403

__all__ = [
    "ChangeType",
    "GenericRecord",
    "OrderStatus",
    "Record",
    "RecordError",
    "RecordList",
    "RecordProblem",
    "wire",
]
# For type checkers every record is a public name of this module (pyright and Pylance read
# __all__ to tell a re-export from a private import). At run time __all__ stays short:
# `import telegent` loads no record index, and records load on first use.
if TYPE_CHECKING:
    __all__ += _index.__all__


class OrderStatus:
    """``OrderStatus`` values ``orders.wait`` relies on (the API may add others; they
    arrive as plain ``str``)."""

    COMPLETE: Final = "Complete"
    ERROR: Final = "Error"
    PENDING: Final = "Pending"


# Python names of this module that load from elsewhere on first use: the spec's change
# types (a Literal), as the wire client declares them.
_LAZY: dict[str, tuple[str, str]] = {
    "ChangeType": ("telegent_mpaas_client.models", "StatusChangeRequestStatusChange"),
}


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _LAZY:
        home, attr = _LAZY[name]
        value = getattr(importlib.import_module(home), attr)
        globals()[name] = value
        return value
    from telegent_mpaas_client.sdk.records import MODULES  # noqa: PLC0415

    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from telegent_mpaas_client.sdk.records import MODULES  # noqa: PLC0415

    return sorted({*globals(), *MODULES})
