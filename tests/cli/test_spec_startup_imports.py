"""``telegent spec ... --help`` loads neither the client (httpx) nor the spec engines
(JSON Schema, JSONPath, YAML): they load once a tool runs. Before, ``spec drift --help``
imported the whole check (1.65x ``import httpx``).

The modules are read from ``sys.modules`` at exit, not from ``-X importtime``, which does
not see a module imported with ``importlib.import_module`` (how the spec tools load)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .test_startup_imports import HEAVY

ENGINES = ("jsonschema", "jsonpath", "referencing", "telegent.spec.drift.check")
# The module whose parser prints each tool's help (so the help really was the tool's).
TOOL_MODULE = {
    "apply": "telegent.spec.overlay._command",
    "drift": "telegent.spec.drift.cli",
    "infer": "telegent.spec._infer",
}
_PROBE = """
import json, runpy, sys
sys.argv = ["telegent", *json.loads(sys.argv[1])]
try:
    runpy.run_module("telegent", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _loaded(args: list[str]) -> tuple[set[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1])), done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["spec", "--help"],
        ["spec", "apply", "--help"],
        ["spec", "drift", "--help"],
        ["spec", "infer", "--help"],
    ],
    ids=" ".join,
)
def test_spec_help_loads_neither_the_client_nor_the_engines(args: list[str]) -> None:
    loaded, out = _loaded(args)
    assert out.startswith("usage: telegent spec")
    if len(args) > 2:
        assert out.startswith(f"usage: telegent spec {args[1]}")
        assert TOOL_MODULE[args[1]] in loaded
    unwanted = loaded & {*HEAVY, *ENGINES}
    assert not unwanted, sorted(unwanted)


@pytest.mark.parametrize("tool", ["apply", "drift"])
def test_spec_tool_help_does_not_load_yaml(tool: str) -> None:
    loaded, out = _loaded(["spec", tool, "--help"])
    assert out.startswith(f"usage: telegent spec {tool}")
    assert "yaml" not in loaded
