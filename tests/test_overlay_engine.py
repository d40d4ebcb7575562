"""Tests for the OpenAPI Overlay engine with 1.0.0 overlays (telegent.spec.overlay).

The compatibility path telegent.spec._overlay is what the drift check and the pipeline import,
so these tests import through it. Overlay 1.1 rules: tests/spec/test_overlay_1_1.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from telegent.spec._overlay import (
    ActionReport,
    OverlayError,
    OverlayResult,
    apply_overlay,
    load_overlay,
    validate_overlay,
)


def overlay(*actions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "overlay": "1.0.0",
        "info": {"title": "test overlay", "version": "1"},
        "actions": list(actions),
    }
    doc.update(extra)
    return doc


def spec() -> dict[str, Any]:
    """A small OpenAPI document shaped like the vendor's."""
    return {
        "openapi": "3.0.1",
        "info": {"title": "Telegent", "version": "1.0.8"},
        "paths": {
            "/v1.0/numbers/status": {
                "post": {
                    "summary": "Change status",
                    "parameters": [
                        {"name": "Authorization", "in": "header"},
                        {"name": "dummy", "in": "query"},
                        {"name": "Accept", "in": "header"},
                        {"name": "dummy", "in": "query"},
                    ],
                    "responses": {"200": {"description": "OK"}},
                }
            },
            "/v1.0/numbers/inventory": {
                "get": {
                    "summary": "Inventory",
                    "description": "List numbers",
                    "parameters": [{"name": "PageNumber", "in": "query"}],
                    "responses": {"200": {"description": "OK"}},
                }
            },
            "/v1.0/numbers/update": {
                "post": {
                    "summary": "Update",
                    "description": "Update a number",
                    "responses": {"200": {"description": "OK"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Token": {
                    "type": "object",
                    "required": ["token"],
                    "properties": {"token": {"type": "string"}},
                }
            }
        },
    }


STATUS = "$.paths['/v1.0/numbers/status'].post"


# ------------------------------------------------------------------ merge semantics


def test_update_merges_nested_objects_and_keeps_existing_members() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {
                "target": "$.components.schemas.Token",
                "update": {"properties": {"tokenExpiry": {"type": "string"}}, "x-new": 1},
            }
        ),
    )
    token = result.document["components"]["schemas"]["Token"]
    assert token["properties"] == {
        "token": {"type": "string"},
        "tokenExpiry": {"type": "string"},
    }
    assert token["type"] == "object"
    # existing keys keep their order, new keys are appended in the update's order
    assert list(token) == ["type", "required", "properties", "x-new"]
    assert list(token["properties"]) == ["token", "tokenExpiry"]


def test_update_replaces_primitive_values() -> None:
    result = apply_overlay(
        spec(),
        overlay({"target": STATUS, "update": {"summary": "Change number status"}}),
    )
    assert result.document["paths"]["/v1.0/numbers/status"]["post"]["summary"] == (
        "Change number status"
    )
    assert result.actions[0].changed


def test_update_on_array_target_appends_a_value_and_concatenates_an_array() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {
                "target": "$.paths['/v1.0/numbers/inventory'].get.parameters",
                "update": {"name": "Filter", "in": "query"},
            },
            {"target": "$.components.schemas.Token.required", "update": ["a", "b"]},
        ),
    )
    params = result.document["paths"]["/v1.0/numbers/inventory"]["get"]["parameters"]
    assert params == [{"name": "PageNumber", "in": "query"}, {"name": "Filter", "in": "query"}]
    # An array is concatenated, as Overlay 1.1 and every major tool do (the 1.0 text
    # appends it as one element): the 1.0 action says so in a note.
    assert result.document["components"]["schemas"]["Token"]["required"] == ["token", "a", "b"]
    assert result.actions[0].notes == ()
    assert "concatenated" in result.actions[1].notes[0]


def test_nested_arrays_inside_an_update_object_are_concatenated() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {
                "target": "$.components.schemas.Token",
                "update": {"required": ["tokenExpiry"]},
            }
        ),
    )
    assert result.document["components"]["schemas"]["Token"]["required"] == [
        "token",
        "tokenExpiry",
    ]


