"""Spec drift check: has the published vendor spec moved away from the pinned one, and does
the move break this client?

``telegent spec drift`` (and :func:`check_drift`) compares the spec this package was
generated from (shipped as package data) with the published one, in three passes:

1. the raw documents, so every vendor change is seen, even where the overlay overrides it;
2. the overlay-patched documents, which is what the generated client is made of (typed
   responses, operation ids, the bearer scheme, the fixed server URL);
3. the response examples of the patched documents, because the vendor's 200 responses are
   bare ``{type: object}``: the examples are the only place a dropped field shows.

A change found in both (1) and (2) is reported once, as (2) judges it. A change found only
in (1) sits where the overlay overrides the vendor: it is capped at WARN (the generated
client does not change, but the overlay's fix may be stale) or lowered to INFO when the
overlay action there has become redundant (the vendor now says what the overlay says).
Every change lists the overlay actions that write where it is, and the overlay itself is
applied to the published spec to report vanished targets (ERR) and redundant actions (INFO).

Exit codes of :func:`main`: 0 nothing at or above ``--fail-on``; 1 drift at or above it;
2 the check could not run (message on stderr, one line).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

from ._drift_compare import Finding, client_read_responses, diff_documents, diff_examples
from ._drift_load import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_URL,
    DriftCheckError,
    LoadedSpec,
    SpecSource,
    check_refs,
    load_spec,
    resolve_pointer,
)
from ._drift_overlay import (
    ActionScope,
    action_scopes,
    apply_to_published,
    overlay_health,
    touching,
)
from ._drift_report import (
    FORMATS,
    Change,
    DriftReport,
    Format,
    OverlayFinding,
    OverlayRef,
    SpecInfo,
    report_schema,
)
from ._drift_rules import RULES, Level, Rule, rules_markdown
from ._overlay import (
    OverlayError,
    OverlayResult,
    apply_overlay,
    load_overlay,
    validate_overlay,
)
from ._resources import load_pinned_spec, overlay_path, pinned_spec_sha256

__all__ = [
    "DEFAULT_URL",
    "RULES",
    "Change",
    "DriftCheckError",
    "DriftReport",
    "Level",
    "OverlayFinding",
    "OverlayRef",
    "Rule",
    "SpecInfo",
    "check_drift",
    "main",
    "report_schema",
    "rules_markdown",
]

PROG = "telegent spec drift"
PINNED_SOURCE = "<package>"


def _load_pinned(pinned: SpecSource | None, *, timeout: float, max_bytes: int) -> LoadedSpec:
    if pinned is not None:
        return load_spec(pinned, role="pinned", timeout=timeout, max_bytes=max_bytes)
    # The package's own copy: checked like any other, but identified by its file's sha256.
    loaded = load_spec(load_pinned_spec(), role="pinned")
    return LoadedSpec(
        document=loaded.document,
        version=loaded.version,
        sha256=pinned_spec_sha256(),
        source=PINNED_SOURCE,
    )


def _load_overlay(overlay: str | os.PathLike[str] | Mapping[str, Any] | None) -> dict[str, Any]:
    try:
        if overlay is None:
            document = load_overlay(overlay_path())
        elif isinstance(overlay, Mapping):
            document = dict(overlay)
        else:
            document = load_overlay(overlay)
        validate_overlay(document)
    except OverlayError as exc:
        raise DriftCheckError(f"overlay: {' '.join(str(exc).split())}") from None
    return document


def _patch_pinned(pinned: LoadedSpec, overlay: Mapping[str, Any]) -> OverlayResult:
    try:
        result = apply_overlay(pinned.document, overlay, strict=False)
    except OverlayError as exc:
        raise DriftCheckError(
            f"overlay does not apply to the pinned spec: {' '.join(str(exc).split())}"
        ) from None
    check_refs(result.document, label="pinned spec with the overlay applied")
    return result


def _converged(
    published_raw: Mapping[str, Any], published_patched: Mapping[str, Any]
) -> Callable[[Finding], bool]:
    """Whether, at a finding's spot, the overlay makes no difference to the published spec."""

    def check(finding: Finding) -> bool:
        if finding.now is None:
            return False
        try:
            before = resolve_pointer(published_raw, "#" + finding.now)
            after = resolve_pointer(published_patched, "#" + finding.now)
        except KeyError:
            return False
        return bool(before == after)

    return check


def _merge(
    raw: list[Finding],
    patched: list[Finding],
    examples: list[Finding],
    *,
    scopes: Sequence[ActionScope],
    redundant: set[int],
    converged: Callable[[Finding], bool],
) -> list[Change]:
    """One change per (rule, operation, location), judged as the generated client sees it."""
    changes: dict[tuple[str, str, str], Change] = {}

    def refs(found: Sequence[ActionScope]) -> tuple[OverlayRef, ...]:
        return tuple(OverlayRef(s.index, s.description) for s in found)

    for finding in (*patched, *examples):
        if finding.key in changes:
            continue  # the spec's own statement wins over what the examples suggest
        changes[finding.key] = Change(
            id=finding.rule,
            level=finding.level,
            operation=finding.operation,
            location=finding.location,
            message=finding.message,
            overlay_actions=refs(touching(scopes, finding.pointers)),
            source=finding.source,
        )
    for finding in raw:
        if finding.key in changes or RULES[finding.rule].patched_only:
            continue
        # Only in the raw documents: the overlay hides it from the generated client.
        found = touching(scopes, finding.pointers)
        level, message = finding.level, finding.message
        if found and (all(s.index in redundant for s in found) or converged(finding)):
            level = Level.INFO
            message += "; the published spec now says what the overlay says here"
        elif found and level is Level.ERR:
            # The generated client does not change, but the vendor moved under one of the
            # overlay's fixes, which may now be wrong.
            level = Level.WARN
            message += "; the overlay overrides this spot: check its fix still holds"
        elif found:
            message += "; the overlay overrides this spot"
        changes[finding.key] = Change(
            id=finding.rule,
            level=level,
            operation=finding.operation,
            location=finding.location,
            message=message,
            overlay_actions=refs(found),
            source=finding.source,
        )
    return sorted(changes.values(), key=Change.sort_key)


