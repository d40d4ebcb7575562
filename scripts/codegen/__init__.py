"""The SDK surface generator: reads the patched spec and writes the records, resources,
operation registry and reference (``generated/api.md``) that ``telegent`` loads.

``build_surface(spec)`` returns ``{relative path: bytes}``; ``scripts/regenerate.py``
writes them into the staging tree beside openapi-python-client's output.
"""

from __future__ import annotations

from .emit import build_surface

__all__ = ["build_surface"]
