"""Every credential field of the patched spec is a secret (masked in repr, logs, errors).

The vendor's full spec carries passwords, tokens, PINs and a distributor secret in request
bodies and in answers; the overlay marks each (`spec infer` marks the records it drafts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from telegent._generated.policy import SECRET_NAME_RULE
from telegent.types import Webhook

ROOT = Path(__file__).resolve().parents[2]
# The overlay's credential naming rule (x-telegent-secrets.names), as `spec infer` reads it.
CREDENTIAL = re.compile(SECRET_NAME_RULE)


def _properties(node: Any, where: str = "") -> Iterator[tuple[str, str, Any]]:
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            yield where, name, prop
        for key, value in node.items():
            yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _properties(value, f"{where}/{i}")


def test_no_credential_field_is_left_unmarked() -> None:
    spec = json.loads((ROOT / "generated" / "openapi.json").read_text("utf-8"))
    unmarked = [
        f"{where}: {name}"
        for where, name, prop in _properties(spec)
        if CREDENTIAL.search(name)
        and isinstance(prop, dict)
        and not prop.get("x-telegent-secret")
        and prop.get("format") != "password"
        and "/responses/" not in where  # the token answer's `token` is masked by the redactor
    ]
    assert not unmarked, unmarked


def test_a_webhook_record_masks_its_credentials() -> None:
    record = Webhook._parse(
        {"WebhookId": "W-1", "AuthenticationPassword": "hunter2-pw", "AuthenticationToken": "tk-9"}
    )
    shown = repr(record) + record.to_json()
    assert "hunter2-pw" not in shown and "tk-9" not in shown
    assert record.authentication_password == "hunter2-pw"  # the value itself is kept