def test_incompatible_merge_is_an_error_naming_action_and_location() -> None:
    with pytest.raises(OverlayError) as err:
        apply_overlay(
            spec(),
            overlay(
                {"target": "$.info", "update": {"title": "ok"}},
                {"target": STATUS, "update": {"summary": {"text": "x"}}, "description": "bad"},
            ),
        )
    message = str(err.value)
    assert "overlay action 1" in message
    assert "'bad'" in message
    assert "$.paths['/v1.0/numbers/status'].post.summary" in message
    assert err.value.action_index == 1


def test_a_1_0_update_of_a_primitive_replaces_it_as_1_1_defines_with_a_note() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.info.title", "update": "New title"}))
    assert result.document["info"]["title"] == "New title"
    (note,) = result.notes
    assert note.startswith("overlay action 0 (target '$.info.title'): a primitive target is")
    assert "as Overlay 1.1 defines it" in note


def test_update_on_object_target_must_be_an_object() -> None:
    with pytest.raises(OverlayError, match="update must be an object"):
        apply_overlay(spec(), overlay({"target": "$.info", "update": "New title"}))


def test_remove_object_member() -> None:
    result = apply_overlay(
        spec(),
        overlay({"target": "$.paths['/v1.0/numbers/inventory'].get.description", "remove": True}),
    )
    get = result.document["paths"]["/v1.0/numbers/inventory"]["get"]
    assert "description" not in get
    assert list(get) == ["summary", "parameters", "responses"]
    assert result.actions[0].kind == "remove"
    assert result.actions[0].changed


def test_remove_several_array_elements_selected_by_one_filter() -> None:
    result = apply_overlay(
        spec(),
        overlay({"target": f"{STATUS}.parameters[?@.name == 'dummy']", "remove": True}),
    )
    params = result.document["paths"]["/v1.0/numbers/status"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["Authorization", "Accept"]
    assert result.actions[0].matched == 2


def test_remove_by_indexes_does_not_shift_later_indexes() -> None:
    doc = {"list": ["a", "b", "c", "d", "e"]}
    # Removing index 0 first and then index 3 of the shrunk list would delete "e".
    result = apply_overlay(doc, overlay({"target": "$.list[0,3]", "remove": True}))
    assert result.document["list"] == ["b", "c", "e"]
    # a duplicate in the nodelist is one node, removed once
    result = apply_overlay(doc, overlay({"target": "$.list[1,1,-1]", "remove": True}))
    assert result.document["list"] == ["a", "c", "d"]
    assert result.actions[0].matched == 2


def test_remove_nested_nodes_selected_together() -> None:
    doc = {"a": {"x": 1, "b": {"x": 2}}, "c": [{"x": 3}, {"y": 4}]}
    result = apply_overlay(doc, overlay({"target": "$..x", "remove": True}))
    assert result.document == {"a": {"b": {}}, "c": [{}, {"y": 4}]}
    assert result.actions[0].matched == 3


def test_remove_false_does_not_remove_and_still_updates() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.info", "remove": False, "update": {"x-sdk": "telegent"}},
            {"target": "$.components", "remove": False},
        ),
    )
    assert result.document["info"] == {"title": "Telegent", "version": "1.0.8", "x-sdk": "telegent"}
    assert result.document["components"] == spec()["components"]
    assert [a.kind for a in result.actions] == ["update", "update"]
    assert [a.changed for a in result.actions] == [True, False]


def test_remove_true_with_update_is_refused_naming_the_action_and_the_fix() -> None:
    # The official schema accepts it (the update is then ignored): one of the two is a
    # mistake, so the engine refuses to guess.
    with pytest.raises(OverlayError) as err:
        apply_overlay(
            spec(),
            overlay(
                {"target": "$.info", "update": {"x-a": 1}},
                {"target": "$.components", "remove": True, "update": {"x": 1}},
            ),
        )
    assert str(err.value) == (
        "overlay action 1 (target '$.components'): has remove: true and update; a removed "
        "node is not updated: drop update, or drop remove and remove the node in an action "
        "of its own"
    )
    assert err.value.action_index == 1


def test_removing_the_root_is_an_error() -> None:
    with pytest.raises(OverlayError, match="root"):
        apply_overlay(spec(), overlay({"target": "$", "remove": True}))


