#!/usr/bin/env python3
"""Regenerate the typed client from the pinned vendor spec and the overlay.

    uv run scripts/regenerate.py              # offline, from the pinned openapi.json
    uv run scripts/regenerate.py --check      # exit 1 (and list files) if an output is stale
    uv run scripts/regenerate.py --fetch [URL|FILE]  # bring in a new spec, then regenerate
    uv run scripts/regenerate.py --fetch FILE --notes body.md  # also write a PR body

Steps: load (or fetch) the spec -> validate it -> apply the overlay (strict) -> validate the
patched spec -> check every name the spec gives (safe identifiers; nothing public named
from a path) -> generate into a staging folder -> compile and import the staged package in
a child process -> swap the staged outputs in. The outputs live in two places: the package
`src/telegent/_generated/` (what runs) and `generated/` (the patched spec and `api.md`).
Nothing in the tree changes until every step has succeeded, so a failure at any step
leaves `openapi.json` and both output places exactly as they were. Two checks run in child
processes while the generator and the drift check's pinned side are computed (the patched
spec's validation, then the import check); a failure is still reported as the first failing
step in the order above.

With --fetch, a spec that differs from the pinned one is also compared with it by the drift
check (old and new, each with the overlay applied); its findings become the CHANGELOG.md
entry, and the next version is proposed from them (ERR: major; a new operation or WARN:
minor; else patch).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://docs.telegent.com/api-reference/openapi.json"
# The vendor's full spec is ~1-2 MB; anything far larger is not a spec.
MAX_SPEC_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_S = 30.0


# Applied after overlay/telegent.overlay.yaml, in this order: the names of the vendor's
# operations and schemas, the response records `telegent spec infer` drafts, then what the
# fake keeps state for (x-telegent-state, OpenAPI links).
EXTRA_OVERLAYS: tuple[str, ...] = (
    "published-names.overlay.yaml",
    "responses.overlay.yaml",
    "state.overlay.yaml",
)


class PipelineError(Exception):
    """A step failed; the message is one line that says which and why."""


def _codegen() -> ModuleType:
    """The surface generator (scripts/codegen), imported from beside this script."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import codegen
    finally:
        sys.path.pop(0)
    return codegen


# The generated package (dotted) and its folder under src/: named once, in scripts/codegen.
PACKAGE: str = _codegen().PACKAGE
PACKAGE_DIR = "src/" + PACKAGE.replace(".", "/")


@dataclass(frozen=True)
class Layout:
    """Where the pipeline reads and writes; tests point it at a scratch copy."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "openapi.json"

    @property
    def overlay(self) -> Path:
        return self.root / "overlay" / "telegent.overlay.yaml"

    @property
    def overlays(self) -> list[Path]:
        """Every overlay, in the order applied: the hand-written one first, then
        ``EXTRA_OVERLAYS`` (each may target what the ones before it made)."""
        return [self.overlay, *(self.root / "overlay" / name for name in EXTRA_OVERLAYS)]

    @property
    def config(self) -> Path:
        return self.root / "generator-config.yaml"

    @property
    def generated(self) -> Path:
        """The pipeline's outputs that are not code: the patched spec and ``api.md``."""
        return self.root / "generated"

    @property
    def package(self) -> Path:
        """The generated package, inside the runtime package's source tree."""
        return self.root / PACKAGE_DIR

    @property
    def outputs(self) -> dict[str, Path]:
        """Every place the pipeline writes, by path relative to the root: regenerated,
        checked and swapped in together."""
        return {"generated": self.generated, PACKAGE_DIR: self.package}

    @property
    def changelog(self) -> Path:
        return self.root / "CHANGELOG.md"

    @property
    def version_file(self) -> Path:
        return self.root / "src" / "telegent" / "_version.py"


@dataclass
class Summary:
    title: str = ""
    version: str = ""
    sha256: str = ""
    operations: int = 0
    models: int = 0
    actions_applied: int = 0
    redundant: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        out = [
            f"spec       {self.title} {self.version}  sha256 {self.sha256}",
            f"operations {self.operations}",
            f"models     {self.models} records",
            f"overlay    {self.actions_applied} actions applied, {len(self.redundant)} redundant",
        ]
        out += [f"  redundant: {r}" for r in self.redundant]
        out += [f"  generator warning: {w}" for w in self.warnings]
        out += self.update
        out.append(f"time       {self.seconds:.2f} s")
        return out


