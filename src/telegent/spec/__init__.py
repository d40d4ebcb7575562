"""The spec side of the SDK: the pinned vendor spec, the overlay engine, the drift check.

The overlay engine and the drift check need YAML, JSON Schema and JSONPath, which come
with the ``spec`` extra (``pip install 'telegent-mpaas[spec]'``). They are imported on
first use: ``import telegent.spec`` and the pinned-spec helpers work without the extra,
and using a tool without it raises :class:`MissingExtraError` naming the install command.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import TYPE_CHECKING

from .._lazy import LazyDir, LazyGetattr, lazy_exports
from ._extras import INSTALL_COMMAND, MissingExtraError, require_extra
from ._extras import is_extra_module as _is_extra_module

if TYPE_CHECKING:
    from ._resources import (
        load_pinned_spec,
        overlay_path,
        overlay_paths,
        pinned_spec_path,
        pinned_spec_sha256,
        pinned_spec_title,
        pinned_spec_version,
    )
    from .drift import RULES, DriftCheckError, DriftReport, Level, check_drift, report_schema
    from .overlay import (
        ActionReport,
        OverlayError,
        OverlayResult,
        apply_overlay,
        load_overlay,
        validate_overlay,
    )

# The pinned-spec helpers need no extra, but load on first use too: the client imports
# ``telegent.spec._naming`` on its first call, and ``importlib.resources`` is not needed there.
_PLAIN = {
    "load_pinned_spec": "._resources",
    "overlay_path": "._resources",
    "overlay_paths": "._resources",
    "pinned_spec_path": "._resources",
    "pinned_spec_sha256": "._resources",
    "pinned_spec_title": "._resources",
    "pinned_spec_version": "._resources",
}
# The pinned spec's helpers need no extra, only importlib.resources: loaded on first use too.
_RESOURCES = "._resources"
_LAZY = {
    "load_pinned_spec": _RESOURCES,
    "overlay_path": _RESOURCES,
    "overlay_paths": _RESOURCES,
    "pinned_spec_path": _RESOURCES,
    "pinned_spec_sha256": _RESOURCES,
    "pinned_spec_title": _RESOURCES,
    "pinned_spec_version": _RESOURCES,
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


def _load_tool(module: str) -> ModuleType:
    """Import a tool's module: the ``spec`` extra first, a broken one named as such."""
    if module == importlib.util.resolve_name(_RESOURCES, __name__):
        return importlib.import_module(module)
    require_extra()
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if not _is_extra_module(exc):
            raise
        # Installed, but a dependency of it is broken or missing (e.g. rpds-py).
        raise MissingExtraError([exc.name or "?"]) from exc


__getattr__: LazyGetattr
__dir__: LazyDir
__getattr__, __dir__ = lazy_exports(__name__, _LAZY, load=_load_tool)

__all__ = [
    "RULES",
    "ActionReport",
    "DriftCheckError",
    "INSTALL_COMMAND",
    "DriftReport",
    "Level",
    "MissingExtraError",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "check_drift",
    "load_overlay",
    "load_pinned_spec",
    "overlay_path",
    "overlay_paths",
    "pinned_spec_path",
    "pinned_spec_sha256",
    "pinned_spec_title",
    "pinned_spec_version",
    "report_schema",
    "require_extra",
    "validate_overlay",
]
