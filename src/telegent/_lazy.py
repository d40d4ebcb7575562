"""Public names of a package that live in its submodules, imported on first use.

``telegent.spec``, ``telegent.spec.overlay`` and ``telegent.testing`` export names whose
modules are costly (JSON Schema and JSONPath, the fake API) or need an optional extra:
importing the package must not import them. One helper gives each package its module
``__getattr__`` and ``__dir__``::

    _LAZY = {"apply_overlay": "._apply", ...}
    __getattr__: LazyGetattr
    __dir__: LazyDir
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY)

A name is imported from its home the first time it is read, then kept as a plain module
attribute; any other name raises the usual ``AttributeError``; ``dir()`` lists the lazy
names beside the loaded ones.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

__all__ = ["LazyDir", "LazyGetattr", "lazy_exports"]

# Declared in each package beside the assignment, so type checkers (and pyright's
# --verifytypes) read the module's __getattr__/__dir__ as typed, not inferred.
LazyGetattr = Callable[[str], Any]
LazyDir = Callable[[], list[str]]


def lazy_exports(
    package: str,
    homes: Mapping[str, str],
    *,
    load: Callable[[str], ModuleType] = importlib.import_module,
) -> tuple[LazyGetattr, LazyDir]:
    """``__getattr__`` and ``__dir__`` for ``package`` (its ``__name__``).

    Args:
        package: the package's ``__name__``.
        homes: exported name -> the module that defines it (``"._apply"``, relative to
            ``package``, or absolute).
        load: imports a home by its absolute name; a package whose homes need an
            optional extra checks for it here (and turns a missing one into its own error).
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(load(importlib.util.resolve_name(home, package)), name)
        setattr(sys.modules[package], name, value)  # once loaded, a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *homes})

    return __getattr__, __dir__