# ------------------------------------------------------------------ action order


def test_actions_apply_in_order_each_on_the_previous_result() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.components.schemas", "update": {"Order": {"type": "object"}}},
            {"target": "$.components.schemas.Order", "update": {"required": ["OrderId"]}},
            {"target": "$.components.schemas.Token", "remove": True},
        ),
    )
    assert result.document["components"]["schemas"] == {
        "Order": {"type": "object", "required": ["OrderId"]}
    }
    # Reversed, the second action finds no Order yet.
    with pytest.raises(OverlayError, match="overlay action 0"):
        apply_overlay(
            spec(),
            overlay(
                {"target": "$.components.schemas.Order", "update": {"required": ["OrderId"]}},
                {"target": "$.components.schemas", "update": {"Order": {"type": "object"}}},
            ),
            strict=True,
        )


def test_matched_counts_the_document_as_it_stood_when_the_action_ran() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.paths.*.*", "update": {"x-seen": True}},
            {"target": "$.paths['/v1.0/numbers/update']", "remove": True},
            {"target": "$.paths.*.*", "update": {"x-seen": True}, "description": "again"},
        ),
    )
    assert [a.matched for a in result.actions] == [3, 1, 2]
    assert [a.changed for a in result.actions] == [True, True, False]


# ------------------------------------------------------------- strict / non-strict


def test_strict_zero_match_names_the_action() -> None:
    with pytest.raises(OverlayError) as err:
        apply_overlay(
            spec(),
            overlay(
                {"target": "$.info", "update": {"x-a": 1}},
                {
                    "target": "$.paths['/v1.0/numbers/gone'].get",
                    "description": "Fix the vanished op",
                    "update": {"summary": "x"},
                },
            ),
            strict=True,
        )
    message = str(err.value)
    assert "overlay action 1" in message
    assert "$.paths['/v1.0/numbers/gone'].get" in message
    assert "Fix the vanished op" in message
    assert "selects nothing" in message
    assert err.value.action_index == 1


def test_strict_zero_match_applies_to_remove_actions_too() -> None:
    with pytest.raises(OverlayError, match="selects nothing"):
        apply_overlay(spec(), overlay({"target": "$.nothing", "remove": True}), strict=True)


def test_zero_matches_change_nothing_by_default() -> None:
    # Overlay 1.1 says so; 1.0 is silent, and the engine treats both alike.
    before = spec()
    result = apply_overlay(before, overlay({"target": "$.nothing", "remove": True}))
    assert result.document == before
    assert [a.matched for a in result.unmatched] == [0]


def test_non_strict_reports_unmatched_actions_and_applies_the_rest() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.nothing", "update": {"a": 1}, "description": "gone"},
            {"target": "$.info", "update": {"x-a": 1}},
            {"target": "$.paths[?@.delete]", "remove": True},
        ),
        strict=False,
    )
    assert result.document["info"]["x-a"] == 1
    assert result.unmatched == (
        ActionReport(0, "$.nothing", "gone", "update", 0, False),
        ActionReport(2, "$.paths[?@.delete]", None, "remove", 0, False),
    )
    assert result.redundant == ()
    assert "overlay action 0" in result.unmatched[0].label
    assert "'gone'" in result.unmatched[0].label


# ------------------------------------------------------------------ redundancy


def test_redundant_actions_are_reported() -> None:
    ov = overlay(
        {"target": STATUS, "update": {"summary": "Change status"}},  # already so upstream
        {"target": STATUS, "update": {"summary": "New", "responses": {"200": {}}}},
        {"target": "$.components.schemas.Token", "update": {"properties": {}}},
        {"target": "$.components.schemas.Token", "update": {"required": []}},
    )
    result = apply_overlay(spec(), ov)
    assert [a.changed for a in result.actions] == [False, True, False, False]
    assert [a.index for a in result.redundant] == [0, 2, 3]


