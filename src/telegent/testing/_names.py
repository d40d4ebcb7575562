"""Wire names for the fake's stateful core, read from the tables the client reads.

The fake answers and reads the same fields the SDK parses and sends; a name written
twice (once in the generated record, once here by hand) is a name that can drift. So
the core addresses fields by the SDK's Python names and gets the wire names from the
generated records (``wire(...)`` declarations) and the operation registry (``Param``)::

    class _Number(WireNames, record="NumberRecord"):
        voice_route_id: str          # -> "VoiceRouteId", or whatever the overlay says

Each annotated attribute becomes a plain ``str`` class attribute when the class is
created (at import), so reading ``_Number.voice_route_id`` costs one attribute lookup
and an unknown Python name fails at import with :class:`UnknownField`, never as a
silently wrong key. A rename the overlay declares (``x-telegent-name``, aliases, the
vendor renaming a field) reaches the fake through the regenerated tables alone.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

__all__ = ["UnknownField", "WireNames", "pick", "record_names", "request_names"]

_RECORDS_INDEX = "telegent._generated.records"


class UnknownField(LookupError):
    """A Python field name the generated record or operation does not declare."""


@cache
def _record_class(name: str) -> Any:
    modules: Mapping[str, str] = importlib.import_module(_RECORDS_INDEX).MODULES
    try:
        module = modules[name]
    except KeyError:
        raise UnknownField(f"no generated record {name!r}") from None
    return getattr(importlib.import_module(module), name)


def record_names(record: str | type) -> Mapping[str, str]:
    """A record's Python field name -> wire name (a name, or a ``Record`` class)."""
    cls: Any = _record_class(record) if isinstance(record, str) else record
    return {f.attr: f.wire for f in cls.__fields__}


def request_names(op_id: str, item: str | None = None) -> Mapping[str, str]:
    """An operation's parameters, Python name -> wire name; with ``item`` (a parameter's
    Python name), the fields of that array parameter's items, named as the SDK names them."""
    from .._registry import operation  # noqa: PLC0415 - the registry imports lazily too
    from .._schema import field_name  # noqa: PLC0415

    op = operation(op_id)
    if item is None:
        return {p.name: p.wire for p in op.params if p.wire}
    try:
        schema = op.param(item).schema
    except KeyError:
        raise UnknownField(f"{op_id} has no parameter {item!r}") from None
    props: Mapping[str, Any] = (schema.get("items") or {}).get("properties") or {}
    return {field_name(wire, prop): wire for wire, prop in props.items()}


def pick(table: Mapping[str, str], *names: str, source: str = "") -> tuple[tuple[str, str], ...]:
    """``(Python name, wire name)`` for each of ``names``: :class:`UnknownField` if the
    table (a :func:`record_names` or :func:`request_names` answer) lacks one."""
    missing = [name for name in names if name not in table]
    if missing:
        raise UnknownField(f"{source or 'the table'} has no field(s) {', '.join(missing)}")
    return tuple((name, table[name]) for name in names)


class WireNames:
    """Base of a namespace of wire names: each annotated attribute of a subclass is
    replaced by the wire name of the Python field of that name.

    Keywords: ``record=`` (a generated record's name or class), or ``request=`` (an
    operation id) with optional ``item=`` (an array parameter whose item fields are meant).
    """

    __source__: str = ""

    def __init_subclass__(
        cls,
        *,
        record: str | type | None = None,
        request: str | None = None,
        item: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init_subclass__(**kwargs)
        if (record is None) == (request is None):
            raise TypeError(f"{cls.__name__}: give exactly one of record= or request=")
        if record is not None:
            table = record_names(record)
            source = record if isinstance(record, str) else record.__name__
        else:
            assert request is not None
            table = request_names(request, item)
            source = request if item is None else f"{request}.{item}[]"
        cls.__source__ = source
        for attr in inspect.get_annotations(cls):
            if attr.startswith("_"):
                continue
            try:
                setattr(cls, attr, table[attr])
            except KeyError:
                known = ", ".join(sorted(table))
                raise UnknownField(
                    f"{cls.__name__}: {source} has no field {attr!r} (it has: {known})"
                ) from None

    @classmethod
    def maker(cls) -> Callable[..., dict[str, Any]]:
        """A function taking the declared fields positionally, in declaration order, and
        returning the wire object (keys in that order).

        Compiled once into one dict display with the wire names as constants: building a
        record costs what it did with the names written by hand (the fake's inventory
        builds one per number read).
        """
        names = [attr for attr in inspect.get_annotations(cls) if not attr.startswith("_")]
        items = ", ".join(f"{getattr(cls, attr)!r}: {attr}" for attr in names)
        source = f"def make({', '.join(names)}, /):\n    return {{{items}}}\n"
        namespace: dict[str, Any] = {}
        exec(compile(source, f"<{cls.__name__} wire object>", "exec"), namespace)  # noqa: S102
        make: Callable[..., dict[str, Any]] = namespace["make"]
        return make
