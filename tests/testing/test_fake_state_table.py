"""The state table is generated from x-telegent-state, refuses inconsistent declarations,
and the OpenAPI links the overlay declares say the same as the table."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from telegent._registry import operation
from telegent.testing._collections import collections_table, no_content_ops

ROOT = Path(__file__).resolve().parents[2]
PATCHED = json.loads((ROOT / "generated" / "openapi.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def state_module() -> Iterator[Any]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from codegen.ir import Builder  # noqa: PLC0415
        from codegen.state import state_module as emit  # noqa: PLC0415
    finally:
        sys.path.pop(0)

    def run(spec: dict[str, Any]) -> str:
        return emit(spec, Builder(spec).build())

    yield run


def _declare(spec: dict[str, Any], path: str, method: str, **state: Any) -> None:
    spec["paths"][path][method]["x-telegent-state"] = state


def _refers(spec: dict[str, Any], **refers: Any) -> None:
    # The feature assignments' references, replaced.
    declared = spec["paths"]["/v1.0/subscriptions/features/assignments/add"]["post"]
    declared["x-telegent-state"]["refers"] = refers


def test_the_committed_table_is_what_the_patched_spec_declares(state_module: Any) -> None:
    text = (ROOT / "src/telegent/_generated/state.py").read_text("utf-8")
    assert state_module(PATCHED) == text


def test_no_content_is_read_from_the_spec() -> None:
    assert no_content_ops() == {"updateService", "deleteService"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda s: _declare(s, "/v1.0/webhook", "get", collection="webhooks", role="fetch"),
            "role must be one of create, get, list, update, delete, got 'fetch'",
        ),
        (
            lambda s: _declare(
                s, "/v1.0/webhook", "get", collection="webhooks", role="get", id="X", prefix="X-"
            ),
            "the id of webhooks is declared twice",
        ),
        (
            lambda s: _declare(
                s, "/v1.0/webhook", "get", collection="webhooks", role="get", keys=["Nope"]
            ),
            "getWebhook has no parameter 'Nope'",
        ),
        (
            lambda s: _declare(s, "/v1.0/webhook", "get", collection="webhooks", role="create"),
            "webhooks already has a create",
        ),
        (
            lambda s: _declare(s, "/v1.0/account/services", "get", collection="x", role="list"),
            "collection x declares no id",
        ),
        (
            lambda s: _refers(s, FeatureId={"to": "nowhere"}),
            "feature_assignments.refers.FeatureId: no collection 'nowhere'",
        ),
        (
            lambda s: _refers(s, Nope={"to": "features"}),
            "no answer of feature_assignments has the field 'Nope'",
        ),
        (
            lambda s: _refers(s, FeatureId={"to": "features", "on-delete": "refuse"}),
            "a refused delete needs the status and message it answers",
        ),
        (
            lambda s: _refers(
                s,
                FeatureId={"to": "features", "on-delete": "refuse", "status": 409, "message": "x"},
            ),
            "deleteFeature declares no 409 answer",
        ),
        (
            lambda s: _refers(s, FeatureId={"to": "features", "on-delete": "detach"}),
            "detach sets the field to null, which it does not allow",
        ),
        (
            lambda s: _refers(s, FeatureId={"to": "features", "on-delete": "forget"}),
            "on-delete must be one of refuse, cascade, detach, keep, got 'forget'",
        ),
        (
            lambda s: _refers(s, SubscriptionId={"to": "accounts", "on-delete": "cascade"}),
            "accounts has no delete for on-delete: cascade",
        ),
    ],
)
def test_inconsistent_declarations_are_refused(
    state_module: Any, change: Any, message: str
) -> None:
    spec = copy.deepcopy(PATCHED)
    change(spec)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        state_module(spec)


def _expected_links(name: str) -> dict[str, Any]:
    coll = collections_table()[name]
    links: dict[str, Any] = {}
    for role in ("get", "update", "delete"):
        step = coll.step(role)
        if step is None:
            continue
        op = operation(step.op)
        param = next(p for p in op.params if p.wire.lower() == step.keys[0].lower())
        value = f"$response.body#/{coll.id}"
        link: dict[str, Any] = {"operationId": step.op}
        if param.location == "body":
            link["requestBody"] = {param.wire: value}
        else:
            link["parameters"] = {f"{param.location}.{param.wire}": value}
        links[step.op[0].upper() + step.op[1:]] = link
    return links


@pytest.mark.parametrize(
    "name", sorted(n for n, c in collections_table().items() if c.step("create"))
)
def test_the_links_say_what_the_state_declarations_say(name: str) -> None:
    create = operation(collections_table()[name].steps["create"].op)
    response = PATCHED["paths"][create.path][create.http_method.lower()]["responses"]["200"]
    assert response.get("links", {}) == _expected_links(name)
