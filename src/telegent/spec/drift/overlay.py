"""The overlay side of the drift check: which actions a change touches, and overlay health.

Applying the project's overlay to the published spec (``strict=False``) tells whether
regeneration would still work (every target still selects something, every action still
applies) and whether upstream closed a gap the overlay patches (an action that changes
nothing any more). Mapping each change to the actions whose targets cover it lets the
report say "this moved under overlay action 9", which is where a maintainer must look.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from jsonpath import JSONPathError

from ..overlay import ActionReport, OverlayError, OverlayResult
from ..overlay._apply import apply_validated
from ..overlay._jsonpath import compile_target, finditer
from .document import DriftCheckError, escape_pointer
from .rules import Level

__all__ = [
    "ActionScope",
    "OverlayIssue",
    "OverlayRun",
    "action_pointers",
    "action_scopes",
    "apply_to_published",
    "overlay_health",
    "touching",
]

_MAX_LISTED = 3


@dataclass(frozen=True, slots=True)
class OverlayIssue:
    """One overlay-health finding, before it becomes a public ``OverlayFinding``."""

    rule: str
    level: Level
    index: int
    target: str
    description: str | None
    kind: Literal["update", "remove"]
    message: str


@dataclass(frozen=True, slots=True)
class OverlayRun:
    """The overlay applied to the published spec, failures included."""

    result: OverlayResult
    failures: dict[int, str]
    """Actions that raised (index -> one-line message); each was skipped to go on."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def apply_to_published(document: Mapping[str, Any], overlay: Mapping[str, Any]) -> OverlayRun:
    """Apply *overlay* with ``strict=False``; an action that raises is recorded and skipped.

    The overlay is the check's own, validated when it was read (or when the shipped pinned
    side was computed from the same files): it is not schema-checked again here.

    Raises:
        DriftCheckError: an action fails in a way the published spec cannot explain.
    """
    actions = list(overlay.get("actions") or ())
    failures: dict[int, str] = {}
    for _ in range(len(actions) + 1):
        try:
            result = apply_validated(document, {**overlay, "actions": actions}, strict=False)
        except OverlayError as exc:
            index = exc.action_index
            if index is None or index in failures:
                raise DriftCheckError(f"overlay: {_one_line(str(exc))}") from None
            failures[index] = _one_line(str(exc))
            # A description-only action is a valid no-op; the index keeps it unique.
            actions[index] = {"target": "$", "description": f"(failed action {index} skipped)"}
            continue
        return OverlayRun(result=result, failures=failures)
    raise DriftCheckError("overlay: could not be applied")  # pragma: no cover - loop bound


def overlay_health(
    pinned: OverlayResult,
    published: OverlayRun,
    overlay: Mapping[str, Any],
    pinned_raw: Mapping[str, Any],
    published_raw: Mapping[str, Any],
) -> list[OverlayIssue]:
    """Actions that vanished, fail, became redundant or are superseded in the published spec.

    Each is judged against the pinned spec: only what *changed* is reported (an action that
    was already a no-op on the pinned spec is not news).
    """
    issues: list[OverlayIssue] = []
    raw_actions = list(overlay.get("actions") or ())
    for before, after in zip(pinned.actions, published.result.actions, strict=True):

        def issue(rule: str, level: Level, message: str, a: ActionReport = before) -> None:
            issues.append(
                OverlayIssue(rule, level, a.index, a.target, a.description, a.kind, message)
            )

        if before.index in published.failures:
            issue(
                "overlay-action-failed",
                Level.ERR,
                f"cannot be applied to the published spec: {published.failures[before.index]}",
            )
        elif before.matched and not after.matched:
            issue(
                "overlay-target-vanished",
                Level.ERR,
                f"the target selects nothing in the published spec (it selects {before.matched} "
                "node(s) in the pinned one): regeneration would fail; fix or drop the action",
            )
        elif before.changed and not after.changed:
            issue(
                "overlay-action-redundant",
                Level.INFO,
                "changes nothing in the published spec: upstream closed the gap; the action can go",
            )
        elif before.changed and after.changed and before.kind == "update":
            gone = _superseded(raw_actions[before.index], pinned_raw, published_raw)
            if gone:
                listed = ", ".join(gone[:_MAX_LISTED])
                more = f" and {len(gone) - _MAX_LISTED} more" if len(gone) > _MAX_LISTED else ""
                issue(
                    "overlay-action-superseded",
                    Level.INFO,
                    f"the published spec now has {listed}{more}, which this action adds; the "
                    "action only overrides it now: check whether it is still needed",
                )
    return issues


# -------------------------------------------------------------- where actions act


@lru_cache(maxsize=4096)
def _compiled(target: str) -> Any:
    # Each target is selected in several documents: parsed once (None: not a valid path),
    # by the engine's own compiler (strict RFC 9535, so both select the same nodes), whose
    # cache then also holds what the pipeline's application just compiled.
    try:
        return compile_target(target)
    except JSONPathError:
        return None


def _select(target: str, document: Mapping[str, Any]) -> list[tuple[str, Any]]:
    path = _compiled(target)
    if path is None:
        return []
    try:
        return [(str(m.pointer()), m.obj) for m in finditer(path, document)]
    except JSONPathError:
        return []


