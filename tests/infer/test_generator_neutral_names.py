"""The patched spec builds with any generator: no property is typed by a schema of its own name.

A drafted record named after the property holding it (``SystemKeywords: $ref SystemKeywords``)
is fine for openapi-python-client (snake_case attributes), but a generator that keeps the
wire names writes ``SystemKeywords: Optional[SystemKeywords] = Field(default=None)`` and its
package cannot be imported (openapi-python-generator 2.1.2: PydanticSchemaGenerationError;
benchmark rows 1, 2 and 5 build it). Fix: name the record in the names overlay
(``x-telegent-nested-records`` in scripts/draft_names.py), then re-draft and re-infer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def self_named_properties(spec: dict[str, Any]) -> list[str]:
    """``Schema.Property`` for each property typed (directly, in an array or a union) by a
    schema whose name is the property's own."""
    found = []
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop, sub in (schema.get("properties") or {}).items():
            if prop in set(_refs(sub)):
                found.append(f"{name}.{prop}")
    return found


def test_no_property_is_typed_by_a_schema_of_its_own_name(patched_spec: dict[str, Any]) -> None:
    assert self_named_properties(patched_spec) == []


def test_the_rule_sees_a_self_named_property() -> None:
    spec = {
        "components": {
            "schemas": {
                "Keywords": {
                    "properties": {
                        "SystemKeywords": {"$ref": "#/components/schemas/SystemKeywords"},
                        "Tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    }
                },
                "Tag": {"properties": {"Tag": {"type": "array", "items": {"$ref": "#/x/Tag"}}}},
            }
        }
    }
    assert self_named_properties(spec) == ["Keywords.SystemKeywords", "Tag.Tag"]
