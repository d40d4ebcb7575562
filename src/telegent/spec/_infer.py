"""Draft an OpenAPI Overlay that types 200 responses from the spec's own examples.

The vendor's spec shows what each operation answers only by example: its 200 schemas are a
bare ``{type: object}``. This module reads those examples and writes an Overlay 1.0 document
that gives each such response a named record, following the project's forward-compatible
conventions (the header of ``overlay/telegent.overlay.yaml``):

- no ``required`` and no ``enum``: an example is not a promise, and a new server value must
  not break an old client; short status/type strings list what was seen in
  ``x-known-values``;
- ``nullable: true`` where an example shows ``null``; booleans accept the strings
  ``"true"``/``"false"`` (the same ``anyOf`` as the hand-written overlay); ISO timestamps,
  ``MM/DD/YYYY`` dates and ``MM/DD/YYYY hh:mm:ss AM/PM`` times get the hand-written patterns;
  integers stay integers unless a value has a fraction;
- fields the SDK's secret policy names (a field the overlay marks secret, or a name its
  credential rule ``x-telegent-secrets.names`` matches: ``...Password``, ``...Token``,
  ``...Pin``, ``Secret``) are ``x-telegent-secret``: masked in ``repr``, logs and errors;
- every object becomes a named record (additional properties allowed); arrays are typed from
  all their items; two objects given the same name (several examples, or several operations)
  get the union of their shapes, and the disagreement is reported.

Types come from all the evidence, not one example (issue 19): the same wire field gets the
same type in every record (the union of what every record's examples show); money
(``...Cost``, ``...Price``, ``...Rate``...) is a number and identifiers, ICCIDs, zip and
area codes and phone numbers are text even when shown as digits (the schema lists every
kind seen, so the examples still validate, and ``x-telegent-type`` says what the SDK reads);
a field shown only as ``null`` or ``[]`` takes its type from the same field elsewhere, a
sibling record's items, or the request schema; ``MessageId``/``MessageID`` are one field with
an alias; ``components.x-telegent-response-fields`` in a hand-written overlay names a field,
adds aliases (a vendor typo and its fix) or sets its type; an operation marked
``x-telegent-list`` answers a list, read from one object too when its example shows one.
``--report`` lists the fields whose type rests on one example, on conflicting examples or on
none, and how many of them the evidence beyond the examples decided.

Names come from the operation: ``x-telegent-record`` when set (the names overlay sets it
where the default reads badly), else the operationId without its verb (``getSubscriber`` ->
``Subscriber``, ``listPackages`` -> ``PackageList``, ``deletePackage`` ->
``PackageDeletion``, anything else -> ``<OperationId>Result``); nested objects are named
after their property (``BillingAddress``; array items in the singular), or as the
operation's ``x-telegent-nested-records`` (property -> record) says. A name that an existing
schema already owns gets its parent's name as a prefix.

It runs on the spec *after* the hand-written overlays: a response they already type is left
alone, so hand-written actions always win. The output is deterministic (operations sorted by
path and method, records by name), so re-running on the same input gives the same bytes.

Command line (``telegent spec infer``, or ``python -m telegent.spec._infer``)::

    telegent spec infer --spec openapi.json \\
        --overlay overlay/telegent.overlay.yaml --overlay overlay/published-names.overlay.yaml \\
        -o overlay/responses.overlay.yaml [--check]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .._secrets import is_secret_field
from ._naming import field_name, iter_operations
from ._safeload import SpecInputError, escape_pointer, load_document

__all__ = [
    "Disagreement",
    "InferResult",
    "SpecShapeError",
    "check_responses",
    "example_problems",
    "infer_overlay",
    "json_schema",
    "main",
    "render_overlay",
    "render_yaml",
]

# ------------------------------------------------------------------ value formats

TIMESTAMP_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?$"
)
US_DATE_PATTERN = r"^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}$"
US_DATETIME_PATTERN = (
    r"^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4} "
    r"(0[1-9]|1[0-2]):[0-5][0-9]:[0-5][0-9] (AM|PM)$"
)
BOOL_STRING_PATTERN = r"^(?:[Tt]rue|[Ff]alse|TRUE|FALSE)$"

_FORMATS: tuple[tuple[str, str], ...] = (
    (
        TIMESTAMP_PATTERN,
        "ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an "
        "offset, or absent (then it is UTC).",
    ),
    (US_DATE_PATTERN, "Date, `MM/DD/YYYY`."),
    (US_DATETIME_PATTERN, "Date and time, `MM/DD/YYYY hh:mm:ss AM/PM` (UTC)."),
)
_BOOL_STRING = re.compile(BOOL_STRING_PATTERN)
# Server-controlled words worth listing: a status, type, mode... that looks like a word, not
# an id or free text.
_KNOWN_VALUE_FIELDS = re.compile(
    r"(Status|Type|Mode|Direction|Role|Action|Unit|Method|Format|Frequency|Behavior|"
    r"Relation|Classification|Severity)$"
)
_KNOWN_VALUE = re.compile(r"^[A-Za-z][A-Za-z0-9+_ -]{0,31}$")
_MAX_KNOWN_VALUES = 12

# Evidence beyond one example (issue 19): a field's name says what its digits mean.
# Money is a number even when an example shows 0 or "2.34"; identifiers, codes and phone
# numbers are text even when an example shows digits (leading zeros, 20-digit ICCIDs).
_MONEY = re.compile(r"(Cost|Price|Rate|Amount|Fee|Charge|Balance)$")
_TEXT_ID = re.compile(
    r"(Id|ID|Iccid|ICCID|Imei|IMEI|Zip|Zipcode|ZipCode|AreaCode|Number|Msisdn|MSISDN|Port[0-9]*"
    r"|Name|^To|^From)$"
)
_NOT_TEXT_ID = re.compile(r"^(Page|Total|Max|Min|Count)")
_NUMERIC_TEXT = re.compile(r"^\s*[+-]?\$?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s*$")
_SCALAR_KINDS = frozenset({"string", "integer", "number", "boolean", "null"})

# Array properties whose name says nothing about their items.
_GENERIC_ARRAYS = frozenset({"Results", "Items", "Data", "Records", "Values", "Entries", "List"})
# Real payloads nest a few levels; a hostile example must not exhaust the stack.
_MAX_DEPTH = 32
_KIND_ORDER = ("object", "array", "boolean", "integer", "number", "string")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


# ------------------------------------------------------------------ naming helpers


def pascal(text: str) -> str:
    """``message-filter`` -> ``MessageFilter``; ``AllowedContacts`` stays as it is."""
    parts = re.split(r"[^0-9A-Za-z]+", text)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not name or name[0].isdigit():
        name = "R" + name
    return name


def singular(name: str) -> str:
    """The singular of a PascalCase name's last word: ``PhoneNumbers`` -> ``PhoneNumber``."""
    rules = (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"))
    for plural, single in rules:
        if name.endswith(plural):
            return name[: -len(plural)] + single
    if name.endswith("Children"):
        return name[: -len("ren")]
    if name.endswith("s") and not name.endswith(("ss", "us", "is")):
        return name[:-1]
    return name


def _class_key(name: str) -> str:
    # How the generator's class names compare: `Phone_Number` and `PhoneNumber` clash.
    return re.sub(r"[^0-9a-z]", "", name.lower())


def operation_record_name(operation: Mapping[str, Any], path: str, method: str) -> str:
    """The record an operation's 200 response becomes (see the module docstring)."""
    explicit = operation.get("x-telegent-record")
    if isinstance(explicit, str) and explicit.isidentifier():
        return explicit
    op_id = operation.get("operationId")
    if isinstance(op_id, str) and op_id:
        words = _WORD.findall(pascal(op_id))
        verb, rest = words[0].lower(), "".join(w[:1].upper() + w[1:] for w in words[1:])
        if rest and verb in {"get", "create", "update", "transfer", "configure"}:
            return rest
        if rest and verb == "list":
            return singular(rest) + "List"
        if rest and verb in {"delete", "remove"}:
            return rest + "Deletion"
        return pascal(op_id) + "Result"
    summary = operation.get("summary")
    if isinstance(summary, str) and summary.strip():
        return pascal(summary) + "Result"
    return pascal(f"{method} {path.replace('v1.0', '')}") + "Result"


# ------------------------------------------------------------------ shapes


@dataclass
class _Shape:
    """What the examples showed for one value position."""

    kinds: set[str] = field(default_factory=set)
    strings: list[str] = field(default_factory=list)
    items: _Shape | None = None
    record: str | None = None

    def merge(self, other: _Shape) -> None:
        self.kinds |= other.kinds
        self.strings.extend(other.strings)
        if other.items is not None:
            if self.items is None:
                self.items = _Shape()
            self.items.merge(other.items)
        self.record = self.record or other.record


@dataclass
class _Record:
    name: str
    props: dict[str, _Shape] = field(default_factory=dict)
    sources: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    """Per source (operation and example), each property's kinds: for the report."""
    operations: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Disagreement:
    """A record whose examples did not all show the same shape; it got their union."""

    record: str
    sources: tuple[str, ...]
    details: tuple[str, ...]

    def __str__(self) -> str:
        lines = [f"{self.record}: {len(self.sources)} sources disagree, typed as their union"]
        lines += [f"    {d}" for d in self.details]
        return "\n".join(lines)


@dataclass(frozen=True)
class InferResult:
    """The drafted overlay and what the run found."""

    overlay: dict[str, Any]
    typed: tuple[str, ...]
    """``METHOD /path`` of every response the overlay types."""
    skipped: dict[str, str]
    """``METHOD /path`` -> why its 200 response was left alone."""
    records: tuple[str, ...]
    disagreements: tuple[Disagreement, ...]
    report: Mapping[str, list[str]] = field(default_factory=dict)
    """``--report``: fields whose type rests on one example, conflicting ones, or none."""

    def field_report(self) -> str:
        """The ``--report`` text: per category, the count, how many the evidence beyond
        the examples decided (a name rule, a sibling, the request schema, the overlay),
        and every field still resting on the examples alone."""
        lines = []
        for category, fields in self.report.items():
            open_ = [f for f in fields if f.endswith(("(examples)", "(none)"))]
            lines.append(
                f"{category}: {len(fields)} fields, {len(fields) - len(open_)} decided by other "
                f"evidence, {len(open_)} resting on the examples alone"
            )
            lines += [f"    {f}" for f in open_]
        return "\n".join(lines)

    def summary(self) -> str:
        reasons: dict[str, int] = {}
        for why in self.skipped.values():
            reasons[why] = reasons.get(why, 0) + 1
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(reasons.items())) or "none"
        lines = [
            f"typed {len(self.typed)} responses with {len(self.records)} records; "
            f"skipped: {skipped}; {len(self.disagreements)} records with disagreeing examples",
        ]
        lines += [str(d) for d in self.disagreements]
        return "\n".join(lines)


