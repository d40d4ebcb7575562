"""The commands that are not API calls: version, completion, and the entries of the
self-parsing tools (``mock``, ``spec``) in ``telegent --help``."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from ._output import write_json
from ._spec import SPEC_TOOLS, run_spec

__all__ = ["CLI_EXTRA_HINT", "add_tools", "optional", "run_mock", "version_text"]

EXIT_OK, EXIT_USAGE = 0, 2
CLI_EXTRA_HINT = "pip install 'telegent-mpaas[cli]'"


def version_text() -> str:
    from telegent._version import __version__, spec_info  # noqa: PLC0415

    spec = spec_info()
    return f"telegent-mpaas {__version__} (spec {spec.version}, sha256 {spec.sha256})"


def _run_version(args: argparse.Namespace, _settings: Any) -> int:
    if not args.json:
        print(version_text())
        return EXIT_OK
    from telegent._version import version_info  # noqa: PLC0415

    info = version_info()
    # Flat keys too, for shell one-liners (jq -r .spec_version).
    write_json(
        {**info, "spec_version": info["spec"]["version"], "spec_sha256": info["spec"]["sha256"]}
    )
    return EXIT_OK


def optional(name: str) -> Any:
    """A module of the ``cli`` extra, or None when it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _run_completion(args: argparse.Namespace, _settings: Any) -> int:
    argcomplete = optional("argcomplete")
    if argcomplete is None:
        print(f"telegent completion needs the cli extra: {CLI_EXTRA_HINT}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(argcomplete.shellcode(["telegent"], shell=args.shell))
    return EXIT_OK


def run_mock(argv: list[str]) -> int:
    from telegent.testing._server import main as mock_main  # noqa: PLC0415

    return mock_main(argv)


def add_tools(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # mock and spec parse their own options (dispatched in main before this parser runs);
    # listed here for `telegent --help`.
    mock = top.add_parser(
        "mock",
        help="serve a stateful fake of the API on localhost (telegent mock --help)",
        add_help=False,
    )
    spec = top.add_parser(
        "spec",
        help="spec tools: " + ", ".join(SPEC_TOOLS) + " (telegent spec --help)",
        add_help=False,
    )
    mock.set_defaults(handler=lambda args, settings: run_mock([]))
    spec.set_defaults(handler=lambda args, settings: run_spec([]))
    version = top.add_parser("version", help="the package version and the spec it was built from")
    version.add_argument("--json", action="store_true", help="as JSON")
    version.set_defaults(handler=_run_version)
    completion = top.add_parser(
        "completion",
        help="print a shell completion script (needs the cli extra)",
        description='eval "$(telegent completion bash)"',
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"))
    completion.set_defaults(handler=_run_completion)
