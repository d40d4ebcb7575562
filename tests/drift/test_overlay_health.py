"""Overlay health: the project's overlay applied to the published spec.

The first half uses the frozen test overlay (exact indices); the second half the overlay
shipped in the package, found by what its actions do rather than by index, so that it keeps
testing the real thing as the overlay evolves.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from telegent.spec._overlay import load_overlay
from telegent.spec._resources import overlay_path
from telegent.spec.drift import DriftCheckError, check_drift

from .helpers import (
    INVENTORY,
    OPS,
    ORDER,
    STATUS,
    Doc,
    body_schema,
    fixture_overlay,
    inventory_records,
    keys,
    mutated,
    overlay_keys,
    run,
)

ICCID_ACTION = 6  # in the test overlay
BODY = "request.body[application/json]"


def add_iccid(iccid: dict[str, Any]) -> Any:
    def mutate(doc: Doc) -> None:
        items = body_schema(doc, STATUS)["properties"]["PhoneNumbers"]["items"]
        items["properties"]["ICCID"] = copy.deepcopy(iccid)

    return mutate


def test_vanished_target_is_an_error_naming_the_action() -> None:
    published = mutated(lambda d: d["paths"].pop(ORDER))

    report = run(published)

    vanished = [o for o in report.overlay if o.id == "overlay-target-vanished"]
    assert {o.index for o in vanished} == {5, 7, 11, 12}  # every action under .../order
    assert all(o.level.value == "ERR" for o in vanished)
    first = vanished[0]
    assert first.target == "$.paths['/v1.0/numbers/order'].get"
    assert first.description == "Readable operation id."
    assert first.kind == "update"
    assert "regeneration would fail" in first.message
    assert report.fails()


def test_vendor_documenting_iccid_makes_the_action_redundant() -> None:
    iccid = fixture_overlay()["actions"][ICCID_ACTION]["update"]["ICCID"]
    report = run(mutated(add_iccid(iccid)))

    assert overlay_keys(report) == {("overlay-action-redundant", "INFO", ICCID_ACTION)}
    (change,) = report.changes
    assert (change.id, change.level.value, change.location) == (
        "new-optional-request-property",
        "INFO",
        f"{BODY}.PhoneNumbers[].ICCID",
    )
    assert [a.index for a in change.overlay_actions] == [ICCID_ACTION]
    assert "now says what the overlay says" in change.message
    assert not report.fails()


def test_vendor_documenting_iccid_differently_supersedes_the_action() -> None:
    report = run(mutated(add_iccid({"type": "string", "description": "SIM ICCID"})))

    (finding,) = report.overlay
    assert (finding.id, finding.level.value, finding.index) == (
        "overlay-action-superseded",
        "INFO",
        ICCID_ACTION,
    )
    assert "ICCID" in finding.message
    (change,) = report.changes
    assert change.level.value == "INFO"
    assert "the overlay overrides this spot" in change.message


def test_an_action_that_cannot_be_applied_is_an_error_and_the_rest_still_runs() -> None:
    # The server fix merges an object into servers[0]; a string there cannot take it.
    published = mutated(lambda d: d.__setitem__("servers", ["https://api.telegent.com"]))

    report = run(published)

    assert overlay_keys(report) == {("overlay-action-failed", "ERR", 0)}
    assert "servers" in report.overlay[0].message
    # The later actions were applied: the typed responses still compare clean.
    assert keys(report) == {("server-url-changed", "WARN", None, "servers[0].url")}


def inline_schemas(doc: Doc) -> None:
    """The vendor inlines every component schema and drops components.schemas."""
    schemas = doc["components"].pop("schemas")

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, dict) and "$ref" in value:
                node[key] = schemas[value["$ref"].rsplit("/", 1)[1]]
            elif isinstance(value, dict | list):
                walk(value)

    walk(doc["paths"])


def test_a_dangling_ref_left_by_the_overlay_is_drift_not_a_crash() -> None:
    report = run(mutated(inline_schemas))

    # The typed schemas' action vanished, so the overlay's $refs to them dangle.
    assert overlay_keys(report) == {("overlay-target-vanished", "ERR", 8)}
    assert keys(report) == {("overlay-result-invalid", "ERR", None, "overlay")}
    assert "dangling $ref '#/components/schemas/" in report.changes[0].message


def test_changes_under_patched_paths_name_the_overlay_actions() -> None:
    published = mutated(lambda d: [r.pop("Iccid") for r in inventory_records(d)])

    (change,) = run(published).changes

    assert change.operation == OPS[INVENTORY]
    indices = [a.index for a in change.overlay_actions]
    assert indices == [8, 9, 10]  # the typed schema, and the two actions that attach it
    assert change.overlay_actions[0].description == "Typed response schemas."
    # Maintainer detail: under its own heading, not in the caller's line.
    assert 'overlay action 8 ("Typed response schemas.")' not in change.line()
    text = run(published).render("text")
    maintainers = text.split("For SDK maintainers")[1]
    assert 'overlay action 8 ("Typed response schemas.")' in maintainers


def test_an_overlay_that_does_not_apply_to_the_pinned_spec_stops_the_check() -> None:
    overlay = fixture_overlay()
    overlay["actions"].append({"target": "$.info.title", "update": {"x": 1}})

    with pytest.raises(DriftCheckError, match="overlay does not apply to the pinned spec"):
        run(mutated(), overlay=overlay)


def test_an_invalid_overlay_stops_the_check() -> None:
    with pytest.raises(DriftCheckError, match="^overlay: not a valid Overlay 1.0 document"):
        run(mutated(), overlay={"overlay": "1.0.0", "actions": []})


# ------------------------------------------------------------- the shipped overlay


def shipped_actions() -> list[dict[str, Any]]:
    actions: list[dict[str, Any]] = load_overlay(overlay_path())["actions"]
    return actions


def test_identical_specs_with_the_shipped_overlay_report_no_drift() -> None:
    report = check_drift(mutated())

    assert report.changes == () and report.overlay == ()
    assert "no drift" in report.render("text")


def test_shipped_overlay_iccid_action_becomes_redundant_when_the_vendor_adds_it() -> None:
    found = [
        (i, a)
        for i, a in enumerate(shipped_actions())
        if a["target"].endswith("PhoneNumbers.items.properties") and "ICCID" in a.get("update", {})
    ]
    assert found, "the shipped overlay adds ICCID to the status request items"
    index, action = found[0]

    report = check_drift(mutated(add_iccid(action["update"]["ICCID"])))

    assert ("overlay-action-redundant", "INFO", index) in overlay_keys(report)
    assert not report.fails()


def test_shipped_overlay_typed_field_dropped_upstream_is_an_error() -> None:
    report = check_drift(mutated(lambda d: [r.pop("Iccid") for r in inventory_records(d)]))

    (change,) = report.changes
    assert (change.id, change.level.value, change.operation, change.location) == (
        "response-property-removed",
        "ERR",
        OPS[INVENTORY],
        "response.200[application/json].PhoneNumbers[].Iccid",
    )
    assert change.source == "examples"
    assert change.overlay_actions, "the change names the overlay actions that type the field"


def test_shipped_overlay_targets_vanish_with_their_path() -> None:
    under_order = {i for i, a in enumerate(shipped_actions()) if ORDER in a["target"]}
    assert under_order

    report = check_drift(mutated(lambda d: d["paths"].pop(ORDER)))

    vanished = {o.index for o in report.overlay if o.id == "overlay-target-vanished"}
    assert vanished == under_order
    assert report.summary["ERR"] >= 1 + len(under_order)
