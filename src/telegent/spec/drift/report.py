"""The drift report's data model and its JSON form.

The JSON form is documented by ``telegent/spec/_data/drift-report.schema.json`` (shipped
with the package); :data:`REPORT_VERSION` changes only on an incompatible change of it.
The renderings (text, JSON, Markdown, GitHub annotations) are :mod:`.render`'s job.
Every rendering is deterministic: findings are sorted by level, operation, location, rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from .lines import Anchor
from .render import FORMATS, Format, render
from .rules import Advice, Level

__all__ = [
    "FORMATS",
    "REPORT_VERSION",
    "Change",
    "DriftReport",
    "Format",
    "OverlayFinding",
    "OverlayMove",
    "OverlayRef",
    "SpecInfo",
    "report_schema",
]

REPORT_VERSION = 1
_DESCRIPTION_WIDTH = 60


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``--format json``, as shipped in the package."""
    text = resources.files("telegent.spec").joinpath("_data", "drift-report.schema.json")
    schema: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return schema


def _anchor_dict(anchor: Anchor | None) -> dict[str, Any] | None:
    return None if anchor is None else {"file": anchor.file, "line": anchor.line}


@dataclass(frozen=True, slots=True)
class SpecInfo:
    """Which spec a side of the comparison is."""

    version: str | None
    """``info.version``."""
    sha256: str
    """sha256 of the file or HTTP body (of the canonical JSON for an in-memory document)."""
    source: str
    """URL or path it was read from (``<package>`` for the pinned spec shipped in the wheel)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form (see the report schema)."""
        return {"version": self.version, "sha256": self.sha256, "source": self.source}


def shorten(text: str, width: int) -> str:
    """*text* on one line, cut to *width* characters with ``...``."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


@dataclass(frozen=True, slots=True)
class OverlayRef:
    """An overlay action a change touches."""

    index: int
    """0-based index in the overlay's ``actions``."""
    description: str | None

    def label(self) -> str:
        """``overlay action 9 ("Undocumented ICCID...")``."""
        text = f"overlay action {self.index}"
        if self.description:
            text += f' ("{shorten(self.description, _DESCRIPTION_WIDTH)}")'
        return text


@dataclass(frozen=True, slots=True)
class OverlayMove:
    """An overlay action whose target must follow a renamed operation."""

    index: int
    target: str
    """The action's target today (it selects nothing in the published spec)."""
    new_target: str
    """The same target written for the new path."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form (see the report schema)."""
        return {"index": self.index, "target": self.target, "new_target": self.new_target}


