"""Overlay 1.1.0 rules, each next to the 1.0.0 rule it differs from (telegent.spec.overlay)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from telegent.spec.overlay import ActionReport, OverlayError, apply_overlay


def overlay(version: str, *actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def v11(*actions: dict[str, Any]) -> dict[str, Any]:
    return overlay("1.1.0", *actions)


def items_api() -> dict[str, Any]:
    """The source description of the 1.1 specification's copy examples."""
    ok = {"responses": {"200": {"description": "OK"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Example API", "version": "1.0.0"},
        "paths": {
            "/items": {"get": copy.deepcopy(ok)},
            "/some-items": {"delete": copy.deepcopy(ok)},
        },
        "tags": [{"name": "a"}],
        "servers": [{"url": "https://a.test"}],
    }


# ---------------------------------------------------------------------------- copy


def test_simple_copy_merges_the_source_into_the_target() -> None:
    result = apply_overlay(
        items_api(), v11({"target": '$.paths["/some-items"]', "copy": '$.paths["/items"]'})
    )
    some = result.document["paths"]["/some-items"]
    assert list(some) == ["delete", "get"]
    assert some["get"] == items_api()["paths"]["/items"]["get"]
    # A copy, not a shared object: changing one leaves the other.
    some["get"]["responses"]["200"]["description"] = "changed"
    assert result.document["paths"]["/items"]["get"]["responses"]["200"]["description"] == "OK"
    assert result.actions[0] == ActionReport(
        0, '$.paths["/some-items"]', None, "update", 1, True, '$.paths["/items"]'
    )


def test_move_is_update_copy_remove() -> None:
    result = apply_overlay(
        items_api(),
        v11(
            {"target": "$.paths", "update": {"/new-items": {}}},
            {"target": '$.paths["/new-items"]', "copy": '$.paths["/items"]'},
            {"target": '$.paths["/items"]', "remove": True},
        ),
    )
    assert list(result.document["paths"]) == ["/some-items", "/new-items"]
    assert result.document["paths"]["/new-items"] == items_api()["paths"]["/items"]


def test_copy_source_must_select_exactly_one_node() -> None:
    with pytest.raises(OverlayError, match=r"copy source '\$.paths\.\*' selects 2 nodes") as err:
        apply_overlay(items_api(), v11({"target": "$.info", "copy": "$.paths.*"}))
    assert err.value.action_index == 0
    with pytest.raises(OverlayError, match="selects 0 nodes"):
        apply_overlay(items_api(), v11({"target": "$.info", "copy": "$.nothing"}))


def test_copy_into_an_unmatched_target_changes_nothing() -> None:
    result = apply_overlay(items_api(), v11({"target": "$.nothing", "copy": "$.nothing.either"}))
    assert result.document == items_api()
    assert result.unmatched == result.actions


def test_copy_follows_the_update_rules_for_arrays_and_primitives() -> None:
    result = apply_overlay(
        items_api(),
        v11(
            {"target": "$.tags", "copy": "$.servers"},  # array onto array: concatenated
            {"target": "$.info.title", "copy": "$.info.version"},  # primitive replaced
        ),
    )
    assert result.document["tags"] == [{"name": "a"}, {"url": "https://a.test"}]
    assert result.document["info"]["title"] == "1.0.0"
    with pytest.raises(OverlayError, match="so the copied node must be an object"):
        apply_overlay(items_api(), v11({"target": "$.info", "copy": "$.tags"}))


def test_update_and_copy_together_is_invalid_and_remove_with_copy_refused() -> None:
    with pytest.raises(OverlayError, match=r"\$.actions\[0\]: has both update and copy"):
        apply_overlay(items_api(), v11({"target": "$.info", "copy": "$.info", "update": {}}))
    with pytest.raises(OverlayError, match="has remove: true and copy; .* drop copy"):
        apply_overlay(items_api(), v11({"target": "$.tags", "copy": "$.info", "remove": True}))


# -------------------------------------------------------------------------- arrays


def test_array_update_on_array_concatenates_in_1_1_and_in_1_0_with_a_note() -> None:
    action = {"target": "$.tags", "update": [{"name": "b"}, {"name": "c"}]}
    expected = [{"name": "a"}, {"name": "b"}, {"name": "c"}]
    result = apply_overlay(items_api(), v11(action))
    assert result.document["tags"] == expected
    assert result.notes == ()
    # Every major tool concatenates for 1.0 too (the 1.0 text would nest [b, c]).
    result = apply_overlay(items_api(), overlay("1.0.0", action))
    assert result.document["tags"] == expected
    (note,) = result.notes
    assert "concatenated, as Overlay 1.1 and the major tools do" in note


def test_tags_a_b_plus_c_is_a_b_c() -> None:
    doc = items_api() | {"tags": ["a", "b"]}
    for version in ("1.0.0", "1.1.0"):
        ov = overlay(version, {"target": "$.tags", "update": ["c"]})
        assert apply_overlay(doc, ov).document["tags"] == ["a", "b", "c"]


def test_non_array_update_on_array_appends_in_both() -> None:
    for version in ("1.0.0", "1.1.0"):
        result = apply_overlay(items_api(), overlay(version, {"target": "$.tags", "update": "x"}))
        assert result.document["tags"] == [{"name": "a"}, "x"]


def test_empty_array_update_changes_nothing_in_1_1() -> None:
    result = apply_overlay(items_api(), v11({"target": "$.tags", "update": []}))
    assert result.document == items_api()
    assert result.redundant == result.actions


# ---------------------------------------------------------------------- primitives


def test_update_replaces_primitive_targets_in_1_1() -> None:
    result = apply_overlay(
        items_api(),
        v11(
            {"target": "$.info.title", "update": "Renamed"},
            {"target": "$.servers[0].url", "update": None},
            {"target": "$.paths.*.*.responses.*.description", "update": "Fine"},
        ),
    )
    assert result.document["info"]["title"] == "Renamed"
    assert result.document["servers"] == [{"url": None}]
    assert result.document["paths"]["/items"]["get"]["responses"]["200"]["description"] == "Fine"
    assert [a.matched for a in result.actions] == [1, 1, 2]


def test_replacing_a_primitive_with_itself_is_redundant() -> None:
    result = apply_overlay(items_api(), v11({"target": "$.info.version", "update": "1.0.0"}))
    assert result.redundant == result.actions
    # JSON equality, not Python's: 1 is not true.
    doc = items_api() | {"x-flag": True}
    assert apply_overlay(doc, v11({"target": "$['x-flag']", "update": 1})).document["x-flag"] == 1


def test_primitive_target_needs_a_primitive_value() -> None:
    with pytest.raises(
        OverlayError, match="which only a primitive value can replace, not an object"
    ):
        apply_overlay(items_api(), v11({"target": "$.info.title", "update": {"a": 1}}))


def test_primitive_target_in_1_0_is_replaced_as_1_1_defines_with_a_note() -> None:
    result = apply_overlay(items_api(), overlay("1.0.0", {"target": "$.info.title", "update": "x"}))
    assert result.document["info"]["title"] == "x"
    assert result.actions[0].changed
    assert result.actions[0].notes == (
        "a primitive target is replaced, as Overlay 1.1 defines it (Overlay 1.0 does not say)",
    )


def test_a_target_selecting_mixed_kinds_is_an_error_in_1_1() -> None:
    with pytest.raises(OverlayError, match="a mix of array, object nodes"):
        apply_overlay(items_api(), v11({"target": "$['tags','info']", "update": {}}))
    # The same mix is fine for remove.
    result = apply_overlay(items_api(), v11({"target": "$['tags','info']", "remove": True}))
    assert "tags" not in result.document and "info" not in result.document


# -------------------------------------------------------------------- zero matches


def test_zero_matches_succeed_without_change_and_strict_reports_them() -> None:
    ov = v11(
        {"target": "$.nothing", "update": {"a": 1}}, {"target": "$.info", "update": {"x-a": 1}}
    )
    result = apply_overlay(items_api(), ov)
    assert result.document["info"]["x-a"] == 1
    assert [a.index for a in result.unmatched] == [0]
    with pytest.raises(
        OverlayError, match=r"overlay action 0 \(target '\$.nothing'\): the target selects nothing"
    ):
        apply_overlay(items_api(), ov, strict=True)


def test_result_says_which_version_ran() -> None:
    assert apply_overlay(items_api(), v11({"target": "$"})).version == "1.1.0"
    assert apply_overlay(items_api(), overlay("1.0.3", {"target": "$"})).version == "1.0.3"


def test_unsupported_versions_are_named() -> None:
    with pytest.raises(OverlayError) as err:
        apply_overlay(items_api(), overlay("1.2.0", {"target": "$"}))
    assert err.value.problems == (
        "$.overlay: Overlay version '1.2.0' is not supported (1.0.x, 1.1.x)",
    )


def test_inputs_are_not_modified() -> None:
    doc, ov = (
        items_api(),
        v11({"target": "$.tags", "copy": "$.servers"}, {"target": "$.info.title", "update": "x"}),
    )
    before = (copy.deepcopy(doc), copy.deepcopy(ov))
    apply_overlay(doc, ov)
    assert (doc, ov) == before
