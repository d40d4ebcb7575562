"""Request values checked against the patched spec's schemas: one set of rules for the
SDK (before anything is sent) and the fake API (on what it receives).

:func:`to_wire` turns what a caller passed (Python names, ``date`` objects, shorthands,
enum values in any case) into the wire value and checks it; :func:`check_wire` checks a
value that is already on the wire. Both raise :class:`SchemaError` (a ``ValueError``)
naming where the bad value is and what was expected; secret values are never echoed.

The rules are the subset of JSON Schema the spec uses: type, enum, pattern, min/maxLength,
minimum/maximum (exclusive too), min/maxItems, uniqueItems, required,
additionalProperties: false, min/maxProperties, anyOf/oneOf; plus the overlay's
``x-telegent-format`` (``us-date``: ``MM/DD/YYYY`` naming a real day; ``timestamp``) and
``x-telegent-shorthand``; the formats ``uri``, ``email``, ``int32`` and ``int64``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from ._validation import CONTROL_CHARACTERS
from .spec._naming import field_name as _field_name

__all__ = ["SchemaError", "check_param_text", "check_wire", "to_wire"]


@cache
def _named(wire: str, explicit: str | None) -> str:
    return explicit or _field_name(wire)


def field_name(wire: str, prop: Mapping[str, Any] | None = None) -> str:
    """``spec._naming.field_name``, cached (it runs for every field checked)."""
    explicit = prop.get("x-telegent-name") if prop is not None else None
    return _named(wire, explicit if isinstance(explicit, str) else None)


class SchemaError(ValueError):
    """A value does not fit the spec's schema; the message names it."""


_US_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(_strict_ends(text))


def _strict_ends(pattern: str) -> str:
    """``pattern`` with each ``$`` anchor made to match at the very end only.

    JSON Schema patterns are ECMA-262 regexes, whose ``$`` matches only at the end of the
    value; Python's also matches before a trailing newline, so ``^\\+[0-9]+$`` passed
    ``"+18018018011\\n"``. An anchored pattern thus matches the whole value; an
    unanchored one (``\\S``: "not blank") keeps its meaning.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            # "[]...]" and "[^]...]": a "]" first in a class is a literal.
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            out.append(pattern[i:j])
            i, in_class = j, True
            continue
        elif c == "$":
            c = r"\Z"
        out.append(c)
        i += 1
    return "".join(out)


def check_param_text(text: str, schema: Mapping[str, Any], where: str, location: str) -> None:
    """``SchemaError`` for a value bound for a URL path, a query string or a header that
    holds a control character (NUL, CR, LF, ...; C0, DEL and C1), or, for a header,
    anything but ASCII. The SDK checks before sending; the fake judges what it receives
    by the spec's patterns only (the spec itself does not forbid them)."""
    bad = CONTROL_CHARACTERS.search(text)
    if bad is not None:
        raise SchemaError(
            f"{where} {_show(text, schema)} contains the control character {bad.group()!r}; "
            f"a {location} value cannot carry one"
        )
    if location == "header" and not text.isascii():
        raise SchemaError(f"{where} {_show(text, schema)} is not ASCII; a header value must be")


def _show(value: object, schema: Mapping[str, Any]) -> str:
    if _secret(schema):
        return "(secret value)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _secret(schema: Mapping[str, Any]) -> bool:
    return bool(schema.get("x-telegent-secret")) or schema.get("format") == "password"


def _fmt(schema: Mapping[str, Any]) -> str | None:
    fmt = schema.get("x-telegent-format") or schema.get("format")
    return str(fmt) if fmt is not None else None


def _expected(schema: Mapping[str, Any]) -> str:
    desc = " ".join(str(schema.get("description", "")).split())
    return f" ({desc[:100]})" if desc else ""


# --------------------------------------------------------------------------- python -> wire


