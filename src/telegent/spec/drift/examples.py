"""Response examples: what the published examples show that the pinned ones did not.

The vendor's 200 responses are bare ``{type: object}``: only the examples say what is in
them. A property that every pinned example has and no published example has is reported
as removed, new types and nulls as type/nullability changes, and new values of a property
typed with ``enum``/``x-known-values`` as enum values (and as a relied-on value change when
the overlay says SDK methods depend on that property's values).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import Op, OpKey, Side, escape_pointer, op_sort_key, operations
from .findings import Core, Finding, Reads
from .rules import Level
from .schemas import Ctx, View, covered, obj, values_text, view

__all__ = ["diff_examples"]

_MAX_EXAMPLE_STRINGS = 200


@dataclass(slots=True)
class Shape:
    """What a set of example values shows about one place in a payload."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    properties: dict[str, Shape] = field(default_factory=dict)
    items: Shape | None = None
    strings: set[str] = field(default_factory=set)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    return "array"


def shape_of(values: list[Any]) -> Shape:
    """The merged shape of example *values*."""
    shape = Shape()
    members: dict[str, list[Any]] = {}
    elements: list[Any] = []
    for value in values:
        if value is None:
            shape.nullable = True
            continue
        shape.types.add(_json_type(value))
        if isinstance(value, str) and len(shape.strings) < _MAX_EXAMPLE_STRINGS:
            shape.strings.add(value)
        elif isinstance(value, dict):
            for key, member in value.items():
                members.setdefault(key, []).append(member)
        elif isinstance(value, list):
            elements.extend(value)
    shape.properties = {key: shape_of(found) for key, found in members.items()}
    if "array" in shape.types:
        shape.items = shape_of(elements)
    return shape


def _examples(side: Side, media: Mapping[str, Any], pointer: str) -> list[Any]:
    values: list[Any] = []
    if "example" in media:
        values.append(media["example"])
    for name, raw in obj(media.get("examples")).items():
        node, _, _ = side.resolve(raw, f"{pointer}/examples/{escape_pointer(name)}")
        if isinstance(node, dict) and "value" in node:
            values.append(node["value"])  # externalValue is never fetched
    return values


@dataclass(frozen=True, slots=True)
class _Place:
    """One place in a payload: where, the client's schema for it, extra pointers."""

    loc: str
    typed: View | None
    extra: tuple[str, ...]

    @property
    def pointers(self) -> tuple[str, ...]:
        return (*(self.typed.trail if self.typed else ()), *self.extra)


