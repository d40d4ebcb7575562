"""Vendor extensions this project reads, and what for.

When a new vendor spec drops one from an operation, the drift check reports it
(``api-relied-extension-removed``) and the changelog lists it: the project's tests or
surface lose their source even though no call breaks.
"""

from __future__ import annotations

__all__ = ["RELIED_ON_EXTRAS"]

RELIED_ON_EXTRAS: dict[str, str] = {
    "x-codeSamples": "the vendor's request examples, which the SDK's tests check (they now "
    "fall back to the requestBody examples)",
    "x-internal": "which operations stay off the public surface (client.internal)",
}
