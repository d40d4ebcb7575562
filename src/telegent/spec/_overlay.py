"""Compatibility path: the overlay engine lives in :mod:`telegent.spec.overlay`."""

from __future__ import annotations

from .overlay import (
    ActionReport,
    OverlayError,
    OverlayResult,
    apply_overlay,
    load_overlay,
    validate_overlay,
)

__all__ = [
    "ActionReport",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "load_overlay",
    "validate_overlay",
]
