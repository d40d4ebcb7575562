"""The fake serves operations its stateful core knows nothing about.

The registry here is what the real generator (``scripts/codegen``) writes for the patched
spec plus four operations the overlay has never seen; the fake has to find them by method
and path template, check their requests against the spec's rules, and answer from the
spec's example or a schema-valid instance.
"""

from __future__ import annotations

import copy
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from telegent import _registry
from telegent._schema import check_wire
from telegent.testing import FakeClock, FakeTelegent, _examples
from telegent.testing._examples import example_for, instance_for_record, instance_of

from .helpers import Api

ROOT = Path(__file__).resolve().parents[2]
ICCID = "8901240397190556232"
USAGE_EXAMPLE = {"Iccid": ICCID, "DataUsedMb": 512, "Days": 30}
NEW_OPERATIONS: dict[str, dict[str, Any]] = {
    "/v1.0/sims/{Iccid}/usage": {
        "get": {
            "operationId": "getSimUsage",
            "tags": ["Sims"],
            "summary": "SIM usage",
            "parameters": [
                {
                    "name": "Iccid",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[0-9]{17,19}[0-9Ff]$"},
                },
                {
                    "name": "Days",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 90},
                },
            ],
            "responses": {
                "200": {
                    "description": "Usage",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object"},
                            "example": USAGE_EXAMPLE,
                        }
                    },
                }
            },
        }
    },
    "/v1.0/message/broadcast": {
        "post": {
            "operationId": "broadcastMessage",
            "tags": ["Message"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["To", "Text"],
                            "properties": {
                                "To": {
                                    "type": "string",
                                    "pattern": "^\\+(1[2-9][0-9]{9}|[2-9][0-9]{7,14})$",
                                },
                                "Text": {"type": "string", "minLength": 1, "maxLength": 160},
                                "MediaUrls": {
                                    "type": "array",
                                    "maxItems": 3,
                                    "items": {"type": "string", "format": "uri"},
                                },
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"description": "Sent"}},
        }
    },
    "/v1.0/numbers/lookup": {
        "get": {
            "operationId": "lookupNumber",
            "tags": ["Numbers"],
            "parameters": [
                {"name": "Number", "in": "query", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The number",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NumberRecord"}
                        }
                    },
                }
            },
        }
    },
    "/v1.0/numbers/port-out-pin": {
        "post": {
            "operationId": "lockNumberPortOut",
            "tags": ["Numbers"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["Number", "PortOutPin"],
                            "properties": {
                                "Number": {"type": "string"},
                                "PortOutPin": {"type": "string", "format": "password"},
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"description": "Set"}},
        }
    },
    "/v1.0/subscribers/rename": {
        "post": {
            "operationId": "renameSubscriber",
            "tags": ["Subscribers"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["Id"],
                            "minProperties": 2,
                            "properties": {
                                "Id": {"type": "string"},
                                "Name": {"type": "string"},
                                "Email": {"type": "string"},
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"description": "Updated"}},
        }
    },
    "/v1.0/health": {
        "get": {
            "operationId": "getHealth",
            "tags": ["Numbers"],
            "security": [],
            "responses": {"200": {"description": "Up"}},
        }
    },
}


def _spec() -> dict[str, Any]:
    spec = json.loads((ROOT / "generated" / "openapi.json").read_text())
    for path, item in NEW_OPERATIONS.items():
        spec["paths"][path] = copy.deepcopy(item)
    return spec


def _generated_registry(spec: dict[str, Any]) -> dict[str, types.ModuleType]:
    """``sdk/operations/`` as the real generator writes it for ``spec``, imported.

    Module name -> module, for ``sys.modules``: the package (the index) and one module per
    resource.
    """
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from codegen.emit import registry_modules  # noqa: PLC0415
        from codegen.ir import Builder  # noqa: PLC0415
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    modules: dict[str, types.ModuleType] = {}
    for name, text in registry_modules(Builder(spec).build()).items():
        full = _registry._GENERATED + ("" if name == "__init__" else f".{name}")
        module = types.ModuleType(full)
        exec(text, module.__dict__)  # noqa: S102 - generated source
        modules[full] = module
    return modules


