"""Hostile specs and overlays through the tools people run: regenerate.py and the engine.

* scripts/regenerate.py refuses external $refs before openapi-spec-validator (which would
  resolve them: read a local file, make a request) sees the document; a local server
  records that no request was made.
* A pathological JSONPath target ends quickly with an error naming the action.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from telegent.spec.overlay import Budget, OverlayError, apply_overlay, validate_overlay

from ._bounded import ends_within
from ._http import local_server

ROOT = Path(__file__).resolve().parents[2]


def _regenerate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "regenerate_hostile", ROOT / "scripts" / "regenerate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate_hostile"] = module
    spec.loader.exec_module(module)
    return module


regen = _regenerate_script()


def api_with_ref(ref: str) -> dict[str, Any]:
    """A valid OpenAPI 3.0 document whose one response schema is *ref*."""
    ok = {"description": "OK", "content": {"application/json": {"schema": {"$ref": ref}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": ok}}}},
    }


def layout(tmp_path: Path, overlay: dict[str, Any] | None = None) -> Any:
    root = tmp_path / "repo"
    (root / "overlay").mkdir(parents=True)
    (root / "openapi.json").write_text(json.dumps(api_with_ref("#/components/schemas/A")))
    body = overlay or {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [{"target": "$"}],
    }
    (root / "overlay" / "telegent.overlay.yaml").write_text(json.dumps(body))
    return regen.Layout(root)


def fetch_refusal(tmp_path: Path, body: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> str:
    scratch = layout(tmp_path)
    before = scratch.spec.read_bytes()
    code = ends_within(
        120,
        lambda: (
            pytest.fail(f"exit {code_}")
            if (
                code_ := regen.regenerate(
                    scratch,
                    fetch_url="https://docs.test/openapi.json",
                    fetcher=lambda _u: json.dumps(body).encode(),
                    out=lambda _l: None,
                )
            )
            != 2
            else None
        ),
    )
    assert code is None, code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("regenerate: error: ")
    assert scratch.spec.read_bytes() == before  # nothing replaced
    return err


def test_fetch_refuses_a_file_ref_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text('{"A": {"type": "string", "description": "s3cr3t-value"}, "B": 1}')
    ref = secret.as_uri() + "#/B"
    err = fetch_refusal(tmp_path, api_with_ref(ref), capsys)
    assert f"external $ref {ref!r}" in err
    assert "/paths/~1x/get/responses/200/content/application~1json/schema" in err
    assert "s3cr3t" not in err


def test_fetch_refuses_an_http_ref_without_a_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with local_server() as server:
        server.routes["/schema.json"] = b'{"A": {"type": "string"}}'
        ref = server.url("/schema.json") + "#/A"
        err = fetch_refusal(tmp_path, api_with_ref(ref), capsys)
        assert server.hits == []
    assert f"external $ref {ref!r}" in err


def test_an_overlay_cannot_smuggle_an_external_ref_into_validation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with local_server() as server:
        ref = server.url("/schema.json")
        server.routes["/schema.json"] = b'{"type": "string"}'
        ov = {
            "overlay": "1.0.0",
            "info": {"title": "t", "version": "1"},
            "actions": [
                {
                    "target": "$.paths['/x'].get.responses['200'].content['application/json']",
                    "update": {"schema": {"$ref": ref}},
                }
            ],
        }
        scratch = layout(tmp_path, ov)
        spec = api_with_ref("#/components/schemas/A") | {
            "components": {"schemas": {"A": {"type": "object"}}}
        }
        spec["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {}
        scratch.spec.write_text(json.dumps(spec))
        code = regen.regenerate(scratch, out=lambda _l: None)
        assert server.hits == []
    assert code == 2
    err = capsys.readouterr().err
    # Refused where the overlay is read (the patched spec is checked again, in depth).
    assert f"external $ref {ref!r} at /actions/0/update/schema" in err


# ------------------------------------------------------------------------ JSONPath work


def large_spec(operations: int = 400) -> dict[str, Any]:
    """~30,000 nodes, shaped like an OpenAPI description."""
    props = {f"f{i}": {"type": "string", "description": f"field {i}"} for i in range(8)}
    paths = {
        f"/v1/r{i}": {
            "get": {
                "operationId": f"op{i}",
                "parameters": [{"name": "p", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"type": "object", "properties": props}}
                        }
                    }
                },
            }
        }
        for i in range(operations)
    }
    return {"openapi": "3.0.3", "info": {"title": "big", "version": "1"}, "paths": paths}


def overlay_with(target: str) -> dict[str, Any]:
    return {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"target": "$.info", "update": {"x": 1}},
            {"target": target, "description": "everything", "update": {"x": 1}},
        ],
    }


@pytest.mark.parametrize("target", ["$..*..*..*..*", "$[?@..*..*..*..*]", "$..[?@..a && @..b]"])
def test_a_pathological_target_is_refused_before_it_runs(target: str) -> None:
    # Inside a filter, a sub-query runs once per candidate node, beyond any meter: such
    # queries are refused by their shape, instantly, whatever the document.
    error = ends_within(60, lambda: apply_overlay(large_spec(), overlay_with(target)))
    assert isinstance(error, OverlayError), repr(error)
    (problem,) = error.problems
    assert problem.startswith(f"$.actions[1].target: {target!r} is too costly: ")


def test_a_costly_target_ends_at_the_budget_naming_the_action() -> None:
    target = "$..*..*"  # allowed by shape; ~10x the document's nodes on this one
    error = ends_within(120, lambda: apply_overlay(large_spec(), overlay_with(target)))
    assert isinstance(error, OverlayError), repr(error)
    assert error.action_index == 1
    assert f"overlay action 1 (target {target!r}, description 'everything')" in str(error)
    # Whichever budget runs out first on this machine: 100,000 nodes or 5 s.
    assert "the query is too costly for this document" in str(error)


def test_the_time_budget_uses_the_injected_clock() -> None:
    ticks = iter(range(10**9))  # every reading of the clock is one second later
    budget = Budget(max_nodes=10**9, max_seconds=3, clock=lambda: float(next(ticks)))
    ov = {
        "overlay": "1.1.0",
        "info": {"title": "t", "version": "1"},
        "actions": [{"target": "$..*", "remove": True}],
    }
    with pytest.raises(OverlayError, match=r"'\$\.\.\*' ran longer than 3 s"):
        apply_overlay(large_spec(100), ov, budget=budget)


def test_ordinary_targets_on_a_large_spec_stay_within_the_budget() -> None:
    ov = {
        "overlay": "1.1.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"target": "$.paths.*.get", "update": {"x-seen": True}},
            {"target": "$..properties[?@.type == 'string']", "update": {"maxLength": 10}},
            {"target": "$..*[?@.in == 'query']", "remove": True},
        ],
    }
    result = apply_overlay(large_spec(), ov)
    assert [a.matched for a in result.actions] == [400, 3200, 400]


@pytest.mark.parametrize(
    "target", ["$.paths..responses['500']", "$..[?@..x]", "$..a..b", "$[?@.a && @..b]"]
)
def test_targets_with_up_to_two_descendant_segments_are_accepted(target: str) -> None:
    validate_overlay(overlay_with(target))
