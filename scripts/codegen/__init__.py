"""The SDK surface generator: openapi-python-client's parser reads the patched spec, and
templates (``templates/sdk/``, rendered in its Jinja environment) write the records,
resources, operation registry and reference (``generated/api.md``) that ``telegent`` loads.

``build_surface(spec, info)`` returns ``{relative path: bytes}``; ``generate(spec, info)``
returns them with the parser's warnings. ``scripts/regenerate.py`` writes them into the
staging tree.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

# The one place the generated package is named: the dotted module the templates import
# from (``{{ package }}``) and, with dots as slashes, the folder under src/.
PACKAGE = "telegent._generated"
PACKAGE_PATH = PACKAGE.replace(".", "/")

# The surface's templates are in templates/sdk/; the files directly in templates/ override
# openapi-python-client's own when it writes the wire client.
TEMPLATES = Path(__file__).resolve().parent / "templates"

if TYPE_CHECKING:
    from .emit import Generated, build_surface, generate


def __getattr__(name: str) -> Any:
    # The generator (openapi-python-client, ~0.25 s to import) loads on first use: what
    # only needs the names above (the pipeline's validation child) does not pay for it.
    if name in {"Generated", "build_surface", "generate"}:
        from . import emit

        return getattr(emit, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PACKAGE", "PACKAGE_PATH", "TEMPLATES", "Generated", "build_surface", "generate"]
