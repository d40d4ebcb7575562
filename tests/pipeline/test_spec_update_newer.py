"""Taking in a newer vendor spec with the documented update command stays green (issue 22).

The newer spec is built from the pinned one the way the vendor changed it
(``tests/pipeline/_newer_spec.py``). ``scripts/spec_update.py`` runs on a copy of the
repository; afterwards the copy's own tests (pipeline, README, contract examples, drift) run
against the copy's regenerated client, with no hand edit besides the drafted names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pipeline._newer_spec import newer_spec

ROOT = Path(__file__).resolve().parents[2]

# A representative, fast subset of the copy's suite: the tests the vendor's change broke.
SUBSET = (
    "tests/pipeline/test_overlay_and_models.py",
    "tests/pipeline/test_pinned_spec.py",
    "tests/test_readme.py::test_resources_table_matches_the_generated_reference",
    "tests/contract/test_every_operation.py",
    "tests/drift/test_report.py",
    "tests/drift/test_users.py",
    "tests/infer/test_published.py",
)


def _copy_repo(dest: Path) -> Path:
    """The tracked files of this checkout (and the working copies of changed ones)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for raw in filter(None, listed):
        rel = raw.decode()
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    for rel in ("tests/_examples.py", "tests/pipeline/_newer_spec.py"):  # also when uncommitted
        shutil.copy2(ROOT / rel, dest / rel)
    return dest


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, check=False, env={**clean, **env}
    )


@pytest.mark.slow
def test_a_newer_spec_goes_in_with_the_update_command_and_the_suite_stays_green(
    tmp_path: Path,
) -> None:
    repo = _copy_repo(tmp_path / "repo")
    pinned = json.loads((repo / "openapi.json").read_text("utf-8"))
    spec_file = tmp_path / "newer.json"
    # Formatted unlike the tests' own dumps (as the vendor's file is): a test that rewrites
    # the pinned document must still see other bytes.
    spec_file.write_text(json.dumps(newer_spec(pinned), indent=1), "utf-8")
    body = tmp_path / "body.md"

    update = _run(
        [sys.executable, "scripts/spec_update.py", "--url", str(spec_file), "--body", str(body)],
        repo,
    )
    assert update.returncode == 0, update.stdout + update.stderr
    text = body.read_text("utf-8")
    # The new methods: named by rule, listed for review, never from the path.
    for line in (
        "| `client.numbers.get_e911_address` | `GET /v1.0/numbers/e911address` |",
        "| `client.numbers.update_e911_address` | `POST /v1.0/numbers/e911address/update` |",
        "- `client.numbers.get_e911_address` (`GET /v1.0/numbers/e911address`)",
    ):
        assert line in text, text
    api = (repo / "generated" / "api.md").read_text("utf-8")
    assert "client.numbers.get_e911_address(phone_number)" in api
    assert "e911address" not in api.replace("/v1.0/numbers/e911address", "")
    # The reports in the user's words.
    assert "`client.webhooks.list gains body= (optional) (a GET with a body)`" in text
    assert "`x-codeSamples` removed from 125 operation(s)" in text
    assert "from from" not in text
    assert "minor bump" in text

    # The updated tree is consistent, and the names table check passes on the new spec.
    for cmd in (["scripts/regenerate.py", "--check"], ["scripts/draft_names.py", "--check"]):
        done = _run([sys.executable, *cmd], repo)
        assert done.returncode == 0, done.stdout + done.stderr

    # The copy's own tests, against the copy's client (not this checkout's).
    suite = _run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *SUBSET],
        repo,
        PYTHONPATH=str(repo / "src"),
    )
    assert suite.returncode == 0, suite.stdout[-4000:] + suite.stderr[-2000:]
    assert " passed" in suite.stdout and "failed" not in suite.stdout.splitlines()[-1]
