"""New operations get readable names by rule, or the update stops naming the rows to add."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._newer_spec import e911_operations
from tests.release._support import copy_tree

ROOT = Path(__file__).resolve().parents[2]


def _draft_names() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "draft_names_rule", ROOT / "scripts" / "draft_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_names_rule"] = module
    spec.loader.exec_module(module)
    return module


names = _draft_names()


@cache
def _pinned() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    return data


def _with(paths: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(_pinned())
    spec["paths"].update(paths)
    return spec


def _op(summary: str, tag: str = "Numbers") -> dict[str, Any]:
    return {"get": {"tags": [tag], "summary": summary, "responses": {"200": {"description": "OK"}}}}


def test_new_operations_are_named_from_tag_and_summary_never_from_the_path() -> None:
    overlay, drafted = names.draft(_with(e911_operations()))
    got = {(d.label, d.resource, d.method, d.operation_id) for d in drafted}
    assert got == {
        ("GET /v1.0/numbers/e911address", "numbers", "get_e911_address", "getE911Address"),
        (
            "POST /v1.0/numbers/e911address/update",
            "numbers",
            "update_e911_address",
            "updateE911Address",
        ),
    }
    actions = [a for a in overlay["actions"] if "e911address" in a["target"]]
    assert actions[0]["update"]["operationId"] == "getE911Address"
    assert "Drafted by rule" in actions[0]["description"]
    # The request model is named from the operation too, not from its path.
    titles = [a["update"].get("title") for a in actions if "title" in a["update"]]
    assert titles == ["UpdateE911AddressRequest"]


@pytest.mark.parametrize(
    ("paths", "missing"),
    [
        ({"/v1.0/numbers/odd": _op("Frobnicate the numbers")}, ["GET /v1.0/numbers/odd"]),
        ({"/v1.0/numbers/bare": _op("")}, ["GET /v1.0/numbers/bare"]),
        # Two new operations the rule would give the same name: neither is guessed.
        (
            {
                "/v1.0/numbers/a": _op("Get E911 Address"),
                "/v1.0/numbers/b": _op("Get E911 Address"),
            },
            ["GET /v1.0/numbers/b"],
        ),
        # Code in a summary does not become a name.
        ({"/v1.0/numbers/c": _op("Get x(); import os")}, []),
    ],
)
def test_where_no_rule_fits_the_draft_stops_and_names_the_rows(
    paths: dict[str, Any], missing: list[str]
) -> None:
    if not missing:
        _, drafted = names.draft(_with(paths))
        assert [d.method for d in drafted] == ["get_x_import_os"]
        return
    with pytest.raises(names.NoRule) as caught:
        names.draft(_with(paths))
    message = str(caught.value.code)
    for label in missing:
        assert f'    "{label}": ("<operationId>", N, "<method>", N, N),' in message, message


def test_draft_names_runs_without_spec_on_the_pinned_spec() -> None:
    # It crashed on a default path outside the repository.
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "draft_names.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_update_stops_with_the_rows_to_add_and_changes_nothing(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "repo")
    spec_file = tmp_path / "new.json"
    spec_file.write_text(json.dumps(_with({"/v1.0/numbers/odd": _op("Frobnicate numbers")})))
    before = {p: p.read_bytes() for p in (tree / "overlay").iterdir()}
    summary = tmp_path / "summary.md"
    done = subprocess.run(
        [sys.executable, "scripts/spec_update.py", "--url", str(spec_file)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no name for GET /v1.0/numbers/odd" in done.stderr
    text = summary.read_text()
    assert "Spec update stopped: new operations need a name" in text
    assert '"GET /v1.0/numbers/odd": ("<operationId>", N, "<method>", N, N),' in text
    assert {p: p.read_bytes() for p in (tree / "overlay").iterdir()} == before
    assert (tree / "openapi.json").read_bytes() == (ROOT / "openapi.json").read_bytes()
