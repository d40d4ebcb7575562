"""``telegent numbers activate|cancel|park|swap|replace|swap-sim`` and
``telegent numbers bulk-change-status --action ...``: status changes for any number of
numbers, through the SDK's ``bulk_change_status``.

Every number is checked first (by the SDK, nothing sent if one is bad); then the numbers
go in groups of ``batch-size x concurrency``, each group one ``bulk_change_status`` call
whose per-number outcomes are written (and flushed) before the next group starts.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
from dataclasses import dataclass
from typing import Any, TextIO

from ._bulk_io import OutcomeWriter, Target, outcome_fields, read_previous, read_targets
from ._output import UsageError, as_plain
from ._progress import progress
from ._session import DryRunStop, Settings, make_async_client, make_client, print_dry_run

__all__ = ["ACTIONS", "BulkOptions", "configure", "run_bulk"]

ACTIONS = ("activate", "cancel", "park", "swap", "replace", "swap-sim")


@dataclass(frozen=True, slots=True)
class BulkOptions:
    """What a bulk command was asked to do."""

    action: str
    targets: list[Target]
    batch_size: int
    concurrency: int
    effective_date: str | None
    area_code: str | None
    zip_code: str | None
    wait: bool
    wait_timeout: float
    resume: str | None
    retry_unknown: bool
    output: str | None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def configure(parser: argparse.ArgumentParser, *, action: str | None) -> None:
    """The options of one status command (``action=None``: bulk-change-status)."""
    parser.add_argument(
        "numbers",
        nargs="*",
        metavar="NUMBER",
        help="E.164 numbers" + (" as NUMBER=ICCID" if action == "swap-sim" else ""),
    )
    if action is None:
        parser.add_argument(
            "--action", required=True, choices=ACTIONS, help="the status change to make"
        )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help="read numbers from a CSV file (one a line, or a 'number' column"
        + (" and an 'iccid' column" if action in (None, "swap-sim") else "")
        + "); - reads stdin",
    )
    parser.add_argument(
        "--effective-date",
        metavar="MM/DD/YYYY",
        help="when the change takes effect (default: today)",
    )
    if action in (None, "swap", "replace"):
        parser.add_argument("--area-code", help="where to look for new numbers (searched first)")
        parser.add_argument("--zip-code", help="where to look if the area code has none")
    parser.add_argument(
        "--batch-size",
        type=_positive,
        default=100,
        metavar="N",
        help="numbers per request (default 100)",
    )
    parser.add_argument(
        "--concurrency",
        type=_positive,
        default=4,
        metavar="N",
        help="requests in flight at once (default 4)",
    )
    parser.add_argument(
        "--wait", action="store_true", help="also wait for each order to finish (Complete/Error)"
    )
    parser.add_argument(
        "--wait-timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="with --wait: how long to wait for each group's orders (default 300)",
    )
    parser.add_argument(
        "--resume", metavar="FILE", help="a previous run's output: skip the numbers it shows done"
    )
    parser.add_argument(
        "--retry-unknown",
        action="store_true",
        help="with --resume: resend numbers whose outcome was unknown "
        "(check them first: the API may have acted)",
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write outcomes to FILE (appended when it is the --resume file); default stdout",
    )
    parser.set_defaults(
        handler=lambda args, settings: run_bulk(_options(args, action), settings),
        default_format="jsonl",
    )


def _options(args: argparse.Namespace, action: str | None) -> BulkOptions:
    if args.retry_unknown and not args.resume:
        raise UsageError("--retry-unknown needs --resume FILE")
    return BulkOptions(
        action=action or args.action,
        targets=read_targets(
            args.numbers, args.source, iccids=(action or args.action) == "swap-sim"
        ),
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        effective_date=args.effective_date,
        area_code=getattr(args, "area_code", None),
        zip_code=getattr(args, "zip_code", None),
        wait=args.wait,
        wait_timeout=args.wait_timeout,
        resume=args.resume,
        retry_unknown=args.retry_unknown,
        output=args.output,
    )


def _sdk_kwargs(opts: BulkOptions) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"batch_size": opts.batch_size}
    for name in ("effective_date", "area_code", "zip_code"):
        value = getattr(opts, name)
        if value is not None:
            kwargs[name] = value
    return kwargs


def _check_all(opts: BulkOptions, todo: list[Target], settings: Settings) -> DryRunStop | None:
    """Let the SDK check every number; returns the first request it would send."""
    with make_client(settings, capture=True) as client:
        try:
            client.numbers.bulk_change_status(
                opts.action, [t.as_input() for t in todo], **_sdk_kwargs(opts)
            )
        except DryRunStop as stop:
            return stop
        except (ValueError, TypeError) as exc:
            raise UsageError(str(exc)) from None
    return None


def _outcome(item: Any, action: str, batch_offset: int) -> dict[str, Any]:
    return {
        "number": item.number,
        "action": action,
        "status": item.status,
        "order_id": item.order_id,
        "error": None if item.error is None else as_plain(item.error),
        "batch": batch_offset + item.batch,
    }


async def _send(
    opts: BulkOptions, todo: list[Target], settings: Settings, writer: OutcomeWriter
) -> dict[str, int]:
    counts = {"done": 0, "failed": 0, "unknown": 0}
    group = opts.batch_size * opts.concurrency
    async with make_async_client(settings) as client:
        with progress(opts.action, len(todo), enabled=settings.progress) as bar:
            for start in range(0, len(todo), group):
                chunk = todo[start : start + group]
                result = await client.numbers.bulk_change_status(
                    opts.action,
                    [t.as_input() for t in chunk],
                    concurrency=opts.concurrency,
                    wait=opts.wait,
                    wait_timeout=opts.wait_timeout,
                    **_sdk_kwargs(opts),
                )
                offset = start // opts.batch_size
                outcomes = [_outcome(item, opts.action, offset) for item in result]
                for o in outcomes:
                    counts[o["status"]] = counts.get(o["status"], 0) + 1
                writer.write(outcomes)
                bar.advance(len(chunk))
    return counts


def _plan(opts: BulkOptions) -> tuple[list[Target], list[str], int]:
    """Numbers to send (first occurrence of each), repeats, numbers skipped by --resume."""
    seen: dict[str, Target] = {}
    repeats: list[str] = []
    for t in opts.targets:
        if t.number in seen:
            repeats.append(t.number)
        else:
            seen[t.number] = t
    skip: set[str] = set()
    if opts.resume is not None:
        keep = {"done"} if opts.retry_unknown else {"done", "unknown"}
        skip = {n for n, status in read_previous(opts.resume).items() if status in keep}
    todo = [t for n, t in seen.items() if n not in skip]
    return todo, repeats, len(seen) - len(todo)


def _open_output(opts: BulkOptions) -> tuple[TextIO, bool]:
    """The outcome stream, and whether a CSV header is still needed."""
    if opts.output is None:
        return sys.stdout, True
    appending = (
        opts.resume is not None
        and os.path.exists(opts.output)
        and os.path.exists(opts.resume)
        and os.path.samefile(opts.output, opts.resume)
    )
    size = os.path.getsize(opts.output) if appending else 0
    try:
        stream = open(opts.output, "a" if appending else "w", encoding="utf-8")  # noqa: SIM115
        if size:
            # An interrupted run can leave half a line: start the new outcomes on a line
            # of their own (the half line is skipped when read back).
            with open(opts.output, "rb") as fh:
                fh.seek(size - 1)
                if fh.read(1) != b"\n":
                    stream.write("\n")
    except OSError as exc:
        raise UsageError(f"--output: cannot write {opts.output!r}: {exc.strerror}") from None
    return stream, size == 0


def run_bulk(opts: BulkOptions, settings: Settings) -> int:
    """Check, send, and report; exit 0 when every number is done (or skipped)."""
    todo, repeats, skipped = _plan(opts)
    if settings.fmt not in ("jsonl", "csv"):
        raise UsageError(f"--format {settings.fmt}: outcomes are written as jsonl or csv")
    outcome_fields(settings.fields)  # before --output is opened (and truncated)
    first = _check_all(opts, todo, settings) if todo else None
    batches = math.ceil(len(todo) / opts.batch_size)
    plan = f"{len(todo)} number(s) in {batches} request(s); {skipped} skipped (--resume)"
    if settings.dry_run:
        if first is None:
            print(f"telegent: dry run: nothing to send; {plan}", file=sys.stderr)
            return 0
        return print_dry_run(first, f"first request shown; {plan}; nothing sent")
    stream, header = _open_output(opts)
    try:
        writer = OutcomeWriter(stream, settings.fmt, settings.fields, header=header)
        counts = asyncio.run(_send(opts, todo, settings, writer)) if todo else {}
    finally:
        if stream is not sys.stdout:
            stream.close()
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("done", "failed", "unknown"))
    print(
        f"telegent: {opts.action}: {summary}; {skipped} skipped (already done); "
        f"{len(repeats)} repeated in the input (sent once)",
        file=sys.stderr,
    )
    return 0 if not counts.get("failed") and not counts.get("unknown") else 1
