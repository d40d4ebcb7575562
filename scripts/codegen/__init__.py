"""The SDK surface generator: reads the patched spec and writes the records, resources,
operation registry (the package ``PACKAGE``) and reference (``api.md``) that ``telegent``
loads.

``build_surface(spec)`` returns ``{relative path: bytes}``: the package's modules under
``PACKAGE_PATH``, ``api.md`` on its own; ``scripts/regenerate.py`` puts the package in
``src/`` and ``api.md`` in ``generated/``.
"""

from __future__ import annotations

# The one name of the generated package: its imports, module paths and files derive from it.
# Defined before the submodules are imported: they read it from here.
PACKAGE = "telegent._generated"
PACKAGE_PATH = PACKAGE.replace(".", "/")

from .emit import build_surface  # noqa: E402 - needs PACKAGE above

__all__ = ["PACKAGE", "PACKAGE_PATH", "build_surface"]
