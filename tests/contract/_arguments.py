"""Arguments for any operation of the registry, from the spec alone.

One generic builder over :class:`telegent._registry.Param`: no operation is named here.

* The body comes from the vendor's own request example (the ``JSON`` entry of the
  operation's ``x-codeSamples``) when that example fits the patched spec, as openapi-core
  judges the request it would make. When it does not, :func:`vendor_example_problems`
  says why, and the body is built from schema-valid values instead.
* Schema-valid values: a property's own ``example`` when it fits its schema, else its
  first ``enum`` value, its ``default``, or the first of a few plain candidates that fits
  the type, pattern, length, range and format. A schema none of them fits fails loudly
  (:class:`NoValue`), so a new kind of schema cannot be skipped silently.
* Top-level wire names become the method's keyword names; nested objects keep their wire
  keys, which the SDK accepts as well as the Python names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator

from telegent._registry import Operation, operation
from tests._examples import NO_EXAMPLE, request_example

from ._spec import is_absolute_uri, request_errors, spec_dict, spec_server

# Tried in order for a string with no example/enum/default; the first that fits wins.
STRING_CANDIDATES = ("ABC-1", "x", "1", "https://example.com/hook", "+12015550100")
INTEGER_FALLBACK = 1
NUMBER_FALLBACK = 1.0
BEARER = {"Authorization": "Bearer contract-token"}


class NoValue(AssertionError):
    """No schema-valid value could be made for a schema (names it)."""


def _fits(value: Any, schema: Mapping[str, Any]) -> bool:
    if schema.get("format") == "uri" and isinstance(value, str) and not is_absolute_uri(value):
        return False
    return bool(OAS30Validator(dict(schema)).is_valid(value))


def schema_value(schema: Mapping[str, Any], where: str, *, lean: bool = False) -> Any:
    """A value that fits ``schema`` (a resolved JSON schema), built as the module says.

    ``lean``: objects get their required properties only (optional fields of the same
    object can exclude each other, e.g. an ICCID next to a change that takes none).
    """
    for key in ("example", "default"):
        if key in schema and _fits(schema[key], schema):
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return schema_value(schema[key][0], where, lean=lean)
    typ = schema.get("type") or ("object" if "properties" in schema else None)
    candidates: tuple[Any, ...]
    if typ == "object":
        props: Mapping[str, Any] = schema.get("properties") or {}
        keep = set(schema.get("required") or ()) if lean else set(props)
        return {
            k: schema_value(v, f"{where}.{k}", lean=lean) for k, v in props.items() if k in keep
        }
    if typ == "array":
        count = max(1, int(schema.get("minItems", 1)))
        items = schema.get("items") or {}
        value = [schema_value(items, f"{where}[]", lean=lean)] * count
        candidates = (value,)
    elif typ == "boolean":
        candidates = (True,)
    elif typ == "integer":
        candidates = (schema.get("minimum", INTEGER_FALLBACK), INTEGER_FALLBACK)
    elif typ == "number":
        candidates = (schema.get("minimum", NUMBER_FALLBACK), NUMBER_FALLBACK)
    else:
        candidates = STRING_CANDIDATES
    for candidate in candidates:
        if _fits(candidate, schema):
            return candidate
    raise NoValue(f"{where}: no schema-valid value among {candidates!r} for {dict(schema)!r}")


def vendor_example(op: Operation) -> Any:
    """The vendor's request body example (``x-codeSamples`` ``JSON``, else the requestBody's
    example: ``tests._examples``), or None."""
    node = spec_dict()["paths"][op.path][op.http_method.lower()]
    example = request_example(node)
    return None if example is NO_EXAMPLE else example


def _query(op: Operation) -> dict[str, Any]:
    return {
        p.wire: schema_value(p.schema, f"{op.id}.{p.wire}")
        for p in op.params
        if p.location == "query" and (p.required or "example" in p.schema or "enum" in p.schema)
    }


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def wire_request(op: Operation, body: Any, query: Mapping[str, Any]) -> httpx.Request:
    """The request the SDK would put on the wire for ``body`` and ``query`` (not sent)."""
    return httpx.Request(
        op.http_method,
        spec_server() + op.path,
        params={k: _text(v) for k, v in query.items()},
        json=body,
        headers=BEARER if op.authenticated else {},
    )


def _has_body(op: Operation) -> bool:
    return any(p.location == "body" for p in op.params)


def _unmapped(op: Operation, body: Any) -> list[str]:
    # Top-level fields no keyword of the method carries cannot be passed at all.
    if not isinstance(body, dict) or any(p.location == "body" and not p.wire for p in op.params):
        return []
    wires = {p.wire for p in op.params if p.location == "body"}
    return [f"field {k!r} is no parameter of {op.call}()" for k in body if k not in wires]


def _problems(op: Operation) -> tuple[str, ...]:
    return _problems_of(op.id)


@functools.cache
def _problems_of(op_id: str) -> tuple[str, ...]:
    op = operation(op_id)
    example = vendor_example(op)
    if example is None or not _has_body(op):
        return ()
    request = wire_request(op, example, _query(op))
    return tuple(request_errors(request) + _unmapped(op, example))


def vendor_example_problems(op: Operation) -> list[str]:
    """How the vendor's request example breaks the patched spec (empty: it fits, or none)."""
    return list(_problems(op))