@dataclass(frozen=True, slots=True)
class Change:
    """One change between the pinned and the published spec."""

    id: str
    """Rule id, e.g. ``response-property-removed`` (see ``RULES``)."""
    level: Level
    operation: str | None
    """``"GET /v1.0/numbers/inventory"``; None for a document-wide change (servers)."""
    location: str
    """Where in the operation, e.g. ``response.200[application/json].PhoneNumbers[].Iccid``."""
    message: str
    overlay_actions: tuple[OverlayRef, ...] = ()
    """The overlay actions that write where this change is."""
    source: Literal["spec", "examples"] = "spec"
    """``examples`` when only the published examples show the change."""
    methods: tuple[str, ...] = ()
    """The SDK methods it affects (``client.orders.wait``)."""
    fields: tuple[str, ...] = ()
    """The record fields it affects (``OrderDetails.order_status``)."""
    impact: str = ""
    """What it does to a caller of those methods."""
    advice: Advice = Advice.NOTHING
    """What to do: nothing, upgrade, or wait for a release."""
    renamed_from: str | None = None
    """For a rename: the operation (or location) before it."""
    related: str | None = None
    """A pinned operation this one relates to (its path differs in letter case only)."""
    overlay_moves: tuple[OverlayMove, ...] = ()
    """For a rename: the overlay actions whose targets must move with it."""
    anchor: Anchor | None = None
    """Where to annotate it: the overlay action or the pinned spec's line."""

    def sort_key(self) -> tuple[int, str, str, str, str]:
        """Deterministic order: most severe first, then operation, location, rule."""
        path, method = _split_operation(self.operation)
        return (-self.level.rank, path, method, self.location, self.id)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (see the report schema)."""
        return {
            "id": self.id,
            "level": self.level.value,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
            "source": self.source,
            "overlay_actions": [
                {"index": a.index, "description": a.description} for a in self.overlay_actions
            ],
            "methods": list(self.methods),
            "fields": list(self.fields),
            "impact": self.impact,
            "advice": self.advice.value,
            "renamed_from": self.renamed_from,
            "related": self.related,
            "overlay_moves": [m.to_dict() for m in self.overlay_moves],
            "anchor": _anchor_dict(self.anchor),
        }

    def where(self) -> str:
        """``POST /v1.0/numbers/status request.body[application/json].X`` (without
        ``operation``)."""
        location = "" if self.location == "operation" else self.location
        return " ".join(p for p in (self.operation, location) if p)

    def line(self) -> str:
        """One-line human form (without the level and the maintainer detail)."""
        text = f"[{self.id}] {self.where()}: {self.message}"
        if self.source == "examples":
            text += " (from the examples)"
        return text


@dataclass(frozen=True, slots=True)
class OverlayFinding:
    """What applying the project's overlay to the published spec says."""

    id: str
    level: Level
    index: int
    """0-based index of the action in the overlay's ``actions``."""
    target: str
    description: str | None
    kind: Literal["update", "remove"]
    message: str
    methods: tuple[str, ...] = ()
    """The SDK methods generated from what the action patches."""
    anchor: Anchor | None = None
    """The action in the overlay file."""

    def sort_key(self) -> tuple[int, int, str]:
        """Most severe first, then overlay order."""
        return (-self.level.rank, self.index, self.id)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (see the report schema)."""
        return {
            "id": self.id,
            "level": self.level.value,
            "index": self.index,
            "target": self.target,
            "description": self.description,
            "kind": self.kind,
            "message": self.message,
            "methods": list(self.methods),
            "anchor": _anchor_dict(self.anchor),
        }

    def label(self) -> str:
        """The action, for humans."""
        return OverlayRef(self.index, self.description).label()

    def line(self) -> str:
        """One-line human form (without the level)."""
        return f"[{self.id}] {self.label()} (target {self.target}): {self.message}"


def _split_operation(operation: str | None) -> tuple[str, str]:
    """``"GET /x"`` -> ``("/x", "GET")``; document-wide changes sort first."""
    if not operation:
        return "", ""
    method, _, path = operation.partition(" ")
    return path, method


@dataclass(frozen=True, slots=True)
class DriftReport:
    """The result of a drift check: what changed, and what the overlay says about it."""

    pinned: SpecInfo
    published: SpecInfo
    changes: tuple[Change, ...]
    """Sorted: most severe first, then operation, location, rule id."""
    overlay: tuple[OverlayFinding, ...]
    """Overlay health, sorted: most severe first, then action index."""
    scope: Literal["all", "used"] = "all"
    """``used``: only changes to the operations the hand-written helpers (or the methods
    given) use, and document-wide ones."""
    all_methods: tuple[str, ...] = ()
    """Every SDK method (so renderings can say "every method" instead of listing them)."""

    @property
    def summary(self) -> dict[str, int]:
        """Count per level, changes and overlay findings: ``{"ERR": n, "WARN": n, "INFO": n}``."""
        counts = {level.value: 0 for level in Level}
        for level in self._levels():
            counts[level.value] += 1
        return counts

    def _levels(self) -> list[Level]:
        return [c.level for c in self.changes] + [o.level for o in self.overlay]

    @property
    def worst(self) -> Level | None:
        """The most severe level found, or None when nothing was found."""
        levels = self._levels()
        return max(levels, key=lambda level: level.rank) if levels else None

    @property
    def identical(self) -> bool:
        """Whether the two specs are byte-for-byte the same."""
        return self.pinned.sha256 == self.published.sha256

    def fails(self, fail_on: Level = Level.ERR) -> bool:
        """Whether anything was found at or above *fail_on* (the CLI then exits 1)."""
        worst = self.worst
        return worst is not None and worst.rank >= fail_on.rank

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, valid against ``drift-report.schema.json``."""
        return {
            "report_version": REPORT_VERSION,
            "pinned": self.pinned.to_dict(),
            "published": self.published.to_dict(),
            "scope": self.scope,
            "changes": [c.to_dict() for c in self.changes],
            "overlay": [o.to_dict() for o in self.overlay],
            "summary": self.summary,
        }

    def render(self, format: Format = "text") -> str:
        """The report as ``text``, ``json``, ``markdown`` or ``github`` (workflow commands)."""
        return render(self, format)
