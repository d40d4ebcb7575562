"""Line numbers for annotations: where a JSON pointer sits in a JSON file, and where an
overlay action starts in its YAML file."""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import yaml

from .document import escape_pointer

__all__ = ["Anchor", "json_pointer_lines", "overlay_action_lines", "display_path"]

# A JSON token: a string, a structural character, or a bare literal (number, true, ...).
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


@dataclass(frozen=True, slots=True)
class Anchor:
    """A file and 1-based line an annotation points at."""

    file: str
    line: int


def display_path(path: str | os.PathLike[str]) -> str:
    """*path* relative to the working directory when inside it (what GitHub expects)."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


@dataclass(slots=True)
class _Frame:
    pointer: str
    is_object: bool
    index: int = 0
    key: str | None = None


def json_pointer_lines(text: str) -> dict[str, int]:
    """JSON pointer -> 1-based line of every member and element of the JSON *text* (the
    line of its key, for object members). *text* must be valid JSON."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    lines: dict[str, int] = {"": 1}
    stack: list[_Frame] = []
    for match in _TOKEN.finditer(text):
        tok, line = match.group(), bisect_right(newlines, match.start()) + 1
        top = stack[-1] if stack else None
        if tok in ":,":
            if tok == "," and top is not None:
                top.index += 1
                top.key = None
            continue
        if tok in "}]":
            stack.pop()
            continue
        if top is not None and top.is_object and top.key is None:
            top.key = json.loads(tok)
            lines[f"{top.pointer}/{escape_pointer(top.key)}"] = line
            continue
        if top is None:
            pointer = ""
        elif top.is_object:
            pointer = f"{top.pointer}/{escape_pointer(top.key or '')}"
        else:
            pointer = f"{top.pointer}/{top.index}"
            lines.setdefault(pointer, line)
        if tok in "{[":
            stack.append(_Frame(pointer, tok == "{"))
    return lines


def line_of(lines: dict[str, int], pointer: str) -> int:
    """The line of *pointer*, else of its nearest ancestor that has one."""
    while pointer and pointer not in lines:
        pointer = pointer.rsplit("/", 1)[0]
    return lines.get(pointer, 1)


def overlay_action_lines(text: str) -> list[int]:
    """1-based line where each action of the overlay YAML *text* starts."""
    # libyaml when present: the overlay is parsed (safely) once already; this pass only
    # needs node positions.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = yaml.compose(text, Loader=loader)
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "actions" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []
