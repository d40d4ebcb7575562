"""`telegent spec infer` on small specs: what each example teaches the drafted overlay."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from telegent import _secrets
from telegent.spec._infer import (
    BOOL_STRING_PATTERN,
    TIMESTAMP_PATTERN,
    US_DATE_PATTERN,
    example_problems,
    infer_overlay,
    main,
    operation_record_name,
    render_overlay,
    singular,
)
from telegent.spec._overlay import apply_overlay, load_overlay


def op(op_id: str | None, *examples: Any, schema: Any = None, **extra: Any) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"type": "object"} if schema is None else schema}
    media["examples"] = {f"e{i}": {"value": v} for i, v in enumerate(examples)}
    out: dict[str, Any] = {
        "responses": {"200": {"description": "OK", "content": {"application/json": media}}}
    }
    if op_id:
        out["operationId"] = op_id
    return out | extra


def spec_of(**paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {f"/v1.0/{k.replace('_', '/')}": {"get": v} for k, v in paths.items()},
        "components": {"schemas": {}},
    }


def patched(spec: dict[str, Any]) -> dict[str, Any]:
    return apply_overlay(spec, infer_overlay(spec).overlay, strict=True).document


def record(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return patched(spec)["components"]["schemas"][name]


def props(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return record(spec, name)["properties"]


# ------------------------------------------------------------------ names


def test_record_names_come_from_the_operation_id() -> None:
    assert operation_record_name({"operationId": "getSubscriber"}, "/x", "get") == "Subscriber"
    assert operation_record_name({"operationId": "createSubscriber"}, "/x", "post") == "Subscriber"
    assert operation_record_name({"operationId": "listPackages"}, "/x", "get") == "PackageList"
    assert (
        operation_record_name({"operationId": "deletePackage"}, "/x", "post") == "PackageDeletion"
    )
    assert (
        operation_record_name({"operationId": "sendMessage"}, "/x", "post") == "SendMessageResult"
    )
    explicit = {"operationId": "sendMessage", "x-telegent-record": "OutboundMessage"}
    assert operation_record_name(explicit, "/x", "post") == "OutboundMessage"
    assert (
        operation_record_name({"summary": "Get Voice Route"}, "/x", "get") == "GetVoiceRouteResult"
    )
    assert (
        operation_record_name({}, "/v1.0/sims/clear-status", "post") == "PostSimsClearStatusResult"
    )


def test_singular() -> None:
    assert [
        singular(w) for w in ("PhoneNumbers", "Activities", "Addresses", "Status", "Children")
    ] == [
        "PhoneNumber",
        "Activity",
        "Address",
        "Status",
        "Child",
    ]


def test_nested_objects_get_their_own_records_named_after_the_property() -> None:
    spec = spec_of(
        subscribers_get=op(
            "getSubscriber",
            {
                "SubscriberId": "TSUID-1",
                "Account": {"AccountId": "AID-1"},
                "PhoneNumbers": [{"Number": "+1"}],
                "Results": [{"X": 1}],
            },
        )
    )
    p = props(spec, "Subscriber")
    assert p["Account"] == {"$ref": "#/components/schemas/Account"}
    assert p["PhoneNumbers"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/PhoneNumber"},
    }
    assert p["Results"]["items"] == {"$ref": "#/components/schemas/SubscriberItem"}
    assert props(spec, "Account") == {"AccountId": {"type": "string"}}
    assert record(spec, "PhoneNumber")["title"] == "PhoneNumber"


def test_list_results_are_named_after_the_list() -> None:
    spec = spec_of(
        account_packages=op("listPackages", {"Total": 1, "Results": [{"PackageId": "P"}]})
    )
    assert props(spec, "PackageList")["Results"]["items"] == {
        "$ref": "#/components/schemas/Package"
    }


def test_nested_record_names_can_be_given_on_the_operation() -> None:
    spec = spec_of(
        relation=op(
            "listGuardianChildren",
            {"Children": [{"ChildId": "T"}]},
            **{"x-telegent-nested-records": {"Children": "GuardianRelation"}},
        )
    )
    assert props(spec, "GuardianChildList")["Children"]["items"]["$ref"].endswith(
        "/GuardianRelation"
    )


def test_a_name_an_existing_schema_owns_is_not_reused() -> None:
    spec = spec_of(numbers=op("getNumber", {"Phone_Numbers": [{"Number": "+1"}]}))
    spec["components"]["schemas"]["Phone_Number"] = {
        "type": "object",
        "properties": {"N": {"type": "string"}},
    }
    spec["components"]["schemas"]["Number"] = {"title": "Number", "type": "object"}
    result = patched(spec)["components"]["schemas"]
    assert result["Phone_Number"] == {"type": "object", "properties": {"N": {"type": "string"}}}
    assert result["Number"] == {"title": "Number", "type": "object"}
    assert "NumberResult" in result  # the top-level record steps aside
    assert "NumberResultPhoneNumber" in result  # the nested one takes its parent's name


def test_array_responses_type_their_items() -> None:
    spec = spec_of(
        filters=op(
            "listCallFilters",
            [{"FilterId": "CF-1"}, {"Phone": "+1"}],
            schema={"type": "array", "items": {"type": "object"}},
        )
    )
    doc = patched(spec)
    schema = doc["paths"]["/v1.0/filters"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema == {"type": "array", "items": {"$ref": "#/components/schemas/CallFilter"}}
    assert list(doc["components"]["schemas"]["CallFilter"]["properties"]) == ["FilterId", "Phone"]


# ------------------------------------------------------------------ value types


def test_scalars_nulls_and_numbers() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {
                "Count": 3,
                "Cost": 0.5,
                "Mixed": 1,
                "Gone": None,
                "Name": "a",
                "Maybe": None,
            },
            {"Mixed": 1.5, "Maybe": "x", "Count": 4},
        )
    )
    p = props(spec, "Thing")
    assert p["Count"] == {"type": "integer"}
    assert p["Cost"] == {"type": "number"}
    assert p["Mixed"] == {"type": "number"}  # an integer where another example has a fraction
    assert p["Maybe"] == {"type": "string", "nullable": True}
    assert p["Gone"]["nullable"] is True and "type" not in p["Gone"]
    assert "enum" not in json.dumps(p) and "required" not in record(spec, "Thing")


def test_secret_fields_follow_the_sdk_secret_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """`spec infer` marks what the SDK masks: the overlay's marked names and its credential
    rule (x-telegent-secrets.names), read from the one generated table."""
    example = {"PIN": "1234", "Secret": "s", "AuthenticationToken": "t", "Notes": "n", "Code": "c"}
    p = props(spec_of(x=op("getThing", example)), "Thing")
    marked = {name for name, schema in p.items() if schema.get("x-telegent-secret")}
    assert marked == {"PIN", "Secret", "AuthenticationToken"}
    # A name the policy declares secret is marked even where the naming rule says nothing.
    policy = _secrets._policy()
    monkeypatch.setattr(_secrets, "_policy", lambda: replace(policy, names=policy.names | {"code"}))
    p = props(spec_of(x=op("getThing", example)), "Thing")
    assert p["Code"].get("x-telegent-secret") is True and "x-telegent-secret" not in p["Notes"]


def test_booleans_accept_true_and_false_strings() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {"Active": True, "MessageEnabled": "true", "Note": "true"},
            {"Active": "FALSE", "MessageEnabled": False, "Note": "no"},
        )
    )
    p = props(spec, "Thing")
    lenient = [{"type": "boolean"}, {"type": "string", "pattern": BOOL_STRING_PATTERN}]
    assert p["Active"]["anyOf"] == lenient
    assert p["MessageEnabled"]["anyOf"] == lenient
    assert p["Note"] == {"type": "string"}  # a string that is not always a boolean


def test_formats_are_recognised_only_when_every_value_has_them() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {
                "OrderDate": "2025-05-15T18:20:58.5133475Z",
                "Purchased": "02/05/2023",
                "Expiry": "05/02/2025 06:36:13 PM",
                "Loose": "2025-05-14T22:21:08.2813656+00:00",
            },
            {"OrderDate": "2025-12-04T22:09:41.56", "Loose": "yesterday"},
        )
    )
    p = props(spec, "Thing")
    assert p["OrderDate"]["pattern"] == TIMESTAMP_PATTERN
    assert p["Purchased"]["pattern"] == US_DATE_PATTERN
    assert "AM|PM" in p["Expiry"]["pattern"]
    assert p["Loose"] == {"type": "string"}


def test_known_values_for_status_like_fields_only() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {"OrderStatus": "Pending", "Name": "Pending", "Type": "T-1"},
            {"OrderStatus": "Complete", "Type": "mobile"},
        )
    )
    p = props(spec, "Thing")
    assert p["OrderStatus"]["x-known-values"] == ["Complete", "Pending"]
    assert "x-known-values" not in p["Name"]
    assert p["Type"]["x-known-values"] == ["T-1", "mobile"]


def test_mixed_kinds_become_a_union() -> None:
    spec = spec_of(
        x=op("getThing", {"To": "+1", "Cost": "$1"}, {"To": [{"Number": "+1"}], "Cost": 2})
    )
    p = props(spec, "Thing")
    assert p["To"]["anyOf"] == [
        {"type": "array", "items": {"$ref": "#/components/schemas/ThingTo"}},
        {"type": "string"},
    ]
    # Money is a number whatever the examples show; the schema lists what they showed.
    assert p["Cost"]["anyOf"] == [{"type": "string"}, {"type": "integer"}, {"type": "number"}]
    assert p["Cost"]["x-telegent-type"] == "number"


def test_identifiers_and_codes_shown_as_digits_are_text() -> None:
    spec = spec_of(x=op("getThing", {"AreaCode": 201, "Iccid": 8901, "PageNumber": 1}))
    p = props(spec, "Thing")
    assert p["AreaCode"] == {
        "anyOf": [{"type": "string"}, {"type": "integer"}],
        "description": "An identifier or code: text, even when sent as digits.",
        "x-telegent-type": "string",
    }
    assert p["Iccid"]["x-telegent-type"] == "string"
    assert p["PageNumber"] == {"type": "integer"}  # a count, not an identifier


def test_the_same_wire_field_gets_one_type_across_records() -> None:
    spec = spec_of(
        a=op("getWidget", {"Id": "W", "Size": 1}),
        b=op("getGadget", {"Id": "G", "Size": 1.5}),
    )
    assert props(spec, "Widget")["Size"] == props(spec, "Gadget")["Size"] == {"type": "number"}


def test_a_nullable_record_is_the_record_or_null() -> None:
    spec = spec_of(x=op("getThing", {"Account": None}, {"Account": {"Id": "A"}}))
    account = props(spec, "Thing")["Account"]
    assert account == {
        "anyOf": [{"$ref": "#/components/schemas/Account"}, {"nullable": True, "enum": [None]}]
    }
    # OAS 3.0 validators accept both shapes (`allOf` + `nullable` refused the null).
    from openapi_schema_validator import OAS30ReadValidator

    validator = OAS30ReadValidator({**account, "components": patched(spec)["components"]})
    assert validator.is_valid(None)
    assert validator.is_valid({"Id": "A"})
    assert not validator.is_valid("A")


def test_field_names_that_collide_in_snake_case_are_one_field_with_an_alias() -> None:
    spec = spec_of(x=op("getThing", {"MessageId": "a"}, {"MessageID": "b"}))
    p = props(spec, "Thing")
    assert "x-telegent-name" not in p["MessageId"]
    assert p["MessageId"]["x-telegent-aliases"] == ["MessageID"]
    assert "MessageID" not in p


def test_declared_fields_lists_and_request_evidence() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {"Trunk1Priortiy": 1, "Window": None, "Id": "T"},
            **{"x-telegent-list": True},
        ),
        y={"post": {}},
    )
    spec["paths"]["/v1.0/y"] = {
        "post": {
            "requestBody": {
                "content": {
                    "application/json": {"schema": {"properties": {"Window": {"type": "object"}}}}
                }
            },
            "responses": {"200": {"description": "OK"}},
        }
    }
    fix = {"Trunk1Priortiy": {"name": "trunk1_priority", "aliases": ["Trunk1Priority"]}}
    spec["components"]["x-telegent-response-fields"] = fix
    result = infer_overlay(spec)
    p = props(spec, "Thing")
    assert p["Trunk1Priortiy"]["x-telegent-name"] == "trunk1_priority"
    assert p["Trunk1Priortiy"]["x-telegent-aliases"] == ["Trunk1Priority"]
    assert p["Window"]["type"] == "object"  # null in the example, typed by the request
    media = patched(spec)["paths"]["/v1.0/x"]["get"]["responses"]["200"]["content"]
    ref = {"$ref": "#/components/schemas/Thing"}
    assert media["application/json"]["schema"] == {"anyOf": [{"type": "array", "items": ref}, ref]}
    report = result.field_report()
    assert "Thing.Window (request)" not in report  # decided: not listed as open
    assert "one example: 2 fields, 1 decided by other evidence, 1 resting" in report
    assert "\n    Thing.Id (examples)\n" in report
    assert "none: 1 fields, 1 decided by other evidence, 0 resting" in report


def test_an_empty_list_takes_its_items_from_a_sibling_record() -> None:
    spec = spec_of(
        a=op("getRoute", {"IpWhiteList": []}),
        b=op("listRoutes", {"Results": [{"IpWhitelist": [{"IpAddress": "20.20.10.10"}]}]}),
    )
    ref = props(spec, "Route")["IpWhiteList"]["items"]["$ref"]
    assert ref == "#/components/schemas/RouteIpWhitelist"  # the record the sibling shows


def test_empty_arrays_leave_items_open() -> None:
    spec = spec_of(x=op("getThing", {"Tags": []}))
    assert props(spec, "Thing")["Tags"] == {"type": "array", "items": {}}


# ------------------------------------------------------------------ unions and reports


def test_examples_that_disagree_get_the_union_and_are_reported() -> None:
    spec = spec_of(
        a=op("getWidget", {"Id": "W", "Size": 1}, {"Id": "W", "Colour": "red"}),
        b=op("updateWidget", {"Id": "W", "Size": "big"}),
    )
    result = infer_overlay(spec)
    p = props(spec, "Widget")
    assert list(p) == ["Id", "Size", "Colour"]
    assert p["Size"]["anyOf"] == [{"type": "integer"}, {"type": "string"}]
    (report,) = result.disagreements
    assert report.record == "Widget"
    assert report.sources == ("GET /v1.0/a example e0", "GET /v1.0/a example e1", "GET /v1.0/b")
    text = "\n".join(report.details)
    assert "Colour: absent from GET /v1.0/a example e0, GET /v1.0/b" in text
    assert "Size: number in GET /v1.0/a example e0; string in GET /v1.0/b" in text


def test_agreeing_examples_are_not_reported() -> None:
    spec = spec_of(
        a=op("getWidget", {"Id": "W", "N": 1}), b=op("updateWidget", {"Id": "X", "N": 2.5})
    )
    assert infer_overlay(spec).disagreements == ()


def test_typed_responses_and_those_without_examples_are_left_alone() -> None:
    typed_schema = {"$ref": "#/components/schemas/Hand"}
    spec = spec_of(
        typed=op("getHand", {"Id": "x"}, schema=typed_schema),
        strings=op("listStrings", ["a"], schema={"type": "array", "items": {"type": "string"}}),
        bare=op("getBare"),
        thing=op("getThing", {"Id": "x"}),
    )
    spec["components"]["schemas"]["Hand"] = {"title": "Hand", "type": "object"}
    result = infer_overlay(spec)
    assert result.typed == ("GET /v1.0/thing",)
    assert result.skipped == {
        "GET /v1.0/bare": "without an example",
        "GET /v1.0/strings": "already typed",
        "GET /v1.0/typed": "already typed",
    }
    assert patched(spec)["components"]["schemas"]["Hand"] == {"title": "Hand", "type": "object"}


def test_a_response_without_a_schema_gets_one() -> None:
    spec = spec_of(thing=op("getThing", {"Id": "x"}))
    del spec["paths"]["/v1.0/thing"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    media = patched(spec)["paths"]["/v1.0/thing"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    assert media["schema"] == {"$ref": "#/components/schemas/Thing"}


def test_every_example_validates_against_the_types_drafted_from_it() -> None:
    spec = spec_of(
        x=op(
            "getThing",
            {"A": None, "B": {"C": [1, "x", None]}, "D": "true"},
            {"A": {"E": 1}, "B": None, "D": False},
        )
    )
    assert example_problems(spec) == []  # a bare object accepts anything...
    doc = patched(spec)
    assert example_problems(doc) == []  # ...and so do the drafted types, on their own examples
    broken = copy.deepcopy(doc)
    broken["components"]["schemas"]["Thing"]["properties"]["D"] = {"type": "integer"}
    assert any("at D" in p for p in example_problems(broken))


@pytest.mark.parametrize("path", ["/v1.0/it's", "/v1.0/back\\slash", "/v1.0/tab\there"])
def test_paths_with_quotes_and_control_characters_make_valid_targets(path: str) -> None:
    spec = spec_of(x=op("getThing", {"Id": "x"}))
    spec["paths"] = {path: spec["paths"]["/v1.0/x"]}
    assert "$ref" in json.dumps(patched(spec)["paths"][path])


# ------------------------------------------------------------------ output and command line


def test_output_is_deterministic_and_independent_of_document_order() -> None:
    a = spec_of(one=op("getOne", {"B": 1, "A": {"X": 1}}), two=op("getTwo", {"C": True}))
    b = {**a, "paths": dict(reversed(list(a["paths"].items())))}
    text_a = render_overlay(infer_overlay(a), source="T 1", command="cmd")
    assert text_a == render_overlay(infer_overlay(copy.deepcopy(a)), source="T 1", command="cmd")
    assert text_a == render_overlay(infer_overlay(b), source="T 1", command="cmd")
    assert text_a.startswith("# GENERATED by `telegent spec infer`")
    assert "&" not in text_a and "*" not in text_a.replace("*/", "")  # no YAML aliases
    assert yaml.safe_load(text_a)["overlay"] == "1.0.0"


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_cli_writes_then_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_of(thing=op("getThing", {"Id": "x"}))
    src, out = _write(tmp_path, spec), tmp_path / "responses.overlay.yaml"
    assert main(["--spec", str(src), "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    overlay = load_overlay(out)
    assert apply_overlay(spec, overlay, strict=True).document["components"]["schemas"]["Thing"]
    assert main(["--spec", str(src), "-o", str(out), "--check"]) == 0
    assert "typed 1 responses with 1 records" in capsys.readouterr().err

    spec["paths"]["/v1.0/thing"]["get"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ]["e0"]["value"]["Count"] = 2
    _write(tmp_path, spec)
    assert main(["--spec", str(src), "-o", str(out), "--check"]) == 1
    captured = capsys.readouterr()
    assert "+          Count:" in captured.out and "is stale" in captured.err
    assert out.read_text(encoding="utf-8") == first  # --check never writes


def test_cli_applies_handwritten_overlays_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_of(thing=op(None, {"Id": "x"}))
    hand = tmp_path / "names.yaml"
    hand.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.paths['/v1.0/thing'].get\n    update: {operationId: getGadget}\n",
        encoding="utf-8",
    )
    assert main(["--spec", str(_write(tmp_path, spec)), "--overlay", str(hand)]) == 0
    assert "Gadget:" in capsys.readouterr().out


def test_cli_bad_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.json"
    assert main(["--spec", str(missing)]) == 2
    assert "nope.json" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.nothing\n    remove: true\n"
    )
    spec = _write(tmp_path, spec_of(thing=op("getThing", {"Id": "x"})))
    assert main(["--spec", str(spec), "--overlay", str(bad)]) == 2
    assert "selects nothing" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--spec", str(spec), "--check"])  # --check needs the file to compare with


def test_specs_are_read_through_the_safe_loader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `spec apply` refuses, `spec infer` refuses too: a duplicate key (the JSON parser
    would silently keep the last one), an external reference, nesting beyond the bound."""
    text = json.dumps(spec_of(thing=op("getThing", {"Id": "x"})))
    duplicate = tmp_path / "duplicate.json"
    duplicate.write_text(
        text.replace('"openapi": "3.0.3"', '"openapi": "3.0.3", "openapi": "3.1.0"')
    )
    assert main(["--spec", str(duplicate)]) == 2
    assert "duplicate key 'openapi'" in capsys.readouterr().err
    external = tmp_path / "external.json"
    external.write_text(
        text.replace('{"type": "object"}', '{"$ref": "https://example.com/x.json"}')
    )
    assert main(["--spec", str(external)]) == 2
    assert "https://example.com/x.json" in capsys.readouterr().err
    deep = tmp_path / "deep.json"
    deep.write_text(text[:-1] + ', "x-deep": ' + "[" * 5000 + "]" * 5000 + "}")
    assert main(["--spec", str(deep)]) == 2
    assert "deep.json" in capsys.readouterr().err


