"""The overlay closes every gap; every published example fits the typed schemas and models."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from openapi_spec_validator import validate as validate_spec

from telegent.spec._overlay import apply_overlay, load_overlay
from telegent.spec._resources import overlay_paths
from tests._examples import NO_EXAMPLE, request_example

ROOT = Path(__file__).resolve().parents[2]
PINNED = json.loads((ROOT / "openapi.json").read_text())
PATCHED = json.loads((ROOT / "generated" / "openapi.json").read_text())
METHODS = ("get", "post", "put", "patch", "delete")


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _validator(schema: dict[str, Any], *, request: bool = False) -> Any:
    # Root the schema in a document that carries the components so `#/components/...` resolves.
    # Read/Write validators apply readOnly/writeOnly the way a response/request must.
    cls = OAS30WriteValidator if request else OAS30ReadValidator
    return cls({**schema, "components": PATCHED["components"]}, format_checker=oas30_format_checker)


def _generated_models() -> dict[str, Any]:
    # The generated records (one per response schema): compare names with case and
    # separators removed instead of re-deriving the generator's naming rules.
    from telegent._generated.records import MODULES

    return {
        re.sub(r"[^a-z0-9]", "", name.lower()): getattr(importlib.import_module(module), name)
        for name, module in MODULES.items()
    }


MODELS = _generated_models()


def _model_for(schema: dict[str, Any]) -> Any:
    ref = schema.get("$ref") or ""
    name = schema.get("title") or ref.rsplit("/", 1)[-1]
    if ref and not schema.get("title"):
        name = PATCHED["components"]["schemas"][name].get("title", name)
    return MODELS[re.sub(r"[^a-z0-9]", "", name.lower())]


def _response_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    for path, method, op in _operations(PATCHED):
        for status, response in op["responses"].items():
            for media in response.get("content", {}).values():
                examples = {k: v["value"] for k, v in media.get("examples", {}).items()}
                if "example" in media:
                    examples["example"] = media["example"]
                for name, value in examples.items():
                    yield f"{method.upper()} {path} {status} {name}", media["schema"], value


def _request_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    # The published request examples: the JSON code samples, else the requestBody's example.
    for path, method, op in _operations(PATCHED):
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        example = request_example(op)
        if body and example is not NO_EXAMPLE:
            yield f"{method.upper()} {path} request", body["schema"], example


# The vendor's own request samples send null for fields its schema does not make nullable.
# That is vendor data, not what the SDK sends: each field is listed with the reason, checked to
# still be null in the sample (so the list cannot go stale silently), and removed before
# validating the rest of the sample.
VENDOR_NULL_FIELDS: dict[str, tuple[tuple[str | int, ...], ...]] = {
    # The sample leaves the callback credentials unset; the schema types them as plain strings.
    "POST /v1.0/message/routes/update request": (
        ("CallbackMessageAuthenticationType",),
        ("CallbackMessageUsername",),
        ("CallbackMessagePasswordToken",),
    ),
    # The sample's mailing address has null parts; the schema types them as strings.
    "POST /v1.0/account/create request": tuple(
        ("MailingAddress", part) for part in ("Street1", "City", "State", "Zip")
    ),
}


def _drop_vendor_nulls(where: str, value: Any) -> Any:
    for path in VENDOR_NULL_FIELDS.get(where, ()):
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        assert parent[path[-1]] is None, f"{where}: {path} is no longer null; drop it from the list"
        del parent[path[-1]]
    return value


RESPONSE_EXAMPLES = list(_response_examples())
REQUEST_EXAMPLES = list(_request_examples())
# The pinned spec has 80: a newer spec may add some, never lose them silently.
REQUEST_EXAMPLE_FLOOR = 80


def test_every_action_matches_and_changes_something() -> None:
    # Every overlay, in the order the pipeline applies them (hand-written, names, responses).
    document = PINNED
    for path in overlay_paths():
        result = apply_overlay(document, load_overlay(path))
        assert not result.unmatched, path.name
        assert not result.redundant, [a.description for a in result.redundant]
        assert all(a.matched >= 1 and a.description for a in result.actions), path.name
        document = result.document
    assert document == PATCHED, "generated/openapi.json is not the overlay applied to the pin"


def test_patched_spec_is_valid_openapi() -> None:
    validate_spec(PATCHED)


def test_patched_spec_closes_the_known_gaps() -> None:
    assert PATCHED["servers"][0]["url"] == "https://api.telegent.com"
    assert PATCHED["components"]["securitySchemes"]["BearerAuth"] == {
        **PATCHED["components"]["securitySchemes"]["BearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    token_op = PATCHED["paths"]["/v1.0/oauth2/tokens"]["post"]
    assert token_op["security"] == []
    assert "/v1.0/OAuth2/tokens" not in PATCHED["paths"], (
        "the vendor's token path stays beside ours"
    )
    ids = [op["operationId"] for _, _, op in _operations(PATCHED)]
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    # The seed operations keep the ids the SDK has always used.
    assert {"createToken", "changeNumberStatus", "listNumberInventory", "updateNumber"} <= set(ids)
    for path, method, op in _operations(PATCHED):
        pinned = PINNED["paths"].get(path, {}).get(method)
        media = (pinned or {}).get("responses", {}).get("200", {}).get("content", {})
        shown = any("example" in m or "examples" in m for m in media.values())
        if not shown:
            continue
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        # Every 200 the vendor shows by example is typed (a record, a typed list or a string list).
        if shown:
            assert schema != {"type": "object"}, f"{method} {path}: 200 is still untyped"
            assert {"$ref", "items", "properties", "allOf", "anyOf"} & set(schema), (method, path)


def test_status_request_has_optional_iccid_serialised_as_ICCID() -> None:
    from datetime import date

    from telegent._registry import operation
    from telegent._resource import build_request

    item = {"number": "+12016093801", "iccid": "8901240397190556232"}
    args = {"change_type": "swap-sim", "effective_date": "12/01/2026"}
    request = build_request(
        operation("changeNumberStatus"), {**args, "numbers": [item]}, dict, date(2026, 1, 1)
    )
    assert request.json["PhoneNumbers"] == [
        {"Number": "+12016093801", "ICCID": "8901240397190556232"}
    ]
    without = {**args, "numbers": [{"number": "+12016093801"}]}
    request = build_request(operation("changeNumberStatus"), without, dict, date(2026, 1, 1))
    assert request.json["PhoneNumbers"] == [{"Number": "+12016093801"}]


def test_examples_were_found() -> None:
    # Counted from the pinned spec, independently of the collectors above.
    def count(doc: dict[str, Any], status: str | None) -> int:
        total = 0
        for _, _, op in _operations(doc):
            for code, response in op.get("responses", {}).items():
                for media in response.get("content", {}).values():
                    if status is None or code == status:
                        total += len(media.get("examples", {})) + ("example" in media)
        return total

    # The overlay drops the text/plain duplicates of each example, never an application/json one.
    ok = [e for e in RESPONSE_EXAMPLES if " 200 " in e[0]]
    assert ok and len(ok) >= count(PINNED, "200") // 2
    assert len(RESPONSE_EXAMPLES) >= len(ok)
    # Every operation with a body and a request example (wherever the spec keeps it) is
    # checked: none may vanish because the vendor moved its examples.
    with_example = sum(
        1
        for _, _, op in _operations(PATCHED)
        if "application/json" in op.get("requestBody", {}).get("content", {})
        and request_example(op) is not NO_EXAMPLE
    )
    assert len(REQUEST_EXAMPLES) == with_example >= REQUEST_EXAMPLE_FLOOR


@pytest.mark.parametrize(
    ("where", "schema", "value"),
    RESPONSE_EXAMPLES + REQUEST_EXAMPLES,
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_example_validates_and_parses(where: str, schema: dict[str, Any], value: Any) -> None:
    value = _drop_vendor_nulls(where, json.loads(json.dumps(value)))
    errors = sorted(
        _validator(schema, request=where.endswith("request")).iter_errors(value), key=str
    )
    assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"
    if "anyOf" in schema and all("type" in m or "$ref" in m for m in schema["anyOf"]):
        # A list the vendor may answer as one object: the member this example is.
        arrays = [m for m in schema["anyOf"] if m.get("type") == "array"]
        objects = [m for m in schema["anyOf"] if "$ref" in m]
        schema = arrays[0] if isinstance(value, list) and arrays else objects[0]
    if where.endswith("request") or where.split()[2][0] != "2":
        return  # a request body or an error: no record reads it (validated above)
    if schema.get("type") == "array":
        item_schema = schema.get("items", {})
        if "$ref" not in item_schema and "title" not in item_schema:
            return  # a list of scalars: validated above, nothing to parse into
        model = _model_for(item_schema)
        for item in value:
            _parses_completely(model, item, where)
        return
    _parses_completely(_model_for(schema), value, where)


def _parses_completely(model: Any, value: dict[str, Any], where: str) -> None:
    """The generated record reads the example with nothing kept as sent or set aside."""
    parsed = model.from_wire(value, strict=True)
    assert parsed.problems == (), f"{where}: {parsed.problems}"


@pytest.mark.parametrize(
    ("schema_name", "bad"),
    [
        (
            "StatusChangeRequest",
            {
                "StatusChange": "activate",
                "EffectiveDate": "2026-12-01",
                "PhoneNumbers": [{"Number": "+12016093801"}],
            },
        ),
        (
            "StatusChangeRequest",
            {"StatusChange": "activate", "EffectiveDate": "12/01/2026", "PhoneNumbers": []},
        ),
        (
            "StatusChangeRequest",
            {
                "StatusChange": "activate",
                "EffectiveDate": "12/01/2026",
                "PhoneNumbers": [{"Number": "2016093801"}],
            },
        ),
        (
            "StatusChangeRequest",
            {
                "StatusChange": "delete",
                "EffectiveDate": "12/01/2026",
                "PhoneNumbers": [{"Number": "+12016093801"}],
            },
        ),
        (
            "StatusChangeRequest",
            {
                "StatusChange": "swap-sim",
                "EffectiveDate": "12/01/2026",
                "PhoneNumbers": [{"Number": "+12016093801", "ICCID": "12"}],
            },
        ),
        (
            "StatusChangeRequest",
            {
                "StatusChange": "activate",
                "EffectiveDate": "12/01/2026",
                "PhoneNumbers": [{"Number": "+12016093801"}],
                "Typo": 1,
            },
        ),
        ("NumberUpdateRequest", {"Number": "+18018018011", "ProductType": "Voice-Only"}),
        ("TokenRequest", {"AccountKey": "DID-1"}),
    ],
)
def test_request_schemas_stay_strict(schema_name: str, bad: dict[str, Any]) -> None:
    schema = _request_schema(schema_name)
    assert list(_validator(schema, request=True).iter_errors(bad)), f"{schema_name} accepted {bad}"


def _request_schema(name: str) -> dict[str, Any]:
    if name in PATCHED["components"]["schemas"]:
        return {"$ref": f"#/components/schemas/{name}"}
    for _, _, op in _operations(PATCHED):
        schema = (
            op.get("requestBody", {})
            .get("content", {})
            .get("application/json", {})
            .get("schema", {})
        )
        if schema.get("title") == name:
            return dict(schema)
    raise LookupError(name)


def test_responses_are_forward_compatible() -> None:
    from telegent.types import NumberRecord, OrderDetails

    schema = {"$ref": "#/components/schemas/OrderDetails"}
    future = {
        "OrderId": "JNUOID-1",
        "OrderStatus": "OnHold",
        "NewField": {"x": 1},
        "OrderStatusMessage": None,
    }
    assert not list(_validator(schema).iter_errors(future))
    parsed = OrderDetails.from_wire(future)
    assert parsed.order_status == "OnHold"
    assert parsed.extra == {"NewField": {"x": 1}}
    assert parsed.problems == ()
    record = {"Number": "+18015555555", "MessageEnabled": "true", "Tnid": None, "TNID": "TNID-1"}
    assert not list(_validator({"$ref": "#/components/schemas/NumberRecord"}).iter_errors(record))
    number = NumberRecord.from_wire(record)
    assert number.problems == ()
    assert number.message_enabled is True  # the lenient boolean, read


def test_server_controlled_strings_are_not_enums() -> None:
    def walk(node: Any, path: str) -> Iterator[str]:
        if isinstance(node, dict):
            # `enum: [null]` is how OAS 3.0 says "or null" beside a $ref: no server value.
            if "enum" in node and node["enum"] != [None]:
                yield path
            for key, value in node.items():
                yield from walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{path}/{i}")

    request_only = {"TokenRequest"}
    for name, schema in PATCHED["components"]["schemas"].items():
        if name not in request_only:
            assert not list(walk(schema, name)), f"response schema {name} uses enum"