class ExampleDiffer(Core):
    """Compares the examples of the operations and responses present on both sides."""

    def run(self) -> list[Finding]:
        """Compare; return the findings."""
        base_ops, rev_ops = operations(self.base), operations(self.rev)
        for key in sorted(base_ops.keys() & rev_ops.keys(), key=op_sort_key):
            self._operation(key, base_ops[key], rev_ops[key])
        return self.findings

    def _operation(self, key: OpKey, b: Op, r: Op) -> None:
        b_resps, r_resps = obj(b.node.get("responses")), obj(r.node.get("responses"))
        for status in sorted(b_resps.keys() & r_resps.keys()):
            b_resp, b_at, _ = self.base.resolve(
                b_resps[status], f"{b.pointer}/responses/{escape_pointer(status)}"
            )
            r_resp, r_at, _ = self.rev.resolve(
                r_resps[status], f"{r.pointer}/responses/{escape_pointer(status)}"
            )
            if isinstance(b_resp, dict) and isinstance(r_resp, dict):
                b_content, r_content = obj(b_resp.get("content")), obj(r_resp.get("content"))
                for media in sorted(b_content.keys() & r_content.keys()):
                    bm, rm = b_content[media], r_content[media]
                    if isinstance(bm, dict) and isinstance(rm, dict):
                        at = f"/content/{escape_pointer(media)}"
                        self._media(
                            key,
                            r.display,
                            status,
                            media=media,
                            pinned=(bm, b_at + at),
                            published=(rm, r_at + at),
                        )

    def _media(
        self,
        key: OpKey,
        op: str,
        status: str,
        *,
        media: str,
        pinned: tuple[dict[str, Any], str],
        published: tuple[dict[str, Any], str],
    ) -> None:
        (bm, b_media), (rm, r_media) = pinned, published
        b_values = _examples(self.base, bm, b_media)
        r_values = _examples(self.rev, rm, r_media)
        if not b_values or not r_values:
            return  # nothing to compare: examples added or dropped wholesale
        typed = view(self.base, bm.get("schema", {}), f"{b_media}/schema")
        ctx = Ctx("response", op, reads=(key, status, media) in self.client_reads)
        place = _Place(f"response.{status}[{media}]", typed, (f"{r_media}/schema",))
        self._shape(ctx, shape_of(b_values), shape_of(r_values), place)

    def _shape(self, ctx: Ctx, b: Shape, r: Shape, place: _Place) -> None:
        """Compare example shapes at *place*."""
        if self._type_changed(ctx, b, r, place):
            return
        self._nullable(ctx, b, r, place)
        self._new_values(ctx, b, r, place)
        for name in sorted(b.properties.keys() | r.properties.keys()):
            self._member(ctx, b, r, name, place)
        if b.items is not None and r.items is not None:
            typed = place.typed.item_view(self.base) if place.typed is not None else None
            self._shape(ctx, b.items, r.items, _Place(f"{place.loc}[]", typed, place.extra))

    def _emit(self, rule: str, level: Level, ctx: Ctx, place: _Place, msg: str, **kw: Any) -> None:
        self.emit(
            rule, level, ctx.operation, place.loc, msg, at=place.pointers, source="examples", **kw
        )

    def _type_changed(self, ctx: Ctx, b: Shape, r: Shape, place: _Place) -> bool:
        new_types = sorted(t for t in r.types if not covered(t, b.types))
        if not b.types or not new_types:
            return False
        change = f"examples now show {'/'.join(new_types)} (were {'/'.join(sorted(b.types))})"
        typed = place.typed
        if typed is not None and typed.types and all(covered(t, typed.types) for t in r.types):
            level, why = Level.INFO, "the client's typing accepts it"
        elif typed is not None and typed.types:
            level, why = Level.ERR, f"the client types it {typed.type_label()}"
        else:
            level, why = Level.WARN, "the client does not type it"
        self._emit("response-property-type-changed", level, ctx, place, f"{change}; {why}")
        return True

    def _nullable(self, ctx: Ctx, b: Shape, r: Shape, place: _Place) -> None:
        if not r.nullable or b.nullable:
            return
        typed = place.typed
        if typed is not None and typed.nullable:
            level, why = Level.INFO, "the client's typing allows null"
        elif typed is not None and typed.types:
            level, why = Level.ERR, "the client types it non-null"
        else:
            level, why = Level.WARN, "the client does not type it"
        self._emit(
            "response-property-became-nullable", level, ctx, place, f"examples now show null; {why}"
        )

    def _new_values(self, ctx: Ctx, b: Shape, r: Shape, place: _Place) -> None:
        typed = place.typed
        if typed is None or "string" not in r.types:
            return
        relied = typed.relied
        listed = {*(typed.enum or ()), *(typed.known or ()), *(relied.values if relied else ())}
        new_values = sorted(v for v in r.strings - b.strings if v not in listed)
        if new_values and (typed.enum or typed.known):
            if typed.enum is not None:
                level, why = Level.ERR, "the client's strict enum rejects it"
            else:
                level, why = Level.INFO, "the client's typing is forward compatible"
            self._emit(
                "response-property-enum-value-added",
                level,
                ctx,
                place,
                f"examples show new value(s) {values_text(new_values)}; {why}",
            )
        if relied is None or not new_values:
            return
        vanished = sorted(v for v in b.strings - r.strings if v in relied.values)
        renamed = f" where {values_text(vanished)} used to be (renamed?)" if vanished else ""
        self._emit(
            "relied-on-value-changed",
            Level.WARN,
            ctx,
            place,
            f"examples show new value(s) {values_text(new_values)}{renamed}; "
            f"{relied.by_text()} act only on {values_text(relied.values)}: a caller may wait "
            "or branch on a value that never comes",
            helpers=relied.by,
        )

    def _member(self, ctx: Ctx, b: Shape, r: Shape, name: str, place: _Place) -> None:
        typed = place.typed
        child_typed = typed.child(self.base, name) if typed is not None else None
        child = _Place(f"{place.loc}.{name}", child_typed, place.extra)
        if name not in r.properties:
            if child_typed is not None and ctx.reads:
                level, why = Level.ERR, "the client maps it (overlay-typed response) and reads it"
            elif child_typed is not None and typed is not None and name in typed.required:
                level, why = Level.ERR, "it is required: the generated parser fails without it"
            else:
                level, why = Level.WARN, "the client does not type it; callers may read it"
            self._emit(
                "response-property-removed",
                level,
                ctx,
                child,
                f"property {name!r} is gone from every published example; {why}",
            )
        elif name not in b.properties:
            self._emit(
                "response-property-added",
                Level.INFO,
                ctx,
                child,
                f"new property {name!r} in the published examples",
            )
        else:
            self._shape(ctx, b.properties[name], r.properties[name], child)


def diff_examples(
    base: Mapping[str, Any], revision: Mapping[str, Any], *, client_reads: Reads = frozenset()
) -> list[Finding]:
    """Changes the response examples show, judged against the base document's schemas."""
    return ExampleDiffer(base, revision, client_reads).run()
