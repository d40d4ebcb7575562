"""Vendor extensions this project reads, and what for: declared once, in the overlay.

The overlay's root declaration ``x-telegent-relied-on-extensions`` maps each vendor
extension the project relies on to what for (``x-internal: which operations stay off the
public surface``). The drift check reads it from the overlay-patched pinned spec, so a new
one is declared there, with no code change. When a new vendor spec drops a declared
extension from an operation, the drift check reports it (``api-relied-extension-removed``)
and the changelog lists it: the project's tests or surface lose their source even though
no call breaks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["DECLARATION", "package_relied_on_extensions", "relied_on_extensions"]

#: The root key of the patched spec that holds the declaration (set by the overlay).
DECLARATION = "x-telegent-relied-on-extensions"


def relied_on_extensions(patched: Mapping[str, Any]) -> dict[str, str]:
    """Extension -> what the project relies on it for, as ``patched`` (a spec with the
    overlay applied) declares; empty when it declares none.

    Raises:
        ValueError: the declaration is not a mapping of ``x-...`` names to text.
    """
    declared = patched.get(DECLARATION)
    if declared is None:
        return {}
    if not isinstance(declared, Mapping) or not all(
        isinstance(k, str) and k.startswith("x-") and isinstance(v, str)
        for k, v in declared.items()
    ):
        raise ValueError(
            f"{DECLARATION} must map vendor extension names (x-...) to what the project "
            f"relies on them for, got {declared!r}"
        )
    return dict(declared)


def package_relied_on_extensions() -> dict[str, str]:
    """The declaration of this package's own overlays applied to its pinned spec."""
    from .check import pinned_patched  # noqa: PLC0415 - the check imports this module

    return relied_on_extensions(pinned_patched())