def to_wire(value: Any, schema: Mapping[str, Any], where: str) -> Any:
    """The wire form of a caller's value, checked (``SchemaError``/``TypeError``)."""
    fused = _fused(schema)
    if fused is not None:
        try:
            return fused(value)
        except Exception:  # noqa: S110 - _Slow, or an odd value: converted and checked below
            pass
    try:
        wire = _converter(schema)(value)
    except Exception:  # _Slow, or an odd value: the walk converts it or names the problem
        wire = _convert(value, schema, where)
    check_wire(wire, schema, where, python_names=True)
    return wire


def _convert(value: Any, schema: Mapping[str, Any], where: str) -> Any:
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _convert_union(value, schema[key], where)
    typ = schema.get("type")
    if value is None:
        return None
    if "enum" in schema and isinstance(value, str):
        return _enum_spelling(value, schema)
    if typ == "string":
        return _convert_string(value, schema, where)
    if typ in _PY_TYPES and not _is_type(value, typ):
        raise TypeError(f"{where} must be {_PY_TYPES[typ]}, got {_show(value, schema)}")
    if typ == "array":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(
            value, Sequence | set | frozenset | tuple
        ):
            raise TypeError(f"{where} must be a list, got {type(value).__name__}")
        items = schema.get("items") or {}
        return [_convert(v, items, f"{where}[{i}]") for i, v in enumerate(value)]
    if typ == "object" or (typ is None and "properties" in schema):
        return _convert_object(value, schema, where)
    return value


_PY_TYPES = {"boolean": "True or False", "integer": "an int", "number": "a number"}


def _is_type(value: Any, typ: str) -> bool:
    if typ == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if typ == "integer" else isinstance(value, (int, float))


def _convert_union(value: Any, members: Sequence[Mapping[str, Any]], where: str) -> Any:
    errors = []
    for member in members:
        try:
            return to_wire(value, member, where)
        except (SchemaError, TypeError) as exc:
            errors.append(str(exc))
    raise SchemaError(errors[0] if errors else f"{where} fits none of the allowed shapes")


def _enum_spelling(value: str, schema: Mapping[str, Any]) -> str:
    # Case-insensitive, and "_" may stand for "-" ("Swap_SIM" -> "swap-sim"): the spec's
    # values are lower-case while the docs write them capitalised.
    key = value.strip().lower().replace("_", "-")
    for option in schema["enum"]:
        if isinstance(option, str) and option.lower().replace("_", "-") == key:
            return option
    return value


def _convert_string(value: Any, schema: Mapping[str, Any], where: str) -> Any:
    fmt = _fmt(schema)
    if isinstance(value, datetime):
        if fmt == "us-date":
            raise TypeError(
                f"{where} must be a date, not a datetime ({value!r}); pass value.date() to "
                "say which day you mean"
            )
        return value.isoformat()
    if isinstance(value, date):
        return value.strftime("%m/%d/%Y") if fmt == "us-date" else value.isoformat()
    if not isinstance(value, str):
        raise TypeError(
            f"{where} must be a str, got {type(value).__name__} {_show(value, schema)}"
            f"{_expected(schema)}"
        )
    if fmt == "us-date":
        return value.strip()
    # x-telegent-transform: uppercase (an ICCID's hex tail is written "F").
    return value.upper() if schema.get("x-telegent-transform") == "uppercase" else value


def _convert_object(value: Any, schema: Mapping[str, Any], where: str) -> Any:
    props: Mapping[str, Any] = schema.get("properties") or {}
    shorthand = schema.get("x-telegent-shorthand")
    if not isinstance(value, Mapping):
        if isinstance(shorthand, str) and shorthand in props:
            value = {shorthand: value}
        else:
            raise TypeError(f"{where} must be a mapping, got {type(value).__name__}")
    names, labels = _object_names(schema, props)
    out: dict[str, Any] = {}
    for key, item in value.items():
        wire = key if key in props else names.get(str(key), str(key))
        if item is None and wire not in (schema.get("required") or ()):
            continue
        sub = props.get(wire, {})
        label = labels.get(wire) or field_name(wire, sub)
        out[wire] = _convert(item, sub, f"{where}.{label}")
    return out


