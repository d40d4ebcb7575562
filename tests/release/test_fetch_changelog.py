"""`regenerate.py --fetch` on a scratch copy of the tree: a changed spec served over HTTP gets
its CHANGELOG entry (from the drift check) and a proposed version."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ._support import (
    INVENTORY,
    NEW_PATH,
    SpecServer,
    added_operation,
    breaking,
    changed,
    copy_tree,
    harmless,
    spec_bytes,
    spec_server,
)

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    with spec_server() as running:
        yield running


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_tree(tmp_path / "repo")


def _regenerate(tree: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(tree / "scripts" / "regenerate.py"), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def _version(tree: Path) -> tuple[int, int, int]:
    text = (tree / "src" / "telegent" / "_version.py").read_text()
    found = re.search(r'__version__ = "(\d+)\.(\d+)\.(\d+)"', text)
    assert found, text
    major, minor, patch = (int(g) for g in found.groups())
    return major, minor, patch


def _unreleased(changelog: str) -> str:
    match = re.search(r"^## \[Unreleased\]\n(.*?)(?=^## \[)", changelog, re.S | re.M)
    assert match, changelog[:500]
    return match.group(1)


CASES: dict[str, tuple[Callable[[dict[str, object]], None], str, Callable[..., str], list[str]]] = {
    "breaking": (
        breaking,
        "major",
        lambda ma, mi, pa: f"{ma + 1}.0.0",
        ["#### Breaking changes for this client", f"GET {INVENTORY}", "AccountId"],
    ),
    "added-operation": (
        added_operation,
        "minor",
        lambda ma, mi, pa: f"{ma}.{mi + 1}.0",
        ["#### SDK methods added", f"- `client.numbers.get_number_lookup` (`GET {NEW_PATH}`)"],
    ),
    "harmless": (
        harmless,
        "patch",
        lambda ma, mi, pa: f"{ma}.{mi}.{pa + 1}",
        ["nothing in this update that affects the client"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_fetch_writes_the_changelog_entry_and_proposes_the_version(
    case: str, tree: Path, server: SpecServer
) -> None:
    mutate, bump, expected_version, expected_lines = CASES[case]
    body = spec_bytes(changed(mutate))
    url = server.serve(f"/{case}/openapi.json", body)
    before = (tree / "CHANGELOG.md").read_text()
    notes = tree.parent / "notes.md"

    done = _regenerate(tree, "--fetch", url, "--notes", notes)

    assert done.returncode == 0, done.stderr
    version = expected_version(*_version(tree))
    assert f"version    propose {version} ({bump} bump)" in done.stdout
    assert (tree / "openapi.json").read_bytes() == body
    after = (tree / "CHANGELOG.md").read_text()
    section = _unreleased(after)
    assert section.lstrip().startswith(f"Proposed next version: **{version}** ({bump} bump from ")
    entry = section.split("### Vendor spec 1.0.8 → 1.0.9 (")[1].split("\n### ")[0]
    assert f"{bump} bump (" in entry
    for line in expected_lines:
        assert line in entry, entry
    # Only the Unreleased section changed: the release history is kept as it was.
    assert after.split("## [0.1.0]")[1] == before.split("## [0.1.0]")[1]
    # The pull request body: the entry and the full drift report, naming where it came from.
    text = notes.read_text()
    assert text.startswith(f"Proposed next version: **{version}** ({bump} bump)")
    assert entry.strip().splitlines()[-1] in text
    assert "### Spec drift:" in text and url in text


def test_fetch_from_a_local_file_goes_through_the_same_checks(tree: Path, tmp_path: Path) -> None:
    local = tmp_path / "downloaded.json"
    local.write_bytes(spec_bytes(changed(breaking, added_operation)))
    done = _regenerate(tree, "--fetch", local)
    assert done.returncode == 0, done.stderr
    major = _version(tree)[0]
    assert f"version    propose {major + 1}.0.0 (major bump)" in done.stdout
    section = _unreleased((tree / "CHANGELOG.md").read_text())
    assert "#### Breaking changes for this client" in section
    assert f"- `client.numbers.get_number_lookup` (`GET {NEW_PATH}`)" in section
    patched = json.loads((tree / "generated" / "openapi.json").read_text())
    assert NEW_PATH in patched["paths"]


def test_the_same_spec_again_records_nothing(tree: Path, server: SpecServer) -> None:
    url = server.serve("/same/openapi.json", (tree / "openapi.json").read_bytes())
    before = (tree / "CHANGELOG.md").read_bytes()
    notes = tree.parent / "notes.md"
    done = _regenerate(tree, "--fetch", url, "--notes", notes)
    assert done.returncode == 0, done.stderr
    assert (tree / "CHANGELOG.md").read_bytes() == before
    assert not notes.exists()
    assert "propose" not in done.stdout


def test_a_spec_that_breaks_regeneration_changes_nothing(tree: Path, server: SpecServer) -> None:
    doc = changed()
    del doc["paths"]["/v1.0/numbers/order"]  # the overlay patches it: strict apply fails
    url = server.serve("/broken/openapi.json", spec_bytes(doc))
    before = {p: (tree / p).read_bytes() for p in ("CHANGELOG.md", "openapi.json")}
    done = _regenerate(tree, "--fetch", url)
    assert done.returncode == 2
    assert done.stderr.startswith("regenerate: error: overlay telegent.overlay.yaml:"), done.stderr
    assert {p: (tree / p).read_bytes() for p in before} == before


def test_a_missing_local_file_is_named(tree: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    done = _regenerate(tree, "--fetch", missing)
    assert done.returncode == 2
    assert str(missing) in done.stderr and "cannot read" in done.stderr


def test_notes_need_fetch(tree: Path) -> None:
    done = _regenerate(tree, "--notes", tree / "x.md")
    assert done.returncode == 2
    assert "--notes needs --fetch" in done.stderr
