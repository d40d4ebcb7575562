"""The ``telegent`` command line (``python -m telegent``): a command for every API
operation, generated from the operation registry, plus bulk status changes, order
waiting, the mock server and the spec tools."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._main import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    ``telegent spec ...`` is dispatched before the command tree is imported: the spec
    tools need neither the client nor httpx, and start without them.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["spec"]:
        from ._spec import run_spec  # noqa: PLC0415

        return run_spec(args[1:])
    from ._main import main as run  # noqa: PLC0415

    return run(args)


def __getattr__(name: str) -> Any:
    if name == "build_parser":
        from ._main import build_parser  # noqa: PLC0415

        return build_parser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
