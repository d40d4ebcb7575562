"""The official Overlay test material (tests/spec/compliance, from OAI/Overlay-Specification).

* Every compliant set (1.0 and 1.1 overlays) goes through `telegent spec apply` and must
  give the set's expected output.
* Every schema case is accepted (pass/) or rejected (fail/) by validate_overlay, as the
  OAI's own schema tests say, and a rejection names the field the case is about.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telegent.spec._safeload import load_document
from telegent.spec.overlay import OverlayError, main, validate_overlay

COMPLIANCE = Path(__file__).parent / "compliance"
SETS = sorted(p for p in (COMPLIANCE / "sets").iterdir() if p.is_dir())
SCHEMA_CASES = sorted((COMPLIANCE / "schema").glob("v*/*/*.yaml"))


def read_yaml(path: Path) -> Any:
    return load_document(path, formats="yaml", require_object=False).document


def test_the_material_is_all_there() -> None:
    assert len(SETS) == 8
    versions = {read_yaml(s / "overlay.yaml")["overlay"] for s in SETS}
    assert versions == {"1.0.0", "1.1.0"}
    assert len([c for c in SCHEMA_CASES if c.parts[-2] == "pass"]) == 25
    assert len([c for c in SCHEMA_CASES if c.parts[-2] == "fail"]) == 42


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_compliant_set_through_spec_apply(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    code = main(
        ["--overlay", str(folder / "overlay.yaml"), str(folder / "openapi.yaml"), "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    expected = read_yaml(folder / "output.yaml")
    before = read_yaml(folder / "openapi.yaml")
    assert expected != before  # each set changes something
    assert json.loads(out.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_compliant_set_to_stdout_strict(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Every action of the official sets matches something: strict mode agrees.
    assert (
        main(["--strict", "--overlay", str(folder / "overlay.yaml"), str(folder / "openapi.yaml")])
        == 0
    )
    assert json.loads(capsys.readouterr().out) == read_yaml(folder / "output.yaml")


@pytest.mark.parametrize(
    "case",
    [c for c in SCHEMA_CASES if c.parts[-2] == "pass"],
    ids=lambda p: f"{p.parts[-3]}-{p.stem}",
)
def test_schema_pass_cases_are_accepted(case: Path) -> None:
    validate_overlay(read_yaml(case))


# What each fail case is about: its one problem must start with this (the same for 1.0
# and 1.1; a case missing here fails the test, so new official cases get a reason too).
_ABOUT = {
    "action-copy-invalid-type": "$.actions[0].copy: 100 is not of type 'string'",
    "action-remove-invalid-type": "$.actions[0].remove: 'maybe' is not of type 'boolean'",
    "action-target-invalid-type": "$.actions[0].target: 100 is not of type 'string'",
    "actions-invalid-description": "$.actions[0].description: 10 is not of type 'string'",
    "actions-invalid-target": "$.actions[0].target: 'info.description' does not match",
    "actions-invalid-type": "$.actions: {} is not of type 'array'",
    "actions-item-invalid-type": "$.actions[0]: 123 is not of type 'object'",
    "actions-minimal": "$.actions: [] should be non-empty",
    "actions-missing-target": "$.actions[0]: 'target' is a required property",
    "actions-missing": "$: 'actions' is a required property",
    "actions-not-unique": "$.actions: items must be unique: [1] repeats [0]",
    "extends-invalid-type": "$.extends: {} is not of type 'string'",
    "info-description-invalid-type": "$.info.description: 100 is not of type 'string'",
    "info-invalid-type": "$.info: 'invalid' is not of type 'object'",
    "info-missing-title": "$.info: 'title' is a required property",
    "info-missing-version": "$.info: 'version' is a required property",
    "info-title-invalid-type": "$.info.title: 100 is not of type 'string'",
    "info-version-invalid-type": "$.info.version: False is not of type 'string'",
    "invalid-overlay-version": "$.overlay: ",
    "not-an-object": "$: list is not an object",
    "overlay-invalid-pattern": "$.overlay: ",
    "root-invalid-property": "$: Unevaluated properties are not allowed ('invalidProperty'",
}


@pytest.mark.parametrize(
    "case",
    [c for c in SCHEMA_CASES if c.parts[-2] == "fail"],
    ids=lambda p: f"{p.parts[-3]}-{p.stem}",
)
def test_schema_fail_cases_are_rejected_for_their_reason(case: Path) -> None:
    with pytest.raises(OverlayError) as err:
        validate_overlay(read_yaml(case))
    (problem,) = err.value.problems
    assert problem.startswith(_ABOUT[case.stem]), (case.stem, problem)


def test_a_1_1_field_is_refused_in_a_1_0_overlay() -> None:
    # Version dispatch: copy and info.description are 1.1 only.
    doc = read_yaml(COMPLIANCE / "schema" / "v1.1" / "pass" / "copy-path-item-example.yaml")
    validate_overlay(doc)
    with pytest.raises(OverlayError, match="'copy' was unexpected"):
        validate_overlay(doc | {"overlay": "1.0.0"})
    info = {"title": "t", "version": "1", "description": "d"}
    with pytest.raises(OverlayError, match="'description' was unexpected"):
        validate_overlay(doc | {"overlay": "1.0.0", "info": info, "actions": [{"target": "$"}]})
    validate_overlay(doc | {"info": info})
