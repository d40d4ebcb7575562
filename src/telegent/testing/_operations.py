"""Every operation of the generated registry, served by the fake.

The stateful core (``_handlers.ROUTES``) answers the numbers, orders and token
operations. Every other operation of ``telegent._registry.operations()`` is found here by
method and path template (path parameters matched, case ignored like the vendor's
router), its request checked against the patched spec with the SDK's own rules
(:func:`telegent._schema.check_wire`): path, query and header parameters converted from
text by their schema type, the JSON body field by field plus the whole-body rules
(``x-telegent-body``), required values present. A request that breaks a rule gets 400
with the spec's ``{StatusCode, Message}`` body naming the value; a good one gets
:func:`~._examples.example_for` of the operation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._registry import Operation, Param, operations
from .._schema import SchemaError, check_wire
from ._types import ApiError, FakeRequest

__all__ = ["Match", "MethodNotAllowed", "check_request", "find_operation"]

_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class _Template:
    op: Operation
    pattern: re.Pattern[str]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """The operation a request names, with its path parameters (raw text)."""

    op: Operation
    path_values: Mapping[str, str]


def _compile(op: Operation) -> _Template:
    names: list[str] = []
    parts: list[str] = []
    last = 0
    path = op.path.rstrip("/") or "/"
    for m in _PARAM.finditer(path):
        parts.append(re.escape(path[last : m.start()]))
        parts.append(f"(?P<p{len(names)}>[^/]+)")
        names.append(m.group(1))
        last = m.end()
    parts.append(re.escape(path[last:]))
    return _Template(op, re.compile("".join(parts), re.IGNORECASE), tuple(names))


_cache: tuple[tuple[Operation, ...], tuple[_Template, ...]] | None = None


def _templates() -> tuple[_Template, ...]:
    # Built once per registry (tests may swap the registry; the identity check notices).
    global _cache  # noqa: PLW0603
    ops = operations()
    if _cache is None or _cache[0] is not ops:
        # Literal paths before templated ones: /sims/active wins over /sims/{Iccid}.
        compiled = sorted((_compile(op) for op in ops), key=lambda t: len(t.names))
        _cache = (ops, tuple(compiled))
    return _cache[1]


def find_operation(method: str, path: str) -> Match | None:
    """The registry operation serving ``method path``.

    ``None`` when no operation has that path; :class:`ApiError` 405 (``allow`` in the
    detail) when the path exists under other methods only.
    """
    path = path.rstrip("/") or "/"
    other_methods: list[str] = []
    for t in _templates():
        m = t.pattern.fullmatch(path)
        if m is None:
            continue
        if t.op.http_method.upper() != method.upper():
            other_methods.append(t.op.http_method.upper())
            continue
        values = {name: m.group(f"p{i}") for i, name in enumerate(t.names)}
        return Match(t.op, values)
    if other_methods:
        raise MethodNotAllowed(path, sorted(set(other_methods)))
    return None


class MethodNotAllowed(ApiError):
    """The path exists, the method does not; ``allow`` lists the methods it takes."""

    def __init__(self, path: str, allow: Sequence[str]) -> None:
        super().__init__(405, f"{path} accepts {', '.join(allow)} only.")
        self.allow = ", ".join(allow)


# --------------------------------------------------------------------------- validation


def check_request(match: Match, request: FakeRequest) -> None:
    """Raise :class:`ApiError` 400 naming the first value that breaks the spec's rules."""
    op = match.op
    query = {name.lower(): value for name, value in request.query.items()}
    try:
        for p in op.params:
            if p.location == "path":
                _check_text(p, match.path_values.get(p.wire), "path")
            elif p.location == "query":
                _check_text(p, query.get(p.wire.lower()), "query")
            elif p.location == "header":
                _check_text(p, request.headers.get(p.wire.lower()), "header")
        _check_body(op, request.body)
    except SchemaError as exc:
        raise ApiError(400, f"{exc}.") from None


def _check_text(p: Param, raw: str | None, where: str) -> None:
    if raw is None or (raw == "" and where == "query"):
        if p.required:
            raise SchemaError(f"The {p.wire} {where} parameter is required")
        return
    check_wire(_from_text(raw, p.schema), p.schema, p.wire)


def _from_text(raw: str, schema: Mapping[str, Any]) -> Any:
    """A parameter's text as the JSON value its schema types (left as text if it is
    not one, so the check names it)."""
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            return _from_text(raw, members[0])
    typ = schema.get("type")
    text = raw.strip()
    if typ == "integer" and re.fullmatch(r"[+-]?[0-9]{1,18}", text):
        return int(text)
    if typ == "number":
        try:
            return float(text)
        except ValueError:
            return raw
    if typ == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if typ == "array":
        items = schema.get("items") or {}
        return [_from_text(part, items) for part in raw.split(",")] if raw else []
    return raw


def _check_body(op: Operation, raw: bytes) -> None:
    params = [p for p in op.params if p.location == "body"]
    if not params:
        return
    if not raw.strip():
        if op.body_required or any(p.required for p in params):
            raise SchemaError("The request body is required")
        return
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise SchemaError("The request body is not valid JSON") from None
    whole = [p for p in params if not p.wire]
    if whole:
        check_wire(body, whole[0].schema, "body")
        return
    if not isinstance(body, dict):
        raise SchemaError(f"The request body must be a JSON object, got {type(body).__name__}")
    for p in params:
        if p.wire not in body:
            if p.required:
                raise SchemaError(f"The {p.wire} field is required")
            continue
        check_wire(body[p.wire], p.schema, p.wire)
    rules = op.body_rules
    if rules is not None:  # the fields' own schemas were checked above
        check_wire(body, rules, "The request body")