# --------------------------------------------------------------------------- spec input


def parse_spec_bytes(body: bytes, source: str) -> dict[str, Any]:
    """Accept only a JSON OpenAPI 3 document; every refusal is one line naming the source."""
    if len(body) > MAX_SPEC_BYTES:
        raise PipelineError(f"{source}: body is {len(body)} bytes, over the {MAX_SPEC_BYTES} cap")
    if not body.strip():
        raise PipelineError(f"{source}: empty body")
    head = body.lstrip()[:200].lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        raise PipelineError(f"{source}: got HTML, not a JSON OpenAPI document")
    from telegent.spec._safeload import SpecInputError, parse_document

    try:
        # Duplicate keys, nesting depth and syntax are refused with one typed line.
        doc = parse_document(body, label=source)
    except SpecInputError as exc:
        raise PipelineError(str(exc)) from None
    if not isinstance(doc, dict):
        raise PipelineError(f"{source}: JSON top level is {type(doc).__name__}, not an object")
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        found = (doc.get("swagger") and f"swagger {doc['swagger']}") or repr(version)
        raise PipelineError(f"{source}: not an OpenAPI 3 document (openapi: {found})")
    if not isinstance(doc.get("paths"), dict) or not isinstance(doc.get("info"), dict):
        raise PipelineError(f"{source}: OpenAPI document lacks an 'info' or 'paths' object")
    refuse_external_refs(doc, source)
    return doc


def refuse_external_refs(doc: Mapping[str, Any], what: str) -> None:
    """Refuse a `$ref` not starting with '#' before openapi-spec-validator would resolve it."""
    from telegent.spec._safeload import ExternalRefError
    from telegent.spec._safeload import refuse_external_refs as refuse

    try:
        refuse(doc, label=what)
    except ExternalRefError as exc:
        raise PipelineError(str(exc)) from None


def fetch_spec(url: str, *, client: Any = None) -> bytes:
    """Download the published spec through the spec tools' one way in (size cap, one
    overall timeout however slowly the server drips); every failure is a PipelineError."""
    from telegent.spec._safeload import SpecInputError, read_source

    try:
        raw = read_source(
            url, label=url, max_bytes=MAX_SPEC_BYTES, timeout=FETCH_TIMEOUT_S, http_client=client
        )
    except SpecInputError as exc:
        raise PipelineError(str(exc)) from None
    return raw.body


def validate_openapi(doc: Mapping[str, Any], what: str) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(dict(doc))
    except OpenAPIValidationError as exc:
        path = "/".join(str(p) for p in exc.path) or "(root)"  # type: ignore[attr-defined]
        message = str(getattr(exc, "message", exc)).splitlines()[0]
        raise PipelineError(
            f"{what} is not a valid OpenAPI document at {path}: {message}"
        ) from None


def validate_patched(source: Mapping[str, Any], patched: Mapping[str, Any]) -> None:
    """The patched spec must be valid OpenAPI; on failure, say whose fault it is.

    The source is validated only then: a gap the overlay repairs is what the overlay is for,
    and validating a full spec costs about a second (a quarter of the pipeline beyond the
    generator).
    """
    try:
        validate_openapi(patched, "the patched spec")
    except PipelineError as patched_error:
        raise whose_fault(source, patched_error) from None


def whose_fault(source: Mapping[str, Any], patched_error: PipelineError) -> PipelineError:
    """The error to report for an invalid patched spec: the source's own, when the source
    is invalid too; else the patched spec's, blaming the overlay."""
    validate_openapi(source, "the source spec")  # the vendor's document, before the overlay
    return PipelineError(f"{patched_error} (the source spec is valid: an overlay action broke it)")


def dump_json(doc: Mapping[str, Any], what: str = "the patched spec") -> bytes:
    """Stable bytes: keys keep the spec's order (meaningful to readers), fixed indent, final
    newline; never NaN/Infinity or an unwritable integer (a PipelineError naming where)."""
    from telegent.spec._safeload import SpecInputError, dumps_json

    try:
        return dumps_json(doc, label=what).encode("utf-8")
    except SpecInputError as exc:
        raise PipelineError(str(exc)) from None


# --------------------------------------------------------------------------- generation


