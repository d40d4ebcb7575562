"""From the patched spec to what the templates write: records, typed dicts, operations.

The model is openapi-python-client's parser's: :func:`parse` runs
``GeneratorData.from_dict`` once per regeneration (with the settings of
``generator-config.yaml``), and :class:`Builder` walks its ``Endpoint`` / ``Property`` /
``ModelProperty`` objects. Where the parser's model drops a fact, the builder reads it from
the patched spec *beside* the item the parser gave it: the operation at
``paths[path][method]`` of the endpoint, the schema at the same place as the property
(``properties[wire]``, ``items``, ``anyOf[i]``, a ``$ref``'s component). Nothing re-parses
the spec as a whole.

From the parser (``Endpoint`` / ``Property`` objects):

- which operations exist: ``endpoint_collections_by_tag`` (path, HTTP method, summary,
  description); an operation the parser drops stops the pipeline, naming it;
- path, query and header parameters: their wire names, locations and required-ness;
- the request body (``Endpoint.bodies``: the JSON one, else the first), whether it is
  required, and, when it is an object, its properties;
- responses by status (``Endpoint.responses``: which exist, whether one has content);
- every value's type, from the ``Property`` class: ``StringProperty`` / ``DateProperty`` /
  ``DateTimeProperty`` / ``IntProperty`` / ``FloatProperty`` / ``BooleanProperty`` /
  ``ListProperty`` (its ``inner_property``) / ``UnionProperty`` (its members, ``None``
  ones included) / ``LiteralEnumProperty`` (string or integer values) / ``ModelProperty``
  (a record when it has properties, else a JSON object) / ``AnyProperty`` /
  ``NoneProperty``;
- a record's and a typed dict's fields (``required_properties`` / ``optional_properties``,
  the processed model from ``GeneratorData.models``) and whether each is required;
- the descriptions of records and their fields (``Property.description``).

From the patched spec beside that item, because the parser's model drops it:

- every ``x-telegent-*`` extension (and ``x-internal``): the parser keeps none;
- the operationId and the first tag as written (the parser keeps only Python identifiers
  made from them: the registry is keyed, and docs named, by the spec's own spelling);
- the path as written (the parser rewrites ``{numberId}`` to its Python name);
- document order: of operations (the parser groups them by tag), of parameters (it groups
  them by location), of properties (it splits required from optional) and of enum values
  (it keeps a set);
- ``nullable`` (the parser folds it into a union with ``None``, the same as
  ``anyOf: [X, null]``, which the SDK types differently) and ``pattern``: the US date
  pattern makes a string a date, like ``x-telegent-format: us-date``;
- a ``format`` the parser has no type for (``timestamp`` on a string or on a typeless
  schema; ``password``, which marks a secret);
- a parameter's own ``description`` (the parser keeps the schema's), the component key
  and ``title`` a record is named from (its class name is a sanitized form), and whether
  an answer may be one object for a list (``anyOf: [array of X, X]``);
- ``security``, global and per operation (the parser sees only the operation's own);
- examples of the success answer (media ``example`` / ``examples``: the parser drops them);
- the JSON schemas themselves (``$ref``s inlined), which the registry carries for the
  runtime's validation, and ``minProperties`` / ``maxProperties`` / a closed body.

Names follow ``telegent.spec._naming`` (the drift check and the CLI use the same rules):
every name the spec gives is checked before it becomes code or a path. Behaviour the spec
cannot express comes from ``x-telegent-*`` extensions:

- ``x-telegent-resource`` / ``x-telegent-method`` (operation): where the method lives;
- ``x-telegent-name`` (property or parameter): the Python name;
- ``x-telegent-aliases`` (response property): other wire spellings read into the field;
- ``x-telegent-secret`` (property; also ``format: password``): masked in repr/to_dict;
- ``x-telegent-format`` (string): ``timestamp`` (datetime), ``us-date`` (date);
- ``x-telegent-default: today`` (request field): optional, today's date when omitted;
- ``x-telegent-enum-name`` (request enum): the alias ``telegent.types`` exports for it
  (``ChangeType``), generated once into ``enums.py``;
- ``x-telegent-shorthand`` (request array item object): the item may be given as the
  value of that one field (``"+1201..."`` for ``{"Number": "+1201..."}``);
- ``x-telegent-idempotent`` / ``x-telegent-how-to-check`` (operation): retry rules;
- ``x-internal`` / ``x-telegent-internal`` (operation): off the default surface.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString

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

# The generator settings the wire client used (literal enums, model names from titles).
CONFIG_FILE = Path(__file__).resolve().parents[2] / "generator-config.yaml"

# Names a generated module already binds: a record so named would shadow them.
RESERVED_CLASSES = frozenset(
    {"Record", "GenericRecord", "Any", "TYPE_CHECKING", "date", "datetime", "wire", "annotations"}
)

US_DATE_PATTERN = "^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}$"

# The statuses whose answer a method returns, in the order looked for.
SUCCESS = ("200", "201", "202", "2XX", "default")


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
    # The parser's model it was built from (not part of what the surface is).
    parsed: Parsed | None = field(default=None, repr=False, compare=False)


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


@dataclass(frozen=True)
class Parsed:
    """openapi-python-client's model of the patched spec, and what its parser warned of."""

    data: GeneratorData
    config: Config
    warnings: list[str]