#: id(schema) -> (schema, Python name -> wire name, wire name -> Python name), for
#: _convert_object: worked out once per schema, not for every item of a batch.
_NAMES: dict[int, tuple[Mapping[str, Any], dict[str, str], dict[str, str]]] = {}


def _object_names(
    schema: Mapping[str, Any], props: Mapping[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    hit = _NAMES.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1], hit[2]
    labels = {w: field_name(w, p) for w, p in props.items()}
    names = {name: w for w, name in labels.items()}
    if len(_NAMES) >= _TESTS_MAX:
        _NAMES.clear()
    _NAMES[id(schema)] = (schema, names, labels)
    return names, labels


# --------------------------------------------------------------------------- wire checks


def check_wire(
    value: Any, schema: Mapping[str, Any], where: str, *, python_names: bool = False
) -> None:
    """Raise ``SchemaError`` if a wire value breaks the schema (the first problem)."""
    if _valid(schema)(value):
        return
    _explain(value, schema, where, python_names)


def _explain(value: Any, schema: Mapping[str, Any], where: str, python_names: bool) -> None:
    # The checks one by one, naming where the first problem is: what check_wire runs
    # when the compiled test (_valid) did not pass a value.
    for key in ("anyOf", "oneOf"):
        if key in schema:
            _check_union(value, schema[key], where, python_names)
            return
    if value is None:
        # An untyped schema (``{}``) allows any value, null included; a typed one only
        # when it says ``nullable``.
        if schema.get("nullable") or ("type" not in schema and "enum" not in schema):
            return
        raise SchemaError(f"{where} must not be null")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        raise SchemaError(f"{where} {_show(value, schema)} is invalid; expected one of {allowed}")
    typ = schema.get("type")
    checker = _CHECKS.get(str(typ)) if typ else None
    if checker is None and typ is None and "properties" in schema:
        checker = _check_object
    if checker is not None:
        checker(value, schema, where, python_names)


def _check_union(value: Any, members: Sequence[Mapping[str, Any]], where: str, names: bool) -> None:
    first: SchemaError | None = None
    for member in members:
        try:
            check_wire(value, member, where, python_names=names)
            return
        except SchemaError as exc:
            first = first or exc
    raise first or SchemaError(f"{where} fits none of the allowed shapes")


def _check_string(value: Any, schema: Mapping[str, Any], where: str, _names: bool) -> None:
    if not isinstance(value, str):
        raise SchemaError(f"{where} must be a string, got {type(value).__name__}")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if value and not value.strip() and (low or schema.get("pattern")):
        raise SchemaError(f"{where} must not be blank")
    if isinstance(low, int) and len(value) < low:
        raise SchemaError(f"{where} {_show(value, schema)} is shorter than {low} characters")
    if isinstance(high, int) and len(value) > high:
        raise SchemaError(f"{where} is longer than {high} characters")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not _pattern(pattern).search(value):
        raise SchemaError(
            f"{where} {_show(value, schema)} is not valid{_expected(schema) or ''}: "
            f"it must match {pattern}"
        )
    fmt = _fmt(schema)
    if fmt == "us-date":
        _check_us_date(value, schema, where)
    elif fmt in _FORMATS and not _FORMATS[fmt][0].fullmatch(value):
        raise SchemaError(f"{where} {_show(value, schema)} is not {_FORMATS[fmt][1]}")


# JSON Schema's string formats the spec uses on requests. A URI is absolute (RFC 3986: a
# scheme, then only URI characters, % only as an escape); an email address has one @ between
# a local part and a dotted domain, no spaces.
_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "uri": (
        re.compile(
            r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+"
        ),
        "an absolute URI (such as https://example.com/hook)",
    ),
    "email": (
        re.compile(r"[^@\s\x00-\x1f]+@[^@\s\x00-\x1f.]+(?:\.[^@\s\x00-\x1f.]+)+"),
        "an email address",
    ),
}


