"""Spec drift check: has the published vendor spec moved away from the pinned one, and does
the move break this client?

:func:`check_drift` compares the spec this package was generated from (shipped as package
data) with the published one, in three passes:

1. the raw documents, so every vendor change is seen, even where the overlay overrides it;
2. the overlay-patched documents, which is what the generated client is made of (typed
   responses, operation ids, the bearer scheme, the fixed server URL);
3. the response examples of the patched documents, because the vendor's 200 responses are
   bare ``{type: object}``: the examples are the only place a dropped field shows.

A change found in both (1) and (2) is reported once, as (2) judges it. A change found only
in (1) sits where the overlay overrides the vendor: it is capped at WARN (the generated
client does not change, but the overlay's fix may be stale) or lowered to INFO when the
overlay action there has become redundant (the vendor now says what the overlay says).
Each change then gets the caller's view (:mod:`.client`): the SDK methods and record
fields it affects, what breaks, what to do; and the maintainer's (the overlay actions that
write where it is). The overlay itself is applied to the published spec to report vanished
targets (ERR) and redundant actions (INFO).
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from .._resources import load_pinned_spec, overlay_paths, pinned_spec_path, pinned_spec_sha256
from ..overlay import (
    ActionReport,
    OverlayError,
    OverlayResult,
    apply_overlay,
    load_overlay,
    validate_overlay,
)
from .client import ClientMap, UnknownMethodError, client_read_responses
from .document import DriftCheckError, resolve_pointer
from .examples import diff_examples
from .extras import relied_on_extensions
from .findings import Finding
from .lines import Anchor, display_path, json_pointer_lines, line_of, overlay_action_lines
from .load import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_URL,
    LoadedSpec,
    SpecSource,
    check_refs,
    check_structure,
    load_spec,
    save_spec,
)
from .operations import diff_documents
from .overlay import (
    ActionScope,
    OverlayIssue,
    action_pointers,
    action_scopes,
    apply_to_published,
    overlay_health,
    touching,
)
from .pinned import PINNED_SOURCE, Overlay, PinnedSide, load_shipped, side_bytes
from .report import Change, DriftReport, OverlayFinding, OverlayMove, OverlayRef, SpecInfo
from .rules import RULES, Level, advice_for, impact_for

__all__ = ["AppliedOverlay", "Scope", "applied_side_bytes", "check_drift", "pinned_side_bytes"]

Scope = Literal["all", "used"]


OverlaySource = str | os.PathLike[str] | Mapping[str, Any]


def _load_pinned(pinned: SpecSource | None, *, timeout: float, max_bytes: int) -> LoadedSpec:
    if pinned is not None:
        return load_spec(pinned, role="pinned", timeout=timeout, max_bytes=max_bytes)
    # The package's own copy: checked like any other, but identified by its file's sha256.
    loaded = load_spec(load_pinned_spec(), role="pinned")
    return LoadedSpec(loaded.document, loaded.version, pinned_spec_sha256(), PINNED_SOURCE)


def _load_one(source: OverlaySource) -> tuple[dict[str, Any], list[Anchor | None]]:
    if isinstance(source, Mapping):
        document: dict[str, Any] = dict(source)
        validate_overlay(document)
        return document, [None] * len(document.get("actions") or ())
    document = load_overlay(source)
    validate_overlay(document)
    file = display_path(source)
    lines = overlay_action_lines(Path(source).read_text("utf-8"))
    return document, [Anchor(file, line) for line in lines]


def _load_overlay(overlay: OverlaySource | Sequence[OverlaySource] | None) -> Overlay:
    """The overlay as one document. The package's default is every overlay file it ships,
    in the order the generator applies them (each may target what the ones before made):
    together they are what the generated client is made of."""
    if overlay is None:
        sources: list[OverlaySource] = list(overlay_paths())
    elif isinstance(overlay, (str, os.PathLike, Mapping)):
        sources = [overlay]
    else:
        sources = list(overlay)
    if not sources:
        raise DriftCheckError("overlay: no overlay document given")
    documents: list[dict[str, Any]] = []
    anchors: list[Anchor | None] = []
    try:
        for source in sources:
            document, found = _load_one(source)
            documents.append(document)
            # An anchor per action, or none for a file whose lines could not be matched.
            actions = document.get("actions") or ()
            anchors += found if len(found) == len(actions) else [None] * len(actions)
    except OverlayError as exc:
        raise DriftCheckError(f"overlay: {' '.join(str(exc).split())}") from None
    combined = dict(documents[0])
    combined["actions"] = [a for d in documents for a in (d.get("actions") or ())]
    return Overlay(combined, anchors)


def _patch_pinned(pinned: LoadedSpec, overlay: Mapping[str, Any]) -> OverlayResult:
    try:
        result = apply_overlay(pinned.document, overlay, strict=False)
    except OverlayError as exc:
        raise DriftCheckError(
            f"overlay does not apply to the pinned spec: {' '.join(str(exc).split())}"
        ) from None
    check_refs(result.document, label="pinned spec with the overlay applied")
    return result


def _pinned_side(
    pinned: SpecSource | None,
    overlay: OverlaySource | Sequence[OverlaySource] | None,
    *,
    timeout: float,
    max_bytes: int,
) -> PinnedSide:
    """What the check compares from. With the package's defaults, the copy computed at
    build time when it was computed from these very files (see :mod:`.pinned`)."""
    if pinned is None and overlay is None:
        shipped = load_shipped(overlay_paths())
        if shipped is not None:
            return shipped
    base = _load_pinned(pinned, timeout=timeout, max_bytes=max_bytes)
    overlay_doc = _load_overlay(overlay)
    return _derive(base, overlay_doc, _patch_pinned(base, overlay_doc.document))


def _derive(base: LoadedSpec, overlay: Overlay, result: OverlayResult) -> PinnedSide:
    """The side from the pinned spec and its patched result: what the check derives."""
    return PinnedSide(
        base=base,
        overlay=overlay,
        result=result,
        reads=client_read_responses(base.document, result.document),
        pointers=action_pointers(overlay.document, [base.document, result.document]),
    )


def pinned_side_bytes(spec_file: Path, overlay_files: Sequence[Path]) -> bytes:
    """The pinned side of a check from *spec_file* with *overlay_files*, as shipped
    (``scripts/regenerate.py`` writes it to ``generated/``)."""
    side = _pinned_side(
        spec_file, list(overlay_files), timeout=DEFAULT_TIMEOUT, max_bytes=DEFAULT_MAX_BYTES
    )
    return side_bytes(side, overlay_files)


@dataclass(frozen=True, slots=True)
class AppliedOverlay:
    """One overlay file as the pipeline applied it: read by :func:`load_overlay`, then
    applied to the result of the files before it (what its ``OverlayResult`` says, bar the
    document: only the last file's is needed, and a caller need not keep the others)."""

    file: Path
    document: Mapping[str, Any]
    actions: tuple[ActionReport, ...]
    version: str

    @classmethod
    def of(cls, file: Path, document: Mapping[str, Any], result: OverlayResult) -> AppliedOverlay:
        return cls(file, document, result.actions, result.version)


def applied_side_bytes(
    spec_bytes: bytes,
    spec: dict[str, Any],
    patched: dict[str, Any],
    applied: Sequence[AppliedOverlay],
) -> bytes:
    """:func:`pinned_side_bytes`, byte for byte, from work the caller has done already.

    *spec* is *spec_bytes* as parsed by the safe loader (JSON), *applied* the overlay files
    in order, each applied strictly to the result of the ones before, and *patched* the
    last one's result. Applying the files in turn is applying their actions in turn, so
    the combined overlay's result is *patched*, with each action's index counted across
    the files: the overlays are neither read nor applied a second time (the pipeline's
    largest repeated step).
    """
    if not applied:
        raise DriftCheckError("overlay: no overlay document given")
    label = "pinned spec"
    checked = check_structure(spec, label=label)
    check_refs(checked, label=label)
    version = checked["info"].get("version")
    base = LoadedSpec(
        checked,
        version if isinstance(version, str) else None,
        hashlib.sha256(spec_bytes).hexdigest(),
        label,
        spec_bytes,
    )
    anchors: list[Anchor | None] = []
    for one in applied:
        file = display_path(one.file)
        found = overlay_action_lines(one.file.read_text("utf-8"))
        actions = one.document.get("actions") or ()
        anchors += (
            [Anchor(file, line) for line in found]
            if len(found) == len(actions)
            else [None] * len(actions)
        )
    combined = dict(applied[0].document)
    combined["actions"] = [a for one in applied for a in (one.document.get("actions") or ())]
    overlay = Overlay(combined, anchors)
    if len({one.version for one in applied}) != 1:
        # The combined overlay applies every action by the first file's version's rules:
        # files of other versions are applied as the check applies them.
        return side_bytes(
            _derive(base, overlay, _patch_pinned(base, combined)), [one.file for one in applied]
        )
    reports: list[ActionReport] = []
    for one in applied:
        offset = len(reports)
        reports += [replace(a, index=a.index + offset) for a in one.actions]
    result = OverlayResult(patched, tuple(reports), applied[0].version)
    check_refs(result.document, label="pinned spec with the overlay applied")
    return side_bytes(_derive(base, overlay, result), [one.file for one in applied])


def pinned_patched() -> dict[str, Any]:
    """The package's pinned spec with its own overlays applied (a copy)."""
    side = _pinned_side(None, None, timeout=DEFAULT_TIMEOUT, max_bytes=DEFAULT_MAX_BYTES)
    return copy.deepcopy(side.result.document)


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


def _raw_only(
    finding: Finding, found: Sequence[ActionScope], redundant: set[int], converged: bool
) -> Finding:
    """A change seen only in the raw documents: the overlay hides it from the client."""
    level, message = finding.level, finding.message
    if found and (all(s.index in redundant for s in found) or converged):
        level = Level.INFO
        message += "; the published spec now says what the overlay says here"
    elif found and level is Level.ERR:
        # The generated client does not change, but the vendor moved under one of the
        # overlay's fixes, which may now be wrong.
        level = Level.WARN
        message += "; the overlay overrides this spot: check its fix still holds"
    elif found:
        message += "; the overlay overrides this spot"
    return replace(finding, level=level, message=message)


def _merge(
    raw: list[Finding],
    patched: list[Finding],
    *,
    scopes: Sequence[ActionScope],
    redundant: set[int],
    converged: Callable[[Finding], bool],
) -> list[tuple[Finding, list[ActionScope]]]:
    """One finding per (rule, operation, location), judged as the generated client sees it;
    *patched* (spec before examples) wins over *raw*."""
    merged: dict[tuple[str, str, str], tuple[Finding, list[ActionScope]]] = {}
    for finding in patched:
        # The spec's own statement wins over what the examples suggest.
        merged.setdefault(finding.key, (finding, touching(scopes, finding.pointers)))
    for finding in raw:
        if finding.key in merged or RULES[finding.rule].patched_only:
            continue
        found = touching(scopes, finding.pointers)
        merged[finding.key] = (_raw_only(finding, found, redundant, converged(finding)), found)
    return list(merged.values())


def _same_version(base: LoadedSpec, revision: LoadedSpec) -> list[Finding]:
    if (
        base.version is None
        or base.version != revision.version
        or base.sha256 == revision.sha256
        or base.document == revision.document
    ):
        return []
    message = (
        f"both say info.version {base.version!r} but the content differs (sha256 "
        f"{base.sha256[:12]} vs {revision.sha256[:12]}): the vendor changed the spec without "
        "a version bump, so a version pin alone does not detect it"
    )
    rule = "spec-changed-same-version"
    return [Finding(rule, Level.WARN, None, "info.version", message, ("/info/version",))]


# ------------------------------------------------------------------ the caller's view


@dataclass(slots=True)
class _Context:
    """What turns findings into the report's changes."""

    client: ClientMap
    overlay: Overlay
    scopes: Sequence[ActionScope]
    pinned_file: str | None
    pinned_lines: Callable[[], dict[str, int]]

    def anchor(self, actions: Sequence[ActionScope], pointers: Iterable[str]) -> Anchor | None:
        """The overlay action a change sits under, else its spot in the pinned spec."""
        if actions and actions[0].index < len(self.overlay.anchors):
            found = self.overlay.anchors[actions[0].index]
            if found is not None:
                return found
        if self.pinned_file is None:
            return None
        pointer = next(iter(pointers), "")
        return Anchor(self.pinned_file, line_of(self.pinned_lines(), pointer))

    def calls(self, methods: Sequence[str]) -> str:
        """How the impact sentence names *methods*."""
        if methods and set(self.client.all_methods) <= set(methods):
            return "every SDK method"
        more = f" and {len(methods) - 4} more" if len(methods) > 4 else ""
        return ", ".join(methods[:4]) + more if methods else "no SDK method"

    def change(self, finding: Finding, actions: Sequence[ActionScope]) -> Change:
        """The public change: the finding in the caller's and the maintainer's terms."""
        # A renamed operation is known to the client by its old name; a renamed field's
        # renamed_from is a location.
        moved = finding.renamed_from if finding.rule == "api-operation-renamed" else None
        displays: Sequence[str | None] = [moved or finding.operation, finding.related]
        if finding.operation is None:
            displays = sorted(self.client.operations_at(finding.pointers))
        methods = self.client.methods(displays, finding.helpers)
        rule = RULES[finding.rule]
        return Change(
            id=finding.rule,
            level=finding.level,
            operation=finding.operation,
            location=finding.location,
            message=finding.message,
            overlay_actions=tuple(OverlayRef(s.index, s.description) for s in actions),
            source=finding.source,
            methods=tuple(methods),
            fields=tuple(self.client.fields(finding.pointers, finding.location)),
            impact=impact_for(rule, finding.level, self.calls(methods)),
            advice=advice_for(rule, finding.level),
            renamed_from=finding.renamed_from,
            related=finding.related,
            anchor=self.anchor(actions, finding.pointers),
        )

    def overlay_finding(self, issue: OverlayIssue) -> OverlayFinding:
        """An overlay-health finding with the methods generated from what it patches."""
        scope = next((s for s in self.scopes if s.index == issue.index), None)
        displays = self.client.operations_at(scope.exact if scope else ())
        anchor = self.anchor([scope], sorted(scope.exact)) if scope else None
        return OverlayFinding(
            issue.rule,
            issue.level,
            issue.index,
            issue.target,
            issue.description,
            issue.kind,
            issue.message,
            methods=tuple(self.client.methods(sorted(displays))),
            anchor=anchor,
        )


def _moves(change: Change, overlay: Mapping[str, Any]) -> Change:
    """A rename lists the overlay actions whose targets must follow it."""
    if change.id != "api-operation-renamed" or not change.renamed_from or not change.operation:
        return change
    old_path = change.renamed_from.split(" ", 1)[1]
    new_path = change.operation.split(" ", 1)[1]
    actions = list(overlay.get("actions") or ())
    moves = []
    for index, action in enumerate(actions):
        target = action.get("target") if isinstance(action, dict) else None
        if isinstance(target, str) and f"'{old_path}'" in target:
            new = target.replace(f"'{old_path}'", f"'{new_path}'")
            moves.append(OverlayMove(index, target, new))
    refs = {r.index: r for r in change.overlay_actions}
    refs.update({m.index: OverlayRef(m.index, _description(actions[m.index])) for m in moves})
    return replace(
        change,
        overlay_moves=tuple(moves),
        overlay_actions=tuple(refs[i] for i in sorted(refs)),
    )


def _description(action: Any) -> str | None:
    text = action.get("description") if isinstance(action, dict) else None
    return text if isinstance(text, str) else None


def _in_scope(used: set[str], client: ClientMap) -> Callable[[Change], bool]:
    used_methods = set(client.methods(sorted(used)))

    def keep(change: Change) -> bool:
        if change.operation is None:
            return True
        ops = {change.operation, change.renamed_from, change.related}
        return bool(ops & used) or bool(used_methods & set(change.methods))

    return keep


# ------------------------------------------------------------------------ entry point


@dataclass(frozen=True, slots=True)
class _Passes:
    raw: list[Finding]
    patched: list[Finding]
    """The patched comparison, then the examples (in that order of precedence)."""
    base_patched: dict[str, Any]
    rev_patched: dict[str, Any]
    health: list[OverlayIssue]
    scopes: list[ActionScope]


def _same_documents(base: LoadedSpec, revision: LoadedSpec) -> bool:
    # The same bytes, both read as bytes: neither dict equality nor the sha256 of a parsed
    # document's canonical form would do (some rules judge the order of members).
    from_bytes = base.body is not None or base.source == PINNED_SOURCE
    return from_bytes and revision.body is not None and base.sha256 == revision.sha256


def _compare(side: PinnedSide, revision: LoadedSpec) -> _Passes:
    """The three passes, overlay health, and where each overlay action writes."""
    base, overlay, pinned_result = side.base, side.overlay, side.result
    if _same_documents(base, revision):
        # The published spec says what the pinned one says (the usual answer of a nightly
        # check): the overlay patches it the same way, every pass compares equal documents
        # and every action writes where it does in the pinned ones: the pinned side
        # stands for both.
        patched_doc = pinned_result.document
        scopes = action_scopes(overlay.document, [], known=side.pointers)
        return _Passes([], [], patched_doc, patched_doc, [], scopes)
    published_run = apply_to_published(revision.document, overlay.document)
    base_patched, rev_patched = pinned_result.document, published_run.result.document
    reads = side.reads
    # What the project relies on is declared in the overlay: both passes read it there.
    relied = relied_on_extensions(base_patched)
    raw = diff_documents(
        base.document, revision.document, client_reads=reads, relied_extensions=relied
    )
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
        patched = [broken, *diff_examples(base.document, revision.document, client_reads=reads)]
    else:
        patched = [
            *diff_documents(
                base_patched,
                rev_patched,
                client_reads=reads,
                relied_extensions=relied,
                compare_renamed=False,
                renames=[
                    (f.renamed_from, f.operation, f.why)
                    for f in raw
                    if f.rule == "api-operation-renamed" and f.renamed_from and f.operation
                ],
            ),
            *diff_examples(base_patched, rev_patched, client_reads=reads),
        ]
    health = overlay_health(
        pinned_result, published_run, overlay.document, base.document, revision.document
    )
    scopes = action_scopes(overlay.document, [revision.document, rev_patched], known=side.pointers)
    patched = [*_same_version(base, revision), *patched]
    return _Passes(raw, patched, base_patched, rev_patched, health, scopes)


def check_drift(
    against: SpecSource | None = None,
    *,
    pinned: SpecSource | None = None,
    overlay: OverlaySource | Sequence[OverlaySource] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    scope: Scope = "all",
    methods: Iterable[str] = (),
    save: str | os.PathLike[str] | None = None,
) -> DriftReport:
    """Compare the pinned spec with the published one; see the module docstring.

    Args:
        against: the published spec: an http(s) URL, a JSON file, or a parsed document.
            Default: :data:`DEFAULT_URL`.
        pinned: the spec the client was generated from. Default: the copy shipped in
            this package.
        overlay: the overlay (path or parsed document), or several applied in order as one.
            Default: every overlay the package ships, in the generator's order.
        timeout: HTTP timeout in seconds when *against* is a URL.
        max_bytes: largest spec accepted.
        scope: ``"all"`` (every change) or ``"used"``: only changes to the operations the
            SDK's hand-written helpers use (``x-telegent-helpers`` in the overlay) or, when
            *methods* are given, those methods use; document-wide changes always count.
        methods: SDK methods (``orders.wait``, ``numbers.list``); implies ``scope="used"``.
        save: write the published spec, as read, to this file (to reuse it in later steps).

    Raises:
        DriftCheckError: the check could not run (unreachable URL, non-2xx answer, not
            JSON, not OpenAPI 3, an external or dangling ``$ref``, a broken overlay, an
            unknown method name).
        ValueError: *timeout* or *max_bytes* is not positive, or *scope* is unknown.
    """
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes!r}")
    if scope not in ("all", "used"):
        raise ValueError(f"scope must be 'all' or 'used', got {scope!r}")
    side = _pinned_side(pinned, overlay, timeout=timeout, max_bytes=max_bytes)
    base, overlay_doc = side.base, side.overlay
    revision = load_spec(
        DEFAULT_URL if against is None else against,
        role="published",
        timeout=timeout,
        max_bytes=max_bytes,
    )
    if save is not None:
        save_spec(revision, save)
    passes = _compare(side, revision)
    merged = _merge(
        passes.raw,
        passes.patched,
        scopes=passes.scopes,
        redundant={i.index for i in passes.health if i.rule == "overlay-action-redundant"},
        converged=_converged(revision.document, passes.rev_patched),
    )
    client = ClientMap(passes.base_patched, [passes.rev_patched])
    client.aliases = {
        f.operation: f.renamed_from
        for f, _ in merged
        if f.renamed_from and f.operation and f.rule == "api-operation-renamed"
    }
    context = _context(client, overlay_doc, passes.scopes, pinned)
    changes = [_moves(context.change(f, a), overlay_doc.document) for f, a in merged]
    moved = {m.index for c in changes for m in c.overlay_moves}
    findings = [
        context.overlay_finding(i)
        for i in passes.health
        if not (i.rule == "overlay-target-vanished" and i.index in moved)
    ]
    return _report(base, revision, changes, findings, client, scope, methods)


