"""A deterministic synthetic spec the size of the vendor's full one (benchmark 7).

The pinned ``openapi.json`` holds 4 of the ~143 operations the vendor publishes. To see how
the pipeline and the drift check scale, :func:`synthetic_spec` grows it to ``operations``
operations: the four originals stay as they are (so the project's overlay, which targets
them by path, still applies), and clones of them are added under new paths, spread over
the spec's 16 tags, each with its own operationId. Like the full spec (API_NOTES.md), the
clones offer their error responses as ``application/json``, ``text/plain`` and
``text/json``. Same input, same output: no randomness, no clock.

:func:`mutated` makes the "published" side of a drift check: a copy with a fixed, spread-out
set of the changes a vendor makes between releases (operations removed and added, a new
required request field, a changed type, a new enum value, a dropped response field).
"""

from __future__ import annotations

import copy
import re
from typing import Any

__all__ = ["METHODS", "count_operations", "mutated", "synthetic_spec"]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ERROR_MEDIA = ("application/json", "text/plain", "text/json")


def count_operations(doc: dict[str, Any]) -> int:
    """Operations (path x method) in an OpenAPI document."""
    return sum(1 for item in doc.get("paths", {}).values() for m in item if m in METHODS)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _camel(text: str) -> str:
    words = re.split(r"[^A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def synthetic_spec(pinned: dict[str, Any], operations: int = 150) -> dict[str, Any]:
    """``pinned`` grown to ``operations`` operations by cloning its own operations."""
    doc = copy.deepcopy(pinned)
    originals = [
        (path, method, op)
        for path, item in pinned["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]
    if not originals:
        raise ValueError("the pinned spec has no operations to clone")
    missing = operations - len(originals)
    if missing < 0:
        raise ValueError(f"operations must be >= {len(originals)}, got {operations!r}")
    tags = [t["name"] for t in pinned.get("tags", [])] or ["Numbers"]
    for k in range(missing):
        path, method, op = originals[k % len(originals)]
        tag = tags[k % len(tags)]
        resource = path.rstrip("/").rsplit("/", 1)[-1]
        clone = copy.deepcopy(op)
        clone["tags"] = [tag]
        clone["operationId"] = f"{method}{_camel(tag)}{_camel(resource)}{k}"
        clone["summary"] = f"{op.get('summary', resource)} ({tag} #{k})"
        for code, response in clone.get("responses", {}).items():
            content = response.get("content") or {}
            if code.startswith(("4", "5")) and "application/json" in content:
                for media in _ERROR_MEDIA[1:]:
                    content.setdefault(media, copy.deepcopy(content["application/json"]))
        new_path = f"/v1.0/{_slug(tag)}/{resource}-{k}"
        doc["paths"].setdefault(new_path, {})[method] = clone
    assert count_operations(doc) == operations
    return doc


def mutated(spec: dict[str, Any], every: int = 10) -> dict[str, Any]:
    """A copy of ``spec`` with vendor-style changes to one operation in ``every``.

    Operations are taken in document order and the 1st, ``every+1``-th, ... is changed
    (so even the 4-operation pinned spec gets one change). The changes cycle through six
    kinds so that each family of drift rules gets work: remove the operation, add a
    required request property, change a request property's type, add an enum value (or
    an enum property), drop a response and add a required query parameter, and add a new
    operation next to it.
    """
    doc = copy.deepcopy(spec)
    targets = [
        (path, method)
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    ]
    for n, (path, method) in enumerate(targets):
        if n % every:
            continue
        op = doc["paths"][path][method]
        kind = (n // every) % 6
        body = (
            op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        )
        if kind == 0:
            del doc["paths"][path][method]
            if not any(m in METHODS for m in doc["paths"][path]):
                del doc["paths"][path]
        elif kind == 1 and body is not None:
            body.setdefault("properties", {})["AccountId"] = {"type": "string"}
            body.setdefault("required", []).append("AccountId")
        elif kind == 2 and body is not None and body.get("properties"):
            first = next(iter(body["properties"]))
            body["properties"][first] = {"type": "integer", "format": "int32"}
        elif kind == 3 and body is not None:
            for prop in body.get("properties", {}).values():
                if "enum" in prop:
                    prop["enum"] = [*prop["enum"], "suspend"]
                    break
            else:
                body.setdefault("properties", {})["Mode"] = {"type": "string", "enum": ["a", "b"]}
        elif kind in (1, 2, 3, 4):  # no request body to change: change the responses instead
            op["responses"].pop("404", None)
            op.setdefault("parameters", []).append(
                {"name": "Region", "in": "query", "required": True, "schema": {"type": "string"}}
            )
        else:
            clone = copy.deepcopy(op)
            if "operationId" in clone:
                clone["operationId"] += "V2"
            doc["paths"][f"{path.rstrip('/')}/v2"] = {method: clone}
    return doc
