"""One mutation of the pinned spec per rule: the drift check must report exactly the expected
changes, with the level this client warrants.

Each case mutates a copy of the pinned spec into a "published" one (after an optional
*setup* applied to both sides, for rules that need something the pinned spec lacks, such as
a response enum) and lists every change the check must report: no more, no fewer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from telegent.spec.drift.rules import RULES

from .helpers import (
    INVENTORY,
    OPS,
    ORDER,
    SECURED_OPS,
    STATUS,
    UPDATE,
    Doc,
    body_schema,
    error_bodies,
    example,
    inventory_records,
    keys,
    mutated,
    ok_media,
    op,
    param,
    params,
    pinned,
    run,
    schema,
)

# Slow tier (each case runs a whole drift check): .ci/run runs it (`pytest -m "slow or prism"`).
pytestmark = pytest.mark.slow

Expected = tuple[str, str, str | None, str]


@dataclass(frozen=True)
class Case:
    id: str
    mutate: Callable[[Doc], Any]
    expected: set[Expected]
    setup: Callable[[Doc], Any] | None = None
    overlay: set[tuple[str, str, int]] = field(default_factory=set)
    """Overlay findings (rule, level, action index) expected, when any."""
    bump: bool = True
    """Give the published spec a new info.version (False: same version, other content)."""


def each_secured_op(rule: str, level: str, location: str) -> set[Expected]:
    """One change per vendor operation under the spec-wide security requirement."""
    assert SECURED_OPS, "the pinned spec has operations under its security requirement"
    return {(rule, level, operation, location) for operation in SECURED_OPS}


def each_error_body(rule: str, level: str, suffix: str) -> set[Expected]:
    """One change per 400 body (operation x media type) the pinned spec types as the error
    schema: a change to the shared schema reaches every one of them."""
    bodies = error_bodies(pinned())
    assert bodies, "the pinned spec has 400 bodies typed by the error schema"
    return {(rule, level, operation, f"{location}{suffix}") for operation, location in bodies}


def _set(doc: Doc, path: list[Any], value: Any) -> None:
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


# ---------------------------------------------------------------------------- mutations


def add_path(doc: Doc) -> None:
    doc["paths"]["/v1.0/numbers/release"] = {
        "post": {"responses": {"200": {"description": "ok"}}},
    }


def swap_status_method(doc: Doc) -> None:
    doc["paths"][STATUS]["put"] = doc["paths"][STATUS].pop("post")


def vendor_names_update(doc: Doc) -> None:
    op(doc, UPDATE)["operationId"] = "numbersUpdate"


def add_query(required: bool) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        params(doc, INVENTORY).append(
            {"name": "Carrier", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return mutate


def filter_enum(*values: str) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        param(doc, INVENTORY, "Filter")["schema"]["enum"] = list(values)

    return mutate


def drop_status_change(doc: Doc) -> None:
    s = body_schema(doc, STATUS)
    del s["properties"]["StatusChange"]
    s["required"].remove("StatusChange")
    s["additionalProperties"] = False


def add_number_label(doc: Doc) -> None:
    items = body_schema(doc, STATUS)["properties"]["PhoneNumbers"]["items"]
    items["properties"]["Label"] = {"type": "string"}


def update_200_json_to_xml(doc: Doc) -> None:
    content = op(doc, UPDATE)["responses"]["200"]["content"]
    content["application/xml"] = content.pop("application/json")


def error_status_code_enum(*values: int) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        schema(doc, "BadRequest_Result")["properties"]["StatusCode"]["enum"] = list(values)

    return mutate


def error_media_first(media: str) -> Callable[[Doc], None]:
    """The update operation's 400 body offered as JSON and text, *media* listed first."""

    def mutate(doc: Doc) -> None:
        content = op(doc, UPDATE)["responses"]["400"]["content"]
        content.setdefault("text/plain", {"schema": {"type": "string"}})
        op(doc, UPDATE)["responses"]["400"]["content"] = {
            media: content[media],
            **{k: v for k, v in content.items() if k != media},
        }

    return mutate


