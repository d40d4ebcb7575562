"""Build hooks (hatchling): the package metadata names the vendor spec it was built from.

Keywords get ``telegent-spec-<info.version>`` and ``telegent-spec-sha256-<hex>`` of the
pinned ``openapi.json``, computed at build time so they can never disagree with the spec
inside the wheel. An editable install gets only the generated package's ``py.typed``: the
spec and the overlay are read from the checkout there, never from a stale copy.
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


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            build_data["force_include_editable"] = {
                "tools/generated-py.typed": "telegent_mpaas_client/py.typed"
            }
