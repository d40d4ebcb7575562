"""Validating an overlay: version dispatch, the official JSON Schema, targets, JSON values."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonpath import JSONPathError
from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    ValidationError,
    validators,
)

from .._safeload import non_json_number
from ._errors import OverlayError
from ._jsonpath import compile_target, costly_query
from ._locate import located
from ._merge import clone
from ._report import shorten

__all__ = [
    "SUPPORTED_VERSIONS",
    "CheckedOverlay",
    "checked_copy",
    "json_path",
    "validate_overlay",
]

# The Overlay versions this engine reads, by `major.minor`, with their official schemas.
SUPPORTED_VERSIONS: dict[str, str] = {
    "1.0": "overlay-1.0.schema.json",
    "1.1": "overlay-1.1.schema.json",
}
_LATEST = "1.1"
_VERSION = re.compile(r"^(\d+\.\d+)\.\d+$")
# Long reprs (a whole actions list in a uniqueItems error, say) would drown the message.
_MAX_DETAIL = 300
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class CheckedOverlay:
    """A validated overlay: a private plain-JSON copy and the rules it asks for."""

    document: dict[str, Any]
    version: str
    """The full ``overlay`` field, e.g. ``"1.1.0"``."""
    minor: str
    """``"1.0"`` or ``"1.1"``: which application rules apply."""


def _canonical(value: Any) -> Any:
    """*value* with integral floats as ints: JSON Schema equality holds 1.0 equal to 1."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Mapping):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def _unique_items(validator: Any, unique: Any, instance: Any, schema: Any) -> Iterator[Any]:
    """``uniqueItems`` in linear time. The schema asks it of ``actions``: jsonschema's own
    check compares every pair deeply, seconds for the ~600 actions of the project's overlays.
    Items are JSON values (checked before), so their canonical JSON texts are equal exactly
    when the items are (booleans stay apart from numbers)."""
    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set[str] = set()
    for item in instance:
        key = json.dumps(_canonical(item), sort_keys=True)
        if key in seen:
            yield ValidationError("array has non-unique elements")
            return
        seen.add(key)


_Validator = validators.extend(Draft202012Validator, {"uniqueItems": _unique_items})


@cache
def _validator(minor: str) -> Any:
    name = SUPPORTED_VERSIONS[minor]
    text = resources.files("telegent.spec").joinpath("_data", name).read_text("utf-8")
    return _Validator(json.loads(text))


def json_path(parts: Iterable[object]) -> str:
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


