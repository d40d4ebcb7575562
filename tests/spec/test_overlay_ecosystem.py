"""The overlay engine agrees with the other tools (issue 22), one case per point.

YAML 1.2 core schema, never writing non-JSON, I-Regexp, RFC 9535 shorthand only (the RFC
9535 compliance suite: its 703 cases were run when the shorthand rule was written; the suite
is not copied here), ``$ref`` as data in
``telegent spec apply``, ``file:line:column`` in errors, ``-o`` and the umask, a total
time budget, ``telegent spec`` starting without the client, and ``spec infer`` reading
through the safe loader.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from telegent.spec._infer import SpecShapeError, check_responses
from telegent.spec._infer import main as infer_main
from telegent.spec._safeload import (
    NonJSONNumberError,
    SpecInputError,
    dumps_json,
    load_document,
    refuse_external_refs,
)
from telegent.spec.drift.load import load_spec
from telegent.spec.overlay import Budget, OverlayError, apply_overlay, load_overlay, main
from telegent.spec.overlay._jsonpath import select, strict_target

ROOT = Path(__file__).resolve().parents[2]
TRAITS = Path(__file__).parent / "compliance" / "schema" / "v1.0" / "pass"

SPEC = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}


def overlay(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def write(tmp_path: Path, name: str, content: str | dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------- YAML 1.2 core schema

YAML_VALUES = """\
overlay: 1.1.0
info: {title: t, version: '1'}
actions:
  - target: $.info
    update:
      x-answers: [yes, no, on, off, y, n]
      x-countries: [NO, SE]
      x-octal: 012
      x-time: 1:20
      x-date: 2024-05-01
      x-real: [0o17, 0x1F, 1.5, true, ~]