def apply_overlays(
    spec: Mapping[str, Any], overlay_files: list[Path], summary: Summary
) -> dict[str, Any]:
    """Apply each overlay in turn, strictly (an action matching nothing is an error)."""
    return apply_overlay_files(spec, overlay_files, summary)[0]


def apply_overlay_files(
    spec: Mapping[str, Any], overlay_files: list[Path], summary: Summary
) -> tuple[dict[str, Any], list[Any]]:
    """:func:`apply_overlays`: the patched spec, and what each file did (an
    ``AppliedOverlay`` each, in order: the drift check's pinned side is derived from them).
    Each file's result document is dropped once the next file has been applied to it: a
    full spec each, kept alive for nothing, is work for the garbage collector."""
    from telegent.spec._overlay import OverlayError, apply_overlay, load_overlay
    from telegent.spec.drift.check import AppliedOverlay

    document = dict(spec)
    applied: list[AppliedOverlay] = []
    for overlay_file in overlay_files:
        try:
            overlay = load_overlay(overlay_file)
            result = apply_overlay(document, overlay, strict=True)
        except OverlayError as exc:
            raise PipelineError(f"overlay {overlay_file.name}: {exc}") from None
        summary.actions_applied += sum(1 for a in result.actions if a.changed)
        summary.redundant += [
            f"{overlay_file.name} action {a.index} ({a.target}): "
            f"{(a.description or '').split('.')[0]}"
            for a in result.redundant
        ]
        applied.append(AppliedOverlay.of(overlay_file, overlay, result))
        document = result.document
    return document, applied


