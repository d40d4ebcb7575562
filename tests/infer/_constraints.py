"""Request constraints an overlay adds, and the example values the vendor's spec shows."""

from __future__ import annotations

import contextlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from telegent.spec._naming import iter_operations

KEYWORDS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "enum",
)


@dataclass(frozen=True)
class Constraint:
    where: str  # "POST /v1.0/numbers/update body.VoiceRouteId"
    field: str  # the wire name the constraint is about
    items: bool  # about each element of an array field
    keyword: str
    value: Any


def _resolve(spec: Mapping[str, Any], schema: Any) -> Any:
    for _ in range(20):  # bounded: a $ref chain, not a cycle
        if not (isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str)):
            return schema
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node.get(part, {}) if isinstance(node, Mapping) else {}
        schema = node
    return schema


def _fields(
    spec: Mapping[str, Any], schema: Any, where: str, name: str, items: bool, depth: int = 0
) -> Iterator[tuple[str, str, bool, Mapping[str, Any]]]:
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > 10:
        return
    yield where, name, items, schema
    for key, prop in (schema.get("properties") or {}).items():
        yield from _fields(spec, prop, f"{where}.{key}", key, False, depth + 1)
    if isinstance(schema.get("items"), Mapping):
        yield from _fields(spec, schema["items"], where + "[]", name, True, depth + 1)


def request_fields(spec: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """(operation, location) -> schema for every request body field and parameter.

    Operations are keyed by method and lowercased path, so the token operation the overlay
    re-spells (/v1.0/OAuth2 -> /v1.0/oauth2) still meets its vendor original.
    """
    found: dict[tuple[str, str], Mapping[str, Any]] = {}
    for path, method, op in iter_operations(spec):
        label = f"{method.upper()} {path.lower()}"
        body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
        for where, name, items, schema in _fields(spec, body.get("schema"), "body", "", False):
            found[(label, f"{where}|{name}|{int(items)}")] = schema
        for given in op.get("parameters") or []:
            param = _resolve(spec, given)
            where = f"{param.get('in')}.{param.get('name')}"
            for w, name, items, schema in _fields(
                spec, param.get("schema"), where, param["name"], False
            ):
                found[(label, f"{w}|{name}|{int(items)}")] = schema
    return found


def added_constraints(raw: Mapping[str, Any], patched: Mapping[str, Any]) -> list[Constraint]:
    """Every request constraint keyword the patched spec has and the raw one has not."""
    before = request_fields(raw)
    out = []
    for (label, key), schema in sorted(request_fields(patched).items()):
        where, name, items = key.split("|")
        old = before.get((label, key), {})
        for keyword in KEYWORDS:
            if keyword in schema and old.get(keyword) != schema[keyword] and name:
                out.append(
                    Constraint(f"{label} {where}", name, items == "1", keyword, schema[keyword])
                )
    return out


_CURL_BODY = re.compile(r"-d\s+'(\{.*?\})'", re.S)


def example_values(spec: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Field name (lowercased) -> every value an example anywhere in the spec gives it."""
    values: dict[str, list[Any]] = defaultdict(list)

    def instance(value: Any) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                values[str(key).lower()].append(item)
                instance(item)
        elif isinstance(value, list):
            for item in value:
                instance(item)

    def walk(node: Any, field: str | None) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, None)
            return
        if not isinstance(node, Mapping):
            return
        for key, item in node.items():
            if key == "example":
                if field:
                    values[field.lower()].append(item)
                instance(item)
            elif key == "examples" and isinstance(item, Mapping):
                for example in item.values():
                    if isinstance(example, Mapping) and "value" in example:
                        if field:
                            values[field.lower()].append(example["value"])
                        instance(example["value"])
            elif key == "properties" and isinstance(item, Mapping):
                for name, sub in item.items():
                    walk(sub, name)
            elif key == "parameters" and isinstance(item, list):
                for param in item:
                    walk(param, param.get("name") if isinstance(param, Mapping) else None)
            elif key == "x-codeSamples" and isinstance(item, list):
                for sample in item:
                    for body in _CURL_BODY.findall(str(sample.get("source", ""))):
                        # A body that is not JSON (a placeholder) has nothing to teach.
                        with contextlib.suppress(ValueError):
                            instance(json.loads(body))
            else:
                walk(item, field if key in ("schema", "items") else None)

    walk(spec, None)
    return values


def violates(constraint: Constraint, value: Any) -> bool:
    """Whether *value* breaks *constraint* (values of another JSON type are not its business)."""
    kw, limit = constraint.keyword, constraint.value
    if constraint.items and isinstance(value, list):
        return any(violates(constraint, v) for v in value)
    if isinstance(value, bool):
        return kw == "enum" and value not in limit
    if isinstance(value, str):
        if kw == "pattern":
            return re.search(limit, value) is None
        if kw == "minLength":
            return len(value) < limit
        if kw == "maxLength":
            return len(value) > limit
        if kw == "enum":
            return value not in limit
    if isinstance(value, int | float):
        checks = {
            "minimum": lambda: value < limit,
            "maximum": lambda: value > limit,
            "exclusiveMinimum": lambda: value <= limit,
            "exclusiveMaximum": lambda: value >= limit,
            "enum": lambda: value not in limit,
        }
        return kw in checks and bool(checks[kw]())
    if isinstance(value, list) and not constraint.items:
        return (kw == "minItems" and len(value) < limit) or (
            kw == "maxItems" and len(value) > limit
        )
    return False


def contradictions(raw: Mapping[str, Any], patched: Mapping[str, Any]) -> list[str]:
    values = example_values(raw)
    out = []
    for c in added_constraints(raw, patched):
        bad = sorted({json.dumps(v) for v in values.get(c.field.lower(), []) if violates(c, v)})
        if bad:
            out.append(f"{c.where}: {c.keyword} {c.value!r} refuses {', '.join(bad[:5])}")
    return out
