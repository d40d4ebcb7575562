"""OpenAPI Overlay engine (Overlay 1.0.x and 1.1.x): load, validate, apply.

Modules, one job each: ``_load`` (reading a file through the shared safe loader),
``_schema`` (version dispatch and validation against the official JSON Schemas),
``_jsonpath`` (RFC 9535 targets, selected within a work budget), ``_merge`` (the merge
rules), ``_apply`` (running the actions), ``_report`` (what each action did), ``_command``
(``telegent spec apply``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._apply import DEFAULT_BUDGET, apply_overlay
from ._command import main
from ._errors import OverlayError
from ._jsonpath import Budget
from ._load import load_overlay
from ._report import ActionReport, OverlayResult
from ._schema import SUPPORTED_VERSIONS, checked_copy

__all__ = [
    "DEFAULT_BUDGET",
    "SUPPORTED_VERSIONS",
    "ActionReport",
    "Budget",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "load_overlay",
    "main",
    "validate_overlay",
]


def validate_overlay(overlay: Mapping[str, Any]) -> None:
    """Check an overlay against the official JSON Schema of its version (1.0.x or 1.1.x).

    Beyond the schema, every action target and copy source must compile as a strict
    RFC 9535 JSONPath query, an action may not carry both ``update`` and ``copy``, and
    every value must be representable in JSON.

    Raises:
        OverlayError: listing every violation, each prefixed with the JSON path of the
            offending value (e.g. ``$.actions[0].remove: 'yes' is not of type 'boolean'``);
            the same list is available as ``err.problems``.
    """
    checked_copy(overlay)
