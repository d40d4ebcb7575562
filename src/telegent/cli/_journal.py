"""The write-ahead journal of a bulk status change: what was sent, before it was sent.

Every batch is appended as ``pending`` (one row a number) and made durable (``fsync``)
before its request leaves; its outcome (``done``, ``failed``, ``unknown``, ``not sent``)
is appended after. Each append is a single ``write`` on an ``O_APPEND`` descriptor, so
a killed process leaves whole rows (at most the last one cut short, and ignored when
read back). The journal is the resume file: read back, the last row of each number
wins, and a number still ``pending`` is ``unknown`` -- its request may have reached the
API -- so it is not resent without ``--retry-unknown``.

The format is JSON lines or CSV (with a header), detected when the file is read; the
``number`` and ``status`` columns are always there, whatever ``--fields`` asks for.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._output import UsageError, csv_cell

__all__ = ["Journal", "Previous", "default_path", "journal_columns", "read_journal"]

PENDING = "pending"
NOT_SENT = "not sent"
_REQUIRED = ("number", "status")
# What a number's last row means on resume.
_SETTLED = frozenset({"done", "failed", "unknown", NOT_SENT})


def journal_columns(fields: Sequence[str]) -> tuple[str, ...]:
    """``fields`` with ``number`` and ``status`` first when they were left out."""
    missing = tuple(c for c in _REQUIRED if c not in fields)
    return missing + tuple(fields)


def default_path(action: str) -> Path:
    """Where a run without ``--output`` keeps its journal: ``$TELEGENT_JOURNAL_DIR``,
    else ``$XDG_STATE_HOME/telegent/journals`` (``~/.local/state/...``)."""
    base = os.environ.get("TELEGENT_JOURNAL_DIR")
    if base:
        folder = Path(base)
    else:
        state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        folder = Path(state) / "telegent" / "journals"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    return folder / f"{action}-{stamp}-{os.getpid()}.jsonl"


def _encode(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> bytes:
    out = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        for row in rows:
            writer.writerow([_csv_value(row.get(c)) for c in columns])
    else:
        for row in rows:
            picked = {c: row.get(c) for c in columns}
            out.write(json.dumps(picked, ensure_ascii=False, default=str) + "\n")
    return out.getvalue().encode("utf-8")


def _csv_value(value: Any) -> str:
    # One row a line (a cut row is then a cut line), and no formula for a spreadsheet.
    text = "" if value is None else str(value)
    return csv_cell(" ".join(text.splitlines()))


class Journal:
    """An open journal file, appended to row group by row group, each durably."""

    def __init__(self, path: str, fmt: str, columns: Sequence[str], *, header: bool) -> None:
        self.path = path
        self.fmt = fmt
        self.columns = tuple(columns)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        try:
            self._fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise UsageError(f"--output: cannot write {path!r}: {exc.strerror}") from None
        size = os.fstat(self._fd).st_size
        if size and not _ends_with_newline(path, size):
            self._append(b"\n")  # an interrupted run's cut row stays on a line of its own
        if header and fmt == "csv" and size == 0:
            self._append(_header(self.columns))

    def record(self, rows: Sequence[dict[str, Any]]) -> None:
        """Append ``rows`` in one write and wait until they are on disk."""
        if rows:
            self._append(_encode(rows, self.fmt, self.columns))

    def _append(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        """Close the file (every row is already on disk)."""
        os.close(self._fd)


def _header(columns: Sequence[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(columns)
    return out.getvalue().encode("utf-8")


def _ends_with_newline(path: str, size: int) -> bool:
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1) == b"\n"


@dataclass(frozen=True, slots=True)
class Previous:
    """A journal read back: each number's last status, the file's format and columns."""

    statuses: dict[str, str]
    fmt: str
    columns: tuple[str, ...]


def _lines(data: str) -> Iterator[str]:
    # Only whole lines: the last one may have been cut short by a kill.
    for line in data.splitlines(keepends=True):
        if line.endswith("\n") and line.strip():
            yield line


def _jsonl_rows(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            yield row


def _plain(cell: str) -> str:
    """Undo :func:`csv_cell`'s quote on a number read back."""
    return cell[1:] if cell.startswith("'") and csv_cell(cell[1:]) != cell[1:] else cell


def _csv_rows(lines: list[str], path: str) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    try:
        table = list(csv.reader(lines))
    except csv.Error as exc:
        raise UsageError(f"--resume {path}: not readable as CSV ({exc})") from None
    if not table:
        return (), []
    columns = tuple(c.strip() for c in table[0])
    rows = [
        {c: _plain(v.strip()) for c, v in zip(columns, cells, strict=False)} for cells in table[1:]
    ]
    return columns, rows


def read_journal(path: str) -> Previous:
    """A previous run's journal (or outcome file): ``number -> last status``.

    ``UsageError`` when it cannot tell what was sent (no ``status`` column: a file
    written with ``--fields`` by an older version) or is not UTF-8 text.
    """
    try:
        with open(path, "rb") as fh:
            data = fh.read().decode("utf-8-sig")
    except OSError as exc:
        raise UsageError(f"--resume: cannot read {path!r}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"--resume {path}: not UTF-8 text (byte {exc.start}); give a journal file"
        ) from None
    lines = list(_lines(data))
    first = next((line for line in lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        fmt = "jsonl"
        rows: list[dict[str, Any]] = list(_jsonl_rows(lines))
        columns = tuple(rows[0]) if rows else _REQUIRED
    else:
        fmt = "csv"
        columns, rows = _csv_rows(lines, path)
    if rows and not all(c in columns for c in _REQUIRED):
        raise UsageError(
            f"--resume {path}: it has no {' or '.join(c for c in _REQUIRED if c not in columns)}"
            " column, so it cannot say what was sent; resume from the run's journal"
        )
    statuses: dict[str, str] = {}
    for row in rows:
        number, status = row.get("number"), row.get("status")
        if isinstance(number, str) and isinstance(status, str) and number:
            statuses[number] = status
    return Previous(statuses, fmt, columns)


def settled(status: str) -> str:
    """What a number's last journal status means now: ``pending`` is ``unknown``; a
    status this version does not know is ``unknown`` too (never resent blindly)."""
    return status if status in _SETTLED else "unknown"
