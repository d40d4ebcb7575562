"""From the patched spec to what the emitters write: records, typed dicts, operations.

Names follow ``telegent.spec._naming`` (the drift check and the CLI use the same rules);
behaviour the spec cannot express comes from ``x-telegent-*`` extensions:

- ``x-telegent-resource`` / ``x-telegent-method`` (operation): where the method lives;
- ``x-telegent-name`` (property or parameter): the Python name;
- ``x-telegent-aliases`` (response property): other wire spellings read into the field;
- ``x-telegent-secret`` (property; also ``format: password``): masked in repr/to_dict;
- ``x-telegent-format`` (string): ``timestamp`` (datetime), ``us-date`` (date);
- ``x-telegent-default: today`` (request field): optional, today's date when omitted;
- ``x-telegent-shorthand`` (request array item object): the item may be given as the
  value of that one field (``"+1201..."`` for ``{"Number": "+1201..."}``);
- ``x-telegent-idempotent`` / ``x-telegent-how-to-check`` (operation): retry rules;
- ``x-internal`` / ``x-telegent-internal`` (operation): off the default surface.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from telegent.spec._naming import (
    UnsafeNameError,
    check_name,
    field_name,
    iter_operations,
    operation_method,
    operation_resource,
    record_name,
    snake,
)

from .policy import is_marked

# Names a generated module already binds: a record so named would shadow them.
RESERVED_CLASSES = frozenset(
    {"Record", "GenericRecord", "Any", "TYPE_CHECKING", "date", "datetime", "wire", "annotations"}
)

US_DATE_PATTERN = "^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}$"


@dataclass
class FieldIR:
    attr: str
    wire: str
    kind: str
    pytype: str
    required: bool
    secret: bool = False
    aliases: tuple[str, ...] = ()
    description: str = ""


@dataclass
class RecordIR:
    name: str
    description: str
    fields: list[FieldIR]

    @property
    def module(self) -> str:
        return snake(self.name)


@dataclass
class DictIR:
    """A TypedDict for a nested request object (keys are Python names)."""

    name: str
    fields: list[tuple[str, str, bool]]  # (key, python type, required)


@dataclass
class ParamIR:
    name: str
    wire: str
    location: str
    required: bool
    positional: bool
    pytype: str
    schema: dict[str, Any]
    description: str


@dataclass
class OperationIR:
    id: str
    resource: str
    method: str
    http_method: str
    path: str
    tag: str
    summary: str
    description: str
    params: list[ParamIR]
    returns: str
    internal: bool
    idempotent: bool
    authenticated: bool
    body_required: bool
    extensions: dict[str, Any]
    example: Any = None
    or_one: bool = False  # a list answer that may come as one object (ListOf(or_one=True))


@dataclass
class Surface:
    operations: list[OperationIR] = field(default_factory=list)
    records: dict[str, RecordIR] = field(default_factory=dict)
    dicts: dict[str, dict[str, DictIR]] = field(default_factory=dict)  # resource -> name -> dict
    helpers: set[str] = field(default_factory=set)  # resources with hand-written helpers


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", snake(name)) if w)


_LIST_ITEMS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "object": "GenericRecord",
}


def returned(kind: str) -> str:
    """What a method returns for a response of field kind ``kind``.

    ``Name`` (a record), ``list[Name]`` / ``list[GenericRecord]`` / ``list[str]`` (a JSON
    array), else ``GenericRecord``: an answer the spec does not type yet.
    """
    if kind.startswith("record:"):
        return kind[len("record:") :]
    if kind.startswith("list[") and kind.endswith("]"):
        item = kind[5:-1]
        if item.startswith("record:"):
            return f"list[{item[len('record:') :]}]"
        if item in _LIST_ITEMS:
            return f"list[{_LIST_ITEMS[item]}]"
        return "list[GenericRecord]" if item == "any" else "GenericRecord"
    return "GenericRecord"


class Builder:
    """Walks the patched spec once and fills a :class:`Surface`."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.components: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
        self.surface = Surface()
        self.where = ""  # the operation being read, for messages

    # ------------------------------------------------------------------ schemas

    def deref(self, schema: Any) -> tuple[str | None, dict[str, Any]]:
        """(component name or None, the schema with $ref followed)."""
        name = None
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 50:
            ref = str(schema["$ref"])
            key = ref.rsplit("/", 1)[-1]
            name = key
            schema = self.components.get(key, {})
            seen += 1
        return name, dict(schema) if isinstance(schema, Mapping) else {}

    def inline(self, schema: Any, depth: int = 0) -> Any:
        """The schema with every $ref replaced by its target (for the registry)."""
        if depth > 40:
            return {}
        if isinstance(schema, Mapping):
            if "$ref" in schema:
                return self.inline(self.deref(schema)[1], depth + 1)
            return {
                k: self.inline(v, depth + 1)
                for k, v in schema.items()
                if not k.startswith("x-telegent-doc")
            }
        if isinstance(schema, list):
            return [self.inline(v, depth + 1) for v in schema]
        return schema

    # ------------------------------------------------------------------ response records

    def response_kind(self, schema: Any, context: str) -> tuple[str, str]:
        """(field kind, python type) of a response value; registers records it needs."""
        ref, s = self.deref(schema)
        forced = _FORCED.get(str(s.get("x-telegent-type")))
        if forced is not None:  # the overlay says what to read the field as (issue 19)
            return forced
        if any(k in s for k in ("anyOf", "oneOf")):
            listed = s.get("anyOf", s.get("oneOf", []))
            real = [m for m in listed if not _only_null(self.deref(m)[1])]
            if len(real) == 1 and len(listed) == 2:  # "this, or null": typed as this
                return self.response_kind(real[0], context)
            members = [self.deref(m)[1] for m in listed]
            if any(m.get("type") == "boolean" for m in members):
                return "bool", "bool"
            return "any", "Any"
        fmt = s.get("x-telegent-format") or s.get("format")
        typ = s.get("type")
        if typ == "string" or (typ is None and fmt in ("timestamp", "us-date")):
            if fmt in ("timestamp", "date-time"):
                return "datetime", "datetime"
            if fmt in ("us-date", "date") or s.get("pattern") == US_DATE_PATTERN:
                return "date", "date"
            return "str", "str"
        if typ == "integer":
            return "int", "int"
        if typ == "number":
            return "float", "float"
        if typ == "boolean":
            return "bool", "bool"
        if typ == "array":
            kind, py = self.response_kind(s.get("items") or {}, context + "Item")
            return f"list[{kind}]", f"list[{py}]"
        if (typ == "object" or typ is None) and s.get("properties"):
            name = self.record_for(ref, s, context)
            return f"record:{name}", name
        if typ == "object":
            return "object", "dict[str, Any]"
        return "any", "Any"

    def record_for(self, ref: str | None, schema: Mapping[str, Any], context: str) -> str:
        name = self.class_name(ref, schema, context)
        if name in self.surface.records:
            return name
        record = RecordIR(name, str(schema.get("description", "")).strip(), [])
        self.surface.records[name] = record  # before the fields: self-references end here
        required = set(schema.get("required") or [])
        used: set[str] = set()
        for wire, prop in (schema.get("properties") or {}).items():
            record.fields.append(self.record_field(name, wire, prop, wire in required, used))
        return name

    def class_name(self, ref: str | None, schema: Mapping[str, Any], context: str) -> str:
        """A record's (or typed dict's) class name: the title, else the component key, else
        the context; checked, since it becomes a class and a module file."""
        title = schema.get("title")
        if ref:
            name, where = record_name(ref, schema), f"components.schemas[{ref!r}]"
        elif isinstance(title, str) and title.isidentifier():
            name, where = title, f"the schema titled {title!r} (in {context})"
        else:
            return pascal(context)
        check_name(name, what="record name", where=where)
        if name in RESERVED_CLASSES:
            raise UnsafeNameError(
                f"{where}: record name {name!r} is refused (the generated modules use it); "
                "give the schema another title in the overlay"
            )
        return name

    def record_field(
        self, owner: str, wire: str, prop: Any, in_required: bool, used: set[str]
    ) -> FieldIR:
        _, p = self.deref(prop)
        attr = self.python_name(wire, p, f"{owner} property {wire!r}")
        while attr in used or attr in ("extra", "to_dict", "to_json", "problems", "from_wire"):
            attr += "_"
        used.add(attr)
        kind, py = self.response_kind(prop, owner + pascal(wire))
        required = in_required and not p.get("nullable", False)
        if not required and not kind.startswith("list["):
            py = f"{py} | None"
        secret = is_marked(p)
        aliases = tuple(str(a) for a in p.get("x-telegent-aliases") or ())
        desc = str(p.get("description", "")).strip()
        return FieldIR(attr, wire, kind, py, required, secret, aliases, desc)

    def returns(self, op: Mapping[str, Any], op_id: str) -> str:
        """The method's return type; ``None`` for a 200 the spec declares without content."""
        for status in ("200", "201", "202", "2XX", "default"):
            response = (op.get("responses") or {}).get(status)
            if response is None:
                continue
            _, resp = self.deref(response)
            content = resp.get("content") or {}
            if not content and status == "200":
                return "None"
            media = content.get("application/json") or next(iter(content.values()), None)
            if not isinstance(media, Mapping) or "schema" not in media:
                return "GenericRecord"
            listed = self.list_or_one(media["schema"])
            schema = listed if listed is not None else media["schema"]
            kind, _ = self.response_kind(schema, pascal(op_id) + "Response")
            return returned(kind)
        return "GenericRecord"

    def list_or_one(self, schema: Any) -> Mapping[str, Any] | None:
        """The array member of ``anyOf: [array of X, X]`` (a list the vendor may answer as
        one object), else None."""
        _, s = self.deref(schema)
        members = s.get("anyOf")
        if not isinstance(members, list) or len(members) != 2:
            return None
        array, one = members
        if (
            isinstance(array, Mapping)
            and array.get("type") == "array"
            and array.get("items") == one
        ):
            return array
        return None

    def answers_one_as_list(self, op: Mapping[str, Any]) -> bool:
        media = (((op.get("responses") or {}).get("200") or {}).get("content") or {}).get(
            "application/json"
        )
        return isinstance(media, Mapping) and self.list_or_one(media.get("schema")) is not None

    def example(self, op: Mapping[str, Any]) -> Any:
        """The spec's first example of the success answer (None if it gives none)."""
        for status in ("200", "201", "202", "2XX", "default"):
            response = (op.get("responses") or {}).get(status)
            if response is None:
                continue
            _, resp = self.deref(response)
            content = resp.get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), None)
            if not isinstance(media, Mapping):
                return None
            if "example" in media:
                return media["example"]
            named = ((self.spec.get("components") or {}).get("examples")) or {}
            for given in (media.get("examples") or {}).values():
                ex = given
                if isinstance(ex, Mapping) and "$ref" in ex:
                    ex = named.get(str(ex["$ref"]).rsplit("/", 1)[-1], {})
                if isinstance(ex, Mapping) and "value" in ex:
                    return ex["value"]
            return self.deref(media.get("schema") or {})[1].get("example")
        return None

    # ------------------------------------------------------------------ request params

    def request_type(self, schema: Any, resource: str, context: str) -> str:
        """The Python type a caller passes for a request value."""
        ref, s = self.deref(schema)
        forced = _FORCED.get(str(s.get("x-telegent-type")))
        if forced is not None:  # the overlay says what to read the field as (issue 19)
            return forced
        if any(k in s for k in ("anyOf", "oneOf")):
            members = [
                self.request_type(m, resource, context) for m in s.get("anyOf", s.get("oneOf", []))
            ]
            return " | ".join(dict.fromkeys(members)) or "Any"
        typ = s.get("type")
        fmt = s.get("x-telegent-format") or s.get("format")
        if "enum" in s and typ in ("string", None):
            return "Literal[" + ", ".join(repr(str(v)) for v in s["enum"]) + "]"
        if typ == "string":
            if fmt in ("us-date", "date") or s.get("pattern") == US_DATE_PATTERN:
                return "date | str"
            if fmt in ("timestamp", "date-time"):
                return "datetime | str"
            return "str"
        if typ == "integer":
            return "int"
        if typ == "number":
            return "float"
        if typ == "boolean":
            return "bool"
        if typ == "array":
            return (
                f"Sequence[{self.request_type(s.get('items') or {}, resource, context + 'Item')}]"
            )
        if (typ == "object" or typ is None) and s.get("properties"):
            name = self.class_name(ref, s, context) + "Param"
            shorthand = s.get("x-telegent-shorthand")
            self.typed_dict(name, s, resource)
            if isinstance(shorthand, str) and shorthand in (s.get("properties") or {}):
                short = self.request_type(s["properties"][shorthand], resource, context)
                return f"{name} | {short}"
            return name
        if typ == "object":
            return "Mapping[str, Any]"
        return "Any"

    def typed_dict(self, name: str, schema: Mapping[str, Any], resource: str) -> None:
        dicts = self.surface.dicts.setdefault(resource, {})
        if name in dicts:
            return
        td = DictIR(name, [])
        dicts[name] = td
        required = set(schema.get("required") or [])
        for wire, prop in (schema.get("properties") or {}).items():
            _, p = self.deref(prop)
            py = self.request_type(prop, resource, name + pascal(wire))
            key = self.python_name(wire, p, f"{name} property {wire!r}")
            td.fields.append((key, py, wire in required))

    def params(
        self, path: str, op: Mapping[str, Any], resource: str, http_method: str = "get"
    ) -> tuple[list[ParamIR], bool]:
        self.where = f"paths[{path!r}].{http_method}"
        out: list[ParamIR] = []
        item = (self.spec.get("paths") or {}).get(path) or {}
        declared = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        by_key: dict[tuple[str, str], Any] = {}
        for raw in declared:
            _, prm = self.deref(raw)
            by_key[(str(prm.get("in")), str(prm.get("name")))] = prm
        for (where, wire), prm in by_key.items():
            if where not in ("path", "query", "header") or wire.lower() == "authorization":
                continue
            schema = prm.get("schema") or {}
            merged = {
                **self.deref(schema)[1],
                **{k: v for k, v in prm.items() if k.startswith("x-telegent")},
            }
            required = bool(prm.get("required")) or where == "path"
            out.append(self.param(wire, where, merged, schema, required, resource, prm))
        body_required = False
        self.body_rules: dict[str, Any] = {}
        body = op.get("requestBody")
        if body is not None:
            _, rb = self.deref(body)
            body_required = bool(rb.get("required"))
            content = rb.get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), {})
            schema = (media or {}).get("schema") or {}
            _, s = self.deref(schema)
            self.body_rules = {k: s[k] for k in ("minProperties", "maxProperties") if k in s}
            if s.get("additionalProperties") is False:  # a closed body: unknown fields refused
                self.body_rules["additionalProperties"] = False
            if s.get("properties") and s.get("type", "object") == "object":
                required = set(s.get("required") or [])
                for wire, prop in s["properties"].items():
                    _, p = self.deref(prop)
                    out.append(self.param(wire, "body", p, prop, wire in required, resource, p))
            else:
                out.append(
                    self.param("", "body", s, schema, body_required, resource, {"name": "body"})
                )
        taken: set[str] = set()
        for p in out:
            while p.name in taken or p.name in ("self", "extra_headers", "timeout"):
                p.name += "_"
            taken.add(p.name)
        # Required first (positional), then optional positional ones, then keyword-only.
        out.sort(key=lambda p: (not p.positional, not p.required))
        return out, body_required

    def param(  # noqa: PLR0917 - one call site, positional for brevity
        self,
        wire: str,
        where: str,
        resolved: Mapping[str, Any],
        schema: Any,
        required: bool,
        resource: str,
        decl: Mapping[str, Any],
    ) -> ParamIR:
        named = decl if "x-telegent-name" in decl else resolved
        label = f"{self.where} {where} parameter {wire or 'body'!r}"
        name = self.python_name(wire or "body", named, label)
        defaulted = resolved.get("x-telegent-default") is not None
        positional = (required and not defaulted) or bool(decl.get("x-telegent-positional"))
        py = self.request_type(schema, resource, pascal(name))
        desc = str(decl.get("description") or resolved.get("description") or "").strip()
        return ParamIR(name, wire, where, required, positional, py, self.inline(schema), desc)

    @staticmethod
    def python_name(wire: str, schema: Mapping[str, Any], where: str) -> str:
        """A field or argument name: ``x-telegent-name`` (checked), else the wire name in
        snake_case (safe by construction)."""
        explicit = schema.get("x-telegent-name")
        if explicit is not None:
            check_name(explicit, what="x-telegent-name", where=where)
        return field_name(wire, schema)

    # ------------------------------------------------------------------ operations

    def names(self, path: str, http_method: str, op: Mapping[str, Any]) -> tuple[str, str, str]:
        """(operation id, resource, method), each checked: they become module files, class
        and ``def`` names. Nothing public is named from a path: an operation without an
        operationId or x-telegent-method is refused."""
        where = f"paths[{path!r}].{http_method}"
        for key, what in (
            ("operationId", "operationId"),
            ("x-telegent-resource", "x-telegent-resource"),
            ("x-telegent-method", "x-telegent-method"),
        ):
            if key in op:
                check_name(op[key], what=what, where=where)
        tag = (op.get("tags") or ["default"])[0]
        if "x-telegent-resource" not in op:
            check_name(snake(str(tag)), what=f"resource from tag {str(tag)[:40]!r}", where=where)
        if "operationId" not in op and "x-telegent-method" not in op:
            raise UnsafeNameError(
                f"{where}: no operationId or x-telegent-method; a public method is never named "
                "from its path: name it in overlay/published-names.overlay.yaml "
                "(scripts/spec_update.py drafts it by rule)"
            )
        op_id = str(op.get("operationId") or op["x-telegent-method"])
        return op_id, operation_resource(op), operation_method(op, path, http_method)

    def build(self) -> Surface:
        for path, http_method, op in iter_operations(self.spec):
            op_id, resource, method = self.names(path, http_method, op)
            params, body_required = self.params(path, op, resource, http_method)
            extensions = {k: op[k] for k in sorted(op) if k.startswith("x-")}
            if self.body_rules:
                extensions["x-telegent-body"] = self.body_rules
            if op.get("x-telegent-helpers"):
                self.surface.helpers.add(resource)
            idem = op.get("x-telegent-idempotent")
            self.surface.operations.append(
                OperationIR(
                    id=op_id,
                    resource=resource,
                    method=method,
                    http_method=http_method.upper(),
                    path=path,
                    tag=str((op.get("tags") or ["default"])[0]),
                    summary=str(op.get("summary") or "").strip(),
                    description=str(op.get("description") or "").strip(),
                    params=params,
                    returns=self.returns(op, op_id),
                    internal=bool(op.get("x-internal") or op.get("x-telegent-internal")),
                    idempotent=bool(idem) if idem is not None else http_method in ("get", "head"),
                    authenticated=op.get("security", self.spec.get("security")) != [],
                    body_required=body_required,
                    extensions=extensions,
                    example=self.example(op),
                    or_one=self.answers_one_as_list(op),
                )
            )
        self.check_unique()
        return self.surface

    def check_unique(self) -> None:
        seen: dict[tuple[str, str], str] = {}
        for op in self.surface.operations:
            key = (op.resource, op.method)
            if key in seen:
                raise ValueError(
                    f"operations {seen[key]} and {op.id} both become client.{op.resource}."
                    f"{op.method}: give one an x-telegent-method in the overlay"
                )
            seen[key] = op.id


# ``x-telegent-type`` -> (field kind, python type)
_FORCED = {
    "string": ("str", "str"),
    "number": ("float", "float"),
    "integer": ("int", "int"),
    "boolean": ("bool", "bool"),
}


def _only_null(schema: Mapping[str, Any]) -> bool:
    """A schema whose only value is null (``enum: [null]``)."""
    return schema.get("enum") == [None] or schema.get("type") == "null"
