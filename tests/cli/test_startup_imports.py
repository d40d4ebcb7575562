"""The operator's start-up: `telegent --help`, a command's help and a Tab completion load
neither httpx nor the client (they were 2.2-2.4x `import httpx`; the client and httpx load
once a command runs)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

HEAVY = ("httpx", "telegent._client", "telegent._base_client", "telegent._errors")


def _loaded(args: list[str], env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "telegent", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    return set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", done.stderr, re.M))


@pytest.mark.parametrize("args", [["--help"], ["numbers", "list", "--help"]])
def test_help_loads_neither_httpx_nor_the_client(args: list[str]) -> None:
    loaded = _loaded(args)
    assert "telegent.cli._main" in loaded  # the measurement saw the CLI
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_tab_completion_loads_neither_httpx_nor_the_client() -> None:
    pytest.importorskip("argcomplete")
    line = "telegent numbers change-status --change-type "
    env = {"_ARGCOMPLETE": "1", "COMP_LINE": line, "COMP_POINT": str(len(line))}
    env["_ARGCOMPLETE_STDOUT_FILENAME"] = os.devnull
    loaded = _loaded([], env)
    assert "telegent.cli._main" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_spec_help_and_import_telegent_spec_stay_lazy() -> None:
    """`telegent spec --help` (and so `import telegent.spec`) loads none of the spec
    tools nor their extra's packages: they load when a tool runs."""
    loaded = _loaded(["spec", "--help"])
    assert "telegent.cli._main" in loaded or "telegent.cli._spec" in loaded
    tools = {"telegent.spec.drift", "telegent.spec.overlay._apply", "jsonschema", "yaml"}
    assert not loaded & tools, sorted(loaded & tools)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import telegent.spec"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    imported = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", done.stderr, re.M))
    assert "telegent.spec" in imported and "telegent._lazy" in imported
    assert not imported & tools, sorted(imported & tools)
