"""OpenAPI Overlay engine (Overlay 1.0.x and 1.1.x): load, validate, apply.

Modules, one job each: ``_load`` (reading a file through the shared safe loader),
``_schema`` (version dispatch and validation against the official JSON Schemas),
``_jsonpath`` (RFC 9535 targets, selected within a work budget), ``_merge`` (the merge
rules), ``_apply`` (running the actions), ``_report`` (what each action did), ``_locate``
(``file:line:column`` for errors), ``_command`` (``telegent spec apply``).

The names below load on first use, so ``telegent spec apply --help`` answers without
loading JSON Schema and JSONPath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import LazyDir, LazyGetattr, lazy_exports

if TYPE_CHECKING:
    from ._apply import DEFAULT_BUDGET, apply_overlay
    from ._command import main
    from ._errors import OverlayError
    from ._jsonpath import Budget
    from ._load import load_overlay
    from ._locate import LoadedOverlay
    from ._report import ActionReport, OverlayResult
    from ._schema import SUPPORTED_VERSIONS, validate_overlay

__all__ = [
    "DEFAULT_BUDGET",
    "SUPPORTED_VERSIONS",
    "ActionReport",
    "Budget",
    "LoadedOverlay",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "load_overlay",
    "main",
    "validate_overlay",
]

_LAZY = {
    "DEFAULT_BUDGET": "._apply",
    "apply_overlay": "._apply",
    "main": "._command",
    "OverlayError": "._errors",
    "Budget": "._jsonpath",
    "load_overlay": "._load",
    "LoadedOverlay": "._locate",
    "ActionReport": "._report",
    "OverlayResult": "._report",
    "SUPPORTED_VERSIONS": "._schema",
    "validate_overlay": "._schema",
}


__getattr__: LazyGetattr
__dir__: LazyDir
__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