"""


def test_yaml_is_read_with_the_1_2_core_schema_in_overlays_and_specs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # PyYAML's YAML 1.1 made these [True, False, True, False, ...], [False, "SE"], 10, 80.
    expected = {
        "x-answers": ["yes", "no", "on", "off", "y", "n"],
        "x-countries": ["NO", "SE"],
        "x-octal": 12,
        "x-time": "1:20",
        "x-date": "2024-05-01",
        "x-real": [15, 31, 1.5, True, None],
    }
    ov = write(tmp_path, "o.yaml", YAML_VALUES)
    spec = write(tmp_path, "api.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n")
    code, out, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert (code, err) == (0, "")
    assert {k: v for k, v in json.loads(out)["info"].items() if k.startswith("x-")} == expected
    # A YAML spec is read the same way.
    as_spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nx-enum: [yes, NO, off]\nx-o: 012\n"
    document = load_document(write(tmp_path, "s.yaml", as_spec), formats="json-or-yaml").document
    assert (document["x-enum"], document["x-o"]) == (["yes", "NO", "off"], 12)


# ------------------------------------------------------------------ never write non-JSON


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: .inf", "the number '.inf' is infinite, which JSON cannot hold"),
        ("a: [1, -.Inf]", "the number '-.Inf' is infinite"),
        ("a: .NaN", "the number '.NaN' is NaN"),
        ("a: 1e999", "the number '1e999' is infinite"),
        ('{"a": NaN}', "NaN is not JSON (JSON has no NaN or Infinity)"),
        ('{"a": -Infinity}', "-Infinity is not JSON"),
        ('{"a": 1E400}', "the number '1E400' is infinite"),
    ],
)
def test_numbers_json_cannot_hold_are_refused_on_reading(text: str, fragment: str) -> None:
    with pytest.raises(NonJSONNumberError) as err:
        load_document(text.encode(), label="in.yaml", formats="json-or-yaml")
    assert fragment in str(err.value)
    assert "(line 1, column" in str(err.value)


@pytest.mark.parametrize("text", ["a: " + "7" * 5000, '{"a": ' + "7" * 5000 + "}"])
def test_a_5000_digit_integer_is_a_typed_error_not_a_traceback(text: str) -> None:
    with pytest.raises(SpecInputError) as err:
        load_document(text.encode(), label="in", formats="json-or-yaml")
    assert "an integer of 5000 digits, over the 4300 this tool reads" in str(err.value)
    assert "(line 1, column" in str(err.value)


def test_spec_apply_never_writes_nan_or_infinity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    spec = write(tmp_path, "api.json", SPEC)
    ov = write(tmp_path, "o.yaml", YAML_VALUES.replace("x-octal: 012", "x-max: .inf"))
    code, stdout, err = run(["--overlay", str(ov), str(spec), "-o", str(out)], capsys)
    assert (code, stdout, out.exists()) == (2, "", False)
    assert "o.yaml" in err and "'.inf' is infinite" in err and "line 8, column 14" in err


@pytest.mark.parametrize(
    ("document", "where"),
    [
        ({"a": [1, float("inf")]}, "/a/1: inf is not a JSON number (JSON has no NaN or Infinity)"),
        (
            {"b": {"c/d": float("nan")}},
            "/b/c~1d: nan is not a JSON number (JSON has no NaN or Infinity)",
        ),
        ({"x": 10**5000}, "/x: an integer of more than 4300 digits cannot be written"),
    ],
)
def test_the_json_writer_refuses_non_json_naming_where(document: Any, where: str) -> None:
    with pytest.raises(NonJSONNumberError) as err:
        dumps_json(document, label="the patched spec")
    assert str(err.value) == (
        f"the patched spec: cannot be written as JSON: the value at {where}; nothing was written"
    )


def test_the_pipeline_writer_refuses_non_json() -> None:
    regen = _script("regenerate")
    with pytest.raises(regen.PipelineError, match=r"the value at /info/x: nan is not a JSON"):
        regen.dump_json({"info": {"x": float("nan")}})
    assert regen.dump_json({"a": 1.5}) == b'{\n  "a": 1.5\n}\n'


def test_an_in_memory_overlay_with_nan_is_invalid() -> None:
    with pytest.raises(OverlayError) as err:
        apply_overlay(SPEC, overlay({"target": "$.info", "update": {"x": float("nan")}}))
    assert err.value.problems == (
        "$.actions[0].update.x: nan is not a JSON number (JSON has no NaN or Infinity)",
    )


# ------------------------------------------------------------------------------ I-Regexp

WORDS = {"info": {"title": "t", "version": "1"}, "words": ["Alpha", "beta", "Émile", "\u0661", "7"]}


def selected(query: str, document: Any = WORDS) -> list[Any]:
    return [m.obj for m in select(strict_target(query), document, Budget())]


def test_match_and_search_use_i_regexp() -> None:
    # \p{Lu} (an uppercase letter) is I-Regexp; Python's re silently matched nothing.
    assert selected("$.words[?match(@, '\\\\p{Lu}.*')]") == ["Alpha", "Émile"]
    assert selected("$.words[?search(@, '\\\\p{Lu}')]") == ["Alpha", "Émile"]
    # \d is not I-Regexp (and Python's matched the Arabic-Indic digit too): nothing.
    assert selected("$.words[?match(@, '\\\\d')]") == []
    assert selected("$.words[?match(@, '[0-9]')]") == ["7"]
    # `.` matches any character but line ends, as I-Regexp says.
    assert selected("$[?match(@, 'a.b')]", ["a\rb", "a\nb", "axb"]) == ["axb"]


# --------------------------------------------------------------------- RFC 9535 shorthand


def test_a_dash_in_dot_shorthand_is_refused_naming_the_action_and_the_fix() -> None:
    doc = SPEC | {"x-count": 1}
    with pytest.raises(OverlayError) as err:
        apply_overlay(doc, overlay({"target": "$.info"}, {"target": "$.x-count", "update": 2}))
    assert err.value.action_index == 1
    assert str(err.value) == (
        "overlay action 1 (target '$.x-count'): the target '$.x-count' is not an RFC 9535 "
        "query, and would select nothing or something else in other tools: the shorthand "
        "name .x-count holds '-', which RFC 9535 does not allow in one (letters, digits and "
        "_ only); write ['x-count'] instead"
    )
    result = apply_overlay(doc, overlay({"target": "$['x-count']", "update": 2}))
    assert result.document["x-count"] == 2


def test_the_1_0_traits_example_is_refused_instead_of_selecting_nothing() -> None:
    # Valid by the official schema (its pass case), but not an RFC 9535 query.
    traits = load_overlay(TRAITS / "actions-traits-example.yaml")
    with pytest.raises(OverlayError, match=r"actions-traits-example.yaml:\d+:\d+: overlay action"):
        apply_overlay(SPEC, traits)
    with pytest.raises(OverlayError, match=r"\.x-oai-traits holds '-'.*\['x-oai-traits'\]"):
        apply_overlay(SPEC, traits)


# -------------------------------------------------------------------- $ref is data here

WILDCARD_1_0 = """\
overlay: 1.0.0
info: {title: Update many objects at once, version: 1.0.0}
actions:
  - target: $.paths.*.get
    update:
      x-safe: true
  - target: $.paths.*.get.parameters[?@.name=='filter' && @.in=='query']
    update:
      schema:
        $ref: /components/schemas/filterSchema
