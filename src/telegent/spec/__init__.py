"""The spec side of the SDK: the pinned vendor spec, the overlay engine, the drift check.

The overlay engine and the drift check pull in YAML, JSON Schema and JSONPath; they are
imported on first use so that `import telegent` (which reads the pinned spec's version for
the User-Agent) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._resources import (
    load_pinned_spec,
    overlay_path,
    pinned_spec_path,
    pinned_spec_sha256,
    pinned_spec_version,
)

if TYPE_CHECKING:
    from .drift import RULES, DriftCheckError, DriftReport, Level, check_drift, report_schema
    from .overlay import (
        ActionReport,
        OverlayError,
        OverlayResult,
        apply_overlay,
        load_overlay,
        validate_overlay,
    )

_LAZY = {
    "RULES": ".drift",
    "DriftCheckError": ".drift",
    "DriftReport": ".drift",
    "Level": ".drift",
    "check_drift": ".drift",
    "report_schema": ".drift",
    "ActionReport": ".overlay",
    "OverlayError": ".overlay",
    "OverlayResult": ".overlay",
    "apply_overlay": ".overlay",
    "load_overlay": ".overlay",
    "validate_overlay": ".overlay",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "RULES",
    "ActionReport",
    "DriftCheckError",
    "DriftReport",
    "Level",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "check_drift",
    "load_overlay",
    "load_pinned_spec",
    "overlay_path",
    "pinned_spec_path",
    "pinned_spec_sha256",
    "pinned_spec_version",
    "report_schema",
    "validate_overlay",
]
