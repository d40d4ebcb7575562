"""The pinned side of the drift check, computed once at build time and shipped.

What a default check (the package's own spec and overlays) compares *from* is the same on
every run: the pinned spec, the overlays as one document, the pinned spec with them applied
(and checked), which responses the overlay types, and where each overlay action writes in
the two pinned documents. ``scripts/regenerate.py`` computes it with :func:`side_bytes` into
``generated/drift-pinned.json`` (a wheel ships it as ``telegent/spec/_data/``); a check loads
it only when it was computed from the very files in use -- the sha256 of the pinned spec and
of every overlay file, in order, and this module's :data:`FORMAT` -- and otherwise computes
the side itself, so a stale copy is never used.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .._resources import _checkout_root, load_pinned_spec, pinned_spec_sha256
from ..overlay import ActionReport, OverlayResult
from .findings import Reads
from .lines import Anchor, display_path
from .load import LoadedSpec

__all__ = ["FORMAT", "SHIPPED_NAME", "Overlay", "PinnedSide", "load_shipped", "side_bytes"]

FORMAT = 1
"""Bumped whenever what is shipped, or how it is computed, changes."""
SHIPPED_NAME = "drift-pinned.json"
PINNED_SOURCE = "<package>"


@dataclass(frozen=True, slots=True)
class Overlay:
    """The overlays as one document, with each action's file and line when read from one."""

    document: dict[str, Any]
    anchors: list[Anchor | None]


@dataclass(frozen=True, slots=True)
class PinnedSide:
    """Everything a check derives from the pinned spec and the overlays alone."""

    base: LoadedSpec
    overlay: Overlay
    result: OverlayResult
    """The pinned spec with the overlay applied, and what each action did."""
    reads: Reads
    """The 2xx responses the overlay types (:func:`.client.client_read_responses`)."""
    pointers: dict[int, frozenset[str]]
    """Per overlay action, where it writes in the pinned spec, raw and patched."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _inputs(spec_sha256: str, overlay_files: Sequence[Path]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "spec_sha256": spec_sha256,
        "overlays": [{"name": p.name, "sha256": _sha256(p)} for p in overlay_files],
    }


def side_bytes(side: PinnedSide, overlay_files: Sequence[Path]) -> bytes:
    """*side* (computed from the pinned spec and *overlay_files*) as the shipped JSON."""
    files = {display_path(p): i for i, p in enumerate(overlay_files)}
    anchors = [None if a is None else [files[a.file], a.line] for a in side.overlay.anchors]
    data = {
        **_inputs(side.base.sha256, overlay_files),
        "overlay": side.overlay.document,
        "anchors": anchors,
        "result": {
            "version": side.result.version,
            "actions": [
                [a.index, a.target, a.description, a.kind, a.matched, a.changed, a.copy, a.notes]
                for a in side.result.actions
            ],
            "document": side.result.document,
        },
        "reads": sorted([list(key), status, media] for key, status, media in side.reads),
        "pointers": {str(i): sorted(p) for i, p in sorted(side.pointers.items())},
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def shipped_file() -> Path | None:
    """The shipped pinned side: package data in a wheel, ``generated/`` in a checkout."""
    packaged = resources.files("telegent.spec").joinpath("_data", SHIPPED_NAME)
    if isinstance(packaged, Path) and packaged.is_file():
        return packaged
    root = _checkout_root()
    found = root / "generated" / SHIPPED_NAME if root is not None else None
    return found if found is not None and found.is_file() else None


def _reads(rows: Iterable[Any]) -> Reads:
    return frozenset(((str(k[0]), str(k[1])), str(s), str(m)) for k, s, m in rows)


def load_shipped(overlay_files: Sequence[Path]) -> PinnedSide | None:
    """The shipped side, if it was computed from the pinned spec and *overlay_files* as
    they are now; else None (the caller computes it)."""
    file = shipped_file()
    if file is None:
        return None
    try:
        data = json.loads(file.read_bytes())
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        if {k: data.get(k) for k in ("format", "spec_sha256", "overlays")} != _inputs(
            pinned_spec_sha256(), overlay_files
        ):
            return None
        return _side(data, overlay_files)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # unreadable or malformed: computed instead, never trusted half-way


def _side(data: Mapping[str, Any], overlay_files: Sequence[Path]) -> PinnedSide:
    # The pinned spec itself is read from its own file (its sha256 matched): checked when
    # the side was computed, so not again.
    document = load_pinned_spec()
    version = (document.get("info") or {}).get("version")
    base = LoadedSpec(
        document,
        version if isinstance(version, str) else None,
        pinned_spec_sha256(),
        PINNED_SOURCE,
    )
    names = [display_path(p) for p in overlay_files]
    anchors = [None if a is None else Anchor(names[a[0]], int(a[1])) for a in data["anchors"]]
    result = data["result"]
    actions = tuple(
        ActionReport(i, t, d, k, m, c, cp, tuple(n))
        for i, t, d, k, m, c, cp, n in result["actions"]
    )
    return PinnedSide(
        base=base,
        overlay=Overlay(data["overlay"], anchors),
        result=OverlayResult(result["document"], actions, result["version"]),
        reads=_reads(data["reads"]),
        pointers={int(i): frozenset(p) for i, p in data["pointers"].items()},
    )