"""


def test_spec_apply_treats_refs_as_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The 1.0 text's own Wildcard example, on a spec that holds a local-file $ref.
    filt = {"name": "filter", "in": "query"}
    spec = SPEC | {
        "paths": {
            "/a": {"get": {"parameters": [filt], "responses": {"200": {"$ref": "common.yaml#/R"}}}}
        }
    }
    ov = write(tmp_path, "wildcard.yaml", WILDCARD_1_0)
    code, out, err = run(["--overlay", str(ov), str(write(tmp_path, "api.json", spec))], capsys)
    assert (code, err) == (0, "")
    get = json.loads(out)["paths"]["/a"]["get"]
    assert get["x-safe"] is True
    assert get["parameters"][0]["schema"] == {"$ref": "/components/schemas/filterSchema"}
    assert get["responses"]["200"] == {"$ref": "common.yaml#/R"}  # copied, never read


def test_spec_apply_notes_a_1_0_overlay_applied_by_the_1_1_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ov = overlay(
        {"target": "$.info.title", "update": "Renamed"},
        {"target": "$.tags", "update": [{"name": "c"}]},
        version="1.0.0",
    )
    spec = write(tmp_path, "api.json", SPEC | {"tags": [{"name": "a"}]})
    code, out, err = run(["--overlay", str(write(tmp_path, "o.json", ov)), str(spec)], capsys)
    assert code == 0
    assert json.loads(out)["info"]["title"] == "Renamed"
    assert json.loads(out)["tags"] == [{"name": "a"}, {"name": "c"}]
    assert err.splitlines() == [
        "telegent spec apply: note: overlay action 0 (target '$.info.title'): a primitive "
        "target is replaced, as Overlay 1.1 defines it (Overlay 1.0 does not say)",
        "telegent spec apply: note: overlay action 1 (target '$.tags'): an array update onto "
        "an array is concatenated, as Overlay 1.1 and the major tools do (the 1.0 text "
        "appends it as one element)",
    ]


# ------------------------------------------------------------------- errors say where

BAD_ACTION = """\
overlay: 1.1.0
info:
  title: t
  version: '1'
actions:
  - target: $.info
    update: {x-a: 1}
  - target: $.info.title
    description: replace the title
    update: {a: 1}