def _check_us_date(value: str, schema: Mapping[str, Any], where: str) -> None:
    m = _US_DATE.fullmatch(value)
    if m is None:
        raise SchemaError(f"{where} {_show(value, schema)} is not in MM/DD/YYYY format")
    month, day, year = (int(g) for g in m.groups())
    try:
        date(year, month, day)
    except ValueError:
        raise SchemaError(f"{where} {_show(value, schema)} is not a real calendar date") from None


def _check_number(value: Any, schema: Mapping[str, Any], where: str, _names: bool) -> None:
    integer = schema.get("type") == "integer"
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or (integer and not isinstance(value, int))
    ):
        kind = "an integer" if integer else "a number"
        raise SchemaError(f"{where} must be {kind}, got {_show(value, schema)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise SchemaError(f"{where} must be a finite number, got {_show(value, schema)}")
    width = _INT_BITS.get(str(schema.get("format")))
    if width and integer and not -(2 ** (width - 1)) <= value < 2 ** (width - 1):
        raise SchemaError(
            f"{where} must fit in {width} bits (format int{width}), got {_show(value, schema)}"
        )
    for key, word in _BOUNDS:
        bound = schema.get(key)
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            inside = {
                ">=": value >= bound,
                "<=": value <= bound,
                ">": value > bound,
                "<": value < bound,
            }[word]
            if not inside:
                raise SchemaError(f"{where} must be {word} {bound}, got {_show(value, schema)}")


_INT_BITS = {"int32": 32, "int64": 64}

_BOUNDS = (
    ("minimum", ">="),
    ("maximum", "<="),
    ("exclusiveMinimum", ">"),
    ("exclusiveMaximum", "<"),
)


def _check_boolean(value: Any, schema: Mapping[str, Any], where: str, _names: bool) -> None:
    if not isinstance(value, bool):
        raise SchemaError(f"{where} must be True or False, got {_show(value, schema)}")


def _check_array(value: Any, schema: Mapping[str, Any], where: str, names: bool) -> None:
    if not isinstance(value, list):
        raise SchemaError(f"{where} must be a list, got {type(value).__name__}")
    low, high = schema.get("minItems"), schema.get("maxItems")
    if isinstance(low, int) and len(value) < low:
        if not value:
            raise SchemaError(f"{where} must not be empty")
        raise SchemaError(f"{where} must have at least {low} items, got {len(value)}")
    if isinstance(high, int) and len(value) > high:
        raise SchemaError(f"{where} must have at most {high} items, got {len(value)}")
    items = schema.get("items") or {}
    for i, item in enumerate(value):
        check_wire(item, items, f"{where}[{i}]", python_names=names)
    if schema.get("uniqueItems"):
        _check_unique(value, where)


def _check_unique(value: list[Any], where: str) -> None:
    # One pass over hashable keys (a 1,000-number batch is checked in linear time).
    seen: set[Any] = set()
    dupes: list[str] = []
    for item in value:
        key = _unique_key(item)
        if key in seen:
            shown = repr(_identity(item))
            if shown not in dupes:
                dupes.append(shown)
        seen.add(key)
    if dupes:
        raise SchemaError(f"{where} lists {', '.join(dupes)} more than once")


def _unique_key(item: Any) -> Any:
    # Hashable and equal exactly when the JSON values are: scalars and flat objects as
    # they are (the common case, a list of numbers or {"Number": ...}), the rest as text.
    if item.__class__ is str:
        return ("s", item)
    if item.__class__ is dict:
        pairs = tuple(item.items())
        if all(v.__class__ is str for _, v in pairs):
            return ("d", tuple(sorted(pairs)) if len(pairs) > 1 else pairs)
    return ("j", json.dumps(item, sort_keys=True, default=repr))


def _identity(item: Any) -> Any:
    # {"Number": "+1..."} reads better as the number it is about.
    if isinstance(item, dict) and len(item) == 1:
        return next(iter(item.values()))
    return item


def _check_object(value: Any, schema: Mapping[str, Any], where: str, names: bool) -> None:
    if not isinstance(value, dict):
        raise SchemaError(f"{where} must be an object, got {type(value).__name__}")
    props: Mapping[str, Any] = schema.get("properties") or {}

    def label(wire: str) -> str:
        return f"{where}.{field_name(wire, props.get(wire)) if names else wire}"

    for wire in schema.get("required") or ():
        if wire not in value:
            raise SchemaError(f"{label(wire)} is required")
    if schema.get("additionalProperties") is False:
        unknown = sorted(str(k) for k in value if k not in props)
        if unknown:
            known = ", ".join(field_name(w, p) if names else w for w, p in props.items())
            raise SchemaError(f"{where} has unknown field(s) {', '.join(unknown)}; known: {known}")
    low, high = schema.get("minProperties"), schema.get("maxProperties")
    if isinstance(low, int) and len(value) < low:
        raise SchemaError(f"{where} needs at least {low} field(s), got {len(value)}")
    if isinstance(high, int) and len(value) > high:
        raise SchemaError(f"{where} takes at most {high} fields, got {len(value)}")
    for wire, item in value.items():
        if wire in props:
            check_wire(item, props[wire], label(wire), python_names=names)


_CHECKS = {
    "string": _check_string,
    "integer": _check_number,
    "number": _check_number,
    "boolean": _check_boolean,
    "array": _check_array,
    "object": _check_object,
}


# --------------------------------------------------------------------------- compiled tests
#
# check_wire runs for every request on both sides (the SDK before sending, the fake on
# what it receives), over every item of a 100-number batch. Walking the schema each time
# (its keys looked up, a "where" label built for every item and field) cost more than the
# rest of the request. So each schema is compiled, once, into a test that only answers
# "valid?"; a value it does not pass is then checked by the walk above, which finds and
# names the problem. The test is never looser than the walk: where it is unsure (an
# unexpected schema shape) it answers False and the walk decides.

_Test = Callable[[Any], bool]

#: id(schema) -> (schema, its test); the schema is kept, so its id is not reused.
_TESTS: dict[int, tuple[Mapping[str, Any], _Test]] = {}
_TESTS_MAX = 4096  # schemas built on the fly (tests, examples) must not pile up


def _never(_value: Any) -> bool:
    return False


_F = TypeVar("_F", bound=Callable[[Any], Any])


def _memo(
    table: dict[int, tuple[Mapping[str, Any], _F]],
    schema: Mapping[str, Any],
    build: Callable[[Mapping[str, Any], set[int]], _F],
) -> _F:
    """``build(schema)``, once per schema object (a compiled test or converter)."""
    hit = table.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    made = build(schema, set())
    if len(table) >= _TESTS_MAX:
        table.clear()
    table[id(schema)] = (schema, made)
    return made


def _guarded(
    schema: Mapping[str, Any],
    active: set[int],
    compile_: Callable[[Mapping[str, Any], set[int]], _F],
    later: _F,
    odd: _F,
) -> _F:
    """``compile_(schema)``, unless the schema contains itself (``later``: look it up when
    used) or cannot be compiled (``odd``: the walk decides, and reports)."""
    if id(schema) in active:
        return later
    active.add(id(schema))
    try:
        return compile_(schema, active)
    except Exception:  # an odd schema (a bad pattern)
        return odd
    finally:
        active.discard(id(schema))


def _valid(schema: Mapping[str, Any]) -> _Test:
    return _memo(_TESTS, schema, _compiled)


def _compiled(schema: Mapping[str, Any], active: set[int]) -> _Test:
    def later(value: Any) -> bool:
        return _valid(schema)(value)

    return _guarded(schema, active, _compile, later, _never)


def _compile(schema: Mapping[str, Any], active: set[int]) -> _Test:
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = tuple(_compiled(m, active) for m in schema[key])
            return lambda value: any(test(value) for test in members)
    nullable = bool(schema.get("nullable")) or ("type" not in schema and "enum" not in schema)
    has_enum = "enum" in schema
    enum: Any = schema.get("enum")
    typ = schema.get("type")
    body: _Test | None = None
    if typ:
        compiler = _COMPILERS.get(str(typ))
        body = compiler(schema, active) if compiler is not None else None
    elif typ is None and "properties" in schema:
        body = _compile_object(schema, active)

    if body is not None and not has_enum and not nullable:
        return body  # it refuses None itself: one call less for every item and field

    def test(value: Any) -> bool:
        if value is None:
            return nullable
        if has_enum and value not in enum:
            return False
        return body is None or body(value)

    return test


def _bound(schema: Mapping[str, Any], key: str) -> int | None:
    value = schema.get(key)
    return value if isinstance(value, int) else None


def _compile_string(schema: Mapping[str, Any], _active: set[int]) -> _Test:
    low, high = _bound(schema, "minLength"), _bound(schema, "maxLength")
    pattern = schema.get("pattern")
    no_blank = bool(schema.get("minLength") or pattern)
    search = _pattern(pattern).search if isinstance(pattern, str) else None
    fmt = _fmt(schema)
    us_date = fmt == "us-date"
    full = _FORMATS[fmt][0].fullmatch if fmt in _FORMATS else None

    def test(value: Any) -> bool:
        if not isinstance(value, str):
            return False
        if no_blank and value.isspace():  # blank (as the walk's "not value.strip()")
            return False
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return False
        if search is not None and search(value) is None:
            return False
        if us_date:
            return _real_us_date(value)
        return full is None or full(value) is not None

    return test


def _real_us_date(value: str) -> bool:
    m = _US_DATE.fullmatch(value)
    if m is None:
        return False
    month, day, year = (int(g) for g in m.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _compile_number(schema: Mapping[str, Any], _active: set[int]) -> _Test:
    def test(value: Any) -> bool:
        try:
            _check_number(value, schema, "", False)
        except SchemaError:
            return False
        return True

    return test


def _compile_boolean(_schema: Mapping[str, Any], _active: set[int]) -> _Test:
    return lambda value: isinstance(value, bool)


def _compile_array(schema: Mapping[str, Any], active: set[int]) -> _Test:
    low, high = _bound(schema, "minItems"), _bound(schema, "maxItems")
    item_test = _compiled(schema.get("items") or {}, active)
    unique = bool(schema.get("uniqueItems"))

    def test(value: Any) -> bool:
        if not isinstance(value, list):
            return False
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return False
        if not all(map(item_test, value)):
            return False
        return not unique or _distinct(value)

    return test


def _distinct(value: list[Any]) -> bool:
    """No two items of ``value`` are equal (as _check_unique judges them)."""
    first = value[0] if value else None
    if first.__class__ is dict and len(first) == 1:
        # The commonest case, a list of {"Number": "+1..."}: such objects are equal
        # exactly when their strings are, so the strings alone are compared.
        (name,) = first
        strings: set[str] = set()
        for item in value:
            if item.__class__ is not dict or len(item) != 1:
                break
            text = item.get(name)
            if text.__class__ is not str:
                break
            strings.add(text)
        else:
            return len(strings) == len(value)
    return len({_unique_key(item) for item in value}) == len(value)


def _compile_object(schema: Mapping[str, Any], active: set[int]) -> _Test:
    props: Mapping[str, Any] = schema.get("properties") or {}
    required = tuple(schema.get("required") or ())
    closed = schema.get("additionalProperties") is False
    known = frozenset(props)
    low, high = _bound(schema, "minProperties"), _bound(schema, "maxProperties")
    tests = {wire: _compiled(sub, active) for wire, sub in props.items()}

    needs = frozenset(required)
    counted = low is not None or high is not None

    def test(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        if needs and not needs.issubset(value):
            return False
        if closed and not known.issuperset(value):
            return False
        if counted and (
            (low is not None and len(value) < low) or (high is not None and len(value) > high)
        ):
            return False
        for wire, item in value.items():
            sub = tests.get(wire)
            if sub is not None and not sub(item):
                return False
        return True

    return test


_COMPILERS: dict[str, Callable[[Mapping[str, Any], set[int]], _Test]] = {
    "string": _compile_string,
    "integer": _compile_number,
    "number": _compile_number,
    "boolean": _compile_boolean,
    "array": _compile_array,
    "object": _compile_object,
}


# --------------------------------------------------------------------------- compiled converters
#
# The same idea for _convert: a converter compiled once per schema does the common cases
# (strings, enums, lists, objects by wire or Python names, shorthands) and raises _Slow for
# anything else (dates, sets, unions, a value of the wrong type); to_wire then runs the
# walk, which converts it or names the problem. Whatever it returns is what the walk
# would have returned.


class _Slow(Exception):
    """The compiled converter leaves this value to the walk."""


_Conv = Callable[[Any], Any]

#: id(schema) -> (schema, its converter); the schema is kept, so its id is not reused.
_CONVS: dict[int, tuple[Mapping[str, Any], _Conv]] = {}


def _slow(_value: Any) -> Any:
    raise _Slow


def _same(value: Any) -> Any:
    return value


def _converter(schema: Mapping[str, Any]) -> _Conv:
    return _memo(_CONVS, schema, _conv_compiled)


def _conv_compiled(schema: Mapping[str, Any], active: set[int]) -> _Conv:
    def later(value: Any) -> Any:
        return _converter(schema)(value)

    return _guarded(schema, active, _conv_compile, later, _slow)


def _conv_compile(schema: Mapping[str, Any], active: set[int]) -> _Conv:
    if "anyOf" in schema or "oneOf" in schema:
        return _slow
    typ = schema.get("type")
    spelling: dict[str, str] | None = None
    if "enum" in schema:
        spelling = {}
        for option in schema["enum"]:
            if isinstance(option, str):
                spelling.setdefault(option.lower().replace("_", "-"), option)
    body: _Conv = _same
    if typ == "string":
        body = _conv_string(schema)
    elif typ in _PY_TYPES:
        kind = str(typ)

        def body(value: Any) -> Any:
            if not _is_type(value, kind):
                raise _Slow
            return value

    elif typ == "array":
        body = _conv_array(schema, active)
    elif typ == "object" or (typ is None and "properties" in schema):
        body = _conv_object(schema, active)

    if spelling is None and body is not _same:
        return body  # None reaches it only as a required field or an item: _Slow

    def conv(value: Any) -> Any:
        if value is None:
            return None
        if spelling is not None and isinstance(value, str):
            return spelling.get(value.strip().lower().replace("_", "-"), value)
        return body(value)

    return conv


def _conv_string(schema: Mapping[str, Any]) -> _Conv:
    us_date = _fmt(schema) == "us-date"
    upper = schema.get("x-telegent-transform") == "uppercase"

    def conv(value: Any) -> Any:
        if value.__class__ is not str:  # dates, str subclasses (SecretStr): the walk
            raise _Slow
        if us_date:
            return value.strip()
        return value.upper() if upper else value

    return conv


def _conv_array(schema: Mapping[str, Any], active: set[int]) -> _Conv:
    item = _conv_compiled(schema.get("items") or {}, active)

    def conv(value: Any) -> Any:
        if value.__class__ is not list and value.__class__ is not tuple:
            raise _Slow
        return [item(v) for v in value]

    return conv


def _conv_object(schema: Mapping[str, Any], active: set[int]) -> _Conv:
    props: Mapping[str, Any] = schema.get("properties") or {}
    shorthand = schema.get("x-telegent-shorthand")
    wrap = shorthand if isinstance(shorthand, str) and shorthand in props else None
    names, _labels = _object_names(schema, props)
    required = schema.get("required") or ()
    subs = {wire: _conv_compiled(sub, active) for wire, sub in props.items()}
    wrapped = subs[wrap] if wrap is not None else _slow

    def conv(value: Any) -> Any:
        if value.__class__ is not dict:
            if value is None:
                return None
            if wrap is None or (value.__class__ is not str and isinstance(value, Mapping)):
                raise _Slow
            return {wrap: wrapped(value)}  # what the loop below makes of {wrap: value}
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key.__class__ is not str:
                raise _Slow
            wire = key if key in props else names.get(key, key)
            if item is None and wire not in required:
                continue
            sub = subs.get(wire)
            # A field the schema does not declare converts as the untyped {}: as it is.
            out[wire] = item if sub is None else sub(item)
        return out

    return conv


# --------------------------------------------------------------------------- fused lists
#
# The bulk helper's input, a list of numbers for an array of one-field objects with a
# shorthand (``["+1..."]`` -> ``[{"Number": "+1..."}]``), converted and checked in one pass
# over the strings: the same field converter and test as above, the object's own rules
# (required, size) settled once for a one-field object. It returns only a value that
# converting then checking would return; for anything else it raises _Slow.

#: id(schema) -> (schema, its fused converter or None); the schema is kept, so its id is
#: not reused.
_FUSED: dict[int, tuple[Mapping[str, Any], _Conv | None]] = {}


def _fused(schema: Mapping[str, Any]) -> _Conv | None:
    hit = _FUSED.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    try:
        fused = _fuse(schema)
    except Exception:  # an odd schema: converted and checked the usual way
        fused = None
    if len(_FUSED) >= _TESTS_MAX:
        _FUSED.clear()
    _FUSED[id(schema)] = (schema, fused)
    return fused


def _fuse(schema: Mapping[str, Any]) -> _Conv | None:
    unions = ("anyOf", "oneOf", "enum")
    if schema.get("type") != "array" or any(key in schema for key in unions):
        return None
    item = schema.get("items") or {}
    if not isinstance(item, Mapping) or any(key in item for key in unions):
        return None
    if not (item.get("type") == "object" or (item.get("type") is None and "properties" in item)):
        return None
    props: Mapping[str, Any] = item.get("properties") or {}
    wrap = item.get("x-telegent-shorthand")
    if not isinstance(wrap, str) or wrap not in props:
        return None
    # The object {wrap: value}: its required fields, size bounds (closed: wrap is known).
    if not frozenset(item.get("required") or ()) <= {wrap}:
        return None
    fewest, most = _bound(item, "minProperties"), _bound(item, "maxProperties")
    if (fewest is not None and fewest > 1) or (most is not None and most < 1):
        return None
    convert, valid = _converter(props[wrap]), _valid(props[wrap])
    low, high = _bound(schema, "minItems"), _bound(schema, "maxItems")
    unique = bool(schema.get("uniqueItems"))

    def fused(value: Any) -> Any:
        if value.__class__ is not list and value.__class__ is not tuple:
            raise _Slow
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise _Slow
        texts = []
        for text in value:
            if text.__class__ is not str:
                raise _Slow
            wire = convert(text)
            if wire.__class__ is not str or not valid(wire):
                raise _Slow
            texts.append(wire)
        if unique and len(set(texts)) != len(texts):
            raise _Slow
        return [{wrap: wire} for wire in texts]

    return fused