def test_reapplying_an_object_overlay_to_its_output_is_fully_redundant() -> None:
    ov = overlay(
        {"target": "$.paths.*.post", "update": {"x-group": "numbers", "tags": ["Numbers"]}},
        {"target": "$.info", "update": {"title": "Telegent mPaaS", "x-logo": {"url": "u"}}},
    )
    first = apply_overlay(spec(), ov)
    assert first.redundant == ()
    ov2 = overlay(
        {"target": "$.info", "update": {"title": "Telegent mPaaS", "x-logo": {"url": "u"}}}
    )
    second = apply_overlay(first.document, ov2)
    assert second.document == first.document
    assert [a.index for a in second.redundant] == [0]


def test_type_changes_count_as_changes() -> None:
    # True == 1 and 1 == 1.0 in Python, but the JSON differs
    doc = {"a": {"flag": 1, "n": 1}}
    result = apply_overlay(
        doc,
        overlay(
            {"target": "$.a", "update": {"flag": True}}, {"target": "$.a", "update": {"n": 1.0}}
        ),
    )
    assert result.document == {"a": {"flag": True, "n": 1.0}}
    assert type(result.document["a"]["flag"]) is bool
    assert [a.changed for a in result.actions] == [True, True]


def test_array_appends_are_never_redundant() -> None:
    result = apply_overlay(
        spec(), overlay({"target": "$.components.schemas.Token.required", "update": "token"})
    )
    assert result.document["components"]["schemas"]["Token"]["required"] == ["token", "token"]
    assert result.actions[0].changed


# -------------------------------------------------------------- schema validation


def problems_of(ov: Any) -> tuple[str, ...]:
    with pytest.raises(OverlayError) as err:
        validate_overlay(ov)
    assert err.value.problems
    for problem in err.value.problems:
        assert problem in str(err.value)
    return err.value.problems


def test_valid_overlay_with_extensions_passes() -> None:
    validate_overlay(
        overlay(
            {"target": "$.info", "update": {}, "x-note": "n"},
            {"target": "$.info", "remove": False, "description": "d"},
            extends="./openapi.json",
            **{"x-owner": "sdk"},
        )
        | {"info": {"title": "t", "version": "1", "x-id": 3}}
    )


def test_missing_info_is_reported() -> None:
    ov = overlay({"target": "$"})
    del ov["info"]
    assert problems_of(ov) == ("$: 'info' is a required property",)


def test_info_needs_title_and_version() -> None:
    ov = overlay({"target": "$"}) | {"info": {"title": "t"}}
    assert problems_of(ov) == ("$.info: 'version' is a required property",)


@pytest.mark.parametrize("version", ["1.2.0", "1.0", "2.0.0", "v1.0.0"])
def test_bad_overlay_version_is_reported(version: str) -> None:
    (problem,) = problems_of(overlay({"target": "$"}) | {"overlay": version})
    assert problem.startswith("$.overlay: ")
    assert version in problem


def test_numeric_overlay_version_is_reported_with_the_fix() -> None:
    # `overlay: 1.1` in YAML is a float: say so, and what to write instead.
    assert problems_of(overlay({"target": "$"}) | {"overlay": 1.1}) == (
        "$.overlay: 1.1 is a number, not a version string (YAML reads an unquoted 1.1 as a "
        "number); write the full version, e.g. overlay: 1.1.0",
    )
    assert problems_of(overlay({"target": "$"}) | {"overlay": 1.0})[0].endswith("overlay: 1.0.0")


def test_action_without_target_is_reported() -> None:
    assert problems_of(overlay({"target": "$"}, {"update": {"a": 1}})) == (
        "$.actions[1]: 'target' is a required property",
    )


def test_unknown_top_level_field_is_reported() -> None:
    (problem,) = problems_of(overlay({"target": "$"}, bogus=True))
    assert problem.startswith("$: ")
    assert "'bogus' was unexpected" in problem


def test_unknown_action_field_is_reported() -> None:
    (problem,) = problems_of(overlay({"target": "$", "copy": "$.x"}))
    assert problem.startswith("$.actions[0]: ")
    assert "'copy' was unexpected" in problem


def test_remove_must_be_boolean() -> None:
    assert problems_of(overlay({"target": "$.info", "remove": "yes"})) == (
        "$.actions[0].remove: 'yes' is not of type 'boolean'",
    )


def test_actions_must_be_a_non_empty_array() -> None:
    assert problems_of(overlay()) == ("$.actions: [] should be non-empty",)


