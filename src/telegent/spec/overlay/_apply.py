"""Applying a validated overlay to a document, action by action.

Actions run in order, each against the result of the previous ones, on a private copy of
the document. Per action the engine records how many distinct nodes the target selected
and whether the action changed anything, so callers (the drift check) can spot actions
that upstream made redundant or whose targets vanished.

* ``remove: true`` removes each selected node from its object or array; with ``update``
  or ``copy`` beside it the action is refused. ``remove: false`` removes nothing.
* ``update`` merges its value into each selected node (rules in :mod:`._merge`). Both
  versions get the same rules, Overlay 1.1's, which every major tool also applies to 1.0
  documents: an array value onto an array concatenates, a primitive value replaces a
  primitive. Where a 1.0 document relies on that, the action's report carries a note.
* ``copy`` (1.1) selects exactly one node of the document as it stands and merges a copy
  of it into each target node, by the same rules as ``update``.
* A target that selects nothing changes nothing (Overlay 1.1 says so; 1.0 is silent);
  ``strict=True`` makes it an error instead, the project's pipeline mode.
* 1.1: the nodes one update/copy selects must be all objects, all arrays or all
  primitives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonpath import CompoundJSONPath, JSONPath, JSONPathError, JSONPathMatch

from ._errors import OverlayError
from ._jsonpath import Budget, BudgetExceeded, select, strict_target
from ._locate import located
from ._merge import (
    MergeConflict,
    clone,
    is_primitive,
    json_kind,
    merge_into_array,
    merge_into_object,
    same_scalar,
)
from ._report import ActionKind, ActionReport, OverlayResult, action_label
from ._schema import checked_copy, json_path, validated_copy

__all__ = ["DEFAULT_BUDGET", "apply_overlay"]

DEFAULT_BUDGET = Budget()
_ABSENT: Any = object()
# Overlay 1.0 leaves these cases open (or says otherwise); 1.1 and the major tools agree.
_NOTE_CONCATENATED = (
    "an array update onto an array is concatenated, as Overlay 1.1 and the major tools do "
    "(the 1.0 text appends it as one element)"
)
_NOTE_PRIMITIVE = (
    "a primitive target is replaced, as Overlay 1.1 defines it (Overlay 1.0 does not say)"
)


@dataclass(frozen=True, slots=True)
class _Action:
    """One action of a validated overlay, with its compiled target."""

    index: int
    target: str
    description: str | None
    remove: bool
    update: Any  # _ABSENT when the action has none
    copy: str | None
    path: JSONPath | CompoundJSONPath
    minor: str
    budget: Budget
    deadline: float
    """When the whole overlay's time is up, on ``budget.clock``."""

    @classmethod
    def parse(
        cls, index: int, raw: dict[str, Any], minor: str, budget: Budget, deadline: float
    ) -> _Action:
        _refuse_ambiguous(index, raw)
        for key in ("target", "copy"):
            if raw.get(key) is not None:
                _strict(index, raw, key)
        return cls(
            index=index,
            target=raw["target"],
            description=raw.get("description"),
            remove=raw.get("remove", False) is True,
            update=raw.get("update", _ABSENT),
            copy=raw.get("copy"),
            path=strict_target(raw["target"]),
            minor=minor,
            budget=budget,
            deadline=deadline,
        )

    @property
    def kind(self) -> ActionKind:
        return "remove" if self.remove else "update"

    def error(self, message: str) -> OverlayError:
        label = action_label(self.index, self.target, self.description)
        return OverlayError(f"{label}: {message}", action_index=self.index)

    def select(
        self, query: str, path: JSONPath | CompoundJSONPath, document: Any
    ) -> list[JSONPathMatch]:
        try:
            if self.budget.clock() > self.deadline:
                raise BudgetExceeded(
                    f"was not started: the whole overlay may take {self.budget.total_seconds:g} s"
                )
            return select(path, document, self.budget, self.deadline)
        except BudgetExceeded as exc:
            raise self.error(
                f"evaluating {query!r} {exc}; the query is too costly for this document "
                "(narrow it: fewer '..' segments)"
            ) from None
        except JSONPathError as exc:
            raise self.error(f"evaluating {query!r} failed: {exc}") from exc


