"""Schemas: what the comparison knows about a (resolved, ``allOf``-merged) schema, and the
comparison of two of them (types, nullability, enum values, properties, renames).

Levels are judged for this client (see :mod:`.operations` for the facts relied on): a
response parser ``pop``s every required property and checks strict ``enum`` values; a
request is sent as the client's model serialises it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .document import Side, escape_pointer
from .findings import Core
from .rules import Level

__all__ = [
    "Ctx",
    "Relied",
    "SchemaDiffer",
    "View",
    "accepts",
    "arr",
    "client_media",
    "covered",
    "obj",
    "values_text",
    "view",
]

# Formats the generated client converts (isoparse, UUID(...), File): a null there crashes.
_PARSED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
_WIDER_FORMATS = frozenset({("int32", "int64"), ("float", "double")})
_PREFIX = {
    "request": "request-property",
    "response": "response-property",
    "parameter": "request-parameter",
}


@dataclass(frozen=True, slots=True)
class Relied:
    """``x-telegent-relied-on`` of a schema: the values SDK methods depend on."""

    values: tuple[Any, ...]
    by: tuple[str, ...]

    @classmethod
    def of(cls, node: Mapping[str, Any]) -> Relied | None:
        """The declaration on *node*, if it has a well-formed one."""
        raw = node.get("x-telegent-relied-on")
        if not isinstance(raw, dict):
            return None
        values, by = raw.get("values"), raw.get("by")
        if not isinstance(values, list) or not isinstance(by, list):
            return None
        return cls(tuple(values), tuple(str(b) for b in by))

    def by_text(self) -> str:
        """``client.orders.wait`` (and others), for messages."""
        return ", ".join(f"client.{b}" for b in self.by)


@dataclass(slots=True)
class View:
    """What the comparison needs to know about a (resolved, allOf-merged) schema."""

    pointer: str
    trail: tuple[str, ...]
    """Pointers whose ancestors contain this schema: ref holders, then the schema itself."""
    types: frozenset[str] | None
    format: str | None
    nullable: bool
    enum: tuple[Any, ...] | None
    known: tuple[Any, ...] | None
    properties: dict[str, tuple[Any, str]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: tuple[Any, str] | None = None
    closed: bool = False
    relied: Relied | None = None

    def child(self, side: Side, name: str) -> View | None:
        """The view of property *name*, if the schema has it."""
        if name not in self.properties:
            return None
        node, pointer = self.properties[name]
        return view(side, node, pointer, self.trail[:-1])

    def item_view(self, side: Side) -> View | None:
        """The view of the array items, if any."""
        if self.items is None:
            return None
        node, pointer = self.items
        return view(side, node, pointer, self.trail[:-1])

    def type_label(self) -> str:
        """``string (date-time)``, ``integer|string``, ``any``."""
        text = "|".join(sorted(self.types)) if self.types else "any"
        return f"{text} ({self.format})" if self.format else text

    def shape(self) -> tuple[str, tuple[str, ...]]:
        """Type and member names: what two properties must share to be one renamed."""
        return self.type_label(), tuple(sorted(self.properties))


def view(side: Side, node: Any, pointer: str, trail: tuple[str, ...] = ()) -> View:
    """The view of the schema *node* at *pointer* in *side* (``$ref`` followed)."""
    return _build_view(side, node, pointer, trail, frozenset())


def _types_of(node: Mapping[str, Any]) -> set[str] | None:
    raw_type = node.get("type")
    if isinstance(raw_type, str):
        return {raw_type}
    if isinstance(raw_type, list):
        return {t for t in raw_type if isinstance(t, str)}
    return None


@dataclass(slots=True)
class _Acc:
    """A view under construction."""

    types: set[str] | None
    fmt: str | None
    nullable: bool
    enum: tuple[Any, ...] | None
    known: tuple[Any, ...] | None
    properties: dict[str, tuple[Any, str]]
    required: set[str]
    items: tuple[Any, str] | None


def _own(node: Mapping[str, Any], pointer: str) -> _Acc:
    types = _types_of(node)
    nullable = node.get("nullable") is True or bool(types and "null" in types)
    fmt = node.get("format") if isinstance(node.get("format"), str) else None
    enum: tuple[Any, ...] | None = None
    if isinstance(node.get("enum"), list):
        values = node["enum"]
        nullable = nullable or None in values
        enum = tuple(v for v in values if v is not None)
    known = tuple(node["x-known-values"]) if isinstance(node.get("x-known-values"), list) else None
    properties = {
        name: (sub, f"{pointer}/properties/{escape_pointer(name)}")
        for name, sub in obj(node.get("properties")).items()
    }
    required = {r for r in arr(node.get("required")) if isinstance(r, str)}
    items = (node["items"], f"{pointer}/items") if isinstance(node.get("items"), dict) else None
    return _Acc(types, fmt, nullable, enum, known, properties, required, items)


def _merge_all_of(acc: _Acc, sub: View) -> None:
    # allOf: the members' constraints all apply; merge what the comparison looks at.
    for name, value in sub.properties.items():
        acc.properties.setdefault(name, value)
    acc.required |= sub.required
    if acc.types is None and sub.types is not None:
        acc.types = set(sub.types)
    acc.fmt = acc.fmt or sub.format
    acc.items = acc.items or sub.items
    if acc.enum is None:
        acc.enum = sub.enum
    if acc.known is None:
        acc.known = sub.known


def _merge_variants(acc: _Acc, subs: list[View]) -> None:
    # anyOf/oneOf of typed variants (e.g. the overlay's lenient booleans): union of types.
    union: set[str] = set()
    for sub in subs:
        acc.nullable = acc.nullable or sub.nullable
        if sub.types is None:
            if not sub.nullable:
                union = set()
                break
            continue
        union |= sub.types
    acc.types = union or None


def _build_view(
    side: Side, node: Any, pointer: str, trail: tuple[str, ...], visiting: frozenset[str]
) -> View:
    node, pointer, holders = side.resolve(node, pointer)
    trail = (*trail, *holders, pointer)
    if not isinstance(node, dict) or pointer in visiting:
        return View(pointer, trail, None, None, False, None, None)
    visiting = visiting | {pointer}
    acc = _own(node, pointer)
    for i, member in enumerate(arr(node.get("allOf"))):
        _merge_all_of(acc, _build_view(side, member, f"{pointer}/allOf/{i}", (), visiting))
    key = "anyOf" if "anyOf" in node else "oneOf"
    variants = node.get(key)
    if acc.types is None and isinstance(variants, list) and variants:
        subs = [
            _build_view(side, m, f"{pointer}/{key}/{i}", (), visiting)
            for i, m in enumerate(variants)
        ]
        _merge_variants(acc, subs)
    if acc.types is not None:
        acc.types.discard("null")
    return View(
        pointer=pointer,
        trail=trail,
        types=frozenset(acc.types) if acc.types else None,
        format=acc.fmt,
        nullable=acc.nullable,
        enum=acc.enum,
        known=acc.known,
        properties=acc.properties,
        required=frozenset(acc.required),
        items=acc.items,
        closed=node.get("additionalProperties") is False,
        relied=Relied.of(node),
    )


def covered(json_type: str, types: Iterable[str]) -> bool:
    """Whether a value of *json_type* is valid for a schema of *types*."""
    allowed = set(types)
    return json_type in allowed or (json_type == "integer" and "number" in allowed)


def accepts(wide: View, narrow: View) -> bool:
    """Whether every value valid for *narrow* is valid for *wide* (types and format only)."""
    if wide.types is None:
        return True
    if narrow.types is None:
        return False
    if not all(covered(t, wide.types) for t in narrow.types):
        return False
    return (
        wide.format is None
        or wide.format == narrow.format
        or (narrow.format, wide.format) in _WIDER_FORMATS
    )


def obj(value: Any) -> dict[str, Any]:
    """*value* if it is a JSON object, else an empty one (malformed parts compare as empty)."""
    return value if isinstance(value, dict) else {}


def arr(value: Any) -> list[Any]:
    """*value* if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def enum_key(value: Any) -> str:
    """JSON identity: True and 1 are different enum values."""
    return json.dumps(value, sort_keys=True)


