"""The pinned openapi.json is the published spec as the seed pages show it: unmodified."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
SHARED_KEYS = ("openapi", "info", "servers", "security", "tags", "components")


def _seed_blocks() -> list[tuple[str, dict[str, Any]]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not found at {SEEDS} (they sit beside the repository in CI)")
    blocks = []
    for page in sorted(SEEDS.glob("*.txt")):
        match = re.search(r"^````yaml [^\n]*\n(.*?)^````", page.read_text("utf-8"), re.S | re.M)
        if match:
            blocks.append((page.name, yaml.safe_load(match.group(1))))
    assert blocks, f"no YAML blocks in {SEEDS}"
    return blocks


@pytest.fixture(scope="module")
def pinned() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    return doc


PUBLISHED = ROOT.parent / "shared" / "published" / "openapi.json"


def _strip_examples(node: Any) -> Any:
    # The rendered pages show an `example` on component schemas and properties that the
    # published file does not carry; everything else must be equal.
    if isinstance(node, dict):
        return {k: _strip_examples(v) for k, v in node.items() if k != "example"}
    if isinstance(node, list):
        return [_strip_examples(v) for v in node]
    return node


def test_pinned_spec_is_the_published_file_unmodified() -> None:
    if not PUBLISHED.exists():
        pytest.skip(f"the published spec is not beside the repository at {PUBLISHED}")
    assert (ROOT / "openapi.json").read_bytes() == PUBLISHED.read_bytes()


def test_every_seed_operation_is_pinned_with_the_pages_contract(pinned: dict[str, Any]) -> None:
    # The four seed operations are in the full spec with the same parameters, request body,
    # 200 response and examples as the pages. The pages render only `application/json` for
    # error responses; the published file also lists `text/plain` and `text/json` there (and
    # an example per error the pages omit).
    seen = 0
    for name, block in _seed_blocks():
        for path, item in block["paths"].items():
            for method, operation in item.items():
                ours = pinned["paths"][path][method]
                where = f"{name}: {method} {path}"
                for key in set(operation) | set(ours):
                    if key != "responses":
                        assert ours.get(key) == operation.get(key), f"{where}: {key} differs"
                assert ours["responses"]["200"] == operation["responses"]["200"], where
                for status, response in operation["responses"].items():
                    page_json = response.get("content", {}).get("application/json")
                    ours_json = ours["responses"][status].get("content", {}).get("application/json")
                    # Schemas equal; the file also carries an error example the pages do not show.
                    assert (ours_json or {}).get("schema") == (page_json or {}).get("schema"), (
                        f"{where}: {status} application/json schema differs"
                    )
                seen += 1
    assert seen >= 4


@pytest.mark.parametrize("key", [k for k in SHARED_KEYS if k != "components"])
def test_shared_sections_equal_every_seed_page(pinned: dict[str, Any], key: str) -> None:
    for name, block in _seed_blocks():
        assert block[key] == pinned[key], f"{name}: '{key}' differs from the pinned spec"


def test_components_one_by_one(pinned: dict[str, Any]) -> None:
    # Every component a page shows is in the pinned spec, equal but for rendered examples;
    # the full spec has more (securitySchemes, the other operations' schemas).
    for _, block in _seed_blocks():
        for section, entries in block["components"].items():
            for entry, value in entries.items():
                ours = pinned["components"][section][entry]
                assert _strip_examples(ours) == _strip_examples(value), (
                    f"components.{section}.{entry}"
                )
    assert set(pinned) == {*SHARED_KEYS, "paths"}


def test_pinned_spec_keeps_the_vendor_gaps(pinned: dict[str, Any]) -> None:
    # Guards "never hand-patched": each known gap must still be there, fixed only by the overlay.
    assert pinned["servers"][0]["url"] == "https://api.telegent.com/v1.0"
    # `security` names BearerAuth; the published components spell it bearerAuth.
    assert set(pinned["components"]["securitySchemes"]) == {"bearerAuth"}
    item = pinned["paths"]["/v1.0/numbers/status"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    assert "ICCID" not in item["schema"]["properties"]["PhoneNumbers"]["items"]["properties"]
    assert "/v1.0/oauth2/tokens" not in pinned["paths"]
    assert "/v1.0/OAuth2/tokens" in pinned["paths"]
    operations = [op for item in pinned["paths"].values() for op in item.values()]
    assert not [op for op in operations if isinstance(op, dict) and "operationId" in op]
