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
    from telegent._generated import enums as _enums
    from telegent._generated.enums import *  # noqa: F403
    from telegent._generated.records import _index
    from telegent._generated.records._index import *  # noqa: F403

__all__ = [
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
    __all__ += _enums.__all__ + _index.__all__


class OrderStatus:
    """``OrderStatus`` values ``orders.wait`` relies on (the API may add others; they
    arrive as plain ``str``)."""

    COMPLETE: Final = "Complete"
    ERROR: Final = "Error"
    PENDING: Final = "Pending"


# The request enums the overlay names (``x-telegent-enum-name``, e.g. ``ChangeType``) are
# generated once; type checkers and the run time read the same alias.
_ENUMS = "telegent._generated.enums"


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    enums = importlib.import_module(_ENUMS)
    if name in enums.__all__:
        value = getattr(enums, name)
        globals()[name] = value
        return value
    from telegent._generated.records import MODULES  # noqa: PLC0415

    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from telegent._generated.records import MODULES  # noqa: PLC0415

    return sorted({*globals(), *MODULES, *importlib.import_module(_ENUMS).__all__})
