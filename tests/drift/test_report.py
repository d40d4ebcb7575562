"""Report output: the JSON schema, snapshots of the human formats, order, exit codes.

Snapshots live in tests/drift/snapshots/. After an intended change of the output, rewrite
them with ``TELEGENT_UPDATE_SNAPSHOTS=1 uv run pytest tests/drift`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from telegent.spec.drift import (
    RULES,
    Change,
    DriftReport,
    Level,
    OverlayFinding,
    OverlayRef,
    SpecInfo,
    main,
    report_schema,
    rules_markdown,
)

from .helpers import (
    FIXTURES,
    INVENTORY,
    ORDER,
    SNAPSHOTS,
    UPDATE_ENV,
    Doc,
    inventory_records,
    mutated,
    param,
    params,
    run,
)

OVERLAY = str(FIXTURES / "overlay.yaml")


def rich(doc: Doc) -> None:
    """A published spec with something at every level and in the overlay's health."""
    for record in inventory_records(doc):
        record.pop("Iccid")  # ERR: the client reads it
        record["Status"] = "Suspended"  # INFO: forward-compatible typing
    params(doc, INVENTORY).remove(param(doc, INVENTORY, "Filter"))  # WARN
    doc["servers"][0]["url"] = "https://api.telegent.com"  # INFO + redundant action
    doc["paths"][ORDER + "s"] = doc["paths"].pop(ORDER)  # ERR + INFO + vanished targets
    doc["paths"]["/v1.0/numbers/release"] = {"post": {"responses": {"200": {"description": "x"}}}}


@cache
def rich_report() -> DriftReport:
    """Computed once per session: the check takes a second or two on the full spec, and a
    report is frozen, so the tests that read it cannot change it for each other."""
    return run(mutated(rich))


@cache
def no_drift_report() -> DriftReport:
    return run(mutated())


def stable(report: DriftReport, text: str) -> str:
    """The report with what depends on the pinned spec's bytes (its sha256, the published
    one's, lines in openapi.json) as placeholders: the snapshots hold the wording, so taking
    in a newer vendor spec leaves them valid. Lines are checked by the annotation tests."""
    text = text.replace(report.pinned.sha256[:12], "<pinned-sha256>")
    text = text.replace(report.published.sha256[:12], "<published-sha256>")
    return re.sub(r"(file=openapi\.json,line=)\d+", r"\1<line>", text)


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path}; create it with {UPDATE_ENV}=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its snapshot; if intended, rerun with {UPDATE_ENV}=1"
    )


# ------------------------------------------------------------------------------ json


@pytest.mark.parametrize("scenario", ["rich", "none"])
def test_json_output_validates_against_the_shipped_schema(scenario: str) -> None:
    report = rich_report() if scenario == "rich" else no_drift_report()

    document = json.loads(report.render("json"))

    jsonschema.Draft202012Validator.check_schema(report_schema())
    jsonschema.validate(document, report_schema(), cls=jsonschema.Draft202012Validator)
    assert document["summary"] == report.summary
    assert len(document["changes"]) == len(report.changes)


def test_the_schema_lists_exactly_the_registered_rules() -> None:
    schema = report_schema()["$defs"]
    change_ids = set(schema["change"]["properties"]["id"]["enum"])
    overlay_ids = set(schema["overlayFinding"]["properties"]["id"]["enum"])

    assert change_ids | overlay_ids == set(RULES)
    assert overlay_ids == {r for r, rule in RULES.items() if rule.group == "overlay"}


def test_the_schema_rejects_a_malformed_report() -> None:
    document = json.loads(rich_report().render("json"))
    document["changes"][0]["level"] = "FATAL"

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, report_schema(), cls=jsonschema.Draft202012Validator)


def test_json_carries_the_issue_fields() -> None:
    document = json.loads(rich_report().render("json"))

    assert document["pinned"]["version"] == "1.0.8"
    assert len(document["pinned"]["sha256"]) == 64
    assert document["published"]["source"] == "<document>"
    first = document["changes"][0]
    assert set(first) >= {"id", "level", "operation", "location", "message"}
    # The renamed order path is one ERR (not a removal, an addition and four vanished
    # overlay targets).
    assert document["summary"] == {"ERR": 2, "WARN": 1, "INFO": 4}
    renamed = next(c for c in document["changes"] if c["id"] == "api-operation-renamed")
    assert renamed["renamed_from"] == "GET /v1.0/numbers/order"
    assert {m["index"] for m in renamed["overlay_moves"]} == {5, 7, 11, 12}
    # Every change names the SDK methods it affects, but an addition no method calls yet.
    assert all(c["methods"] for c in document["changes"] if c["id"] != "api-path-added")


