"""`telegent spec apply --overlay OVERLAY SPEC`: JSON out, -o FILE, --strict, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from telegent.spec._resources import load_pinned_spec, overlay_path
from telegent.spec.overlay import apply_overlay, load_overlay, main

from ._http import local_server
from .test_safeload import ALIAS_BOMB

SPEC_YAML = """\
openapi: 3.1.0
info: {title: Example API, version: 1.0.0}
paths:
  /items:
    get:
      responses:
        200: {description: OK}
"""


def write(tmp_path: Path, name: str, content: str | dict[str, Any]) -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content)
    path.write_text(text, encoding="utf-8")
    return path


def overlay(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_writes_the_patched_document_as_json_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write(tmp_path, "api.yaml", SPEC_YAML)
    ov = write(tmp_path, "o.json", overlay({"target": "$.info", "update": {"description": "d"}}))
    code, out, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["info"] == {"title": "Example API", "version": "1.0.0", "description": "d"}
    assert list(document["paths"]["/items"]["get"]["responses"]) == ["200"]  # a string key
    assert out.endswith("}\n")


def test_the_projects_overlay_on_the_pinned_spec_matches_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "patched.json"
    pinned = tmp_path / "openapi.json"
    pinned.write_text(json.dumps(load_pinned_spec()), encoding="utf-8")
    code, out, _ = run(
        ["--strict", "--overlay", str(overlay_path()), str(pinned), "-o", str(out_file)], capsys
    )
    assert (code, out) == (0, "")
    expected = apply_overlay(load_pinned_spec(), load_overlay(overlay_path()), strict=True).document
    assert json.loads(out_file.read_text(encoding="utf-8")) == expected


def test_unmatched_actions_are_noted_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write(tmp_path, "api.yaml", SPEC_YAML)
    ov = write(
        tmp_path, "o.json", overlay({"target": "$.gone", "description": "old fix", "remove": True})
    )
    code, out, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert code == 0
    assert json.loads(out)["info"]["title"] == "Example API"
    note = "telegent spec apply: note: overlay action 0 (target '$.gone', description 'old fix')"
    assert err == note + " matches nothing\n"
    out_file = tmp_path / "out.json"
    code, out, err = run(["--strict", "--overlay", str(ov), str(spec), "-o", str(out_file)], capsys)
    assert (code, out) == (1, "")
    assert "error: overlay action 0 (target '$.gone'" in err
    assert not out_file.exists()


@pytest.mark.parametrize(
    ("overlay_text", "fragment"),
    [
        ('{"overlay": "1.1.0"}', "not a valid Overlay 1.1 document (2 problems)"),
        ("overlay: 1.1.0\noverlay: 1.0.0\n", "duplicate key 'overlay'"),
        (ALIAS_BOMB, "YAML aliases expand to more than"),
        ("a: !!python/object/apply:os.system ['true']\n", "YAML tag"),
        (
            json.dumps(overlay({"target": "$.info.title", "update": {"a": 1}})),
            "only a primitive value",
        ),
    ],
)
def test_an_invalid_overlay_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], overlay_text: str, fragment: str
) -> None:
    spec = write(tmp_path, "api.yaml", SPEC_YAML)
    ov = write(tmp_path, "bad.overlay.yaml", overlay_text)
    code, out, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("telegent spec apply: error: ")
    assert fragment in err


@pytest.mark.parametrize(
    ("spec_text", "fragment"),
    [
        ("[1, 2]", "the top level must be an object"),
        ('{"openapi": "3.1.0", "openapi": "3.0.0"}', "duplicate key 'openapi'"),
        ('{"a":' * 300 + "1" + "}" * 300, "nested deeper than 200 levels"),
        ('{"a": NaN}', "NaN is not JSON"),
        ('{"a": ' + "9" * 5000 + "}", "an integer of 5000 digits"),
    ],
)
def test_an_invalid_spec_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec_text: str, fragment: str
) -> None:
    spec = write(tmp_path, "api.json", spec_text)
    ov = write(tmp_path, "o.json", overlay({"target": "$"}))
    code, out, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and fragment in err


def test_missing_files_exit_2_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ov = write(tmp_path, "o.json", overlay({"target": "$"}))
    code, _, err = run(["--overlay", str(ov), str(tmp_path / "nope.json")], capsys)
    assert code == 2 and "nope.json" in err and "no such file" in err
    code, _, err = run(["--overlay", str(tmp_path / "gone.yaml"), str(ov)], capsys)
    assert code == 2 and "gone.yaml" in err


def test_spec_and_overlay_from_urls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with local_server() as server:
        server.routes["/api.yaml"] = SPEC_YAML.encode()
        server.routes["/o.json"] = json.dumps(
            overlay({"target": "$.info.title", "update": "New"})
        ).encode()
        code, out, err = run(
            ["--overlay", server.url("/o.json"), server.url("/api.yaml"), "--timeout", "10"], capsys
        )
    assert (code, err) == (0, "")
    assert json.loads(out)["info"]["title"] == "New"
    assert sorted(server.hits) == ["/api.yaml", "/o.json"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["spec.json"])
    assert exit_.value.code == 2
    assert "--overlay" in capsys.readouterr().err


def test_the_telegent_command_dispatches_spec_apply(tmp_path: Path) -> None:
    spec = write(tmp_path, "api.yaml", SPEC_YAML)
    ov = write(tmp_path, "o.json", overlay({"target": "$.info", "update": {"x-y": 1}}))
    done = subprocess.run(
        [sys.executable, "-m", "telegent", "spec", "apply", "--overlay", str(ov), str(spec)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["info"]["x-y"] == 1


@pytest.mark.parametrize(
    ("option", "value"), [("--timeout", "0"), ("--timeout", "soon"), ("--max-bytes", "-5")]
)
def test_bad_limits_are_named(option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--overlay", "o.yaml", "spec.json", option, value])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: {value!r}" in err
