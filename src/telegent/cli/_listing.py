"""``telegent numbers list``: the inventory, page by page, one JSON line a number."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from ._output import UsageError, as_plain, at_least_one, csv_cell, render
from ._progress import progress, report_waits, wanted
from ._session import DryRunStop, Settings, make_client, print_dry_run
from ._shape import check_fields, shape_of_call
from ._words import in_operator_words

_LIST_FLAGS = {"page_size": "--page-size", "limit": "--limit", "filter": "--filter"}

__all__ = ["configure", "run_list", "stream_rows"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Options of ``numbers list``."""
    parser.add_argument("--filter", help="the API's Filter (e.g. Active, Parked, IoT)")
    parser.add_argument(
        "--page-size",
        type=at_least_one,
        default=100,
        metavar="N",
        help="numbers per request (default 100, at most 1000)",
    )
    parser.add_argument(
        "--limit", type=at_least_one, metavar="N", help="stop after N numbers (default: all)"
    )
    parser.set_defaults(handler=run_list, default_format="jsonl")


def stream_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    fields: Sequence[str] | None,
    header: Sequence[str] = (),
) -> None:
    """Rows as JSON lines or CSV, each written as it comes; a CSV with no rows still gets
    its header (``fields``, else ``header``: the row record's fields)."""
    out = sys.stdout
    writer: Any = None
    for row in rows:
        if fields:
            unknown = [f for f in fields if f not in row]
            if unknown:
                raise UsageError(
                    f"unknown field(s) {', '.join(unknown)} for --fields; known: {', '.join(row)}"
                )
            row = {f: row[f] for f in fields}  # noqa: PLW2901 - the picked row replaces it
        if fmt == "csv":
            if writer is None:
                writer = csv.DictWriter(
                    out, fieldnames=list(row), lineterminator="\n", extrasaction="ignore"
                )
                writer.writeheader()
            writer.writerow({k: "" if v is None else csv_cell(str(v)) for k, v in row.items()})
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    columns = fields or header
    if fmt == "csv" and writer is None and columns:
        csv.writer(out, lineterminator="\n").writerow([csv_cell(c) for c in columns])


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    """Stream the inventory (JSON lines/CSV as it comes; json/table at the end)."""
    kwargs: dict[str, Any] = {"page_size": args.page_size, "limit": args.limit}
    if args.filter is not None:
        kwargs["filter"] = args.filter
    shape = shape_of_call("numbers", "list")
    check_fields(shape, settings.fields)  # before any request
    with make_client(settings, capture=settings.dry_run) as client:
        try:
            pager = client.numbers.list(**kwargs)
        except (ValueError, TypeError) as exc:
            raise UsageError(in_operator_words(str(exc), _LIST_FLAGS)) from None
        try:
            total = None
            if wanted(settings.progress):  # the total costs the first page: only for a bar
                total = pager.fetch_total()
                if total is not None and args.limit is not None:
                    total = min(total, args.limit)
            with progress("numbers", total, enabled=settings.progress) as bar:
                report_waits(client, bar)

                def rows() -> Iterable[dict[str, Any]]:
                    for record in pager:
                        bar.advance()
                        yield as_plain(record, reveal=settings.reveal)

                if settings.fmt in ("jsonl", "csv"):
                    header = shape.fields if shape is not None else ()
                    stream_rows(rows(), settings.fmt, settings.fields, header)
                else:
                    render(list(rows()), settings.fmt, settings.fields, shape=shape)
        except DryRunStop as stop:
            return print_dry_run(stop, "the first page's request; nothing sent")
    return 0
