"""The three overlays on the vendor's full spec: names, media types, token, typed responses."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from telegent.spec._infer import example_problems, main, render_yaml
from telegent.spec._naming import iter_operations, operation_method, operation_resource

from .conftest import HANDWRITTEN, NAMES, RESPONSES, ROOT

# Hand-written methods a generated one must not shadow.
RESERVED = {
    ("numbers", m)
    for m in (
        "list",
        "activate",
        "cancel",
        "park",
        "swap",
        "replace",
        "swap_sim",
        "bulk_change_status",
    )
} | {("orders", "wait")}


def _draft_names() -> Any:
    spec = importlib.util.spec_from_file_location(
        "draft_names", ROOT / "scripts" / "draft_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_operation_has_a_readable_unique_name(
    published_spec: dict[str, Any], patched_spec: dict[str, Any]
) -> None:
    ops = list(iter_operations(patched_spec))
    # Every vendor operation; the token operation is re-spelled, not added (143 when pinned).
    assert len(ops) == len(list(iter_operations(published_spec))) >= 143
    ids = Counter(op.get("operationId") for _, _, op in ops)
    assert None not in ids and max(ids.values()) == 1
    names = Counter((operation_resource(op), operation_method(op, p, m)) for p, m, op in ops)
    assert max(names.values()) == 1, [n for n, c in names.items() if c > 1]
    assert not set(names) & RESERVED
    for resource, method in names:
        assert resource.isidentifier() and method.isidentifier()
        assert "v_1" not in method, method  # not the path-derived fallback name
    # The names the README promises.
    for name in [
        ("subscribers", "create"),
        ("message", "send"),
        ("numbers", "change_status"),
        ("numbers", "update"),
        ("orders", "get"),
        ("packages", "list"),
        ("distributors", "list_subscribers"),
        ("oauth2", "create_token"),
    ]:
        assert name in names, name


def test_the_seed_operations_keep_their_ids(patched_spec: dict[str, Any]) -> None:
    paths = patched_spec["paths"]
    assert paths["/v1.0/numbers/status"]["post"]["operationId"] == "changeNumberStatus"
    assert paths["/v1.0/numbers/inventory"]["get"]["operationId"] == "listNumberInventory"
    assert paths["/v1.0/numbers/update"]["post"]["operationId"] == "updateNumber"
    assert paths["/v1.0/numbers/order"]["get"]["operationId"] == "getOrder"


def test_internal_operations_are_marked(
    published_spec: dict[str, Any], patched_spec: dict[str, Any]
) -> None:
    vendor = {(p, m) for p, m, op in iter_operations(published_spec) if op.get("x-internal")}
    ours = {(p, m) for p, m, op in iter_operations(patched_spec) if op.get("x-telegent-internal")}
    assert len(vendor) == 20 and ours == vendor


def test_one_token_operation_and_one_bearer_scheme(patched_spec: dict[str, Any]) -> None:
    assert "/v1.0/OAuth2/tokens" not in patched_spec["paths"]
    token = patched_spec["paths"]["/v1.0/oauth2/tokens"]["post"]
    assert token["operationId"] == "createToken" and token["security"] == []
    assert {"200", "400", "401", "403", "404", "405", "408", "429", "500", "503", "504"} == set(
        token["responses"]
    )
    assert token["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/TokenRequest"
    )
    schemes = patched_spec["components"]["securitySchemes"]
    assert set(schemes) == {"BearerAuth"} == {k for req in patched_spec["security"] for k in req}


def test_json_is_the_only_media_type(patched_spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(patched_spec):
        body = (op.get("requestBody") or {}).get("content")
        assert body is None or list(body) == ["application/json"], (method, path)
        for code, response in op["responses"].items():
            content = response.get("content")
            assert content is None or list(content) == ["application/json"], (method, path, code)


def _inline_objects(schema: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict) or "$ref" in schema:
        return []
    found = [(where, schema)] if schema.get("type") == "object" or "properties" in schema else []
    for key, prop in (schema.get("properties") or {}).items():
        found += _inline_objects(prop, f"{where}.{key}")
    found += _inline_objects(schema.get("items"), where + "[]")
    return found


def test_every_request_model_has_a_title(patched_spec: dict[str, Any]) -> None:
    untitled = []
    titles: Counter[str] = Counter()
    for path, method, op in iter_operations(patched_spec):
        schema = (
            ((op.get("requestBody") or {}).get("content") or {})
            .get("application/json", {})
            .get("schema")
        )
        if isinstance(schema, dict) and "$ref" in schema:
            schema = patched_spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        for where, obj in _inline_objects(schema, f"{method.upper()} {path}"):
            if not obj.get("title"):
                untitled.append(where)
            titles[obj.get("title")] += 1
    assert untitled == []
    assert [t for t, n in titles.items() if n > 1] == []


def test_every_response_shown_by_example_is_typed(patched_spec: dict[str, Any]) -> None:
    typed = 0
    for path, method, op in iter_operations(patched_spec):
        media = op["responses"]["200"].get("content", {}).get("application/json", {})
        if not (media.get("examples") or "example" in media):
            continue
        schema = media["schema"]
        if "anyOf" in schema:  # a list the vendor may answer as one object
            schema = schema["anyOf"][0]
        items = schema.get("items", {}) if schema.get("type") == "array" else schema
        assert "$ref" in items or items.get("type") == "string", (method, path, schema)
        typed += 1
    assert typed >= 135


def test_every_example_validates_against_its_schema(patched_spec: dict[str, Any]) -> None:
    assert example_problems(patched_spec) == []


def test_inferred_records_use_the_names_the_names_overlay_gives(
    named_spec: dict[str, Any], patched_spec: dict[str, Any]
) -> None:
    schemas = patched_spec["components"]["schemas"]
    for path, method, op in iter_operations(named_spec):
        record = op.get("x-telegent-record")
        media = op["responses"]["200"].get("content", {}).get("application/json", {})
        assert not record or media.get("examples"), f"{method} {path}: a record name, no example"
        if record:
            typed = patched_spec["paths"][path][method]["responses"]["200"]["content"][
                "application/json"
            ]["schema"]
            if "anyOf" in typed:  # a list (x-telegent-list) the example shows as one object
                typed = typed["anyOf"][1]
            if typed.get("type") == "array":  # a list answered as a bare array: its items
                record, typed = record.removesuffix("List"), typed["items"]
            assert typed == {"$ref": f"#/components/schemas/{record}"}, (method, path)
            assert schemas[record]["title"] == record


def test_the_committed_responses_overlay_is_current(published_spec_path: Path) -> None:
    args = [
        "--spec",
        str(published_spec_path),
        "--overlay",
        str(HANDWRITTEN),
        "--overlay",
        str(NAMES),
        "-o",
        str(RESPONSES),
        "--check",
    ]
    assert main(args) == 0, "regenerate overlay/responses.overlay.yaml (see its header)"


def test_the_committed_names_overlay_is_current(published_spec: dict[str, Any]) -> None:
    draft = _draft_names()
    text = draft.HEADER + render_yaml(draft.build(published_spec))
    assert NAMES.read_text(encoding="utf-8") == text, "regenerate with scripts/draft_names.py"


def test_the_names_table_covers_exactly_the_spec(published_spec: dict[str, Any]) -> None:
    draft = _draft_names()
    broken = dict(
        published_spec, paths={**published_spec["paths"], "/v1.0/new": {"get": {"summary": "New"}}}
    )
    with pytest.raises(SystemExit, match="no name for GET /v1.0/new"):
        draft.build(broken)