class _Inferrer:
    def __init__(self, taken: Iterable[str]) -> None:
        self.records: dict[str, _Record] = {}
        self.taken = {_class_key(n) for n in taken}
        # The operation's `x-telegent-nested-records` (property -> record), while it runs.
        self.nested: Mapping[str, str] = {}

    def name_for(self, wanted: str, parent: str | None) -> str:
        """*wanted*, unless a schema that is not inferred already owns that class name."""
        if _class_key(wanted) not in self.taken:
            return wanted
        fallback = f"{parent}{wanted}" if parent else f"{wanted}Result"
        return fallback if _class_key(fallback) not in self.taken else fallback + "Record"

    def child_name(self, key: str, parent: str, is_array: bool) -> str:
        explicit = self.nested.get(key)
        if isinstance(explicit, str) and explicit.isidentifier():
            return explicit
        base = pascal(key)
        if is_array and base in _GENERIC_ARRAYS:
            wanted = parent.removesuffix("List") if parent.endswith("List") else parent + "Item"
        elif is_array:
            wanted = singular(base) if singular(base) != base else parent + base
        else:
            wanted = base
        return self.name_for(wanted, parent)

    def shape(self, value: Any, name: str, source: str, depth: int = 0) -> _Shape:
        if depth > _MAX_DEPTH:
            return _Shape()  # deeper than any real payload: learn nothing, stay bounded
        if value is None:
            return _Shape({"null"})
        if isinstance(value, bool):
            return _Shape({"boolean"})
        if isinstance(value, int):
            return _Shape({"integer"})
        if isinstance(value, float):
            return _Shape({"number"})
        if isinstance(value, str):
            return _Shape({"string"}, [value])
        if isinstance(value, list):
            items = _Shape()
            for item in value:
                items.merge(self.shape(item, name, source, depth + 1))
            return _Shape({"array"}, items=items)
        if isinstance(value, dict):
            self.add_object(value, name, source, depth)
            return _Shape({"object"}, record=name)
        return _Shape()  # not JSON: nothing to learn

    def add_object(self, value: Mapping[str, Any], name: str, source: str, depth: int) -> None:
        record = self.records.setdefault(name, _Record(name))
        record.operations.add(source.split(" example ", maxsplit=1)[0])
        seen = record.sources.setdefault(source, {})
        for key, item in value.items():
            child = self.child_name(key, name, isinstance(item, list))
            shape = self.shape(item, child, source, depth + 1)
            record.props.setdefault(key, _Shape()).merge(shape)
            seen.setdefault(key, set()).update(shape.kinds)


