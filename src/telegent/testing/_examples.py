"""What the fake answers to an operation it keeps no state for.

:func:`example_for` prefers the spec's own example of the operation's 200 response (a
generated ``telegent._generated.examples`` module mapping operation id -> example,
when the generator writes one), then an instance built from the operation's response
schema (when the registry carries one), then an instance of the record class the
operation returns (``telegent.types``; a one-item array of them for ``list[Name]``), and
``{}`` for an untyped (generic) answer.
Every instance is deterministic: same operation, same answer.
"""

from __future__ import annotations

import copy
import importlib
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from .._models import GenericRecord, Record, _record_class
from .._registry import operation
from .._schema import SchemaError, check_wire

__all__ = ["example_for", "instance_for_record", "instance_for_returns", "instance_of"]

_EXAMPLES_MODULE = "telegent._generated.examples"
_MAX_DEPTH = 8


@cache
def _spec_examples() -> Mapping[str, Any]:
    try:
        module = importlib.import_module(_EXAMPLES_MODULE)
    except ModuleNotFoundError:
        return {}
    examples: Mapping[str, Any] = getattr(module, "EXAMPLES", {})
    return examples


def example_for(op_id: str) -> Any:
    """The body of a successful answer to ``op_id`` (a fresh copy each call)."""
    examples = _spec_examples()
    if op_id in examples:
        return copy.deepcopy(examples[op_id])
    op = operation(op_id)
    schema = getattr(op, "response_schema", None)
    if isinstance(schema, Mapping) and schema:
        return instance_of(schema)
    return instance_for_returns(op.returns)


def instance_for_returns(returns: str) -> Any:
    """A wire body for an operation returning ``returns``: ``Name``, ``list[Name]``
    (a one-item JSON array), ``list[str]`` or ``GenericRecord``; ``None`` (declared
    without content): an empty object, until the fake answers without content."""
    if returns == "None":
        return {}
    if returns.startswith("list[") and returns.endswith("]"):
        item = returns[5:-1]
        if item in _KIND_VALUES:
            return [copy.deepcopy(_KIND_VALUES[item])]
        return [instance_for_record(item)]
    return instance_for_record(returns)


# --------------------------------------------------------------------------- from a schema


def instance_of(schema: Mapping[str, Any], depth: int = 0) -> Any:
    """A value that passes ``check_wire(value, schema)``, built deterministically."""
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            return instance_of(members[0], depth + 1)
    example = schema.get("example")
    if example is not None and _fits(example, schema):
        return copy.deepcopy(example)
    if schema.get("enum"):
        return schema["enum"][0]
    typ = schema.get("type")
    if typ == "string":
        return _string(schema)
    if typ in ("integer", "number"):
        return _number(schema, integer=typ == "integer")
    if typ == "boolean":
        return True
    if typ == "array":
        if depth >= _MAX_DEPTH:
            return []
        count = max(1, int(schema.get("minItems") or 0))
        items = schema.get("items") or {}
        return [instance_of(items, depth + 1) for _ in range(count)]
    if typ == "object" or "properties" in schema:
        if depth >= _MAX_DEPTH:
            return {}
        props: Mapping[str, Any] = schema.get("properties") or {}
        return {wire: instance_of(sub, depth + 1) for wire, sub in props.items()}
    return None if schema.get("nullable") else "example"


def _fits(value: Any, schema: Mapping[str, Any]) -> bool:
    try:
        check_wire(value, schema, "example")
    except SchemaError:
        return False
    return True


_FORMATS = {
    "us-date": "01/02/2025",
    "date": "2025-01-02",
    "date-time": "2025-01-02T03:04:05Z",
    "timestamp": "2025-01-02T03:04:05Z",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "email": "someone@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("x-telegent-format") or schema.get("format")
    pattern = schema.get("pattern")
    text = _FORMATS.get(str(fmt), "")
    if not text and isinstance(pattern, str):
        text = _from_pattern(pattern)
    text = text or "example"
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text += "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _number(schema: Mapping[str, Any], *, integer: bool) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    value: float = 1
    if isinstance(low, (int, float)) and not isinstance(low, bool):
        value = low
    elif isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        value = ex_low + 1
    elif isinstance(high, (int, float)) and not isinstance(high, bool):
        value = min(1, high)
    elif isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        value = min(1, ex_high - 1)
    return int(value) if integer else float(value)


# --------------------------------------------------------------------------- from a pattern


def _from_pattern(pattern: str) -> str:
    """The shortest-ish string the regex matches (anchors, classes, groups, repeats)."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
        return "".join(_walk(list(parsed)))
    except Exception:
        return ""


def _walk(items: list[tuple[Any, Any]]) -> list[str]:
    c = re._constants  # type: ignore[attr-defined]
    out: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.ANY:
            out.append("x")
        elif op is c.IN:
            out.append(_char_in(arg))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, sub = arg
            out.extend(_walk(list(sub)) * max(low, 1))
        elif op is c.SUBPATTERN:
            out.extend(_walk(list(arg[-1])))
        elif op is c.BRANCH:
            out.extend(_walk(list(arg[1][0])))
        elif op is c.CATEGORY:
            out.append(_category(arg))
    return out


def _char_in(members: list[tuple[Any, Any]]) -> str:
    c = re._constants  # type: ignore[attr-defined]
    if members and members[0][0] is c.NEGATE:
        banned = {chr(a) for op, a in members[1:] if op is c.LITERAL}
        return next(ch for ch in "x0aZ_" if ch not in banned)
    op, arg = members[0]
    if op is c.LITERAL:
        return chr(arg)
    if op is c.RANGE:
        return chr(arg[0])
    if op is c.CATEGORY:
        return _category(arg)
    return "x"


def _category(arg: Any) -> str:
    name = str(arg)
    if "NOT_DIGIT" in name or "NOT_SPACE" in name:
        return "x"
    if "DIGIT" in name:
        return "1"
    if "SPACE" in name:
        return " "
    return "x"


# --------------------------------------------------------------------------- from a record


_KIND_VALUES: dict[str, Any] = {
    "str": "example",
    "int": 1,
    "float": 1.0,
    "bool": True,
    "datetime": "2025-01-02T03:04:05Z",
    "date": "01/02/2025",
    "object": {},
    "any": "example",
}


def instance_for_record(name: str, depth: int = 0) -> dict[str, Any]:
    """A wire body with every field of record ``name`` (``{}`` for ``GenericRecord``)."""
    if name == GenericRecord.__name__ or depth >= _MAX_DEPTH:
        return {}
    cls: type[Record] = _record_class(name)
    return {f.wire: _value_of_kind(f.kind, depth) for f in cls.__fields__}


def _value_of_kind(kind: str, depth: int) -> Any:
    if kind.startswith("list[") and kind.endswith("]"):
        return [_value_of_kind(kind[5:-1], depth + 1)]
    if kind.startswith("record:"):
        return instance_for_record(kind[len("record:") :], depth + 1)
    return copy.deepcopy(_KIND_VALUES.get(kind, "example"))