def _additions(node: Any, update: Any, pointer: str) -> list[str]:
    """Pointers (relative to *node*) of the members *update* would add to *node*."""
    if not isinstance(node, dict) or not isinstance(update, dict):
        return []
    found: list[str] = []
    for key, value in update.items():
        at = f"{pointer}/{escape_pointer(key)}"
        if key not in node:
            found.append(at)
        elif isinstance(value, dict):
            found.extend(_additions(node[key], value, at))
    return found


def _related(one: str, other: str) -> bool:
    """Whether two pointers are equal or one is an ancestor of the other."""
    return one == other or one.startswith(other + "/") or other.startswith(one + "/")


def _superseded(
    action: Mapping[str, Any], pinned_raw: Mapping[str, Any], published_raw: Mapping[str, Any]
) -> list[str]:
    """What the action adds to the pinned spec that the published spec now has itself.

    Judged on the raw documents (targets that only exist after earlier actions are
    skipped), member by member, so the vendor documenting ``ICCID`` shows up even when the
    overlay's ``ICCID`` still overrides a description.
    """
    update = action.get("update")
    target = action.get("target")
    if not isinstance(update, dict) or not isinstance(target, str):
        return []
    added_before = [
        (ptr, rel)
        for ptr, node in _select(target, pinned_raw)
        for rel in _additions(node, update, "")
    ]
    if not added_before:
        return []
    published = _select(target, published_raw)
    still_added = [(ptr, rel) for ptr, node in published for rel in _additions(node, update, "")]
    published_targets = {ptr for ptr, _ in published}
    names: list[str] = []
    for ptr, rel in added_before:
        # Superseded only if nothing at, below or above it is still added: a published
        # `securitySchemes` without `BearerAuth` does not supersede adding BearerAuth, and
        # neither does a published spec without `securitySchemes` at all.
        if ptr in published_targets and not any(
            p == ptr and _related(q, rel) for p, q in still_added
        ):
            # "/properties/ICCID" -> "properties.ICCID", relative to the target.
            name = ".".join(t.replace("~1", "/").replace("~0", "~") for t in rel[1:].split("/"))
            if name not in names:
                names.append(name)
    return names


@dataclass(frozen=True, slots=True)
class ActionScope:
    """The JSON pointers one overlay action writes to, in any of the compared documents."""

    index: int
    description: str | None
    exact: frozenset[str]
    closure: frozenset[str]
    """Every prefix of every pointer in ``exact``: a change *above* what the action writes."""


def _touched(pointer: str, node: Any, update: Any) -> list[str]:
    """The pointers an update writes: the leaves of the merge, not the whole target."""
    if not isinstance(update, dict) or not isinstance(node, dict) or not update:
        return [pointer]
    if "$ref" in update:
        return [pointer]  # a reference replaces the meaning of the whole object
    touched: list[str] = []
    for key, value in update.items():
        at = f"{pointer}/{escape_pointer(key)}"
        if isinstance(value, dict) and isinstance(node.get(key), dict) and value:
            touched.extend(_touched(at, node[key], value))
        else:
            touched.append(at)
    return touched


def _prefixes(pointer: str) -> Iterable[str]:
    while pointer:
        yield pointer
        pointer = pointer.rsplit("/", 1)[0]


def action_pointers(
    overlay: Mapping[str, Any], documents: Sequence[Mapping[str, Any]]
) -> dict[int, frozenset[str]]:
    """Per action of *overlay* (by index), the pointers it writes to in any of *documents*."""
    found: dict[int, frozenset[str]] = {}
    for index, action in enumerate(overlay.get("actions") or ()):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            continue
        exact: set[str] = set()
        for document in documents:
            for pointer, node in _select(action["target"], document):
                if action.get("remove") is True:
                    exact.add(pointer)
                elif "update" in action:
                    exact.update(_touched(pointer, node, action["update"]))
        found[index] = frozenset(exact)
    return found


def action_scopes(
    overlay: Mapping[str, Any],
    documents: Sequence[Mapping[str, Any]],
    *,
    known: Mapping[int, Iterable[str]] | None = None,
) -> list[ActionScope]:
    """Where each action of *overlay* writes, in any of *documents* (raw and patched), plus
    the pointers already *known* for it (the pinned documents', computed at build time)."""
    scopes: list[ActionScope] = []
    actions = list(overlay.get("actions") or ())
    for index, pointers in action_pointers(overlay, documents).items():
        exact = set(pointers) | set((known or {}).get(index, ()))
        exact.discard("")  # the root: everything would be "touched"
        closure = {p for pointer in exact for p in _prefixes(pointer)}
        description = actions[index].get("description")
        scopes.append(
            ActionScope(
                index,
                description if isinstance(description, str) else None,
                frozenset(exact),
                frozenset(closure),
            )
        )
    return scopes


def touching(scopes: Sequence[ActionScope], pointers: Iterable[str]) -> list[ActionScope]:
    """The actions that write at, above or below any of *pointers*."""
    wanted = [p for p in pointers if p]
    found: list[ActionScope] = []
    for scope in scopes:
        for pointer in wanted:
            if pointer in scope.closure or any(p in scope.exact for p in _prefixes(pointer)):
                found.append(scope)
                break
    return found
