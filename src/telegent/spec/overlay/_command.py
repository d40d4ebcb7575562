"""``telegent spec apply --overlay OVERLAY SPEC``: apply an overlay, print the result as JSON.

Exit codes: 0 applied; 1 ``--strict`` and some action matched nothing (each one named on
stderr, nothing written); 2 the overlay or the spec is invalid or refused, or an action
cannot be applied (one line on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .._defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from ._errors import OverlayError

if TYPE_CHECKING:
    from ._report import OverlayResult

__all__ = ["main"]

_PROG = "telegent spec apply"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _positive(kind: type[float] | type[int]) -> Any:
    def parse(text: str) -> float | int:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
        return value

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Apply an OpenAPI Overlay (1.0.x or 1.1.x) to an OpenAPI description "
        "and write the result as JSON.",
    )
    parser.add_argument(
        "spec",
        metavar="SPEC",
        help="the description to patch: a JSON or YAML file, or an http(s) URL",
    )
    parser.add_argument(
        "--overlay",
        required=True,
        metavar="OVERLAY",
        help="the overlay: a YAML or JSON file, or an http(s) URL",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the result to FILE instead of stdout"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1) when an action's target matches nothing",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        help=f"seconds for a whole URL read (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        help=f"largest input accepted (default {DEFAULT_MAX_BYTES})",
    )
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    # Write beside the target, then rename: a failure never leaves half a file behind.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        # mkstemp creates the file 0600; the result is an ordinary file, so it gets the
        # mode `open()` would give it: 0666 less the umask.
        os.chmod(tmp, 0o666 & ~_umask())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _apply(args: argparse.Namespace) -> OverlayResult:
    # The engine (JSON Schema, JSONPath) loads only once there is work: --help is quick.
    from .._safeload import SpecInputError, load_document  # noqa: PLC0415
    from ._apply import apply_overlay  # noqa: PLC0415
    from ._load import load_overlay  # noqa: PLC0415

    overlay = load_overlay(
        args.overlay, max_bytes=args.max_bytes, timeout=args.timeout, external_refs="allow"
    )
    try:
        spec = load_document(
            args.spec,
            label=f"spec {args.spec!r}",
            formats="json-or-yaml",
            max_bytes=args.max_bytes,
            timeout=args.timeout,
            # Applying never resolves a $ref: it is data here, copied as written. (The
            # pipeline, which does resolve, refuses external ones before generating.)
            external_refs="allow",
        )
    except SpecInputError as exc:
        raise OverlayError(str(exc)) from exc
    return apply_overlay(spec.document, overlay, strict=False)


def main(argv: list[str] | None = None) -> int:
    """Run ``telegent spec apply``; returns the exit code."""
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    # The safe loader (YAML) loads once there is work, like the engine.
    from .._safeload import SpecInputError, dumps_json  # noqa: PLC0415

    try:
        result = _apply(args)
        text = dumps_json(result.document, label="the patched spec")
    except (OverlayError, SpecInputError) as exc:
        print(f"{_PROG}: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    for note in result.notes:
        print(f"{_PROG}: note: {note}", file=sys.stderr)
    for action in result.unmatched:
        print(
            f"{_PROG}: {'error' if args.strict else 'note'}: {action.label} matches nothing",
            file=sys.stderr,
        )
    if args.strict and result.unmatched:
        return 1
    try:
        _write(text, args.output)
    except OSError as exc:
        print(
            f"{_PROG}: error: cannot write {args.output!r}: {exc.strerror or exc}", file=sys.stderr
        )
        return 2
    return 0