# ------------------------------------------------------------------------ snapshots


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("text", "rich.txt"), ("markdown", "rich.md"), ("github", "rich.github.txt")],
)
def test_rich_report_matches_its_snapshot(fmt: Any, name: str) -> None:
    check_snapshot(name, stable(rich_report(), rich_report().render(fmt)))


@pytest.mark.parametrize(("fmt", "name"), [("text", "none.txt"), ("markdown", "none.md")])
def test_no_drift_report_matches_its_snapshot(fmt: Any, name: str) -> None:
    check_snapshot(name, stable(no_drift_report(), no_drift_report().render(fmt)))


def test_output_does_not_depend_on_document_order() -> None:
    def reverse(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: reverse(value[k]) for k in reversed(list(value))}
        if isinstance(value, list):
            return [reverse(v) for v in value]
        return value

    straight = rich_report()
    reversed_doc = reverse(mutated(rich))
    shuffled = run(reversed_doc)

    for fmt in ("text", "markdown", "github"):
        assert shuffled.render(fmt).replace(
            shuffled.published.sha256[:12], "<sha>"
        ) == straight.render(fmt).replace(straight.published.sha256[:12], "<sha>")


def test_findings_are_sorted_by_level_then_place() -> None:
    report = rich_report()
    ranks = [c.level.rank for c in report.changes]

    assert ranks == sorted(ranks, reverse=True)
    assert list(report.changes) == sorted(report.changes, key=Change.sort_key)


# ----------------------------------------------------------------------- escaping


def handmade(message: str) -> DriftReport:
    info = SpecInfo("1", "0" * 64, "x")
    change = Change(
        "response-property-removed", Level.WARN, "GET /a", "response.200[x].a|b", message,
        (OverlayRef(3, "Fix | things"),),
    )  # fmt: skip
    finding = OverlayFinding(
        "overlay-target-vanished", Level.ERR, 3, "$.paths['/a']", None, "remove", "gone"
    )
    return DriftReport(info, info, (change,), (finding,))


def test_github_annotations_escape_their_data() -> None:
    lines = handmade("50% of\nit").render("github").splitlines()

    assert lines[0].startswith("::error title=spec drift overlay-target-vanished::")
    assert lines[1].startswith("::warning title=spec drift response-property-removed::")
    assert "50%25 of%0Ait" in lines[1]
    assert lines[-1].startswith("telegent spec drift: 1 ERR, 1 WARN, 0 INFO")


def test_markdown_cells_escape_pipes() -> None:
    text = handmade("a | b").render("markdown")

    assert "`response.200[x].a\\|b`" in text
    assert "a \\| b" in text
    assert 'overlay action 3 ("Fix \\| things")' in text


# ---------------------------------------------------------------------- exit codes


def warn_only(doc: Doc) -> None:
    params(doc, INVENTORY).remove(param(doc, INVENTORY, "Filter"))


def write(tmp_path: Path, doc: Doc) -> str:
    path = tmp_path / "published.json"
    path.write_text(json.dumps(doc))
    return str(path)


@pytest.mark.parametrize(
    ("fail_on", "expected"), [(None, 0), ("ERR", 0), ("warn", 1), ("WARNING", 1), ("INFO", 1)]
)
def test_fail_on_sets_the_threshold(
    fail_on: str | None, expected: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--against", write(tmp_path, mutated(warn_only)), "--overlay", OVERLAY]
    if fail_on:
        args += ["--fail-on", fail_on]

    assert main(args) == expected
    out, err = capsys.readouterr()
    assert err == ""
    assert "[request-parameter-removed]" in out


def test_errors_exit_1_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--against", write(tmp_path, mutated(rich)), "--overlay", OVERLAY]) == 1
    assert capsys.readouterr().out.startswith("telegent spec drift: pinned 1.0.8")


def test_identical_specs_exit_0_with_no_drift(capsys: pytest.CaptureFixture[str]) -> None:
    from telegent.spec import pinned_spec_path

    code = main(["--against", str(pinned_spec_path()), "--fail-on", "INFO"])

    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "no drift: the published spec is identical to the pinned one" in out


@pytest.mark.parametrize("fmt", ["json", "markdown", "github"])
def test_every_format_goes_to_stdout(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--against", write(tmp_path, mutated(rich)), "--overlay", OVERLAY, "--format", fmt]
    )

    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    assert out == rich_report_from_file(tmp_path).render(fmt)  # type: ignore[arg-type]


def rich_report_from_file(tmp_path: Path) -> DriftReport:
    from telegent.spec.drift import check_drift

    return check_drift(str(tmp_path / "published.json"), overlay=OVERLAY)


def test_list_rules_prints_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules"]) == 0

    out = capsys.readouterr().out
    assert out == rules_markdown()
    for rule in RULES:
        assert f"| `{rule}` |" in out


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--fail-on" in capsys.readouterr().out