def api_key_security(alternative: bool) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        doc["components"]["securitySchemes"] = {
            "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
        }
        doc["security"] = (
            [{"BearerAuth": []}, {"ApiKeyAuth": []}] if alternative else [{"ApiKeyAuth": []}]
        )

    return mutate


def cyclic_error_schema(doc: Doc) -> None:
    # A self-referencing schema (a tree of causes) in the 400 body of every operation.
    doc["components"]["schemas"]["Cause"] = {
        "type": "object",
        "properties": {
            "Code": {"type": "string"},
            "Cause": {"$ref": "#/components/schemas/Cause"},
        },
    }
    schema(doc, "BadRequest_Result")["properties"]["Cause"] = {"$ref": "#/components/schemas/Cause"}
    del schema(doc, "BadRequest_Result")["additionalProperties"]


def cyclic_update_response(doc: Doc) -> None:
    cyclic_error_schema(doc)
    ok_media(doc, UPDATE)["schema"] = {"$ref": "#/components/schemas/Cause"}


def cause_code_to_integer(doc: Doc) -> None:
    doc["components"]["schemas"]["Cause"]["properties"]["Code"]["type"] = "integer"


def records(mutate: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def each(doc: Doc) -> None:
        for record in inventory_records(doc):
            mutate(record)

    return each


R200 = "response.200[application/json]"
BODY = "request.body[application/json]"
INV, ST, UPD, ORD = OPS[INVENTORY], OPS[STATUS], OPS[UPDATE], OPS[ORDER]
STATUS_CHANGE = f"{BODY}.StatusChange"

CASES = [
    # ------------------------------------------------------------------ operations
    Case(
        "path-removed",
        lambda d: d["paths"].pop(UPDATE),
        {("api-path-removed", "ERR", UPD, "operation")},
    ),
    Case(
        "path-added",
        add_path,
        {("api-path-added", "INFO", "POST /v1.0/numbers/release", "operation")},
    ),
    Case(
        "operation-removed-and-added",
        swap_status_method,
        {
            ("api-operation-removed", "ERR", ST, "operation"),
            ("api-operation-added", "INFO", "PUT /v1.0/numbers/status", "operation"),
        },
        # The overlay's status actions target `.post`: they vanish.
        overlay={
            ("overlay-target-vanished", "ERR", 3),
            ("overlay-target-vanished", "ERR", 6),
        },
    ),
    Case(
        "operation-id-changed",
        vendor_names_update,
        {("api-operation-id-changed", "ERR", UPD, "operationId")},
    ),
    Case(
        "operation-id-set-by-overlay-is-stable",
        lambda d: op(d, INVENTORY).__setitem__("operationId", "numbersInventory"),
        set(),  # the overlay names it: the generated function keeps its name
        overlay={("overlay-action-superseded", "INFO", 4)},
    ),
    Case(
        "deprecated",
        lambda d: op(d, ORDER).__setitem__("deprecated", True),
        {("api-deprecated", "INFO", ORD, "operation")},
    ),
    Case(
        "relied-extension-removed",
        lambda d: op(d, ORDER).pop("x-codeSamples"),
        {("api-relied-extension-removed", "INFO", ORD, "x-codeSamples")},
    ),
    # ------------------------------------------------------------------ parameters
    Case(
        "new-required-parameter",
        add_query(True),
        {("new-required-request-parameter", "ERR", INV, "request.query.Carrier")},
    ),
    Case(
        "new-optional-parameter",
        add_query(False),
        {("new-optional-request-parameter", "INFO", INV, "request.query.Carrier")},
    ),
    Case(
        "parameter-removed",
        lambda d: params(d, INVENTORY).remove(param(d, INVENTORY, "Filter")),
        {("request-parameter-removed", "WARN", INV, "request.query.Filter")},
    ),
    Case(
        "parameter-became-required",
        lambda d: param(d, INVENTORY, "PageNumber").__setitem__("required", True),
        {("request-parameter-became-required", "ERR", INV, "request.query.PageNumber")},
    ),
    Case(
        "parameter-became-optional",
        lambda d: param(d, INVENTORY, "Filter").__setitem__("required", False),
        {("request-parameter-became-optional", "INFO", INV, "request.query.Filter")},
        setup=lambda d: param(d, INVENTORY, "Filter").__setitem__("required", True),
    ),
    Case(
        "parameter-required-by-overlay-is-stable",
        lambda d: param(d, ORDER, "OrderId").__setitem__("required", True),
        # The vendor now says what the overlay says: the raw change is only informative.
        {("request-parameter-became-required", "INFO", ORD, "request.query.OrderId")},
        overlay={("overlay-action-redundant", "INFO", 7)},
    ),
    Case(
        "parameter-type-changed",
        lambda d: _set(
            param(d, INVENTORY, "TotalNumbersRequested"), ["schema"], {"type": "string"}
        ),
        {("request-parameter-type-changed", "ERR", INV, "request.query.TotalNumbersRequested")},
    ),
    Case(
        "parameter-type-widened",
        lambda d: param(d, INVENTORY, "TotalNumbersRequested")["schema"].__setitem__(
            "format", "int64"
        ),
        {("request-parameter-type-changed", "INFO", INV, "request.query.TotalNumbersRequested")},
    ),
    Case(
        "parameter-enum-value-added",
        filter_enum("Active", "Parked", "Ported"),
        {("request-parameter-enum-value-added", "INFO", INV, "request.query.Filter")},
        setup=filter_enum("Active", "Parked"),
    ),
    Case(
        "parameter-enum-value-removed",
        filter_enum("Active"),
        {("request-parameter-enum-value-removed", "ERR", INV, "request.query.Filter")},
        setup=filter_enum("Active", "Parked"),
    ),
    # ---------------------------------------------------------------- request body
    Case(
        "new-required-request-body",
        lambda d: op(d, INVENTORY).__setitem__(
            "requestBody",
            {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
        ),
        {("new-required-request-body", "ERR", INV, "request.body")},
    ),
    Case(
        "new-optional-request-body",
        lambda d: op(d, INVENTORY).__setitem__(
            "requestBody", {"content": {"application/json": {"schema": {"type": "object"}}}}
        ),
        {("new-optional-request-body", "INFO", INV, "request.body")},
    ),
    Case(
        "request-body-removed",
        lambda d: op(d, UPDATE).pop("requestBody"),
        {("request-body-removed", "WARN", UPD, "request.body")},
    ),
    Case(
        "request-body-became-required",
        lambda d: op(d, UPDATE)["requestBody"].__setitem__("required", True),
        {("request-body-became-required", "ERR", UPD, "request.body")},
        setup=lambda d: op(d, UPDATE)["requestBody"].__setitem__("required", False),
    ),
    Case(
        "request-media-type-removed",
        lambda d: _set(
            op(d, UPDATE)["requestBody"],
            ["content"],
            {
                "application/x-www-form-urlencoded": op(d, UPDATE)["requestBody"]["content"][
                    "application/json"
                ]
            },
        ),
        {("request-body-media-type-removed", "ERR", UPD, BODY)},
    ),
    Case(
        "request-media-type-removed-unused",
        lambda d: op(d, UPDATE)["requestBody"]["content"].pop("text/json"),
        {("request-body-media-type-removed", "INFO", UPD, "request.body[text/json]")},
        setup=lambda d: op(d, UPDATE)["requestBody"]["content"].__setitem__(
            "text/json", {"schema": {"type": "object"}}
        ),
    ),
    Case(
        "new-required-request-property",
        lambda d: (
            body_schema(d, UPDATE)["properties"].__setitem__("AccountId", {"type": "string"}),
            body_schema(d, UPDATE)["required"].append("AccountId"),
        ),
        {("new-required-request-property", "ERR", UPD, f"{BODY}.AccountId")},
    ),
    Case(
        "new-optional-request-property",
        lambda d: body_schema(d, UPDATE)["properties"].__setitem__("Label", {"type": "string"}),
        {("new-optional-request-property", "INFO", UPD, f"{BODY}.Label")},
    ),
    Case(
        "request-property-removed",
        lambda d: body_schema(d, UPDATE)["properties"].pop("CnamLastName"),
        {("request-property-removed", "WARN", UPD, f"{BODY}.CnamLastName")},
    ),
    Case(
        "request-property-removed-strict",
        drop_status_change,
        # Always sent (required) and the published schema refuses unknown properties.
        {("request-property-removed", "ERR", ST, f"{BODY}.StatusChange")},
    ),
    Case(
        "request-property-type-changed",
        lambda d: body_schema(d, UPDATE)["properties"]["VoiceEnabled"].__setitem__(
            "type", "string"
        ),
        {("request-property-type-changed", "ERR", UPD, f"{BODY}.VoiceEnabled")},
    ),
    Case(
        "request-property-became-required",
        lambda d: body_schema(d, UPDATE)["required"].append("MessageEnabled"),
        {("request-property-became-required", "ERR", UPD, f"{BODY}.MessageEnabled")},
    ),
    Case(
        "request-property-became-optional",
        lambda d: body_schema(d, STATUS)["required"].remove("EffectiveDate"),
        {("request-property-became-optional", "INFO", ST, f"{BODY}.EffectiveDate")},
    ),
    Case(
        "request-property-enum-value-added",
        lambda d: body_schema(d, UPDATE)["properties"]["ProductType"]["enum"].append("Voice-Only"),
        {("request-property-enum-value-added", "INFO", UPD, f"{BODY}.ProductType")},
    ),
    Case(
        "request-property-enum-value-removed",
        lambda d: body_schema(d, UPDATE)["properties"]["MessageType"]["enum"].remove("a2p"),
        {("request-property-enum-value-removed", "ERR", UPD, f"{BODY}.MessageType")},
    ),
    Case(
        "nested-request-property-added",
        add_number_label,
        {("new-optional-request-property", "INFO", ST, f"{BODY}.PhoneNumbers[].Label")},
    ),
    # ------------------------------------------------------------------- responses
    Case(
        "success-status-removed",
        lambda d: _set(
            op(d, UPDATE),
            ["responses"],
            {"201" if k == "200" else k: v for k, v in op(d, UPDATE)["responses"].items()},
        ),
        {("response-success-status-removed", "ERR", UPD, "response.200")},
    ),
    Case(
        "non-success-status-removed",
        lambda d: op(d, ORDER)["responses"].pop("504"),
        {("response-non-success-status-removed", "INFO", ORD, "response.504")},
    ),
    Case(
        "media-type-removed",
        update_200_json_to_xml,
        {("response-media-type-removed", "ERR", UPD, R200)},
    ),
    Case(
        "error-media-type-removed",
        lambda d: op(d, UPDATE)["responses"]["400"]["content"].pop("text/plain"),
        {("response-media-type-removed", "INFO", UPD, "response.400[text/plain]")},
        setup=lambda d: op(d, UPDATE)["responses"]["400"]["content"].__setitem__(
            "text/plain", {"schema": {"type": "string"}}
        ),
    ),
    Case(
        "response-property-removed-overlay-typed",
        records(lambda r: r.pop("Iccid")),
        # Only the examples show it, and the overlay types it: the wrappers read it.
        {("response-property-removed", "ERR", INV, f"{R200}.PhoneNumbers[].Iccid")},
    ),
    Case(
        "response-property-removed-untyped",
        lambda d: example(d, UPDATE).pop("CnamLastName"),
        {("response-property-removed", "WARN", UPD, f"{R200}.CnamLastName")},
    ),
    Case(
        "response-property-removed-vendor-typed-optional",
        lambda d: schema(d, "BadRequest_Result")["properties"].pop("Message"),
        each_error_body("response-property-removed", "WARN", ".Message"),
    ),
    Case(
        "response-property-removed-vendor-typed-required",
        lambda d: (
            schema(d, "BadRequest_Result")["properties"].pop("StatusCode"),
            schema(d, "BadRequest_Result")["required"].clear(),
        ),
        each_error_body("response-property-removed", "ERR", ".StatusCode"),
    ),
    Case(
        "response-property-added",
        records(lambda r: r.__setitem__("Carrier", "Verizon")),
        {("response-property-added", "INFO", INV, f"{R200}.PhoneNumbers[].Carrier")},
    ),
    Case(
        "response-property-added-to-schema",
        lambda d: schema(d, "BadRequest_Result")["properties"].__setitem__(
            "TraceId", {"type": "string"}
        ),
        each_error_body("response-property-added", "INFO", ".TraceId"),
    ),
    Case(
        "response-property-type-changed",
        lambda d: example(d, INVENTORY).__setitem__("TotalResults", "346"),
        {("response-property-type-changed", "ERR", INV, f"{R200}.TotalResults")},
    ),
    Case(
        "response-property-type-changed-accepted",
        records(lambda r: r.__setitem__("MessageEnabled", "true")),
        # The overlay types it as boolean-or-string: the client copes.
        {("response-property-type-changed", "INFO", INV, f"{R200}.PhoneNumbers[].MessageEnabled")},
        setup=records(lambda r: r.__setitem__("MessageEnabled", True)),
    ),
    Case(
        "response-property-type-changed-in-schema",
        lambda d: schema(d, "BadRequest_Result")["properties"]["StatusCode"].__setitem__(
            "type", "string"
        ),
        each_error_body("response-property-type-changed", "ERR", ".StatusCode"),
    ),
    Case(
        "response-property-became-nullable",
        lambda d: example(d, INVENTORY).__setitem__("TotalResults", None),
        {("response-property-became-nullable", "ERR", INV, f"{R200}.TotalResults")},
    ),
    Case(
        "response-property-became-nullable-allowed",
        records(lambda r: r.__setitem__("Iccid", None)),
        {("response-property-became-nullable", "INFO", INV, f"{R200}.PhoneNumbers[].Iccid")},
    ),
    Case(
        "response-property-became-nullable-in-schema",
        lambda d: schema(d, "BadRequest_Result")["properties"]["StatusCode"].__setitem__(
            "nullable", True
        ),
        # A vendor-typed plain integer: the generated parser passes None through.
        each_error_body("response-property-became-nullable", "WARN", ".StatusCode"),
    ),
    Case(
        "response-property-became-optional",
        lambda d: schema(d, "BadRequest_Result")["required"].clear(),
        each_error_body("response-property-became-optional", "ERR", ".StatusCode"),
    ),
    Case(
        "response-enum-value-added-forward-compatible",
        records(lambda r: r.__setitem__("Status", "Suspended")),
        {("response-property-enum-value-added", "INFO", INV, f"{R200}.PhoneNumbers[].Status")},
    ),
    Case(
        "response-enum-value-added-strict",
        error_status_code_enum(400, 422),
        each_error_body("response-property-enum-value-added", "ERR", ".StatusCode"),
        setup=error_status_code_enum(400),
    ),
    Case(
        "response-enum-value-removed",
        error_status_code_enum(400),
        each_error_body("response-property-enum-value-removed", "INFO", ".StatusCode"),
        setup=error_status_code_enum(400, 422),
    ),
    Case(
        "response-changed-where-the-overlay-overrides",
        lambda d: ok_media(d, ORDER).__setitem__("schema", {"type": "array"}),
        # The overlay replaces this schema: the client is unchanged, but its fix may be stale.
        {("response-property-type-changed", "WARN", ORD, R200)},
    ),
    Case(
        "ref-cycle",
        cause_code_to_integer,
        each_error_body("response-property-type-changed", "ERR", ".Cause.Code"),
        setup=cyclic_error_schema,
    ),
    Case(
        "ref-cycle-in-a-success-response",
        cause_code_to_integer,
        {("response-property-type-changed", "ERR", UPD, f"{R200}.Code")}
        | each_error_body("response-property-type-changed", "ERR", ".Cause.Code"),
        setup=cyclic_update_response,
    ),
    # ------------------------------------------------------- security and servers
    Case(
        "security-changed",
        api_key_security(alternative=False),
        # Not the token call: it sends no credentials and requires none, before and after.
        each_secured_op("api-security-changed", "ERR", "security"),
    ),
    Case(
        "security-relaxed",
        api_key_security(alternative=True),
        each_secured_op("api-security-relaxed", "INFO", "security"),
    ),
    Case(
        "server-url-changed",
        lambda d: d["servers"][0].__setitem__("url", "https://api2.telegent.com/v1.0"),
        # The overlay fixes the server URL: the client keeps its own, so only WARN.
        {("server-url-changed", "WARN", None, "servers[0].url")},
    ),
    Case(
        "server-url-fixed-upstream",
        lambda d: d["servers"][0].__setitem__("url", "https://api.telegent.com"),
        {("server-url-changed", "INFO", None, "servers[0].url")},
        overlay={("overlay-action-redundant", "INFO", 0)},
    ),
    # ------------------------------------------------------------ added by issue 13
    Case(
        "spec-changed-same-version",
        lambda d: d["info"].__setitem__("description", "Reworded."),
        {("spec-changed-same-version", "WARN", None, "info.version")},
        bump=False,
    ),
    Case(
        "response-media-type-order-changed",
        error_media_first("text/plain"),
        {("response-media-type-order-changed", "WARN", UPD, "response.400")},
        # JSON first on both sides, whatever order the pinned spec lists them in.
        setup=error_media_first("application/json"),
    ),
    Case(
        "api-operation-renamed",
        lambda d: d["paths"].__setitem__(UPDATE + "-number", d["paths"].pop(UPDATE)),
        {("api-operation-renamed", "ERR", "POST /v1.0/numbers/update-number", "operation")},
    ),
    Case(
        "request-property-renamed",
        lambda d: body_schema(d, UPDATE)["properties"].__setitem__(
            "CNAMFirstName", body_schema(d, UPDATE)["properties"].pop("CnamFirstName")
        ),
        {("request-property-renamed", "WARN", UPD, f"{BODY}.CnamFirstName")},
    ),
    Case(
        "response-property-renamed",
        lambda d: ok_media(d, UPDATE)["schema"]["properties"].__setitem__(
            "TnId", ok_media(d, UPDATE)["schema"]["properties"].pop("Tnid")
        ),
        {("response-property-renamed", "WARN", UPD, f"{R200}.Tnid")},
        setup=lambda d: ok_media(d, UPDATE).__setitem__(
            "schema", {"type": "object", "properties": {"Tnid": {"type": "string"}}}
        ),
    ),
    Case(
        "relied-on-value-changed",
        lambda d: body_schema(d, STATUS)["properties"]["StatusChange"]["enum"].remove("park"),
        {
            ("request-property-enum-value-removed", "ERR", OPS[STATUS], STATUS_CHANGE),
            ("relied-on-value-changed", "ERR", OPS[STATUS], STATUS_CHANGE),
        },
        setup=lambda d: body_schema(d, STATUS)["properties"]["StatusChange"].__setitem__(
            "x-telegent-relied-on", {"values": ["park", "swap"], "by": ["numbers.park"]}
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_mutation_reports_exactly_the_expected_changes(case: Case) -> None:
    base = mutated(case.setup) if case.setup else None
    published = mutated(case.mutate, base=base, bump=case.bump)

    report = run(published, base=base)

    assert keys(report) == case.expected
    assert {(o.id, o.level.value, o.index) for o in report.overlay} == case.overlay
    assert report.summary == {
        level: sum(1 for c in (*report.changes, *report.overlay) if c.level.value == level)
        for level in ("ERR", "WARN", "INFO")
    }


def test_every_change_rule_has_a_mutation() -> None:
    covered = {rule for case in CASES for rule, *_ in case.expected}
    # Overlay and regeneration rules are exercised in test_overlay_health.py.
    change_rules = {
        rule for rule, spec in RULES.items() if spec.group not in ("overlay", "regeneration")
    }
    assert change_rules - covered == set()
