"""CHANGELOG entries and version proposals written from a drift report.

When ``scripts/regenerate.py --fetch`` brings in a new vendor spec, it runs the drift check
between the pinned spec and the new one and calls :func:`record_spec_update`, which
writes what changed *for this client* into ``CHANGELOG.md`` and proposes the next SDK
version (:func:`propose_bump`):

- any ERR finding (a change that breaks the installed client or its regeneration): major;
- a new operation, or any WARN finding: minor;
- anything else (INFO only, or nothing but the bytes): patch;
- whatever the findings, a spec whose generated code is identical to the current one's
  (a server URL, a description): patch, since nothing changes for callers.

Besides the drift report, ``scripts/regenerate.py`` passes what it alone knows
(:class:`SdkChanges`): the SDK method each operation becomes, the signature changes (from
both specs through the code generator), the vendor extras the project relied on that the new
spec dropped, and whether the generated code is identical.

Entries go under ``## [Unreleased]``, one ``### Vendor spec <old> → <new>`` block per spec
update, below a ``Proposed next version`` line that always reflects the largest bump since
the last release (``__version__``). Releasing means renaming that section to the version
and date, and setting ``__version__`` to it (README, "Install, pin, upgrade").
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .drift.extras import package_relied_on_extensions

if TYPE_CHECKING:
    from .drift.report import Change, DriftReport, OverlayFinding

__all__ = [
    "Bump",
    "SdkChanges",
    "extras_removed",
    "SpecUpdate",
    "bump_reason",
    "next_version",
    "propose_bump",
    "record_spec_update",
    "render_entry",
    "update_changelog",
]

ADDED_OPERATION_RULES = frozenset({"api-path-added", "api-operation-added"})
REMOVED_OPERATION_RULES = frozenset({"api-path-removed", "api-operation-removed"})
REDUNDANT_OVERLAY_RULES = frozenset({"overlay-action-redundant", "overlay-action-superseded"})

UNRELEASED = "## [Unreleased]"
_PROPOSED = re.compile(
    r"^Proposed next version: \*\*(?P<version>[^*\n]+)\*\* \((?P<bump>\w+) [^\n]*\n?", re.M
)
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_SHA = 12


class Bump(enum.IntEnum):
    """How far the SDK version moves; ordered, so ``max()`` combines bumps."""

    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        """``major``, ``minor`` or ``patch``."""
        return self.name.lower()


def _level(item: Change | OverlayFinding) -> str:
    return str(item.level.value)


def _added(report: DriftReport) -> list[Change]:
    return [c for c in report.changes if c.id in ADDED_OPERATION_RULES]


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def extras_removed(
    old: Mapping[str, Any], new: Mapping[str, Any], relied: Mapping[str, str] | None = None
) -> list[str]:
    """One line per relied-on extension that operations of *old* carry and *new* dropped.

    *relied*: extension -> what for; default: the overlay's declaration
    (:func:`telegent.spec.drift.extras.package_relied_on_extensions`).
    """
    declared = package_relied_on_extensions() if relied is None else relied
    lost: dict[str, int] = {}
    new_paths = new.get("paths") or {}
    for path, item in (old.get("paths") or {}).items():
        after_item = new_paths.get(path)
        if not isinstance(item, Mapping) or not isinstance(after_item, Mapping):
            continue
        for method in _METHODS:
            before, after = item.get(method), after_item.get(method)
            if isinstance(before, Mapping) and isinstance(after, Mapping):
                for key in declared:
                    if key in before and key not in after:
                        lost[key] = lost.get(key, 0) + 1
    return [
        f"`{key}` removed from {n} operation(s): the project relied on it for {declared[key]}"
        for key, n in sorted(lost.items())
    ]


@dataclass(frozen=True, slots=True)
class SdkChanges:
    """What the update does to the generated SDK (known to the pipeline, not the drift check)."""

    calls: Mapping[str, str] = field(default_factory=dict)
    """Operation (``GET /v1.0/numbers``) -> the SDK method it becomes (``client.numbers.get``)."""
    signatures: tuple[str, ...] = ()
    """``client.webhooks.list gains body= (optional) (a GET with a body)``, ..."""
    extras_removed: tuple[str, ...] = ()
    code_identical: bool = False
    """The generated code is byte-identical: nothing changes for callers."""


def propose_bump(report: DriftReport, sdk: SdkChanges | None = None) -> Bump:
    """Generated code identical: patch; else ERR anywhere: major; a new operation or any
    WARN: minor; otherwise patch."""
    if sdk is not None and sdk.code_identical:
        return Bump.PATCH
    levels = {_level(c) for c in report.changes} | {_level(o) for o in report.overlay}
    if "ERR" in levels:
        return Bump.MAJOR
    if "WARN" in levels or _added(report):
        return Bump.MINOR
    return Bump.PATCH


def bump_reason(report: DriftReport, sdk: SdkChanges | None = None) -> str:
    """Why :func:`propose_bump` chose what it chose, in a few words."""
    if sdk is not None and sdk.code_identical:
        return "the generated code is identical: nothing changes for callers"
    counts = report.summary
    if counts["ERR"]:
        return f"{counts['ERR']} ERR finding(s): the new spec breaks this client"
    added, warn = len(_added(report)), counts["WARN"]
    parts = [f"{added} new operation(s)"] if added else []
    parts += [f"{warn} WARN finding(s)"] if warn else []
    if parts:
        return " and ".join(parts)
    return "no change that affects the client's API"


def next_version(current: str, bump: Bump) -> str:
    """Semver bump of *current* (``MAJOR.MINOR.PATCH``); ``ValueError`` names a bad version."""
    match = _SEMVER.match(current.strip())
    if not match:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {current!r}")
    major, minor, patch = (int(g) for g in match.groups())
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True, slots=True)
class SpecUpdate:
    """What :func:`record_spec_update` wrote."""

    bump: Bump
    """The bump this spec update alone calls for."""
    version: str
    """The proposed next version, combining every update since the last release."""
    entry: str
    """The ``### Vendor spec ...`` block (Markdown) added to the changelog."""
    changelog: str
    """The whole new changelog text."""


