"""The package version, and the vendor spec it was generated from.

Versioning scheme (README "Install, pin, upgrade"): the SDK version is semver of its own;
the vendor spec it was built from is not part of that string but travels with it:
``telegent.__spec_version__`` / ``__spec_sha256__``, :func:`version_info` (what
``telegent version --json`` prints), the User-Agent, and the wheel's keywords.

``__version__`` is written out rather than read from the installed metadata at import time
(``importlib.metadata.version`` scans the installed distributions: several ms of every
``import telegent``). A test checks it against the installed distribution's metadata, so it
cannot drift from pyproject.toml unnoticed. Nothing here needs the ``spec`` extra.
"""

from __future__ import annotations

import importlib
import platform
from functools import cache
from typing import Any, NamedTuple

__title__ = "telegent-mpaas"
__version__ = "0.1.0"

# Written by scripts/regenerate.py next to the generated client (SPEC_TITLE, SPEC_VERSION,
# SPEC_SHA256): constants, so the User-Agent needs no read of the ~2 MB spec. Until a
# generated tree has it, the pinned spec file is read once instead.
_GENERATED_SPEC_MODULE = "telegent._generated._spec"


class SpecInfo(NamedTuple):
    """Which vendor spec this package was generated from."""

    title: str
    """``info.title``, e.g. ``mPaaS Core APIs``."""
    version: str
    """``info.version``, e.g. ``1.0.8``."""
    sha256: str
    """sha256 (hex) of the pinned ``openapi.json``, byte for byte as published."""


@cache
def spec_info() -> SpecInfo:
    """The pinned vendor spec's title, version and sha256 (cached; no extra needed)."""
    try:
        generated: Any = importlib.import_module(_GENERATED_SPEC_MODULE)
    except ModuleNotFoundError:
        from .spec import _resources  # noqa: PLC0415 - standard library only, read on demand

        return SpecInfo(
            _resources.pinned_spec_title(),
            _resources.pinned_spec_version(),
            _resources.pinned_spec_sha256(),
        )
    return SpecInfo(
        str(generated.SPEC_TITLE), str(generated.SPEC_VERSION), str(generated.SPEC_SHA256)
    )


def version_info() -> dict[str, Any]:
    """What ``telegent version --json`` prints: the SDK and the spec it was built from.

    ``{"name": "telegent-mpaas", "version": "0.1.0", "spec": {"title": ..., "version":
    "1.0.8", "sha256": ...}, "python": "3.12.3"}``
    """
    spec = spec_info()
    return {
        "name": __title__,
        "version": __version__,
        "spec": {"title": spec.title, "version": spec.version, "sha256": spec.sha256},
        "python": platform.python_version(),
    }
