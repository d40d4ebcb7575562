#!/usr/bin/env python3
"""The scheduled spec-update job (.github/workflows/spec-update.yml), as one plain command.

    python scripts/spec_update.py            # SPEC_URL or the vendor's published spec
    SPEC_URL=./openapi.json python scripts/spec_update.py

It runs `scripts/regenerate.py --fetch` (fetch, drift check against the pinned spec,
regenerate, CHANGELOG.md entry, proposed version) and turns the result into what the
workflow needs:

- step outputs in $GITHUB_OUTPUT: ``changed`` (true/false), ``spec-version``, ``version``
  (proposed), ``bump``, ``title`` and ``body-path`` (the pull request body: the changelog
  entry and the drift report);
- the same body, or why nothing changed, in $GITHUB_STEP_SUMMARY.

When regeneration fails (typically an overlay action whose target vanished), the drift report
still goes to the job summary, so the failed run says what moved; the exit code is then
regenerate.py's (2). Without the GitHub variables it prints the outputs instead.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://docs.telegent.com/api-reference/openapi.json"
_PROPOSAL = re.compile(r"^Proposed next version: \*\*(?P<version>[^*\n]+)\*\* \((?P<bump>\w+) bump")


def _append(env_name: str, text: str) -> None:
    target = os.environ.get(env_name)
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(text)


def _outputs(values: dict[str, str]) -> None:
    lines = "".join(f"{key}={' '.join(value.split())}\n" for key, value in values.items())
    if os.environ.get("GITHUB_OUTPUT"):
        _append("GITHUB_OUTPUT", lines)
    else:
        print(lines, end="")


def _spec_version(root: Path) -> str:
    return str(json.loads((root / "openapi.json").read_bytes())["info"].get("version", "?"))


def _drift_markdown(root: Path, source: str) -> str:
    """The drift report for the job summary when regeneration itself failed."""
    from telegent.spec import DriftCheckError, check_drift

    try:
        report = check_drift(
            source, pinned=root / "openapi.json", overlay=root / "overlay" / "telegent.overlay.yaml"
        )
    except DriftCheckError as exc:
        return f"### Spec drift: the check could not run\n\n{exc}\n"
    return report.render("markdown")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("SPEC_URL") or DEFAULT_URL)
    parser.add_argument("--body", type=Path, default=None, help="where to write the PR body")
    args = parser.parse_args(argv)
    body: Path = args.body or Path(os.environ.get("RUNNER_TEMP") or tempfile.gettempdir()) / (
        "spec-update-body.md"
    )
    body.unlink(missing_ok=True)  # a stale body must not pass for this run's
    old_version = _spec_version(ROOT)
    regen = [sys.executable, str(ROOT / "scripts" / "regenerate.py")]
    code = subprocess.run([*regen, "--fetch", args.url, "--notes", str(body)], check=False)
    if code.returncode != 0:
        _append(
            "GITHUB_STEP_SUMMARY",
            f"## Spec update failed: regeneration from {args.url} did not succeed\n\n"
            "The vendor's change needs a hand-made fix (usually in the overlay). "
            "Drift report:\n\n" + _drift_markdown(ROOT, args.url),
        )
        _outputs({"changed": "false"})
        return code.returncode
    if not body.is_file():
        _append(
            "GITHUB_STEP_SUMMARY",
            f"## Spec update: nothing to do\n\nThe spec at {args.url} is the pinned one "
            f"({old_version}), byte for byte.\n",
        )
        _outputs({"changed": "false", "spec-version": old_version})
        return 0
    text = body.read_text("utf-8")
    found = _PROPOSAL.match(text)
    if not found:  # regenerate.py writes this line first; anything else is a bug
        print(f"spec_update: {body} does not start with the proposal line", file=sys.stderr)
        return 2
    new_version = _spec_version(ROOT)
    version, bump = found.group("version"), found.group("bump")
    _append("GITHUB_STEP_SUMMARY", f"## Spec update {old_version} → {new_version}\n\n{text}")
    _outputs(
        {
            "changed": "true",
            "spec-version": new_version,
            "version": version,
            "bump": bump,
            "title": f"Vendor spec {old_version} → {new_version} (propose {version}, {bump})",
            "body-path": str(body),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