def test_every_violation_is_listed_with_its_path() -> None:
    ov = {
        "overlay": "1.0.0",
        "info": {"title": 5, "version": "1"},
        "actions": [{"target": "$", "remove": 1}, {"target": "info.title"}],
    }
    assert problems_of(ov) == (
        "$.actions[0].remove: 1 is not of type 'boolean'",
        "$.actions[1].target: 'info.title' does not match '^\\\\$'",
        "$.info.title: 5 is not of type 'string'",
    )


def test_target_must_be_an_rfc9535_query() -> None:
    # jsonpath-ng / Jayway extensions that RFC 9535 does not have
    for target in [
        "$.paths.* | $.info",
        "$.paths[?@.x =~ /a/]",
        "$.paths[?isinstance(@, 'object')]",
    ]:
        (problem,) = problems_of(overlay({"target": target}))
        assert problem.startswith("$.actions[0].target: ")
        assert "RFC 9535" in problem


def test_duplicate_actions_are_reported_by_index() -> None:
    action = {"target": "$.info", "update": {"x": 1}}
    assert problems_of(overlay(action, {"target": "$"}, dict(action))) == (
        "$.actions: items must be unique: [2] repeats [0]",
    )


def test_non_json_values_are_reported() -> None:
    ov = overlay({"target": "$.info", "update": {"a": {1: "x"}, "b": {1, 2}}})
    assert problems_of(ov) == (
        "$.actions[0].update.a: key 1 is not a string",
        "$.actions[0].update.b: set is not a JSON value",
    )


def test_apply_validates_before_touching_the_document() -> None:
    with pytest.raises(OverlayError, match="'info' is a required property"):
        apply_overlay(spec(), {"overlay": "1.0.0", "actions": [{"target": "$"}]})


def test_non_mapping_overlay_and_document_are_rejected() -> None:
    with pytest.raises(OverlayError, match="mapping"):
        validate_overlay([])  # type: ignore[arg-type]
    with pytest.raises(OverlayError, match="JSON object"):
        apply_overlay([], overlay({"target": "$"}))  # type: ignore[arg-type]


# --------------------------------------------------------------- RFC 9535 targets


def test_filter_selector_on_object_members() -> None:
    result = apply_overlay(
        spec(), overlay({"target": "$.paths[?@.post]", "update": {"x-post": True}})
    )
    marked = [p for p, item in result.document["paths"].items() if item.get("x-post")]
    assert marked == ["/v1.0/numbers/status", "/v1.0/numbers/update"]
    assert result.actions[0].matched == 2


def test_filter_comparison_and_logical_operators() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {
                "target": "$.paths.*.*.parameters[?@.in == 'query' && @.name != 'dummy']",
                "update": {"required": True},
            }
        ),
    )
    assert result.actions[0].matched == 1
    assert result.document["paths"]["/v1.0/numbers/inventory"]["get"]["parameters"][0] == {
        "name": "PageNumber",
        "in": "query",
        "required": True,
    }


def test_descendant_segment() -> None:
    result = apply_overlay(spec(), overlay({"target": "$..description", "remove": True}))
    # 2 operation descriptions + 3 response descriptions
    assert result.actions[0].matched == 5
    assert "description" not in json.dumps(result.document)


def test_name_selector_with_special_characters() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {
                "target": "$.paths['/v1.0/numbers/status'].post",
                "update": {"operationId": "changeNumberStatus"},
            },
            {
                "target": '$["paths"]["/v1.0/numbers/update"]["post"]',
                "update": {"operationId": "updateNumber"},
            },
        ),
    )
    paths = result.document["paths"]
    assert paths["/v1.0/numbers/status"]["post"]["operationId"] == "changeNumberStatus"
    assert paths["/v1.0/numbers/update"]["post"]["operationId"] == "updateNumber"


def test_match_is_a_full_match_and_search_is_not() -> None:
    # RFC 9535 section 2.4.6/2.4.7: match() must match the whole string, search() any part
    base = f"{STATUS}.parameters"
    full = apply_overlay(
        spec(), overlay({"target": f"{base}[?match(@.name, 'Auth')]", "remove": True}), strict=False
    )
    assert full.actions[0].matched == 0
    part = apply_overlay(
        spec(), overlay({"target": f"{base}[?search(@.name, 'Auth')]", "remove": True})
    )
    assert part.actions[0].matched == 1


