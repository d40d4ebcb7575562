"""A spec update whose generated code is identical proposes a patch release (issue 22)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.release._support import copy_tree


def test_a_server_url_only_change_is_a_patch_release(tmp_path: Path) -> None:
    tree = copy_tree(tmp_path / "repo")
    spec = json.loads((tree / "openapi.json").read_text("utf-8"))
    spec["servers"][0]["url"] = "https://api-eu.telegent.com/v1.0"  # the overlay sets its own
    new = tmp_path / "new.json"
    new.write_text(json.dumps(spec, indent=1), "utf-8")
    notes = tmp_path / "notes.md"
    package = tree / "src" / "telegent" / "_generated"
    generated = {p: p.read_bytes() for p in package.rglob("*.py")}
    done = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--fetch", str(new), "--notes", str(notes)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = notes.read_text("utf-8")
    assert text.startswith("Proposed next version: **0.")
    assert "(patch bump)" in text.splitlines()[0], text[:400]
    assert "patch bump (the generated code is identical: nothing changes for callers)" in text
    assert "server-url-changed" in text  # the finding is still reported
    changed = [p for p, data in generated.items() if p.read_bytes() != data]
    assert [p.name for p in changed] == ["_spec.py"]  # only the spec fingerprint