# ------------------------------------------------------------------ schema emission


def _lenient_bool() -> dict[str, Any]:
    return {
        "description": 'Boolean; the live API sometimes sends it as the string "true" or "false".',
        "anyOf": [{"type": "boolean"}, {"type": "string", "pattern": BOOL_STRING_PATTERN}],
    }


def _string_schema(key: str, values: Sequence[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for pattern, description in _FORMATS:
        if values and all(re.match(pattern, v) for v in values):
            schema.update(description=description, pattern=pattern)
            # Read as a date or a timestamp, as the hand-written records are (issue 19:
            # NextSwapResetDate was a datetime in one record and a str in another).
            schema["x-telegent-format"] = "us-date" if pattern == US_DATE_PATTERN else "timestamp"
            return schema
    known = sorted({v for v in values if v})
    if (
        _KNOWN_VALUE_FIELDS.search(key)
        and known
        and len(known) <= _MAX_KNOWN_VALUES
        and all(_KNOWN_VALUE.match(v) for v in known)
    ):
        schema["description"] = "Known values in x-known-values; new ones may appear."
        schema["x-known-values"] = known
    return schema


def _kind_schema(kind: str, key: str, shape: _Shape) -> dict[str, Any]:
    if kind == "object":
        return {"$ref": f"#/components/schemas/{shape.record}"}
    if kind == "array":
        items = shape.items or _Shape()
        return {"type": "array", "items": _schema(key, items) if items.kinds else {}}
    if kind == "string":
        return _string_schema(key, shape.strings)
    return {"type": kind}


def _by_name(key: str, shape: _Shape) -> dict[str, Any] | None:
    """Money as a number, identifiers as text, whatever the examples show: the schema lists
    every kind seen (so the examples still validate) and ``x-telegent-type`` says what the
    SDK reads the field as."""
    kinds = shape.kinds - {"null"}
    if not kinds or not kinds <= _SCALAR_KINDS - {"boolean"}:
        return None
    if _MONEY.search(key) and "number" in kinds and kinds <= {"integer", "number"}:
        return None  # the examples already say a number
    if _MONEY.search(key) and all(_NUMERIC_TEXT.match(v) for v in shape.strings):
        wanted, why = "number", "Money: a number, whatever the examples show."
    elif _TEXT_ID.search(key) and not _NOT_TEXT_ID.match(key) and kinds & {"integer", "number"}:
        wanted, why = "string", "An identifier or code: text, even when sent as digits."
    else:
        return None
    seen = [k for k in ("string", "integer", "number") if k in kinds or k == wanted]
    schema: dict[str, Any] = (
        {"type": wanted} if seen == [wanted] else {"anyOf": [{"type": k} for k in seen]}
    )
    schema.update({"description": why, "x-telegent-type": wanted})
    return schema


def _schema(key: str, shape: _Shape) -> dict[str, Any]:
    """The schema for one position, from everything the examples showed there."""
    kinds = shape.kinds - {"null"}
    nullable = "null" in shape.kinds
    named = _by_name(key, shape)
    if named is not None:
        if nullable:
            named["nullable"] = True
        return named
    if "number" in kinds:
        kinds.discard("integer")
    bool_strings = bool(shape.strings) and all(_BOOL_STRING.match(s) for s in shape.strings)
    if (
        "boolean" in kinds
        and kinds <= {"boolean", "string"}
        and ("string" not in kinds or bool_strings)
    ) or (kinds == {"string"} and bool_strings and _looks_boolean(key)):
        schema = _lenient_bool()
    elif not kinds:
        schema = {"description": "Only null seen in the examples; the type is not known yet."}
    elif len(kinds) == 1:
        schema = _kind_schema(next(iter(kinds)), key, shape)
    else:
        schema = {"anyOf": [_kind_schema(k, key, shape) for k in _KIND_ORDER if k in kinds]}
    if "$ref" in schema and nullable:
        # OpenAPI 3.0 ignores siblings of $ref, and `nullable` beside an allOf does not reach
        # the referenced object's type: validators (and Prism) still refuse null. A second
        # member that is only null says it in a way they all read.
        schema = {"anyOf": [schema, dict(_NULL_ONLY)]}
    elif nullable:
        schema["nullable"] = True
    if is_secret_field(key):
        schema["x-telegent-secret"] = True  # masked in repr, logs and errors
    return schema


# The schema of a value that can only be null, in OpenAPI 3.0 terms.
_NULL_ONLY: dict[str, Any] = {"nullable": True, "enum": [None]}


def _looks_boolean(key: str) -> bool:
    return bool(re.search(r"(Enabled|Active|Successful|Eligible|^Is[A-Z]|^Has[A-Z])$", key))


def _scalar_shapes(spec: Mapping[str, Any]) -> dict[str, _Shape]:
    """Field name -> the scalar values every 200 example in the spec shows for it.

    A field whose examples are all ``null`` borrows its type from here: the same name
    elsewhere (even in a response the hand-written overlay types) is the best evidence.
    """
    found: dict[str, _Shape] = {}

    def walk(value: Any, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                if isinstance(item, str | bool | int | float):
                    found.setdefault(key, _Shape()).merge(_Inferrer(()).shape(item, "", ""))
                walk(item, depth + 1)
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1)

    components = spec.get("components") or {}
    for _, _, op in sorted(iter_operations(spec), key=lambda t: (t[0], t[1])):
        media = (((op.get("responses") or {}).get("200") or {}).get("content") or {}).get(
            "application/json"
        )
        if isinstance(media, Mapping):
            for _, value in _examples(media, components):
                walk(value, 0)
    return found


@dataclass(frozen=True)
class _Evidence:
    """Everything the spec says about a wire field beyond one record's examples."""

    scalars: Mapping[str, _Shape]  # every 200 example's scalar values, by wire name
    siblings: Mapping[str, _Shape]  # the same wire field in every inferred record
    requests: Mapping[str, Mapping[str, Any]]  # request body properties, by lowercase name
    declared: Mapping[str, Mapping[str, Any]]  # x-telegent-response-fields (the overlay)
    shared: Mapping[str, int]  # how many records have the wire field
    lists: Mapping[str, str] = field(default_factory=dict)  # lowercase name -> item record


def _scalar_like(shape: _Shape) -> bool:
    if shape.kinds <= _SCALAR_KINDS:
        return True
    items = shape.items
    return shape.kinds <= {"array", "null"} and (items is None or items.kinds <= _SCALAR_KINDS)


def _thin(shape: _Shape) -> bool:
    """Only null, or only empty lists: the examples say nothing of the type."""
    kinds = shape.kinds - {"null"}
    return not kinds or (kinds == {"array"} and not (shape.items and shape.items.kinds - {"null"}))


def _field_schema(key: str, shape: _Shape, ev: _Evidence) -> tuple[dict[str, Any], str]:
    """The schema of one field and where its type came from (for the report)."""
    sibling = ev.siblings.get(key)
    origin = "examples"
    if sibling is not None and _scalar_like(shape) and _scalar_like(sibling):
        shape = sibling  # the same wire field means the same type in every record
        origin = "siblings" if ev.shared.get(key, 0) > 1 else origin
    if not _thin(shape):
        return _schema(key, shape), ("name rule" if _by_name(key, shape) else origin)
    borrowed = ev.scalars.get(key)
    if borrowed is not None and shape.kinds <= {"null"} and borrowed.kinds - {"null"}:
        prop = _schema(key, _Shape(borrowed.kinds | {"null"}, list(borrowed.strings)))
        note = " Only null seen here; typed as the same field in other examples."
        prop["description"] = (prop.get("description", "") + note).strip()
        return prop, "sibling"
    listed = ev.lists.get(key.lower())
    if listed is not None and "array" in shape.kinds:
        # `IpWhiteList: []` here, `IpWhitelist: [{...}]` in a sibling record: its items.
        prop = {"type": "array", "items": {"$ref": f"#/components/schemas/{listed}"}}
        if "null" in shape.kinds:
            prop["nullable"] = True
        return prop, "sibling"
    request = ev.requests.get(key.lower())
    if request is not None and request.get("type") in (
        "string",
        "integer",
        "number",
        "boolean",
        "object",
        "array",
    ):
        prop = {k: v for k, v in request.items() if k in ("type", "items", "format")}
        prop["nullable"] = True
        prop["description"] = (
            "Typed as the request field of the same name (the examples show none)."
        )
        return prop, "request"
    return _schema(key, shape), "none"


def _record_schema(
    record: _Record, ev: _Evidence, origins: dict[tuple[str, str], str] | None = None
) -> dict[str, Any]:
    schema: dict[str, Any] = {"title": record.name, "type": "object"}
    sources = sorted(record.operations)
    schema["description"] = f"Inferred from the published examples of {', '.join(sources[:3])}" + (
        f" and {len(sources) - 3} more." if len(sources) > 3 else "."
    )
    props: dict[str, Any] = {}
    by_field: dict[str, str] = {}
    for key, shape in record.props.items():
        name = field_name(key)
        if name in by_field:
            # `MessageId` and `MessageID`: one field, read under either spelling.
            first = props[by_field[name]]
            first["x-telegent-aliases"] = [*first.get("x-telegent-aliases", []), key]
            continue
        prop, origin = _field_schema(key, shape, ev)
        declared = ev.declared.get(key)
        if isinstance(declared, Mapping):
            origin = "overlay"
            if declared.get("name"):
                prop["x-telegent-name"] = str(declared["name"])
            if declared.get("aliases"):
                prop["x-telegent-aliases"] = [str(a) for a in declared["aliases"]]
            if declared.get("type") in _FORCED_TYPES:
                prop["x-telegent-type"] = declared["type"]
                if not {"type", "anyOf", "$ref"} & set(prop):  # only null seen: now typed
                    prop["type"] = declared["type"]
        if origins is not None:
            origins[(record.name, key)] = origin
        by_field[name] = key
        props[key] = prop
    schema["properties"] = props
    return schema


_FORCED_TYPES = ("string", "number", "integer", "boolean")


# ------------------------------------------------------------------ disagreements


def _disagreement(record: _Record) -> Disagreement | None:
    sources = sorted(record.sources)
    if len(sources) < 2:
        return None
    details: list[str] = []
    for key in record.props:
        missing = [s for s in sources if key not in record.sources[s]]
        if missing:
            details.append(f"{key}: absent from {_listing(missing)}")
        # An integer where another example shows a fraction is a number, not a disagreement.
        typed = {
            s: {"number" if k == "integer" else k for k in record.sources[s][key] - {"null"}}
            for s in sources
            if key in record.sources[s]
        }
        variants = {frozenset(k) for k in typed.values() if k}
        if len(variants) > 1:
            shown = "; ".join(
                f"{'/'.join(sorted(v))} in {_listing([s for s, k in typed.items() if k == v])}"
                for v in sorted(variants, key=sorted)
            )
            details.append(f"{key}: {shown}")
    if not details:
        return None
    return Disagreement(record.name, tuple(sources), tuple(details))


def _listing(sources: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(sources[:limit])
    return shown + (f" and {len(sources) - limit} more" if len(sources) > limit else "")


# ------------------------------------------------------------------ the overlay


def _examples(media: Mapping[str, Any], components: Mapping[str, Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for key, given in sorted((media.get("examples") or {}).items()):
        example = given
        if isinstance(given, Mapping) and isinstance(given.get("$ref"), str):
            ref = given["$ref"].rsplit("/", 1)[-1]
            example = (components.get("examples") or {}).get(ref, {})
        if isinstance(example, Mapping) and "value" in example:
            found.append((key, example["value"]))
    return found


def _untyped(schema: Any) -> bool:
    """A bare ``{type: object}`` (or nothing), or an array of those."""
    if schema is None:
        return True
    if not isinstance(schema, Mapping) or set(schema) - {"type", "description", "items"}:
        return False
    if schema.get("type") == "array":
        return _untyped(schema.get("items"))
    return schema.get("type") in (None, "object") and "items" not in schema


def _quote(name: str) -> str:
    """*name* as an RFC 9535 single-quoted name selector."""
    out = name.replace("\\", "\\\\").replace("'", "\\'")
    short = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return (
        "'"
        + re.sub(r"[\x00-\x1f]", lambda m: short.get(m.group(), f"\\u{ord(m.group()):04x}"), out)
        + "'"
    )


def _media_target(path: str, method: str) -> str:
    return f"$.paths[{_quote(path)}].{method}.responses['200'].content['application/json']"


def infer_overlay(spec: Mapping[str, Any]) -> InferResult:
    """Draft the overlay for *spec* (already patched by the hand-written overlays)."""
    components = spec.get("components") or {}
    taken = set((components.get("schemas") or {}).keys())
    taken |= {
        s["title"]
        for s in (components.get("schemas") or {}).values()
        if isinstance(s, Mapping) and isinstance(s.get("title"), str)
    }
    inferrer = _Inferrer(taken)
    typed: dict[str, tuple[str, str, _Shape, bool]] = {}
    lists: dict[str, bool] = {}
    skipped: dict[str, str] = {}
    for path, method, op in sorted(iter_operations(spec), key=lambda t: (t[0], t[1])):
        label = f"{method.upper()} {path}"
        media = (((op.get("responses") or {}).get("200") or {}).get("content") or {}).get(
            "application/json"
        )
        if not isinstance(media, Mapping):
            skipped[label] = "without a JSON 200 response"
            continue
        schema = media.get("schema")
        if not _untyped(schema):
            skipped[label] = "already typed"
            continue
        examples = _examples(media, components)
        if not examples:
            skipped[label] = "without an example"
            continue
        name = inferrer.name_for(operation_record_name(op, path, method), None)
        nested = op.get("x-telegent-nested-records")
        inferrer.nested = nested if isinstance(nested, Mapping) else {}
        is_array = all(isinstance(v, list) for _, v in examples)
        item = name.removesuffix("List") if is_array and name.endswith("List") else name
        merged = _Shape()
        for key, value in examples:
            source = f"{label} example {key}" if len(examples) > 1 else label
            merged.merge(inferrer.shape(value, item, source))
        typed[label] = (path, method, merged, schema is not None)
        lists[label] = op.get("x-telegent-list") is True
    records = dict(sorted(inferrer.records.items()))
    ev = _evidence(spec, records.values())
    origins: dict[tuple[str, str], str] = {}
    actions = [_record_action(r, ev, origins) for r in records.values()]
    for label, (path, method, shape, has_schema) in typed.items():
        listed = lists.get(label, False)
        actions += _response_actions(
            label, path, method, shape=shape, has_schema=has_schema, listed=listed
        )
    disagreements = tuple(d for r in records.values() if (d := _disagreement(r)))
    overlay = {
        "overlay": "1.0.0",
        "info": {
            "title": "Telegent mPaaS response records inferred from the published examples",
            "version": "1.0.0",
        },
        "actions": actions,
    }
    report = _field_report(records.values(), origins)
    return InferResult(overlay, tuple(typed), skipped, tuple(records), disagreements, report)


def _evidence(spec: Mapping[str, Any], records: Iterable[_Record]) -> _Evidence:
    siblings: dict[str, _Shape] = {}
    shared: dict[str, int] = {}
    lists: dict[str, str] = {}
    for record in records:
        for key, shape in record.props.items():
            if shape.items is not None and shape.items.record and shape.items.kinds == {"object"}:
                lists.setdefault(key.lower(), shape.items.record)
            if _scalar_like(shape):
                siblings.setdefault(key, _Shape()).merge(shape)
                shared[key] = shared.get(key, 0) + 1
    requests: dict[str, Mapping[str, Any]] = {}
    for _, _, op in sorted(iter_operations(spec), key=lambda t: (t[0], t[1])):
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        props = (
            ((media or {}).get("schema") or {}).get("properties")
            if isinstance(media, Mapping)
            else None
        )
        for key, prop in (props or {}).items():
            if isinstance(prop, Mapping) and "$ref" not in prop:
                requests.setdefault(key.lower(), prop)
    declared = (spec.get("components") or {}).get("x-telegent-response-fields") or {}
    return _Evidence(_scalar_shapes(spec), siblings, requests, declared, shared, lists)


def _field_report(
    records: Iterable[_Record], origins: Mapping[tuple[str, str], str]
) -> dict[str, list[str]]:
    """Fields whose type rests on one example, on conflicting examples or on none; each
    ``Record.Field (origin)``, where origin says what decided it beyond the examples."""
    out: dict[str, list[str]] = {"one example": [], "conflicting": [], "none": []}
    for record in records:
        for key in record.props:
            seen = [
                {"number" if k == "integer" else k for k in kinds - {"null"}}
                for kinds in (src.get(key) for src in record.sources.values())
                if kinds
            ]
            shown = [k for k in seen if k]
            origin = origins.get((record.name, key), "examples")
            label = f"{record.name}.{key} ({origin})"
            if not shown:
                out["none"].append(label)
            elif len({frozenset(k) for k in shown}) > 1:
                out["conflicting"].append(label)
            elif len(shown) == 1:
                out["one example"].append(label)
    return out


def _record_action(
    record: _Record, ev: _Evidence, origins: dict[tuple[str, str], str]
) -> dict[str, Any]:
    return {
        "target": "$.components.schemas",
        "description": f"Record {record.name}, from the examples of "
        + _listing(sorted(record.operations), limit=4)
        + ".",
        "update": {record.name: _record_schema(record, ev, origins)},
    }


def _response_actions(
    label: str, path: str, method: str, *, shape: _Shape, has_schema: bool, listed: bool = False
) -> list[dict[str, Any]]:
    schema = _schema("", shape)
    if listed and shape.kinds == {"object"}:
        # Described as a list, shown as one object: either is read (as a list).
        schema = {"anyOf": [{"type": "array", "items": schema}, schema]}
        shape = _Shape({"array"}, items=shape)
    if shape.kinds == {"object"}:
        typed_as = str(shape.record)
    elif shape.kinds == {"array"} and shape.items and shape.items.kinds == {"object"}:
        typed_as = f"a list of {shape.items.record}"
    else:
        typed_as = "what its examples show"
    target = _media_target(path, method)
    actions: list[dict[str, Any]] = []
    if has_schema:
        actions.append(
            {
                "target": target + ".schema",
                "description": f"{label}: untyped 200 schema removed, replaced by {typed_as}.",
                "remove": True,
            }
        )
    actions.append(
        {
            "target": target,
            "description": f"{label}: 200 returns {typed_as}.",
            "update": {"schema": schema},
        }
    )
    return actions


# ------------------------------------------------------------------ checking


def json_schema(schema: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema: ``nullable: true`` becomes "or null"."""
    if isinstance(schema, list):
        return [json_schema(s) for s in schema]
    if not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, Mapping):
            out[key] = {name: json_schema(prop) for name, prop in value.items()}
        elif key not in ("nullable", "example"):
            out[key] = json_schema(value)
    if schema.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def example_problems(spec: Mapping[str, Any]) -> list[str]:
    """Every JSON response example that its own schema refuses, as ``METHOD /path code: why``.

    OpenAPI 3.0 semantics: ``nullable``, ``$ref`` into ``components``; an example under a
    response without a schema is not checked.
    """
    from jsonschema import (  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
        Draft202012Validator,  # imported only when checking
    )

    components = json_schema(dict(spec.get("components") or {}))
    problems: list[str] = []
    for path, method, op in sorted(iter_operations(spec), key=lambda t: (t[0], t[1])):
        for code, response in sorted((op.get("responses") or {}).items()):
            media = ((response or {}).get("content") or {}).get("application/json") or {}
            if "schema" not in media:
                continue
            validator = Draft202012Validator(
                {**json_schema(media["schema"]), "components": components}
            )
            for key, value in _examples(media, spec.get("components") or {}):
                for error in validator.iter_errors(value):
                    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                    problems.append(
                        f"{method.upper()} {path} {code} example {key} at {where}: "
                        f"{error.message[:200]}"
                    )
    return problems


# ------------------------------------------------------------------ rendering


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, short scalar lists inline: stable and easy to review."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as the hand-written overlay does.
        super().increase_indent(flow, False)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = bool(data) and all(isinstance(v, str | int | float | bool) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)

HEADER = """\
# GENERATED by `telegent spec infer` from the examples of {source}: do not edit by hand.
# Regenerate (byte-identical on the same input) and review the diff:
#   {command}
# Check that it is current (prints a diff, exits 1 when stale): add --check.
# Applied after the hand-written overlays, which win: a response they type is skipped here.
# Fix a name with `x-telegent-record` on the operation in the names overlay, then regenerate.
"""


def render_yaml(data: Any) -> str:
    """*data* as block-style YAML in insertion order: the same data gives the same text."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def render_overlay(result: InferResult, *, source: str, command: str) -> str:
    """The overlay as YAML text with its header comment."""
    return HEADER.format(source=source, command=command) + render_yaml(result.overlay)


# ------------------------------------------------------------------ command line

DEFAULT_COMMAND = (
    "python3 -m uv run telegent spec infer --spec openapi.json "
    "--overlay overlay/telegent.overlay.yaml --overlay overlay/published-names.overlay.yaml "
    "-o overlay/responses.overlay.yaml"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="telegent spec infer",
        description="Draft an Overlay that types 200 responses from the spec's examples.",
    )
    parser.add_argument("--spec", required=True, type=Path, help="the OpenAPI JSON document")
    parser.add_argument(
        "--overlay",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a hand-written overlay to apply first (repeatable, in order); its types win",
    )
    parser.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    parser.add_argument(
        "--report",
        action="store_true",
        help="list the fields whose type rests on one example, on conflicting ones or on none",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write: print a unified diff against --output and exit 1 if it is stale",
    )
    return parser


class SpecShapeError(SpecInputError):
    """The spec has a member of the wrong JSON type where inference reads it."""


def check_responses(spec: Mapping[str, Any], *, label: str) -> None:
    """Refuse an operation whose ``responses`` is not an object (a list, say).

    Raises:
        SpecShapeError: naming the operation's JSON pointer and what was found.
    """
    for path, method, op in iter_operations(spec):
        responses = op.get("responses")
        if responses is not None and not isinstance(responses, Mapping):
            found = "a list" if isinstance(responses, list) else type(responses).__name__
            raise SpecShapeError(
                label,
                f"/paths/{escape_pointer(path)}/{method}/responses is {found}; an OpenAPI "
                'responses member is an object of status codes (e.g. {"200": {...}})',
            )


def _load_patched(spec_file: Path, overlays: Sequence[Path]) -> dict[str, Any]:
    from ._overlay import apply_overlay, load_overlay  # noqa: PLC0415 - YAML/JSONPath on demand

    label = f"spec {str(spec_file)!r}"
    # The one safe way in, as `spec apply` reads a spec: size and depth caps, no duplicate
    # keys, no NaN, no external $ref (a SpecInputError is a ValueError).
    loaded = load_document(spec_file, label=label, formats="json-or-yaml")
    patched: dict[str, Any] = loaded.document
    for overlay in overlays:
        patched = apply_overlay(patched, load_overlay(overlay), strict=True).document
    check_responses(patched, label=label)
    return patched


def main(argv: Sequence[str] | None = None) -> int:
    """``telegent spec infer``: 0 done (or current), 1 stale (--check), 2 bad input."""
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.check and args.output is None:
        parser.error("--check needs -o/--output, the committed file to compare with")
    try:
        spec = _load_patched(args.spec, args.overlay)
    except ValueError as exc:  # OverlayError is a ValueError
        print(f"telegent spec infer: error: {exc}", file=sys.stderr)
        return 2
    result = infer_overlay(spec)
    info = spec.get("info") or {}
    source = f"{info.get('title', args.spec.name)} {info.get('version', '')}".strip()
    text = render_overlay(result, source=source, command=DEFAULT_COMMAND)
    print(result.summary(), file=sys.stderr)
    if args.report:
        print(result.field_report(), file=sys.stderr)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if args.check:
        if old == text:
            print(f"{args.output} is up to date", file=sys.stderr)
            return 0
        diff = difflib.unified_diff(
            old.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"{args.output} (committed)",
            tofile=f"{args.output} (inferred now)",
        )
        sys.stdout.writelines(diff)
        print(f"{args.output} is stale: regenerate with\n  {DEFAULT_COMMAND}", file=sys.stderr)
        return 1
    if old != text:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(f"{args.output} unchanged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
