#!/usr/bin/env python3
"""Before a release is built (.github/workflows/release.yml): the tag, the version and the
changelog agree, and the release notes are that version's changelog section.

    python scripts/release_check.py v0.2.0 [--notes FILE]

Checks: the tag is ``v`` + ``__version__`` (src/telegent/_version.py); CHANGELOG.md has a
``## [<version>] - YYYY-MM-DD`` section (rename ``[Unreleased]`` to it when releasing) with
something in it. Writes that section to --notes (default $RUNNER_TEMP/release-notes.md) and
``version`` / ``notes-path`` to $GITHUB_OUTPUT. Exit 1 with one line per problem otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sdk_version(root: Path) -> str:
    text = (root / "src" / "telegent" / "_version.py").read_text("utf-8")
    found = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, re.M)
    if not found:
        raise SystemExit("release_check: no __version__ line in src/telegent/_version.py")
    return found.group(1)


def release_section(changelog: str, version: str) -> str | None:
    """The body of ``## [version] - YYYY-MM-DD``, or None when there is no such section."""
    heading = re.compile(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}[ \t]*$", re.M)
    found = heading.search(changelog)
    if not found:
        return None
    following = re.compile(r"^## ", re.M).search(changelog, found.end())
    return changelog[found.end() : following.start() if following else len(changelog)].strip()


def problems(root: Path, tag: str) -> tuple[list[str], str, str]:
    version = sdk_version(root)
    found: list[str] = []
    if tag != f"v{version}":
        found.append(f"tag {tag!r} does not match __version__ {version!r} (expected 'v{version}')")
    changelog = (root / "CHANGELOG.md").read_text("utf-8")
    section = release_section(changelog, version)
    if section is None:
        found.append(
            f"CHANGELOG.md has no '## [{version}] - YYYY-MM-DD' section: "
            "rename '## [Unreleased]' to it when releasing"
        )
    elif not section:
        found.append(f"CHANGELOG.md's section for {version} is empty")
    return found, version, section or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tag", help="the git tag being released, e.g. v0.2.0")
    parser.add_argument("--notes", type=Path, default=None, help="where to write the notes")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    found, version, section = problems(args.root, args.tag)
    for problem in found:
        print(f"release_check: {problem}", file=sys.stderr)
    if found:
        return 1
    notes: Path = args.notes or Path(os.environ.get("RUNNER_TEMP") or tempfile.gettempdir()) / (
        "release-notes.md"
    )
    notes.write_text(section + "\n", "utf-8")
    outputs = f"version={version}\nnotes-path={notes}\n"
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(outputs)
    print(f"release {version}: tag, version and CHANGELOG.md agree; notes in {notes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