"""


def test_an_action_error_says_file_line_column_and_the_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ov = write(tmp_path, "o.yaml", BAD_ACTION)
    code, out, err = run(["--overlay", str(ov), str(write(tmp_path, "api.json", SPEC))], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(
        f"telegent spec apply: error: {ov}:8:5: overlay action 1 (target '$.info.title', "
        "description 'replace the title'): the target selects a str value"
    )


def test_every_schema_problem_says_file_line_column(tmp_path: Path) -> None:
    text = (
        '{"overlay": 1.1, "info": {"title": "t", "version": "1"},\n'
        ' "actions": [{"target": "$.info", "remove": "yes"}]}\n'
    )
    ov = write(tmp_path, "o.json", text)
    with pytest.raises(OverlayError) as err:
        apply_overlay(SPEC, load_overlay(ov))
    assert err.value.problems == (
        f"{ov}:1:13: $.overlay: 1.1 is a number, not a version string (YAML reads an unquoted "
        "1.1 as a number); write the full version, e.g. overlay: 1.1.0",
        f"{ov}:2:45: $.actions[0].remove: 'yes' is not of type 'boolean'",
    )


def test_a_duplicate_key_in_a_json_spec_says_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write(tmp_path, "api.json", '{"openapi": "3.1.0",\n "info": {"a": 1, "a": 2}}')
    ov = write(tmp_path, "o.json", overlay({"target": "$"}))
    code, _, err = run(["--overlay", str(ov), str(spec)], capsys)
    assert code == 2
    assert "duplicate key 'a' in a JSON object (line 2, column 19)" in err


# ------------------------------------------------------------------------ -o and umask


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_permissions_follow_the_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask: int, mode: int
) -> None:
    ov = write(tmp_path, "o.json", overlay({"target": "$.info", "update": {"x": 1}}))
    out = tmp_path / "out.json"
    old = os.umask(umask)
    try:
        code, _, err = run(
            ["--overlay", str(ov), str(write(tmp_path, "a.json", SPEC)), "-o", str(out)], capsys
        )
    finally:
        os.umask(old)
    assert (code, err) == (0, "")
    assert out.stat().st_mode & 0o777 == mode


# ------------------------------------------------------------------ total time budget


class TickingClock:
    """A clock that moves one second each time it is read: no real time passes."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_the_whole_overlay_has_a_time_budget_not_only_each_action() -> None:
    # Each action alone is well within its 100 s; together they pass the 10 s total.
    budget = Budget(max_seconds=100.0, total_seconds=10.0, clock=TickingClock())
    actions = [{"target": "$.info", "update": {f"x-{i}": i}} for i in range(20)]
    with pytest.raises(OverlayError) as err:
        apply_overlay(SPEC, overlay(*actions), budget=budget)
    index = err.value.action_index
    assert index is not None and 0 < index < 20
    assert "the whole overlay may take 10 s" in str(err.value)
    # The same overlay within the default budget applies.
    assert len(apply_overlay(SPEC, overlay(*actions)).actions) == 20


# --------------------------------------------------------- `telegent spec` starts lean


def test_spec_apply_help_starts_without_the_client_or_httpx() -> None:
    run_ = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "telegent", "spec", "apply", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run_.returncode == 0, run_.stderr
    assert run_.stdout.startswith("usage: telegent spec apply")
    imported = {line.rsplit("|", 1)[-1].strip() for line in run_.stderr.splitlines()}
    assert "telegent" in imported  # the measurement works
    assert not {m for m in imported if m == "httpx" or m.startswith("telegent._client")}
    assert "jsonschema" not in imported  # the engine loads when there is work


# ------------------------------------------------------------------------- spec infer


def test_infer_refuses_a_list_valued_responses_with_a_typed_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = SPEC | {"paths": {"/a/{b}": {"get": {"responses": [{"description": "OK"}]}}}}
    with pytest.raises(SpecShapeError, match=r"/paths/~1a~1\{b\}/get/responses is a list"):
        check_responses(spec, label="spec")
    assert infer_main(["--spec", str(write(tmp_path, "api.json", spec))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "responses is a list" in err


def test_infer_reads_through_the_safe_loader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dup = write(tmp_path, "dup.json", '{"openapi": "3.1.0", "paths": {}, "paths": {}}')
    assert infer_main(["--spec", str(dup)]) == 2
    assert "duplicate key 'paths'" in capsys.readouterr().err
    # ...exactly as spec apply refuses it.
    assert (
        main(["--overlay", str(write(tmp_path, "o.json", overlay({"target": "$"}))), str(dup)]) == 2
    )
    assert "duplicate key 'paths'" in capsys.readouterr().err


# --------------------------------------------------- one table of where $ref is data


def test_refs_in_data_are_data_for_every_reader() -> None:
    schema = {
        "type": "object",
        "examples": [{"$ref": "https://example.test/not-a-ref"}],  # JSON Schema examples: data
        "x-note": {"$ref": "other.yaml"},
        "properties": {"$ref": {"type": "string"}},  # a property named $ref
    }
    doc = SPEC | {"components": {"schemas": {"S": schema}}}
    refuse_external_refs(doc, label="spec")  # the safe loader
    load_spec(doc, role="published")  # the drift check
    doc["components"]["schemas"]["S"]["items"] = {"$ref": "other.yaml#/X"}
    with pytest.raises(SpecInputError, match="external \\$ref 'other.yaml#/X'"):
        refuse_external_refs(doc, label="spec")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_eco", ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"{name}_eco"] = module
    spec.loader.exec_module(module)
    return module
