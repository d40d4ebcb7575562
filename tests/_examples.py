"""The vendor's request examples, wherever the spec keeps them.

The pinned spec gives them as ``x-codeSamples`` (a vendor extra, ``lang: JSON``); a newer
one moved them into ``requestBody`` (where OpenAPI puts them). Tests read them here, so
a spec without the extra still yields every example instead of silently none.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["NO_EXAMPLE", "request_example"]

NO_EXAMPLE: Any = object()


def request_example(op: Mapping[str, Any]) -> Any:
    """The operation's JSON request example, or ``NO_EXAMPLE``: the ``x-codeSamples`` JSON
    sample first (what the tests were written against), else the ``requestBody``'s
    ``application/json`` example (``example``, then the first of ``examples``)."""
    for sample in op.get("x-codeSamples") or ():
        if isinstance(sample, Mapping) and sample.get("lang") == "JSON":
            return json.loads(sample["source"])
    body = op.get("requestBody")
    content = (body.get("content") if isinstance(body, Mapping) else None) or {}
    media = content.get("application/json")
    if not isinstance(media, Mapping):
        return NO_EXAMPLE
    if "example" in media:
        return media["example"]
    for given in (media.get("examples") or {}).values():
        if isinstance(given, Mapping) and "value" in given:
            return given["value"]
    return NO_EXAMPLE
