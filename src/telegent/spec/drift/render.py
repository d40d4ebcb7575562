"""The drift report's renderings: text, JSON, Markdown (PR comment / job summary) and GitHub
workflow commands (annotations).

Each finding is told in the caller's words first (the SDK methods and record fields it
affects, what breaks, what to do); the maintainer detail (overlay actions) goes under its
own heading. Additions nobody calls yet are summarised, not listed one row each, and GitHub
gets at most :data:`MAX_ANNOTATIONS` annotations (it shows no more per step), the rest
summarised in the last one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from .rules import RULES, Level

if TYPE_CHECKING:
    from .report import Change, DriftReport, OverlayFinding

__all__ = ["FORMATS", "MAX_ANNOTATIONS", "Format", "error_markdown", "render"]

Format = Literal["text", "json", "markdown", "github"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown", "github")
MAX_ANNOTATIONS = 10
_SHA_SHOWN = 12
_LISTED_METHODS = 4
_INFO_ROWS = 15
_COMMANDS = {Level.ERR: "error", Level.WARN: "warning", Level.INFO: "notice"}


def render(report: DriftReport, format: Format) -> str:
    """*report* in *format*."""
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
    return renderer(report)


def error_markdown(message: str) -> str:
    """The Markdown written when the check could not run (exit code 2)."""
    return (
        "### Spec drift: the check could not run\n\n"
        f"```\n{message}\n```\n\n"
        "Exit code 2: nothing was compared. Fix the input above and run it again.\n"
    )


# ------------------------------------------------------------------- shared text


def calls(report: DriftReport, methods: Sequence[str], limit: int | None = None) -> str:
    """``client.a, client.b and 3 more``, or ``every SDK method``."""
    if not methods:
        return "no SDK method"
    if report.all_methods and set(report.all_methods) <= set(methods):
        return "every SDK method"
    shown = list(methods[:limit]) if limit else list(methods)
    more = len(methods) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _is_addition(change: Change) -> bool:
    """An addition no SDK method calls yet: summarised rather than listed."""
    return change.level is Level.INFO and RULES[change.id].adds and not change.methods


def _headline(report: DriftReport) -> str:
    if not report.changes and not report.overlay:
        same = "identical to" if report.identical else "compatible with"
        return f"no drift: the published spec is {same} the pinned one"
    counts = report.summary
    text = ", ".join(f"{counts[level.value]} {level.value}" for level in Level)
    return text + (" (scope: used)" if report.scope == "used" else "")


def _sides(report: DriftReport) -> str:
    def side(name: str, version: str | None, sha: str, source: str) -> str:
        return f"{name} {version or '?'} (sha256 {sha[:_SHA_SHOWN]}, {source})"

    p, q = report.pinned, report.published
    return (
        f"{side('pinned', p.version, p.sha256, p.source)} vs "
        f"{side('published', q.version, q.sha256, q.source)}"
    )


def _caller_text(report: DriftReport, c: Change) -> str:
    text = f"affects {calls(report, c.methods, _LISTED_METHODS)}"
    if c.fields:
        text += f" (fields {', '.join(c.fields[:_LISTED_METHODS])})"
    return f"{text}: {c.impact}. What to do: {c.advice.value}."


def _overlay_caller_text(report: DriftReport, o: OverlayFinding) -> str:
    return f"affects {calls(report, o.methods, _LISTED_METHODS)} after regeneration"


# -------------------------------------------------------------------------- text


def _text(report: DriftReport) -> str:
    out = [f"telegent spec drift: {_sides(report)}"]
    shown = [c for c in report.changes if not _is_addition(c)]
    for level in Level:
        found = [c for c in shown if c.level is level]
        if found:
            out.append(f"{level.value} ({len(found)})")
            for c in found:
                out += [f"  {c.line()}", f"      {_caller_text(report, c)}"]
    added = [c for c in report.changes if _is_addition(c)]
    if added:
        out.append(f"INFO, not called by the SDK yet ({len(added)})")
        out += [f"  {c.line()}" for c in added]
    out += _text_maintainers(report)
    out.append(_headline(report))
    return "\n".join(out) + "\n"


def _text_maintainers(report: DriftReport) -> list[str]:
    touched = [c for c in report.changes if c.overlay_actions or c.overlay_moves]
    if not touched and not report.overlay:
        return []
    out = ["For SDK maintainers (overlay):"]
    for c in touched:
        actions = ", ".join(a.label() for a in c.overlay_actions)
        out.append(f"  [{c.id}] {c.where()}: patched by {actions or 'no action'}")
        out += [
            f"      move action {m.index}: {m.target} -> {m.new_target}" for m in c.overlay_moves
        ]
    for o in report.overlay:
        out += [f"  {o.level.value} {o.line()}", f"      {_overlay_caller_text(report, o)}"]
    return out


def _json(report: DriftReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------- markdown


def _cell(text: str | None) -> str:
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str | None) -> str:
    return f"`{_cell(text)}`" if text else ""


def _md_calls(report: DriftReport, methods: Sequence[str]) -> str:
    text = calls(report, methods, _LISTED_METHODS)
    if text in ("every SDK method", "no SDK method"):
        return text
    shown = [f"`{m}`" for m in methods[:_LISTED_METHODS]]
    more = len(methods) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _md_row(report: DriftReport, c: Change) -> str:
    location = "" if c.location == "operation" else c.location
    where = " ".join(p for p in (_code(c.operation), _code(location)) if p)
    change = f"`{c.id}` {where}: {_cell(c.message)}"
    if c.source == "examples":
        change += " (from the examples)"
    if c.fields:
        change += " Fields: " + ", ".join(f"`{f}`" for f in c.fields[:_LISTED_METHODS]) + "."
    return (
        f"| {c.level.value} | {_md_calls(report, c.methods)} | {change} | {_cell(c.impact)} | "
        f"{c.advice.value} |"
    )


def _markdown(report: DriftReport) -> str:
    clean = not report.changes and not report.overlay
    out = [f"### Spec drift: {'no drift' if clean else _headline(report)}", ""]
    p, q = report.pinned, report.published
    out.append(
        f"Pinned `{p.version or '?'}` (sha256 `{p.sha256[:_SHA_SHOWN]}`) vs published "
        f"`{q.version or '?'}` (sha256 `{q.sha256[:_SHA_SHOWN]}`) from {_code(q.source)}."
    )
    if clean:
        same = "identical to" if report.identical else "compatible with"
        out += ["", f"The published spec is {same} the pinned one."]
    rows = [c for c in report.changes if not _is_addition(c)]
    info = [c for c in rows if c.level is Level.INFO]
    listed = [c for c in rows if c.level is not Level.INFO or len(info) <= _INFO_ROWS]
    if listed:
        out += [
            "",
            "#### What changes for callers",
            "",
            "| Level | SDK methods | Change | For callers | What to do |",
            "|---|---|---|---|---|",
        ]
        out += [_md_row(report, c) for c in listed]
    out += _md_summarised(report, [c for c in rows if c not in listed])
    out += _md_additions([c for c in report.changes if _is_addition(c)])
    out += _md_maintainers(report)
    return "\n".join(out) + "\n"


def _md_summarised(report: DriftReport, changes: list[Change]) -> list[str]:
    if not changes:
        return []
    out = ["", f"#### Other INFO changes ({len(changes)})", ""]
    for rule, count in sorted(Counter(c.id for c in changes).items()):
        methods = list(dict.fromkeys(m for c in changes if c.id == rule for m in c.methods))
        out.append(f"- `{rule}` x {count}: {_md_calls(report, methods)}")
    return out


def _md_additions(changes: list[Change]) -> list[str]:
    if not changes:
        return []
    counts = Counter(c.id for c in changes)
    what = ", ".join(f"{n} `{rule}`" for rule, n in sorted(counts.items()))
    listed = ", ".join(_code(c.where()) for c in changes)
    return [
        "",
        f"#### New in the published spec ({len(changes)} INFO)",
        "",
        f"{what}: no SDK method calls these yet; a release generated from this spec can. "
        "Nothing breaks.",
        "",
        f"<details><summary>The {len(changes)} additions</summary>",
        "",
        listed,
        "",
        "</details>",
    ]


def _md_maintainers(report: DriftReport) -> list[str]:
    touched = [c for c in report.changes if c.overlay_actions or c.overlay_moves]
    if not touched and not report.overlay:
        return []
    out = ["", "#### For SDK maintainers", ""]
    for c in touched:
        actions = ", ".join(_cell(a.label()) for a in c.overlay_actions) or "none"
        out.append(f"- `{c.id}` {_code(c.where())}: {actions}")
        out += [
            f"  - move action {m.index}: {_code(m.target)} to {_code(m.new_target)}"
            for m in c.overlay_moves
        ]
    if report.overlay:
        out += [
            "",
            "| Level | Rule | Action | Target | SDK methods | Finding |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            f"| {o.level.value} | `{o.id}` | {_cell(o.label())} | {_code(o.target)} | "
            f"{_md_calls(report, o.methods)} | {_cell(o.message)} |"
            for o in report.overlay
        ]
    return out


# ------------------------------------------------------------------------ github


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: Level, title: str, message: str, file: str | None, line: int) -> str:
    props = [f"title={_escape_property(title)}"]
    if file:
        props = [f"file={_escape_property(file)}", f"line={line}", *props]
    return f"::{_COMMANDS[level]} {','.join(props)}::{_escape_data(message)}"


def _notes(report: DriftReport) -> list[tuple[Level, str]]:
    """One annotation per finding (additions in one), most severe first."""
    notes: list[tuple[Level, str]] = []
    for c in report.changes:
        if not _is_addition(c):
            file, line = (c.anchor.file, c.anchor.line) if c.anchor else (None, 1)
            text = f"{c.line()} {_caller_text(report, c)}"
            notes.append((c.level, _annotation(c.level, f"spec drift {c.id}", text, file, line)))
    for o in report.overlay:
        file, line = (o.anchor.file, o.anchor.line) if o.anchor else (None, 1)
        text = f"{o.line()} ({_overlay_caller_text(report, o)})"
        notes.append((o.level, _annotation(o.level, f"spec drift {o.id}", text, file, line)))
    added = Counter(c.id for c in report.changes if _is_addition(c))
    if added:
        what = ", ".join(f"{n} {rule}" for rule, n in sorted(added.items()))
        text = f"{what}: no SDK method calls these yet; nothing breaks"
        notes.append((Level.INFO, _annotation(Level.INFO, "spec drift: additions", text, None, 1)))
    return sorted(notes, key=lambda n: -n[0].rank)


def _github(report: DriftReport) -> str:
    notes = _notes(report)
    out = [text for _, text in notes]
    if len(out) > MAX_ANNOTATIONS:
        # GitHub shows no more per step: the last slot summarises the rest.
        rest = notes[MAX_ANNOTATIONS - 1 :]
        counts = Counter(level.value for level, _ in rest)
        summary = ", ".join(f"{counts[lv.value]} {lv.value}" for lv in Level if counts[lv.value])
        text = (
            f"{len(rest)} more findings ({summary}): see the job summary (--format markdown) "
            "or --format text"
        )
        more = _annotation(rest[0][0], "spec drift: more findings", text, None, 1)
        out = [*out[: MAX_ANNOTATIONS - 1], more]
    out.append(f"telegent spec drift: {_headline(report)} ({_sides(report)})")
    return "\n".join(out) + "\n"