def _bullets(lines: Iterable[str]) -> list[str]:
    return [f"- {' '.join(line.split())}" for line in lines]


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", f"#### {title}", "", *_bullets(lines)] if lines else []


def _operation_line(change: Change, sdk: SdkChanges) -> str:
    if not change.operation:
        return change.line()
    method = sdk.calls.get(change.operation) or ", ".join(change.methods)
    return f"`{method}` (`{change.operation}`)" if method else f"`{change.operation}`"


def _select(report: DriftReport, keep: Callable[[Change], bool]) -> list[str]:
    """Each change kept, led by the SDK methods it affects (unless it is all of them)."""
    lines = []
    for c in report.changes:
        if keep(c):
            every = bool(report.all_methods) and set(report.all_methods) <= set(c.methods)
            named = "every SDK method" if every else ", ".join(f"`{m}`" for m in c.methods)
            lines.append(f"{named}: {c.line()}" if named else c.line())
    return lines


def render_entry(
    report: DriftReport, *, date: str, bump: Bump | None = None, sdk: SdkChanges | None = None
) -> str:
    """The changelog block for one spec update (Markdown, deterministic)."""
    sdk = sdk or SdkChanges()
    bump = propose_bump(report, sdk) if bump is None else bump
    old, new = report.pinned, report.published
    counts = report.summary
    head = [
        f"### Vendor spec {old.version or '?'} → {new.version or '?'} ({date})",
        "",
        f"Spec sha256 `{old.sha256[:_SHA]}` → `{new.sha256[:_SHA]}`; drift check: "
        f"{counts['ERR']} ERR, {counts['WARN']} WARN, {counts['INFO']} INFO; "
        f"{bump.label} bump ({bump_reason(report, sdk)}).",
    ]
    listed = ADDED_OPERATION_RULES | REMOVED_OPERATION_RULES
    body = (
        _section(
            "Breaking changes for this client",
            _select(report, lambda c: _level(c) == "ERR" and c.id not in listed)
            + [o.line() for o in report.overlay if _level(o) == "ERR"],
        )
        + _section(
            "SDK methods added",
            [_operation_line(c, sdk) for c in report.changes if c.id in ADDED_OPERATION_RULES],
        )
        + _section(
            "SDK methods removed (breaking)",
            [_operation_line(c, sdk) for c in report.changes if c.id in REMOVED_OPERATION_RULES],
        )
        + _section("Signature changes", [f"`{line}`" for line in sdk.signatures])
        + _section("Vendor extras the project relied on, removed", list(sdk.extras_removed))
        + _section("May break (WARN)", _select(report, lambda c: _level(c) == "WARN"))
        + _section(
            "Overlay actions that became redundant",
            [
                f"{o.label()}: {o.message}"
                for o in report.overlay
                if o.id in REDUNDANT_OVERLAY_RULES
            ],
        )
        + _section(
            "Other changes (INFO)",
            _select(report, lambda c: _level(c) == "INFO" and c.id not in listed),
        )
    )
    if not report.changes and not report.overlay and not sdk.signatures:
        body = [
            "",
            "No finding: the drift check sees nothing in this update that affects the client.",
        ]
    return "\n".join(head + body) + "\n"


