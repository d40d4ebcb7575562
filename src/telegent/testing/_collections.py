"""One generic engine for every collection the spec describes (``x-telegent-state``).

The generated table (``telegent._generated.state``) says, per operation, which
collection it acts on and how (create, get, list, update, delete), the record's id field
and vendor prefix, where the request carries the id and where a list answer holds the
records. Nothing here names a resource: a collection declared in the overlay is kept with
no new code.

Records are kept as the API sends them (wire names). An answer is shaped to the schema
the spec declares for it: each declared field from the record (names matched ignoring
case: ``AccountID`` in a list is the record's ``AccountId``), else from the spec's example
of that answer, else a schema-valid value; nothing the schema does not declare.
The ``numbers`` collection is the fake's inventory: a number's record answers from it.

A request field the answers declare inside one of their objects (``AccountId`` sent,
``Account.AccountId`` answered) is kept there. References (``refers``) say what deleting
a record does to the records naming it: refuse, cascade, detach or keep; and a field
naming another collection's record must carry that collection's id prefix.
"""

from __future__ import annotations

import copy
import importlib
import random
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any, Final, Protocol

from .._schema import SchemaError, check_wire
from ._examples import example_for, instance_of
from ._inventory import Inventory, uuid_from_bits
from ._table import Collection, Ref, Step
from ._types import ApiError

__all__ = ["NO_CONTENT", "Collections", "NoContent", "collections_table", "no_content_ops"]

# The generated state table (one constant: the generated package may move).
_TABLE_MODULE = "telegent._generated.state"
#: The collection the fake's inventory backs (its records are numbers).
INVENTORY_COLLECTION: Final = "numbers"


class NoContent:
    """The answer of an operation whose spec declares no content: an empty 200."""


NO_CONTENT: Final = NoContent()


@cache
def collections_table() -> Mapping[str, Collection]:
    """The generated table of collections, by name (empty if the client has none)."""
    try:
        module = importlib.import_module(_TABLE_MODULE)
    except ModuleNotFoundError:
        return {}
    table: Mapping[str, Collection] = module.COLLECTIONS
    return table


@cache
def no_content_ops() -> frozenset[str]:
    """Operation ids whose success answer declares no content."""
    try:
        module = importlib.import_module(_TABLE_MODULE)
    except ModuleNotFoundError:
        return frozenset()
    ops: frozenset[str] = module.NO_CONTENT
    return ops


@cache
def _generated_steps() -> Mapping[str, tuple[Collection, Step]]:
    table = collections_table()
    return {step.op: (coll, step) for coll in table.values() for step in coll.steps.values()}


