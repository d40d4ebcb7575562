"""Build hooks (hatchling): the package metadata names the vendor spec it was built from.

Keywords get ``telegent-spec-<info.version>`` and ``telegent-spec-sha256-<hex>`` of the
pinned ``openapi.json``, computed at build time so they can never disagree with the spec
inside the wheel. A wheel carries the spec and the overlay as package data; an editable
install does not: it reads them from the checkout, never from a stale copy.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface


def spec_keywords(spec_file: Path) -> list[str]:
    """The two keywords that identify the pinned spec."""
    body = spec_file.read_bytes()
    version = json.loads(body)["info"]["version"]
    return [f"telegent-spec-{version}", f"telegent-spec-sha256-{hashlib.sha256(body).hexdigest()}"]


class CustomMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        base = list(self.config.get("keywords", []))
        metadata["keywords"] = base + spec_keywords(Path(self.root) / "openapi.json")


# Package data straight from the top-level files (no symlinks, no second copy in src/):
# telegent.spec._resources reads them here in a wheel, at the top level in a checkout.
PACKAGE_DATA = {
    "openapi.json": "telegent/spec/_data/openapi.json",
    "overlay": "telegent/spec/_data/overlay",
    # The drift check's pinned side, computed by scripts/regenerate.py (telegent.spec.drift.pinned).
    "generated/drift-pinned.json": "telegent/spec/_data/drift-pinned.json",
}


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # Here, not in pyproject's force-include: hatch gives an editable install those too.
        if version == "standard":
            build_data["force_include"].update(PACKAGE_DATA)
