"""``telegent numbers activate|cancel|park|swap|replace|swap-sim`` and
``telegent numbers bulk-change-status --action ...``: status changes for any number of
numbers, through the SDK's ``bulk_change_status``.

Every number is checked first (by the SDK, nothing sent if one is bad); then each batch
is written to the journal as pending (on disk before its request leaves), sent with the
SDK's ``bulk_change_status`` (at most ``--concurrency`` batches in flight), and its
outcome journalled. The journal is ``--output`` (else a file under
``$TELEGENT_JOURNAL_DIR``) and is what ``--resume`` reads: see ``_journal``.

SIGINT and SIGTERM stop new batches, let the ones in flight finish (a second signal
cancels them: their numbers are then unknown) and print the summary; a reader gone
from the pipe (SIGPIPE) does the same. SIGKILL loses nothing the journal holds.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from dataclasses import dataclass
from typing import Any

from ._bulk_io import OUTCOME_FIELDS, Target, outcome_fields, read_targets
from ._journal import Journal, Previous, default_path, journal_columns, read_journal, settled
from ._output import UsageError, at_least_one
from ._session import DryRunStop, Settings, make_client, print_dry_run
from ._words import in_operator_words

__all__ = ["ACTIONS", "BulkOptions", "configure", "run_bulk"]

ACTIONS = ("activate", "cancel", "park", "swap", "replace", "swap-sim")
_BULK_FLAGS = {
    "change_type": "--action",
    "effective_date": "--effective-date",
    "area_code": "--area-code",
    "zip_code": "--zip-code",
    "batch_size": "--batch-size",
}


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
        type=at_least_one,
        default=100,
        metavar="N",
        help="numbers per request (default 100)",
    )
    parser.add_argument(
        "--concurrency",
        type=at_least_one,
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
        "--resume",
        metavar="FILE",
        help="a previous run's journal: skip the numbers it shows done (and unknown, "
        "unless --retry-unknown); the new outcomes are appended to it",
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
        help="the journal: every batch as pending before it is sent, then its outcome "
        "(appended when it is the --resume file); default: outcomes on stdout, the journal "
        "under $TELEGENT_JOURNAL_DIR",
    )
    parser.set_defaults(
        handler=lambda args, settings: run_bulk(_options(args, action), settings),
        default_format="jsonl",
    )


def _options(args: argparse.Namespace, action: str | None) -> BulkOptions:
    if args.retry_unknown and not args.resume:
        raise UsageError("--retry-unknown needs --resume FILE")
    if args.output == "-":
        raise UsageError("--output -: the journal must be a file (outcomes go to stdout anyway)")
    if args.output and args.source and _same_file(args.output, args.source):
        raise UsageError(f"--output {args.output} is the --from file: choose another file")
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


def _same_file(a: str, b: str) -> bool:
    if a == "-" or b == "-":
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def sdk_kwargs(opts: BulkOptions) -> dict[str, Any]:
    """The SDK's keyword arguments for the options given."""
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
                opts.action, [t.as_input() for t in todo], **sdk_kwargs(opts)
            )
        except DryRunStop as stop:
            return stop
        except (ValueError, TypeError) as exc:
            raise UsageError(in_operator_words(str(exc), _BULK_FLAGS)) from None
    return None


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run will send, and what the input and the resume file said."""

    todo: list[Target]
    repeats: list[str]
    skipped: dict[str, str]  # number -> status in the --resume journal
    previous: Previous | None


def _plan(opts: BulkOptions) -> Plan:
    """Numbers to send (first occurrence of each), repeats, numbers skipped by --resume."""
    seen: dict[str, Target] = {}
    repeats: list[str] = []
    for t in opts.targets:
        if t.number in seen:
            repeats.append(t.number)
        else:
            seen[t.number] = t
    previous = read_journal(opts.resume) if opts.resume is not None else None
    skipped: dict[str, str] = {}
    if previous is not None:
        keep = {"done"} if opts.retry_unknown else {"done", "unknown"}
        for number in seen:
            status = previous.statuses.get(number)
            if status is not None and settled(status) in keep:
                skipped[number] = settled(status)
    todo = [t for n, t in seen.items() if n not in skipped]
    return Plan(todo, repeats, skipped, previous)


def _open_journal(opts: BulkOptions, plan: Plan, settings: Settings) -> Journal:
    """The journal: ``--output``, else the ``--resume`` file, else a new file; appended
    to in its own format when it is the resume file; never overwritten."""
    fields = outcome_fields(settings.fields)
    resume = opts.resume if opts.resume not in (None, "-") else None
    path = opts.output or resume
    if path is not None and resume is not None and _same_file(path, resume):
        assert plan.previous is not None
        columns = plan.previous.columns if plan.previous.fmt == "csv" else OUTCOME_FIELDS
        return Journal(path, plan.previous.fmt, journal_columns(columns), header=True)
    if path is None:
        made = default_path(opts.action)
        made.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return Journal(str(made), "jsonl", OUTCOME_FIELDS, header=True)
    if os.path.exists(path) and os.path.getsize(path) > 0:
        raise UsageError(
            f"--output {path} already holds a journal: resume from it with --resume {path}, "
            "or choose another file"
        )
    journal = Journal(path, settings.fmt, journal_columns(fields), header=True)
    # A new journal for a resumed run starts with what the old one knew, so it alone
    # is enough to resume from next time.
    journal.record(
        [{"number": n, "action": opts.action, "status": s} for n, s in plan.skipped.items()]
    )
    return journal


def run_bulk(opts: BulkOptions, settings: Settings) -> int:
    """Check, send, and report; exit 0 when every number is done (or skipped)."""
    from ._bulk_send import send_all  # noqa: PLC0415 - asyncio and the client on demand

    if settings.fmt not in ("jsonl", "csv"):
        raise UsageError(f"--format {settings.fmt}: outcomes are written as jsonl or csv")
    outcome_fields(settings.fields)  # before anything is opened
    plan = _plan(opts)
    first = _check_all(opts, plan.todo, settings) if plan.todo else None
    batches = math.ceil(len(plan.todo) / opts.batch_size)
    text = f"{len(plan.todo)} number(s) in {batches} request(s); {len(plan.skipped)} skipped"
    if settings.dry_run:
        if first is None:
            print(f"telegent: dry run: nothing to send; {text} (--resume)", file=sys.stderr)
            return 0
        return print_dry_run(first, f"first request shown; {text} (--resume); nothing sent")
    journal = _open_journal(opts, plan, settings)
    try:
        report = send_all(opts, settings, plan.todo, journal)
    finally:
        journal.close()
    counts = report.counts
    summary = ", ".join(
        f"{counts.get(k, 0)} {k}" for k in ("done", "failed", "unknown", "not sent")
    )
    stopped = f"stopped by {report.stopped_by}; " if report.stopped_by else ""
    print(
        f"telegent: {opts.action}: {stopped}{summary}; {len(plan.skipped)} skipped "
        f"(--resume: done{'' if opts.retry_unknown else ' or unknown'}); "
        f"{len(plan.repeats)} repeated in the input (sent once); journal: {journal.path}",
        file=sys.stderr,
    )
    unsure = sorted(n for n, status in plan.skipped.items() if status == "unknown")
    if unsure:
        print(
            f"telegent: {len(unsure)} number(s) unknown from before, not resent (e.g. "
            f"{unsure[0]}): check them with `telegent numbers get --number N` or the order, "
            "then --retry-unknown to send those that did not change",
            file=sys.stderr,
        )
    if report.exit_status is not None:
        return report.exit_status
    left = any(counts.get(k) for k in ("failed", "unknown", "not sent"))
    return 1 if left or unsure else 0
