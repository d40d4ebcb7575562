#!/usr/bin/env python3
"""The scheduled spec-update job (.github/workflows/spec-update.yml), as one plain command.

    python scripts/spec_update.py            # SPEC_URL or the vendor's published spec
    SPEC_URL=./openapi.json python scripts/spec_update.py

It fetches the spec, names any operation the reviewed names table does not know by rule
(resource from its tag, method from the verb and words of its summary: `scripts/draft_names.py`)
into overlay/published-names.overlay.yaml, then runs `scripts/regenerate.py --fetch` (drift
check against the pinned spec, regenerate, CHANGELOG.md entry, proposed version) and turns the
result into what the workflow needs:

- step outputs in $GITHUB_OUTPUT: ``changed`` (true/false), ``spec-version``, ``version``
  (proposed), ``bump``, ``title`` and ``body-path`` (the pull request body: the changelog
  entry and the drift report);
- the same body, or why nothing changed, in $GITHUB_STEP_SUMMARY.

The drafted names are listed in the pull request body for review. When no rule fits a new
operation (no summary starting with a verb, or a name already taken), nothing changes: the
job fails (exit 2) and its summary lists the rows to add to the table. When regeneration
fails (typically an overlay action whose target vanished), the drift report
still goes to the job summary, so the failed run says what moved; the exit code is then
regenerate.py's (2). Without the GitHub variables it prints the outputs instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

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


def _script(name: str) -> ModuleType:
    """A sibling script as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses in it look their module up
    spec.loader.exec_module(module)
    return module


def _fetch(url: str, work: Path) -> tuple[Path, dict[str, Any]]:
    """The new spec, read or downloaded once (size cap, refusals as regenerate.py's)."""
    regen = _script("regenerate")
    body = regen.read_source(url, regen.fetch_spec)
    spec = regen.parse_spec_bytes(body, url)
    target = work / "openapi.fetched.json"
    target.write_bytes(body)
    return target, spec


def _drafted_section(drafted: list[Any]) -> str:
    if not drafted:
        return ""
    rows = "".join(
        f"| `client.{d.resource}.{d.method}` | `{d.label}` | {d.summary} |\n" for d in drafted
    )
    return (
        "\n### New methods named by rule: review before merging\n\n"
        "Drafted into `overlay/published-names.overlay.yaml` from each operation's tag and "
        "summary; renaming one after a release breaks callers. To change a name, add its row "
        "to `NAMES` in `scripts/draft_names.py` and run it.\n\n"
        f"| method | operation | summary |\n|---|---|---|\n{rows}"
    )


def _draft_names(spec: dict[str, Any]) -> tuple[bytes, list[Any]] | str:
    """(the names overlay for ``spec``, the names drafted by rule), or why no rule fits."""
    names = _script("draft_names")
    try:
        overlay, drafted = names.draft(spec)
    except names.NoRule as exc:
        return str(exc.code)
    return (names.HEADER + names.render_yaml(overlay)).encode("utf-8"), drafted


def _draft_records(spec_file: Path) -> int:
    """Redraft overlay/responses.overlay.yaml (`telegent spec infer`, the command its header
    gives) on the new spec: a new operation's answer gets a record named from its name."""
    from telegent.spec._infer import main as infer

    overlays = ROOT / "overlay"
    return infer(
        [
            "--spec",
            str(spec_file),
            "--overlay",
            str(overlays / "telegent.overlay.yaml"),
            "--overlay",
            str(overlays / "published-names.overlay.yaml"),
            "-o",
            str(overlays / "responses.overlay.yaml"),
        ]
    )


_README_ROW = re.compile(r"^\| `(client\.[a-z0-9_.<>]+)` \| (\d+) \|$", re.M)
_API_SECTION = re.compile(r"^## [^:\n]+: `client\.([a-z0-9_]+)` \((\d+)\)$", re.M)


