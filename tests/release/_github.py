"""Run a GitHub Actions `run:` step on this machine the way a runner does (bash -eo pipefail),
with the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP) in a temp folder."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_INPUT = re.compile(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}")


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return doc


@dataclass
class StepRun:
    code: int
    stdout: str
    stderr: str
    outputs: dict[str, str]
    summary: str


def action_env(
    action: dict[str, Any], step: dict[str, Any], given: dict[str, str]
) -> dict[str, str]:
    """The step's `env:` with `${{ inputs.x }}` resolved from *given* and the inputs' defaults."""
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    unknown = set(given) - set(inputs)
    assert not unknown, f"the action has no inputs {sorted(unknown)}"
    inputs.update(given)

    def resolve(value: str) -> str:
        return _INPUT.sub(lambda m: inputs[m.group(1)], value)

    return {key: resolve(str(value)) for key, value in step.get("env", {}).items()}


def run_step(
    script: str,
    *,
    cwd: Path,
    work: Path,
    env: dict[str, str],
    path_prefix: list[Path] | None = None,
    timeout: float = 600,
) -> StepRun:
    """Run *script* as a runner would; returns its exit code, outputs and job summary."""
    work.mkdir(parents=True, exist_ok=True)
    files = {name: work / name for name in ("output", "summary", "step.sh")}
    files["output"].write_text("")
    files["summary"].write_text("")
    files["step.sh"].write_text(script)
    path = os.pathsep.join([*(str(p) for p in path_prefix or []), os.environ.get("PATH", "")])
    full_env = {
        "PATH": path,
        "HOME": os.environ.get("HOME", str(work)),
        "GITHUB_OUTPUT": str(files["output"]),
        "GITHUB_STEP_SUMMARY": str(files["summary"]),
        "RUNNER_TEMP": str(work),
        **env,
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(files["step.sh"])],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    outputs = dict(
        line.split("=", 1) for line in files["output"].read_text().splitlines() if "=" in line
    )
    return StepRun(done.returncode, done.stdout, done.stderr, outputs, files["summary"].read_text())
