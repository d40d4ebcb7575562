"""Files of a bulk status change: the numbers to change, and the per-number outcomes.

Input: numbers on the command line (``NUMBER`` or ``NUMBER=ICCID``), or a CSV file / stdin
(``--from``): one number a line (for swap-sim: ``number,iccid``), or a header row naming a
``number`` column (and an ``iccid`` column); blank lines and ``#`` comments are skipped.

Output: one outcome a number -- ``number, action, status, order_id, error, batch`` -- as
JSON lines or CSV (cells a spreadsheet would run as formulas are quoted). The record
of what was sent is the journal (``_journal``), which ``--resume`` reads.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from ._output import UsageError, csv_cell

__all__ = [
    "OUTCOME_FIELDS",
    "OutcomeWriter",
    "Target",
    "outcome_fields",
    "read_targets",
]

OUTCOME_FIELDS = ("number", "action", "status", "order_id", "error", "batch")
_NUMBER_HEADERS = frozenset({"number", "numbers", "phone_number", "phonenumber", "tn"})
_ICCID_HEADERS = frozenset({"iccid", "sim"})
MAX_NUMBERS = 1_000_000  # a bound on input, so a wrong file fails fast instead of eating memory


@dataclass(frozen=True, slots=True)
class Target:
    """One number to change (with the new SIM's ICCID, for swap-sim)."""

    number: str
    iccid: str | None = None

    def as_input(self) -> str | tuple[str, str]:
        """What ``bulk_change_status`` takes for it."""
        return self.number if self.iccid is None else (self.number, self.iccid)


def _from_word(word: str) -> Target:
    number, sep, iccid = word.partition("=")
    return Target(number.strip(), iccid.strip() if sep else None)


def _open(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"cannot read {path!r}: {exc.strerror}") from None


def _rows(stream: TextIO, where: str) -> Iterator[tuple[int, list[str]]]:
    try:
        for line_no, row in enumerate(csv.reader(stream), start=1):
            cells = [c.strip() for c in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            yield line_no, cells
    except csv.Error as exc:
        raise UsageError(f"{where}: not a readable CSV file ({exc})") from None
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{where}: not UTF-8 text (byte {exc.object[exc.start : exc.start + 1]!r} in a "
            'block read); save the file as UTF-8 ("CSV UTF-8")'
        ) from None


def _targets_from(stream: TextIO, where: str, iccids: bool) -> Iterator[Target]:
    # Without a header: the number first, then (swap-sim only) the ICCID; other columns
    # (notes, names) are ignored.
    number_col, iccid_col = 0, 1 if iccids else -1
    first = True
    for line_no, cells in _rows(stream, where):
        if first:
            first = False
            lowered = [c.lower() for c in cells]
            header = [i for i, c in enumerate(lowered) if c in _NUMBER_HEADERS]
            if header:
                number_col = header[0]
                sims = [i for i, c in enumerate(lowered) if c in _ICCID_HEADERS]
                iccid_col = sims[0] if sims else -1
                continue
        if number_col >= len(cells) or not cells[number_col]:
            raise UsageError(f"{where}, line {line_no}: no number in {','.join(cells)!r}")
        iccid = cells[iccid_col] if 0 <= iccid_col < len(cells) and cells[iccid_col] else None
        yield Target(cells[number_col], iccid)


def read_targets(words: Sequence[str], source: str | None, *, iccids: bool) -> list[Target]:
    """The numbers from the command line and from ``source`` (a path or ``-``);
    ``iccids``: a header-less file's second column is the ICCID (swap-sim)."""
    targets = [_from_word(w) for w in words]
    if source is not None:
        where = "stdin" if source == "-" else source
        stream = _open(source)
        try:
            for target in _targets_from(stream, where, iccids):
                targets.append(target)
                if len(targets) > MAX_NUMBERS:
                    raise UsageError(f"{where}: more than {MAX_NUMBERS:,} numbers; split it")
        finally:
            if stream is not sys.stdin:
                stream.close()
    if not targets:
        raise UsageError("no numbers given: pass them as arguments or with --from FILE (- = stdin)")
    return targets


def outcome_fields(fields: Sequence[str] | None) -> tuple[str, ...]:
    """The outcome columns to write (``UsageError`` names unknown ones)."""
    chosen = tuple(fields) if fields else OUTCOME_FIELDS
    unknown = [f for f in chosen if f not in OUTCOME_FIELDS]
    if unknown:
        raise UsageError(
            f"unknown field(s) {', '.join(unknown)} for --fields; "
            f"known: {', '.join(OUTCOME_FIELDS)}"
        )
    return chosen


class OutcomeWriter:
    """Writes outcomes as JSON lines or CSV (header once), flushing after each batch."""

    def __init__(
        self, stream: TextIO, fmt: str, fields: Sequence[str] | None, *, header: bool = True
    ) -> None:
        self._stream = stream
        self._fmt = "csv" if fmt == "csv" else "jsonl"
        self._fields = outcome_fields(fields)
        self._csv = csv.writer(stream, lineterminator="\n") if self._fmt == "csv" else None
        if self._csv is not None and header:
            self._csv.writerow(self._fields)

    def write(self, outcomes: Iterable[dict[str, Any]]) -> None:
        """Write a group of outcomes and flush them to the file."""
        for outcome in outcomes:
            row = {f: outcome.get(f) for f in self._fields}
            if self._csv is not None:
                self._csv.writerow(["" if v is None else csv_cell(str(v)) for v in row.values()])
            else:
                self._stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._stream.flush()
