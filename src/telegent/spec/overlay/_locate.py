"""Where in the overlay file a problem is: ``file:line:column`` for errors.

Positions are found only when there is an error to report: the file's text (kept by
:func:`load_overlay`) is composed again into a YAML node graph (JSON is YAML too), and
the problem's JSON path is followed through it. Nothing is located for an overlay built
in memory.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Any

import yaml

from ._errors import OverlayError

__all__ = ["LoadedOverlay", "located"]

_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# One step of a path as `json_path` writes it: .name, [0] or ['quoted'].
_STEP = re.compile(
    r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]"
)
_PROBLEM = re.compile(r"^(\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]*\])*): ")


class LoadedOverlay(dict[str, Any]):
    """An overlay read from a file or URL: the plain JSON data, and where it came from."""

    def __init__(self, document: dict[str, Any], *, source: str, text: str) -> None:
        super().__init__(document)
        self.source = source
        self.text = text

    @cached_property
    def _root(self) -> yaml.Node | None:
        try:
            return yaml.compose(self.text, Loader=_SafeBase)
        except yaml.YAMLError:
            return None  # JSON that YAML cannot read (a tab in indentation, say)

    def position(self, parts: Sequence[str | int]) -> str:
        """``source:line:column`` of the value at *parts*, or of its nearest ancestor."""
        node = self._root
        for part in parts:
            child = _child(node, part)
            if child is None:
                break
            node = child
        if node is None:
            return self.source
        mark = node.start_mark
        return f"{self.source}:{mark.line + 1}:{mark.column + 1}"


def _child(node: yaml.Node | None, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value  # type: ignore[no-any-return]
    return None


def _parts(path: str) -> list[str | int]:
    """``$.actions[0]['x-y']`` -> ``["actions", 0, "x-y"]``."""
    parts: list[str | int] = []
    for name, index, quoted in _STEP.findall(path):
        parts.append(name or (int(index) if index else ast.literal_eval(quoted)))
    return parts


def located(error: OverlayError, overlay: object) -> OverlayError:
    """*error* with ``file:line:column`` before each problem (or before the action's
    message); *error* itself when the overlay was not read from a file."""
    if not isinstance(overlay, LoadedOverlay):
        return error
    if error.problems:
        problems = [_locate_problem(overlay, p) for p in error.problems]
        head = str(error).split("\n", 1)[0]
        message = head + "".join(f"\n  - {p}" for p in problems)
    elif error.action_index is not None:
        problems = []
        message = f"{overlay.position(['actions', error.action_index])}: {error}"
    else:
        return error
    new = OverlayError(message, problems=problems, action_index=error.action_index)
    new.__cause__ = error.__cause__
    return new


def _locate_problem(overlay: LoadedOverlay, problem: str) -> str:
    found = _PROBLEM.match(problem)
    parts = _parts(found.group(1)) if found else []
    return f"{overlay.position(parts)}: {problem}"
