"""Shared helpers for the drift-check tests: where things are in the pinned spec."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from telegent.spec import load_pinned_spec
from telegent.spec._naming import iter_operations
from telegent.spec._overlay import load_overlay
from telegent.spec.drift import DriftReport, check_drift

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SNAPSHOTS = HERE / "snapshots"
# Set to 1 to (re)write the snapshot files instead of comparing against them.
UPDATE_ENV = "TELEGENT_UPDATE_SNAPSHOTS"

STATUS = "/v1.0/numbers/status"
INVENTORY = "/v1.0/numbers/inventory"
UPDATE = "/v1.0/numbers/update"
ORDER = "/v1.0/numbers/order"
TOKEN = "/v1.0/oauth2/tokens"
OPS = {
    STATUS: "POST /v1.0/numbers/status",
    INVENTORY: "GET /v1.0/numbers/inventory",
    UPDATE: "POST /v1.0/numbers/update",
    ORDER: "GET /v1.0/numbers/order",
}
# The operations the vendor's spec has (the token one is added by the overlay), derived from
# the pinned spec: it may hold four operations or the vendor's full 143.
VENDOR_OPS = tuple(f"{m.upper()} {p}" for p, m, _ in iter_operations(load_pinned_spec()))
# The vendor operations under the spec-wide `security` (the others, like the vendor's token
# operation, declare their own, e.g. `security: []`).
SECURED_OPS = tuple(
    f"{m.upper()} {p}" for p, m, o in iter_operations(load_pinned_spec()) if "security" not in o
)
ERROR_SCHEMA = "BadRequest_Result"

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]


@cache
def _overlay() -> str:
    return json.dumps(load_overlay(FIXTURES / "overlay.yaml"))


def fixture_overlay() -> Doc:
    """A fresh copy of the frozen test overlay."""
    overlay: Doc = json.loads(_overlay())
    return overlay


def pinned() -> Doc:
    """A fresh copy of the pinned spec."""
    return load_pinned_spec()


def mutated(*mutations: Mutation, base: Doc | None = None, bump: bool = True) -> Doc:
    """A copy of *base* (default: the pinned spec) with *mutations* applied. A changed
    document gets a new ``info.version`` too (*bump*), as a vendor release would: the same
    version with other content is a finding of its own (spec-changed-same-version)."""
    doc = copy.deepcopy(base) if base is not None else pinned()
    before = copy.deepcopy(doc)
    for mutation in mutations:
        mutation(doc)
    if bump and doc != before:
        doc["info"]["version"] = f"{before['info']['version']}-next"
    return doc


def run(published: Doc, *, base: Doc | None = None, overlay: Doc | None = None) -> DriftReport:
    return check_drift(
        published,
        pinned=base,
        overlay=overlay if overlay is not None else fixture_overlay(),
    )


def op(doc: Doc, path: str) -> Doc:
    item = doc["paths"][path]
    return item["get"] if "get" in item else item["post"]


def body_schema(doc: Doc, path: str) -> Doc:
    schema: Doc = op(doc, path)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def params(doc: Doc, path: str) -> list[Doc]:
    found: list[Doc] = op(doc, path)["parameters"]
    return found


def param(doc: Doc, path: str, name: str) -> Doc:
    return next(p for p in params(doc, path) if p["name"] == name)


def ok_media(doc: Doc, path: str) -> Doc:
    media: Doc = op(doc, path)["responses"]["200"]["content"]["application/json"]
    return media


def example(doc: Doc, path: str, name: str | None = None) -> Any:
    examples = ok_media(doc, path)["examples"]
    return examples[name or next(iter(examples))]["value"]


def inventory_records(doc: Doc) -> list[Doc]:
    records: list[Doc] = example(doc, INVENTORY)["PhoneNumbers"]
    return records


def schema(doc: Doc, name: str) -> Doc:
    found: Doc = doc["components"]["schemas"][name]
    return found


def error_bodies(doc: Doc, status: str = "400", name: str = ERROR_SCHEMA) -> list[tuple[str, str]]:
    """(operation, location) of every *status* response body whose schema is the component
    *name*: one per media type the vendor offers it in (the seed spec had only JSON; the full
    one also offers text/plain and text/json)."""
    ref = f"#/components/schemas/{name}"
    found = []
    for path, method, operation in iter_operations(doc):
        content = (operation.get("responses", {}).get(status) or {}).get("content") or {}
        found += [
            (f"{method.upper()} {path}", f"response.{status}[{media}]")
            for media, item in content.items()
            if (item.get("schema") or {}).get("$ref") == ref
        ]
    return found


def keys(report: DriftReport) -> set[tuple[str, str, str | None, str]]:
    """(rule, level, operation, location) of every change."""
    return {(c.id, c.level.value, c.operation, c.location) for c in report.changes}


def overlay_keys(report: DriftReport) -> set[tuple[str, str, int]]:
    return {(o.id, o.level.value, o.index) for o in report.overlay}