class _Store(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...
    def put(self, key: str, record: dict[str, Any]) -> None: ...
    def remove(self, key: str) -> bool: ...
    def values(self) -> Iterable[dict[str, Any]]: ...
    def holding(self, field: str, value: str) -> Iterable[dict[str, Any]]: ...


class _DictStore:
    """Records by id, in creation order."""

    def __init__(self) -> None:
        self._records: dict[str, dict[str, Any]] = {}

    def get(self, key: str) -> dict[str, Any] | None:
        return self._records.get(key)

    def put(self, key: str, record: dict[str, Any]) -> None:
        self._records[key] = record

    def remove(self, key: str) -> bool:
        return self._records.pop(key, None) is not None

    def values(self) -> Iterable[dict[str, Any]]:
        return list(self._records.values())

    def holding(self, field: str, value: str) -> Iterable[dict[str, Any]]:
        return [r for r in self._records.values() if str(_find(r, field)) == value]


class _InventoryStore:
    """The inventory seen as a collection keyed by number (the fake's numbers)."""

    def __init__(self, inventory: Inventory) -> None:
        self._inventory = inventory

    def get(self, key: str) -> dict[str, Any] | None:
        return self._inventory.get(key)

    def put(self, key: str, record: dict[str, Any]) -> None:
        index = self._inventory.index_of(key)
        if index is None:
            raise ValueError(f"the numbers collection is the inventory: {key!r} is not on it")
        self._inventory.mutable(index).update(record)

    def remove(self, key: str) -> bool:
        index = self._inventory.index_of(key)
        if index is not None:
            self._inventory.remove(index)
        return index is not None

    def values(self) -> Iterable[dict[str, Any]]:
        return iter(self._inventory)

    def holding(self, field: str, value: str) -> Iterable[dict[str, Any]]:
        return self._inventory.holding(field, value)


def _lower_map(record: Mapping[str, Any]) -> dict[str, str]:
    return {str(k).lower(): str(k) for k in record}


def _properties(schema: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if not isinstance(schema, Mapping):
        return {}
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or ():
            if isinstance(member, Mapping) and member.get("properties"):
                return _properties(member)
    props = schema.get("properties")
    return props if isinstance(props, Mapping) else {}


def shape(record: Mapping[str, Any], schema: Mapping[str, Any] | None, base: Any) -> Any:
    """``record`` as an answer declared by ``schema``: its declared fields only, filled from
    ``base`` (the spec's example of that answer) or a schema-valid value when absent."""
    props = _properties(schema)
    if not props:
        return copy.deepcopy(dict(record))
    names = _lower_map(record)
    required = set((schema or {}).get("required") or ())
    out: dict[str, Any] = {}
    for wire, sub in props.items():
        if wire.lower() in names:
            out[wire] = copy.deepcopy(record[names[wire.lower()]])
        elif isinstance(base, Mapping) and wire in base:
            out[wire] = copy.deepcopy(base[wire])
        elif wire in required:
            out[wire] = instance_of(sub)
    return out


def _base(op_id: str, schema: Mapping[str, Any] | None) -> Any:
    """The spec's example of an answer (or a schema-valid instance), as a template."""
    example = example_for(op_id)
    if isinstance(example, (Mapping, list)) and example:
        return example
    return instance_of(schema) if isinstance(schema, Mapping) and schema else {}


def _item_schema(step: Step) -> Mapping[str, Any] | None:
    schema = step.schema or {}
    holder = _properties(schema).get(step.items) if step.items else schema
    items = (holder or {}).get("items")
    return items if isinstance(items, Mapping) else None


def _find(values: Mapping[str, Any], wire: str) -> Any:
    # The vendor's router binds names ignoring case; so does the fake.
    for name, value in values.items():
        if name.lower() == wire.lower():
            return value
    return None


class Collections:
    """Every declared collection of one fake account. Not thread-safe: the fake locks."""

    def __init__(
        self, inventory: Inventory, seed: int, table: Mapping[str, Collection] | None = None
    ) -> None:
        #: The collections kept (the generated table unless a test gives its own).
        self.table: Mapping[str, Collection] = collections_table() if table is None else table
        self._stores: dict[str, _Store] = {INVENTORY_COLLECTION: _InventoryStore(inventory)}
        # Seeded on purpose: same seed, same ids.
        self._ids = random.Random(f"telegent-fake-records:{seed}")  # noqa: S311
        self._steps = {
            step.op: (coll, step) for coll in self.table.values() for step in coll.steps.values()
        }
        # Who refers to each collection: deleting one of its records consults these.
        self._referrers: dict[str, list[tuple[Collection, Ref]]] = {}
        for coll in self.table.values():
            for ref in coll.refers:
                self._referrers.setdefault(ref.to, []).append((coll, ref))
        self._known: dict[str, Mapping[str, _Field]] = {}

    @staticmethod
    def step_for(op_id: str) -> tuple[Collection, Step] | None:
        """The collection and role of ``op_id`` in the generated table, if it keeps state."""
        return _generated_steps().get(op_id)

    def step_of(self, op_id: str) -> tuple[Collection, Step] | None:
        """The collection and role of ``op_id`` in this fake's table, if it keeps state."""
        return self._steps.get(op_id)

    def collection(self, name: str) -> Collection:
        """Collection ``name``; a ValueError naming the known ones if there is none."""
        if name not in self.table:
            known = ", ".join(sorted(self.table))
            raise ValueError(f"no collection {name!r} in the fake; known: {known}")
        return self.table[name]

    def reference_prefix(self, name: str, wire: str) -> str | None:
        """The id prefix a field of collection ``name``'s records must carry, when the field
        names another collection's record (``refers``); else None."""
        coll = self.table.get(name)
        for ref in coll.refers if coll is not None else ():
            target = self.table.get(ref.to)
            if ref.field.lower() == wire.lower() and target is not None:
                return target.prefix
        return None

    def _store(self, name: str) -> _Store:
        store = self._stores.get(name)
        if store is None:
            store = self._stores[name] = _DictStore()
        return store

    def new_id(self, coll: Collection) -> str:
        """A fresh id in the vendor's format (prefix, then a UUID), seeded."""
        return f"{coll.prefix}{uuid_from_bits(self._ids.getrandbits(128))}"

    # -- reading and seeding (FakeTelegent's helpers) -------------------------------------

    def records(self, name: str) -> Iterator[dict[str, Any]]:
        """Copies of the records of collection ``name``, oldest first."""
        for record in self._store(self.collection(name).name).values():
            yield copy.deepcopy(record)

    def record(self, name: str, key: str) -> dict[str, Any] | None:
        """A copy of one record by id, or None."""
        found = self._store(self.collection(name).name).get(key)
        return None if found is None else copy.deepcopy(found)

    def seed(self, name: str, records: Iterable[Mapping[str, Any]]) -> list[str]:
        """Add records (wire names) to collection ``name``; returns their ids.

        A record without its id field gets a new one; missing fields come from the spec's
        example. Each is checked against the schema of the collection's answers first.
        """
        coll = self.collection(name)
        ids: list[str] = []
        for position, given in enumerate(records):
            if not isinstance(given, Mapping):
                raise ValueError(f"{name}[{position}] must be an object, got {given!r}")
            record = self._template(coll) if name != INVENTORY_COLLECTION else {}
            _merge(record, given, None, fresh=False)
            key = _find(given, coll.id)
            if key is None:  # the template's id is the example's, not this record's
                key = self.new_id(coll)
                record[_lower_map(record).get(coll.id.lower(), coll.id)] = key
            _check_record(coll, record, f"{name}[{position}]")
            self._store(coll.name).put(str(key), record)
            ids.append(str(key))
        return ids

    # -- answering -------------------------------------------------------------------------

    def answer(self, op_id: str, query: Mapping[str, str], body: Any) -> Any:
        """The answer to a (valid) request of a stateful operation: its body, or NO_CONTENT."""
        found = self.step_of(op_id)
        assert found is not None, op_id
        coll, step = found
        fields = body if isinstance(body, Mapping) else {}
        values = {**query, **fields}
        if step.role == "create":
            return self._create(coll, step, fields)
        if step.role == "list":
            return self._list(coll, step, values)
        wire, key = _key(step, values)
        record = self._lookup(coll, step, wire, key)
        if record is None:
            raise ApiError(404, f"No record with {wire} {key!r} ({coll.name}).")
        key = str(_find(record, coll.id))
        if step.role == "update":
            record = copy.deepcopy(record)  # all or nothing: a refused field changes nothing
            _merge(record, fields, self._known_fields(coll), fresh=False)
            self._store(coll.name).put(key, record)
        elif step.role == "delete":
            self._delete(coll, key)
        return _answer(step, record, key)

    def _delete(self, coll: Collection, key: str) -> None:
        """Delete a record and do what its references declare; all or nothing."""
        removals: list[tuple[str, str]] = []
        detaches: list[tuple[str, str, str]] = []
        self._plan_delete(coll, key, removals, detaches)
        for name, field_key, wire in detaches:
            record = self._store(name).get(field_key)
            if record is not None:
                record = copy.deepcopy(record)
                record[_lower_map(record).get(wire.lower(), wire)] = None
                self._store(name).put(field_key, record)
        for name, removed in removals:
            self._store(name).remove(removed)

    def _plan_delete(
        self,
        coll: Collection,
        key: str,
        removals: list[tuple[str, str]],
        detaches: list[tuple[str, str, str]],
    ) -> None:
        if (coll.name, key) in removals:
            return  # reached twice through cascades
        removals.append((coll.name, key))
        for referrer, ref in self._referrers.get(coll.name, ()):
            if ref.on_delete == "keep":
                continue
            holding = self._store(referrer.name).holding(ref.field, key)
            naming = [str(_find(r, referrer.id)) for r in holding]
            if naming and ref.on_delete == "refuse":
                raise ApiError(ref.status, ref.message)
            for other in naming:
                if ref.on_delete == "cascade":
                    self._plan_delete(referrer, other, removals, detaches)
                else:  # detach
                    detaches.append((referrer.name, other, ref.field))

    def _lookup(self, coll: Collection, step: Step, wire: str, key: str) -> dict[str, Any] | None:
        store = self._store(coll.name)
        field = step.lookups.get(wire)
        if field is None:
            return store.get(key)
        # Found by another field (a number by its ICCID): the record holding that value.
        return next((r for r in store.values() if str(_find(r, field)) == key), None)

    def _known_fields(self, coll: Collection) -> Mapping[str, _Field]:
        known = self._known.get(coll.name)
        if known is None:
            known = self._known[coll.name] = _declared_fields(coll)
        return known

    def _template(self, coll: Collection) -> dict[str, Any]:
        create = coll.step("create") or coll.step("get")
        if create is None:
            return {}
        base = _base(create.op, create.schema)
        return copy.deepcopy(dict(base)) if isinstance(base, Mapping) else {}

    def _create(self, coll: Collection, step: Step, fields: Mapping[str, Any]) -> Any:
        record = self._template(coll)
        _merge(record, fields, self._known_fields(coll), fresh=True)
        key = self.new_id(coll)
        names = _lower_map(record)
        record[names.get(coll.id.lower(), coll.id)] = key
        self._store(coll.name).put(key, record)
        return _answer(step, record, key)

    def _list(self, coll: Collection, step: Step, values: Mapping[str, Any]) -> Any:
        wanted = {f: _find(values, f) for f in step.filters}
        kept = [
            r
            for r in self._store(coll.name).values()
            if all(v in (None, "") or str(_find(r, f)) == str(v) for f, v in wanted.items())
        ]
        base = _base(step.op, step.schema)
        examples = base.get(step.items) if step.items and isinstance(base, Mapping) else base
        first = examples[0] if isinstance(examples, list) and examples else None
        items = [shape(r, _item_schema(step), first) for r in kept]
        if step.items is None:
            return items
        out = copy.deepcopy(dict(base)) if isinstance(base, Mapping) else {}
        out[step.items] = items
        if step.count:
            out[step.count] = len(items)
        return out


def _key(step: Step, values: Mapping[str, Any]) -> tuple[str, str]:
    """(the parameter, its value) of the first declared key (or lookup) the request carries."""
    for wire in (*step.keys, *step.lookups):
        value = _find(values, wire)
        if value not in (None, ""):
            return wire, str(value)
    raise ApiError(400, f"The {step.keys[0]} parameter is required.")


#: Where a request field lands on a record: the answers' field path (one name, or an
#: object field then its field) and the schema of the value.
_Field = tuple[tuple[str, ...], Mapping[str, Any]]


def _declared_fields(coll: Collection) -> Mapping[str, _Field]:
    """Every field any answer of the collection declares (lower-cased -> path, schema):
    what a request may set. A name found only inside one object field of the answers
    (``Account.AccountId``) lands there; inside two it is ambiguous and ignored."""
    known: dict[str, _Field] = {}
    nested: dict[str, list[_Field]] = {}
    for step in coll.steps.values():
        schema = _item_schema(step) if step.role == "list" else step.schema
        for wire, sub in _properties(schema).items():
            known.setdefault(wire.lower(), ((wire,), sub))
            for inner, inner_schema in _properties(sub).items():
                found = nested.setdefault(inner.lower(), [])
                if all(path[0].lower() != wire.lower() for path, _ in found):
                    found.append(((wire, inner), inner_schema))
    for low, places in nested.items():
        if low not in known and len(places) == 1:
            known[low] = places[0]
    return known


def _merge(
    record: dict[str, Any],
    fields: Mapping[str, Any],
    known: Mapping[str, _Field] | None,
    *,
    fresh: bool,
) -> None:
    """Copy request fields the collection's answers declare onto ``record`` (its spelling),
    read as the answers type them (``"1.12"`` sent, ``1.12`` answered). ``known`` None:
    every field as given (seeding). ``fresh`` (a create): an object field the request
    fills is built from the request alone, not kept from the example it started from."""
    names = _lower_map(record)
    rebuilt: set[str] = set()
    for wire, value in fields.items():
        low = str(wire).lower()
        if known is None:
            record[names.get(low) or str(wire)] = copy.deepcopy(value)
            continue
        if low not in known:  # a request-only field (a password, a transfer's target)
            continue
        path, schema = known[low]
        kept = _as_answered(value, schema)
        try:
            check_wire(kept, schema, str(wire))
        except SchemaError as exc:
            # The request schema let it through, but no answer could carry it.
            raise ApiError(400, f"{exc} (as the API answers it).") from None
        holder = record
        if len(path) == 2:
            outer = names.get(path[0].lower()) or path[0]
            if not isinstance(record.get(outer), dict) or (fresh and outer not in rebuilt):
                record[outer] = {}
                rebuilt.add(outer)
            holder = record[outer]
        holder[_lower_map(holder).get(path[-1].lower()) or path[-1]] = kept


def _as_answered(value: Any, schema: Mapping[str, Any]) -> Any:
    """A request value as the answer's schema types it, when its text says so."""
    typ = schema.get("type")
    if isinstance(value, str) and typ in ("number", "integer"):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if typ == "integer" and number.is_integer() else number
    if isinstance(value, str) and typ == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return copy.deepcopy(value)


def _answer(step: Step, record: Mapping[str, Any], key: str) -> Any:
    if step.schema is None:
        return NO_CONTENT
    out = shape(record, step.schema, _base(step.op, step.schema))
    if step.answer_id and isinstance(out, dict):
        out[step.answer_id] = key
    return out


def _check_record(coll: Collection, record: Mapping[str, Any], where: str) -> None:
    step = coll.step("get") or coll.step("create")
    if step is None or not step.schema:
        return
    try:
        check_wire(shape(record, step.schema, None), step.schema, where)
    except SchemaError as exc:
        raise ValueError(f"seed record {exc}") from None