def _schema_body(op: Operation, *, lean: bool) -> Any:
    whole = [p for p in op.params if p.location == "body" and not p.wire]
    if whole:
        return schema_value(whole[0].schema, f"{op.id}.body", lean=lean)
    fields = [p for p in op.params if p.location == "body"]
    full = {p.wire: schema_value(p.schema, f"{op.id}.{p.wire}", lean=lean) for p in fields}
    if lean or request_errors(wire_request(op, full, _query(op))):
        # Optional fields can exclude each other: the required ones alone must do then.
        return {p.wire: full[p.wire] for p in fields if p.required}
    return full


@dataclass(frozen=True)
class Call:
    """One call of an operation: the method's keyword arguments and what they become."""

    op: Operation
    kwargs: dict[str, Any]
    body: Any
    query: dict[str, Any]
    source: str  # "vendor example", "schema" or "no body"


def build_call(op: Operation, *, refused: Collection[str] = ()) -> Call:
    """The arguments of ``op``'s method (see the module docstring).

    ``refused``: operations whose vendor example the SDK itself refuses (a business rule
    beyond the schema); they get lean schema values instead.
    """
    query = _query(op)
    if not _has_body(op):
        body: Any = None
        source = "no body"
    elif op.id in refused:
        body, source = _schema_body(op, lean=True), "schema (lean)"
    elif vendor_example(op) is not None and not _problems(op):
        body, source = vendor_example(op), "vendor example"
    else:
        body, source = _schema_body(op, lean=False), "schema"
    return Call(op, build_kwargs(op, body, query), body, query, source)


def with_values(call: Call, known: Mapping[str, Callable[[], Any]]) -> Call:
    """``call`` with every field named in ``known`` (wire name, at any depth) replaced by a
    fresh value from its supplier: the fake only acts on numbers, orders and credentials
    it knows, whatever the spec's examples say."""

    def swap(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: known[k]() if k in known else swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return value

    query = {k: known[k]() if k in known else v for k, v in call.query.items()}
    new = build_kwargs(call.op, swap(call.body), query)
    return Call(call.op, new, swap(call.body), query, call.source)


def build_kwargs(op: Operation, body: Any, query: Mapping[str, Any]) -> dict[str, Any]:
    """The method's keyword arguments that put ``body`` and ``query`` on the wire."""
    kwargs: dict[str, Any] = {}
    for p in op.params:
        if p.location == "query" and p.wire in query:
            kwargs[p.name] = query[p.wire]
        elif p.location == "body" and not p.wire and body is not None:
            kwargs[p.name] = body
        elif p.location == "body" and isinstance(body, dict) and p.wire in body:
            kwargs[p.name] = body[p.wire]
    return kwargs


def cycle(values: list[Any]) -> Callable[[], Any]:
    """A supplier handing out ``values`` in turn (distinct ones first)."""
    iterator: Iterator[Any] = iter(values * 8)
    return lambda: next(iterator)


_SPACES = re.compile(r"\s+")


def short(problem: str, limit: int = 160) -> str:
    """A validator message on one line, cut to ``limit`` characters (for the lists)."""
    text = _SPACES.sub(" ", problem).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
