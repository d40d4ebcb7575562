"""OpenAPI Overlay 1.0.0 engine: validate an overlay, then apply its actions to a document.

Targets are RFC 9535 JSONPath queries, evaluated by ``python-jsonpath`` in its strict
(RFC 9535) mode. Merge rules follow the Overlay Specification 1.0.0:

* ``update`` on an object merges recursively: new members are appended in the update's
  order, nested objects are merged, primitive values are replaced and nested arrays are
  concatenated (the rule Overlay 1.1 spells out; 1.0 only says "recursively merged").
  Any other pairing (say an object onto a string) is an error, as in Overlay 1.1.
* ``update`` on an array appends the update value to it as one new element.
* ``update`` on a primitive or null node is an error (1.0: targets are objects or arrays).
* ``remove: true`` removes each selected node from its object or array; ``update`` is
  then ignored. ``remove: false`` removes nothing.

Actions run in order, each against the result of the previous ones. The engine works on
its own copy of the inputs, and reports per action how many nodes the target selected and
whether the action changed anything, so callers (the drift check) can spot actions that
upstream made redundant or whose targets vanished.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from jsonpath import CompoundJSONPath, JSONPath, JSONPathEnvironment, JSONPathError
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "ActionReport",
    "OverlayError",
    "OverlayResult",
    "apply_overlay",
    "load_overlay",
    "validate_overlay",
]

_SCHEMA_FILE = "overlay-1.0.schema.json"
# Long reprs (a whole actions list in a uniqueItems error, say) would drown the message.
_MAX_DETAIL = 300
_MAX_DESCRIPTION = 120
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

# strict=True: RFC 9535 only (no `|` unions, no non-standard functions or selectors,
# a leading `$` is required), so targets mean the same in every compliant tool.
_JSONPATH = JSONPathEnvironment(strict=True)


class OverlayError(ValueError):
    """An overlay that is invalid, or that cannot be applied to the document.

    Attributes:
        problems: every individual problem found (schema violations, bad JSONPath), each
            prefixed with the JSON path of the offending value; empty for single errors.
        action_index: 0-based index of the action that failed, when one did.
    """

    def __init__(
        self,
        message: str,
        *,
        problems: Sequence[str] = (),
        action_index: int | None = None,
    ) -> None:
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems)
        self.action_index: int | None = action_index


@dataclass(frozen=True, slots=True)
class ActionReport:
    """What one overlay action did when it was applied."""

    index: int
    """0-based position of the action in ``overlay["actions"]``."""
    target: str
    """The action's JSONPath target, as written in the overlay."""
    description: str | None
    """The action's description, if it has one."""
    kind: Literal["update", "remove"]
    """``"remove"`` for ``remove: true``, otherwise ``"update"``."""
    matched: int
    """Distinct nodes the target selected in the document as it stood when the action ran."""
    changed: bool
    """Whether applying the action changed the document (False: redundant or unmatched)."""

    @property
    def label(self) -> str:
        """A one-line human name for the action, e.g. for drift reports and errors."""
        return _label(self.index, self.target, self.description)


@dataclass(frozen=True, slots=True)
class OverlayResult:
    """The patched document and a report for every action, in overlay order."""

    document: dict[str, Any]
    actions: tuple[ActionReport, ...]

    @property
    def redundant(self) -> tuple[ActionReport, ...]:
        """Actions whose target matched but which changed nothing (upstream closed the gap)."""
        return tuple(a for a in self.actions if a.matched > 0 and not a.changed)

    @property
    def unmatched(self) -> tuple[ActionReport, ...]:
        """Actions whose target selected nothing (only possible with ``strict=False``)."""
        return tuple(a for a in self.actions if a.matched == 0)


# --------------------------------------------------------------------------- loading


