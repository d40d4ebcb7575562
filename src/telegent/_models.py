"""One lossless model builder for every record the generator writes.

The generated records (``telegent.types``) only *declare* their fields with
:func:`wire`: wire name, kind, required, aliases, secret. This module turns a declaration
into a parser, compiled once per class on first use, so parsing a 1,000-number page costs
one ``dict.get`` and one type check per field. Nothing the server sends is lost:

* a value is converted when the conversion loses nothing: a number where text belongs
  becomes its decimal string; numeric text (``"12"``, ``"1,346"``, ``"$2.34"``) where a
  number belongs becomes the number; ``bool`` fields read ``true``/``false`` and the words
  ``"true"``, ``"yes"``, ``"on"``, ``1``... (and their opposites);
* ``datetime`` fields are timezone-aware (a zone-less timestamp is UTC; fractions of up to
  7 digits are cut to microseconds) and read ISO 8601 and the US and day-first forms with
  or without seconds (``09/04/2025 10:09 PM``, ``13/05/2023``); ``date`` fields read the
  same dates, and keep a timestamp with a time of day as sent (the time would be lost);
* otherwise the attribute holds the value **as sent**, ``to_dict()``/``to_json()`` carry
  it, the record's ``problems`` lists it, and the ``telegent`` logger warns once per
  record class and field; a list item that cannot become a record (not an object, or
  missing a required field) is set aside on the enclosing record's ``problems``; a
  required list sent as ``null`` is empty; a missing required field is ``None`` (listed);
* in strict mode (``strict=True`` on the client or :meth:`Record.from_wire`) any of these
  raises :class:`RecordError` instead (the client turns it into
  ``APIResponseValidationError``);
* fields this SDK version does not know are kept in ``.extra`` (wire name -> value);
* server-controlled enumerations are plain ``str``: new values pass;
* a record refers to nested records by name, resolved in its own module or its own
  generated package: never through a process-wide table, so a user's record class of the
  same name changes nothing.

Secrets (``x-telegent-secret`` in the overlay) show as ``'***'`` in ``repr()``, in
``problems``, in the warning and in ``to_dict()``/``to_json()`` unless ``reveal=True``.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, ClassVar, Generic, TypeVar, dataclass_transform

from ._json import loads as _loads
from ._logging import logger

__all__ = [
    "GenericRecord",
    "ListOf",
    "Record",
    "RecordError",
    "RecordList",
    "RecordProblem",
    "construct",
    "no_content",
    "wire",
]

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
# Each returns the converted value or _BAD; None is handled before they are called. A
# conversion happens only when it loses nothing: otherwise the value stays as sent.

_BAD: Any = object()
_fromiso = datetime.fromisoformat
_date_fromiso = date.fromisoformat
_TRUE = frozenset({"true", "1", "yes", "y", "t", "on"})
_FALSE = frozenset({"false", "0", "no", "n", "f", "off"})
# "1346", "1,346", "$2.34", "-1.5e3": digits with optional thousands groups and currency sign.
_NUMBER = re.compile(r"\s*([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*")
_EXACT_FLOAT = 2**53  # integers beyond this do not survive a trip through float


def _to_str(v: Any) -> Any:
    if v.__class__ is str:
        return v
    if v.__class__ is int:
        return str(v)  # "ZipCode": 84043 -> "84043"
    if v.__class__ is float:
        return repr(v)  # the shortest decimal that reads back as the same float
    return _BAD


def _number_text(v: str) -> str | None:
    m = _NUMBER.fullmatch(v)
    if m is None:
        return None
    return m.group(1) + m.group(2).replace(",", "") + (m.group(3) or "")


def _to_int(v: Any) -> Any:
    if v.__class__ is int:
        return v
    if v.__class__ is float:
        return int(v) if v.is_integer() else _BAD
    if v.__class__ is str:
        text = _number_text(v)
        if text is None:
            return _BAD
        if text.lstrip("+-").isdigit():
            return int(text)
        number = float(text)
        return int(number) if number.is_integer() and abs(number) < _EXACT_FLOAT else _BAD
    return _BAD


def _to_float(v: Any) -> Any:
    if v.__class__ is float:
        return v
    if v.__class__ is int:
        return float(v) if abs(v) <= _EXACT_FLOAT else _BAD
    if v.__class__ is str:
        text = _number_text(v)
        return _BAD if text is None else float(text)
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


# US month-first (and day-first when the first part cannot be a month), with an optional
# time with or without seconds, 12- or 24-hour: "5/15/2025 8:15 PM", "13/05/2023 22:09".
_SLASHED = re.compile(
    r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*"
)


def _slashed(text: str) -> datetime | None:
    m = _SLASHED.fullmatch(text)
    if m is None:
        return None
    first, _, second, year, hour, minute, sec, frac, ampm = m.groups()
    month, day = int(first), int(second)
    if month > 12 >= day:
        month, day = day, month  # day-first: "13/05/2023"
    h = int(hour or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm[0] in "Pp" else 0)
    micro = int((frac or "0")[:6].ljust(6, "0"))
    try:
        return datetime(int(year), month, day, h, int(minute or 0), int(sec or 0), micro)
    except ValueError:
        return None


def _to_datetime(v: Any) -> Any:
    if v.__class__ is not str:
        return _BAD
    parsed: datetime | None
    try:
        parsed = _fromiso(v)
    except ValueError:
        parsed = _slashed(v)
        if parsed is None:
            return _BAD
    if parsed.tzinfo is not None:
        return parsed
    try:
        return _fromiso(v + "+00:00")  # a zone-less stamp is UTC; 7x cheaper than replace()
    except ValueError:
        return parsed.replace(tzinfo=UTC)


def _to_date(v: Any) -> Any:
    if v.__class__ is not str:
        return _BAD
    if len(v) == 10 and v[2] == "/" and v[5] == "/":  # MM/DD/YYYY, the API's usual form
        try:
            return _date_fromiso(f"{v[6:]}-{v[:2]}-{v[3:5]}")
        except ValueError:
            pass  # day-first ("13/05/2023") and the rest: as timestamps read them
    stamp = _to_datetime(v)
    if stamp is _BAD:
        return _BAD
    if stamp.time() != _MIDNIGHT or stamp.utcoffset():
        return _BAD  # a time of day would be lost: kept as sent
    return stamp.date()


_MIDNIGHT = datetime.min.time()


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

# A converter of the slow path: (value, the record being built, its field) -> value or _BAD.
_Convert = Callable[[Any, "Record", "_Field"], Any]


def _converter(kind: str, owner: type[Record]) -> _Convert:
    if kind in _SCALARS:
        scalar = _SCALARS[kind]
        return lambda v, _o, _f: scalar(v)
    if kind.startswith("record:"):
        name = kind[len("record:") :]

        def to_record(v: Any, _o: Record, _f: _Field) -> Any:
            return _resolved(name, owner)._parse(v) if v.__class__ is dict else _BAD

        return to_record
    if kind.startswith("list[record:") and kind.endswith("]"):
        return _records_converter(kind[len("list[record:") : -1], owner)
    if kind.startswith("list[") and kind.endswith("]"):
        if kind[5:-1] not in _SCALARS:
            raise ValueError(f"unknown field kind {kind!r}")
        item = _SCALARS[kind[5:-1]]

        def to_list(v: Any, o: Record, f: _Field) -> Any:
            if v.__class__ is not list:
                return _BAD
            out = []
            for i, x in enumerate(v):
                if x is None:
                    continue
                y = item(x)
                if y is _BAD:  # kept as sent, and said
                    _report(o, f, x, f"{f.wire}[{i}]", kind[5:-1])
                    y = x
                out.append(y)
            return out

        return to_list
    raise ValueError(f"unknown field kind {kind!r}")


def _records_converter(name: str, owner: type[Record]) -> _Convert:
    def to_records(v: Any, o: Record, f: _Field) -> Any:
        if v.__class__ is not list:
            return _BAD
        cls = _resolved(name, owner)
        parse = cls.__parser__ or cls._compile()
        before = next(_MISSES)
        out = [parse(x) for x in v if x.__class__ is dict]
        if len(out) == len(v) and next(_MISSES) == before + 1:
            return out  # the common case: every item an object with its required fields
        out = []
        for i, x in enumerate(v):
            if x is None:
                continue
            item = parse(x) if x.__class__ is dict else None
            if item is None or _incomplete(item):
                # This item cannot become a record: set aside and reported, the rest kept.
                _report(o, f, x, f"{f.wire}[{i}]", name)
                continue
            out.append(item)
        return out

    return to_records


def _incomplete(item: Record) -> bool:
    problems: tuple[RecordProblem, ...] = getattr(item, "_problems", ())
    return any(p.missing for p in problems)


# --------------------------------------------------------------------------- records

_GENERATED = "telegent._generated.records"


def _record_class(name: str) -> type[Record]:
    """The generated record ``name`` (from the generated package's own table)."""
    from telegent._generated import records  # noqa: PLC0415

    cls: type[Record] = getattr(importlib.import_module(records.MODULES[name]), name)
    return cls


def _resolve(name: str, owner: type[Record]) -> type[Record]:
    """The record ``name`` as its owner's package means it: the owner's own module
    first, then the generated package's table. Never a process-wide table by bare
    name, so a user's ``class NumberRecord(Record)`` elsewhere changes nothing."""
    found = getattr(sys.modules.get(owner.__module__), name, None)
    if isinstance(found, type) and issubclass(found, Record):
        return found
    if owner.__module__.startswith(_GENERATED + "."):
        return _record_class(name)
    raise LookupError(f"{owner.__qualname__} refers to record {name!r}, not in its module")


_RESOLVED: dict[tuple[type[Record], str], type[Record]] = {}


def _resolved(name: str, owner: type[Record]) -> type[Record]:
    # Cached per owning class (not per bare name): two owners may mean two records.
    key = (owner, name)
    cls = _RESOLVED.get(key)
    if cls is None:
        cls = _RESOLVED[key] = _resolve(name, owner)
    return cls


def _fast_value(i: int, f: _Field) -> str:
    # The value of field ``i`` read into ``v<i>``: the common case inline (exact type), the
    # rest in the field's slow path ``s<i>``.
    v, slow = f"v{i}", f"s{i}(v{i}, d, o)"
    if f.kind in _INLINE:
        return f"r if {v}.__class__ is str and (r := c{i}({v})) is not B else {slow}"
    if f.kind == "str":
        return f"{v} if {v}.__class__ is str else {slow}"
    if f.kind == "bool":
        return f"{v} if {v} is True or {v} is False else {slow}"
    if f.kind == "int":
        return f"{v} if {v}.__class__ is int else {slow}"
    return slow


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
        return cls


@dataclass_transform(kw_only_default=True, field_specifiers=(wire,))
class Record(metaclass=_RecordMeta):
    """Base of every generated record: declared fields, lenient parsing, masked repr."""

    __slots__ = ("_problems", "_raw")
    __fields__: ClassVar[tuple[_Field, ...]] = ()
    __wire_names__: ClassVar[frozenset[str]] = frozenset()
    __parser__: ClassVar[Callable[[dict[str, Any]], Any] | None] = None
    _raw: dict[str, Any] | None
    _problems: tuple[RecordProblem, ...]

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
    def from_wire(
        cls: type[_R], data: Mapping[str, Any] | str | bytes, *, strict: bool = False
    ) -> _R:
        """Build this record from wire data: a decoded JSON object (a webhook payload,
        cached JSON) or its JSON text. The client's rules apply: lossless conversions,
        otherwise the value as sent (with one warning per record and field); with
        ``strict=True`` a value that does not fit raises :class:`RecordError`."""
        if isinstance(data, (str, bytes, bytearray)):
            try:
                data = _loads(data)
            except RecursionError:
                raise RecordError(f"{cls.__name__}.from_wire(): JSON nested too deeply") from None
        if not isinstance(data, Mapping):
            raise RecordError(
                f"{cls.__name__}.from_wire() needs a JSON object, got {type(data).__name__}"
            )
        body = data if data.__class__ is dict else dict(data)
        token = _STRICT.set(strict)
        try:
            return cls._parse(body)
        finally:
            _STRICT.reset(token)

    @classmethod
    def _parse(cls: type[_R], data: dict[str, Any]) -> _R:
        parser = cls.__parser__ or cls._compile()
        result: _R = parser(data)
        return result

    @property
    def problems(self) -> tuple[RecordProblem, ...]:
        """What did not fit this record as it was read: values kept as sent, required
        fields missing, list items set aside (empty when everything fit)."""
        found: tuple[RecordProblem, ...] = getattr(self, "_problems", ())
        return found

    @classmethod
    def _compile(cls) -> Callable[[dict[str, Any]], Any]:
        # One statement per field: read its wire name once, keep an exact-type value as
        # is (dates and timestamps convert their string inline) and send everything else
        # to the field's slow path. (Not ``itemgetter`` for all names at once: its 20-item
        # tuples fill CPython's tuple free list, a few hundred KiB held while paging.)
        env: dict[str, Any] = {"cls": cls, "new": object.__new__, "M": _MISSING, "B": _BAD}
        lines = ["def parse(d):", " g = d.get", " o = new(cls)"]
        for i, f in enumerate(cls.__fields__):
            env[f"s{i}"] = _slow_path(cls, f)
            if f.kind in _INLINE:
                env[f"c{i}"] = _INLINE[f.kind]
            lines += [f" v{i} = g({f.wire!r}, M)", f" o.{f.attr} = {_fast_value(i, f)}"]
        lines += [" o._raw = d", " return o"]
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


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One wire value that did not fit its record: ``field`` (wire name, ``[i]`` for a
    list item), the ``expected`` kind, the ``value`` as sent, and whether the field was
    ``missing`` (required, absent or null). The value of a secret field shows as '***'."""

    field: str
    expected: str
    value: Any
    missing: bool = False
    secret: bool = False

    def __repr__(self) -> str:
        shown = _MASK if self.secret else _short(self.value)
        what = "missing" if self.missing else f"got {shown}"
        return f"RecordProblem({self.field}: expected {self.expected}, {what})"


# Set by the client (``strict=True``) and by ``from_wire(strict=True)`` around a parse.
_STRICT: ContextVar[bool] = ContextVar("telegent_strict_records", default=False)
_WARNED: set[tuple[object, str]] = set()


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _problem(
    owner: object,
    name: str,
    value: Any,
    where: str,
    expected: str,
    *,
    missing: bool = False,
    secret: bool = False,
) -> RecordProblem:
    """A value that did not fit: raise in strict mode, else warn once per ``owner``
    (a record class) and field, and return the problem to keep."""
    shown = _MASK if secret else f"{type(value).__name__} {_short(value)}"
    came = "nothing (required)" if missing else shown
    text = f"{name} ({where!r}) expected {expected}, got {came}"
    if _STRICT.get():
        raise RecordError(text)
    key = (owner, name)
    if key not in _WARNED:
        _WARNED.add(key)
        logger.warning("%s; kept as sent (a list item: set aside); see .problems", text)
    return RecordProblem(where, expected, value, missing, secret)


# Ticks once per required field found missing (and twice per list parse, around it): a list
# parse checks its items one by one only if something ticked in between. ``next()`` on a
# count is atomic, so a tick from another thread is never lost (it only costs the check).
_MISSES = itertools.count()


def _report(
    o: Record, f: _Field, value: Any, where: str, expected: str, *, missing: bool = False
) -> None:
    cls = type(o)
    if missing:
        next(_MISSES)
    problem = _problem(
        cls, f"{cls.__name__}.{f.attr}", value, where, expected, missing=missing, secret=f.secret
    )
    o._problems = (*o.problems, problem)


def _slow_path(cls: type[Record], f: _Field) -> Callable[[Any, dict[str, Any], Record], Any]:
    # Closure locals, not attribute reads: absent and null optional fields come here often.
    convert = _converter(f.kind, cls)
    scalar = _SCALARS.get(f.kind)
    is_list = f.kind.startswith("list[")
    factory, default, required, aliases = f.factory, f.default, f.required, f.aliases

    def nothing(o: Record, sent_null: bool) -> Any:
        if factory is not None:
            return factory()
        if not required:
            return default
        if not (is_list and sent_null):  # a required list sent as null is empty
            _report(o, f, None, f.wire, f.kind, missing=True)
        return [] if is_list else None

    def slow(v: Any, d: dict[str, Any], o: Record) -> Any:
        if v is None:
            return nothing(o, True)
        if v is _MISSING:
            for alias in aliases:
                v = d.get(alias, _MISSING)
                if v is not _MISSING and v is not None:
                    return slow(v, d, o)
            return nothing(o, v is None)
        out = scalar(v) if scalar is not None else convert(v, o, f)
        if out is _BAD:
            _report(o, f, v, f.wire, f.kind)
            return v  # as sent: nothing the server said is lost
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


class RecordList(list[_T]):
    """A list answer (``ListOf``): the items that fit, plus ``problems``: the items set
    aside (not an object, or missing a required field) and scalars kept as sent."""

    problems: tuple[RecordProblem, ...] = ()


class ListOf(Generic[_T]):
    """How an operation that answers a JSON array is parsed: ``ListOf(Webhook)``.

    Items are read as the fields of a record are: ``null`` items are skipped; a record
    item that cannot become one (not an object, or missing a required field) is set
    aside and reported on the result's ``problems``, so one odd item never loses the
    rest; a scalar that cannot convert losslessly is kept as sent. ``item`` is a record
    class, :class:`GenericRecord`, or ``str``/``int``/``float``/``bool``.
    ``or_one=True``: a single JSON object is read as a one-item list (the vendor's
    example shows an object where the operation describes a list).
    """

    __slots__ = ("item", "or_one")

    def __init__(self, item: type[_T], *, or_one: bool = False) -> None:
        known = isinstance(item, type) and issubclass(item, (Record, GenericRecord))
        if not known and item not in (str, int, float, bool):
            raise TypeError(f"ListOf() takes a record class or str/int/float/bool, not {item!r}")
        self.item = item
        self.or_one = or_one

    def _parse(self, data: list[Any] | dict[str, Any]) -> RecordList[_T]:
        if data.__class__ is dict and self.or_one:
            data = [data]
        item: Any = self.item
        out: RecordList[_T] = RecordList()
        problems: list[RecordProblem] = []
        owner, name = repr(self), f"{self!r} item"
        if isinstance(item, type) and issubclass(item, (Record, GenericRecord)):
            parse: Callable[[Any], Any] = (
                (item.__parser__ or item._compile()) if issubclass(item, Record) else GenericRecord
            )
            for i, x in enumerate(data):
                if x is None:
                    continue
                made = parse(x) if x.__class__ is dict else None
                if made is None or (isinstance(made, Record) and _incomplete(made)):
                    problems.append(_problem(owner, name, x, f"[{i}]", item.__name__))
                else:
                    out.append(made)
        else:
            convert = _SCALARS[item.__name__]
            for i, x in enumerate(data):
                if x is None:
                    continue
                y = convert(x)
                if y is _BAD:
                    problems.append(_problem(owner, name, x, f"[{i}]", item.__name__))
                    y = x
                out.append(y)
        out.problems = tuple(problems)
        return out

    __call__ = _parse

    def __repr__(self) -> str:
        return f"ListOf({self.item.__name__})"


def no_content(_data: Any) -> None:
    """The parser of an operation whose 200 the spec declares without content."""


def construct(cls: type[_R], data: dict[str, Any]) -> _R:
    """Build a record from a decoded JSON object (see :meth:`Record.from_wire`)."""
    return cls.from_wire(data)
