"""scripts/regenerate.py: fetch, validation, atomic swap, determinism, hostile specs."""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import json
import shutil
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest
from pytest_httpx import HTTPXMock

ROOT = Path(__file__).resolve().parents[2]
URL = "https://docs.telegent.com/api-reference/openapi.json"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "scripts" / "regenerate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate"] = module
    spec.loader.exec_module(module)
    return module


regen = _load_script()


def _snapshot(root: Path) -> dict[str, str]:
    """Every file under root (bar caches), by content hash."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def copy_inputs_and_outputs(root: Path) -> Any:
    """The pipeline's inputs and both output places, copied under ``root``."""
    shutil.copy(ROOT / "openapi.json", root / "openapi.json")
    shutil.copy(ROOT / "generator-config.yaml", root / "generator-config.yaml")
    shutil.copytree(ROOT / "overlay", root / "overlay")
    layout = regen.Layout(root)
    for place, target in layout.outputs.items():
        shutil.copytree(ROOT / place, target, ignore=shutil.ignore_patterns("__pycache__"))
    return layout


def _copy_tree(tmp_path: Path) -> Any:
    root = tmp_path / "repo"
    root.mkdir()
    return copy_inputs_and_outputs(root)


@pytest.fixture
def scratch(tmp_path: Path) -> Any:
    """A copy of the pipeline's inputs and outputs, so tests can break things freely."""
    return _copy_tree(tmp_path)


def _run(layout: Any, **kwargs: Any) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = regen.regenerate(layout, out=lines.append, **kwargs)
    return code, lines


# --------------------------------------------------------------------------- offline path


class Regenerated(NamedTuple):
    before: dict[str, str]
    first: tuple[int, list[str], dict[str, str]]
    second: tuple[int, list[str], dict[str, str]]
    root: Path


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Regenerated:
    """Two regenerations of one scratch copy, shared by the tests that only read them."""
    layout = _copy_tree(tmp_path_factory.mktemp("regenerated"))
    before = _snapshot(layout.root)
    runs = []
    for _ in range(2):
        code, lines = _run(layout)
        runs.append((code, lines, _snapshot(layout.root)))
    return Regenerated(before, runs[0], runs[1], layout.root)


@pytest.mark.slow
def test_committed_tree_is_current_and_regeneration_is_byte_identical(
    regenerated: Regenerated,
) -> None:
    (code, lines, first), (code2, _, second) = regenerated.first, regenerated.second
    assert code == 0, lines
    assert code2 == 0
    assert first == second, "two regenerations differ"
    # And both equal the committed tree: generated/ is never stale on main.
    assert first == regenerated.before
    assert not [p for p in regenerated.root.iterdir() if p.name.startswith(".regen-")], (
        "staging left behind"
    )


_HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


@pytest.mark.slow
def test_summary_names_spec_operations_models_and_overlay(regenerated: Regenerated) -> None:
    code, lines, _ = regenerated.first
    text = "\n".join(lines)
    assert code == 0
    sha = hashlib.sha256((ROOT / "openapi.json").read_bytes()).hexdigest()
    assert f"mPaaS Core APIs 1.0.8  sha256 {sha}" in text
    # The count of the patched spec (the vendor's operations, the token re-spelled by the overlay).
    patched = json.loads((ROOT / "generated" / "openapi.json").read_text())
    count = sum(1 for item in patched["paths"].values() for m in item if m in _HTTP_METHODS)
    assert f"operations {count}" in text
    assert "0 redundant" in text
    assert "models     " in text and " s" in lines[-1]


@pytest.mark.slow  # a full regeneration
def test_check_reports_stale_files_in_both_output_places(scratch: Any) -> None:
    victim = scratch.package / "records" / "number_record.py"
    victim.write_text(victim.read_text() + "# edited by hand\n")
    (scratch.package / "stray.py").write_text("x = 1\n")
    (scratch.generated / "api.md").unlink()
    before = _snapshot(scratch.root)
    code, lines = _run(scratch, check=True)
    assert code == 1
    assert "  differs  src/telegent/_generated/records/number_record.py" in lines
    assert "  extra    src/telegent/_generated/stray.py" in lines
    assert "  missing  generated/api.md" in lines
    assert _snapshot(scratch.root) == before, "--check must not write"


def test_the_generated_package_is_inside_the_runtime_package() -> None:
    # One name for it (scripts/codegen), its folder derived; nothing generated elsewhere.
    assert regen.PACKAGE == "telegent._generated"
    assert regen.Layout(ROOT).package == ROOT / "src" / "telegent" / "_generated"
    # Beside the package: the reference, the patched spec, the drift check's pinned side.
    names = sorted(p.name for p in (ROOT / "generated").iterdir())
    assert names == ["api.md", "drift-pinned.json", "openapi.json"]