def _refresh_readme(root: Path) -> None:
    """The README's per-resource operation counts, from the regenerated generated/api.md
    (a test keeps the two equal); a resource the table lacks gets a row."""
    readme, api = root / "README.md", (root / "generated" / "api.md")
    if not readme.is_file() or not api.is_file():
        return
    api_text = api.read_text("utf-8")
    counts = {f"client.{name}": n for name, n in _API_SECTION.findall(api_text)}
    internal = re.search(r"^## Internal: `client\.internal\.<resource>` \((\d+)\)$", api_text, re.M)
    if internal:
        counts["client.internal.<resource>"] = internal.group(1)
    text = readme.read_text("utf-8")
    shown = {name for name, _ in _README_ROW.findall(text)}
    if not shown:
        return
    text = _README_ROW.sub(lambda m: f"| `{m[1]}` | {counts.get(m[1], m[2])} |", text)
    for name in sorted(set(counts) - shown):
        last = list(_README_ROW.finditer(text))[-1]
        text = text[: last.start()] + f"| `{name}` | {counts[name]} |\n" + text[last.start() :]
    total = re.search(r"^(\d+) operations in", api_text, re.M)
    if total:
        text = re.sub(r"\((\d+) operations in all\)", f"({total.group(1)} operations in all)", text)
    readme.write_text(text, "utf-8")


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
    with tempfile.TemporaryDirectory(prefix="spec-update-") as work:
        return _update(args.url, body, old_version, Path(work))


def _update(url: str, body: Path, old_version: str, work: Path) -> int:
    regen_module = _script("regenerate")
    try:
        spec_file, spec = _fetch(url, work)
    except regen_module.PipelineError as exc:
        print(f"spec_update: error: {exc}", file=sys.stderr)
        _append("GITHUB_STEP_SUMMARY", f"## Spec update failed\n\n{exc}\n")
        _outputs({"changed": "false"})
        return 2
    drafted = _draft_names(spec)
    if isinstance(drafted, str):
        print(drafted, file=sys.stderr)
        _append(
            "GITHUB_STEP_SUMMARY",
            f"## Spec update stopped: new operations need a name\n\nNothing was changed. "
            f"No rule names them; add these rows, then run the update again:\n\n"
            f"```\n{drafted}\n```\n",
        )
        _outputs({"changed": "false"})
        return 2
    names_text, new_names = drafted
    previous = _write_drafts(spec_file, names_text)
    if previous is None:  # the records could not be drafted: the overlay no longer applies
        return _failed(url, spec_file, 2)
    for d in new_names:
        print(f"spec_update: named by rule (review): client.{d.resource}.{d.method} ({d.label})")
    regen = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--source-name", url]
    code = subprocess.run([*regen, "--fetch", str(spec_file), "--notes", str(body)], check=False)
    if code.returncode != 0:
        _restore(previous)  # a failed update leaves the tree as it was
        return _failed(url, spec_file, code.returncode)
    return _publish(url, body, old_version, new_names)


def _failed(url: str, spec_file: Path, code: int) -> int:
    """The job summary of a failed update: what moved, from the drift report."""
    _append(
        "GITHUB_STEP_SUMMARY",
        f"## Spec update failed: regeneration from {url} did not succeed\n\n"
        "The vendor's change needs a hand-made fix (usually in the overlay). "
        "Drift report:\n\n" + _drift_markdown(ROOT, str(spec_file)),
    )
    _outputs({"changed": "false"})
    return code


def _write_drafts(spec_file: Path, names_text: bytes) -> dict[Path, bytes] | None:
    """Write the drafted names, then redraft the records; the files' previous bytes (to
    restore on a later failure), or None when drafting failed (already restored)."""
    overlays = ROOT / "overlay"
    files = (overlays / "published-names.overlay.yaml", overlays / "responses.overlay.yaml")
    previous = {f: f.read_bytes() for f in files}
    files[0].write_bytes(names_text)
    if _draft_records(spec_file) != 0:
        _restore(previous)
        return None
    return previous


def _restore(previous: dict[Path, bytes]) -> None:
    for path, data in previous.items():
        path.write_bytes(data)


def _publish(url: str, body: Path, old_version: str, new_names: list[Any]) -> int:
    """The outputs and the job summary of a run that regenerated (or found nothing new)."""
    if not body.is_file():
        _append(
            "GITHUB_STEP_SUMMARY",
            f"## Spec update: nothing to do\n\nThe spec at {url} is the pinned one "
            f"({old_version}), byte for byte.\n",
        )
        _outputs({"changed": "false", "spec-version": old_version})
        return 0
    _refresh_readme(ROOT)
    text = body.read_text("utf-8") + _drafted_section(new_names)
    body.write_text(text, "utf-8")
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