def _refuse_ambiguous(index: int, raw: dict[str, Any]) -> None:
    """``remove: true`` with ``update`` or ``copy``: valid by the schema (the text says the
    update is then ignored), but one of the two is a mistake, so neither is guessed at."""
    if raw.get("remove") is True and ("update" in raw or "copy" in raw):
        given = "update" if "update" in raw else "copy"
        raise OverlayError(
            f"{action_label(index, raw['target'], raw.get('description'))}: has remove: "
            f"true and {given}; a removed node is not updated: drop {given}, or drop "
            f"remove and remove the node in an action of its own",
            action_index=index,
        )


def _strict(index: int, raw: dict[str, Any], key: str) -> None:
    """Refuse a target or copy source that RFC 9535 refuses but python-jsonpath reads.

    Checked when applying, not when validating: the official schema tests count the 1.0
    Traits example (``$.paths.*.get[?@.x-oai-traits.paged]``) as a valid overlay.
    """
    query = raw[key]
    try:
        strict_target(query)
    except JSONPathError as exc:
        raise OverlayError(
            f"{action_label(index, raw['target'], raw.get('description'))}: the {key} "
            f"{query!r} is not an RFC 9535 query, and would select nothing or "
            f"something else in other tools: {exc}",
            action_index=index,
        ) from None


def _copy_source(action: _Action, document: dict[str, Any]) -> Any:
    assert action.copy is not None  # only called for copy actions
    found = action.select(action.copy, strict_target(action.copy), document)
    if len(found) != 1:
        raise action.error(
            f"the copy source {action.copy!r} selects {len(found)} nodes; "
            "it must select exactly one"
        )
    return clone(found[0].obj)


def _check_uniform(action: _Action, matches: list[JSONPathMatch]) -> None:
    """1.1: the nodes one update/copy selects are all objects, all arrays or all primitives."""
    kinds = {
        "object" if isinstance(m.obj, dict) else "array" if isinstance(m.obj, list) else "primitive"
        for m in matches
    }
    if len(kinds) > 1:
        raise action.error(
            f"the target selects a mix of {', '.join(sorted(kinds))} nodes; an update or copy "
            "needs them all of one kind"
        )


def _update_node(action: _Action, match: JSONPathMatch, value: Any, notes: set[str]) -> bool:
    node = match.obj
    if isinstance(node, dict):
        if not isinstance(value, dict):
            what = "the copied node" if action.copy else "update"
            raise action.error(
                f"the target selects an object at {match.path}, so {what} must be an object "
                f"to merge into it, not {json_kind(value)}"
            )
        try:
            return merge_into_object(node, value, list(match.parts))
        except MergeConflict as exc:
            raise action.error(
                f"cannot merge {json_kind(exc.new)} into {json_kind(exc.old)} at "
                f"{json_path(exc.where)}; remove the old value in an earlier action to replace it"
            ) from None
    if isinstance(node, list):
        if action.minor == "1.0" and isinstance(value, list):
            notes.add(_NOTE_CONCATENATED)
        return merge_into_array(node, value)
    if action.minor == "1.0":
        notes.add(_NOTE_PRIMITIVE)
    return _replace_primitive(action, match, value)


def _replace_primitive(action: _Action, match: JSONPathMatch, value: Any) -> bool:
    if not is_primitive(value):
        raise action.error(
            f"the target selects {json_kind(match.obj)} at {match.path}, which only a primitive "
            f"value can replace, not {json_kind(value)}"
        )
    if same_scalar(match.obj, value):
        return False
    assert match.parent is not None  # the root is an object, never a primitive
    match.parent.obj[match.parts[-1]] = value  # type: ignore[index]
    return True


def _apply_update(
    action: _Action, matches: list[JSONPathMatch], document: dict[str, Any], notes: set[str]
) -> bool:
    if action.copy is not None:
        value = _copy_source(action, document)
    elif action.update is not _ABSENT:
        value = action.update
    else:
        return False  # neither update, copy nor remove: the action is a no-op
    if action.minor != "1.0":
        _check_uniform(action, matches)
    changed = False
    for match in matches:
        changed = _update_node(action, match, value, notes) or changed
    return changed


