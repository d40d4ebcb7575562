"""``telegent spec drift``: the command line of the drift check.

Exit codes of :func:`main`: 0 nothing at or above ``--fail-on``; 1 drift at or above it;
2 the check could not run (message on stderr, one line; with ``--format markdown`` also a
Markdown note on stdout, so a job summary is never empty).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

from .._defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_URL
from .document import DriftCheckError
from .render import FORMATS, Format, error_markdown
from .rules import Level, rules_markdown

__all__ = ["PROG", "main"]

PROG = "telegent spec drift"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line on stderr and exit 2, like every other failure of the check.
        raise _UsageError(message)


def _level(value: str) -> Level:
    try:
        return Level.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(kind: type[float] | type[int]) -> Any:
    def convert(value: str) -> float | int:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not number > 0:
            raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
        return number

    return convert


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Compare the spec this package was generated from with the published one and "
            "report, per change, the SDK methods it affects and whether it breaks them (ERR), "
            "may break them (WARN) or is informational (INFO)."
        ),
        epilog="Exit codes: 0 no drift at or above --fail-on; 1 drift; 2 the check could not run.",
    )
    add = parser.add_argument
    add(
        "--against",
        metavar="URL|FILE",
        default=None,
        help=f"published spec (JSON), a URL or a file (default: {DEFAULT_URL})",
    )
    add(
        "--save",
        metavar="FILE",
        default=None,
        help="also write the published spec, as fetched, to FILE (later steps reuse it)",
    )
    add(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), json, markdown (PR comment / job summary) or github (annotations)",
    )
    add(
        "--fail-on",
        metavar="LEVEL",
        type=_level,
        default=Level.ERR,
        help="exit 1 when anything at or above LEVEL is found: ERR (default), WARN or INFO",
    )
    add(
        "--scope",
        choices=("all", "used"),
        default="all",
        help="all (default): every change; used: only changes to the operations the SDK's "
        "hand-written helpers (or --methods) use, and document-wide ones",
    )
    add(
        "--methods",
        metavar="LIST",
        default="",
        help="comma-separated SDK methods your code calls, e.g. orders.wait,numbers.list "
        "(implies --scope used)",
    )
    _add_sources(parser)
    return parser


def _add_sources(parser: _Parser) -> None:
    add = parser.add_argument
    add(
        "--pinned",
        metavar="FILE",
        default=None,
        help="compare from this spec instead of the one shipped in the package",
    )
    add(
        "--overlay",
        metavar="FILE",
        default=None,
        help="use this overlay instead of the one shipped in the package",
    )
    add(
        "--timeout",
        metavar="SECONDS",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        help=f"HTTP timeout (default {DEFAULT_TIMEOUT:g})",
    )
    add(
        "--max-bytes",
        metavar="N",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        help=f"largest spec accepted (default {DEFAULT_MAX_BYTES})",
    )
    add(
        "--list-rules",
        action="store_true",
        help="print the rule ids and levels as a Markdown table and exit",
    )


def _wants_markdown(argv: Sequence[str]) -> bool:
    """Whether *argv* asks for Markdown, even when it does not parse."""
    items = list(argv)
    pairs = zip(items, [*items[1:], ""], strict=True)
    return "--format=markdown" in items or any(
        a == "--format" and b == "markdown" for a, b in pairs
    )


def _fail(message: str, argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    line = " ".join(message.split())
    err.write(f"{PROG}: error: {line}\n")
    if _wants_markdown(argv):
        out.write(error_markdown(line))
    return 2


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``telegent spec drift``: run the check, print the report, return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(args_list)
    except _UsageError as exc:
        return _fail(f"{exc} (see --help)", args_list, out, err)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    if args.list_rules:
        out.write(rules_markdown())
        return 0
    fmt: Format = args.format
    # The check (YAML, JSON Schema, JSONPath) loads once a check runs, not for --help.
    from .check import check_drift  # noqa: PLC0415

    try:
        report = check_drift(
            args.against,
            pinned=args.pinned,
            overlay=args.overlay,
            timeout=args.timeout,
            max_bytes=args.max_bytes,
            scope=args.scope,
            methods=[m for m in args.methods.split(",") if m.strip()],
            save=args.save,
        )
    except DriftCheckError as exc:
        return _fail(str(exc), args_list, out, err)
    except Exception as exc:  # a bug must not look like "drift found" (exit 1)
        return _fail(f"internal error: {type(exc).__name__}: {exc}", args_list, out, err)
    out.write(report.render(fmt))
    return 1 if report.fails(args.fail_on) else 0
