"""The merge rules shared by Overlay 1.0 and 1.1, for an update (or copy) value on a node.

* object onto object: merged recursively. Members only in the target stay; members only
  in the value are appended in the value's order; a primitive replaces a primitive; an
  array is concatenated onto an array; an object is merged into an object. Any other
  pairing (an object onto a string, say) is incompatible: an error.
* onto an array: an array value is concatenated, any other value appended (Overlay 1.1,
  and what the major tools do for 1.0 too, whose text appends an array as one element).
* onto a primitive (string, number, boolean, null): a primitive value replaces the node
  (Overlay 1.1; 1.0 does not say, and the major tools do the same).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "MergeConflict",
    "clone",
    "is_primitive",
    "json_kind",
    "merge_into_array",
    "merge_into_object",
    "same_scalar",
]


def clone(value: Any) -> Any:
    """Copy the JSON containers of *value* (much cheaper than ``copy.deepcopy``).

    Shared sub-objects (YAML aliases) become independent copies, so an update to one
    place never leaks into another.
    """
    if isinstance(value, Mapping):
        return {key: clone(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clone(item) for item in value]
    return value


class MergeConflict(Exception):
    # An internal signal: the engine turns it into an OverlayError naming the action.
    """An update value that cannot be merged into the node at *where*."""

    def __init__(self, where: list[object], old: object, new: object) -> None:
        super().__init__(where)
        self.where = where
        self.old = old
        self.new = new


def json_kind(value: object) -> str:
    """``an object``, ``an array``, ``null`` or ``a str value``: for messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    return f"a {type(value).__name__} value"


def is_primitive(value: object) -> bool:
    """Strings, numbers, booleans and null."""
    return not isinstance(value, dict | list)


def same_scalar(old: object, new: object) -> bool:
    """JSON equality of two primitives (``True == 1`` and ``1 == 1.0`` in Python, not in JSON)."""
    return type(old) is type(new) and old == new


def merge_into_object(target: dict[str, Any], update: dict[str, Any], at: list[object]) -> bool:
    """Merge *update* into *target* in place; return whether anything changed.

    Raises:
        MergeConflict: a member pairs incompatible kinds (e.g. an object onto a string).
    """
    changed = False
    for key, new in update.items():
        if key not in target:
            target[key] = clone(new)
            changed = True
            continue
        old = target[key]
        where = [*at, key]
        if isinstance(new, dict):
            if not isinstance(old, dict):
                raise MergeConflict(where, old, new)
            changed = merge_into_object(old, new, where) or changed
        elif isinstance(new, list):
            if not isinstance(old, list):
                raise MergeConflict(where, old, new)
            if new:
                old.extend(clone(new))
                changed = True
        elif not is_primitive(old):
            raise MergeConflict(where, old, new)
        elif not same_scalar(old, new):
            target[key] = new
            changed = True
    return changed


def merge_into_array(target: list[Any], value: Any) -> bool:
    """Append the items of an array *value* to *target*, or any other *value* itself."""
    if isinstance(value, list):
        target.extend(clone(value))
        return bool(value)
    target.append(clone(value))
    return True
