"""The client's view of the spec: which SDK methods and record fields a spot in it affects.

Names come from :mod:`telegent.spec._naming` applied to the overlay-patched pinned spec (the
one the SDK is generated from): an operation is ``client.<resource>.<method>``, a schema
property is ``<Record>.<field>``. The overlay names the hand-written convenience methods
built on an operation with ``x-telegent-helpers: [orders.wait]`` on that operation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._naming import field_name, operation_method, operation_resource, record_name
from .document import OpKey, Side, escape_pointer, operations, resolve_pointer, unescape_pointer
from .findings import Reads

__all__ = ["ClientMap", "UnknownMethodError", "client_read_responses"]

_SCHEMAS = "/components/schemas/"
_PROPERTIES = "/properties/"


class UnknownMethodError(ValueError):
    """A ``--methods`` name that is no SDK method."""


@dataclass(frozen=True, slots=True)
class _OpInfo:
    display: str
    pointer: str
    generated: str
    helpers: tuple[str, ...]

    @property
    def methods(self) -> tuple[str, ...]:
        return (self.generated, *self.helpers)


def _refs(node: Any) -> Iterator[str]:
    """Every internal ``#/components/schemas/...`` name referenced under *node*."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#" + _SCHEMAS):
                yield unescape_pointer(ref[len(_SCHEMAS) + 1 :].split("/", 1)[0])
            stack.extend(v for k, v in current.items() if k not in ("example", "examples"))
        elif isinstance(current, list):
            stack.extend(current)


class ClientMap:
    """SDK names for the operations and schemas of the patched pinned spec."""

    def __init__(self, patched: Mapping[str, Any], others: Sequence[Mapping[str, Any]] = ()):
        self._docs = [patched, *others]
        self._ops: dict[str, _OpInfo] = {}
        for op in operations(Side(patched)).values():
            helpers = op.node.get("x-telegent-helpers")
            names = tuple(str(h) for h in helpers) if isinstance(helpers, list) else ()
            pager = op.node.get("x-telegent-paginate")  # a generated pager method uses it too
            if isinstance(pager, Mapping) and pager.get("method"):
                names += (f"{operation_resource(op.node)}.{pager['method']}",)
            self._ops[op.display] = _OpInfo(
                op.display,
                op.pointer,
                f"{operation_resource(op.node)}.{operation_method(op.node, op.path, op.method)}",
                names,
            )
        self._users = self._schema_users(patched)
        # The vendor may spell a path in other letter case than the overlay's (the token
        # operation: `/v1.0/OAuth2/tokens` published, `/v1.0/oauth2/tokens` called): a change
        # there still reaches the method. Only where the folded spelling is unambiguous.
        folded: dict[str, list[str]] = {}
        for display in self._ops:
            folded.setdefault(display.casefold(), []).append(display)
        self._folded = {k: v[0] for k, v in folded.items() if len(v) == 1}
        self.aliases: dict[str, str] = {}
        """Operation display in the published spec -> the pinned one (renames)."""

    def _schema_users(self, doc: Mapping[str, Any]) -> dict[str, set[str]]:
        schemas = doc.get("components", {}).get("schemas", {})
        direct = {name: set(_refs(node)) for name, node in schemas.items()}
        users: dict[str, set[str]] = {}
        for display, info in self._ops.items():
            seen: set[str] = set()
            todo = list(_refs(resolve_pointer(doc, "#" + info.pointer)))
            while todo:
                name = todo.pop()
                if name not in seen:
                    seen.add(name)
                    todo.extend(direct.get(name, ()))
            for name in seen:
                users.setdefault(name, set()).add(display)
        return users

    # ------------------------------------------------------------------ methods

    @property
    def all_methods(self) -> tuple[str, ...]:
        """Every SDK method, ``client.``-qualified."""
        return tuple(f"client.{m}" for info in self._ops.values() for m in info.methods)

    def wrapped(self) -> set[str]:
        """Operations that have a hand-written convenience method."""
        return {d for d, info in self._ops.items() if info.helpers}

    def operations_of(self, names: Iterable[str]) -> set[str]:
        """The operations *names* (``orders.wait``, ``client.numbers.get_order``) use.

        Raises:
            UnknownMethodError: naming each unknown method and a few known ones.
        """
        index = {m: d for d, info in self._ops.items() for m in info.methods}
        wanted = [n.strip().removeprefix("client.") for n in names if n.strip()]
        unknown = [n for n in wanted if n not in index]
        if unknown:
            known = ", ".join(sorted(index)[:6])
            raise UnknownMethodError(
                f"unknown SDK method(s) {', '.join(map(repr, unknown))}; known ones include {known}"
            )
        return {index[n] for n in wanted}

    def methods(self, displays: Iterable[str | None], helpers: Iterable[str] = ()) -> list[str]:
        """``client.``-qualified methods of the operations *displays*, and *helpers*."""
        found: list[str] = []
        for display in displays:
            key = self.aliases.get(display or "", display or "")
            info = self._ops.get(key) or self._ops.get(self._folded.get(key.casefold(), ""))
            if info is not None:
                found.extend(f"client.{m}" for m in info.methods)
        found.extend(f"client.{h}" for h in helpers)
        return list(dict.fromkeys(found))

    def operations_at(self, pointers: Iterable[str]) -> set[str]:
        """The operations a change at *pointers* affects (all, for document-wide spots)."""
        found: set[str] = set()
        by_pointer = {info.pointer: d for d, info in self._ops.items()}
        for pointer in pointers:
            parts = pointer.split("/")
            if pointer.startswith("/paths/") and len(parts) >= 4:
                display = by_pointer.get("/".join(parts[:4]))
                found.update([display] if display else ())
            elif pointer.startswith(_SCHEMAS):
                found |= self._users.get(unescape_pointer(parts[3]), set())
            elif pointer.startswith(
                ("/servers", "/security", "/components/securitySchemes", "/info")
            ):
                found |= set(self._ops)
        return found

    # ------------------------------------------------------------------- fields

    def fields(self, pointers: Iterable[str], location: str = "") -> list[str]:
        """``Record.field`` of the schema properties among *pointers*; those named like the
        last part of *location* (``...PhoneNumbers[].Iccid``) when there are any."""
        found: list[str] = []
        wires: list[str] = []
        for pointer in pointers:
            cut = pointer.rfind(_PROPERTIES)
            if cut < 0:
                continue
            wire = unescape_pointer(pointer[cut + len(_PROPERTIES) :].split("/", 1)[0])
            parent = pointer[:cut]
            name = self._record(parent)
            if name is not None:
                prop = self._node(f"{parent}{_PROPERTIES}{escape_pointer(wire)}")
                found.append(f"{name}.{field_name(wire, prop)}")
                wires.append(wire)
        last = location.rsplit(".", 1)[-1].removesuffix("[]")
        named = [f for f, w in zip(found, wires, strict=True) if w == last]
        return list(dict.fromkeys(named or found))

    def _node(self, pointer: str) -> dict[str, Any] | None:
        for doc in self._docs:
            try:
                node = resolve_pointer(doc, "#" + pointer)
            except KeyError:
                continue
            if isinstance(node, dict):
                return node
        return None

    def _record(self, pointer: str) -> str | None:
        node = self._node(pointer)
        if node is None:
            return None
        if pointer.startswith(_SCHEMAS) and pointer.count("/") == 3:
            return record_name(unescape_pointer(pointer.rsplit("/", 1)[1]), node)
        title = node.get("title")
        return title if isinstance(title, str) and title.isidentifier() else None


