"""The spec tools' defaults, in a module of their own: a tool's ``--help`` shows them
without importing the loaders (YAML, JSON Schema, JSONPath) that use them."""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "DEFAULT_URL"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""The vendor's full spec is 1-2 MB; far more than that is not a spec (or is an attack)."""
DEFAULT_TIMEOUT = 30.0
"""Seconds for a whole URL fetch."""
DEFAULT_URL = "https://docs.telegent.com/api-reference/openapi.json"
"""Where the vendor publishes its spec (what the drift check compares against)."""