def _non_json_values(value: object, parts: tuple[object, ...]) -> Iterator[str]:
    """Problems for anything JSON cannot represent (non-string keys, sets, dates...)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                yield f"{json_path(parts)}: key {key!r} is not a string"
                continue
            yield from _non_json_values(item, (*parts, key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _non_json_values(item, (*parts, i))
    elif value is not None and not isinstance(value, str | int | float | bool):
        yield f"{json_path(parts)}: {type(value).__name__} is not a JSON value"
    elif (problem := non_json_number(value)) is not None:
        yield f"{json_path(parts)}: {problem}"


def _minor_version(overlay: Mapping[str, Any]) -> tuple[str, list[str]]:
    """Which schema to check against, and a problem if the version is not one we read."""
    version = overlay.get("overlay")
    if isinstance(version, int | float) and not isinstance(version, bool):
        # `overlay: 1.1` in YAML is the number 1.1: say so instead of a type error.
        minor = str(version) if str(version) in SUPPORTED_VERSIONS else _LATEST
        return minor, [
            f"$.overlay: {version!r} is a number, not a version string (YAML reads an "
            f"unquoted {version!r} as a number); write the full version, e.g. overlay: {minor}.0"
        ]
    found = _VERSION.match(version) if isinstance(version, str) else None
    if found and found.group(1) in SUPPORTED_VERSIONS:
        return found.group(1), []
    if isinstance(version, str) and found:
        readable = ", ".join(f"{v}.x" for v in SUPPORTED_VERSIONS)
        return _LATEST, [f"$.overlay: Overlay version {version!r} is not supported ({readable})"]
    return _LATEST, []  # missing or malformed: the schema says what is wrong


def _schema_problem(error: Any) -> str:
    where = json_path(error.absolute_path)
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
    return f"{where}: {shorten(error.message, _MAX_DETAIL)}"


def _action_problems(actions: object) -> Iterator[str]:
    """Targets and copy sources that are not RFC 9535 queries, and update+copy together."""
    if not isinstance(actions, list):
        return
    for i, action in enumerate(actions):
        if not isinstance(action, dict):
            continue  # the schema already reported it
        if "update" in action and "copy" in action and action.get("remove") is not True:
            yield f"{json_path(('actions', i))}: has both update and copy; give one of them"
        for key in ("target", "copy"):
            query = action.get(key)
            if not isinstance(query, str) or not query.startswith("$"):
                continue  # the schema already reported it
            try:
                costly = costly_query(compile_target(query))
            except JSONPathError as exc:
                first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                yield (
                    f"{json_path(('actions', i, key))}: {query!r} is not an RFC 9535 JSONPath "
                    f"query: {first_line}"
                )
                continue
            if costly:
                yield f"{json_path(('actions', i, key))}: {query!r} is too costly: {costly}"


def _invalid(problems: Sequence[str], minor: str) -> OverlayError:
    listing = "\n".join(f"  - {p}" for p in problems)
    return OverlayError(
        f"not a valid Overlay {minor} document ({len(problems)} problem"
        f"{'' if len(problems) == 1 else 's'}):\n{listing}",
        problems=problems,
    )


def checked_copy(overlay: Mapping[str, Any]) -> CheckedOverlay:
    """Validate the overlay against the schema of its version; return a private copy.

    Raises:
        OverlayError: listing every problem (``err.problems``).
    """
    if not isinstance(overlay, Mapping):
        raise OverlayError(
            f"an overlay must be a mapping, got {type(overlay).__name__}",
            problems=[f"$: {type(overlay).__name__} is not an object"],
        )
    problems = list(_non_json_values(overlay, ()))
    if problems:
        raise _invalid(problems, _LATEST)
    copy: dict[str, Any] = clone(overlay)
    minor, problems = _minor_version(copy)
    errors = sorted(
        _validator(minor).iter_errors(copy), key=lambda e: (json_path(e.absolute_path), e.message)
    )
    problems += [
        _schema_problem(e)
        for e in errors
        if not (problems and list(e.absolute_path) == ["overlay"])
    ]
    problems += _action_problems(copy.get("actions"))
    if problems:
        raise _invalid(problems, minor)
    return CheckedOverlay(document=copy, version=copy["overlay"], minor=minor)


def validated_copy(overlay: Mapping[str, Any]) -> CheckedOverlay:
    """A private copy of an overlay already checked by :func:`checked_copy` (or
    :func:`validate_overlay`), without checking it again (a large overlay's schema check is
    a tenth of a drift check). Only for an overlay its caller validated itself."""
    copy: dict[str, Any] = clone(overlay)
    return CheckedOverlay(document=copy, version=copy["overlay"], minor=_minor_version(copy)[0])


def validate_overlay(overlay: Mapping[str, Any]) -> None:
    """Check an overlay against the official JSON Schema of its version (1.0.x or 1.1.x).

    Beyond the schema, every action target and copy source must compile as a strict
    RFC 9535 JSONPath query, an action may not carry both ``update`` and ``copy``, and
    every value must be representable in JSON (no NaN, no infinity, no integer too long
    to write). What the official schema tests accept is accepted here; the stricter
    checks of :func:`apply_overlay` (``remove`` with ``update``, ``$.x-count`` shorthand)
    refuse such an action when it is applied.

    Raises:
        OverlayError: listing every violation, each prefixed with the JSON path of the
            offending value (e.g. ``$.actions[0].remove: 'yes' is not of type 'boolean'``),
            and, for an overlay read by :func:`load_overlay`, by ``file:line:column``; the
            same list is available as ``err.problems``.
    """
    try:
        checked_copy(overlay)
    except OverlayError as exc:
        raise located(exc, overlay) from exc.__cause__