def _spec_examples(spec: dict[str, Any]) -> types.ModuleType:
    """What a generated ``sdk/examples.py`` holds: each operation's 200 example."""
    examples: dict[str, Any] = {}
    for item in spec["paths"].values():
        for op in item.values():
            media = op.get("responses", {}).get("200", {}).get("content", {})
            body = media.get("application/json", {})
            if "example" in body:
                examples[op["operationId"]] = body["example"]
    module = types.ModuleType("telegent._generated.examples")
    module.EXAMPLES = examples  # type: ignore[attr-defined]
    return module


def _reset_caches() -> None:
    _registry._clear_caches()
    _examples._spec_examples.cache_clear()


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    spec = _spec()
    for name, module in _generated_registry(spec).items():
        monkeypatch.setitem(sys.modules, name, module)
    _reset_caches()
    yield spec
    monkeypatch.undo()
    _reset_caches()


@pytest.fixture
def with_examples(registry: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, _examples._EXAMPLES_MODULE, _spec_examples(registry))
    _examples._spec_examples.cache_clear()


@pytest.fixture
def api(registry: dict[str, Any]) -> Iterator[Api]:
    api = Api(FakeTelegent(numbers=10, seed=3, clock=FakeClock(), rate_limit=None))
    yield api
    api.http.close()


def _message(response: Any) -> str:
    body = response.json()
    assert set(body) == {"StatusCode", "Message"} and body["StatusCode"] == response.status_code
    return str(body["Message"])


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("500", "Days must be <= 90, got 500"),
        ("0", "Days must be >= 1, got 0"),
        ("abc", "Days must be an integer, got 'abc'"),
    ],
)
def test_a_bad_query_value_is_refused_naming_it(api: Api, days: str, expected: str) -> None:
    answer = api.get(f"/v1.0/sims/{ICCID}/usage", Days=days)
    assert answer.status_code == 400
    assert expected in _message(answer)


def test_a_missing_required_query_parameter_is_named(api: Api) -> None:
    answer = api.get(f"/v1.0/sims/{ICCID}/usage")
    assert answer.status_code == 400
    assert "The Days query parameter is required" in _message(answer)


def test_a_bad_path_parameter_is_refused_naming_it(api: Api) -> None:
    answer = api.get("/v1.0/sims/12345/usage", Days=7)
    assert answer.status_code == 400
    assert "Iccid '12345' is not valid" in _message(answer)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"Text": "hi"}, "The To field is required"),
        ({"To": "+1201", "Text": "hi"}, "To '+1201' is not valid"),
        ({"To": "+12016093801", "Text": "x" * 161}, "Text is longer than 160 characters"),
        ({"To": "+12016093801", "Text": 7}, "Text must be a string, got int"),
        (
            {"To": "+12016093801", "Text": "hi", "MediaUrls": ["a", "b", "c", "d"]},
            "MediaUrls must have at most 3 items, got 4",
        ),
        (["+12016093801"], "The request body must be a JSON object"),
    ],
)
def test_a_bad_body_is_refused_naming_the_field(api: Api, body: Any, expected: str) -> None:
    answer = api.post("/v1.0/message/broadcast", body)
    assert answer.status_code == 400
    assert expected in _message(answer)


def test_whole_body_rules_apply(api: Api) -> None:
    alone = api.post("/v1.0/subscribers/rename", {"Id": "TSUID-1"})
    assert alone.status_code == 400
    assert "The request body needs at least 2 field(s), got 1" in _message(alone)
    assert api.post("/v1.0/subscribers/rename", {"Id": "TSUID-1", "Name": "A"}).status_code == 200


def test_a_missing_or_malformed_body_is_refused(api: Api) -> None:
    empty = api.http.post("/v1.0/message/broadcast", headers=api.auth)
    assert empty.status_code == 400 and "The request body is required" in _message(empty)
    broken = api.http.post("/v1.0/message/broadcast", content=b"{nope", headers=api.auth)
    assert broken.status_code == 400 and "not valid JSON" in _message(broken)


def test_authentication_follows_the_spec(api: Api) -> None:
    anonymous = api.http.get(f"/v1.0/sims/{ICCID}/usage", params={"Days": 7})
    assert anonymous.status_code == 401
    assert api.http.get("/v1.0/health").status_code == 200  # security: [] in the spec