def values_text(values: Iterable[Any]) -> str:
    """``"a", "b" and 3 more``."""
    shown = [json.dumps(v) for v in values]
    return ", ".join(shown[:8]) + (f" and {len(shown) - 8} more" if len(shown) > 8 else "")


def client_media(content: Mapping[str, Any]) -> str | None:
    """The media type the generated client uses: ``application/json``, else the first JSON one."""
    if "application/json" in content:
        return "application/json"
    for media in content:
        base = media.split(";", 1)[0].strip().lower()
        if base.endswith(("/json", "+json")):
            return media
    return None


def pair_renamed(removed: Mapping[str, View], added: Mapping[str, View]) -> list[tuple[str, str]]:
    """(old, new) names of removed and added properties that are one renamed property:
    names equal but for letter case, or the only removed and the only added one, of the
    same shape."""
    pairs: list[tuple[str, str]] = []
    by_fold = {name.casefold(): name for name in added}
    for old in removed:
        new = by_fold.get(old.casefold())
        if new is not None:
            pairs.append((old, new))
    if not pairs and len(removed) == 1 and len(added) == 1:
        (old, b), (new, r) = next(iter(removed.items())), next(iter(added.items()))
        if b.types is not None and b.shape() == r.shape():
            pairs.append((old, new))
    return pairs