@lru_cache(maxsize=4)
def generator_config(config_file: Path = CONFIG_FILE) -> Config:
    """The parser's settings, built as ``scripts/regenerate.py`` builds them for ``generate``
    (no document is read through it: the parser is given the patched spec itself)."""
    return Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.NONE,
        document_source=config_file,
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )


def _text(value: object) -> str:
    """The spec's text of a parser value (``UntrustedString`` keeps it wrapped)."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def _problem(error: Any) -> str:
    return f"{error.header} {error.detail or ''}".strip()


def parse(spec: Mapping[str, Any], config_file: Path = CONFIG_FILE) -> Parsed:
    """Run openapi-python-client's parser on the patched spec (once per regeneration)."""
    config = generator_config(config_file)
    data = GeneratorData.from_dict(dict(spec), config=config)
    if isinstance(data, GeneratorError):
        raise ValueError(f"openapi-python-client cannot parse the patched spec: {_problem(data)}")
    problems = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        problems += collection.parse_errors
    # What the generator would refuse to build stops the pipeline; the rest are warnings.
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        raise ValueError("openapi-python-client: " + "; ".join(_problem(e) for e in errors))
    return Parsed(data, config, [_problem(e) for e in problems])


def _spec_path(endpoint: Endpoint) -> str:
    """The path as the spec writes it: the parser renames ``{numberId}`` to its Python name."""
    path = _text(endpoint.path)
    for prm in endpoint.path_parameters:
        path = path.replace("{" + str(prm.python_name) + "}", "{" + _text(prm.name) + "}")
    return path


