"""Where the pinned spec and the overlay live inside the installed package.

Both files ship as package data (``telegent/spec/_data``) so that the drift check can
run from an installed wheel, far from this repository.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

# In a source checkout these are symlinks to the repository's top-level files, so the
# package never carries a second, hand-copied version of either.
_DATA = Path(__file__).parent / "_data"


def pinned_spec_path() -> Path:
    """Path of the vendor spec this package was generated from."""
    return _DATA / "openapi.json"


def overlay_path() -> Path:
    """Path of the project's OpenAPI Overlay document."""
    return _DATA / "telegent.overlay.yaml"


@cache
def pinned_spec_bytes() -> bytes:
    """The pinned spec exactly as published (its sha256 identifies it)."""
    return pinned_spec_path().read_bytes()


def load_pinned_spec() -> dict[str, Any]:
    """A fresh, mutable copy of the pinned spec."""
    doc: dict[str, Any] = json.loads(pinned_spec_bytes())
    return doc


@cache
def pinned_spec_sha256() -> str:
    """sha256 (hex) of the pinned spec file."""
    return hashlib.sha256(pinned_spec_bytes()).hexdigest()


@cache
def pinned_spec_version() -> str:
    """``info.version`` of the pinned spec, e.g. ``1.0.8``."""
    return str(load_pinned_spec()["info"]["version"])