@dataclass(frozen=True, slots=True)
class Ctx:
    """Where a schema is compared: a request body, a response body or a parameter."""

    mode: Literal["request", "response", "parameter"]
    operation: str
    reads: bool = False
    """Response mode: the client reads every property (overlay-typed response)."""


class SchemaDiffer(Core):
    """Schema comparison, shared by parameters, request bodies and responses."""

    def _schema(self, ctx: Ctx, b: View, r: View, loc: str) -> None:
        pair = (b.pointer, r.pointer)
        if pair in self._active:
            return  # a $ref cycle: this pair is already being compared further up
        self._active.add(pair)
        try:
            if self._type_changed(ctx, b, r, loc):
                return
            self._nullable(ctx, b, r, loc)
            self._enum(ctx, b, r, loc)
            if ctx.mode == "parameter":
                return  # parameters: type and values only
            self._properties(ctx, b, r, loc)
            if b.items is not None and r.items is not None:
                b_items, r_items = b.item_view(self.base), r.item_view(self.rev)
                if b_items is not None and r_items is not None:
                    self._schema(ctx, b_items, r_items, f"{loc}[]")
        finally:
            self._active.discard(pair)

    def _type_changed(self, ctx: Ctx, b: View, r: View, loc: str) -> bool:
        if b.types is None or r.types is None or (b.types == r.types and b.format == r.format):
            return False
        change = f"type changed from {b.type_label()} to {r.type_label()}"
        if ctx.mode == "response":
            compatible = accepts(b, r)
            why = "the client's parser accepts it" if compatible else "the client parses it"
        else:
            compatible = accepts(r, b)
            why = (
                "what the client sends is still valid"
                if compatible
                else "what the client sends may be refused"
            )
        self.emit(
            f"{_PREFIX[ctx.mode]}-type-changed",
            Level.INFO if compatible else Level.ERR,
            ctx.operation,
            loc,
            f"{change}; {why}",
            at=(*b.trail, *r.trail),
            now=r.pointer,
        )
        return True

    def _nullable(self, ctx: Ctx, b: View, r: View, loc: str) -> None:
        if ctx.mode != "response" or not r.nullable or b.nullable:
            return
        parsed = bool(b.types and b.types & {"object", "array"}) or b.format in _PARSED_FORMATS
        if ctx.reads or parsed:
            level, why = Level.ERR, "the client reads it as non-null"
        else:
            level, why = Level.WARN, "the client passes it through as is"
        self.emit(
            f"{_PREFIX[ctx.mode]}-became-nullable",
            level,
            ctx.operation,
            loc,
            f"can now be null; {why}",
            at=(*b.trail, *r.trail),
            now=r.pointer,
        )

    def _enum(self, ctx: Ctx, b: View, r: View, loc: str) -> None:
        if b.enum is None or r.enum is None:
            return
        b_keys = {enum_key(v): v for v in b.enum}
        r_keys = {enum_key(v): v for v in r.enum}
        added = [r_keys[k] for k in sorted(r_keys.keys() - b_keys.keys())]
        removed = [b_keys[k] for k in sorted(b_keys.keys() - r_keys.keys())]
        at, prefix, response = (*b.trail, *r.trail), _PREFIX[ctx.mode], ctx.mode == "response"
        if added:
            # In a response, b.enum is the client's strict typing: the generated check raises.
            level = Level.ERR if response else Level.INFO
            msg = (
                f"new value(s) {values_text(added)}; the client's strict enum rejects them"
                if response
                else f"new accepted value(s) {values_text(added)} (usable after regeneration)"
            )
            self.emit(f"{prefix}-enum-value-added", level, ctx.operation, loc, msg, at=at)
        if removed:
            level = Level.INFO if response else Level.ERR
            msg = (
                f"value(s) {values_text(removed)} no longer returned"
                if response
                else f"value(s) {values_text(removed)} no longer accepted; the client may send them"
            )
            self.emit(f"{prefix}-enum-value-removed", level, ctx.operation, loc, msg, at=at)
        if b.relied is not None:
            self._relied_enum(ctx, relied=b.relied, added=added, removed=removed, loc=loc, at=at)

    def _relied_enum(
        self,
        ctx: Ctx,
        *,
        relied: Relied,
        added: list[Any],
        removed: list[Any],
        loc: str,
        at: tuple[str, ...],
    ) -> None:
        gone = [v for v in removed if v in relied.values]
        if gone:
            level = Level.ERR
            msg = (
                f"{relied.by_text()} rely on value(s) {values_text(gone)}, which the published "
                f"spec no longer lists"
                + (f" (new: {values_text(added)}; renamed?)" if added else "")
            )
        elif added:
            level = Level.WARN
            msg = (
                f"new value(s) {values_text(added)} next to {values_text(relied.values)}, which "
                f"{relied.by_text()} rely on: check they handle it"
            )
        else:
            return
        self.emit(
            "relied-on-value-changed", level, ctx.operation, loc, msg, at=at, helpers=relied.by
        )

    # ------------------------------------------------------------------ properties

    def _properties(self, ctx: Ctx, b: View, r: View, loc: str) -> None:
        removed: dict[str, View] = {}
        added: dict[str, View] = {}
        for name in sorted(b.properties.keys() | r.properties.keys()):
            b_child, r_child = b.child(self.base, name), r.child(self.rev, name)
            if r_child is None and b_child is not None:
                removed[name] = b_child
            elif b_child is None and r_child is not None:
                added[name] = r_child
            elif b_child is not None and r_child is not None:
                self._kept_property(
                    ctx, b, r, name, children=(b_child, r_child), loc=f"{loc}.{name}"
                )
        for old, new in pair_renamed(removed, added):
            self._renamed_property(ctx, b, (old, new), (removed.pop(old), added.pop(new)), loc)
        for name, b_child in removed.items():
            level, why = self._removal(ctx, b, r, name)
            self.emit(
                f"{_PREFIX[ctx.mode]}-removed",
                level,
                ctx.operation,
                f"{loc}.{name}",
                f"property {name!r} is gone; {why}",
                at=b_child.trail,
            )
        for name, r_child in added.items():
            self._added_property(ctx, r, name, r_child, f"{loc}.{name}")

    def _removal(self, ctx: Ctx, b: View, r: View, name: str) -> tuple[Level, str]:
        """The level of property *name* disappearing from *b*, and why."""
        if ctx.mode == "request":
            if name in b.required and r.closed:
                return Level.ERR, (
                    "the client always sends it and the published schema refuses unknown properties"
                )
            return (
                Level.WARN,
                "the client still sends it when set (the server may ignore or refuse it)",
            )
        # ctx.reads: an overlay-typed response. We do not inspect the wrappers; every
        # property of such a schema counts as read by the client (its model maps all).
        if ctx.reads:
            return Level.ERR, "the client maps it (overlay-typed response) and reads it"
        if name in b.required:
            return Level.ERR, "it is required: the generated parser fails without it"
        return Level.WARN, "callers reading it will get UNSET"

    def _renamed_property(
        self, ctx: Ctx, b: View, names: tuple[str, str], children: tuple[View, View], loc: str
    ) -> None:
        (old, new), (b_child, r_child) = names, children
        level, why = self._removal(ctx, b, b, old)
        self.emit(
            f"{'request' if ctx.mode == 'request' else 'response'}-property-renamed",
            level,
            ctx.operation,
            f"{loc}.{old}",
            f"property {old!r} is now {new!r} (same shape); {why}",
            at=(*b_child.trail, *r_child.trail),
            now=r_child.pointer,
            renamed_from=f"{loc}.{old}",
        )

    def _added_property(self, ctx: Ctx, r: View, name: str, r_child: View, loc: str) -> None:
        if ctx.mode == "response":
            rule, level = "response-property-added", Level.INFO
            msg = f"new property {name!r} (kept in additional_properties until regeneration)"
        elif name in r.required:
            rule, level = "new-required-request-property", Level.ERR
            msg = f"new required property {name!r}; the client's model does not send it"
        else:
            rule, level = "new-optional-request-property", Level.INFO
            msg = f"new optional property {name!r}"
        self.emit(rule, level, ctx.operation, loc, msg, at=r_child.trail, now=r_child.pointer)

    def _kept_property(
        self, ctx: Ctx, b: View, r: View, name: str, *, children: tuple[View, View], loc: str
    ) -> None:
        b_child, r_child = children
        at = (*b_child.trail, *r_child.trail)
        was, now = name in b.required, name in r.required
        if ctx.mode == "request" and now and not was:
            self.emit(
                "request-property-became-required",
                Level.ERR,
                ctx.operation,
                loc,
                f"property {name!r} became required; requests without it fail",
                at=at,
                now=r_child.pointer,
            )
        elif was and not now:
            rule = f"{_PREFIX[ctx.mode]}-became-optional"
            level = Level.INFO if ctx.mode == "request" else Level.ERR
            why = "" if ctx.mode == "request" else "; the generated parser requires it"
            self.emit(
                rule,
                level,
                ctx.operation,
                loc,
                f"property {name!r} became optional{why}",
                at=at,
                now=r_child.pointer,
            )
        self._schema(ctx, b_child, r_child, loc)
