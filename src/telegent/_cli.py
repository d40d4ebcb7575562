"""The `telegent` console script: `telegent spec drift ...` and `telegent mock ...`."""

from __future__ import annotations

import sys

_USAGE = """\
usage: telegent <command> [options]

commands:
  spec drift   compare the pinned spec with the published one (see `telegent spec drift --help`)
  spec apply   apply an OpenAPI Overlay to a spec, print JSON (see `telegent spec apply --help`)
  mock         serve a stateful fake of the API on localhost (see `telegent mock --help`)
  version      print the package and spec versions
"""


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a sub-command; each one parses its own options."""
    args = list(sys.argv[1:] if argv is None else argv)
    # Sub-commands are imported lazily so each one pays only for what it uses.
    if args[:2] == ["spec", "drift"]:
        from telegent.spec import MissingExtraError, require_extra  # noqa: PLC0415

        try:
            require_extra("telegent spec drift")
        except MissingExtraError as exc:
            print(f"telegent: error: {exc}", file=sys.stderr)
            return 2
        from telegent.spec.drift import main as drift_main  # noqa: PLC0415

        return drift_main(args[2:])
    if args[:2] == ["spec", "apply"]:
        from telegent.spec.overlay import main as apply_main  # noqa: PLC0415

        return apply_main(args[2:])
    if args[:1] == ["mock"]:
        from telegent.testing._server import main as mock_main  # noqa: PLC0415

        return mock_main(args[1:])
    if args[:1] in (["version"], ["--version"]):
        from telegent._version import __version__  # noqa: PLC0415
        from telegent.spec import pinned_spec_sha256, pinned_spec_version  # noqa: PLC0415

        spec = f"spec {pinned_spec_version()}, sha256 {pinned_spec_sha256()}"
        print(f"telegent-mpaas {__version__} ({spec})")
        return 0
    if args[:1] in ([], ["-h"], ["--help"]):
        print(_USAGE, end="")
        return 0
    print(_USAGE, end="", file=sys.stderr)
    print(f"telegent: error: unknown command {' '.join(args[:2])!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
