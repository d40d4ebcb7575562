"""A newer vendor spec, built from the pinned one the way the vendor changed it (issue 22).

Same ``info.version`` (1.0.8); two new E911 address operations under the existing Numbers
tag; every ``x-codeSamples`` removed, the JSON request examples moved into ``requestBody``
(the two webhook GETs, which had a JSON sample and no body, gain a body).
"""

from __future__ import annotations

import copy
import json
from typing import Any

E911_ADDRESS = {
    "type": "object",
    "properties": {
        "PhoneNumber": {"type": "string", "example": "+12015550123"},
        "StreetAddress": {"type": "string", "example": "1 Main St"},
        "City": {"type": "string", "example": "Lehi"},
        "State": {"type": "string", "example": "UT"},
        "ZipCode": {"type": "string", "example": "84043"},
    },
}
E911_EXAMPLE = {
    "PhoneNumber": "+12015550123",
    "StreetAddress": "1 Main St",
    "City": "Lehi",
    "State": "UT",
    "ZipCode": "84043",
}


def _ok(example: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {"application/json": {"schema": {"type": "object"}, "example": example}},
    }


def e911_operations() -> dict[str, dict[str, Any]]:
    """The two operations the vendor added (paths -> path items)."""
    answer = {**E911_EXAMPLE, "Status": "Validated"}
    return {
        "/v1.0/numbers/e911address": {
            "get": {
                "tags": ["Numbers"],
                "summary": "Get E911 Address",
                "description": "The E911 address registered for a number.",
                "parameters": [
                    {
                        "name": "PhoneNumber",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "example": "+12015550123"},
                    }
                ],
                "responses": {"200": _ok(answer)},
            }
        },
        "/v1.0/numbers/e911address/update": {
            "post": {
                "tags": ["Numbers"],
                "summary": "Update E911 Address",
                "description": "Registers or replaces the E911 address of a number.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": copy.deepcopy(E911_ADDRESS),
                            "example": dict(E911_EXAMPLE),
                        }
                    },
                },
                "responses": {"200": _ok(answer)},
            }
        },
    }


def newer_spec(pinned: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec as the vendor republished it."""
    spec = copy.deepcopy(pinned)
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "x-codeSamples" in op:
                _move_examples(op)
    spec["paths"].update(e911_operations())
    return spec


def _move_examples(op: dict[str, Any]) -> None:
    samples = op.pop("x-codeSamples")
    example = next((json.loads(s["source"]) for s in samples if s.get("lang") == "JSON"), None)
    if example is None:
        return
    body = op.setdefault(
        "requestBody", {"content": {"application/json": {"schema": {"type": "object"}}}}
    )
    for media in body["content"].values():
        if "examples" not in media:  # OpenAPI allows one of example / examples
            media["example"] = example