def _apply_remove(action: _Action, matches: list[JSONPathMatch]) -> bool:
    # Resolve every (container, key) before deleting anything: the nodelist describes the
    # document as it stood when the action started.
    by_container: dict[int, tuple[dict[str, Any] | list[Any], list[str | int]]] = {}
    for match in matches:
        if match.parent is None or not match.parts:
            raise action.error("the target selects the document root, which cannot be removed")
        container = match.parent.obj
        key = match.parts[-1]
        by_container.setdefault(id(container), (container, []))[1].append(key)  # type: ignore[arg-type]
    for container, keys in by_container.values():
        if isinstance(container, list):
            # Highest index first so earlier deletions do not shift later ones.
            for index in sorted({k for k in keys if isinstance(k, int)}, reverse=True):
                del container[index]
        else:
            for key in keys:
                container.pop(str(key), None)
    return bool(by_container)


def _run(action: _Action, document: dict[str, Any], *, strict: bool) -> ActionReport:
    matches = action.select(action.target, action.path, document)
    if not matches and strict:
        raise action.error(
            "the target selects nothing in the document; fix or drop the action, "
            "or apply without strict mode to report it instead"
        )
    changed = False
    notes: set[str] = set()
    if matches:
        changed = (
            _apply_remove(action, matches)
            if action.remove
            else _apply_update(action, matches, document, notes)
        )
    return ActionReport(
        index=action.index,
        target=action.target,
        description=action.description,
        kind=action.kind,
        copy=action.copy if not action.remove else None,
        matched=len(matches),
        changed=changed,
        notes=tuple(sorted(notes)),
    )


def apply_overlay(
    document: Mapping[str, Any],
    overlay: Mapping[str, Any],
    *,
    strict: bool = False,
    budget: Budget = DEFAULT_BUDGET,
) -> OverlayResult:
    """Apply an Overlay 1.0.x or 1.1.x document to *document* and return the patched copy.

    The overlay is validated first (see :func:`validate_overlay`); its ``overlay`` field
    picks the rules. Neither input is modified.

    Args:
        document: the JSON document to patch (normally an OpenAPI description).
        overlay: the overlay, e.g. from :func:`load_overlay`.
        strict: when True an action whose target selects no node is an error (the
            project's pipeline mode); when False (the Overlay 1.1 rule) it changes nothing
            and is listed in ``OverlayResult.unmatched``.
        budget: the most work one target or copy source may do (nodes, seconds), and the
            most time all of them together may take.

    Raises:
        OverlayError: the overlay is invalid, a target selects nothing (strict mode), a
            query goes over the budget, an update or copy cannot be merged, a copy source
            does not select exactly one node, or a remove targets the root. Messages name
            the action (index, target, description); for an overlay read by
            :func:`load_overlay`, each problem and action error starts with
            ``file:line:column``.
    """
    if not isinstance(document, Mapping):
        raise OverlayError(
            f"the document to patch must be a JSON object, got {type(document).__name__}"
        )
    try:
        return _apply(document, overlay, strict=strict, budget=budget)
    except OverlayError as exc:
        raise located(exc, overlay) from exc.__cause__


def apply_validated(
    document: Mapping[str, Any],
    overlay: Mapping[str, Any],
    *,
    strict: bool = False,
    budget: Budget = DEFAULT_BUDGET,
) -> OverlayResult:
    """:func:`apply_overlay` for an overlay the caller has validated already (the drift
    check's, validated with the pinned side): the same, without the schema check."""
    if not isinstance(document, Mapping):
        raise OverlayError(
            f"the document to patch must be a JSON object, got {type(document).__name__}"
        )
    try:
        return _apply(document, overlay, strict=strict, budget=budget, validated=True)
    except OverlayError as exc:
        raise located(exc, overlay) from exc.__cause__


def _apply(
    document: Mapping[str, Any],
    overlay: Mapping[str, Any],
    *,
    strict: bool,
    budget: Budget,
    validated: bool = False,
) -> OverlayResult:
    checked = validated_copy(overlay) if validated else checked_copy(overlay)
    deadline = budget.clock() + budget.total_seconds
    actions = [
        _Action.parse(i, raw, checked.minor, budget, deadline)
        for i, raw in enumerate(checked.document["actions"])
    ]
    patched: dict[str, Any] = clone(document)
    reports = tuple(_run(action, patched, strict=strict) for action in actions)
    return OverlayResult(document=patched, actions=reports, version=checked.version)