def test_wildcard_and_negative_index() -> None:
    result = apply_overlay(spec(), overlay({"target": f"{STATUS}.parameters[-1]", "remove": True}))
    params = result.document["paths"]["/v1.0/numbers/status"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["Authorization", "dummy", "Accept"]


# ---------------------------------------------------------- purity / determinism


def test_inputs_are_not_mutated_and_output_shares_nothing_with_them() -> None:
    doc = spec()
    ov = overlay(
        {"target": "$.components.schemas", "update": {"Order": {"required": ["OrderId"]}}},
        {"target": "$.components.schemas.Token.required", "update": {"nested": ["x"]}},
        {"target": f"{STATUS}.parameters[?@.name == 'dummy']", "remove": True},
        {"target": "$.info", "update": {"x-tags": ["a"]}},
    )
    doc_before, ov_before = copy.deepcopy(doc), copy.deepcopy(ov)
    result = apply_overlay(doc, ov)
    assert doc == doc_before
    assert ov == ov_before
    # mutating the output must not reach the overlay (values are copied in)
    result.document["components"]["schemas"]["Order"]["required"].append("x")
    result.document["components"]["schemas"]["Token"]["required"][1]["nested"].append("y")
    result.document["info"]["x-tags"].append("b")
    assert ov == ov_before
    assert doc == doc_before


def test_shared_subobjects_in_the_input_are_updated_independently() -> None:
    shared = {"type": "string"}
    doc = {"a": shared, "b": shared}  # what a YAML alias produces
    result = apply_overlay(doc, overlay({"target": "$.a", "update": {"format": "date"}}))
    assert result.document == {"a": {"type": "string", "format": "date"}, "b": {"type": "string"}}
    assert shared == {"type": "string"}


def test_same_update_applied_to_many_targets_is_copied_each_time() -> None:
    result = apply_overlay(
        spec(), overlay({"target": "$.paths.*.*", "update": {"x-meta": {"tags": ["n"]}}})
    )
    metas = [op["x-meta"] for item in result.document["paths"].values() for op in item.values()]
    assert len(metas) == 3
    metas[0]["tags"].append("changed")
    assert metas[1] == {"tags": ["n"]}


def test_values_appended_to_many_arrays_are_copied_each_time() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.paths.*.*.parameters", "update": {"name": "X", "schema": {}}},
            {"target": "$.paths.*.*", "update": {"parameters": [{"name": "Y", "schema": {}}]}},
        ),
    )
    status = result.document["paths"]["/v1.0/numbers/status"]["post"]["parameters"]
    inventory = result.document["paths"]["/v1.0/numbers/inventory"]["get"]["parameters"]
    assert [p["name"] for p in status[-2:]] == [p["name"] for p in inventory[-2:]] == ["X", "Y"]
    status[-2]["schema"]["type"] = "string"  # appended to an array target
    status[-1]["schema"]["type"] = "string"  # concatenated inside a merged object
    assert inventory[-2:] == [{"name": "X", "schema": {}}, {"name": "Y", "schema": {}}]


def test_output_is_deterministic() -> None:
    ov = overlay(
        {"target": "$.info", "update": {"z": 1, "a": 2, "m": {"y": 1, "b": 2}}},
        {"target": "$.paths.*.*", "update": {"x-b": 1, "x-a": 2}},
    )
    outputs = {json.dumps(apply_overlay(spec(), ov).document) for _ in range(3)}
    assert len(outputs) == 1
    info = apply_overlay(spec(), ov).document["info"]
    assert list(info) == ["title", "version", "z", "a", "m"]
    assert list(info["m"]) == ["y", "b"]


def test_result_types() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.info", "update": {"x": 1}}))
    assert isinstance(result, OverlayResult)
    assert result.actions == (ActionReport(0, "$.info", None, "update", 1, True),)
    with pytest.raises(AttributeError):
        result.actions[0].changed = False  # type: ignore[misc]


# ----------------------------------------------------------------- load_overlay


