"""The release workflow's check step: tag, __version__ and CHANGELOG.md must agree, and the
release notes are that version's changelog section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from telegent._version import __version__

from ._github import StepRun, load, run_step
from ._support import ROOT, copy_tree

# Slow tier (release): .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow


def _check_step(tree: Path, tag: str) -> StepRun:
    workflow = load(ROOT / ".github" / "workflows" / "release.yml")
    step = next(s for s in workflow["jobs"]["build"]["steps"] if s.get("id") == "check")
    return run_step(
        step["run"], cwd=tree, work=tree.parent / "runner", env={"GITHUB_REF_NAME": tag}
    )


def test_matching_tag_passes_and_the_notes_are_the_changelog_section(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "repo")
    run = _check_step(tree, f"v{__version__}")
    assert run.code == 0, run.stderr
    notes = (tree / "release-notes.md").read_text()
    changelog = (tree / "CHANGELOG.md").read_text()
    section = re.search(
        rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}\n(.*?)(?=^## |\Z)",
        changelog,
        re.S | re.M,
    )
    assert section, "CHANGELOG.md has no section for the current version"
    assert notes == section.group(1).strip() + "\n"
    assert run.outputs == {"version": __version__, "notes-path": "release-notes.md"}


def test_a_tag_that_is_not_the_version_fails(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "repo")
    run = _check_step(tree, "v99.0.0")
    assert run.code == 1
    assert f"tag 'v99.0.0' does not match __version__ '{__version__}'" in run.stderr
    assert not (tree / "release-notes.md").exists()


def test_a_version_without_a_changelog_section_fails(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "repo")
    version_file = tree / "src" / "telegent" / "_version.py"
    version_file.write_text(version_file.read_text().replace(__version__, "7.7.7"))
    run = _check_step(tree, "v7.7.7")
    assert run.code == 1
    assert "CHANGELOG.md has no '## [7.7.7] - YYYY-MM-DD' section" in run.stderr
