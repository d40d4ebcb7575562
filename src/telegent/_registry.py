"""What the generator knows about each operation, as data the runtime can read.

``src/telegent/_generated/operations/`` holds one :class:`Operation` per
operation of the patched spec; the generated resource methods, the fake API and the CLI
all read the same descriptors, so a new operation in the spec needs no hand-written code.
The package's ``__init__`` is only an index (operation id -> module); each resource's
descriptors live in their own module, so a method's first call imports only its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

__all__ = ["Operation", "Param", "operation", "operations"]

Location = Literal["path", "query", "header", "body"]


@dataclass(frozen=True, slots=True)
class Param:
    """One keyword argument of a generated method.

    ``wire`` is the name on the wire (``""``: the whole request body); ``schema`` the
    resolved JSON schema of the value (type, enum, pattern, items, maximum, ...).
    """

    name: str
    wire: str
    location: Location
    required: bool
    schema: Mapping[str, Any]
    description: str = ""


#: id(operation) -> (operation, its body rules); the operation is kept, so its id is not reused.
_BODY_RULES: dict[int, tuple[Operation, dict[str, Any] | None]] = {}


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the patched spec and the SDK call it became."""

    id: str
    resource: str
    method: str
    http_method: str
    path: str
    tag: str
    summary: str
    description: str
    params: tuple[Param, ...]
    returns: str
    internal: bool
    idempotent: bool
    authenticated: bool = True
    body_required: bool = False
    extensions: Mapping[str, Any] = field(default_factory=dict)

    @property
    def call(self) -> str:
        """``client.orders.get`` (``client.internal.<resource>...`` for x-internal ones)."""
        where = "client.internal" if self.internal else "client"
        return f"{where}.{self.resource}.{self.method}"

    @property
    def body_rules(self) -> dict[str, Any] | None:
        """The rules on the request body as a whole (``minProperties``, a closed body), as
        an object schema naming its fields (``{}``: each field is checked on its own), or
        ``None`` when it has none."""
        # Built once per operation: the SDK and the fake check every request against it,
        # and its checks are compiled once per schema object (telegent._schema).
        hit = _BODY_RULES.get(id(self))
        if hit is not None and hit[0] is self:
            return hit[1]
        rules = self.extensions.get("x-telegent-body")
        schema: dict[str, Any] | None = None
        if isinstance(rules, Mapping):
            fields: dict[str, Any] = {
                p.wire: {} for p in self.params if p.location == "body" and p.wire
            }
            schema = {"type": "object", "properties": fields, **rules}
        if len(_BODY_RULES) >= 4096:  # operations built on the fly (tests) must not pile up
            _BODY_RULES.clear()
        _BODY_RULES[id(self)] = (self, schema)
        return schema

    def param(self, name: str) -> Param:
        """The parameter with that keyword name (``KeyError`` if none)."""
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


_GENERATED = "telegent._generated.operations"


@cache
def _index() -> Mapping[str, str]:
    """Operation id -> the registry module holding it, in document order."""
    modules: Mapping[str, str] = importlib.import_module(_GENERATED).MODULES
    return modules


@cache
def _module(name: str) -> Mapping[str, Operation]:
    """One resource's descriptors by id (its module is imported on first use)."""
    ops: Mapping[str, Operation] = importlib.import_module(f"{_GENERATED}.{name}").OPERATIONS
    return ops


@cache
def operations() -> tuple[Operation, ...]:
    """Every generated operation, in document order (imports every registry module)."""
    return tuple(_module(name)[op_id] for op_id, name in _index().items())


def operation(op_id: str) -> Operation:
    """The operation with that operationId (``KeyError`` naming it if none)."""
    try:
        name = _index()[op_id]
    except KeyError:
        raise KeyError(f"no operation {op_id!r} in the generated client") from None
    return _module(name)[op_id]


def _clear_caches() -> None:
    """Forget what was imported (for tests that swap the generated registry)."""
    for cached in (_index, _module, operations):
        cached.cache_clear()
