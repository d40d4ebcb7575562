"""What applying an overlay did: the patched document and one report per action."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["ActionKind", "ActionReport", "OverlayResult", "action_label", "shorten"]

ActionKind = Literal["update", "remove"]
_MAX_DESCRIPTION = 120


def shorten(text: str, limit: int) -> str:
    """*text* on one line, cut to *limit* characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def action_label(index: int, target: str, description: str | None) -> str:
    """``overlay action 3 (target '$.x', description '...')``: how errors name an action."""
    text = f"overlay action {index} (target {target!r}"
    if description:
        text += f", description {shorten(description, _MAX_DESCRIPTION)!r}"
    return text + ")"


@dataclass(frozen=True, slots=True)
class ActionReport:
    """What one overlay action did when it was applied."""

    index: int
    """0-based position of the action in ``overlay["actions"]``."""
    target: str
    """The action's JSONPath target, as written in the overlay."""
    description: str | None
    """The action's description, if it has one."""
    kind: ActionKind
    """``"remove"`` for ``remove: true``, otherwise ``"update"`` (a copy merges like one)."""
    matched: int
    """Distinct nodes the target selected in the document as it stood when the action ran."""
    changed: bool
    """Whether applying the action changed the document (False: redundant or unmatched)."""
    copy: str | None = None
    """For an Overlay 1.1 copy action, the JSONPath of the node it copies."""
    notes: tuple[str, ...] = ()
    """How the action was read where its Overlay version leaves a case open (a 1.0 update
    of a primitive, say, is applied as 1.1 defines it)."""

    @property
    def label(self) -> str:
        """A one-line human name for the action, e.g. for drift reports and errors."""
        return action_label(self.index, self.target, self.description)


@dataclass(frozen=True, slots=True)
class OverlayResult:
    """The patched document and a report for every action, in overlay order."""

    document: dict[str, Any]
    actions: tuple[ActionReport, ...]
    version: str = "1.0.0"
    """The overlay's ``overlay`` field: which rules were applied."""

    @property
    def redundant(self) -> tuple[ActionReport, ...]:
        """Actions whose target matched but which changed nothing (upstream closed the gap)."""
        return tuple(a for a in self.actions if a.matched > 0 and not a.changed)

    @property
    def notes(self) -> tuple[str, ...]:
        """Every action's notes, each as ``"<action label>: <note>"``."""
        return tuple(f"{a.label}: {note}" for a in self.actions for note in a.notes)

    @property
    def unmatched(self) -> tuple[ActionReport, ...]:
        """Actions whose target selected nothing (a failure only with ``strict=True``)."""
        return tuple(a for a in self.actions if a.matched == 0)
