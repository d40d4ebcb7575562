"""The ``spec`` extra: the spec tools' dependencies, and a clear error when they are missing.

``pip install telegent-mpaas`` installs what calling the API needs. The overlay engine and
the drift check also need YAML, JSON Schema and JSONPath, which come with
``pip install 'telegent-mpaas[spec]'``; without them, using a spec tool raises
:class:`MissingExtraError` naming that command (the CLI prints it and exits 2).
"""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRA_MODULES", "INSTALL_COMMAND", "MissingExtraError", "require_extra"]

INSTALL_COMMAND = "pip install 'telegent-mpaas[spec]'"

# Import name -> distribution name, for the modules the spec tools import themselves
# (referencing and rpds-py come with jsonschema).
EXTRA_MODULES: dict[str, str] = {
    "jsonpath": "python-jsonpath",
    "jsonschema": "jsonschema",
    "yaml": "pyyaml",
    # python-jsonpath[strict]: without them match()/search() would silently fall back to
    # Python's `re` instead of I-Regexp (RFC 9485).
    "regex": "regex",
    "iregexp_check": "iregexp-check",
}
# Every top-level module whose absence means "the extra is not (fully) installed".
_EXTRA_ROOTS = frozenset({*EXTRA_MODULES, "referencing", "rpds", "jsonschema_specifications"})


class MissingExtraError(ImportError):
    """A spec tool was used without the ``spec`` extra installed."""

    def __init__(self, missing: list[str], feature: str = "the spec tools") -> None:
        self.missing: list[str] = sorted(missing)
        self.install_command = INSTALL_COMMAND
        super().__init__(
            f"{feature}: the 'spec' extra is not installed (missing: "
            f"{', '.join(self.missing)}); install it with: {INSTALL_COMMAND}"
        )


def missing_modules() -> list[str]:
    """Distributions of the ``spec`` extra that cannot be imported here."""
    return sorted(
        dist for module, dist in EXTRA_MODULES.items() if importlib.util.find_spec(module) is None
    )


def require_extra(feature: str = "the spec tools") -> None:
    """Raise :class:`MissingExtraError` unless the ``spec`` extra is installed.

    Call it before importing ``telegent.spec._overlay`` or ``telegent.spec._drift``; the
    public names of :mod:`telegent.spec` (``check_drift``, ``apply_overlay``, ...) call it
    themselves.
    """
    missing = missing_modules()
    if missing:
        raise MissingExtraError(missing, feature)


def is_extra_module(exc: ImportError) -> bool:
    """Whether an ImportError is about a module of the extra (not a bug elsewhere)."""
    name = (getattr(exc, "name", None) or "").split(".")[0]
    return name in _EXTRA_ROOTS