def _unreleased_span(text: str) -> tuple[int, int] | None:
    start = text.find(UNRELEASED + "\n")
    if start < 0:
        return None
    nxt = re.compile(r"^## ", re.M).search(text, start + len(UNRELEASED))
    return start, nxt.start() if nxt else len(text)


def _proposal_line(version: str, bump: Bump, current: str) -> str:
    return (
        f"Proposed next version: **{version}** ({bump.label} bump from {current}; written by "
        "`scripts/regenerate.py --fetch` from the drift reports below)"
    )


def update_changelog(text: str, entry: str, *, current_version: str, bump: Bump) -> tuple[str, str]:
    """Add *entry* under ``## [Unreleased]``; returns (new text, proposed version).

    The proposal combines *bump* with the one already proposed there (the larger wins),
    always counted from *current_version*, the last release.
    """
    span = _unreleased_span(text)
    if span is None:
        # A new Unreleased section goes above the newest release (or at the end).
        first = re.compile(r"^## ", re.M).search(text)
        at = first.start() if first else len(text.rstrip("\n")) + 1
        prefix = text[:at].rstrip("\n") + "\n\n" if text.strip() else "# Changelog\n\n"
        text = prefix + UNRELEASED + "\n\n" + text[at:]
        span = _unreleased_span(text)
        assert span is not None
    start, end = span
    section = text[start:end]
    found = _PROPOSED.search(section)
    if found and found.group("bump").upper() in Bump.__members__:
        bump = max(bump, Bump[found.group("bump").upper()])
    version = next_version(current_version, bump)
    line = _proposal_line(version, bump, current_version)
    body = section[len(UNRELEASED) :].strip("\n")
    if found:
        body = _PROPOSED.sub("", body, count=1).strip("\n")
    # Newest spec update first, right under the proposal; hand-written notes stay below.
    parts = [UNRELEASED, line, entry.strip("\n")] + ([body] if body else [])
    new_section = "\n\n".join(parts) + "\n\n"
    return text[:start] + new_section + text[end:].lstrip("\n"), version


def record_spec_update(
    changelog: str,
    report: DriftReport,
    *,
    current_version: str,
    date: str,
    sdk: SdkChanges | None = None,
) -> SpecUpdate:
    """The changelog with this spec update recorded, and the proposed next version."""
    bump = propose_bump(report, sdk)
    entry = render_entry(report, date=date, bump=bump, sdk=sdk)
    text, version = update_changelog(changelog, entry, current_version=current_version, bump=bump)
    return SpecUpdate(bump=bump, version=version, entry=entry, changelog=text)
