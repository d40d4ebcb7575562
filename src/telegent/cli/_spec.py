"""``telegent spec <tool>``: the spec tools, each its own program with its own options.

One table maps a sub-command to the ``module:function`` that runs it (``function(argv)
-> exit status``); the tools are imported only when asked for. Their dependencies
(jsonschema, PyYAML, python-jsonpath) come with the ``spec`` extra: without it, the
command says what to install and exits 2.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

__all__ = ["SPEC_TOOLS", "run_spec"]

#: sub-command -> ("module:function", one-line help). The lead updates the targets as
#: the tools move (drift -> telegent.spec.drift:main).
SPEC_TOOLS: dict[str, tuple[str, str]] = {
    "drift": (
        "telegent.spec.drift:main",
        "compare the pinned spec with a newer one; report what breaks this client",
    ),
    "apply": (
        "telegent.spec.overlay:main",
        "apply an OpenAPI Overlay to a spec (strict: every action must match)",
    ),
    "infer": (
        "telegent.spec._infer:main",
        "draft an Overlay that types 200 responses from the spec's examples",
    ),
}

#: Import names of the ``spec`` extra's packages (and what they pull in).
SPEC_EXTRA_MODULES = frozenset(
    {"jsonschema", "yaml", "jsonpath", "referencing", "rpds", "regex", "iregexp_check"}
)
INSTALL_HINT = "pip install 'telegent-mpaas[spec]'"


def usage() -> str:
    """``telegent spec --help``."""
    width = max(len(name) for name in SPEC_TOOLS)
    lines = [
        "usage: telegent spec <tool> [options]",
        "",
        "Tools for the OpenAPI spec (need the spec extra: " + INSTALL_HINT + ").",
        "",
        "tools:",
        *(f"  {name.ljust(width)}  {text}" for name, (_, text) in SPEC_TOOLS.items()),
        "",
        "Each tool has its own options: telegent spec <tool> --help",
    ]
    return "\n".join(lines) + "\n"


def _load(target: str, name: str) -> Callable[[list[str]], int] | int:
    from telegent.spec import MissingExtraError, require_extra  # noqa: PLC0415

    try:
        require_extra(f"telegent spec {name}")
    except MissingExtraError as exc:
        print(f"telegent: error: {exc}", file=sys.stderr)
        return 2
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").split(".")[0]
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            print(f"telegent spec: {name!r} is not available in this version", file=sys.stderr)
            return 2
        if missing in SPEC_EXTRA_MODULES:
            print(
                f"telegent spec {name} needs the spec extra ({missing} is not installed): "
                f"{INSTALL_HINT}",
                file=sys.stderr,
            )
        else:
            print(f"telegent spec {name}: cannot import {exc.name!r}: {exc}", file=sys.stderr)
        return 2
    function: Callable[[list[str]], int] = getattr(module, attr)
    return function


def run_spec(argv: Sequence[str]) -> int:
    """Dispatch ``telegent spec <tool> ...``."""
    args = list(argv)
    if not args or args[0] in ("-h", "--help"):
        sys.stdout.write(usage())
        return 0
    name = args[0]
    if name not in SPEC_TOOLS:
        sys.stderr.write(usage())
        print(
            f"telegent spec: unknown tool {name!r}; choose from {', '.join(SPEC_TOOLS)}",
            file=sys.stderr,
        )
        return 2
    loaded = _load(SPEC_TOOLS[name][0], name)
    if isinstance(loaded, int):
        return loaded
    return int(loaded(args[1:]) or 0)
