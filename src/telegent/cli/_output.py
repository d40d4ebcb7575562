"""Turning SDK results into JSON, JSON lines, CSV or a plain table, with secrets masked."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import re
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ._shape import Shape

__all__ = [
    "FORMATS",
    "UsageError",
    "as_plain",
    "at_least_one",
    "csv_cell",
    "pick_fields",
    "printable",
    "render",
    "rows_of",
    "write_json",
    "write_rows",
]

FORMATS = ("json", "jsonl", "table", "csv")
_MASK = "***"


class UsageError(Exception):
    """Bad input on the command line: exit status 2, message on stderr."""


def as_plain(value: Any, *, reveal: bool = False) -> Any:
    """JSON-ready plain data from an SDK record, list or scalar; secrets masked unless
    ``reveal``.

    Records have ``to_dict(reveal=...)`` (secret fields ``'***'``); plain dataclasses
    list their secret attributes in ``_SECRETS``.
    """
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            data = to_dict(reveal=True) if reveal else to_dict()
        except TypeError:  # a record type without secrets takes no reveal=
            data = to_dict()
        return as_plain(data, reveal=reveal)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        secrets: frozenset[str] = getattr(value, "_SECRETS", frozenset())
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name.startswith("_"):
                continue
            item = getattr(value, f.name)
            masked = f.name in secrets and item is not None and not reveal
            out[f.name] = _MASK if masked else as_plain(item, reveal=reveal)
        return out
    if isinstance(value, Mapping):
        return {str(k): as_plain(v, reveal=reveal) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain(v, reveal=reveal) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, BaseException):
        return str(value)
    return value


def rows_of(plain: Any, shape: Shape | None = None) -> list[Any]:
    """The rows a result stands for: a list as is; for an object, what its record
    declares (``shape``, :func:`telegent.cli._shape.shape_of`: the list it holds, or
    itself), whatever lists the server filled; without a ``shape``, an object whose only
    list field holds objects, that list; any other object, itself."""
    if isinstance(plain, list):
        return plain
    if isinstance(plain, dict):
        if shape is not None:
            if shape.items is None:
                return [plain]
            held = plain.get(shape.items)
            return held if isinstance(held, list) else []
        lists = [v for v in plain.values() if isinstance(v, list)]
        if len(lists) == 1 and all(isinstance(x, dict) for x in lists[0]):
            return lists[0]
    return [plain]


def pick_fields(rows: Sequence[Any], fields: Sequence[str] | None) -> list[Any]:
    """Keep only ``fields`` (in that order) of each row; ``UsageError`` names unknown ones."""
    if not fields:
        return list(rows)
    known: dict[str, None] = {}
    for row in rows:
        if isinstance(row, dict):
            known.update(dict.fromkeys(row))
    unknown = [f for f in fields if f not in known]
    if unknown and rows:
        raise UsageError(
            f"unknown field(s) {', '.join(unknown)} for --fields; known: {', '.join(known)}"
        )
    return [{f: row.get(f) for f in fields} if isinstance(row, dict) else row for row in rows]


def write_json(value: Any, stream: TextIO | None = None, *, indent: int | None = 2) -> None:
    """One JSON document (and a newline)."""
    out = stream or sys.stdout
    out.write(json.dumps(value, indent=indent, ensure_ascii=False, default=str) + "\n")


# OWASP "CSV injection": a cell starting with one of these is run as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A signed number is data to a spreadsheet (E.164 numbers start with "+"): left as is.
_SIGNED_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
# C0 and C1 controls (ESC sequences, bells, carriage returns) but not tab or newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def csv_cell(text: str) -> str:
    """``text`` safe for a spreadsheet: a would-be formula gets a leading ``'`` (OWASP)."""
    if text.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(text):
        return "'" + text
    return text