def count_operations(doc: Mapping[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in doc.get("paths", {}).values() for m in item if m in methods)


def tree_files(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def output_files(layout: Layout) -> dict[str, bytes]:
    """Every file of every output place, by path relative to the root."""
    return {
        f"{place}/{rel}": data
        for place, path in layout.outputs.items()
        for rel, data in tree_files(path).items()
    }


def build(
    spec_bytes: bytes, layout: Layout, staging: Layout, summary: Summary, *, verify: bool = False
) -> None:
    """Every step up to complete staged outputs: spec -> overlay -> validate -> generate,
    and with ``verify`` the compile-and-import check of the staged package.

    ``staging`` mirrors ``layout``: its output places are filled, nothing else.

    Two checks run in child processes, on the other core, while this one works: the
    patched spec's validation (from the written ``openapi.json``) while the generator runs,
    and the import check while the drift check's pinned side is derived. Their answers are
    taken in the order the steps would run one by one (validation; names and generation;
    the pinned side; import), so a failure is named as it would be then: when a step
    fails, an invalid patched spec is reported as the cause first."""
    spec = parse_spec_bytes(spec_bytes, str(layout.spec))
    summary.sha256 = hashlib.sha256(spec_bytes).hexdigest()
    summary.title = str(spec["info"].get("title", ""))
    summary.version = str(spec["info"].get("version", ""))
    try:
        patched, applied = apply_overlay_files(spec, layout.overlays, summary)
    except PipelineError:
        validate_openapi(spec, "the source spec")  # an invalid source is the root cause
        raise
    refuse_external_refs(patched, "the patched spec")  # an overlay update may add one
    staging.generated.mkdir(parents=True, exist_ok=True)
    patched_file = staging.generated / "openapi.json"
    try:
        patched_file.write_bytes(dump_json(patched))
    except PipelineError:
        validate_patched(spec, patched)  # an invalid patched spec is the root cause
        raise
    validation = start_patched_validation(patched_file)
    check: StagedImport | None = None
    try:
        try:
            # Every name the spec gives is checked here, before the generator writes anything.
            surface = build_surface_files(patched, summary)
            summary.operations = count_operations(patched)
            write_inside(staging.root, surface)
            check = start_staged_import(staging) if verify else None
            write_drift_pinned_side(spec_bytes, spec, patched, applied, staging.generated)
        except Exception:
            validation.wait(spec)  # an invalid patched spec is the root cause
            raise
        validation.wait(spec)
        if check is not None:
            check.wait()
    finally:
        # A step failed before a child answered: its answer is moot, and the tree it
        # reads is about to be deleted.
        validation.stop()
        if check is not None:
            check.stop()


def write_drift_pinned_side(
    spec_bytes: bytes,
    spec: dict[str, Any],
    patched: dict[str, Any],
    applied: list[Any],
    staging: Path,
) -> None:
    """The drift check's pinned side (the pinned spec with the overlays applied, and what
    the check derives from it alone), computed here once rather than on every check:
    ``generated/drift-pinned.json``; a check uses it only while the spec and overlay files'
    sha256 match (telegent.spec.drift.pinned), so --check keeps it current like the rest.
    It is derived from the overlays as applied above (``applied``), not applied again."""
    from telegent.spec.drift import DriftCheckError
    from telegent.spec.drift.check import applied_side_bytes
    from telegent.spec.drift.pinned import SHIPPED_NAME

    try:
        body = applied_side_bytes(spec_bytes, spec, patched, applied)
    except DriftCheckError as exc:
        raise PipelineError(f"drift check's pinned side: {exc}") from None
    (staging / SHIPPED_NAME).write_bytes(body)


def build_surface_files(patched: Mapping[str, Any], summary: Summary) -> dict[str, bytes]:
    """The SDK surface (records, resources, registry, api.md), by path relative to the root:
    openapi-python-client's parser reads the patched spec (its warnings join the summary)
    and the templates render it. A name from the spec that is not a safe identifier stops
    the pipeline here, naming where."""
    codegen = _codegen()
    info = {"title": summary.title, "version": summary.version, "sha256": summary.sha256}
    try:
        generated = codegen.generate(patched, info)
    except ValueError as exc:  # UnsafeNameError included: one line naming the spec location
        raise PipelineError(f"surface: {exc}") from None
    files: dict[str, bytes] = generated.files
    summary.warnings += generated.warnings  # the parser's, read once for the whole surface
    records = f"{codegen.PACKAGE_PATH}/records/"
    summary.models = sum(
        1 for rel in files if rel.startswith(records) and not rel.rsplit("/", 1)[-1].startswith("_")
    )
    # The package's modules go under src/, the rest (api.md) beside the patched spec.
    return {
        (f"src/{rel}" if rel.startswith(codegen.PACKAGE_PATH + "/") else f"generated/{rel}"): data
        for rel, data in files.items()
    }


def write_inside(staging: Path, files: Mapping[str, bytes]) -> None:
    """Write each file under ``staging``; a path that would land outside it is refused (the
    names are checked upstream: this is the last line, not the only one)."""
    root = staging.resolve()
    for rel, data in files.items():
        target = (root / rel).resolve()
        if Path(rel).is_absolute() or not target.is_relative_to(root) or target == root:
            raise PipelineError(f"surface: refusing to write {rel!r}: outside the staging tree")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


# Compiles every staged source (a failure is named as the parent would name it), then
# imports every module of the staged package from the staged tree (not the installed one):
# the package's parent (telegent, installed) is imported first, then looks in the staged
# folder before its own for the generated package. The import runs the code objects just
# compiled (no bytecode is written to the staged tree, so it would compile each again).
_COMPILE_FAILED = 3
_IMPORT_ALL = f"""\\
import importlib, importlib.machinery, pathlib, pkgutil, sys
package_name, root, staged = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
compiled = {{}}
for source in sorted(root.rglob("*.py")):
    try:
        compiled[str(source)] = compile(source.read_bytes(), str(source), "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        print(source.relative_to(root).as_posix(), "does not compile:", exc, file=sys.stderr)
        sys.exit({_COMPILE_FAILED})
get_code = importlib.machinery.SourceFileLoader.get_code
def compiled_code(loader, fullname):
    code = compiled.pop(loader.path, None)
    return get_code(loader, fullname) if code is None else code
importlib.machinery.SourceFileLoader.get_code = compiled_code
parent_name, _, _ = package_name.rpartition(".")
if parent_name:
    parent = importlib.import_module(parent_name)
    assert package_name not in sys.modules, "the parent imports the generated package eagerly"
    parent.__path__.insert(0, staged)
else:
    sys.path.insert(0, staged)
package = importlib.import_module(package_name)
assert package.__file__.startswith(staged), package.__file__
for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(found.name)
"""
IMPORT_TIMEOUT_S = 300.0


class ChildCheck:
    """A check in a child process: started at once, answered by :meth:`wait`, so the
    pipeline goes on meanwhile (on the other core)."""

    timeout_s = IMPORT_TIMEOUT_S

    def __init__(self, code: str, args: list[str], cwd: Path) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        # A file, not a pipe: a child that writes much never blocks on an unread pipe.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self._process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            env=env,
            cwd=cwd,
        )

    def _answer(self, what: str) -> tuple[int, str]:
        """The child's exit code and what it wrote to stderr (a PipelineError on timeout)."""
        try:
            code = self._process.wait(timeout=self.timeout_s)
        except subprocess.TimeoutExpired:
            raise PipelineError(f"{what} in {self.timeout_s:.0f} s") from None
        self._stderr.seek(0)
        return code, self._stderr.read().decode("utf-8", "replace").strip()

    def stop(self) -> None:
        """End the child if it still runs, and release what it held."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._stderr.close()


def _last_line(text: str) -> str:
    return (text.splitlines() or ["(no output)"])[-1]


class StagedImport(ChildCheck):
    """The staged package must compile and import (in a child process) before it replaces
    the committed one: a tree that would fail on the user's first import never goes in."""

    def __init__(self, staged: Layout) -> None:
        package_parent = str(staged.package.parent.resolve())
        super().__init__(
            _IMPORT_ALL, [PACKAGE, str(staged.root.resolve()), package_parent], staged.root
        )

    def wait(self) -> None:
        """Raises: PipelineError naming the file that does not compile or the import error."""
        code, text = self._answer("the staged tree did not import")
        if code == _COMPILE_FAILED:  # the child's one message, as the parent words it
            raise PipelineError(text)
        if code != 0:
            raise PipelineError(f"the staged tree does not import: {_last_line(text)}")


# Validates the patched spec as written by this script's own validate_openapi (loaded
# from its file; the surface generator is not imported): its PipelineError, one message.
_INVALID = 3
_VALIDATE = f"""\\
import importlib.util, json, pathlib, sys
script, patched = sys.argv[1], pathlib.Path(sys.argv[2])
spec = importlib.util.spec_from_file_location("regenerate_validate", script)
module = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = module
spec.loader.exec_module(module)
try:
    module.validate_openapi(json.loads(patched.read_bytes()), "the patched spec")
except module.PipelineError as exc:
    print(exc, file=sys.stderr)
    sys.exit({_INVALID})
"""


class PatchedValidation(ChildCheck):
    """:func:`validate_patched` in a child process, from the patched spec as written."""

    def __init__(self, patched_file: Path) -> None:
        script = str(Path(__file__).resolve())
        super().__init__(_VALIDATE, [script, str(patched_file.resolve())], patched_file.parent)

    def wait(self, source: Mapping[str, Any]) -> None:
        """Raises: PipelineError as :func:`validate_patched` raises it."""
        code, text = self._answer("the patched spec was not validated")
        if code == _INVALID:
            raise whose_fault(source, PipelineError(text))
        if code != 0:
            raise PipelineError(f"the patched spec could not be validated: {_last_line(text)}")


def start_patched_validation(patched_file: Path) -> PatchedValidation:
    return PatchedValidation(patched_file)


def start_staged_import(staged: Layout) -> StagedImport:
    return StagedImport(staged)


def verify_staged(staged: Layout) -> None:
    """The compile-and-import check of a staged tree, waited for."""
    check = start_staged_import(staged)
    try:
        check.wait()
    finally:
        check.stop()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a run, then run once.

    A regeneration builds large acyclic structures (a spec is ~130,000 containers; the
    generator's model of it more) and frees them by reference counting. Their allocation
    alone sets off full collections, each walking every object (~0.15 s, 4 to 6 a run),
    that find next to nothing: a run leaves ~4,000 objects in cycles. One collection at the
    end frees those, within the run, so the process is left as the run found it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@contextmanager
def staging_dir(layout: Layout) -> Iterator[Layout]:
    # Inside the root (the filesystem of both output places), so the swap is renames.
    tmp = Path(tempfile.mkdtemp(prefix=".regen-", dir=layout.root))
    try:
        yield Layout(tmp / "staged")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def swap_in(layout: Layout, staged: Layout, new_spec: bytes | None) -> None:
    """Replace every output place (and openapi.json when fetched) together, or none."""
    backup = Layout(staged.root.parent / "previous")
    moved: list[str] = []  # output places whose old tree is in the backup
    placed: list[str] = []  # output places now holding the staged tree
    try:
        for place, target in layout.outputs.items():
            if target.exists():
                backup.outputs[place].parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, backup.outputs[place])
                moved.append(place)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged.outputs[place], target)
            placed.append(place)
        if new_spec is not None:
            tmp_spec = staged.root.parent / "openapi.json.new"
            tmp_spec.write_bytes(new_spec)
            os.replace(tmp_spec, layout.spec)
    except BaseException:
        for place in placed:
            shutil.rmtree(layout.outputs[place])
        for place in moved:
            os.replace(backup.outputs[place], layout.outputs[place])
        raise