# ------------------------------------------------------------------- client reads


def _expand(side: Side, node: Any, pointer: str, seen: frozenset[str], budget: list[int]) -> Any:
    """*node* with internal references inlined (cycles marked), for equality tests."""
    budget[0] -= 1
    if budget[0] < 0:
        return None
    node, pointer, _ = side.resolve(node, pointer)
    if pointer in seen:
        return {"$cycle": pointer}
    if isinstance(node, dict):
        inner = seen | {pointer}
        return {
            k: _expand(side, v, f"{pointer}/{escape_pointer(k)}", inner, budget)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_expand(side, v, f"{pointer}/{i}", seen, budget) for i, v in enumerate(node)]
    return node


def _response_schemas(side: Side) -> Iterator[tuple[OpKey, str, str, Any, str]]:
    for key, op in operations(side).items():
        responses = op.node.get("responses")
        if not isinstance(responses, dict):
            continue
        for status, raw in responses.items():
            if not status.startswith("2"):
                continue
            resp, at, _ = side.resolve(raw, f"{op.pointer}/responses/{escape_pointer(status)}")
            content = resp.get("content") if isinstance(resp, dict) else None
            if not isinstance(content, dict):
                continue
            for media, value in content.items():
                if isinstance(value, dict) and "schema" in value:
                    pointer = f"{at}/content/{escape_pointer(media)}/schema"
                    yield key, status, media, value["schema"], pointer


def client_read_responses(raw: Mapping[str, Any], patched: Mapping[str, Any]) -> Reads:
    """The 2xx responses the overlay types: their every property counts as read by the client.

    A response is overlay-typed when its schema, references inlined, differs between the
    raw pinned spec and the patched one, or when the overlay added the operation.
    """
    raw_side, patched_side = Side(raw), Side(patched)
    before = {(k, s, m): (schema, p) for k, s, m, schema, p in _response_schemas(raw_side)}
    typed: set[tuple[OpKey, str, str]] = set()
    for key, status, media, schema, pointer in _response_schemas(patched_side):
        old = before.get((key, status, media))
        new_form = _expand(patched_side, schema, pointer, frozenset(), [50_000])
        if old is None or _expand(raw_side, old[0], old[1], frozenset(), [50_000]) != new_form:
            typed.add((key, status, media))
    return frozenset(typed)