def test_wrong_method_is_405_with_allow(api: Api) -> None:
    answer = api.http.delete("/v1.0/message/broadcast", headers=api.auth)
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"


def test_unknown_paths_are_still_404(api: Api) -> None:
    assert api.get("/v1.0/sims/usage").status_code == 404


def test_secret_body_fields_never_reach_the_request_log(api: Api) -> None:
    answer = api.post(
        "/v1.0/numbers/port-out-pin", {"Number": "+12016093801", "PortOutPin": "9876"}
    )
    assert answer.status_code == 200
    logged = api.fake.requests[-1]
    assert logged.json == {"Number": "+12016093801", "PortOutPin": "[REDACTED]"}
    assert "9876" not in repr(api.fake.requests)


def test_faults_apply_to_unknown_operations(api: Api) -> None:
    api.fake.fail_next(status=503, path="/v1.0/message/broadcast")
    body = {"To": "+12016093801", "Text": "hi"}
    assert api.post("/v1.0/message/broadcast", body).status_code == 503
    assert api.post("/v1.0/message/broadcast", body).status_code == 200


# --------------------------------------------------------------------------- answers


def test_answers_the_spec_example_when_the_generated_surface_has_one(
    api: Api, with_examples: None
) -> None:
    answer = api.get(f"/v1.0/SIMS/{ICCID}/Usage", Days=30)  # the vendor ignores case
    assert answer.status_code == 200
    assert answer.json() == USAGE_EXAMPLE


def test_without_examples_an_untyped_answer_is_an_empty_object(api: Api) -> None:
    answer = api.get(f"/v1.0/sims/{ICCID}/usage", Days=30)
    assert answer.status_code == 200 and answer.json() == {}


def test_a_typed_answer_without_example_fits_its_record(api: Api) -> None:
    from telegent.types import NumberRecord  # noqa: PLC0415

    answer = api.get("/v1.0/numbers/lookup", Number="+12016093801")
    assert answer.status_code == 200
    record = NumberRecord._parse(answer.json())
    assert set(answer.json()) == {f.wire for f in NumberRecord.__fields__}
    assert record.number and record.message_enabled is True
    assert record.original_date_purchased is not None and record.next_swap_reset_date


def test_the_stateful_operations_keep_their_behaviour(api: Api) -> None:
    number = next(api.fake.iter_numbers()).number
    assert api.status("park", number).status_code == 200
    assert api.fake.get_number(number).status == "Parked"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- instances


def test_instances_fit_every_request_schema_of_the_registry() -> None:
    checked = 0
    for op in _registry.operations():
        for p in op.params:
            check_wire(instance_of(p.schema), p.schema, f"{op.id}.{p.wire}")
            checked += 1
    assert checked >= 20


def test_instances_of_patterns_formats_and_bounds() -> None:
    schemas: list[dict[str, Any]] = [
        {"type": "string", "pattern": "^[A-Z]+-[0-9A-Za-z-]+$"},
        {"type": "string", "pattern": "^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}$"},
        {"type": "string", "x-telegent-format": "us-date"},
        {"type": "string", "minLength": 12, "pattern": "\\S"},
        {"type": "string", "maxLength": 3},
        {"type": "integer", "minimum": 5, "maximum": 9},
        {"type": "integer", "exclusiveMinimum": 5},
        {"type": "number", "maximum": -2},
        {"type": "array", "minItems": 2, "items": {"type": "boolean"}},
        {"type": "object", "required": ["A"], "properties": {"A": {"enum": ["x", "y"]}}},
        {"anyOf": [{"type": "integer"}, {"type": "string"}]},
    ]
    for schema in schemas:
        value = instance_of(schema)
        check_wire(value, schema, "value")
    assert instance_of(schemas[5]) == 5 and len(instance_of(schemas[8])) == 2


def test_record_instances_and_generic_answers() -> None:
    assert instance_for_record("GenericRecord") == {}
    order = instance_for_record("OrderDetails")
    assert isinstance(order["PhoneNumbersOrdered"], list) and order["PhoneNumbersOrdered"]
    assert example_for("getOrder")["OrderId"]
