"""One lenient model builder for every record the generator writes.

The generated records (``telegent.types``) only *declare* their fields with
:func:`wire`: wire name, kind, required, aliases, secret. This module turns a declaration
into a parser, compiled once per class on first use, so parsing a 1,000-number page costs
one ``dict.get`` and one type check per field. How wire values become Python values
(never raising on an optional field):

* ``bool`` fields accept ``true``/``false`` and the strings ``"true"``/``"false"``;
* ``datetime`` fields are timezone-aware: a zone-less timestamp is UTC; fractions of up
  to 7 digits are cut to microseconds; ``MM/DD/YYYY[ hh:mm:ss AM/PM]`` is understood too;
* ``date`` fields read ``MM/DD/YYYY`` (and ISO dates or midnight timestamps);
* a value of the wrong JSON type (``"Number": 12016093801`` where a string belongs)
  never passes as that type: an optional field becomes ``None``, a required one raises
  :class:`RecordError` naming the field (the client turns it into
  ``APIResponseValidationError``);
* fields this SDK version does not know are kept in ``.extra`` (wire name -> value);
* server-controlled enumerations are plain ``str``: new values pass.

Secrets (``x-telegent-secret`` in the overlay) show as ``'***'`` in ``repr()`` and in
``to_dict()``/``to_json()`` unless ``reveal=True``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, ClassVar, Generic, TypeVar, dataclass_transform

__all__ = ["GenericRecord", "ListOf", "Record", "RecordError", "construct", "wire"]

_R = TypeVar("_R", bound="Record")
_T = TypeVar("_T")
_MISSING: Any = object()
_MASK = "***"


class RecordError(ValueError):
    """A response body does not fit its record (a required field missing or mistyped)."""


class _Field:
    __slots__ = ("aliases", "attr", "default", "factory", "kind", "required", "secret", "wire")

    def __init__(  # noqa: PLR0917 - built only by wire(), keyword by keyword
        self,
        wire: str,
        kind: str,
        aliases: tuple[str, ...],
        secret: bool,
        default: Any,
        factory: Callable[[], Any] | None,
    ) -> None:
        self.wire = wire
        self.kind = kind
        self.aliases = aliases
        self.secret = secret
        self.default = default
        self.factory = factory
        self.required = default is _MISSING and factory is None
        self.attr = ""


def wire(
    name: str,
    *,
    kind: str = "str",
    aliases: tuple[str, ...] = (),
    secret: bool = False,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
) -> Any:
    """Declare a record field: its wire name and kind.

    Kinds: ``str int float bool datetime date any object record:<Name> list[<kind>]``.
    A field without ``default``/``default_factory`` is required.
    """
    return _Field(name, kind, aliases, secret, default, default_factory)


# --------------------------------------------------------------------------- conversions
# Each returns the converted value or _BAD; None is handled before they are called.

_BAD: Any = object()
_fromiso = datetime.fromisoformat
_date_fromiso = date.fromisoformat
_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f"})


def _to_str(v: Any) -> Any:
    return v if v.__class__ is str else _BAD


def _to_int(v: Any) -> Any:
    if v.__class__ is int:
        return v
    if v.__class__ is str:
        text = v.strip()
        if text.lstrip("+-").isdigit():
            return int(text)
    if v.__class__ is float and v.is_integer():
        return int(v)
    return _BAD


def _to_float(v: Any) -> Any:
    if v.__class__ in (int, float):
        return float(v)
    if v.__class__ is str:
        try:
            return float(v)
        except ValueError:
            return _BAD
    return _BAD


def _to_bool(v: Any) -> Any:
    if v is True or v is False:
        return v
    if v.__class__ is str:
        key = v.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
    if v.__class__ is int and v in (0, 1):
        return bool(v)
    return _BAD


def _us_date(text: str) -> date | None:
    if len(text) >= 10 and text[2] == "/" and text[5] == "/":
        try:
            return _date_fromiso(f"{text[6:10]}-{text[:2]}-{text[3:5]}")
        except ValueError:
            return None
    return None


def _to_datetime(v: Any) -> Any:
    if v.__class__ is not str:
        return _BAD
    parsed: datetime | None
    try:
        parsed = _fromiso(v)
    except ValueError:
        parsed = _slow_datetime(v)
        if parsed is None:
            return _BAD
    if parsed.tzinfo is not None:
        return parsed
    try:
        return _fromiso(v + "+00:00")  # a zone-less stamp is UTC; 7x cheaper than replace()
    except ValueError:
        return parsed.replace(tzinfo=UTC)


def _slow_datetime(text: str) -> datetime | None:
    # 7-digit fractions (older Pythons) and the token's "MM/DD/YYYY hh:mm:ss AM/PM".
    head, dot, frac = text.partition(".")
    if dot and len(frac) > 6:
        digits = len(frac) - len(frac.lstrip("0123456789"))
        if digits > 6:
            try:
                return _fromiso(f"{head}.{frac[:6]}{frac[digits:]}")
            except ValueError:
                return None
    for fmt in ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None


def _to_date(v: Any) -> Any:
    if v.__class__ is not str:
        return _BAD
    parsed = _us_date(v)
    if parsed is not None and len(v) == 10:
        return parsed
    stamp = _to_datetime(v)
    if stamp is not _BAD:
        return stamp.date()
    return parsed if parsed is not None else _BAD


# Kinds whose string values are converted inline by the compiled parser (no slow-path call).
_INLINE: dict[str, Callable[[Any], Any]] = {"date": _to_date, "datetime": _to_datetime}


def _to_object(v: Any) -> Any:
    return v if v.__class__ is dict else _BAD


def _to_any(v: Any) -> Any:
    return v


_SCALARS: dict[str, Callable[[Any], Any]] = {
    "str": _to_str,
    "int": _to_int,
    "float": _to_float,
    "bool": _to_bool,
    "datetime": _to_datetime,
    "date": _to_date,
    "object": _to_object,
    "any": _to_any,
}


def _converter(kind: str) -> Callable[[Any], Any]:
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind.startswith("record:"):
        name = kind[len("record:") :]

        def to_record(v: Any) -> Any:
            return _record_class(name)._parse(v) if v.__class__ is dict else _BAD

        return to_record
    if kind.startswith("list[record:") and kind.endswith("]"):
        name = kind[len("list[record:") : -1]

        def to_records(v: Any) -> Any:
            if v.__class__ is not list:
                return _BAD
            cls = _record_class(name)
            parse = cls.__parser__ or cls._compile()
            return [parse(x) for x in v if x.__class__ is dict]  # null and non-objects dropped

        return to_records
    if kind.startswith("list[") and kind.endswith("]"):
        item = _converter(kind[5:-1])

        def to_list(v: Any) -> Any:
            if v.__class__ is not list:
                return _BAD
            out = []
            for x in v:
                if x is None:
                    continue
                y = item(x)
                if y is not _BAD:
                    out.append(y)
            return out

        return to_list
    raise ValueError(f"unknown field kind {kind!r}")


# --------------------------------------------------------------------------- records

_RECORD_MODULES: dict[str, str] = {}
_RECORD_CLASSES: dict[str, type[Record]] = {}


def _record_class(name: str) -> type[Record]:
    cls = _RECORD_CLASSES.get(name)
    if cls is None:
        # Nested records are referenced by name and imported on first use, so a record
        # module imports nothing but this one (and self-references work).
        module = _RECORD_MODULES.get(name)
        if module is None:
            from telegent_mpaas_client.sdk import records  # noqa: PLC0415

            module = records.MODULES[name]
        importlib.import_module(module)
        cls = _RECORD_CLASSES[name]
    return cls


def _fast_check(kind: str, get: str) -> str:
    # The common case inline (exact type), the rest in the field's slow path. ``get``
    # binds ``v``, so it is evaluated first and ``v`` used after.
    if kind == "str":
        return f"{get}.__class__ is str"
    if kind == "bool":
        return f"{get} is True or v is False"
    if kind == "int":
        return f"{get}.__class__ is int"
    return f"{get} is M and False"  # always the slow path, after binding v


class _RecordMeta(type):
    """Turns ``wire()`` declarations into slots: a record is one object, no ``__dict__``
    (a third less to allocate and for the garbage collector to track on a big page)."""

    def __new__(
        mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any], **kwargs: Any
    ) -> _RecordMeta:
        own = {attr: value for attr, value in ns.items() if isinstance(value, _Field)}
        for attr, value in own.items():
            value.attr = attr
            del ns[attr]  # the slot takes the name
        ns.setdefault("__slots__", tuple(own))
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        inherited = [
            f for base in reversed(cls.__mro__[1:]) for f in base.__dict__.get("_own_", ())
        ]
        cls._own_ = tuple(own.values())  # type: ignore[attr-defined]
        declared = [*inherited, *own.values()]
        cls.__fields__ = tuple(declared)  # type: ignore[attr-defined]
        names = {f.wire for f in declared} | {a for f in declared for a in f.aliases}
        cls.__wire_names__ = frozenset(names)  # type: ignore[attr-defined]
        cls.__parser__ = None  # type: ignore[attr-defined]
        if own or bases:
            _RECORD_CLASSES[name] = cls  # type: ignore[assignment]
            _RECORD_MODULES.setdefault(name, cls.__module__)
        return cls


@dataclass_transform(kw_only_default=True, field_specifiers=(wire,))
class Record(metaclass=_RecordMeta):
    """Base of every generated record: declared fields, lenient parsing, masked repr."""

    __slots__ = ("_raw",)
    __fields__: ClassVar[tuple[_Field, ...]] = ()
    __wire_names__: ClassVar[frozenset[str]] = frozenset()
    __parser__: ClassVar[Callable[[dict[str, Any]], Any] | None] = None
    _raw: dict[str, Any] | None

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - {f.attr for f in self.__fields__}
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {', '.join(sorted(unknown))}")
        for f in self.__fields__:
            if f.attr in values:
                value = values[f.attr]
            elif f.factory is not None:
                value = f.factory()
            elif f.required:
                raise TypeError(f"{type(self).__name__} needs {f.attr}=")
            else:
                value = f.default
            setattr(self, f.attr, value)
        self._raw = None

    # ------------------------------------------------------------------ parsing

    @classmethod
    def _parse(cls: type[_R], data: dict[str, Any]) -> _R:
        parser = cls.__parser__ or cls._compile()
        result: _R = parser(data)
        return result

    @classmethod
    def _compile(cls) -> Callable[[dict[str, Any]], Any]:
        # One statement per field: read its wire name once, keep an exact-type value as
        # is (dates and timestamps convert their string inline) and send everything else
        # to the field's slow path.
        env: dict[str, Any] = {"cls": cls, "new": object.__new__, "M": _MISSING, "B": _BAD}
        lines = ["def parse(d):", " g = d.get", " o = new(cls)"]
        for i, f in enumerate(cls.__fields__):
            env[f"s{i}"] = _slow_path(cls, f)
            get = f"(v := g({f.wire!r}, M))"
            if f.kind in _INLINE:
                env[f"c{i}"] = _INLINE[f.kind]
                value = f"r if {get}.__class__ is str and (r := c{i}(v)) is not B else s{i}(v, d)"
            else:
                value = f"v if {_fast_check(f.kind, get)} else s{i}(v, d)"
            lines.append(f" o.{f.attr} = {value}")
        lines.append(" o._raw = d")
        lines.append(" return o")
        exec("\n".join(lines), env)  # noqa: S102 - source built from the class's own field table
        parser: Callable[[dict[str, Any]], Any] = env["parse"]
        cls.__parser__ = parser
        return parser

    # ------------------------------------------------------------------ views

    @property
    def extra(self) -> Mapping[str, Any]:
        """Fields the server sent that this SDK version does not know (wire name -> value)."""
        raw = self._raw
        if not raw:
            return MappingProxyType({})
        known = self.__wire_names__
        return MappingProxyType({k: v for k, v in raw.items() if k not in known})

    def to_dict(self, *, reveal: bool = False, by_wire: bool = False) -> dict[str, Any]:
        """The record as plain data (nested records too, plus ``extra``); secrets are
        ``'***'`` unless ``reveal=True``. Keys are attribute names, or wire names with
        ``by_wire=True``."""
        out: dict[str, Any] = {}
        for f in self.__fields__:
            value = getattr(self, f.attr, None)
            if f.secret and value is not None and not reveal:
                value = _MASK
            out[f.wire if by_wire else f.attr] = _plain(value, reveal, by_wire)
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def to_json(
        self, *, reveal: bool = False, by_wire: bool = False, indent: int | None = None
    ) -> str:
        """``to_dict()`` as JSON (dates and timestamps in ISO 8601)."""
        return json.dumps(
            self.to_dict(reveal=reveal, by_wire=by_wire), indent=indent, default=_json_default
        )

    def __eq__(self, other: object) -> bool:
        mine, theirs = self.__class__, other.__class__
        if theirs is not mine and (
            not isinstance(other, Record)
            or (theirs.__module__, theirs.__qualname__) != (mine.__module__, mine.__qualname__)
        ):
            return NotImplemented  # the same record from a re-imported module still compares
        return all(
            getattr(self, f.attr, None) == getattr(other, f.attr, None) for f in self.__fields__
        )

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for f in self.__fields__:
            value = getattr(self, f.attr, None)
            shown = "'***'" if f.secret and value is not None else repr(value)
            parts.append(f"{f.attr}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


def _slow_path(cls: type[Record], f: _Field) -> Callable[[Any, dict[str, Any]], Any]:
    convert = _converter(f.kind)
    where = f"{cls.__name__}.{f.attr} ({f.wire!r})"

    def slow(v: Any, d: dict[str, Any]) -> Any:
        if v is _MISSING:
            for alias in f.aliases:
                v = d.get(alias, _MISSING)
                if v is not _MISSING and v is not None:
                    break
            if v is _MISSING:
                if f.required:
                    raise RecordError(f"{where} is required but missing from the response")
                return f.factory() if f.factory is not None else f.default
        if v is None:
            if f.required:
                raise RecordError(f"{where} is required but the response has null")
            return f.factory() if f.factory is not None else None
        out = convert(v)
        if out is _BAD:
            if f.required:
                raise RecordError(
                    f"{where} should be {f.kind} but the response has {type(v).__name__}"
                )
            return f.factory() if f.factory is not None else None
        return out

    return slow


def _plain(value: Any, reveal: bool, by_wire: bool) -> Any:
    if isinstance(value, Record):
        return value.to_dict(reveal=reveal, by_wire=by_wire)
    if isinstance(value, GenericRecord):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v, reveal, by_wire) for v in value]
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class GenericRecord(Mapping[str, Any]):
    """The answer of an operation whose response the spec does not type yet.

    Mapping access by wire name (``rec["OrderId"]``), attribute access by wire or
    snake_case name (``rec.order_id``), ``.extra`` (every field) and ``to_dict()``.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data: dict[str, Any] = dict(data or {})

    @classmethod
    def _parse(cls, data: dict[str, Any]) -> GenericRecord:
        return cls(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __getattr__(self, name: str) -> Any:
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        from .spec._naming import snake  # noqa: PLC0415

        for key, value in data.items():
            if snake(key) == name:
                return value
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    @property
    def extra(self) -> Mapping[str, Any]:
        """Every field (none is known to this SDK version)."""
        return MappingProxyType(self._data)

    def to_dict(self) -> dict[str, Any]:
        """A copy of the fields."""
        return dict(self._data)

    def to_json(self, *, indent: int | None = None) -> str:
        """The fields as JSON."""
        return json.dumps(self._data, indent=indent, default=_json_default)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


class ListOf(Generic[_T]):
    """How an operation that answers a JSON array is parsed: ``ListOf(Webhook)``.

    Items are read as the fields of a record are: a record item that is not a JSON object
    (``null``, a number) and a scalar item of the wrong JSON type are dropped, so one odd
    item never loses the rest of the answer. ``item`` is a record class,
    :class:`GenericRecord`, or ``str``/``int``/``float``/``bool``.
    """

    __slots__ = ("item",)

    def __init__(self, item: type[_T]) -> None:
        known = isinstance(item, type) and issubclass(item, (Record, GenericRecord))
        if not known and item not in (str, int, float, bool):
            raise TypeError(f"ListOf() takes a record class or str/int/float/bool, not {item!r}")
        self.item = item

    def _parse(self, data: list[Any]) -> list[_T]:
        item: Any = self.item
        if isinstance(item, type) and issubclass(item, Record):
            parse = item.__parser__ or item._compile()
            return [parse(x) for x in data if x.__class__ is dict]
        if item is GenericRecord:
            make: Callable[[Any], Any] = GenericRecord
            return [make(x) for x in data if x.__class__ is dict]
        convert = _SCALARS[item.__name__]
        out = [convert(x) for x in data if x is not None]
        return [x for x in out if x is not _BAD]

    __call__ = _parse

    def __repr__(self) -> str:
        return f"ListOf({self.item.__name__})"


def construct(cls: type[_R], data: dict[str, Any]) -> _R:
    """Build a record from a decoded JSON object (see the module notes)."""
    return cls._parse(data)
