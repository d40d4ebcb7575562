"""The spec side of the SDK: the pinned vendor spec, the overlay engine, the drift check."""

from __future__ import annotations

from ._drift import DriftCheckError, DriftReport, Level, check_drift, report_schema
from ._drift_rules import RULES
from ._overlay import (
    ActionReport,
    OverlayError,
    OverlayResult,
    apply_overlay,
    load_overlay,
    validate_overlay,
)
from ._resources import (
    load_pinned_spec,
    overlay_path,
    pinned_spec_path,
    pinned_spec_sha256,
    pinned_spec_version,
)

__all__ = [
    "RULES",
    "DriftCheckError",
    "DriftReport",
    "Level",
    "check_drift",
    "report_schema",
    "ActionReport",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "load_overlay",
    "validate_overlay",
    "load_pinned_spec",
    "overlay_path",
    "pinned_spec_path",
    "pinned_spec_sha256",
    "pinned_spec_version",
]