def check_drift(
    against: SpecSource | None = None,
    *,
    pinned: SpecSource | None = None,
    overlay: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> DriftReport:
    """Compare the pinned spec with the published one; see the module docstring.

    Args:
        against: the published spec: an http(s) URL, a JSON file, or a parsed document.
            Default: :data:`DEFAULT_URL`.
        pinned: the spec the client was generated from. Default: the copy shipped in
            this package.
        overlay: the overlay (path or parsed document). Default: the package's overlay.
        timeout: HTTP timeout in seconds when *against* is a URL.
        max_bytes: largest spec accepted.

    Raises:
        DriftCheckError: the check could not run (unreachable URL, non-2xx answer, not
            JSON, not OpenAPI 3, an external or dangling ``$ref``, a broken overlay).
        ValueError: *timeout* or *max_bytes* is not positive.
    """
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes!r}")
    base = _load_pinned(pinned, timeout=timeout, max_bytes=max_bytes)
    overlay_doc = _load_overlay(overlay)
    revision = load_spec(
        DEFAULT_URL if against is None else against,
        role="published",
        timeout=timeout,
        max_bytes=max_bytes,
    )

    pinned_result = _patch_pinned(base, overlay_doc)
    published_run = apply_to_published(revision.document, overlay_doc)
    base_patched = pinned_result.document
    rev_patched = published_run.result.document
    reads = client_read_responses(base.document, base_patched)
    raw = diff_documents(base.document, revision.document, client_reads=reads)
    try:
        check_refs(rev_patched, label="the published spec with the overlay applied")
    except DriftCheckError as exc:
        # Drift, not a failure to run: judge on the raw documents alone.
        broken = Finding(
            "overlay-result-invalid",
            Level.ERR,
            None,
            "overlay",
            f"{exc}: regeneration would fail; the patched comparison was skipped",
        )
        patched, examples = (
            [broken],
            diff_examples(base.document, revision.document, client_reads=reads),
        )
    else:
        patched = diff_documents(base_patched, rev_patched, client_reads=reads)
        examples = diff_examples(base_patched, rev_patched, client_reads=reads)

    health = overlay_health(
        pinned_result, published_run, overlay_doc, base.document, revision.document
    )
    redundant = {i.index for i in health if i.rule == "overlay-action-redundant"}
    scopes = action_scopes(
        overlay_doc, [base.document, revision.document, base_patched, rev_patched]
    )
    changes = _merge(
        raw,
        patched,
        examples,
        scopes=scopes,
        redundant=redundant,
        converged=_converged(revision.document, rev_patched),
    )
    findings = sorted(
        (
            OverlayFinding(i.rule, i.level, i.index, i.target, i.description, i.kind, i.message)
            for i in health
        ),
        key=OverlayFinding.sort_key,
    )
    return DriftReport(
        pinned=SpecInfo(base.version, base.sha256, base.source),
        published=SpecInfo(revision.version, revision.sha256, revision.source),
        changes=tuple(changes),
        overlay=tuple(findings),
    )


# ---------------------------------------------------------------------------- CLI


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line on stderr and exit 2, like every other failure of the check.
        raise _UsageError(message)


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Compare the spec this package was generated from with the published one and "
            "report, per change, whether it breaks this client (ERR), may break it (WARN) "
            "or is informational (INFO)."
        ),
        epilog="Exit codes: 0 no drift at or above --fail-on; 1 drift; 2 the check could not run.",
    )
    parser.add_argument(
        "--against",
        metavar="URL|FILE",
        default=None,
        help=f"published spec (JSON), a URL or a file (default: {DEFAULT_URL})",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), json, markdown (PR comment / job summary) or github (annotations)",
    )
    parser.add_argument(
        "--fail-on",
        metavar="LEVEL",
        type=_level,
        default=Level.ERR,
        help="exit 1 when anything at or above LEVEL is found: ERR (default), WARN or INFO",
    )
    parser.add_argument(
        "--pinned",
        metavar="FILE",
        default=None,
        help="compare from this spec instead of the one shipped in the package",
    )
    parser.add_argument(
        "--overlay",
        metavar="FILE",
        default=None,
        help="use this overlay instead of the one shipped in the package",
    )
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        help=f"HTTP timeout (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        metavar="N",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        help=f"largest spec accepted (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="print the rule ids and levels as a Markdown table and exit",
    )
    return parser


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


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``telegent spec drift``: run the check, print the report, return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except _UsageError as exc:
        err.write(f"{PROG}: error: {exc} (see --help)\n")
        return 2
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    if args.list_rules:
        out.write(rules_markdown())
        return 0
    fmt: Format = args.format
    try:
        report = check_drift(
            args.against,
            pinned=args.pinned,
            overlay=args.overlay,
            timeout=args.timeout,
            max_bytes=args.max_bytes,
        )
    except DriftCheckError as exc:
        err.write(f"{PROG}: error: {' '.join(str(exc).split())}\n")
        return 2
    except Exception as exc:  # a bug must not look like "drift found" (exit 1)
        err.write(f"{PROG}: error: internal error: {type(exc).__name__}: {exc}\n")
        return 2
    out.write(report.render(fmt))
    return 1 if report.fails(args.fail_on) else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