def _context(
    client: ClientMap, overlay: Overlay, scopes: Sequence[ActionScope], pinned: SpecSource | None
) -> _Context:
    path: str | os.PathLike[str] | None
    if pinned is None:
        path = pinned_spec_path()
    elif isinstance(pinned, Mapping) or str(pinned).startswith(("http://", "https://")):
        path = None
    else:
        path = pinned
    cache: dict[str, dict[str, int]] = {}

    def lines() -> dict[str, int]:
        # Computed once, and only when a change has no overlay action to point at.
        if "lines" not in cache:
            assert path is not None
            cache["lines"] = json_pointer_lines(Path(path).read_text("utf-8"))
        return cache["lines"]

    file = display_path(path) if path is not None else None
    return _Context(client, overlay, scopes, file, lines)


def _report(  # noqa: PLR0917 - private, one call site
    base: LoadedSpec,
    revision: LoadedSpec,
    changes: list[Change],
    findings: list[OverlayFinding],
    client: ClientMap,
    scope: Scope,
    methods: Iterable[str],
) -> DriftReport:
    names = [m for m in methods if m.strip()]
    if names or scope == "used":
        try:
            used = client.operations_of(names) if names else client.wrapped()
        except UnknownMethodError as exc:
            raise DriftCheckError(f"--methods: {exc}") from None
        keep = _in_scope(used, client)
        changes = [c for c in changes if keep(c)]
        used_methods = set(client.methods(sorted(used)))
        findings = [o for o in findings if used_methods & set(o.methods)]
        scope = "used"
    return DriftReport(
        pinned=SpecInfo(base.version, base.sha256, base.source),
        published=SpecInfo(revision.version, revision.sha256, revision.source),
        changes=tuple(sorted(changes, key=Change.sort_key)),
        overlay=tuple(sorted(findings, key=OverlayFinding.sort_key)),
        scope=scope,
        all_methods=client.all_methods,
    )
