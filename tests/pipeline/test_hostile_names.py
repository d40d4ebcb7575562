"""Names from a spec are data until proven safe (issue 22).

Each hostile spec is the pinned one plus one operation (or schema) carrying the attack,
taken in with ``regenerate.py --fetch FILE`` on a scratch copy: the pipeline must refuse it
with one line naming the spec location, exit 2, write nothing outside the tree, run
nothing, and leave the tree as it was.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.pipeline.test_regenerate import ROOT, _snapshot, copy_inputs_and_outputs, regen

MARKER = "pwned.txt"


@pytest.fixture
def repo(tmp_path: Path) -> Any:
    """A scratch copy one level down, so a path escaping it would still land in tmp_path."""
    root = tmp_path / "a" / "b" / "repo"
    root.mkdir(parents=True)
    return copy_inputs_and_outputs(root)


def _payload(tmp_path: Path) -> str:
    return f"__import__('pathlib').Path({str(tmp_path / MARKER)!r}).write_text('pwned')"


def _with_operation(op: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    spec["paths"]["/v1.0/numbers/hostile"] = {
        "get": {
            "tags": ["Numbers"],
            "summary": "Hostile",
            "responses": {"200": {"description": "OK"}},
            **op,
        }
    }
    spec["components"]["schemas"].update(schemas or {})
    return spec


def _record(title: str) -> dict[str, Any]:
    return {"title": title, "type": "object", "properties": {"Value": {"type": "string"}}}


def _returns(key: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{key}"}
    return {"200": {"description": "OK", "content": {"application/json": {"schema": ref}}}}


# name -> (spec from tmp_path, what the refusal must say)
CASES: dict[str, tuple[Callable[[Path], dict[str, Any]], str]] = {
    "resource-path-traversal": (
        lambda t: _with_operation(
            {"operationId": "escape", "x-telegent-resource": "../../../escaped"}
        ),
        "x-telegent-resource '../../../escaped' is refused (a path, not a name)",
    ),
    "code-in-method-name": (
        lambda t: _with_operation(
            {
                "operationId": "pwn",
                "x-telegent-method": f"pwn(self): pass\n    {_payload(t)}\n    async def pwn2",
            }
        ),
        "pwn(self): pass",
    ),
    "code-in-operation-id": (
        lambda t: _with_operation({"operationId": f"x(): {_payload(t)}"}),
        "is refused (not a Python identifier)",
    ),
    "keyword-method": (
        lambda t: _with_operation({"operationId": "getIt", "x-telegent-method": "class"}),
        "x-telegent-method 'class' is refused (a Python keyword)",
    ),
    "soft-keyword-resource": (
        lambda t: _with_operation({"operationId": "getIt", "x-telegent-resource": "match"}),
        "x-telegent-resource 'match' is refused (a Python keyword)",
    ),
    "dunder-method": (
        lambda t: _with_operation({"operationId": "getIt", "x-telegent-method": "__init__"}),
        "'__init__' is refused (a dunder name)",
    ),
    "title-None": (
        lambda t: _with_operation(
            {"operationId": "getNone", "responses": _returns("Hostile")},
            {"Hostile": _record("None")},
        ),
        "components.schemas['Hostile']: record name 'None' is refused (a Python keyword)",
    ),
    "title-shadowing-an-import": (
        lambda t: _with_operation(
            {"operationId": "getRecord", "responses": _returns("Hostile")},
            {"Hostile": _record("Record")},
        ),
        "record name 'Record' is refused",
    ),
    "schema-key-path": (
        lambda t: _with_operation(
            {"operationId": "getKey", "responses": _returns("..escaped")},
            {"..escaped": {"type": "object", "properties": {"A": {"type": "string"}}}},
        ),
        "record name '..escaped' is refused",
    ),
    "property-name": (
        lambda t: _with_operation(
            {
                "operationId": "getProp",
                "parameters": [
                    {
                        "name": "Id",
                        "in": "query",
                        "schema": {"type": "string"},
                        "x-telegent-name": f"x=({_payload(t)})",
                    }
                ],
            }
        ),
        "query parameter 'Id': x-telegent-name",
    ),
    "named-from-path": (
        lambda t: _with_operation({}),
        "a public method is never named from its path",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_name_is_refused_naming_where_and_nothing_changes(
    case: str, repo: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = CASES[case]
    spec_file = tmp_path / "hostile.json"
    spec_file.write_text(json.dumps(make(tmp_path)), "utf-8")
    outside = _snapshot(tmp_path)
    code = regen.regenerate(repo, fetch_url=str(spec_file), out=lambda _: None)
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert len(err.splitlines()) == 1, err
    assert "paths['/v1.0/numbers/hostile'].get" in err or "components.schemas" in err, err
    assert expected in err, err
    assert _snapshot(tmp_path) == outside  # the repo copy and everything around it as they were
    assert not (tmp_path / MARKER).exists()


def test_the_command_line_refuses_a_path_traversal_with_exit_2(repo: Any, tmp_path: Path) -> None:
    spec_file = tmp_path / "hostile.json"
    spec_file.write_text(json.dumps(CASES["resource-path-traversal"][0](tmp_path)), "utf-8")
    before = _snapshot(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--root", str(repo.root)]
        + ["--fetch", str(spec_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "x-telegent-resource '../../../escaped' is refused" in done.stderr
    assert _snapshot(tmp_path) == before
    assert not list(tmp_path.rglob("escaped*"))


def test_a_surface_file_outside_the_staging_tree_is_refused(tmp_path: Path) -> None:
    staging = tmp_path / "stage" / "generated"
    staging.mkdir(parents=True)
    for rel in ("../escaped.py", "a/../../escaped.py", str(tmp_path / "abs.py")):
        with pytest.raises(regen.PipelineError, match="outside the staging tree"):
            regen.write_inside(staging, {rel: b"x = 1\n"})
    assert sorted(p.name for p in tmp_path.rglob("*.py")) == []


def test_a_staged_tree_that_does_not_import_never_replaces_generated(
    repo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = regen.build_surface_files

    def with_broken_module(patched: Any, summary: Any) -> dict[str, bytes]:
        files = dict(real(patched, summary))
        files["src/telegent/_generated/broken.py"] = b"raise ImportError('staged tree broken')\n"
        return files

    monkeypatch.setattr(regen, "build_surface_files", with_broken_module)
    before = _snapshot(repo.root)
    code = regen.regenerate(repo, out=lambda _: None)
    err = capsys.readouterr().err
    assert code == 2
    assert "the staged tree does not import: ImportError: staged tree broken" in err, err
    assert _snapshot(repo.root) == before


def test_a_staged_tree_that_does_not_compile_never_replaces_generated(
    repo: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = regen.build_surface_files

    def with_bad_syntax(patched: Any, summary: Any) -> dict[str, bytes]:
        return {**real(patched, summary), "src/telegent/_generated/bad.py": b"def (:\n"}

    monkeypatch.setattr(regen, "build_surface_files", with_bad_syntax)
    before = _snapshot(repo.root)
    assert regen.regenerate(repo, out=lambda _: None) == 2
    assert "src/telegent/_generated/bad.py does not compile" in capsys.readouterr().err
    assert _snapshot(repo.root) == before