def printable(text: str) -> str:
    """``text`` without control characters (a server's ESC sequences stay off the
    terminal); tabs and newlines kept."""
    return _CONTROLS.sub("", text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _columns(rows: Iterable[Any]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        if isinstance(row, dict):
            columns.update(dict.fromkeys(row))
    return list(columns) or ["value"]


def _cells(row: Any, columns: Sequence[str]) -> list[str]:
    if isinstance(row, dict):
        return [_cell(row.get(c)) for c in columns]
    return [_cell(row)]


def _one_line(text: str) -> str:
    return printable(text.replace("\n", " ").replace("\t", " "))


def write_rows(
    rows: Sequence[Any],
    fmt: str,
    stream: TextIO | None = None,
    *,
    columns: Sequence[str] | None = None,
) -> None:
    """Rows as JSON lines, CSV (with a header) or a plain aligned table (no colour);
    ``columns``: the header even when there are no rows (default: the rows' keys)."""
    out = stream or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    columns = list(columns) if columns else _columns(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([csv_cell(c) for c in columns])
        writer.writerows([csv_cell(c) for c in _cells(row, columns)] for row in rows)
        return
    table = [
        [_one_line(c) for c in line] for line in (columns, *(_cells(row, columns) for row in rows))
    ]
    window = shutil.get_terminal_size((120, 24)).columns
    widths = _fit([max(len(line[i]) for line in table) for i in range(len(columns))], window)
    if len(widths) < len(columns):
        hidden = [_one_line(c) for c in columns[len(widths) :]]
        print(
            f"telegent: {len(hidden)} more column(s) than a {window}-character window holds, "
            f"not shown: {', '.join(hidden)}; pick columns with --fields, or use --format "
            "csv or json",
            file=sys.stderr,
        )
    for line in table:
        cells = (_clip(c, w).ljust(w) for c, w in zip(line, widths, strict=False))
        out.write("  ".join(cells).rstrip() + "\n")


# A column this narrow is never cut (an E.164 number, an id, a status stay whole);
# wider ones give way down to it before any column is left out.
_WHOLE = 20


def _fit(widths: list[int], window: int) -> list[int]:
    """Widths of the leading columns that fit ``window`` ($COLUMNS, else the terminal's,
    else 120): the widest give way first, down to a readable width; columns that would
    not fit even so are left out (the caller says which)."""

    def floor(width: int) -> int:
        return min(width, _WHOLE)

    kept = len(widths)
    while kept > 1 and sum(floor(w) for w in widths[:kept]) + 2 * (kept - 1) > window:
        kept -= 1
    room = window - 2 * (kept - 1)
    fitted = widths[:kept]
    while sum(fitted) > room:
        widest = max(range(len(fitted)), key=fitted.__getitem__)
        if fitted[widest] <= _WHOLE:
            break  # one column wider than the window: the line wraps
        fitted[widest] = max(_WHOLE, fitted[widest] - (sum(fitted) - room))
    return fitted


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render(
    plain: Any,
    fmt: str,
    fields: Sequence[str] | None,
    stream: TextIO | None = None,
    *,
    shape: Shape | None = None,
) -> None:
    """Write one result in ``fmt``.

    ``fields`` (``--fields``) always picks columns of the result's rows (:func:`rows_of`:
    the numbers of an inventory page or of an order; a lone object is its own row), in
    every format: ``json`` then writes the picked rows (an array, or one object for a
    lone object), the others write them as they write any rows. Without ``fields``,
    ``json`` writes the result as it is, ``jsonl``/``csv`` its rows and ``table`` an
    object's own fields as a field/value table followed by its rows.
    """
    rows = rows_of(plain, shape)
    lone = len(rows) == 1 and rows[0] is plain
    if fields:
        rows = pick_fields(rows, fields)
    if fmt == "json":
        if not fields:
            write_json(plain, stream)
        else:
            write_json(rows[0] if lone else rows, stream)
        return
    if fmt == "table" and isinstance(plain, dict) and not fields:
        # For people: an object's own fields as field/value lines, then its rows if any.
        own = [{"field": k, "value": v} for k, v in plain.items() if not isinstance(v, list)]
        write_rows(own, fmt, stream)
        if rows and not lone:
            (stream or sys.stdout).write("\n")
            write_rows(rows, fmt, stream)
        return
    declared = shape.fields if shape is not None and not rows else None
    write_rows(rows, fmt, stream, columns=fields or declared or None)


def at_least_one(text: str) -> int:
    """argparse ``type=`` for counts (``--limit``, ``--batch-size``): a whole number >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value
