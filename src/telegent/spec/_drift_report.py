"""The drift report: its data model and its four renderings (text, JSON, Markdown, GitHub).

The JSON form is documented by ``telegent/spec/_data/drift-report.schema.json`` (shipped
with the package); :data:`REPORT_VERSION` changes only on an incompatible change of it.
Every rendering is deterministic: findings are sorted by level, operation, location, rule.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from ._drift_rules import Level

__all__ = [
    "FORMATS",
    "REPORT_VERSION",
    "Change",
    "DriftReport",
    "OverlayFinding",
    "OverlayRef",
    "SpecInfo",
    "report_schema",
]

REPORT_VERSION = 1
Format = Literal["text", "json", "markdown", "github"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown", "github")
_DESCRIPTION_WIDTH = 60
_SHA_SHOWN = 12


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``--format json``, as shipped in the package."""
    text = resources.files("telegent.spec").joinpath("_data", "drift-report.schema.json")
    schema: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return schema


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
            text += f' ("{_shorten(self.description, _DESCRIPTION_WIDTH)}")'
        return text


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
        }

    def line(self) -> str:
        """One-line human form (without the level)."""
        where = " ".join(p for p in (self.operation, self._location_text()) if p)
        text = f"[{self.id}] {where}: {self.message}"
        if self.source == "examples":
            text += " (from the examples)"
        if self.overlay_actions:
            text += "; patched by " + ", ".join(a.label() for a in self.overlay_actions)
        return text

    def _location_text(self) -> str:
        return "" if self.location == "operation" else self.location


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


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


@dataclass(frozen=True, slots=True)
class DriftReport:
    """The result of a drift check: what changed, and what the overlay says about it."""

    pinned: SpecInfo
    published: SpecInfo
    changes: tuple[Change, ...]
    """Sorted: most severe first, then operation, location, rule id."""
    overlay: tuple[OverlayFinding, ...]
    """Overlay health, sorted: most severe first, then action index."""

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
            "changes": [c.to_dict() for c in self.changes],
            "overlay": [o.to_dict() for o in self.overlay],
            "summary": self.summary,
        }

    def render(self, format: Format = "text") -> str:
        """The report as ``text``, ``json``, ``markdown`` or ``github`` (workflow commands)."""
        renderers: dict[str, Callable[[DriftReport], str]] = {
            "text": _text,
            "json": _json,
            "markdown": _markdown,
            "github": _github,
        }
        try:
            renderer = renderers[format]
        except KeyError:
            raise ValueError(f"unknown format {format!r}; expected one of {FORMATS}") from None
        return renderer(self)

    # ------------------------------------------------------------------ helpers

    def _headline(self) -> str:
        if not self.changes and not self.overlay:
            same = "identical to" if self.identical else "compatible with"
            return f"no drift: the published spec is {same} the pinned one"
        counts = self.summary
        return ", ".join(f"{counts[level.value]} {level.value}" for level in Level)

    def _sides(self) -> str:
        def side(name: str, info: SpecInfo) -> str:
            return (
                f"{name} {info.version or '?'} (sha256 {info.sha256[:_SHA_SHOWN]}, {info.source})"
            )

        return f"{side('pinned', self.pinned)} vs {side('published', self.published)}"

    def _by_level(self) -> list[tuple[Level, list[str]]]:
        groups: list[tuple[Level, list[str]]] = []
        for level in Level:
            lines = [c.line() for c in self.changes if c.level is level]
            lines += [o.line() for o in self.overlay if o.level is level]
            if lines:
                groups.append((level, lines))
        return groups


# -------------------------------------------------------------------- renderers


def _text(report: DriftReport) -> str:
    out = [f"telegent spec drift: {report._sides()}"]
    for level, lines in report._by_level():
        out.append(f"{level.value} ({len(lines)})")
        out.extend(f"  {line}" for line in lines)
    out.append(report._headline())
    return "\n".join(out) + "\n"


def _json(report: DriftReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


def _cell(text: str | None) -> str:
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str | None) -> str:
    return f"`{_cell(text)}`" if text else ""


def _markdown(report: DriftReport) -> str:
    clean = not report.changes and not report.overlay
    out = [f"### Spec drift: {'no drift' if clean else report._headline()}", ""]
    p, q = report.pinned, report.published
    out.append(
        f"Pinned `{p.version or '?'}` (sha256 `{p.sha256[:_SHA_SHOWN]}`) vs published "
        f"`{q.version or '?'}` (sha256 `{q.sha256[:_SHA_SHOWN]}`) from {_code(q.source)}."
    )
    if clean:
        same = "identical to" if report.identical else "compatible with"
        out += ["", f"The published spec is {same} the pinned one."]
    if report.changes:
        out += [
            "",
            "| Level | Rule | Operation | Location | Change | Overlay actions |",
            "|---|---|---|---|---|---|",
        ]
        for c in report.changes:
            message = c.message + (" (from the examples)" if c.source == "examples" else "")
            actions = ", ".join(str(a.index) for a in c.overlay_actions)
            out.append(
                f"| {c.level.value} | `{c.id}` | {_code(c.operation)} | "
                f"{_code(c._location_text())} | {_cell(message)} | {actions} |"
            )
    if report.overlay:
        out += [
            "",
            "#### Overlay health",
            "",
            "| Level | Rule | Action | Target | Finding |",
            "|---|---|---|---|---|",
        ]
        for o in report.overlay:
            out.append(
                f"| {o.level.value} | `{o.id}` | {_cell(o.label())} | {_code(o.target)} | "
                f"{_cell(o.message)} |"
            )
    touched = {a.index: a for c in report.changes for a in c.overlay_actions}
    if touched:
        out += ["", "Overlay actions touched by these changes:", ""]
        out += [f"- {_cell(touched[i].label())}" for i in sorted(touched)]
    return "\n".join(out) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_COMMANDS = {Level.ERR: "error", Level.WARN: "warning", Level.INFO: "notice"}


def _github(report: DriftReport) -> str:
    out: list[str] = []
    for level in Level:  # most severe first, as in the other formats
        for c in (c for c in report.changes if c.level is level):
            title = _escape_property(f"spec drift {c.id}")
            out.append(f"::{_COMMANDS[level]} title={title}::{_escape_data(c.line())}")
        for o in (o for o in report.overlay if o.level is level):
            title = _escape_property(f"spec drift {o.id}")
            out.append(f"::{_COMMANDS[level]} title={title}::{_escape_data(o.line())}")
    out.append(f"telegent spec drift: {report._headline()} ({report._sides()})")
    return "\n".join(out) + "\n"
