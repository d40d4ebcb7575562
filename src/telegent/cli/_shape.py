"""What a command's result lists, read from the generated records: the rows ``--fields``
picks from, whatever the format.

A result's rows are the items of a list, or of the one list of records a record holds
(an inventory page's numbers, an order's numbers); any other record is one row, itself.
The same rule decides what ``--format csv``/``table``/``jsonl`` print, so the columns of
``--format csv`` are exactly the names ``--fields`` takes, and a name the record does not
have is refused before any request is sent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._output import UsageError

__all__ = ["Shape", "check_fields", "shape_of", "shape_of_call"]

_LIST = re.compile(r"list\[(.+)\]")
_RECORD_LIST = re.compile(r"list\[record:(.+)\]")


@dataclass(frozen=True, slots=True)
class Shape:
    """The rows of a result.

    ``row``: the record name of one row (``"str"`` and the like for plain values);
    ``items``: the field of the result that holds the rows (``None``: the result is a
    list of rows, or is the one row); ``fields``: a row's fields (empty for plain values).
    """

    row: str
    items: str | None
    fields: tuple[str, ...]


def _record_fields(name: str) -> tuple[tuple[str, str], ...] | None:
    """(attribute, kind) of each field of the generated record ``name``; ``None`` when
    there is no such record (a plain value, an untyped answer)."""
    from telegent import types  # noqa: PLC0415 - records load on first use

    cls = getattr(types, name, None) if name.isidentifier() else None
    if not isinstance(cls, type) or not issubclass(cls, types.Record):
        return None
    return tuple((f.attr, f.kind) for f in cls.__fields__)


def shape_of(returns: str) -> Shape | None:
    """The rows of what an operation returns (its registry ``returns``: ``"InventoryPage"``,
    ``"list[Account]"``, ``"list[str]"``); ``None`` when the records do not say (no answer,
    an untyped one)."""
    listed = _LIST.fullmatch(returns)
    if listed:
        item = listed.group(1)
        fields = _record_fields(item)
        return Shape(item, None, tuple(a for a, _ in fields) if fields is not None else ())
    own = _record_fields(returns)
    if own is None:
        return None
    lists = [(attr, kind) for attr, kind in own if kind.startswith("list[")]
    if len(lists) == 1:
        held = _RECORD_LIST.fullmatch(lists[0][1])
        inner = _record_fields(held.group(1)) if held else None
        if held and inner is not None:
            return Shape(held.group(1), lists[0][0], tuple(a for a, _ in inner))
    return Shape(returns, None, tuple(a for a, _ in own))


def shape_of_call(resource: str, method: str) -> Shape | None:
    """The rows of ``client.<resource>.<method>`` when it is a hand-written helper: the
    operation that declares it (``x-telegent-helpers``, or the pager method of its
    ``x-telegent-paginate``) says what it returns."""
    from ._ops import operations_in  # noqa: PLC0415 - the registry on first use

    call = f"{resource}.{method}"
    for op in operations_in(resource):
        extensions = getattr(op, "extensions", {})
        pager = extensions.get("x-telegent-paginate") or {}
        if call in extensions.get("x-telegent-helpers", ()) or pager.get("method") == method:
            return shape_of(op.returns)
    return None


def check_fields(shape: Shape | None, fields: Sequence[str] | None) -> None:
    """Refuse ``--fields`` names a row does not have (``UsageError`` naming them, the
    closest match and every valid name); nothing to check without a shape."""
    if not fields or shape is None:
        return
    if not shape.fields:
        raise UsageError(
            f"--fields: the rows of this command are plain values ({shape.row}), "
            "with no fields to pick"
        )
    unknown = [f for f in fields if f not in shape.fields]
    if not unknown:
        return
    import difflib  # noqa: PLC0415 - only a mistyped field pays for it

    close = difflib.get_close_matches(unknown[0], shape.fields, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    raise UsageError(
        f"--fields: unknown field(s) {', '.join(unknown)}{hint}; "
        f"the rows are {shape.row} records, with fields: {', '.join(shape.fields)} "
        "(the whole answer: --format json without --fields)"
    )