def test_a_field_only_ever_null_borrows_the_type_it_has_elsewhere() -> None:
    typed_schema = {"$ref": "#/components/schemas/Hand"}
    spec = spec_of(
        hand=op("getHand", {"Purchased": "02/05/2023"}, schema=typed_schema),
        thing=op("getThing", {"Purchased": None, "Unknown": None}),
    )
    spec["components"]["schemas"]["Hand"] = {"title": "Hand", "type": "object"}
    p = props(spec, "Thing")
    assert p["Purchased"]["type"] == "string" and p["Purchased"]["nullable"] is True
    assert p["Purchased"]["pattern"] == US_DATE_PATTERN
    assert "type" not in p["Unknown"] and p["Unknown"]["nullable"] is True


def test_a_bare_object_answered_by_a_list_of_strings_is_typed_inline() -> None:
    spec = spec_of(contacts=op("listContacts", ["+1", "+2"]))
    media = patched(spec)["paths"]["/v1.0/contacts"]["get"]["responses"]["200"]["content"]
    assert media["application/json"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert infer_overlay(spec).records == ()


def test_a_hostile_example_nesting_thousands_deep_is_bounded() -> None:
    deep: Any = "leaf"
    for _ in range(5000):
        deep = {"Next": deep}
    spec = spec_of(thing=op("getThing", deep))
    result = infer_overlay(spec)  # no RecursionError
    assert result.typed == ("GET /v1.0/thing",)
    assert len(result.records) <= 40