# `regenerate.py --check` on the real tree is a step of .ci/run, not a test here.


def test_generated_patched_spec_is_committed() -> None:
    patched = json.loads((ROOT / "generated" / "openapi.json").read_text())
    assert patched["servers"] == [{"url": "https://api.telegent.com", "description": "Production"}]


# ------------------------------------------------------------- failures leave the tree alone


@pytest.mark.slow  # a full generation
def test_failure_inside_the_generator_leaves_both_output_places_untouched(
    scratch: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = regen.build_surface_files

    def half_then_fail(patched: Any, summary: Any) -> dict[str, bytes]:
        real(patched, summary)  # a complete generation...
        raise regen.PipelineError("generator: injected failure")  # ...then the step fails

    monkeypatch.setattr(regen, "build_surface_files", half_then_fail)
    # Both places differ from what a regeneration writes: a partial swap would show.
    (scratch.package / "stray.py").write_text("x = 1\n")
    (scratch.generated / "api.md").write_text("stale\n")
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    assert code == 2
    assert _snapshot(scratch.root) == before


class _NoImport:
    """In place of the staged import check, for tests of what comes after it."""

    def __init__(self, staged: Any) -> None:
        pass

    def wait(self) -> None:
        pass

    def stop(self) -> None:
        pass


@pytest.mark.slow  # a full generation
def test_a_failure_while_the_import_check_runs_stops_it_and_leaves_the_tree(
    scratch: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The staged import check runs in a child while the pinned side is derived; a failure
    # there ends the child (it would otherwise import a tree being deleted) and is reported.
    real_build = regen.build_surface_files
    started: list[Any] = []

    def with_slow_module(patched: Any, summary: Any) -> dict[str, bytes]:
        files = dict(real_build(patched, summary))
        files["src/telegent/_generated/slow.py"] = b"import time\ntime.sleep(120)\n"
        return files

    def start(staged: Any) -> Any:
        started.append(regen.StagedImport(staged))
        return started[-1]

    def fail(*_args: Any) -> None:
        raise regen.PipelineError("drift check's pinned side: injected failure")

    monkeypatch.setattr(regen, "build_surface_files", with_slow_module)
    monkeypatch.setattr(regen, "start_staged_import", start)
    monkeypatch.setattr(regen, "write_drift_pinned_side", fail)
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    assert code == 2
    assert "injected failure" in capsys.readouterr().err
    assert len(started) == 1
    assert started[0]._process.returncode is not None  # ended, not left running
    assert started[0]._process.returncode < 0  # killed: it was still importing slow.py
    assert _snapshot(scratch.root) == before
    assert not [p for p in scratch.root.iterdir() if p.name.startswith(".regen-")]


@pytest.mark.slow  # a full generation
def test_a_failure_while_swapping_the_second_place_restores_the_first(
    scratch: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (scratch.package / "stray.py").write_text("x = 1\n")
    (scratch.generated / "api.md").write_text("stale\n")
    real_replace = regen.os.replace
    last_place = list(scratch.outputs.values())[-1]

    def replace(src: Any, dst: Any) -> None:
        staged = ".regen-" in str(src) and "previous" not in Path(src).parts
        if Path(dst) == last_place and staged:
            raise OSError(28, "No space left on device", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(regen.os, "replace", replace)
    monkeypatch.setattr(regen, "start_staged_import", _NoImport)  # the swap is under test
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    assert code == 2
    assert _snapshot(scratch.root) == before
    assert not [p for p in scratch.root.iterdir() if p.name.startswith(".regen-")]


@pytest.mark.slow  # a full regeneration
def test_failure_while_swapping_rolls_back(scratch: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    good = (ROOT / "openapi.json").read_bytes()
    changed = json.loads(good)
    changed["info"]["version"] = "1.0.9"
    body = json.dumps(changed).encode()
    real_replace = regen.os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == scratch.spec:
            raise OSError(28, "No space left on device", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(regen.os, "replace", replace)
    before = _snapshot(scratch.root)
    code, _ = _run(scratch, fetch_url=URL, fetcher=lambda url: body)
    assert code == 2
    assert _snapshot(scratch.root) == before


def test_overlay_target_that_matches_nothing_fails_and_names_the_action(
    scratch: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = json.loads(scratch.spec.read_text())
    del spec["paths"]["/v1.0/numbers/order"]
    before_generated = _snapshot(scratch.generated)
    code, _ = _run(scratch, fetch_url=URL, fetcher=lambda url: json.dumps(spec).encode())
    err = capsys.readouterr().err
    assert code == 2
    assert "/v1.0/numbers/order" in err and "overlay" in err
    assert _snapshot(scratch.generated) == before_generated
    assert json.loads(scratch.spec.read_text()) != spec, "pinned spec replaced despite failure"


def _append_action(layout: Any, action: str) -> None:
    """One more action at the end of the last overlay applied (YAML text, 2-space list)."""
    last = layout.overlays[-1]
    last.write_text(last.read_text() + action)


def test_an_overlay_that_breaks_a_valid_spec_is_named_as_the_cause(
    scratch: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _append_action(scratch, "  - target: $.info\n    remove: true\n")
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "the patched spec is not a valid OpenAPI document" in err, err
    assert "an overlay action broke it" in err, err
    assert _snapshot(scratch.root) == before


@pytest.mark.slow  # a full generation
def test_an_invalid_patched_spec_the_generator_reads_is_still_refused(
    scratch: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # The generator accepts an unknown root member; the validator (in its child process,
    # while the generator runs) does not, and its answer stops the pipeline all the same.
    _append_action(scratch, "  - target: $\n    update:\n      foo: 1\n")
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "the patched spec is not a valid OpenAPI document at (root)" in err, err
    assert "'foo' was unexpected" in err, err
    assert "an overlay action broke it" in err, err
    assert _snapshot(scratch.root) == before


@pytest.mark.slow  # a full generation
def test_a_validation_that_cannot_run_stops_the_pipeline(
    scratch: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Not a verdict on the spec (the validator crashed): never taken as a pass.
    monkeypatch.setattr(regen, "_VALIDATE", "raise SystemExit('validator crashed')")
    before = _snapshot(scratch.root)
    code, _ = _run(scratch)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "the patched spec could not be validated: validator crashed" in err, err
    assert _snapshot(scratch.root) == before


@pytest.mark.slow  # a full regeneration
def test_a_source_gap_the_overlay_repairs_is_accepted(scratch: Any) -> None:
    # The source lacks info.title (invalid OpenAPI); an overlay action puts it back. The
    # overlay exists to patch the vendor's gaps, so only the patched spec must be valid.
    spec = json.loads(scratch.spec.read_text())
    title = spec["info"].pop("title")
    scratch.spec.write_text(json.dumps(spec, indent=2))
    with pytest.raises(regen.PipelineError, match="source spec is not a valid OpenAPI"):
        regen.validate_openapi(spec, "the source spec")
    _append_action(scratch, f"  - target: $.info\n    update:\n      title: {title!r}\n")
    code, lines = _run(scratch)
    assert code == 0, lines
    patched = json.loads((scratch.generated / "openapi.json").read_text())
    assert patched["info"]["title"] == title


def test_an_invalid_source_is_named_before_the_overlay_errors_it_causes(
    scratch: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # Paths gone: overlay actions match nothing, but the root cause is the source itself.
    scratch.spec.write_text(json.dumps({"openapi": "3.0.3", "info": {}, "paths": {}}))
    code, _ = _run(scratch)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "the source spec is not a valid OpenAPI document" in err, err


# --------------------------------------------------------------------------- --fetch


@pytest.mark.slow  # a full regeneration
def test_fetch_accepts_a_served_spec_and_replaces_the_pin(
    scratch: Any, httpx_mock: HTTPXMock
) -> None:
    served = json.loads((ROOT / "openapi.json").read_text())
    served["info"]["version"] = "1.0.9"
    body = json.dumps(served, indent=2).encode()
    httpx_mock.add_response(url=URL, content=body, headers={"content-type": "application/json"})
    code, lines = _run(scratch, fetch_url=URL)
    assert code == 0, lines
    assert scratch.spec.read_bytes() == body
    assert any("1.0.9" in line for line in lines)
    patched = json.loads((scratch.generated / "openapi.json").read_text())
    assert patched["info"]["version"] == "1.0.9"


BAD_BODIES: dict[str, tuple[Callable[[HTTPXMock], None], str]] = {
    "html-404": (
        lambda m: m.add_response(
            url=URL, status_code=404, html="<html><body>Not Found</body></html>"
        ),
        "HTTP 404",
    ),
    "html-200": (
        lambda m: m.add_response(url=URL, html="<!DOCTYPE html><html><body>docs</body></html>"),
        "got HTML",
    ),
    "truncated": (
        lambda m: m.add_response(url=URL, content=(ROOT / "openapi.json").read_bytes()[:5000]),
        "not valid JSON",
    ),
    "yaml": (
        lambda m: m.add_response(url=URL, text="openapi: 3.0.3\ninfo:\n  title: x\n"),
        "YAML",
    ),
    "oversize": (
        lambda m: m.add_response(url=URL, content=b"{" + b" " * (regen.MAX_SPEC_BYTES + 10) + b"}"),
        "cap",
    ),
    "server-error": (lambda m: m.add_response(url=URL, status_code=503, text="busy"), "HTTP 503"),
    "swagger-2": (
        lambda m: m.add_response(url=URL, json={"swagger": "2.0", "paths": {}}),
        "not an OpenAPI 3",
    ),
    "invalid-openapi": (
        lambda m: m.add_response(url=URL, json={"openapi": "3.0.3", "info": {}, "paths": {}}),
        "not a valid OpenAPI document",
    ),
    "unreachable": (
        lambda m: m.add_exception(__import__("httpx").ConnectError("refused"), url=URL),
        "cannot fetch it: refused",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_BODIES))
def test_fetch_refuses_bad_bodies_with_one_line_and_exit_2(
    case: str, scratch: Any, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    arrange, expected = BAD_BODIES[case]
    arrange(httpx_mock)
    before = _snapshot(scratch.root)
    code, _ = _run(scratch, fetch_url=URL)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1, err
    assert err.startswith("regenerate: error: ") and expected in err, err
    assert _snapshot(scratch.root) == before


def test_cli_rejects_check_with_fetch() -> None:
    with pytest.raises(SystemExit) as exc:
        regen.main(["--check", "--fetch"])
    assert exc.value.code == 2


# --------------------------------------------------------------------------- hostile spec

PAYLOAD = "__import__('pathlib').Path({sentinel!r}).write_text('pwned')"


def _hostile_spec(sentinel: str) -> dict[str, Any]:
    run = PAYLOAD.format(sentinel=sentinel)
    breakouts = [
        f'"""\n{run}\n"""',
        f"'''\n{run}\n'''",
        f'"); {run}; ("',
        f'\\"""\n{run}\n#',
        f"{{{{ {run} }}}}",
    ]
    return {
        "openapi": "3.0.3",
        "info": {"title": "hostile", "version": "1", "description": breakouts[0]},
        "servers": [{"url": "https://api.example.test"}],
        "paths": {
            "/x": {
                "post": {
                    "operationId": "doThing",
                    "summary": breakouts[1],
                    "description": breakouts[0],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "title": "Body",
                                    "type": "object",
                                    "description": breakouts[3],
                                    "properties": {
                                        "name": {
                                            "type": "string",
                                            "description": breakouts[0],
                                            "example": breakouts[2],
                                            "default": breakouts[2],
                                        },
                                        f'evil"); {run}; ("': {
                                            "type": "string",
                                            "description": breakouts[4],
                                        },
                                        "mode": {
                                            "type": "string",
                                            "enum": ["a", f'b"); {run}; ("'],
                                        },
                                    },
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": breakouts[0]}},
                }
            }
        },
    }


@pytest.mark.slow  # a generation and an import in a subprocess
def test_hostile_spec_generates_nothing_that_executes(tmp_path: Path) -> None:
    sentinel = tmp_path / "pwned.txt"
    layout = regen.Layout(tmp_path / "repo")
    summary = regen.Summary(title="hostile", version="1", sha256="0" * 64)
    try:  # refusing the spec outright is also safe
        files = regen.build_surface_files(_hostile_spec(str(sentinel)), summary)
    except regen.PipelineError:
        files = {}
    regen.write_inside(layout.root, files)
    generated = sorted(layout.root.rglob("*.py"))
    for source in generated:
        compile(source.read_text(), str(source), "exec")  # still valid Python
    if generated:
        regen.verify_staged(layout)  # imports every generated module, in a child process
    assert not sentinel.exists(), "code from the spec ran"


# --------------------------------------------------------------------------- collector


class _Node:
    def __init__(self) -> None:
        self.other: Any = self


def test_the_collector_is_paused_for_a_run_and_what_cycles_it_left_are_freed() -> None:
    assert gc.isenabled()
    with regen.collector_paused():
        assert not gc.isenabled()
        node = _Node()  # a cycle: only the collector frees it
        ref = weakref.ref(node)
        del node
        assert ref() is not None
    assert gc.isenabled()
    assert ref() is None  # collected when the run ended, not left for later work


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    try:
        with regen.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