def diff_trees(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """Differences between two sets of outputs, by path relative to the root."""
    lines = []
    for name in sorted(expected.keys() | actual.keys()):
        if name not in actual:
            lines.append(f"missing  {name}")
        elif name not in expected:
            lines.append(f"extra    {name}")
        elif expected[name] != actual[name]:
            lines.append(f"differs  {name}")
    return lines


# --------------------------------------------------------------------------- --fetch: changelog


def read_source(source: str, fetcher: Callable[[str], bytes]) -> bytes:
    """The new spec's bytes: downloaded for an http(s) URL, read for a local file."""
    if re.match(r"^https?://", source, re.I):
        return fetcher(source)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_SPEC_BYTES:
            raise PipelineError(f"{source}: file is {size} bytes, over the {MAX_SPEC_BYTES} cap")
        return path.read_bytes()
    except OSError as exc:
        raise PipelineError(f"{source}: cannot read the spec file ({exc.strerror})") from None


@dataclass
class SpecUpdate:
    """What a --fetch of a changed spec writes besides openapi.json and the outputs."""

    changelog: bytes | None
    notes: str
    lines: list[str]


def current_version(layout: Layout) -> str:
    text = layout.version_file.read_text("utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, re.M)
    if not match:
        raise PipelineError(f"{layout.version_file}: no __version__ = '...' line")
    return match.group(1)


def sdk_changes(layout: Layout, staged: Layout, new_spec: bytes) -> Any:
    """What the update does to the SDK: each operation's method, the signature changes (both
    patched specs through the code generator), relied-on extras dropped, identical code."""
    from telegent.spec._changelog import SdkChanges, extras_removed

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from codegen.compare import sdk_calls, signature_changes
    finally:
        sys.path.pop(0)
    old_patched = json.loads((layout.generated / "openapi.json").read_bytes())
    new_patched = json.loads((staged.generated / "openapi.json").read_bytes())
    old_code, new_code = code_files(layout), code_files(staged)
    return SdkChanges(
        calls=sdk_calls(new_patched),
        signatures=tuple(signature_changes(old_patched, new_patched)),
        extras_removed=tuple(
            extras_removed(json.loads(layout.spec.read_bytes()), json.loads(new_spec))
        ),
        code_identical=old_code == new_code,
    )


# Files that record which spec the code came from (its sha256), not what the code does.
FINGERPRINT_FILES = frozenset({f"{PACKAGE_DIR}/_spec.py"})


def code_files(layout: Layout) -> dict[str, bytes]:
    """The generated Python code, bar the spec fingerprint: what callers run."""
    return {
        rel: data
        for rel, data in output_files(layout).items()
        if rel.endswith(".py") and rel not in FINGERPRINT_FILES
    }


def spec_update(
    layout: Layout, new_spec: bytes, source: str, staged: Layout, today: str
) -> SpecUpdate | None:
    """Drift-check the pinned spec against the new one; the changelog entry and PR notes.

    None when the new spec is the pinned one byte for byte (nothing to record).
    """
    from telegent.spec import DriftCheckError, check_drift
    from telegent.spec._changelog import record_spec_update

    old_spec = layout.spec.read_bytes()
    if old_spec == new_spec:
        return None
    # Files, not parsed documents: the report then names each side by its file's sha256.
    new_file = staged.root.parent / "openapi.fetched.json"
    new_file.write_bytes(new_spec)
    try:
        report = check_drift(new_file, pinned=layout.spec, overlay=layout.overlays)
    except DriftCheckError as exc:
        raise PipelineError(f"drift check: {exc}") from None
    # The report names where the spec came from, not the scratch file it was checked from.
    report = dataclasses.replace(
        report, published=dataclasses.replace(report.published, source=source)
    )
    counts = ", ".join(f"{n} {level}" for level, n in report.summary.items())
    lines = [f"drift      {counts}"]
    if not (layout.version_file.is_file()):
        lines.append(f"changelog  not written: no {layout.version_file} to count the version from")
        return SpecUpdate(None, report.render("markdown"), lines)
    old = layout.changelog.read_text("utf-8") if layout.changelog.is_file() else ""
    sdk = sdk_changes(layout, staged, new_spec)
    update = record_spec_update(
        old, report, current_version=current_version(layout), date=today, sdk=sdk
    )
    lines += [
        f"version    propose {update.version} ({update.bump.label} bump)",
        f"changelog  {layout.changelog.name}: {update.entry.splitlines()[0].lstrip('# ')}",
    ]
    notes = (
        f"Proposed next version: **{update.version}** ({update.bump.label} bump)\n\n"
        f"{update.entry}\n<details><summary>Drift report</summary>\n\n"
        f"{report.render('markdown')}\n</details>\n"
    )
    return SpecUpdate(update.changelog.encode("utf-8"), notes, lines)


def write_spec_update(layout: Layout, update: SpecUpdate, notes_file: Path | None) -> None:
    if update.changelog is not None:
        tmp = layout.changelog.with_name(layout.changelog.name + ".new")
        tmp.write_bytes(update.changelog)
        os.replace(tmp, layout.changelog)
    if notes_file is not None:
        notes_file.write_text(update.notes, "utf-8")


def regenerate(
    layout: Layout,
    *,
    check: bool = False,
    fetch_url: str | None = None,
    fetcher: Callable[[str], bytes] = fetch_spec,
    out: Callable[[str], None] = print,
    notes_file: Path | None = None,
    today: str | None = None,
    source_name: str | None = None,
) -> int:
    """Run the pipeline; returns the process exit code (0 ok, 1 stale with --check, 2 failed)."""
    started = time.perf_counter()
    summary = Summary()
    update: SpecUpdate | None = None
    try:
        new_spec = read_source(fetch_url, fetcher) if fetch_url else None
        spec_bytes = new_spec if new_spec is not None else layout.spec.read_bytes()
        if new_spec is not None:
            parse_spec_bytes(new_spec, fetch_url or "")  # refuse a bad body before any work
        with collector_paused(), staging_dir(layout) as staged:
            build(spec_bytes, layout, staged, summary, verify=not check)
            if check:
                stale = diff_trees(output_files(staged), output_files(layout))
                if stale:
                    places = " and ".join(f"{place}/" for place in layout.outputs)
                    out(f"{places} are stale ({len(stale)} files); run scripts/regenerate.py:")
                    for line in stale:
                        out("  " + line)
                    return 1
                spec = f"{summary.title} {summary.version}, sha256 {summary.sha256[:12]}"
                places = " and ".join(f"{place}/" for place in layout.outputs)
                out(f"{places} are up to date ({spec})")
                return 0
            if new_spec is not None:
                date = today or datetime.now(UTC).date().isoformat()
                source = source_name or str(fetch_url)
                update = spec_update(layout, new_spec, source, staged, date)
            swap_in(layout, staged, new_spec)
            if update is not None:
                write_spec_update(layout, update, notes_file)
                summary.update = update.lines
    except PipelineError as exc:
        print(f"regenerate: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"regenerate: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 2
    summary.seconds = time.perf_counter() - started
    for line in summary.lines():
        out(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 and list files if generated/ or {PACKAGE_DIR}/ is stale",
    )
    parser.add_argument(
        "--fetch",
        nargs="?",
        const=DEFAULT_URL,
        metavar="URL|FILE",
        help=f"bring in a new spec, downloaded (default {DEFAULT_URL}) or from a local file; "
        "it replaces openapi.json, and a changed spec gets a CHANGELOG.md entry from the "
        "drift check and a proposed next version",
    )
    parser.add_argument(
        "--notes",
        type=Path,
        metavar="FILE",
        help="with --fetch: write the changelog entry and the drift report (Markdown, a pull "
        "request body) to FILE when the spec changed",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    # scripts/spec_update.py downloads first (to draft names): the report names the URL.
    parser.add_argument("--source-name", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.check and args.fetch:
        parser.error("--check and --fetch do not combine: --check compares against the pinned spec")
    if args.notes and not args.fetch:
        parser.error("--notes needs --fetch: the notes describe a fetched spec")
    return regenerate(
        Layout(args.root.resolve()),
        check=args.check,
        fetch_url=args.fetch,
        notes_file=args.notes,
        source_name=args.source_name,
    )


if __name__ == "__main__":
    sys.exit(main())