class _OverlayLoader(yaml.SafeLoader):
    """SafeLoader that yields JSON-shaped data and rejects duplicate keys."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)  # resolves `<<` merge keys
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            # JSON keys are strings: an unquoted `200:` (a response code) must stay "200",
            # not become the int 200 next to the spec's "200".
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found a non-scalar key",
                    key_node.start_mark,
                )
            key = key_node.value
        if key in result:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _construct_timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # A date such as `version: 2024-05-01` stays a string, as it would in JSON.
    return loader.construct_scalar(node)


_OverlayLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)
_OverlayLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    _construct_timestamp_as_text,
)


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def load_overlay(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an overlay document from a YAML or JSON file.

    The format is chosen by content (a document whose first character is ``{`` is parsed
    as JSON, anything else as YAML), not by file extension. Mapping keys are always
    strings, dates stay strings and duplicate keys are rejected, so the result is plain
    JSON data. The document is only parsed here: :func:`validate_overlay` (which
    :func:`apply_overlay` also runs) checks it against the Overlay 1.0 schema.

    Raises:
        OverlayError: the file cannot be read, is not valid YAML/JSON, or its top level is
            not a mapping; the message names the file.
    """
    where = os.fspath(path)
    try:
        text = Path(where).read_text(encoding="utf-8")
    except OSError as exc:
        raise OverlayError(f"cannot read overlay file {where!r}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise OverlayError(f"overlay file {where!r} is not UTF-8 text: {exc}") from exc

    text = text.removeprefix("\ufeff")
    data: object
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
        except json.JSONDecodeError as exc:
            raise OverlayError(
                f"overlay file {where!r} is not valid JSON: {exc.msg} "
                f"(line {exc.lineno}, column {exc.colno})"
            ) from exc
        except ValueError as exc:  # from _reject_duplicate_keys
            raise OverlayError(f"overlay file {where!r} is not valid JSON: {exc}") from exc
    else:
        try:
            data = yaml.load(text, Loader=_OverlayLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as exc:
            raise OverlayError(f"overlay file {where!r} is not valid YAML: {exc}") from exc

    if not isinstance(data, dict):
        found = "an empty document" if data is None else f"a {type(data).__name__}"
        raise OverlayError(
            f"overlay file {where!r} must hold a mapping at the top level, found {found}"
        )
    return data


# ------------------------------------------------------------------------ validation


@cache
def _schema_validator() -> Any:
    text = resources.files("telegent.spec").joinpath("_data", _SCHEMA_FILE).read_text("utf-8")
    return Draft202012Validator(json.loads(text))


@lru_cache(maxsize=1024)
def _compile(target: str) -> JSONPath | CompoundJSONPath:
    # Cached: the drift check and the regeneration pipeline apply the same overlay often.
    return _JSONPATH.compile(target)


def _json_path(parts: Iterable[object]) -> str:
    """Render a location as a JSONPath, e.g. ``$.actions[0]['x-y']``."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif isinstance(part, str) and _IDENTIFIER.fullmatch(part):
            out.append(f".{part}")
        else:
            out.append("[" + repr(str(part)) + "]")
    return "".join(out)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _non_json_values(value: object, parts: tuple[object, ...]) -> Iterator[str]:
    """Problems for anything JSON cannot represent (non-string keys, sets, dates...)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                yield f"{_json_path(parts)}: key {key!r} is not a string"
                continue
            yield from _non_json_values(item, (*parts, key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _non_json_values(item, (*parts, i))
    elif value is not None and not isinstance(value, str | int | float | bool):
        yield f"{_json_path(parts)}: {type(value).__name__} is not a JSON value"


def _checked_copy(overlay: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the overlay and return a private, plain-JSON copy of it."""
    if not isinstance(overlay, Mapping):
        raise OverlayError(
            f"an overlay must be a mapping, got {type(overlay).__name__}",
            problems=[f"$: {type(overlay).__name__} is not an object"],
        )
    problems = list(_non_json_values(overlay, ()))
    if problems:
        raise _invalid(problems)
    copy: dict[str, Any] = _clone(overlay)

    schema_errors = sorted(
        _schema_validator().iter_errors(copy),
        key=lambda e: (_json_path(e.absolute_path), e.message),
    )
    problems = [_schema_problem(e) for e in schema_errors]
    actions = copy.get("actions")
    if isinstance(actions, list):
        for i, action in enumerate(actions):
            target = action.get("target") if isinstance(action, dict) else None
            if not isinstance(target, str) or not target.startswith("$"):
                continue  # the schema already reported it
            try:
                _compile(target)
            except JSONPathError as exc:
                first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                problems.append(
                    f"{_json_path(('actions', i, 'target'))}: {target!r} is not an "
                    f"RFC 9535 JSONPath query: {first_line}"
                )
    if problems:
        raise _invalid(problems)
    return copy


def _schema_problem(error: Any) -> str:
    where = _json_path(error.absolute_path)
    if error.validator == "uniqueItems" and isinstance(error.instance, list):
        # The stock message reprs the whole array; name the repeated items instead.
        items = error.instance
        pairs = [
            f"[{j}] repeats [{i}]"
            for j in range(len(items))
            for i in range(j)
            if items[i] == items[j]
        ]
        if pairs:
            return f"{where}: items must be unique: {', '.join(pairs)}"
    return f"{where}: {_shorten(error.message, _MAX_DETAIL)}"


def _invalid(problems: Sequence[str]) -> OverlayError:
    listing = "\n".join(f"  - {p}" for p in problems)
    return OverlayError(
        f"not a valid Overlay 1.0 document ({len(problems)} problem"
        f"{'' if len(problems) == 1 else 's'}):\n{listing}",
        problems=problems,
    )


def validate_overlay(overlay: Mapping[str, Any]) -> None:
    """Check an overlay against the Overlay 1.0 JSON Schema (draft 2020-12).

    Beyond the schema, every action target must compile as a strict RFC 9535 JSONPath
    query and every value must be representable in JSON.

    Raises:
        OverlayError: listing every violation, each prefixed with the JSON path of the
            offending value (e.g. ``$.actions[0].remove: 'yes' is not of type 'boolean'``);
            the same list is available as ``err.problems``.
    """
    _checked_copy(overlay)


# ----------------------------------------------------------------------- application


def _clone(value: Any) -> Any:
    """Copy the JSON containers of *value* (much cheaper than ``copy.deepcopy``).

    Shared sub-objects (YAML aliases) become independent copies, so an update to one
    place never leaks into another.
    """
    if isinstance(value, Mapping):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clone(item) for item in value]
    return value


def _same_scalar(old: object, new: object) -> bool:
    # type check first: True == 1 and 1 == 1.0 in Python, but not as JSON text.
    return type(old) is type(new) and old == new


def _label(index: int, target: str, description: str | None) -> str:
    text = f"overlay action {index} (target {target!r}"
    if description:
        text += f", description {_shorten(description, _MAX_DESCRIPTION)!r}"
    return text + ")"


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    return f"a {type(value).__name__} value"


class _Action:
    """One action of a validated overlay, with its compiled target."""

    __slots__ = ("description", "has_update", "index", "path", "remove", "target", "update")

    def __init__(self, index: int, raw: dict[str, Any]) -> None:
        self.index = index
        self.target: str = raw["target"]
        self.description: str | None = raw.get("description")
        self.remove: bool = raw.get("remove", False) is True
        self.has_update = "update" in raw
        self.update: Any = raw.get("update")
        self.path = _compile(self.target)

    def error(self, message: str) -> OverlayError:
        label = _label(self.index, self.target, self.description)
        return OverlayError(f"{label}: {message}", action_index=self.index)

    def merge(self, target: dict[str, Any], update: dict[str, Any], at: list[object]) -> bool:
        """Merge *update* into *target* in place; return whether anything changed."""
        changed = False
        for key, new in update.items():
            if key not in target:
                target[key] = _clone(new)
                changed = True
                continue
            old = target[key]
            where = [*at, key]
            if isinstance(new, dict):
                if not isinstance(old, dict):
                    raise self._incompatible(where, old, new)
                changed = self.merge(old, new, where) or changed
            elif isinstance(new, list):
                if not isinstance(old, list):
                    raise self._incompatible(where, old, new)
                if new:
                    old.extend(_clone(new))
                    changed = True
            elif isinstance(old, dict | list):
                raise self._incompatible(where, old, new)
            elif not _same_scalar(old, new):
                target[key] = new
                changed = True
        return changed

    def _incompatible(self, where: list[object], old: object, new: object) -> OverlayError:
        return self.error(
            f"cannot merge {_json_kind(new)} into {_json_kind(old)} at {_json_path(where)}; "
            "remove the old value in an earlier action to replace it"
        )


def _apply_update(action: _Action, matches: list[Any]) -> bool:
    if not action.has_update:
        return False  # neither update nor remove: the action is a no-op
    changed = False
    for match in matches:
        node = match.obj
        if isinstance(node, dict):
            if not isinstance(action.update, dict):
                raise action.error(
                    f"the target selects an object at {match.path}, so update must be an "
                    f"object to merge into it, not {_json_kind(action.update)}"
                )
            changed = action.merge(node, action.update, list(match.parts)) or changed
        elif isinstance(node, list):
            node.append(_clone(action.update))
            changed = True
        else:
            raise action.error(
                f"the target selects {_json_kind(node)} at {match.path}; update targets "
                "must be objects or arrays (select the containing object instead)"
            )
    return changed


def _apply_remove(action: _Action, matches: list[Any]) -> bool:
    # Resolve every (container, key) before deleting anything: the nodelist describes the
    # document as it stood when the action started.
    by_container: dict[int, tuple[dict[str, Any] | list[Any], list[str | int]]] = {}
    for match in matches:
        if match.parent is None or not match.parts:
            raise action.error("the target selects the document root, which cannot be removed")
        container = match.parent.obj
        key = match.parts[-1]
        by_container.setdefault(id(container), (container, []))[1].append(key)
    for container, keys in by_container.values():
        if isinstance(container, list):
            # Highest index first so earlier deletions do not shift later ones.
            for index in sorted({k for k in keys if isinstance(k, int)}, reverse=True):
                del container[index]
        else:
            for key in keys:
                container.pop(str(key), None)
    return bool(by_container)


def _select(action: _Action, document: dict[str, Any]) -> list[Any]:
    try:
        found = list(action.path.finditer(document))
    except JSONPathError as exc:
        raise action.error(f"evaluating the target failed: {exc}") from exc
    # A nodelist may name one node twice (e.g. `$['a','a']`); act on each node once.
    seen: set[tuple[object, ...]] = set()
    unique = []
    for match in found:
        if match.parts not in seen:
            seen.add(match.parts)
            unique.append(match)
    return unique


def apply_overlay(
    document: Mapping[str, Any],
    overlay: Mapping[str, Any],
    *,
    strict: bool = True,
) -> OverlayResult:
    """Apply an Overlay 1.0 document to *document* and return the patched copy.

    The overlay is validated first (see :func:`validate_overlay`). Neither input is
    modified. Actions run in order, each on the result of the previous ones.

    Args:
        document: the JSON document to patch (normally an OpenAPI description).
        overlay: the overlay, e.g. from :func:`load_overlay`.
        strict: when True (the default) an action whose target selects no node is an
            error; when False it is reported in ``OverlayResult.unmatched`` instead.

    Raises:
        OverlayError: the overlay is invalid, a target selects nothing (strict mode),
            an update targets a primitive value, an update cannot be merged, or a remove
            targets the root. Messages name the action (index, target, description).
    """
    if not isinstance(document, Mapping):
        raise OverlayError(
            f"the document to patch must be a JSON object, got {type(document).__name__}"
        )
    checked = _checked_copy(overlay)
    actions = [_Action(i, raw) for i, raw in enumerate(checked["actions"])]
    patched: dict[str, Any] = _clone(document)

    reports: list[ActionReport] = []
    for action in actions:
        matches = _select(action, patched)
        if not matches and strict:
            raise action.error(
                "the target selects nothing in the document; fix or drop the action, "
                "or apply with strict=False to report it instead"
            )
        if action.remove:
            changed = _apply_remove(action, matches)
        else:
            changed = _apply_update(action, matches)
        reports.append(
            ActionReport(
                index=action.index,
                target=action.target,
                description=action.description,
                kind="remove" if action.remove else "update",
                matched=len(matches),
                changed=changed,
            )
        )
    return OverlayResult(document=patched, actions=tuple(reports))