OVERLAY_YAML = """\
overlay: 1.0.0
info:
  title: Telegent fixes
  version: 2024-05-01
actions:
  - target: $.paths['/v1.0/numbers/status'].post
    description: Name the operation
    update:
      operationId: changeNumberStatus
      responses:
        200:
          description: Order accepted
"""


def test_load_overlay_yaml(tmp_path: Path) -> None:
    path = tmp_path / "o.overlay.yaml"
    path.write_text(OVERLAY_YAML, encoding="utf-8")
    loaded = load_overlay(path)
    assert loaded["info"]["version"] == "2024-05-01"  # a date stays text
    update = loaded["actions"][0]["update"]
    assert list(update["responses"]) == ["200"]  # JSON keys are strings
    validate_overlay(loaded)
    result = apply_overlay(spec(), loaded)
    assert result.document["paths"]["/v1.0/numbers/status"]["post"]["responses"] == {
        "200": {"description": "Order accepted"}
    }


def test_load_overlay_json_regardless_of_extension(tmp_path: Path) -> None:
    data = overlay({"target": "$.info", "update": {"x-a": 1}})
    path = tmp_path / "overlay.txt"
    path.write_text("\n  " + json.dumps(data), encoding="utf-8")
    assert load_overlay(str(path)) == data


def test_load_overlay_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(OverlayError, match="nope.yaml"):
        load_overlay(missing)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("overlay: 1.0.0\ninfo: [unclosed\n", "not valid YAML"),
        ('{"overlay": "1.0.0",}', "not valid JSON"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ("info: {}\ninfo: {}\n", "duplicate key 'info'"),
        ("- a\n- b\n", "found an array"),
        ("", "found an empty document"),
    ],
)
def test_load_overlay_invalid_file_names_the_file(
    tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "broken.overlay"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(OverlayError) as err:
        load_overlay(path)
    assert "broken.overlay" in str(err.value)
    assert fragment in str(err.value)


def test_load_overlay_does_not_execute_yaml_tags(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text("overlay: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(OverlayError, match="YAML tag .*python/object/apply:os.system.* refused"):
        load_overlay(path)


# --------------------------------------------------------------- the pinned spec


def test_against_the_pinned_vendor_spec() -> None:
    from telegent.spec._resources import load_pinned_spec

    pinned = load_pinned_spec()
    before = copy.deepcopy(pinned)
    ids = {
        "/v1.0/numbers/status": ("post", "changeNumberStatus"),
        "/v1.0/numbers/inventory": ("get", "listNumberInventory"),
        "/v1.0/numbers/update": ("post", "updateNumber"),
        "/v1.0/numbers/order": ("get", "getOrder"),
    }
    ov = overlay(
        *(
            {"target": f"$.paths['{path}'].{method}", "update": {"operationId": op_id}}
            for path, (method, op_id) in ids.items()
        ),
        {"target": "$.paths.*.*", "update": {"x-codeSamples": []}},
        # the first action's change again, described: it finds it made (redundant)
        {
            "target": "$.paths['/v1.0/numbers/status'].post",
            "description": "repeats the first action",
            "update": {"operationId": "changeNumberStatus"},
        },
    )
    result = apply_overlay(pinned, ov)
    assert pinned == before
    for path, (method, op_id) in ids.items():
        assert result.document["paths"][path][method]["operationId"] == op_id
    operations = sum(  # `$.paths.*.*` selects every child of every path item
        len(item) for item in pinned["paths"].values() if isinstance(item, dict)
    )
    assert [a.matched for a in result.actions] == [1, 1, 1, 1, operations, 1]
    assert result.actions[4].changed
    assert result.redundant == (result.actions[5],)
    assert yaml.safe_dump(result.document)  # still plain data


def test_load_overlay_keeps_the_typed_cause(tmp_path: Path) -> None:
    from telegent.spec._safeload import DuplicateKeyError, SpecInputError

    path = tmp_path / "dup.yaml"
    path.write_text("overlay: 1.0.0\noverlay: 1.1.0\n", encoding="utf-8")
    with pytest.raises(OverlayError) as err:
        load_overlay(path)
    assert isinstance(err.value.__cause__, DuplicateKeyError)
    assert isinstance(err.value.__cause__, SpecInputError)
    assert str(err.value) == str(err.value.__cause__)