class Builder:
    """Walks openapi-python-client's model of the patched spec (and, for what that model
    drops, the spec beside each item) and fills a :class:`Surface`."""

    def __init__(self, spec: Mapping[str, Any], parsed: Parsed | None = None) -> None:
        self.spec = spec
        self.components: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
        self.parsed = parsed
        self.models: dict[str, ModelProperty] = {}
        self.surface = Surface()
        self.where = ""  # the operation being read, for messages
        self.body_rules: dict[str, Any] = {}

    # ------------------------------------------------------------------ the spec beside

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

    # ------------------------------------------------------------------ parser properties

    def fields_of(self, prop: ModelProperty) -> dict[str, PropertyProtocol]:
        """A model's properties by wire name. A ``$ref`` met while its component was being
        parsed is an unprocessed copy: the processed model is the one in ``models``."""
        model = self.models.get(str(prop.class_info.name), prop)
        props = [*(model.required_properties or ()), *(model.optional_properties or ())]
        return {_text(p.name): p for p in props}

    def members(
        self, prop: UnionProperty, s: Mapping[str, Any]
    ) -> list[tuple[PropertyProtocol, Any]]:
        """A union's members, each with its schema beside it (the spec's ``anyOf`` /
        ``oneOf`` member; the schema itself for a ``nullable`` or ``type: [..]`` one)."""
        listed = s.get("anyOf", s.get("oneOf"))
        inner = list(prop.inner_properties)
        if isinstance(listed, list) and len(listed) == len(inner):
            return list(zip(inner, listed, strict=True))
        return [(p, s) for p in inner]

    def ordered(
        self, props: Mapping[str, PropertyProtocol], s: Mapping[str, Any], where: str
    ) -> Iterator[tuple[str, PropertyProtocol, Any]]:
        """``(wire, property, its schema)`` in the spec's order (the parser splits
        required from optional)."""
        for wire, node in (s.get("properties") or {}).items():
            prop = props.get(wire)
            if prop is None:
                raise ValueError(f"{where}: the generator dropped property {wire!r}")
            yield wire, prop, node

    @staticmethod
    def nullable_only(prop: UnionProperty, s: Mapping[str, Any]) -> PropertyProtocol | None:
        """The one non-null member of a union that stands for ``nullable: true`` (or a
        ``type`` list) rather than an ``anyOf`` / ``oneOf`` of the spec."""
        if "anyOf" in s or "oneOf" in s:
            return None
        real = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        return real[0] if len(real) == 1 else None

    # ------------------------------------------------------------------ response records

    def response_kind(self, prop: PropertyProtocol, node: Any, context: str) -> tuple[str, str]:
        """(field kind, python type) of a response value; registers records it needs."""
        ref, s = self.deref(node)
        forced = _FORCED.get(str(s.get("x-telegent-type")))
        if forced is not None:  # the overlay says what to read the field as (issue 19)
            return forced
        if isinstance(prop, UnionProperty):
            single = self.nullable_only(prop, s)
            if single is not None:
                return self.response_kind(
                    single, {k: v for k, v in s.items() if k != "$ref"}, context
                )
            members = self.members(prop, s)
            real = [(p, n) for p, n in members if not isinstance(p, NoneProperty)]
            if len(real) == 1 and len(members) == 2:  # "this, or null": typed as this
                return self.response_kind(real[0][0], real[0][1], context)
            if any(isinstance(p, BooleanProperty) for p, _ in members):
                return "bool", "bool"
            return "any", "Any"
        text = _text_kind(prop, s)
        if text is not None:
            return text, text
        if isinstance(prop, BooleanProperty):
            return "bool", "bool"
        if isinstance(prop, ListProperty):
            kind, py = self.response_kind(
                prop.inner_property, s.get("items") or {}, context + "Item"
            )
            return f"list[{kind}]", f"list[{py}]"
        if isinstance(prop, ModelProperty):
            if s.get("properties"):
                name = self.record_for(ref, s, prop, context)
                return f"record:{name}", name
            return "object", "dict[str, Any]"
        return "any", "Any"

    def record_for(
        self, ref: str | None, schema: Mapping[str, Any], prop: ModelProperty, context: str
    ) -> str:
        name = self.class_name(ref, schema, context)
        if name in self.surface.records:
            return name
        record = RecordIR(name, _text(prop.description or "").strip(), [])
        self.surface.records[name] = record  # before the fields: self-references end here
        used: set[str] = set()
        for wire, field_prop, node in self.ordered(self.fields_of(prop), schema, name):
            record.fields.append(self.record_field(name, wire, field_prop, node, used))
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
        self, owner: str, wire: str, prop: PropertyProtocol, node: Any, used: set[str]
    ) -> FieldIR:
        _, p = self.deref(node)
        attr = self.python_name(wire, p, f"{owner} property {wire!r}")
        while attr in used or attr in ("extra", "to_dict", "to_json", "problems", "from_wire"):
            attr += "_"
        used.add(attr)
        kind, py = self.response_kind(prop, node, owner + pascal(wire))
        required = prop.required and not p.get("nullable", False)
        if not required and not kind.startswith("list["):
            py = f"{py} | None"
        secret = is_marked(p)
        aliases = tuple(str(a) for a in p.get("x-telegent-aliases") or ())
        desc = _text(prop.description or "").strip()
        return FieldIR(attr, wire, kind, py, required, secret, aliases, desc)

    def success(self, endpoint: Endpoint) -> tuple[Response, Any] | None:
        """The answer a method returns (the first of ``SUCCESS`` the parser found), with the
        spec's response object beside it."""
        found = {r.status_code.pattern: r for r in endpoint.responses}
        declared = self.operation(endpoint).get("responses") or {}
        for status in SUCCESS:
            if status in found:
                return found[status], self.deref(declared.get(status))[1]
        return None

    def media(self, response: Mapping[str, Any]) -> Mapping[str, Any] | None:
        content = response.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        return media if isinstance(media, Mapping) else None

    def returns(self, endpoint: Endpoint, op_id: str) -> tuple[str, bool]:
        """(the method's return type, whether a list may come as one object); ``None`` for
        a 200 the spec declares without content."""
        found = self.success(endpoint)
        if found is None:
            return "GenericRecord", False
        response, declared = found
        if not getattr(response.data, "content", None):
            return ("None" if response.status_code.pattern == "200" else "GenericRecord"), False
        media = self.media(declared)
        if media is None or "schema" not in media:
            return "GenericRecord", False
        prop: PropertyProtocol = response.prop
        node = media["schema"]
        listed = self.list_or_one(prop, node)
        if listed is not None:
            prop, node = listed
        kind, _ = self.response_kind(prop, node, pascal(op_id) + "Response")
        # Only a 200 JSON answer is read as "a list, or one object" (ListOf(or_one=True)).
        json_200 = response.status_code.pattern == "200" and media is (
            declared.get("content") or {}
        ).get("application/json")
        return returned(kind), listed is not None and json_200

    def list_or_one(self, prop: PropertyProtocol, node: Any) -> tuple[PropertyProtocol, Any] | None:
        """The array member of ``anyOf: [array of X, X]`` (a list the vendor may answer as
        one object), else None."""
        _, s = self.deref(node)
        if not isinstance(prop, UnionProperty):
            return None
        listed = s.get("anyOf")
        if not isinstance(listed, list) or len(listed) != 2 or len(prop.inner_properties) != 2:
            return None
        array, one = listed
        if (
            isinstance(array, Mapping)
            and array.get("items") == one
            and isinstance(prop.inner_properties[0], ListProperty)
        ):
            return prop.inner_properties[0], array
        return None

    def example(self, endpoint: Endpoint) -> Any:
        """The spec's first example of the success answer (None if it gives none)."""
        found = self.success(endpoint)
        if found is None:
            return None
        media = self.media(found[1])
        if media is None:
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

    # ------------------------------------------------------------------ request params

    def request_type(self, prop: PropertyProtocol, node: Any, resource: str, context: str) -> str:
        """The Python type a caller passes for a request value."""
        ref, s = self.deref(node)
        forced = _FORCED.get(str(s.get("x-telegent-type")))
        if forced is not None:  # the overlay says what to read the field as (issue 19)
            return forced[1]
        if isinstance(prop, UnionProperty):
            single = self.nullable_only(prop, s)
            if single is not None:
                return self.request_type(
                    single, {k: v for k, v in s.items() if k != "$ref"}, resource, context
                )
            members = [self.request_type(p, n, resource, context) for p, n in self.members(prop, s)]
            return " | ".join(dict.fromkeys(members)) or "Any"
        if isinstance(prop, LiteralEnumProperty | EnumProperty) and prop.value_type is str:
            # The parser keeps the values as a set: the spec gives their order.
            return "Literal[" + ", ".join(repr(str(v)) for v in s.get("enum") or ()) + "]"
        text = _text_kind(prop, s)
        if text == "date":
            return "date | str"
        if text == "datetime":
            return "datetime | str"
        if text is not None:
            return text
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, ListProperty):
            inner = self.request_type(
                prop.inner_property, s.get("items") or {}, resource, context + "Item"
            )
            return f"Sequence[{inner}]"
        if isinstance(prop, ModelProperty):
            if not s.get("properties"):
                return "Mapping[str, Any]"
            name = self.class_name(ref, s, context) + "Param"
            self.typed_dict(name, prop, s, resource)
            shorthand = s.get("x-telegent-shorthand")
            fields = self.fields_of(prop)
            if isinstance(shorthand, str) and shorthand in fields:
                short = self.request_type(
                    fields[shorthand], s["properties"][shorthand], resource, context
                )
                return f"{name} | {short}"
            return name
        return "Any"

    def typed_dict(
        self, name: str, prop: ModelProperty, schema: Mapping[str, Any], resource: str
    ) -> None:
        dicts = self.surface.dicts.setdefault(resource, {})
        if name in dicts:
            return
        td = DictIR(name, [])
        dicts[name] = td
        for wire, field_prop, node in self.ordered(self.fields_of(prop), schema, name):
            _, p = self.deref(node)
            py = self.request_type(field_prop, node, resource, name + pascal(wire))
            key = self.python_name(wire, p, f"{name} property {wire!r}")
            td.fields.append((key, py, field_prop.required))

    def declared_params(self, path: str, op: Mapping[str, Any]) -> dict[tuple[str, str], Any]:
        """The parameter objects the spec declares, by (location, name), in its order (the
        path item's first; the operation's own replace them in place)."""
        item = (self.spec.get("paths") or {}).get(path) or {}
        by_key: dict[tuple[str, str], Any] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            _, prm = self.deref(raw)
            by_key[(str(prm.get("in")), str(prm.get("name")))] = prm
        return by_key

    def params(self, endpoint: Endpoint, resource: str) -> tuple[list[ParamIR], bool]:
        path, http_method = _spec_path(endpoint), endpoint.method
        op = self.operation(endpoint)
        self.where = f"paths[{path!r}].{http_method}"
        declared = self.declared_params(path, op)
        order = {key: i for i, key in enumerate(declared)}
        found = [
            ((where, _text(p.name)), p)
            for where, props in (
                ("path", endpoint.path_parameters),
                ("query", endpoint.query_parameters),
                ("header", endpoint.header_parameters),
            )
            for p in props
        ]
        out: list[ParamIR] = []
        for (where, wire), prop in sorted(found, key=lambda item: order[item[0]]):
            if wire.lower() == "authorization":
                continue
            prm = declared[(where, wire)]
            schema = prm.get("schema") or {}
            merged = {
                **self.deref(schema)[1],
                **{k: v for k, v in prm.items() if k.startswith("x-telegent")},
            }
            required = prop.required or where == "path"
            out.append(self.param(wire, where, merged, prop, schema, required, resource, prm))
        body_required = False
        self.body_rules = {}
        if endpoint.bodies:
            body = next(
                (b for b in endpoint.bodies if _text(b.content_type) == "application/json"),
                endpoint.bodies[0],
            )
            body_required = body.prop.required
            _, rb = self.deref(op.get("requestBody"))
            schema = (rb.get("content") or {}).get(_text(body.content_type), {}).get("schema") or {}
            _, s = self.deref(schema)
            self.body_rules = {k: s[k] for k in ("minProperties", "maxProperties") if k in s}
            if s.get("additionalProperties") is False:  # a closed body: unknown fields refused
                self.body_rules["additionalProperties"] = False
            if isinstance(body.prop, ModelProperty) and s.get("properties"):
                for wire, field_prop, node in self.ordered(
                    self.fields_of(body.prop), s, self.where
                ):
                    _, p = self.deref(node)
                    required = field_prop.required
                    out.append(self.param(wire, "body", p, field_prop, node, required, resource, p))
            else:
                out.append(
                    self.param(
                        "", "body", s, body.prop, schema, body_required, resource, {"name": "body"}
                    )
                )
        elif op.get("requestBody") is not None:
            raise ValueError(f"{self.where}: the generator found no request body it can send")
        taken: set[str] = set()
        for arg in out:
            while arg.name in taken or arg.name in ("self", "extra_headers", "timeout"):
                arg.name += "_"
            taken.add(arg.name)
        # Required first (positional), then optional positional ones, then keyword-only.
        out.sort(key=lambda p: (not p.positional, not p.required))
        return out, body_required

    def param(  # noqa: PLR0917 - one call site, positional for brevity
        self,
        wire: str,
        where: str,
        resolved: Mapping[str, Any],
        prop: PropertyProtocol,
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
        py = self.request_type(prop, schema, resource, pascal(name))
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

    def operation(self, endpoint: Endpoint) -> Mapping[str, Any]:
        """The spec's operation object beside the parser's endpoint."""
        item = (self.spec.get("paths") or {}).get(_spec_path(endpoint))
        op = item.get(endpoint.method) if isinstance(item, Mapping) else None
        if not isinstance(op, Mapping):
            raise ValueError(f"{endpoint.method.upper()} {_text(endpoint.path)}: not in the spec")
        return op

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

    def endpoints(self, parsed: Parsed) -> list[Endpoint]:
        """The parser's endpoints in document order (it groups them by tag); an operation
        it dropped stops the pipeline, naming it and the parser's reason."""
        found: dict[tuple[str, str], Endpoint] = {}
        for collection in parsed.data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                found.setdefault((_spec_path(endpoint), endpoint.method), endpoint)
        out = []
        for path, http_method, _ in iter_operations(self.spec):
            match = found.get((path, http_method))
            if match is None:
                reason = (
                    "; ".join(w for w in parsed.warnings if f"{http_method.upper()} {path} " in w)
                    or "no reason given"
                )
                raise ValueError(
                    f"paths[{path!r}].{http_method}: openapi-python-client could not parse "
                    f"the operation: {reason}"
                )
            out.append(match)
        return out

    def build(self) -> Surface:
        # Every name the spec gives is checked first: a hostile one stops here, whatever
        # the parser made of it.
        named = {(p, m): self.names(p, m, op) for p, m, op in iter_operations(self.spec)}
        parsed = self.parsed if self.parsed is not None else parse(self.spec)
        self.models = {str(m.class_info.name): m for m in parsed.data.models}
        self.surface.parsed = parsed
        for endpoint in self.endpoints(parsed):
            path, http_method = _spec_path(endpoint), endpoint.method
            op = self.operation(endpoint)
            op_id, resource, method = named[(path, http_method)]
            params, body_required = self.params(endpoint, resource)
            extensions = {k: op[k] for k in sorted(op) if k.startswith("x-")}
            if self.body_rules:
                extensions["x-telegent-body"] = self.body_rules
            if op.get("x-telegent-helpers"):
                self.surface.helpers.add(resource)
            idem = op.get("x-telegent-idempotent")
            returns, or_one = self.returns(endpoint, op_id)
            self.surface.operations.append(
                OperationIR(
                    id=op_id,
                    resource=resource,
                    method=method,
                    http_method=http_method.upper(),
                    path=path,
                    tag=str((op.get("tags") or ["default"])[0]),
                    summary=_text(endpoint.summary).strip(),
                    description=_text(endpoint.description).strip(),
                    params=params,
                    returns=returns,
                    internal=bool(op.get("x-internal") or op.get("x-telegent-internal")),
                    idempotent=bool(idem) if idem is not None else http_method in ("get", "head"),
                    authenticated=op.get("security", self.spec.get("security")) != [],
                    body_required=body_required,
                    extensions=extensions,
                    example=self.example(endpoint),
                    or_one=or_one,
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


def _text_kind(prop: PropertyProtocol, s: Mapping[str, Any]) -> str | None:
    """``datetime`` / ``date`` / ``str`` / ``int`` / ``float`` for a scalar the parser typed
    (``x-telegent-format`` and the US date ``pattern``, beside it, refine a string), else
    None."""
    fmt = s.get("x-telegent-format")
    # A typeless schema is the parser's AnyProperty; its format, beside it, may make it one.
    typeless = isinstance(prop, AnyProperty) and (fmt or s.get("format")) in (
        "timestamp",
        "us-date",
    )
    if isinstance(prop, LiteralEnumProperty | EnumProperty) and prop.value_type is int:
        return "int"
    if isinstance(prop, IntProperty):
        return "int"
    if isinstance(prop, FloatProperty):
        return "float"
    stringy = isinstance(prop, DateProperty | DateTimeProperty | LiteralEnumProperty | EnumProperty)
    if not (stringy or typeless or _is_string(prop)):
        return None
    if fmt is None:  # the parser read ``format``: date and date-time are its own types
        fmt = {DateProperty: "date", DateTimeProperty: "date-time"}.get(type(prop), s.get("format"))
    if fmt in ("timestamp", "date-time"):
        return "datetime"
    if fmt in ("us-date", "date"):
        return "date"
    if s.get("pattern") == US_DATE_PATTERN:
        return "date"
    return "str"


def _is_string(prop: PropertyProtocol) -> bool:
    """A string the parser did not refine (``StringProperty``, ``UuidProperty``,
    ``FileProperty``: the SDK passes each as ``str``)."""
    return isinstance(prop, StringProperty | UuidProperty | FileProperty)


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
