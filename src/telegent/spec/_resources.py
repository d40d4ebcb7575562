"""Where the pinned spec and the overlay live: package data in a wheel, top-level files in a
checkout.

The wheel build copies the repository's ``openapi.json`` and ``overlay/`` into
``telegent/spec/_data/`` (hatchling ``force-include``), so the drift check runs from an
installed package far from this repository. In a source checkout (and an editable install)
those copies do not exist and the top-level files are read instead: the package never
carries a second, hand-kept copy of either, and the tree holds no symlinks.

Only the standard library is used here: ``telegent._version`` reads the spec's identity
for the User-Agent and ``telegent version`` without the ``spec`` extra.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

SPEC_FILE = "openapi.json"
OVERLAY_DIR = "overlay"
OVERLAY_SUFFIX = ".overlay.yaml"
MAIN_OVERLAY = "telegent.overlay.yaml"


def _checkout_root() -> Path | None:
    """The repository root when running from ``src/telegent`` of a checkout, else None."""
    here = Path(__file__).resolve()
    root = here.parents[3]
    if here.parents[2].name == "src" and (root / "pyproject.toml").is_file():
        return root
    return None


def data_file(*parts: str) -> Traversable:
    """A shipped data file or folder (``openapi.json``, ``overlay/...``), wheel or checkout.

    Raises:
        FileNotFoundError: neither the package data nor a checkout has it (a broken install).
    """
    packaged = resources.files("telegent.spec").joinpath("_data", *parts)
    if packaged.is_file() or packaged.is_dir():
        return packaged
    root = _checkout_root()
    if root is not None and root.joinpath(*parts).exists():
        return root.joinpath(*parts)
    raise FileNotFoundError(f"telegent.spec data {'/'.join(parts)!r} is missing from the install")


def _as_path(item: Traversable) -> Path:
    # A wheel installed into site-packages (the only way this package is distributed) is
    # on the file system; a zip import would have to extract first, which nothing needs.
    if not isinstance(item, Path):  # pragma: no cover - zipimport only
        raise FileNotFoundError(f"{item} is not on the file system")
    return item


def pinned_spec_path() -> Path:
    """Path of the vendor spec this package was generated from."""
    return _as_path(data_file(SPEC_FILE))


def overlay_paths() -> list[Path]:
    """The overlay documents, in the order they apply: the hand-written one first, then
    the others by file name (the names overlay, then the responses inferred from both)."""
    folder = data_file(OVERLAY_DIR)
    return sorted(
        (_as_path(f) for f in folder.iterdir() if f.name.endswith(OVERLAY_SUFFIX)),
        key=lambda p: (p.name != MAIN_OVERLAY, p.name),
    )


def overlay_path() -> Path:
    """Path of the project's main OpenAPI Overlay document (``telegent.overlay.yaml``)."""
    return _as_path(data_file(OVERLAY_DIR, MAIN_OVERLAY))


@cache
def pinned_spec_bytes() -> bytes:
    """The pinned spec exactly as published (its sha256 identifies it)."""
    return data_file(SPEC_FILE).read_bytes()


def load_pinned_spec() -> dict[str, Any]:
    """A fresh, mutable copy of the pinned spec."""
    doc: dict[str, Any] = json.loads(pinned_spec_bytes())
    return doc


@cache
def pinned_spec_sha256() -> str:
    """sha256 (hex) of the pinned spec file."""
    return hashlib.sha256(pinned_spec_bytes()).hexdigest()


@cache
def _pinned_info() -> tuple[str, str]:
    info = load_pinned_spec().get("info") or {}
    return str(info.get("title", "")), str(info.get("version", ""))


def pinned_spec_title() -> str:
    """``info.title`` of the pinned spec, e.g. ``mPaaS Core APIs``."""
    return _pinned_info()[0]


def pinned_spec_version() -> str:
    """``info.version`` of the pinned spec, e.g. ``1.0.8``."""
    return _pinned_info()[1]
